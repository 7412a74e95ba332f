"""Round-30 fixes found by the blind Russian set stress30_ru30, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 10)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("ru30", title, f"{title}\n{text}", lang, date=ON))


@pytest.mark.parametrize(
    ("title", "text", "status", "people"),
    [
        (
            "Три жительницы Хесана, задержанные в Монголии, прибыли в Сеул",
            "Женщины провели в центре содержания два месяца.",
            Status.REACHED_THIRD_COUNTRY,
            3,
        ),
        (
            "В китайском Тумэне задержаны девять уроженцев Мусана",
            "Их держат в изоляторе.",
            Status.DETAINED,
            9,
        ),
        (
            "Полиция Шэньяна задержала двух жителей провинции Рянгандо",
            "Их задержали на рынке.",
            Status.ARRESTED,
            2,
        ),
        (
            "Беглянка из Мусана задержана в Яньцзи",
            "Ее задержали на рынке.",
            Status.ARRESTED,
            1,
        ),
    ],
)
def test_people_named_by_their_town_in_the_north_are_the_report_s_people(
    title: str, text: str, status: Status, people: int
) -> None:
    verdict = verdict_of("ru", title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is status
    assert verdict.facts.people == people


def test_residents_of_a_northern_town_at_home_are_no_alert() -> None:
    verdict = verdict_of("ru", "Жители Хесана жалуются на нехватку света", "Свет отключают ночью.")
    assert verdict.tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        (
            "ru",
            "Вьетнам выдворил в Китай четверых иностранцев",
            "Пограничники задержали у границы четверых иностранцев без документов. Все четверо — "
            "граждане КНДР, уточняет правозащитная организация.",
            4,
        ),
        (
            "ru",
            "В Лаосе задержаны двое иностранцев",
            "Полиция задержала у границы двоих иностранцев. Обе — гражданки КНДР.",
            2,
        ),
        (
            "ru",
            "В Лаосе задержаны трое иностранцев",
            "Полиция задержала у границы троих иностранцев. Все трое оказались гражданами КНДР.",
            3,
        ),
        (
            "en",
            "Laos police detain three foreigners",
            "Police detained three foreigners near the border. All three turned out to be North "
            "Korean citizens.",
            3,
        ),
    ],
)
def test_foreigners_held_then_said_to_be_north_koreans_are_an_alert(
    lang: str, title: str, text: str, people: int
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == people


def test_foreigners_held_then_said_to_be_chinese_are_no_alert() -> None:
    text = "Полиция задержала у границы троих иностранцев. Все трое оказались гражданами Китая."
    assert verdict_of("ru", "В Лаосе задержаны трое иностранцев", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        (
            "Пограничники задержали двоих граждан КНДР",
            "Пограничники задержали двоих граждан КНДР у Краскино. Задержанных планируется "
            "передать представителям КНДР на следующей неделе.",
            Status.FACING_REPATRIATION,
        ),
        (
            "Пограничники задержали двоих граждан КНДР",
            "Пограничники задержали двоих граждан КНДР у Краскино. Сейчас готовится их передача "
            "северокорейской стороне.",
            Status.FACING_REPATRIATION,
        ),
        (
            "Пограничники задержали двоих граждан КНДР",
            "Пограничники задержали двоих граждан КНДР у Краскино. Решается вопрос об их передаче "
            "консульству КНДР.",
            Status.FACING_REPATRIATION,
        ),
        (
            "В Каобанге задержаны пятеро граждан КНДР",
            "Вьетнамские пограничники задержали пятерых граждан КНДР. Их могут передать Китаю.",
            Status.FACING_REPATRIATION,
        ),
        (
            "Пограничники задержали двоих граждан КНДР",
            "Пограничники задержали двоих граждан КНДР у Краскино. В пятницу их передали "
            "представителям КНДР.",
            Status.REPATRIATED,
        ),
    ],
)
def test_a_handover_planned_or_readied_is_a_threatened_return(
    title: str, text: str, status: Status
) -> None:
    verdict = verdict_of("ru", title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is status


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        (
            "В Находке моряки с северокорейского судна попросили убежища",
            "Трое моряков с северокорейского судна покинули борт в порту Находка. Моряков "
            "задержали пограничники.",
            3,
        ),
        (
            "Матросы сбежали с северокорейского судна в Находке",
            "Двое матросов северокорейского сухогруза покинули судно в порту Находка. Матросов "
            "задержали пограничники.",
            2,
        ),
    ],
)
def test_sailors_who_left_their_ship_named_again_by_their_word_are_an_alert(
    title: str, text: str, people: int
) -> None:
    verdict = verdict_of("ru", title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == people


def test_rescued_sailors_named_again_stay_a_voluntary_return() -> None:
    text = (
        "Пограничники спасли пятерых северокорейских моряков с дрейфующей шхуны. Моряков "
        "передали КНДР по их просьбе."
    )
    assert verdict_of("ru", "Спасенных моряков вернули в КНДР", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Генпрокуратура одобрила выдачу Пхеньяну бывшего сотрудника торгпредства",
            "Генеральная прокуратура удовлетворила запрос КНДР о выдаче 41-летнего гражданина "
            "этой страны, обвиняемого на родине в хищении. Мужчина находится в СИЗО в Чите.",
        ),
        (
            "Правозащитники просят Россию не высылать задержанного в Томске",
            "Правозащитники попросили власти не высылать в КНДР гражданина этой страны, "
            "задержанного в Томске в ноябре.",
        ),
    ],
)
def test_a_citizen_of_that_country_after_the_north_is_named_is_the_report_s_person(
    title: str, text: str
) -> None:
    verdict = verdict_of("ru", title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.country == "RU"


def test_a_helper_who_is_a_citizen_of_that_country_is_no_alert() -> None:
    text = (
        "Власти Лаоса арестовали гражданина этой страны, помогавшего беглецам из КНДР добраться "
        "до Таиланда."
    )
    assert verdict_of("ru", "В Лаосе арестован проводник", text).tier is not Tier.ALERT
