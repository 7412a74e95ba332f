"""Russian desks' forms for a release, for escapees named by kin and for workers who left a site.

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
        ("МВД дало убежище северокорейцу из Уссурийска",
         "Северокорейский рабочий, полгода проведший в спецприемнике, вышел из центра в "
         "понедельник после того, как ведомство предоставило ему временное убежище."),
        ("Гражданин КНДР вышел из ЦВСИГ",
         "Задержанный в Находке гражданин КНДР в среду вышел из ЦВСИГ: суд отменил ему "
         "выдворение."),
        ("Северокорейцы вышли из спецприемника в Хабаровске",
         "Двое граждан КНДР, которых держали в спецприемнике в Хабаровске, вышли из "
         "спецприемника во вторник."),
        ("Беглянке из КНДР дали временное убежище",
         "Гражданке КНДР, задержанной в Находке в мае, дали временное убежище."),
        ("Управление по вопросам миграции предоставило временное убежище гражданину КНДР",
         "Гражданин КНДР, задержанный в Артеме в мае, содержался в ЦВСИГ."),
    ],
    ids=["walked-out-of-centre", "walked-out-of-cvsig", "walked-out-plural", "asylum-dali",
         "asylum-neuter-agency"],
)  # fmt: skip
def test_walking_out_of_a_centre_or_asylum_given_is_a_release(title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.RELEASED)


def test_asylum_not_given_frees_no_one() -> None:
    title = "Северокорейцу не дали временное убежище"
    text = (
        "Гражданину КНДР, которого держат в ЦВСИГ в Артеме, не дали временное убежище, его "
        "могут выслать."
    )
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("Лесозаготовки в районе",
         "В выходные полиция задержала двух северокорейских лесорубов, ушедших с делянки. Их "
         "поместили в спецприемник.", 2),
        ("Стройка в Уссурийске",
         "Полиция задержала трех северокорейских строителей, ушедших с объекта. Их поместили в "
         "спецприемник.", 3),
        ("Стройка в Уссурийске",
         "Полиция задержала пятерых северокорейских рабочих, ушедших со стройки. Их поместили в "
         "спецприемник.", 5),
        ("Стройка в Уссурийске",
         "Полиция задержала северокорейского рабочего, ушедшего со стройки в марте. Его "
         "поместили в спецприемник.", 1),
    ],
    ids=["loggers-left-plot", "builders-left-site", "workers-left-site", "worker-left-site"],
)  # fmt: skip
def test_workers_who_left_their_site_and_were_held_are_escapees(
    title: str, text: str, people: int
) -> None:
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.DETAINED)
    assert verdict.facts.people == people


def test_workers_sent_home_under_sanctions_stay_no_alert() -> None:
    title = "Северокорейские строители покинули Приморье"
    text = (
        "В ноябре 150 северокорейских строителей вернулись на родину по истечении разрешений: "
        "санкции запрещают продлевать их контракты."
    )
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert verdict.tier is not Tier.ALERT
