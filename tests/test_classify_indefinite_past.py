"""A custody told at no stated time, of many ("about 30 said they had been detained at some point
during their escape"), in a report on yearly figures is a part of those people's past, not an
incident. Every sentence here was written for these tests; none is copied from a news report."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Defector arrivals rise this year",
         "A total of 180 North Korean defectors reached South Korea between January and October, "
         "most of them women.\n"
         "About 30 of them said they had been detained at some point in China or Laos during "
         "their escape, the ministry said."),
        ("New arrivals questioned",
         "Some 150 North Korean defectors arrived in Seoul in the first ten months, officials "
         "said.\n"
         "About 20 told officials they had been arrested at some stage in China before they made "
         "it out."),
    ],
    ids=["at-some-point", "at-some-stage"],
)  # fmt: skip
def test_a_custody_at_some_point_in_a_report_on_figures_is_no_incident(
    title: str, text: str
) -> None:
    verdict = classify(Document("r", title, text, "en", date=ON))
    assert verdict.tier is not Tier.ALERT


def test_an_arrest_with_its_own_day_beside_an_indefinite_past_still_alerts() -> None:
    text = (
        "Chinese police arrested three North Korean defectors in Yanji on Tuesday, a rights "
        "group said. Two of them had been detained at some point in the past and released."
    )
    verdict = classify(Document("r", "Three defectors arrested in Yanji", text, "en", date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
