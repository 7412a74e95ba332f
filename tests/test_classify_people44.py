"""Head counts: a couple told with the children they took along, in a relative clause before
them (자녀 둘을 데리고 탈북한 부부, 子ども2人を連れて脱北した夫婦, 带着两个孩子逃离朝鲜的一对夫妇)
or after them ("a couple who fled with their two children", пару, бежавшую с двумя детьми,
สามีภรรยาที่หลบหนีพร้อมลูกสองคน), is four: the couple and the children.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 7)


def _read(lang: str, text: str) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("p44", "", text, lang, date=ON))
    facts = verdict.facts
    return verdict.tier, facts.status, facts.people, facts.country


COUPLES = [
    ("en", "Chinese police in Shenyang arrested a North Korean couple who fled with their two children last week."),
    ("ko", "중국 공안이 지난주 선양에서 자녀 둘을 데리고 탈북한 부부를 체포했다."),
    ("ko", "중국 공안이 지난주 선양에서 자녀 2명을 데리고 탈북한 부부를 체포했다."),
    ("ja", "中国公安は先週、瀋陽で子ども2人を連れて脱北した夫婦を拘束した。"),
    ("zh", "中国公安上周在沈阳抓获了带着两个孩子逃离朝鲜的一对夫妇。"),
    ("zh", "中國公安上週在瀋陽抓獲了帶著兩個孩子逃離朝鮮的一對夫婦。"),
    ("ru", "Китайская полиция на прошлой неделе задержала в Шэньяне супружескую пару из КНДР, бежавшую с двумя детьми."),
    ("vi", "Công an Trung Quốc tuần trước đã bắt giữ một cặp vợ chồng Triều Tiên bỏ trốn cùng hai con nhỏ tại Thẩm Dương."),
    ("th", "ตำรวจจีนจับกุมสามีภรรยาชาวเกาหลีเหนือที่หลบหนีพร้อมลูกสองคนที่เมืองเสิ่นหยางเมื่อสัปดาห์ที่แล้ว"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    COUPLES,
    ids=["en", "ko-dul", "ko-myeong", "ja", "zh", "zh-hant", "ru", "vi", "th"],
)
def test_a_couple_and_the_children_they_took_along_are_four(lang: str, text: str) -> None:
    tier, status, people, country = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED
    assert country == "CN"
    assert people == 4


@pytest.mark.parametrize(
    "text",
    [
        "중국 공안은 지난주 선양에서 탈북민을 둘러싼 단속을 벌여 여성 1명을 체포했다.",
        "중국 공안은 지난주 선양에서 탈북 여성의 둘째 딸을 체포했다.",
    ],
    ids=["dulleossan", "duljjae"],
)  # fmt: skip
def test_ko_two_standing_alone_counts_only_after_a_childs_noun(text: str) -> None:
    tier, _status, people, country = _read("ko", text)
    assert tier is Tier.ALERT
    assert country == "CN"
    assert people == 1
