"""Another group's fate told beside the people held: round-33 fixes.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 5)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("g33", title, text, lang, date=ON))


# People held on a recent day, then a group of the same size or smaller whose return is dated
# by a month alone, before that day: the return is that group's past, no all-clear.
MONTH_BEFORE = [
    (
        "en",
        "Two North Koreans were detained in Tumen on Tuesday. In November two North Koreans "
        "were detained in the same area and were later handed over to North Korean border "
        "guards.",
        Status.DETAINED,
        2,
    ),
    (
        "en",
        "Police detained three North Koreans in Yanji on Monday. In October, two North Korean "
        "women were sent back from the same city.",
        Status.DETAINED,
        3,
    ),
    (
        "ru",
        "Два гражданина КНДР задержаны в Краскино во вторник. В ноябре в том же районе были "
        "задержаны двое граждан КНДР, которых позднее передали пограничникам КНДР.",
        Status.ARRESTED,
        2,
    ),
    (
        "ko",
        "탈북민 2명이 화요일 투먼에서 체포됐다. 11월에도 같은 지역에서 탈북민 2명이 붙잡혔으며 "
        "이후 북한으로 송환됐다.",
        Status.ARRESTED,
        2,
    ),
    (
        "ja",
        "北朝鮮人2人が火曜日に図們で拘束された。11月にも同じ地域で北朝鮮人2人が拘束され、"
        "その後北朝鮮に送還された。",
        Status.ARRESTED,
        2,
    ),
    (
        "zh",
        "两名朝鲜人周二在图们被抓获。十一月，同一地区也有两名朝鲜人被抓，后来被遣返朝鲜。",
        Status.ARRESTED,
        2,
    ),
]


@pytest.mark.parametrize(("lang", "text", "status", "people"), MONTH_BEFORE)
def test_a_return_dated_by_an_earlier_month_is_another_groups(
    lang: str, text: str, status: Status, people: int
) -> None:
    v = verdict_of(lang, "", text)
    assert v.alert
    assert (v.facts.status, v.facts.people) == (status, people)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two North Koreans were detained in Tumen on Tuesday and later sent back."),
        ("zh", "两名朝鲜人周二在图们被抓获，后来被遣返朝鲜。"),
    ],
)
def test_the_peoples_own_return_stays(lang: str, text: str) -> None:
    assert verdict_of(lang, "", text).facts.status == Status.REPATRIATED
