"""Another group's return told by a bare figure bound to its participle ("Like the 600
repatriated in October, ..."), beside people caught on a recent day: theirs is only the threat."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 5)  # a Saturday: "Sunday" is Nov. 29

TITLES = {
    "en": "Three North Korean defectors caught in Shenyang",
    "ko": "탈북민 3명 선양서 체포",
    "ru": "В Шэньяне задержаны трое беглецов из КНДР",
    "th": "ชาวเกาหลีเหนือ 3 คนถูกจับในเสิ่นหยาง",
}


def _verdict(lang: str, text: str) -> Verdict:
    title = TITLES[lang]
    return classify(Document("s", title, f"{title}\n{text}", lang, date=ON))


LIKE_THOSE_SENT_BACK = [
    ("en", "Three North Korean defectors were caught in Shenyang on Sunday. Like the 600 "
           "repatriated in October, the three caught on Sunday could be sent back."),
    ("en", "Like the seven sent back in October, three North Korean defectors caught in Shenyang "
           "on Sunday could be sent back."),
    ("ko", "지난 10월 송환된 7명처럼 일요일 선양에서 붙잡힌 탈북민 3명도 송환될 수 있다."),
    ("ko", "지난달 북송된 탈북민 7명처럼 일요일 붙잡힌 탈북민 3명도 북송될 위기에 처했다."),
    ("ru", "Как и 600 высланных в октябре, трое беглецов, задержанных в воскресенье в Шэньяне, "
           "могут быть высланы."),
    ("ru", "Трое беглецов были задержаны в воскресенье. Как и 600 высланных в прошлом месяце, "
           "трое задержанных могут быть высланы."),
    ("th", "เช่นเดียวกับ 7 คนที่ถูกส่งกลับเมื่อเดือนตุลาคม ชาวเกาหลีเหนือ 3 คนที่ถูกจับในเสิ่นหยาง"
           "เมื่อวันอาทิตย์อาจถูกส่งกลับ"),
    ("th", "ชาวเกาหลีเหนือ 3 คนถูกจับในเสิ่นหยางเมื่อวันอาทิตย์ เหมือนกับ 7 คนที่ถูกส่งกลับเมื่อ"
           "เดือนที่แล้ว ทั้ง 3 คนอาจถูกส่งกลับ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    LIKE_THOSE_SENT_BACK,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(LIKE_THOSE_SENT_BACK)],
)
def test_another_groups_return_by_a_bare_figure_is_not_theirs(lang: str, text: str) -> None:
    verdict = _verdict(lang, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 3


# The same people's own later return beside the likeness stays theirs.
THEIR_OWN_RETURN = [
    ("en", "Like the 600 repatriated in October, the three caught on Sunday were sent back on "
           "Wednesday."),
    ("en", "Three defectors caught on Sunday were sent back on Wednesday, like the 600 "
           "repatriated in October."),
    ("ko", "지난 10월 송환된 7명처럼 일요일 선양에서 붙잡힌 탈북민 3명도 수요일 북송됐다."),
    ("ru", "Как и 600 высланных в октябре, трое беглецов, задержанных в воскресенье, в среду были "
           "высланы."),
    ("th", "เช่นเดียวกับ 7 คนที่ถูกส่งกลับเมื่อเดือนตุลาคม ชาวเกาหลีเหนือ 3 คนที่ถูกจับ"
           "เมื่อวันอาทิตย์ถูกส่งกลับเมื่อวันพุธ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    THEIR_OWN_RETURN,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(THEIR_OWN_RETURN)],
)
def test_their_own_return_beside_the_likeness_stays_theirs(lang: str, text: str) -> None:
    verdict = _verdict(lang, text)
    assert verdict.facts.status is Status.REPATRIATED
    assert verdict.facts.people == 3
