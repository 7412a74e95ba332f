"""A person anonymised by a Korean surname and 某, joined to others (朴某及其两名子女): one more
than the others counted after her, as 김모씨 is in Korean.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier

ON = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("title", "text", "lang", "people"),
    [
        ("朝鲜女子在延吉被抓", "上周，延吉市公安抓获朝鲜女子朴某及其两名子女。", "zh-Hans", 3),
        ("朝鲜女子在延吉被抓", "上周，延吉市公安抓获朝鲜女子朴某和她的两个孩子。", "zh-Hans", 3),
        ("北韓女子在延吉被抓", "上週，延吉市公安抓獲北韓女子朴某及其兩名子女。", "zh-Hant", 3),
        # The helper so named with his wife is not one of the five.
        ("5名脱北者在沈阳被抓",
         "上周，沈阳市公安抓获5名脱北者，为他们带路的中国籍男子李某及其妻子也被拘留。", "zh-Hans", 5),
    ],
    ids=["hans-jiqi", "hans-he-ta-de", "hant-jiqi", "hans-helper-with-wife"],
)  # fmt: skip
def test_a_name_with_mou_joined_to_others_counts_one(
    title: str, text: str, lang: str, people: int
) -> None:
    verdict = classify(Document("m", title, text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == people
