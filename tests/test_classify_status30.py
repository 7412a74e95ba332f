"""Reports written for stress30_status30: the status mistakes its blind set showed, in new
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 5)

# Held while waiting for a move to the South that is still to come: no arrival yet.
WAITING_FOR_THE_SOUTH = [
    ("en", "North Koreans held in Vientiane",
     "Two North Koreans arrested in Vientiane last week are held at an immigration facility as "
     "they wait to be flown to Seoul, a church source said."),
    ("en", "North Korean women detained in Laos",
     "Three North Korean women caught in Luang Namtha are being held by police while they wait "
     "to be sent to South Korea, activists said."),
    ("en", "Teen held in Laos",
     "A North Korean teenager detained in Laos is in police custody, waiting to travel to South "
     "Korea, his mother said."),
    ("vi", "2 người Triều Tiên bị tạm giữ ở Lào",
     "2 người Triều Tiên bị công an Lào tạm giữ, đợi được đưa đến Hàn Quốc, nguồn tin cho biết."),
    ("th", "ชาวเกาหลีเหนือ 2 คนยังถูกควบคุมตัวที่ ตม.หนองคาย",
     "ชาวเกาหลีเหนือ 2 คนที่ถูกจับเมื่อต้นเดือน ยังถูกควบคุมตัวอยู่ที่ห้องกัก ตม.หนองคาย "
     "ระหว่างรอดำเนินการส่งตัวไปเกาหลีใต้ แหล่งข่าวระบุ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    WAITING_FOR_THE_SOUTH,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(WAITING_FOR_THE_SOUTH)],
)
def test_people_held_while_they_wait_to_go_south_are_held(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("s", title, f"{title}\n{text}", lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.DETAINED


def test_people_flown_to_seoul_after_waiting_reached_it() -> None:
    title = "North Koreans held in Vientiane flown to Seoul"
    text = (
        f"{title}\nTwo North Koreans who had been held at an immigration facility in Vientiane "
        "were flown to Seoul on Friday, a church source said."
    )
    verdict = classify(Document("s", title, text, "en", date=ON))
    assert verdict.facts.status is Status.REACHED_THIRD_COUNTRY
