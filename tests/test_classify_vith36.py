"""Vietnamese and Thai reports telling the people's state through administrative steps.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document

ON = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("lang", "title", "text", "country"),
    [
        ("vi", "Bắt 3 người Triều Tiên tại cửa khẩu Lao Bảo",
         "Ngày 2/12, Đồn Biên phòng cửa khẩu Lao Bảo bắt 3 người Triều Tiên không có giấy tờ.",
         "VN"),
        ("en", "Three North Korean defectors arrested at Lao Bao",
         "Border guards arrested three North Korean defectors near the Lao Bao crossing in "
         "Quang Tri on Tuesday.", "VN"),
        ("vi", "Bắt 4 người Triều Tiên ở Phongsaly",
         "Công an tỉnh Phongsaly đã bắt 4 người Triều Tiên hôm 2/12.", "LA"),
        ("th", "จับชาวเกาหลีเหนือ 4 คนที่แขวงคำม่วน",
         "ตำรวจแขวงคำม่วนจับกุมชาวเกาหลีเหนือ 4 คนเมื่อวันที่ 2 ธ.ค.", "LA"),
        ("en", "Four North Korean defectors arrested in Khammouane",
         "Police in Khammouane province arrested four North Korean defectors on Wednesday.", "LA"),
    ],
)  # fmt: skip
def test_border_provinces_name_their_country(
    lang: str, title: str, text: str, country: str
) -> None:
    """Quảng Trị and its Lao Bảo crossing, Phongsaly and Khammouane on the routes to Laos and
    Thailand: a report naming only them was read with no country."""
    verdict = classify(Document("r", title, text, lang=lang, date=ON))
    assert verdict.facts.country == country
