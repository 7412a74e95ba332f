"""A year that dates the life of the one held, not the case: the year they fled a work site
("who ran from a building site in 2023") or were born ("born in 1987"), told in the sentence of
their arrest this autumn. The arrest is news, not an old case recalled: read without the
headline, the lead alone must make the alert.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier

ON = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the year of their flight from a work site (en, vi and th read it so already)
        ("ru", "Полиция задержала в Хабаровске 33-летнего гражданина КНДР, который в 2023 году "
               "ушёл с лесозаготовки."),
        ("ko", "러시아 경찰이 2023년 벌목장을 이탈한 33세 북한 남성을 하바롭스크에서 붙잡았다."),
        ("zh", "俄罗斯警方在哈巴罗夫斯克抓获一名2023年从伐木场逃走的33岁朝鲜男子。"),
        ("ja", "ロシアの警察はハバロフスクで、2023年に伐採場から逃げた北朝鮮の男性（33）を拘束した。"),
        # their birth years
        ("en", "Three North Korean women, born in 1987, 1990 and 1995, were detained in "
               "Khabarovsk in October."),
        ("ru", "Три гражданки КНДР 1987, 1990 и 1995 годов рождения задержаны в Хабаровске в "
               "октябре."),
        ("ko", "1987년생 북한 여성이 10월 하바롭스크에서 경찰에 체포됐다."),
        ("zh", "一名1987年出生的朝鲜女子10月在哈巴罗夫斯克被警方逮捕。"),
        ("ja", "1987年生まれの北朝鮮の女性が10月、ハバロフスクで警察に拘束された。"),
        ("vi", "Ba phụ nữ Triều Tiên sinh năm 1987 đã bị cảnh sát bắt tại Khabarovsk hồi tháng 10."),
        ("th", "หญิงชาวเกาหลีเหนือ 3 คน เกิดปี 1987 ถูกตำรวจรัสเซียจับกุมที่เมืองคาบารอฟสค์เมื่อเดือน"
               "ตุลาคม"),
    ],
)  # fmt: skip
def test_a_year_of_their_life_does_not_date_the_arrest(lang: str, text: str) -> None:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.country == "RU"
