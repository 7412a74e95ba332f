"""English "recaptured": people caught again after an escape are arrested, and a release told
before it is no all-clear.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        (
            "Escapee recaptured in Dandong",
            "A North Korean escapee was recaptured by Chinese police in Dandong on Monday, a "
            "rescue group said.",
            1,
        ),
        (
            "China recaptures three North Korean defectors",
            "Chinese border police recaptured three North Korean defectors near Tumen on Sunday, "
            "activists said.",
            3,
        ),
        (
            "Defector freed last year is caught again",
            "A North Korean defector whom Chinese police freed last year was recaptured in "
            "Yanji on Monday, her brother said.",
            1,
        ),
    ],
    ids=["passive", "headline-present", "after-a-release"],
)
def test_people_recaptured_are_arrested(title: str, text: str, people: int) -> None:
    verdict = classify(Document("recaptured", title, text, "en", date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == people


def test_an_animal_recaptured_is_no_report() -> None:
    verdict = classify(
        Document(
            "recaptured",
            "Escaped tiger recaptured",
            "A tiger that escaped from a zoo in Dandong was recaptured on Monday.",
            "en",
            date=ON,
        )
    )
    assert verdict.tier is Tier.IGNORE
