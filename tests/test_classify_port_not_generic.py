"""A border port's name holding a word of habit (통상구 holds 통상, "usually"): the return through
it is these people's, not a habit. Korean only: the other languages write the port without such
a word (口岸, 通商口岸, checkpoint, пункт пропуска).

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 5)


def test_a_return_through_a_border_port_is_an_alert() -> None:
    text = (
        "중국 공안은 지난달 투먼에서 붙잡은 탈북민 4명을 3일 사타자 통상구를 거쳐 북한으로 넘겼다."
    )
    verdict = classify(Document("r", "", text, lang="ko", date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.REPATRIATED


def test_a_habit_of_returns_stays_generic() -> None:
    text = "중국 공안은 붙잡은 탈북민을 통상 한두 달 안에 북한으로 넘긴다."
    verdict = classify(Document("r", "", text, lang="ko", date=ON))
    assert verdict.tier is not Tier.ALERT
