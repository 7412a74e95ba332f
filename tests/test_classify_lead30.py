"""Round-30 fixes found by the blind set stress30_lead30: reports that open on a reaction (a
protest, a UN letter, a briefing, a family's plea) and only later tell who was caught or sent back.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 5)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("lead30", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Речь идет о 24-летнем студенте из КНДР, который с конца октября содержится в "
            "ЦВСИГ в Хабаровске.",
            1,
        ),
        (
            "Письмо касается северокорейской студентки. Речь идет о северокорейской студентке, "
            "которая с конца октября содержится в ЦВСИГ в Хабаровске.",
            1,
        ),
        (
            "Речь идет о двух северокорейских студентах, которые с конца октября содержатся в "
            "ЦВСИГ в Хабаровске.",
            2,
        ),
        (
            "Речь идет о трех студентках из КНДР, которые с конца октября содержатся в ЦВСИГ в "
            "Хабаровске.",
            3,
        ),
    ],
)
def test_ru_students_named_in_the_prepositional_case_are_the_people(text: str, people: int) -> None:
    """A UN letter names the people after "речь идет о": the student's prepositional case
    (о студенте из КНДР, о северокорейских студентах) names escapees as the nominative does."""
    verdict = verdict_of("ru", "Спецдокладчик ООН написал властям России", text)
    assert verdict.alert
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == people
    assert verdict.facts.country == "RU"
