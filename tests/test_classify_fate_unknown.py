"""Their fate unknown after the arrest (生死未卜, 安否は不明, số phận chưa rõ) is missing, as their
whereabouts unknown is; a return told beside it still decides.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2024, 5, 20)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Fate unknown",
         "Three North Koreans were arrested in Shenyang in April. Their fate remains unknown."),
        ("安否不明",
         "脱北者3人が先月、瀋陽で公安に拘束された。3人の安否は分かっていない。"),
        ("生死未卜",
         "上月在沈阳被公安抓获的3名脱北者，至今生死未卜。"),
        ("命運不明",
         "上月在瀋陽被公安抓獲的3名脫北者，目前命運不明。"),
        ("생사 불명",
         "지난달 선양에서 탈북민 3명이 공안에 체포됐다. 이들의 생사는 확인되지 않고 있다."),
        ("Chưa rõ số phận",
         "Tháng trước, 3 người Triều Tiên bị công an Trung Quốc bắt giữ ở Thẩm Dương. "
         "Số phận của họ hiện chưa rõ."),
        ("ไม่ทราบชะตากรรม",
         "ชาวเกาหลีเหนือ 3 คนถูกตำรวจจีนจับกุมที่เสิ่นหยางเมื่อเดือนที่แล้ว "
         "ขณะนี้ยังไม่ทราบชะตากรรมของพวกเขา"),
    ],
)  # fmt: skip
def test_their_fate_unknown_after_the_arrest_is_missing(title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.MISSING
    assert verdict.facts.people == 3


def test_a_fate_unknown_after_a_return_is_still_a_return() -> None:
    text = (
        "Three North Koreans were arrested in Shenyang in April. China sent them back to North "
        "Korea on Monday. Their fate is unknown."
    )
    verdict = classify(Document("r", "Three sent back", text, date=ON))
    assert verdict.facts.status is Status.REPATRIATED
