"""Recall, round 28b: foreigners held, then said to be North Koreans in a sentence of their own;
people found or fleeing a North Korean vessel; a border river naming where they fled from;
women counted in Russian.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier, Verdict

ON = date(2026, 11, 20)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("r28b", title, text, lang, date=ON))


# Foreigners held, then said to be North Koreans: with their figure between the pronoun and the
# people's word, or after a group counted without a figure.
@pytest.mark.parametrize(
    ("lang", "title", "text", "country", "people"),
    [
        (
            "en",
            "Foreigners held in Bangkok",
            "Police detained several foreigners in Bangkok on Monday. They are three North Korean "
            "women who fled their country.",
            "TH",
            3,
        ),
        (
            "en",
            "Foreigners held in Bangkok",
            "Police detained three people in Bangkok on Monday. They are three North Korean women.",
            "TH",
            3,
        ),
        (
            "en",
            "Foreigners held in Vientiane",
            "Lao police detained several foreigners in Vientiane last week. They are North Korean "
            "defectors.",
            "LA",
            None,
        ),
    ],
)
def test_foreigners_said_to_be_north_koreans(
    lang: str, title: str, text: str, country: str, people: int | None
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == country
    assert v.facts.people == people


# Kept: what is not who they are does not make the foreigners North Koreans.
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Foreigners held in Bangkok",
            "Police detained several foreigners in Bangkok on Monday. They are not North Korean "
            "defectors, officials said.",
        ),
        (
            "en",
            "Foreigners held in Bangkok",
            "Police detained three foreigners in Bangkok on Monday. They are three Chinese men who "
            "overstayed their visas.",
        ),
    ],
)
def test_foreigners_not_said_to_be_north_koreans(lang: str, title: str, text: str) -> None:
    assert verdict_of(lang, title, text).tier is not Tier.ALERT


# ru: people found by border guards, people who fled a North Korean vessel (its adjective between
# the verb and the vessel), and foreigners said to be North Koreans with "Речь идёт о".
@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        (
            "Пограничники обнаружили северокорейцев",
            "Пограничники обнаружили на судне в порту Владивостока семерых граждан КНДР. Их "
            "передали полиции.",
            7,
        ),
        (
            "На острове Русский",
            "У острова Русский пограничники обнаружили пятерых граждан КНДР, бежавших с судна.",
            5,
        ),
        (
            "Бегство в Находке",
            "Четверо моряков бежали с северокорейского судна в порту Находки. Их задержали "
            "пограничники.",
            4,
        ),
        (
            "Бегство в Находке",
            "Четверо моряков, сбежавших с северокорейского траулера, задержаны в порту Находки.",
            4,
        ),
        (
            "Бегство в Находке",
            "Моряк сбежал с северокорейского судна в порту Находки. Его задержали пограничники.",
            1,
        ),
        (
            "Иностранки задержаны",
            "Полиция задержала двух человек в Благовещенске. Речь идёт о двух северокорейских "
            "женщинах, бежавших из КНДР.",
            2,
        ),
    ],
)
def test_ru_found_fled_a_vessel_or_said_to_be(title: str, text: str, people: int) -> None:
    v = verdict_of("ru", title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == "RU"
    assert v.facts.people == people


# Kept: a finding, bodies found, sailors who fled an unnamed ship, what "речь идёт о" is not about.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Доклад правозащитников",
            "Правозащитники обнаружили, что беженцы из КНДР в Китае подвергаются преследованиям.",
        ),
        ("Тела на берегу", "Тела двух северокорейских рыбаков обнаружены у берегов Японии."),
        (
            "Бегство в Находке",
            "Четверо моряков бежали с судна в порту Находки. Их задержали пограничники.",
        ),
        (
            "Помощь беженцам",
            "Полиция задержала двух человек в Благовещенске. Речь идёт о помощи беженцам из КНДР.",
        ),
    ],
)
def test_ru_not_found_people(title: str, text: str) -> None:
    assert verdict_of("ru", title, text).tier is not Tier.ALERT


# ru: women counted by a numeral in the genitive or dative, and foreigners counted in the dative.
@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("Беженки задержаны", "Двух беженок из КНДР задержали в Приморье на прошлой неделе.", 2),
        (
            "Иностранки задержаны",
            "В Благовещенске задержали двух иностранок, бежавших из КНДР.",
            2,
        ),
        (
            "Выдворение беженок",
            "Суд в Хабаровске назначил выдворение трём северокорейским беженкам, задержанным на "
            "прошлой неделе.",
            3,
        ),
        (
            "Выдворение иностранцев",
            "Суд в Хабаровске назначил выдворение трём иностранцам — гражданам КНДР, задержанным "
            "на стройке.",
            3,
        ),
        # Only those of the North among the foreigners counted.
        (
            "Выдворение иностранцев",
            "Суд в Хабаровске назначил выдворение 12 иностранцам, из них восемь — граждане КНДР.",
            8,
        ),
    ],
)
def test_ru_women_and_foreigners_counted(title: str, text: str, people: int) -> None:
    v = verdict_of("ru", title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == "RU"
    assert v.facts.people == people


# A border river of the North names where they fled from: the river, not the city of 图们/Tumen.
@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        ("zh", "图们江边抓获3名越境者", "吉林警方上周在图们江边抓获3名越境者，目前仍被关押。", 3),
        ("zh", "圖們江邊抓獲3名越境者", "吉林警方上週在圖們江邊抓獲3名越境者，目前仍被關押。", 3),
        ("zh", "鸭绿江边抓获越境者", "丹东边防部门在鸭绿江边抓获2名非法越境者。", 2),
        (
            "ja",
            "図們江を渡った3人拘束",
            "図們江を渡った3人が先週、中国・琿春で公安に拘束された。",
            3,
        ),
        (
            "ja",
            "豆満江を渡った3人拘束",
            "豆満江を渡った3人が先週、中国・琿春で公安に拘束された。",
            3,
        ),
        (
            "en",
            "Three caught in Hunchun",
            "Three people who crossed the Tumen River were caught in Hunchun last week.",
            3,
        ),
        (
            "en",
            "Two held in Dandong",
            "Chinese police detained two women who had crossed the Yalu River near Dandong.",
            2,
        ),
    ],
)
def test_border_river_names_the_north(lang: str, title: str, text: str, people: int) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == "CN"
    assert v.facts.people == people
    assert v.facts.place not in {"图们", "圖們", "図們", "Tumen"}


# Kept: the city of 图们 alone names no one from the North.
def test_tumen_city_alone_names_no_one() -> None:
    assert (
        verdict_of("zh", "图们警方抓获3人", "图们市警方抓获3名盗窃嫌疑人。").tier is not Tier.ALERT
    )
