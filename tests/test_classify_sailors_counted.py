"""A sailor who left his ship, named alone in a headline ("North Korean sailor caught after
jumping ship"), and crews counted by their own nouns (два члена экипажа, một thuyền viên).
Rescued crews sent home stay voluntary returns.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier

ON = date(2026, 6, 10)


@pytest.mark.parametrize(
    ("title", "text", "lang", "people"),
    [
        ("North Korean sailor caught after jumping ship in Dalian",
         "Police in the port city said the man left his vessel on Sunday night and was found in a "
         "hotel two days later.", "en", 1),
        ("Двое северокорейских моряков сбежали с судна в Хайфоне",
         "Два члена экипажа северокорейского сухогруза покинули судно в порту Хайфон и были "
         "задержаны вьетнамской полицией.", "ru", 2),
        ("Северокорейские матросы сбежали с судна во Владивостоке",
         "Три матроса северокорейского траулера покинули судно в порту Владивосток и были "
         "задержаны пограничниками.", "ru", 3),
        ("Một thuyền viên Triều Tiên không trở lại tàu",
         "Một thuyền viên Triều Tiên đã không trở lại tàu ở cảng Hải Phòng và bị công an tạm giữ "
         "hôm thứ Ba.", "vi", 1),
        ("Hai thuyền viên Triều Tiên bỏ tàu ở Hải Phòng",
         "Hai thuyền viên Triều Tiên đã rời tàu hàng khi tàu neo đậu ở cảng Hải Phòng và bị công "
         "an bắt giữ.", "vi", 2),
    ],
    ids=["en-headline-sailor", "ru-dva-chlena-ekipazha", "ru-tri-matrosa", "vi-mot-thuyen-vien",
         "vi-hai-thuyen-vien"],
)  # fmt: skip
def test_sailors_who_left_their_ship_are_counted(
    title: str, text: str, lang: str, people: int
) -> None:
    verdict = classify(Document("s", title, text, lang=lang, date=ON))
    assert (verdict.tier, verdict.facts.people) == (Tier.ALERT, people)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("North Korean sailor rescued at sea sent home",
         "A North Korean sailor rescued from a drifting boat off Japan was sent home via China at "
         "his own wish.", "en"),
        ("표류 북한 선원 5명 북으로 송환",
         "동해에서 구조된 북한 선원 5명이 본인들의 귀환 의사에 따라 판문점을 통해 북으로 돌아갔다.",
         "ko"),
    ],
    ids=["en-rescued-sailor", "ko-rescued-crew"],
)  # fmt: skip
def test_a_rescued_crew_sent_home_is_no_incident(title: str, text: str, lang: str) -> None:
    verdict = classify(Document("s", title, text, lang=lang, date=ON))
    assert verdict.tier == Tier.IGNORE


def test_th_a_sailor_who_fled_his_ship_named_in_a_headline_only() -> None:
    title = "ลูกเรือเกาหลีเหนือหนีออกจากเรือที่ไฮฟองถูกจับ"
    text = "ลูกเรือเรือสินค้าเกาหลีเหนือ 1 คนหนีออกจากเรือที่ท่าเรือไฮฟองและถูกตำรวจเวียดนามจับกุมในอีกสองวันต่อมา"
    verdict = classify(Document("s", title, text, lang="th", date=ON))
    assert (verdict.tier, verdict.facts.people, verdict.facts.country) == (Tier.ALERT, 1, "VN")


def test_th_a_rescued_crew_sent_home_is_no_incident() -> None:
    title = "ญี่ปุ่นส่งลูกเรือเกาหลีเหนือกลับประเทศ"
    text = "ทางการญี่ปุ่นส่งลูกเรือชาวเกาหลีเหนือ 5 คนที่ได้รับการช่วยเหลือกลางทะเลกลับประเทศตามความสมัครใจ"
    verdict = classify(Document("s", title, text, lang="th", date=ON))
    assert verdict.tier == Tier.IGNORE
