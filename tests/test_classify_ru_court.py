"""A Russian court's order of expulsion is a return still to come: the people face it.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 3, 20)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Суд в Хабаровске оштрафовал северокорейцев",
         "Железнодорожный районный суд Хабаровска назначил троим гражданам КНДР штраф с "
         "принудительным административным выдворением за пределы России."),
        ("Суд выдворит северокорейцев",
         "Троих граждан КНДР, работавших в Хабаровске без патента, суд выдворит из России."),
    ],
    ids=["fine-with-both-adjectives", "court-will-expel"],
)  # fmt: skip
def test_a_russian_court_ordering_expulsion_leaves_the_people_facing_it(
    title: str, text: str
) -> None:
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)
    assert verdict.facts.people == 3
