"""Round 40 habit kinds: a habit word told in a clause of its own before an incident, in a
language that writes no sentence break between them (Thai: a space only).

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 11, 20)


def _read(text: str, lang: str) -> tuple[Tier, Status | None, int | None]:
    verdict = classify(Document("r", "", text, lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("ผู้แปรพักตร์เกาหลีเหนือมักจะเดินทางผ่านลาวไปไทย เมื่อวันอังคารตำรวจเชียงรายจับกุมชาว"
         "เกาหลีเหนือ 4 คนที่ชายแดน", 4),
        ("ชาวเกาหลีเหนือมักจะหลบหนีผ่านจีนไปลาว เมื่อวันพุธตำรวจจังหวัดหนองคายจับกุมผู้แปรพักตร์"
         "เกาหลีเหนือ 5 คนบนเกาะกลางแม่น้ำโขง", 5),
        ("ผู้หลบหนีจากเกาหลีเหนือมักจะข้ามแม่น้ำโขงในเวลากลางคืน เมื่อคืนวันเสาร์ทหารพรานจับกุม"
         "ชาวเกาหลีเหนือ 3 คนที่อำเภอเชียงแสน", 3),
    ],
    ids=["tuesday", "wednesday", "saturday-night"],
)  # fmt: skip
def test_a_thai_habit_before_a_space_and_a_day_told_leaves_the_arrest(
    text: str, people: int
) -> None:
    tier, status, count = _read(text, "th")
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED
    assert count == people


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("North Korean defectors usually travel through Laos to Thailand, and on Tuesday Chiang "
         "Rai police arrested four North Koreans at the border.", "en"),
        ("Người đào tẩu Triều Tiên thường đi qua Lào sang Thái Lan, và hôm thứ Ba cảnh sát Chiang "
         "Rai bắt giữ 4 người Triều Tiên tại biên giới.", "vi"),
        ("脱北者通常经老挝前往泰国，周二清莱警方在边境逮捕了4名朝鲜人。", "zh"),
        ("탈북민들은 흔히 라오스를 거쳐 태국으로 가는데, 화요일 치앙라이 경찰은 국경에서 북한 주민 "
         "4명을 체포했다.", "ko"),
        ("脱北者はラオスを経由してタイに向かうことが多く、火曜日にはチェンライ警察が国境で北朝鮮"
         "出身者4人を拘束した。", "ja"),
        ("Перебежчики из КНДР обычно добираются через Лаос в Таиланд, и во вторник полиция "
         "Чианграя задержала четырех граждан КНДР на границе.", "ru"),
    ],
    ids=["en", "vi", "zh", "ko", "ja", "ru"],
)  # fmt: skip
def test_a_habit_in_a_clause_of_its_own_leaves_the_arrest(text: str, lang: str) -> None:
    tier, status, count = _read(text, lang)
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED
    assert count == 4


@pytest.mark.parametrize(
    ("text"),
    [
        "ในแต่ละปีตำรวจไทยมักจะจับกุมชาวเกาหลีเหนือหลายร้อยคนที่ชายแดน",
        "ผู้แปรพักตร์เกาหลีเหนือที่ถูกจับในไทยมักจะถูกส่งตัวไปเกาหลีใต้",
        "ตำรวจมักจะจับกุมผู้แปรพักตร์เกาหลีเหนือที่ชายแดนเมื่อวันหยุดยาว",
    ],
    ids=["each-year", "usually-sent-south", "habit-with-holidays"],
)  # fmt: skip
def test_a_thai_habit_in_its_own_clause_stays_generic(text: str) -> None:
    tier, status, _ = _read(text, "th")
    assert tier is not Tier.ALERT
    assert status is None
