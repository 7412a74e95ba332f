"""When the sender tries again, when it gives up, and what the operators hear (pure rules)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.delivery.notices import NoticeDesk, NoticeKind
from bot.delivery.retry import Breaker, past_horizon, row_backoff

NOW = datetime(2026, 12, 2, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("attempts", "seconds"),
    [(1, 5.0), (2, 10.0), (4, 40.0), (7, 300.0), (40, 300.0)],
    ids=["first", "second", "fourth", "capped", "long-after"],
)
def test_a_failing_row_waits_longer_each_time_up_to_five_minutes(
    attempts: int, seconds: float
) -> None:
    assert row_backoff(attempts) == seconds


@pytest.mark.parametrize(
    ("age", "given_up"),
    [(timedelta(hours=1), False), (timedelta(hours=71, minutes=59), False),
     (timedelta(hours=72, seconds=1), True)],
    ids=["an-hour", "just-inside", "just-past"],
)  # fmt: skip
def test_an_alert_is_given_up_only_once_older_than_72_hours(
    age: timedelta, given_up: bool
) -> None:
    assert past_horizon(NOW - age, NOW) is given_up


def test_the_breaker_opens_after_three_failures_in_a_row_and_pauses_longer_each_probe() -> None:
    breaker = Breaker()
    assert [breaker.failure(t) for t in (0.0, 1.0)] == [None, None]
    assert not breaker.open
    pauses = [breaker.failure(t) for t in (2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)]
    assert pauses == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0, 10.0, 10.0]
    assert breaker.open and breaker.opened_at == 2.0
    assert breaker.success(202.0) == 200.0
    assert not breaker.open and breaker.failure(203.0) is None


def test_a_success_between_failures_keeps_the_breaker_closed() -> None:
    breaker = Breaker()
    for t in range(10):
        breaker.failure(float(t))
        breaker.failure(float(t) + 0.5)
        assert breaker.success(float(t) + 0.7) is None
    assert not breaker.open


def test_each_kind_of_notice_is_said_once_per_window_with_a_count() -> None:
    desk = NoticeDesk(window=300)
    for n in range(280):
        desk.note(NoticeKind.REFUSED, f"outbox #{n}: Bad Request: message is too long")
    desk.note(NoticeKind.OUTAGE, "NetworkError: Bad Gateway (502)")
    first = desk.due(at=0.0)
    assert len(first) == 2
    assert any("refused 280 messages" in text and "outbox #0" in text for text in first)
    desk.note(NoticeKind.REFUSED, "outbox #300: Bad Request: message is too long")
    desk.note(NoticeKind.REFUSED, "outbox #301: Bad Request: message is too long")
    assert desk.due(at=120.0) == []  # within the window: counted, not said
    desk.note(NoticeKind.RECOVERED, "after 3 min 20 s")
    assert desk.due(at=200.0) == [
        "Telegram's Bot API answers again after 3 min 20 s; the queued alerts are going out."
    ]
    (later,) = desk.due(at=300.0)
    assert "refused 2 messages" in later and "outbox #300" in later
    assert desk.due(at=10_000.0) == []  # nothing new: nothing said
