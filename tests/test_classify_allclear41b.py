"""Round-41b false all-clears, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 4)  # a Friday: "Monday" is Nov. 30


def verdict_of(lang: str, text: str, title: str = "") -> Verdict:
    return classify(Document("allclear41b", title, text, lang, date=ON))


# An arrest, then after a clause break a past period set off by a comma and a figure returned over
# it: the period opens the return's clause, so the returns are a past tally of others, and the
# people held are the four.
ARREST_THEN_PERIOD_SET_OFF = [
    (
        "en",
        "Border police in Mae Sai detained three North Koreans on Monday; over the whole of "
        "last year, 45 were sent back.",
    ),
    (
        "en",
        "Border police in Mae Sai detained three North Koreans on Monday; last year, 45 were "
        "sent back.",
    ),
    (
        "en",
        "Border police in Mae Sai detained three North Koreans; throughout last year, 45 were "
        "deported.",
    ),
    ("zh", "美赛边境警察周一拘留了3名朝鲜人；去年全年，有45人被遣返。"),
    ("ja", "メーサイの国境警察は月曜日、北朝鮮人3人を拘束した；昨年1年間、45人が送還された。"),
    (
        "ru",
        "Пограничники в Мэсае в понедельник задержали троих северокорейцев; в прошлом году, "
        "были высланы 45 человек.",
    ),
    # Already passing: vi and th, and ru with the source after the comma.
    (
        "vi",
        "Cảnh sát Chiang Rai đã bắt giữ ba người Triều Tiên hôm thứ Hai; năm ngoái, "
        "45 người đã bị trả về.",
    ),
    ("th", "ตำรวจแม่สายจับกุมชาวเกาหลีเหนือ 3 คนเมื่อวันจันทร์; ตลอดปีที่แล้ว, มีผู้ถูกส่งกลับ 45 คน"),
]


@pytest.mark.parametrize(("lang", "text"), ARREST_THEN_PERIOD_SET_OFF)
@pytest.mark.parametrize("field", ["title", "text"])
def test_period_set_off_by_a_comma_dates_the_returns_not_the_arrest(
    lang: str, text: str, field: str
) -> None:
    verdict = verdict_of(lang, text) if field == "text" else verdict_of(lang, "", title=text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status in (Status.ARRESTED, Status.DETAINED)
    assert verdict.facts.people == 3
    assert verdict.facts.country == "TH"


# The neighbours: a return told of the people themselves after a comma-set period stays theirs,
# and a return by an agent with no period stays another group's without making the arrest
# related.
@pytest.mark.parametrize(
    "text",
    [
        "Border police in Mae Sai detained three North Koreans last year; this year, they were "
        "sent back.",
        "Border police in Mae Sai detained three North Koreans last year; on Monday, they were "
        "sent back.",
    ],
)
def test_own_return_after_a_comma_set_time_stays_their_status(text: str) -> None:
    verdict = verdict_of("en", text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.REPATRIATED


def test_an_agents_return_beside_the_arrest_keeps_the_arrest_an_alert() -> None:
    verdict = verdict_of(
        "en",
        "Border police in Mae Sai detained three North Koreans on Monday; China sent 45 back.",
    )
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status in (Status.ARRESTED, Status.DETAINED)
    assert verdict.facts.people == 3


# A Chinese or Japanese headline parts its clauses with a space: a past year's returns after the
# space are another group's, and the people the headline holds stay held.
@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("zh", "美赛警方抓获3名朝鲜人 去年45人被遣返"),
        ("zh", "美赛警方周二抓获3名朝鲜人 去年有45人遭遣返"),
        ("ja", "メーサイ警察が北朝鮮人3人を拘束 昨年は45人が送還された"),
    ],
)
def test_headline_space_parts_the_years_returns_from_the_arrest(lang: str, title: str) -> None:
    verdict = verdict_of(lang, "", title=title)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status in (Status.ARRESTED, Status.DETAINED)
    assert verdict.facts.people == 3


# The neighbour: the people's own return after the space is still theirs.
@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("zh", "美赛警方抓获3名朝鲜人 3人已被遣返"),
        ("ja", "メーサイ警察が北朝鮮人3人を拘束 3人は送還された"),
    ],
)
def test_headline_space_keeps_the_peoples_own_return(lang: str, title: str) -> None:
    verdict = verdict_of(lang, "", title=title)
    assert verdict.facts.status is Status.REPATRIATED


# Russian asks with ли after the auxiliary as well as after the verb: «были ли они высланы»
# asks whether the return happened, so it is feared, not done.
@pytest.mark.parametrize(
    "text",
    [
        "В Хабаровске задержали троих северокорейцев; родственники не знают, были ли они высланы.",
        "В Хабаровске задержали троих северокорейцев; неясно, были ли они уже депортированы.",
        "В Хабаровске задержали троих северокорейцев; неясно, были ли высланы задержанные.",
    ],
)
def test_ru_li_after_the_auxiliary_asks_about_the_return(text: str) -> None:
    verdict = verdict_of("ru", text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is not Status.REPATRIATED
    assert verdict.facts.people == 3


def test_ru_return_told_without_li_stays_done() -> None:
    verdict = verdict_of(
        "ru", "В Хабаровске задержали троих северокорейцев; в пятницу они были высланы в КНДР."
    )
    assert verdict.facts.status is Status.REPATRIATED
