"""Head counts: one named right after everything a sentence tells, beside a word of speaking, is
its source, not one held ('"…"라고 탈북민 A씨가 말했다', 「…」と脱北者の女性が語った); a Thai
figure written on to a pair word counts the family whole (สามแม่ลูก: three); a Thai age told
between a person's word and their figure parts no list (ชายวัย 40 ปี 1 คนและหญิงวัย 20 ปี 2 คน:
three); one person named again after a comma by who they are is one (мужчину, гражданина КНДР).

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 7)


def _read(lang: str, title: str, text: str) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("p42", title, text, lang, date=ON))
    facts = verdict.facts
    return verdict.tier, facts.status, facts.people, facts.country


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ko", "탈북민 체포", '"중국 공안이 선양에서 탈북민을 체포했다"라고 탈북민 A씨가 말했다.'),
        ("ko", "탈북민 체포", "중국 공안이 선양에서 탈북민을 체포했다고 탈북민 김모씨가 말했다."),
        ("ja", "脱北者拘束", "「中国公安が瀋陽で脱北者を拘束した」と脱北者の女性が語った。"),
    ],
    ids=["ko-quoted", "ko-dago", "ja-quoted"],
)  # fmt: skip
def test_a_speaker_after_what_is_told_is_no_one_held(lang: str, title: str, text: str) -> None:
    tier, status, people, country = _read(lang, title, text)
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED
    assert country == "CN"
    assert people is None


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        # the woman is held, and she is not the one who speaks
        ("ja", "中国公安が瀋陽で脱北者の女性を拘束したと支援団体の関係者が明らかにした。", 1),
        ("ko", "탈북 여성 1명이 선양에서 체포됐다고 단체 대표 김모씨가 말했다.", 1),
    ],
    ids=["ja-held-woman", "ko-held-woman"],
)  # fmt: skip
def test_the_people_told_of_before_the_speaker_still_count(
    lang: str, text: str, people: int
) -> None:
    assert _read(lang, "", text)[2] == people


@pytest.mark.parametrize(
    "text",
    [
        "ตำรวจจีนจับกุมสามแม่ลูกชาวเกาหลีเหนือที่เมืองเสิ่นหยาง",
        "สามแม่ลูกชาวเกาหลีเหนือถูกตำรวจจีนจับกุมที่เมืองเสิ่นหยาง",
    ],
    ids=["object", "subject"],
)
def test_a_thai_figure_on_a_pair_word_counts_the_family(text: str) -> None:
    tier, status, people, country = _read("th", "จับชาวเกาหลีเหนือ", text)
    assert (tier, status, people, country) == (Tier.ALERT, Status.ARRESTED, 3, "CN")


def test_a_thai_pair_word_alone_is_still_two() -> None:
    text = "แม่ลูกชาวเกาหลีเหนือถูกตำรวจจีนจับกุมที่เมืองเสิ่นหยาง"
    assert _read("th", "", text)[2] == 2


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("ตำรวจจีนจับกุมชาวเกาหลีเหนือ ชายวัย 40 ปี 1 คนและหญิงวัย 20 ปี 2 คน ที่เมืองเสิ่นหยาง", 3),
        ("ตำรวจจีนจับกุมชาวเกาหลีเหนือ ชายวัย 40 ปี สองคน และหญิงวัย 20 ปี สามคน ที่เมืองเสิ่นหยาง", 5),
        # listed one by one with their ages and no figure: still one each
        ("ตำรวจจีนจับกุมชาวเกาหลีเหนือ ได้แก่ หญิงอายุ 34 ปี เด็กหญิงอายุ 12 ปี และชายอายุ 50 ปี "
         "ที่เมืองเสิ่นหยาง", 3),
    ],
    ids=["one-and-two", "two-and-three", "no-figures"],
)  # fmt: skip
def test_thai_groups_given_an_age_before_their_figure_are_summed(text: str, people: int) -> None:
    tier, status, counted, country = _read("th", "จับชาวเกาหลีเหนือ", text)
    assert (tier, status, country) == (Tier.ALERT, Status.ARRESTED, "CN")
    assert counted == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("В Приморье задержали мужчину, гражданина КНДР.", 1),
        ("Пограничники задержали в Приморье мужчину, гражданина КНДР, который незаконно пересек "
         "границу.", 1),
        ("В Приморье задержали женщину, гражданку КНДР, и ее сына.", 2),
        # a list of peers stays a list
        ("В Приморье задержали мужчину, женщину и ребенка из КНДР.", 3),
    ],
    ids=["man-citizen", "man-citizen-who", "woman-citizen-son", "peers"],
)  # fmt: skip
def test_one_named_again_by_who_they_are_is_one(text: str, people: int) -> None:
    tier, status, counted, country = _read("ru", "Задержан гражданин КНДР", text)
    assert (tier, status, country) == (Tier.ALERT, Status.ARRESTED, "RU")
    assert counted == people
