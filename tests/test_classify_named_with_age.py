"""A person named with an age heading a list of kin ("Kim, 45, his wife and two daughters":
four) counts one with them in every language, and one crew member named by the ship before the
nationality ("a crew member of the North Korean ship") is one of the people.

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
        ("Defector family arrested",
         "Kim, 45, his wife and two daughters were arrested by Chinese police in Shenyang on "
         "Monday. They are North Korean defectors."),
        ("Defector family arrested",
         "Chinese police arrested North Korean defector Kim Chol, 45, his wife and two daughters "
         "in Shenyang on Monday."),
        ("탈북민 가족 체포",
         "탈북민 김모(45)씨와 그의 아내, 두 딸이 지난 월요일 선양에서 중국 공안에 체포됐다."),
        ("脱北者一家拘束",
         "脱北者の金さん（45）と妻、娘2人が月曜日、瀋陽で中国公安に拘束された。"),
        ("脱北者一家被抓",
         "脱北者金某（45岁）和他的妻子、两个女儿周一在沈阳被中国公安抓获。"),
        ("Семья беглецов задержана",
         "Беглец из КНДР Ким, 45 лет, его жена и двое детей задержаны китайской полицией в "
         "Шэньяне в понедельник."),
        ("Gia đình người Triều Tiên bị bắt",
         "Người đào tẩu Triều Tiên Kim, 45 tuổi, vợ và hai con gái đã bị công an Trung Quốc bắt "
         "ở Thẩm Dương hôm thứ Hai."),
        ("ครอบครัวชาวเกาหลีเหนือถูกจับ",
         "ผู้แปรพักตร์ชาวเกาหลีเหนือชื่อคิม อายุ 45 ปี พร้อมภรรยาและลูกสาวสองคนถูกตำรวจจีนจับกุมที่"
         "เสิ่นหยางเมื่อวันจันทร์"),
    ],
)  # fmt: skip
def test_a_person_named_with_an_age_heads_the_list(title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, date=ON))
    assert verdict.tier is Tier.ALERT
    assert (verdict.facts.people, verdict.facts.country) == (4, "CN")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Sailor detained in Vladivostok",
         "A crew member of the North Korean ship was detained by Russian border guards in "
         "Vladivostok on Monday after he left the vessel."),
        ("North Korean crew member detained",
         "Russian border guards detained a North Korean crew member in Nakhodka on Monday after "
         "he jumped ship."),
    ],
)  # fmt: skip
def test_one_crew_member_who_left_the_ship_is_one(title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, date=ON))
    assert verdict.tier is Tier.ALERT
    assert (verdict.facts.people, verdict.facts.status) == (1, Status.DETAINED)


def test_two_crew_members_of_the_ship_are_two() -> None:
    text = (
        "Two crew members of the North Korean cargo ship were detained in Nakhodka on Monday "
        "after they left the ship."
    )
    verdict = classify(Document("r", "Crew held", text, date=ON))
    assert (verdict.tier, verdict.facts.people) == (Tier.ALERT, 2)


def test_a_rescued_crew_of_the_ship_is_still_no_alert() -> None:
    text = (
        "The crew of the North Korean fishing boat was rescued by the Russian coast guard and "
        "will be sent home."
    )
    verdict = classify(Document("r", "Fishermen rescued", text, date=ON))
    assert verdict.tier is not Tier.ALERT
