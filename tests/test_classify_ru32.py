"""Russian court, police and regional reports (stress32_ru32's kinds): the people taken up again
by "each" or by the role a report calls one of them.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 6)


def _verdict(title: str, text: str, lang: str = "ru") -> Verdict:
    return classify(Document("r", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("В Приамурье задержали двоих лесорубов из КНДР, сбежавших с делянки",
         "Мужчины жили в заброшенном доме на окраине Зеи. Суд в понедельник назначил каждому "
         "штраф и административное выдворение за пределы России."),
        ("Студентку из КНДР нашли и задержали во Владивостоке",
         "Девушку обнаружили сотрудники полиции в съёмной квартире. Источник говорит, что "
         "студентку, скорее всего, вышлют на родину."),
        ("Студентку из КНДР нашли и задержали во Владивостоке",
         "Её обнаружили сотрудники полиции в съёмной квартире. Девушку, скорее всего, вышлют "
         "на родину."),
    ],
    ids=["each-fined-and-expelled", "the-student-likely-sent-home", "the-girl-likely-sent-home"],
)  # fmt: skip
def test_each_or_the_role_takes_up_the_people_facing_return(title: str, text: str) -> None:
    verdict = _verdict(title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
