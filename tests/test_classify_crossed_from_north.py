"""People told only by their crossing from North Korea ("four people who crossed the border from
North Korea"), arrested abroad: they are the people, as those said to have fled it are.
Vietnamese reads it so already (vượt biên trái phép từ Triều Tiên).

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
        ("en", "Border police in Tumen detained four people who crossed the border from North Korea "
               "last week."),
        ("ko", "투먼 변방경찰이 지난주 북한에서 넘어온 4명을 붙잡았다."),
        ("zh", "图们边防警察上周抓获4名从朝鲜越境的人员。"),
        ("ja", "図們の国境警察は先週、北朝鮮から越境した4人を拘束した。"),
        ("th", "ตำรวจชายแดนจีนที่ถูเหมินจับกุม 4 คนที่ข้ามแดนมาจากเกาหลีเหนือเมื่อสัปดาห์ที่แล้ว"),
    ],
)  # fmt: skip
def test_people_who_crossed_from_the_north_are_the_people(lang: str, text: str) -> None:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.country == "CN"
