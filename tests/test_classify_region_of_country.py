"""A region named through its country, people having come from it ("from China's Inner
Mongolia", từ tỉnh Vân Nam của Trung Quốc, จากมองโกเลียในของจีน), is where they came from: the
country is theirs, not where they are held. Inner Mongolia is one place in Thai and Vietnamese
too (เขตมองโกเลียใน, khu tự trị Nội Mông).

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier

ON = date(2024, 5, 20)


@pytest.mark.parametrize(
    ("title", "text", "country"),
    [
        ("Defectors held in Mongolia",
         "Mongolian border guards detained five North Korean defectors who had crossed from "
         "China's Inner Mongolia on Monday.", "MN"),
        ("Bị bắt ở Lào",
         "Cảnh sát Lào đã bắt 5 người đào tẩu Triều Tiên vượt biên từ tỉnh Vân Nam của Trung Quốc "
         "hôm thứ Hai.", "LA"),
        ("Bị bắt ở Mông Cổ",
         "Biên phòng Mông Cổ đã bắt 5 người đào tẩu Triều Tiên vượt biên từ khu tự trị Nội Mông "
         "của Trung Quốc hôm thứ Hai.", "MN"),
        ("ถูกจับในมองโกเลีย",
         "ผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนที่ข้ามจากมองโกเลียในของจีนเข้าสู่มองโกเลียถูกทหารชายแดน"
         "มองโกเลียจับกุม", "MN"),
        ("ถูกจับในจีน",
         "ผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนถูกตำรวจจีนจับกุมในเขตมองโกเลียในเมื่อวันจันทร์", "CN"),
        ("ถูกจับในมองโกเลีย",
         "ผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนถูกจับกุมในมองโกเลียในวันจันทร์หลังข้ามชายแดน", "MN"),
    ],
)  # fmt: skip
def test_a_region_named_through_its_country_is_where_they_came_from(
    title: str, text: str, country: str
) -> None:
    verdict = classify(Document("r", title, text, date=ON))
    assert verdict.tier is Tier.ALERT
    assert (verdict.facts.country, verdict.facts.people) == (country, 5)
