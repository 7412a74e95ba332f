"""Round-36 recall fixes: incidents missed and people miscounted, each kind probed in the seven
languages where it shows.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 10)
TITLES = {
    "en": "Church worker questioned",
    "ko": "교회 관계자 조사",
    "ja": "教会関係者を調査",
    "zh": "教会人士受调查",
    "ru": "Пастор под следствием",
    "vi": "Mục sư bị điều tra",
    "th": "ศิษยาภิบาลถูกสอบสวน",
}


def verdict_of(lang: str, text: str, title: str | None = None) -> Verdict:
    head = TITLES[lang] if title is None else title
    return classify(Document("recall36", head, f"{head}\n{text}", lang, date=ON))


# One person named, then taken up as the object of the arrest by a pronoun ("Police arrested
# her"): the arrest is hers, and she is one person.
OBJECT_PRONOUNS = [
    ("en", "A pastor helped a North Korean woman cross into China last month. Police arrested "
           "her on Friday in Yanji."),
    ("en", "A pastor helped a North Korean defector cross into China last month. Police "
           "arrested him on Friday in Yanji."),
    ("zh", "一名牧师上个月帮助一名朝鲜女子越境进入中国。周五，公安在延吉逮捕了她。"),
    ("ko", "한 목사가 지난달 탈북민 남성의 중국 월경을 도왔다. 중국 공안은 금요일 옌지에서 그를 "
           "체포했다."),
    ("ko", "한 목사가 지난달 북한 여성의 중국 월경을 도왔다. 중국 공안은 금요일 옌지에서 그녀를 "
           "체포했다."),
    ("ja", "牧師が先月、北朝鮮の女性の中国への越境を手助けした。中国公安は金曜日、延吉で彼女を"
           "拘束した。"),
    ("ja", "牧師が先月、脱北者の男性の中国への越境を手助けした。中国公安は金曜日、延吉で彼を"
           "拘束した。"),
    ("th", "ศิษยาภิบาลคนหนึ่งช่วยหญิงชาวเกาหลีเหนือข้ามพรมแดนเข้าจีนเมื่อเดือนที่แล้ว "
           "ตำรวจจับเธอที่เมืองเหยียนจี๋เมื่อวันศุกร์"),
    ("th", "ศิษยาภิบาลคนหนึ่งช่วยผู้แปรพักตร์ชาวเกาหลีเหนือข้ามพรมแดนเข้าจีนเมื่อเดือนที่แล้ว "
           "ตำรวจจับเขาที่เมืองเหยียนจี๋เมื่อวันศุกร์"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), OBJECT_PRONOUNS, ids=[f"{r[0]}-{i}" for i, r in enumerate(OBJECT_PRONOUNS)]
)
def test_an_object_pronoun_takes_up_the_one_named_before(lang: str, text: str) -> None:
    verdict = verdict_of(lang, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.country == "CN"
    assert verdict.facts.people == 1


# The neighbours: the pronoun owns another's noun, or stands for a helper beside a group.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A North Korean woman crossed into China last month. Police arrested her "
               "husband on Friday in Yanji."),
        ("en", "A Chinese broker smuggled three North Koreans across the river last month. "
               "Police arrested him on Friday in Yanji."),
        ("zh", "一名中国掮客上个月帮三名朝鲜人越境。周五，公安在延吉逮捕了他。"),
        ("ja", "中国人ブローカーが先月、北朝鮮の3人を越境させた。中国公安は金曜日、延吉で彼を拘束した。"),
    ],
)  # fmt: skip
def test_an_object_pronoun_for_another_is_no_alert(lang: str, text: str) -> None:
    assert verdict_of(lang, text).tier is not Tier.ALERT


# Where the subject is dropped, an arrest told with no one named, right after the sentence
# that names the people with nothing befalling them yet, is theirs.
DROPPED_SUBJECT = [
    ("ko", "탈북민 3명이 중국 선양에 숨어 지냈다. 지난주 공안에 붙잡혔다.", 3),
    ("ko", "탈북 여성 한 명이 중국 선양에 숨어 지냈다. 지난주 공안에 체포됐다.", 1),
    ("ja", "脱北者3人が瀋陽に潜伏していた。先週、公安に拘束された。", 3),
    ("ja", "脱北者の女性が瀋陽に潜伏していた。先週、公安に逮捕された。", 1),
    ("zh", "3名脱北者藏身于沈阳。上周被公安抓获。", 3),
    ("zh", "3名脱北者藏身于沈阳。上周遭公安逮捕。", 3),
]


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    DROPPED_SUBJECT,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(DROPPED_SUBJECT)],
)
def test_an_arrest_with_its_subject_dropped_is_theirs(lang: str, text: str, people: int) -> None:
    verdict = verdict_of(
        lang, text, {"ko": "탈북민 소식", "ja": "脱北者の消息", "zh": "脱北者消息"}[lang]
    )
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.country == "CN"
    assert verdict.facts.people == people


# The neighbour: someone else counted in the sentence of the arrest.
def test_an_arrest_of_another_counted_is_not_theirs() -> None:
    text = "3名脱北者藏身于沈阳。上周，当地一名商人被公安抓获。"
    assert verdict_of("zh", text, "脱北者消息").tier is not Tier.ALERT


# The people counted in Chinese numerals (三名, 两名, 十余名), then named again by that figure in
# the sentence of the arrest (将三人抓获), the subject dropped.
NUMERALS = [
    ("zh", "三名朝鲜人藏身于沈阳。公安上周将三人抓获。", 3),
    ("zh", "两名脱北者上个月越过图们江。上周，两人在延吉被公安抓获。", 2),
    ("zh", "人权组织表示，三名朝鲜人处境危险。据悉，三人上周在延吉被公安拘留。", 3),
    ("ja", "脱北者三人が瀋陽に潜伏していた。公安は先週、三人を拘束した。", 3),
]


@pytest.mark.parametrize(
    ("lang", "text", "people"), NUMERALS, ids=[f"{r[0]}-{i}" for i, r in enumerate(NUMERALS)]
)
def test_their_figure_in_numerals_names_them_again(lang: str, text: str, people: int) -> None:
    verdict = verdict_of(lang, text, {"ja": "脱北者の消息", "zh": "脱北者消息"}[lang])
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status in (Status.ARRESTED, Status.DETAINED)
    assert verdict.facts.country == "CN"
    assert verdict.facts.people == people


def test_another_figure_in_numerals_is_not_theirs() -> None:
    text = "两名脱北者上个月越过图们江。上周，公安在延吉抓获五人。"
    assert verdict_of("zh", text, "脱北者消息").tier is not Tier.ALERT


# "이 3명이 또" (these three, again): the same people named again, not three more.
def test_these_three_again_are_the_same_three() -> None:
    text = "탈북민 3명이 지난주 선양에서 붙잡혔다. 이 3명이 또 북송될 위기에 놓였다."
    verdict = verdict_of("ko", text, "탈북민 체포")
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 3


def test_two_more_caught_again_are_added() -> None:
    text = "탈북민 3명이 지난주 선양에서 붙잡혔다. 이튿날 2명이 또 붙잡혔다."
    assert verdict_of("ko", text, "탈북민 체포").facts.people == 5


# Those who fled, taken up again by the noun for their flight as the subject of the passive
# (Беглецы задержаны): the arrest is theirs, where the sentence before placed them.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Трое рабочих из КНДР сбежали со стройки в Хабаровске. Беглецы задержаны в понедельник.",
         3),
        ("Северокорейские рабочие сбежали со стройки в Хабаровске. Беглецы были задержаны "
         "полицией в понедельник.", None),
        ("Северокорейская работница сбежала со стройки в Хабаровске. Беглянка задержана в "
         "понедельник.", None),
    ],
)  # fmt: skip
def test_the_fugitives_held_in_the_passive_are_the_people(text: str, people: int | None) -> None:
    verdict = verdict_of("ru", text, "Новости Хабаровска")
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.country == "RU"
    if people is not None:
        assert verdict.facts.people == people


def test_fugitives_of_another_kind_held_are_no_alert() -> None:
    text = "Из колонии под Хабаровском сбежали двое заключенных. Беглецы задержаны в понедельник."
    assert verdict_of("ru", text, "Новости Хабаровска").tier is not Tier.ALERT
