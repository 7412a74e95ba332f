"""Russian news forms found by the blind set stress28_ru: police leading people away, helpers
named before the people the police took, and their kin.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Облава в Яньцзи",
         "Полиция Яньцзи в четверг увела четверых беглецов из КНДР из съемного дома."),
        ("Проверка в Даньдуне",
         "Четырех северокорейских женщин увели сотрудники полиции во время проверки в Даньдуне "
         "в понедельник."),
    ],
    ids=["uvela", "uveli"],
)  # fmt: skip
def test_people_led_away_by_the_police_are_arrested(title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.status, verdict.facts.people) == (
        Tier.ALERT,
        Status.ARRESTED,
        4,
    )
