"""Head counts: one person named in an aside set off by commas ("Mrs Kim, a North Korean
escapee,") and one more joined by "and" right after the aside's closing comma ("and her son")
are two people.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document

ON = date(2026, 12, 7)


def people_of(lang: str, title: str, text: str) -> int | None:
    return classify(Document("app", title, text, lang, date=ON)).facts.people


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "Defector detained",
         "Mrs Kim, a North Korean escapee, and her son were arrested in Dandong."),
        ("en", "", "Mr Ri, a North Korean man, and his wife were detained by police in Tumen."),
        ("vi", "Người đào tẩu bị bắt",
         "Bà Kim, một phụ nữ Triều Tiên, và con trai đã bị bắt ở Đan Đông."),
        ("th", "ผู้แปรพักตร์ถูกจับ",
         "นางคิม, หญิงชาวเกาหลีเหนือ, และลูกชายของเธอถูกจับที่ตานตง"),
        ("zh", "脱北者被捕", "金女士，一名朝鲜妇女，和她的儿子在丹东被捕。"),
        ("zh", "脱北者被捕", "金女士，一名朝鲜脱北者，和她的儿子在丹东被捕。"),
    ],
    ids=["en-escapee-son", "en-man-wife", "vi-phu-nu", "th-ying", "zh-funu", "zh-tuobeizhe"],
)  # fmt: skip
def test_one_in_an_aside_and_a_relative_after_it_are_two(lang: str, title: str, text: str) -> None:
    assert people_of(lang, title, text) == 2
