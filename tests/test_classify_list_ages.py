"""An age told right after a person in a list is that person's, not a figure of its own, and it
does not part them from a companion joined by "and" (và, cùng, พร้อม): "a woman, 33, and her
daughter, 9," is two; "ชาย อายุ 45 ปี พร้อมภรรยา" is two.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document

ON = date(2024, 5, 20)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("North Korean family arrested in China",
         "Chinese police in Yanji held a North Korean man, 45, his wife, 41, and their son, 12, "
         "on Sunday, a rights group said.", 3),
        ("North Korean defectors arrested in China",
         "Chinese police in Yanji arrested a North Korean woman, 33, and her daughter, 9, on "
         "Sunday.", 2),
        ("Người Triều Tiên bị bắt ở Trung Quốc",
         "Công an Trung Quốc đã bắt một người đàn ông Triều Tiên, 45 tuổi, cùng vợ tại Diên Cát "
         "hôm Chủ nhật.", 2),
        ("Người Triều Tiên bị bắt ở Trung Quốc",
         "Công an Trung Quốc đã bắt một người đàn ông Triều Tiên, 45 tuổi, và con trai 12 tuổi "
         "tại Diên Cát hôm Chủ nhật.", 2),
        ("ผู้แปรพักตร์เกาหลีเหนือถูกจับในจีน",
         "ตำรวจจีนจับกุมชายชาวเกาหลีเหนือ อายุ 45 ปี พร้อมภรรยา ที่เมืองเหยียนจี๋ เมื่อวันอาทิตย์", 2),
        ("ผู้แปรพักตร์เกาหลีเหนือถูกจับในจีน",
         "ตำรวจจีนจับกุมชาวเกาหลีเหนือ 2 คน อายุ 30 และ 35 ปี พร้อมเด็กชาย ที่เมืองเหยียนจี๋ "
         "เมื่อวันอาทิตย์", 3),
        # An age alone adds no one.
        ("North Korean defectors arrested in China",
         "Chinese police arrested two North Korean defectors, 30 and 35, in Yanji on Sunday.", 2),
        ("North Korean defector arrested in China",
         "Chinese police arrested a North Korean woman, 33, in Yanji on Sunday.", 1),
        ("ผู้แปรพักตร์เกาหลีเหนือถูกจับในจีน",
         "ตำรวจจีนจับกุมชาวเกาหลีเหนือ 2 คน อายุ 30 และ 35 ปี ที่เมืองเหยียนจี๋ เมื่อวันอาทิตย์", 2),
        ("Người Triều Tiên bị bắt ở Trung Quốc",
         "Công an Trung Quốc đã bắt một người đàn ông Triều Tiên, 45 tuổi, tại Diên Cát hôm Chủ "
         "nhật.", 1),
        ("脱北者、中国で拘束",
         "中国公安当局は日曜日、延吉で脱北者の男性（45）と妻（41）を拘束した。", 2),
    ],
)  # fmt: skip
def test_an_age_in_a_list_keeps_its_person_joined(title: str, text: str, people: int) -> None:
    verdict = classify(Document("r", title, text, date=ON))
    assert verdict.facts.people == people
