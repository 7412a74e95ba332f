"""Russian wire, court and border-guard reports (stress19_ru's kinds): one sailor named by his
trade, a figure summed over months, a participle of an attempt before where people were heading.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Моряк из КНДР остался в Ванино",
         "Член экипажа северокорейского траулера не вернулся на судно в порту Ванино. Матрос "
         "задержан пограничниками и доставлен в спецприемник."),
        ("В порту задержан беглый моряк",
         "Моряк с сухогруза под флагом КНДР покинул судно ночью в порту Находки. 31-летний моряк задержан "
         "полицией и помещен в центр временного содержания."),
    ],
    ids=["crew-member-then-sailor", "sailor-with-age"],
)  # fmt: skip
def test_one_sailor_who_left_his_ship_and_was_held_is_an_incident(title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert verdict.tier is Tier.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "С января по октябрь из Приморья выдворены 14 граждан КНДР, сообщили в УМВД.",
        "В Приморье за 11 месяцев выдворены 14 граждан КНДР.",
        "За девять месяцев из Амурской области депортированы 17 граждан КНДР.",
    ],
    ids=["from-january-to-october", "eleven-months-digits", "nine-months-words"],
)
def test_people_expelled_over_months_summed_are_a_statistic(text: str) -> None:
    verdict = classify(Document("r", "Выдворения иностранцев", text, "ru", date=ON))
    assert verdict.tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Задержаны северокорейцы, пытавшиеся попасть в Японию",
         "Пограничники задержали в бухте под Находкой двух граждан КНДР, пытавшихся уплыть в "
         "Японию на моторной лодке."),
        ("На Сахалине задержана беглянка",
         "В Корсакове задержана гражданка КНДР, намеревавшаяся добраться на пароме в Японию."),
    ],
    ids=["trying-participle", "intending-participle"],
)  # fmt: skip
def test_where_people_held_by_a_participle_of_attempt_were_heading_is_not_where_they_are_held(
    title: str, text: str
) -> None:
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.country == "RU"


@pytest.mark.parametrize(
    "after",
    [
        "Их выдворение планируется после оформления документов.",
        "Их депортация запланирована на следующую неделю.",
        "Их планируется выслать до конца месяца.",
    ],
    ids=["expulsion-planned", "deportation-scheduled", "planned-to-expel"],
)
def test_a_return_the_authorities_plan_is_one_the_people_face(after: str) -> None:
    text = "Трое граждан КНДР задержаны в Артеме во вторник и помещены в спецприемник. " + after
    verdict = classify(Document("r", "В Артеме задержаны северокорейцы", text, "ru", date=ON))
    assert verdict.facts.status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("after", "people"),
    [
        ("Всем четверым грозит выдворение.", 4),
        ("С пятерыми задержанными работают сотрудники миграционной службы.", 5),
    ],
    ids=["dative", "instrumental"],
)
def test_a_collective_numeral_in_any_case_counts_the_people(after: str, people: int) -> None:
    text = "Граждане КНДР задержаны в Артеме во вторник. " + after
    verdict = classify(Document("r", "В Артеме задержаны северокорейцы", text, "ru", date=ON))
    assert verdict.facts.people == people


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Пропавшая студентка из КНДР задержана в Пскове",
         "Студентка петербургского вуза из КНДР задержана в Пскове в среду. Ее объявили в "
         "розыск неделю назад, когда она не пришла на занятия."),
        ("Задержание в Пскове",
         "Пропавший северокорейский студент задержан в Пскове в среду, сообщила полиция."),
    ],
    ids=["headline-sums-up", "in-the-text"],
)  # fmt: skip
def test_a_missing_person_told_as_caught_is_no_longer_missing(title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert verdict.facts.status is Status.ARRESTED


@pytest.mark.parametrize(
    "text",
    [
        "Матрос северокорейского траулера не вернулся на судно в порту Находки. 24-летний моряк "
        "задержан полицией.",
        "Член экипажа сухогруза из КНДР покинул судно в порту Ванино и задержан пограничниками.",
    ],
    ids=["sailor-next-sentence", "crew-member-same-sentence"],
)
def test_one_sailor_who_left_his_ship_counts_one_person(text: str) -> None:
    verdict = classify(Document("r", "Задержание в порту", text, "ru", date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == 1


@pytest.mark.parametrize(
    "text",
    [
        "За десять месяцев до задержания трое граждан КНДР сбежали со стройки в Уссурийске. "
        "В понедельник их задержала полиция в Хабаровске.",
        "За 7 месяцев до ареста двое граждан КНДР ушли из общежития в Благовещенске. "
        "Во вторник их задержали пограничники.",
    ],
    ids=["ten-months-before-words", "seven-months-before-digits"],
)
def test_the_months_before_an_arrest_are_no_statistic(text: str) -> None:
    verdict = classify(Document("r", "Происшествие на Дальнем Востоке", text, "ru", date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people in (2, 3)


@pytest.mark.parametrize(
    "fear",
    [
        "Правозащитники опасаются, что Китай вернет его в КНДР.",
        "Его родные боятся, что Пекин вернёт его в Северную Корею.",
    ],
    ids=["vernet-kndr", "vernyot-severnaya-koreya"],
)
def test_a_return_one_authority_will_make_after_a_handover_is_faced(fear: str) -> None:
    text = (
        "Пограничники в Благовещенске задержали гражданина КНДР, переплывшего Амур, и передали "
        f"его китайской стороне. {fear}"
    )
    verdict = classify(Document("r", "Беглеца из КНДР передали Китаю", text, "ru", date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION


def test_a_passport_given_back_is_no_return() -> None:
    text = (
        "Пограничники в Благовещенске задержали гражданина КНДР, переплывшего Амур. Суд вернет "
        "его паспорт после рассмотрения дела."
    )
    verdict = classify(Document("r", "На Амуре задержан гражданин КНДР", text, "ru", date=ON))
    assert verdict.facts.status is not Status.FACING_REPATRIATION


def test_a_dateline_cut_at_its_date_s_full_stop_is_where_the_story_was_filed() -> None:
    text = (
        "ХАБАРОВСК, 25 ноября. /ТАСС/. Сообщения о том, что пограничники задержали пятерых граждан "
        "КНДР, не соответствуют действительности."
    )
    doc = Document("r", "Пограничники опровергли задержание граждан КНДР", text, "ru", date=ON)
    verdict = classify(doc)
    assert (verdict.tier, verdict.facts.country) == (Tier.RELATED, None)
