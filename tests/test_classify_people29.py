"""Head counts of people named with an age, a relative or a crew: round-29 fixes.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier, Verdict

ON = date(2026, 12, 4)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("p29", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("朝鲜人被抓", "朝鲜人金某（45岁）和儿子昨天在丹东被边防抓获。", 2),
        ("朝鮮人被抓", "脫北者朴某(38歲)與女兒上週在丹東被邊防抓獲。", 2),
        ("朝鲜人被抓", "朝鲜妇女李某某（45岁）和两个孩子在丹东被抓获。", 3),
        ("朝鲜人被抓", "朝鲜人崔某（52岁）上周在丹东被边防抓获。", 1),
    ],
    ids=["hans-son", "hant-daughter", "two-children", "alone"],
)
def test_zh_an_anonymised_person_given_an_age_is_one_person(
    title: str, text: str, people: int
) -> None:
    v = verdict_of("zh", title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == "CN"
    assert v.facts.people == people


def test_zh_a_chinese_helper_given_an_age_is_not_counted() -> None:
    v = verdict_of("zh", "丹东抓获", "中国籍男子金某（45岁）因帮助3名脱北者偷渡被警方抓获。")
    assert v.facts.people == 3


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Гражданин КНДР, 45 лет, его жена, 41 год, и сын 12 лет задержаны в Хабаровске.", 3),
        (
            "Мужчина из КНДР, 45 лет, его жена, 41 год, и их сын, 12 лет, задержаны в Уссурийске.",
            3,
        ),
        ("Гражданка КНДР, 38 лет, и ее дочь, 15 лет, задержаны в Хабаровске.", 2),
        ("Гражданка КНДР (38 лет) и ее дочь (15 лет) задержаны в Хабаровске.", 2),
        ("Гражданин КНДР, 45 лет, задержан в Хабаровске пограничниками.", 1),
    ],
    ids=["three", "three-commas", "two", "brackets", "one"],
)
def test_ru_ages_in_a_list_of_people_count_no_one(text: str, people: int) -> None:
    v = verdict_of("ru", "Задержаны беглецы из КНДР", text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == "RU"
    assert v.facts.people == people


@pytest.mark.parametrize(
    "text",
    [
        "一名60多岁的朝鲜妇女和两个孙子昨天在丹东被边防抓获。",
        "一名朝鮮婦女和她的兩個孫女上週在丹東被邊防抓獲。",
        "一名脱北妇女和两个外甥昨天在丹东被边防抓获。",
    ],
    ids=["hans-grandsons", "hant-granddaughters", "nephews"],
)
def test_zh_two_grandchildren_counted_with_ge_are_two(text: str) -> None:
    v = verdict_of("zh", "朝鲜人被抓", text)
    assert v.tier is Tier.ALERT
    assert v.facts.people == 3


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "North Korean sailors held",
            "Two crew members of a North Korean cargo ship who jumped ship were detained by "
            "police in Dalian on Monday.",
        ),
        (
            "ko",
            "북한 선원 체포",
            "북한 화물선의 선원 2명이 선박에서 이탈해 다롄에서 공안에 체포됐다.",
        ),
    ],
    ids=["en", "ko"],
)
def test_a_crew_named_by_its_north_korean_ship_is_counted(
    lang: str, title: str, text: str
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.people == 2


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Sailors returned",
            "Two crew members of a North Korean fishing boat rescued at sea were returned to "
            "the North via Panmunjom on Monday.",
        ),
        (
            "ko",
            "선원 송환",
            "북한 화물선의 선원 2명이 판문점을 통해 북한으로 송환됐다. 이들은 귀환 의사를 밝혔다.",
        ),
    ],
    ids=["en", "ko"],
)
def test_a_rescued_crew_named_by_its_ship_and_sent_home_is_no_alert(
    lang: str, title: str, text: str
) -> None:
    assert verdict_of(lang, title, text).tier is not Tier.ALERT


def test_zh_a_crew_named_by_its_ship_who_fled_it_is_an_alert() -> None:
    v = verdict_of("zh", "船员被抓", "朝鲜货船上的船员从船上逃离后在大连被警方抓获。")
    assert v.tier is Tier.ALERT
    assert v.facts.country == "CN"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Пожилые супруги из КНДР задержаны в Хабаровске", "Пограничники задержали их в среду."),
        (
            "Пограничники задержали пару из КНДР",
            "В Хабаровске задержана супружеская пара из Северной Кореи, бежавшая от работодателя.",
        ),
    ],
    ids=["headline", "pair"],
)
def test_ru_a_couple_from_the_north_held_is_an_alert_of_two(title: str, text: str) -> None:
    v = verdict_of("ru", title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == "RU"
    assert v.facts.people == 2


def test_ru_a_couple_from_the_north_going_home_of_their_will_is_no_alert() -> None:
    v = verdict_of(
        "ru",
        "Супруги из КНДР вернулись домой",
        "Супруги из КНДР, спасенные в море рыбаки, добровольно вернулись на родину.",
    )
    assert v.tier is not Tier.ALERT
