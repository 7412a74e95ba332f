"""The pure scheduling rules: next poll times, exponential backoff, health."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot import schedule
from bot.schedule import FailureStreak

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
HOUR = 3600


@pytest.mark.parametrize(
    ("interval", "failures", "expected"),
    [
        (900, 0, 900),
        (900, 1, 900),
        (900, 2, 1800),
        (900, 3, 3600),
        (900, 5, 4 * HOUR),
        (900, 6, 6 * HOUR),
        (900, 50, 6 * HOUR),
        (12 * HOUR, 3, 12 * HOUR),
    ],
    ids=[
        "healthy-feed-keeps-its-interval",
        "first-failure-retries-at-the-interval",
        "second-failure-doubles",
        "third-failure-quadruples",
        "fifth-failure-is-sixteen-times",
        "sixth-failure-hits-the-six-hour-cap",
        "many-failures-stay-at-the-cap",
        "interval-longer-than-the-cap-is-kept",
    ],
)
def test_backoff_doubles_per_failure_up_to_a_cap(
    interval: int, failures: int, expected: int
) -> None:
    assert schedule.backoff_seconds(interval, failures) == expected


def test_success_schedules_the_next_poll_one_interval_later_plus_a_small_jitter() -> None:
    plan = schedule.after_success("Daily news", 900, NOW)
    delay = plan.next_poll_at - NOW
    assert timedelta(seconds=900) <= delay <= timedelta(seconds=990)
    assert plan.streak == FailureStreak()
    assert not plan.unhealthy


def test_jitter_is_the_same_for_a_feed_every_time_and_differs_between_feeds() -> None:
    names = [f"feed {n}" for n in range(50)]
    first = [schedule.jitter(name, 900) for name in names]
    assert first == [schedule.jitter(name, 900) for name in names]
    assert len(set(first)) == len(names)


def test_a_new_feed_is_due_at_once() -> None:
    assert {schedule.first_poll_at(f"feed {n}", 900, NOW) for n in range(20)} == {NOW}


def test_a_shorter_interval_makes_a_feed_due_one_new_interval_after_its_last_poll() -> None:
    polled = NOW - timedelta(minutes=7)
    planned = polled + timedelta(minutes=15)
    assert schedule.due_by(planned, polled, 300) == polled + timedelta(minutes=5)
    assert schedule.due_by(planned, polled, 1200) == planned
    assert schedule.due_by(planned, None, 300) == planned


@pytest.mark.parametrize(
    ("previous", "now", "unhealthy"),
    [
        (FailureStreak(), NOW, False),
        (FailureStreak(3, NOW - timedelta(hours=5)), NOW, False),
        (FailureStreak(6, NOW - timedelta(hours=24)), NOW, True),
        (FailureStreak(9, NOW - timedelta(hours=2)), NOW, True),
    ],
    ids=[
        "first-failure-is-not-unhealthy",
        "failing-for-five-hours-is-not-yet-unhealthy",
        "failing-for-a-day-is-unhealthy",
        "ten-failures-in-a-row-is-unhealthy",
    ],
)
def test_a_feed_failing_for_long_becomes_unhealthy(
    previous: FailureStreak, now: datetime, unhealthy: bool
) -> None:
    assert schedule.after_failure("f", 900, previous, now).unhealthy is unhealthy


def test_failure_streak_remembers_when_it_started_and_when_it_turned_unhealthy() -> None:
    started = NOW - timedelta(hours=30)
    plan = schedule.after_failure("f", 900, FailureStreak(7, started), NOW)
    assert plan.streak == FailureStreak(8, started, NOW)
    later = schedule.after_failure("f", 900, plan.streak, NOW + timedelta(hours=6))
    assert later.streak.unhealthy_since == NOW


def test_failure_backs_off_the_next_poll() -> None:
    plan = schedule.after_failure("f", 900, FailureStreak(2, NOW - timedelta(hours=1)), NOW)
    assert plan.backoff_seconds == 3600
    assert NOW + timedelta(seconds=3600) <= plan.next_poll_at <= NOW + timedelta(seconds=3960)


def test_success_after_failures_clears_the_streak_and_health() -> None:
    plan = schedule.after_success("f", 900, NOW)
    assert (plan.streak.consecutive_failures, plan.streak.unhealthy_since) == (0, None)
    assert plan.backoff_seconds == 0
