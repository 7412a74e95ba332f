"""A return chained by "and" alone to a time long past in one relative clause ("Defectors who
fled the North years ago and were repatriated from China recalled ...", которые бежали много
лет назад и были депортированы) is dated by that time: a remembrance, not an incident. A return
with a recent day of its own right after it is news.

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
        ("Forum in Seoul",
         "Defectors who fled the North years ago and were repatriated from China recalled their "
         "torture in prison camps on Monday."),
        ("Forum in Seoul",
         "Two women who escaped North Korea a decade ago and were deported by China told "
         "lawmakers on Tuesday about the prison camp."),
        ("Беглецы вспоминают",
         "Беглецы из КНДР, которые бежали много лет назад и были депортированы обратно, "
         "вспомнили на форуме в Сеуле в понедельник об избиениях в лагерях."),
    ],
)  # fmt: skip
def test_a_return_chained_to_a_flight_long_ago_is_no_incident(title: str, text: str) -> None:
    assert classify(Document("r", title, text, date=ON)).tier is not Tier.ALERT


def test_a_return_with_a_recent_day_of_its_own_is_news() -> None:
    text = (
        "A North Korean defector who fled years ago and was sent back on Monday by Chinese "
        "police is now held in Sinuiju."
    )
    verdict = classify(Document("r", "Defector sent back", text, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.REPATRIATED)


def test_an_arrest_chained_to_a_flight_long_ago_is_still_news() -> None:
    text = (
        "Three North Korean defectors who fled years ago and were arrested in Shenyang last "
        "week face repatriation."
    )
    verdict = classify(Document("r", "Defectors arrested", text, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)
