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


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("North Korean family held in China",
         "Chinese police detained a North Korean family of three in Yanji on Sunday. The family "
         "remains in custody and its fate is unclear.", Status.DETAINED),
        ("脱北者被拘",
         "中国警方周日在延吉拘留了五名脱北者，他们的命运未卜。", Status.DETAINED),
        ("脫北者被拘",
         "中國警方週日在延吉拘留了五名脫北者，他們前途未卜。", Status.DETAINED),
        ("Беглецы из КНДР задержаны",
         "Китайская полиция в воскресенье задержала в Яньцзи пятерых беглецов из КНДР. Их судьба "
         "неясна.", Status.ARRESTED),
        ("탈북민 5명 구금",
         "중국 공안이 지난 일요일 옌지에서 탈북민 5명을 구금했다. 이들의 앞날은 불투명하다.",
         Status.DETAINED),
        ("脱北者5人拘束",
         "中国公安は日曜日、延吉で脱北者5人を拘束した。5人の今後は不透明だ。", Status.ARRESTED),
        ("ชาวเกาหลีเหนือ 5 คนถูกควบคุมตัว",
         "ตำรวจจีนควบคุมตัวผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนที่เมืองเหยียนจี๋เมื่อวันอาทิตย์ "
         "ชะตากรรมของพวกเขายังไม่แน่นอน", Status.DETAINED),
    ],
)  # fmt: skip
def test_their_fate_unclear_is_what_is_to_come_not_missing(
    title: str, text: str, status: Status
) -> None:
    verdict = classify(Document("r", title, text, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is status
