"""Alerts on people said to be a part of a group counted just before: round-33 fixes.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier, Verdict

ON = date(2026, 12, 6)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("p33", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Foreigners held near the border",
            "Border guards held five foreigners near Hunchun on Thursday. Three of the five were"
            " North Korean citizens.",
        ),
        (
            "en",
            "Foreigners held near the border",
            "Border guards held six foreigners near Hunchun on Thursday. Two of the six are"
            " North Korean defectors.",
        ),
        (
            "ru",
            "Задержаны иностранцы",
            "Пограничники задержали шестерых иностранцев под Хуньчунем в четверг. Трое из шести"
            " — граждане КНДР.",
        ),
    ],
)
def test_part_of_group_told_with_its_figure_alerts(lang: str, title: str, text: str) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT, verdict
    assert verdict.facts.country == "CN"
