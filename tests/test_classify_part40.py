"""People counts: a part named with an inclusive word inside the group's own phrase, before it
(어린이 3명을 포함한 일행, 子ども3人を含む一行, 包括三名儿童在内的一批) or in a relative clause
after it (", which included three children,", ซึ่งรวมถึงเด็ก 3 คน), is a part of the group, not
its count.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document

ON = date(2026, 12, 5)

_HEADS = {
    "en": "North Koreans arrested in China",
    "ko": "탈북민 중국서 체포",
    "zh": "脱北者在中国被抓",
    "ja": "脱北者、中国で拘束",
    "th": "ผู้แปรพักตร์เกาหลีเหนือถูกจับในจีน",
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "어린이 3명을 포함한 이들 일행은 지난주 옌지에서 공안에 체포됐다."),
        ("ko", "탈북민 일행은 어린이 3명을 포함해 지난주 옌지에서 공안에 체포됐다."),
        ("ja", "脱北者の一行は、子ども3人を含め、先週延吉で公安に拘束された。"),
        ("ja", "子ども3人を含む脱北者の一行が先週、延吉で公安に拘束された。"),
        ("zh", "包括三名儿童在内的一批脱北者上周在延吉被公安抓获。"),
        ("en", "A group of North Korean defectors, which included three children, was arrested "
               "in Yanji last week."),
        ("th", "กลุ่มผู้แปรพักตร์ชาวเกาหลีเหนือ ซึ่งรวมถึงเด็ก 3 คน "
               "ถูกจับกุมที่เมืองเหยียนจี๋เมื่อสัปดาห์ที่แล้ว"),
    ],
    ids=["ko-before", "ko-after-topic", "ja-commas", "ja-before", "zh-zainei", "en-which",
         "th-relative"],
)  # fmt: skip
def test_a_part_named_inside_the_phrase_of_a_group_no_figure_counts_counts_no_one(
    lang: str, text: str
) -> None:
    verdict = classify(Document("r", _HEADS[lang], text, lang, date=ON))
    assert verdict.facts.people is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "탈북민 9명은 어린이 3명을 포함해 지난주 옌지에서 공안에 체포됐다."),
        ("ko", "어린이 3명을 포함한 탈북민 9명이 지난주 옌지에서 공안에 체포됐다."),
        ("ja", "脱北者9人は、子ども3人を含め、先週延吉で公安に拘束された。"),
        ("ja", "子ども3人を含む脱北者9人が先週、延吉で公安に拘束された。"),
        ("zh", "包括三名儿童在内的9名脱北者上周在延吉被公安抓获。"),
        ("en", "Nine North Korean defectors, which included three children, were arrested in "
               "Yanji last week."),
        ("th", "ผู้แปรพักตร์ชาวเกาหลีเหนือ 9 คน ซึ่งรวมถึงเด็ก 3 คน "
               "ถูกจับกุมที่เมืองเหยียนจี๋เมื่อสัปดาห์ที่แล้ว"),
    ],
    ids=["ko-group-first", "ko-part-first", "ja-group-first", "ja-part-first", "zh-part-first",
         "en-which", "th-relative"],
)  # fmt: skip
def test_the_group_s_own_figure_still_counts_everyone(lang: str, text: str) -> None:
    verdict = classify(Document("r", _HEADS[lang], text, lang, date=ON))
    assert verdict.facts.people == 9


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("นายลี ภรรยาและลูกสองคน ผู้แปรพักตร์ชาวเกาหลีเหนือ "
         "ถูกจับกุมที่เมืองเหยียนจี๋เมื่อสัปดาห์ที่แล้ว", 4),
        ("นางปาร์ค สามีและลูกสาว ผู้แปรพักตร์ชาวเกาหลีเหนือ "
         "ถูกจับกุมที่เมืองเหยียนจี๋เมื่อสัปดาห์ที่แล้ว", 3),
    ],
    ids=["wife-two-children", "husband-daughter"],
)  # fmt: skip
def test_a_space_parts_one_called_by_a_title_from_a_relative_in_thai(
    text: str, people: int
) -> None:
    verdict = classify(Document("r", _HEADS["th"], text, "th", date=ON))
    assert verdict.facts.people == people
