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


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Краевой суд отменил постановления о выдворении двух граждан КНДР, задержанных в "
         "Хабаровске в мае. Оба остаются в спецприемнике до нового рассмотрения.",
         Status.DETAINED),
        ("Краевой суд отменил решения о депортации двух граждан КНДР, задержанных в Хабаровске "
         "в мае.", Status.RELEASED),
    ],
    ids=["orders-cancelled-still-held", "orders-cancelled"],
)  # fmt: skip
def test_several_expulsion_orders_cancelled_are_read_as_one_is(text: str, status: Status) -> None:
    verdict = classify(
        Document("r", "Краевой суд рассмотрел жалобы северокорейцев", text, "ru", date=ON)
    )
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)
    assert verdict.facts.people == 2


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Суд выдворит беглого лесоруба",
         "Суд в Биробиджане постановил выдворить гражданина КНДР, сбежавшего с лесозаготовок "
         "шесть лет назад.", (Tier.ALERT, Status.FACING_REPATRIATION)),
        ("Северокорейца, бежавшего со стройки, задержали в Артеме",
         "Полиция Артема задержала северокорейца, который семь лет назад ушел со стройки и "
         "работал на рынке.", (Tier.ALERT, Status.ARRESTED)),
        ("Семь лет назад в Артеме задержали северокорейца",
         "Семь лет назад полиция Артема задержала северокорейца, ушедшего со стройки.",
         (Tier.RELATED, None)),
    ],
    ids=["fled-years-ago-in-lead", "left-years-ago-relative", "opens-years-ago"],
)  # fmt: skip
def test_years_ago_dates_the_flight_unless_it_opens_the_sentence(
    title: str, text: str, want: tuple[Tier, Status | None]
) -> None:
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.status) == want


@pytest.mark.parametrize(
    "text",
    [
        "Приморский краевой суд оставил в силе выдворение гражданина КНДР, задержанного в Артеме.",
        "Амурский областной суд подтвердил депортацию гражданина КНДР из Благовещенска.",
        "Краевой суд в Хабаровске отказался отменить выдворение северокорейца.",
    ],
    ids=["upheld", "confirmed", "refused-to-overturn"],
)
def test_an_expulsion_a_higher_court_upheld_is_still_to_come(text: str) -> None:
    verdict = classify(Document("r", "Решение по жалобе", text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)
    assert verdict.facts.people == 1


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("Беглого рабочего из КНДР оштрафовали",
         "Ленинский районный суд Владивостока назначил ему штраф и выдворение из России.", 1),
        ("Пятерых беглецов из КНДР оставили в ЦВСИГ",
         "Пятеро беглецов из КНДР задержаны в Уссурийске. Суд назначил им выдворение.", 5),
    ],
    ids=["fine-between", "pronoun-between"],
)  # fmt: skip
def test_an_expulsion_the_court_imposed_on_them_is_still_to_come(
    title: str, text: str, people: int
) -> None:
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)
    assert verdict.facts.people == people


@pytest.mark.parametrize(
    "text",
    [
        "Ленинский районный суд Владивостока арестовал на два месяца троих граждан КНДР по "
        "делу о поддельных паспортах.",
        "Трое граждан КНДР, бежавших со стройки во Владивостоке, арестованы на срок до 20 мая.",
    ],
    ids=["court-arrested-for-two-months", "arrested-for-a-term"],
)
def test_a_court_arrest_for_a_term_is_a_remand_in_custody(text: str) -> None:
    verdict = classify(Document("r", "Суд во Владивостоке", text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.DETAINED)
    assert verdict.facts.people == 3


@pytest.mark.parametrize(
    "text",
    [
        "Суд назначил гражданину КНДР штраф с административным выдворением за пределы РФ.",
        "Гражданина КНДР выдворят за пределы Российской Федерации, решил суд.",
        "Суд назначил гражданину КНДР штраф по ч. 1.1 ст. 18.8 КоАП РФ и выдворение.",
    ],
    ids=["beyond-rf", "beyond-the-federation", "code-of-rf"],
)
def test_russia_written_as_rf_or_the_federation_is_where_they_are_held(text: str) -> None:
    verdict = classify(
        Document("r", "Суд назначил выдворение гражданину КНДР", text, "ru", date=ON)
    )
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)
    assert verdict.facts.country == "RU"


@pytest.mark.parametrize(
    "text",
    [
        "Полицейские задержали в Находке двух граждан КНДР, сбежавших со стройки. Материалы "
        "направлены в суд для решения вопроса о выдворении.",
        "В Артеме задержаны двое граждан КНДР без документов. Материалы переданы в суд, который "
        "решит вопрос о депортации.",
    ],
    ids=["materials-sent-to-court", "materials-handed-to-court"],
)
def test_the_case_file_sent_to_court_takes_the_people_up_again(text: str) -> None:
    verdict = classify(Document("r", "Задержаны двое граждан КНДР", text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)
    assert verdict.facts.people == 2
