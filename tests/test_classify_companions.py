"""Who is counted: the people a report names by their country alone, and the child or relative
held with one of them, who is one person more.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 3, 20)


def facts_of(title: str, text: str, lang: str) -> tuple[Tier, Status | None, int | None]:
    verdict = classify(Document("c", title, text, lang=lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people


def test_people_a_japanese_report_calls_people_of_north_korea_are_the_people() -> None:
    title = "丹東で北朝鮮の人5人拘束"
    text = "中国遼寧省丹東の公安当局が先週、北朝鮮の人5人の身柄を拘束したことが分かった。"
    assert facts_of(title, text, "ja") == (Tier.ALERT, Status.ARRESTED, 5)


def test_north_korean_human_rights_in_japanese_names_nobody() -> None:
    title = "北朝鮮の人権団体メンバー、中国で拘束"
    text = "北朝鮮の人権問題に取り組む団体のメンバー3人が中国吉林省で拘束された。"
    tier, _, people = facts_of(title, text, "ja")
    assert tier is not Tier.ALERT and people is None


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("Беглую гражданку КНДР задержали вместе с ребенком",
         "В Находке задержана гражданка КНДР вместе с ребенком, сбежавшая от работодателя. Ей "
         "грозит выдворение.", 2),
        ("Северокорейку задержали с сыном",
         "Полиция Находки задержала северокорейку и ее восьмилетнего сына. Им грозит "
         "выдворение.", 2),
        ("Гражданку КНДР задержали с детьми",
         "В Находке задержана гражданка КНДР с двумя детьми. Им грозит выдворение.", 3),
    ],
    ids=["together-with-a-child", "her-eight-year-old-son", "with-two-children"],
)  # fmt: skip
def test_a_russian_report_counts_the_child_held_with_a_woman(
    title: str, text: str, people: int
) -> None:
    assert facts_of(title, text, "ru") == (Tier.ALERT, Status.FACING_REPATRIATION, people)


def test_a_child_held_with_her_is_told_as_a_child_in_russian() -> None:
    title = "Гражданку КНДР задержали вместе с ребенком"
    text = "В Находке задержана гражданка КНДР вместе с ребенком. Ей грозит выдворение."
    verdict = classify(Document("c", title, text, lang="ru", date=ON))
    assert "children" in verdict.facts.groups


@pytest.mark.parametrize(
    "text",
    [
        "В Находке задержаны двое граждан КНДР. Обоим грозит выдворение в КНДР.",
        "В Находке полиция задержала двух гражданок КНДР. Обеим грозит депортация на родину.",
    ],
    ids=["oboim", "obeim"],
)
def test_both_of_them_in_russian_takes_up_the_people_just_counted(text: str) -> None:
    title = "В Находке задержали граждан КНДР"
    assert facts_of(title, text, "ru") == (Tier.ALERT, Status.FACING_REPATRIATION, 2)


@pytest.mark.parametrize(
    ("title", "text", "lang", "people"),
    [
        ("Border crossers arrested in Changbai",
         "Chinese police arrested three women from Hyesan who had waded across the Yalu, a source "
         "in Ryanggang province said on Monday.", "en", 3),
        ("Teen caught in Tumen",
         "A teenager from Musan was caught by Chinese border guards in Tumen last week, a source "
         "said.", "en", 1),
        ("혜산 여성 2명 中 창바이서 체포",
         "혜산 출신 여성 2명이 지난주 중국 창바이에서 공안에 붙잡혔다고 현지 소식통이 밝혔다.", "ko", 2),
        ("两名惠山妇女在长白被捕",
         "据当地消息人士说，两名来自惠山的妇女上周在长白被中国公安抓获。", "zh", 2),
        ("恵山出身の女性2人、長白で拘束",
         "恵山出身の女性2人が先週、中国吉林省長白で公安に拘束されたことが分かった。", "ja", 2),
    ],
    ids=["en-women-from-hyesan", "en-a-teenager-from-musan", "ko-hyesan-women",
         "zh-from-hyesan", "ja-from-hyesan"],
)  # fmt: skip
def test_people_named_by_their_town_in_the_north_are_the_people(
    title: str, text: str, lang: str, people: int
) -> None:
    assert facts_of(title, text, lang) == (Tier.ALERT, Status.ARRESTED, people)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("Defector's sister held in Dandong",
         "Her older sister, who escaped from North Korea in 2018, was detained by police in "
         "Dandong on Monday, the defector said.", 1),
        ("Defector's family caught",
         "The husband and three children of a North Korean defector were caught by police in "
         "Kunming last week, she said.", 4),
        ("Defector's family caught",
         "The mother and younger brother of a North Korean defector were arrested in Tumen on "
         "Sunday.", 2),
    ],
    ids=["older-sister-who-escaped", "the-husband-and-three-children", "the-mother-and-brother"],
)  # fmt: skip
def test_relatives_of_a_defector_are_counted_as_written(
    title: str, text: str, people: int
) -> None:
    assert facts_of(title, text, "en")[2] == people


def test_a_woman_and_her_child_are_two_in_japanese() -> None:
    text = "脱北者の女性とその子どもが今月、図們で国境警備隊に拘束された。"
    assert facts_of("図們で母子拘束", text, "ja")[2] == 2


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("Woman, mother and brother caught near Changbai",
         "Chinese police caught them near Changbai on Monday, a source said of the North "
         "Koreans.", 3),
        ("Man, wife and daughter held in Hunchun",
         "Chinese police detained the North Koreans in Hunchun on Monday.", 3),
        ("Woman and son arrested near Yanji",
         "Chinese police arrested a North Korean woman and her son near Yanji on Monday.", 2),
    ],
    ids=["woman-mother-brother", "man-wife-daughter", "woman-and-son"],
)  # fmt: skip
def test_a_headline_listing_a_woman_or_man_first_counts_each(
    title: str, text: str, people: int
) -> None:
    assert facts_of(title, text, "en")[2] == people
