"""Recall, round 28b: foreigners held, then said to be North Koreans in a sentence of their own;
people found or fleeing a North Korean vessel; a border river naming where they fled from;
women counted in Russian.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier, Verdict

ON = date(2026, 11, 20)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("r28b", title, text, lang, date=ON))


# Foreigners held, then said to be North Koreans: with their figure between the pronoun and the
# people's word, or after a group counted without a figure.
@pytest.mark.parametrize(
    ("lang", "title", "text", "country", "people"),
    [
        (
            "en",
            "Foreigners held in Bangkok",
            "Police detained several foreigners in Bangkok on Monday. They are three North Korean "
            "women who fled their country.",
            "TH",
            3,
        ),
        (
            "en",
            "Foreigners held in Bangkok",
            "Police detained three people in Bangkok on Monday. They are three North Korean women.",
            "TH",
            3,
        ),
        (
            "en",
            "Foreigners held in Vientiane",
            "Lao police detained several foreigners in Vientiane last week. They are North Korean "
            "defectors.",
            "LA",
            None,
        ),
    ],
)
def test_foreigners_said_to_be_north_koreans(
    lang: str, title: str, text: str, country: str, people: int | None
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == country
    assert v.facts.people == people


# Kept: what is not who they are does not make the foreigners North Koreans.
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Foreigners held in Bangkok",
            "Police detained several foreigners in Bangkok on Monday. They are not North Korean "
            "defectors, officials said.",
        ),
        (
            "en",
            "Foreigners held in Bangkok",
            "Police detained three foreigners in Bangkok on Monday. They are three Chinese men who "
            "overstayed their visas.",
        ),
    ],
)
def test_foreigners_not_said_to_be_north_koreans(lang: str, title: str, text: str) -> None:
    assert verdict_of(lang, title, text).tier is not Tier.ALERT
