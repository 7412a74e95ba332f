"""Round-35 recall fixes: escapees taken up again in the next sentence by a noun for their
flight (Беглецов задержали), probed where the kind shows.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 10)
TITLE = "Правозащитники обеспокоены"


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("recall35", title, f"{title}\n{text}", lang, date=ON))


# Workers who fled a site, then taken up by a noun for those who fled (беглецы, беглянки,
# сбежавшие) in the sentence that tells the arrest.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Северокорейские рабочие сбежали со стройки в Хабаровске. Беглецов задержали в среду.",
            None,
        ),
        (
            "Северокорейские рабочие сбежали со стройки в Хабаровске. Сбежавших поймали в среду.",
            None,
        ),
        (
            "Две северокорейские работницы сбежали со стройки в Хабаровске. Беглянок задержали "
            "в среду.",
            None,
        ),
        (
            "Пятеро северокорейских рабочих сбежали со стройки во Владивостоке. Беглецов "
            "задержали в четверг.",
            5,
        ),
        ("Трое граждан КНДР сбежали со стройки в Хабаровске. Беглецов задержали в среду.", 3),
        (
            "Северокорейский рабочий сбежал со стройки в Хабаровске. Беглеца поймали в среду.",
            1,
        ),
    ],
)
def test_a_noun_for_the_escapees_takes_them_up_again(text: str, people: int | None) -> None:
    verdict = verdict_of("ru", TITLE, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.country == "RU"
    if people is not None:
        assert verdict.facts.people == people


# The neighbours: escapees not yet found, workers who did not flee, an arrest with no one before.
@pytest.mark.parametrize(
    "text",
    [
        "Северокорейские рабочие сбежали со стройки в Хабаровске. Беглецов пока не нашли.",
        "Северокорейские рабочие сбежали со стройки в Хабаровске. Полиция ищет беглецов.",
        "Северокорейские рабочие продолжают работать в Хабаровске. Их задержали в среду.",
        "Беглецов задержали в среду.",
    ],
)
def test_no_arrest_of_escapees_no_alert(text: str) -> None:
    assert verdict_of("ru", TITLE, text).tier is not Tier.ALERT
