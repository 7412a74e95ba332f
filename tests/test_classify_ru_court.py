"""A Russian court's order of expulsion is a return still to come: the people face it.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 3, 20)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Суд в Хабаровске оштрафовал северокорейцев",
         "Железнодорожный районный суд Хабаровска назначил троим гражданам КНДР штраф с "
         "принудительным административным выдворением за пределы России."),
        ("Суд выдворит северокорейцев",
         "Троих граждан КНДР, работавших в Хабаровске без патента, суд выдворит из России."),
    ],
    ids=["fine-with-both-adjectives", "court-will-expel"],
)  # fmt: skip
def test_a_russian_court_ordering_expulsion_leaves_the_people_facing_it(
    title: str, text: str
) -> None:
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)
    assert verdict.facts.people == 3


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("ЕСПЧ приостановил выдворение северокорейца",
         "Страсбургский суд применил обеспечительную меру по делу гражданина КНДР. Мужчина "
         "по-прежнему содержится в центре временного содержания в Уссурийске."),
        ("ЕСПЧ запретил выдворение беглеца из КНДР",
         "Беглец из КНДР, задержанный в Находке в октябре, остается в спецприемнике."),
        ("Выдворение северокорейца приостановлено",
         "Краевой суд приостановил выдворение гражданина КНДР, которого держат в ЦВСИГ в "
         "Благовещенске, до рассмотрения жалобы."),
    ],
    ids=["echr-stays", "echr-forbids", "court-stays-in-text"],
)  # fmt: skip
def test_an_expulsion_stayed_or_forbidden_by_a_court_is_no_release(title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)
    assert verdict.facts.people == 1
