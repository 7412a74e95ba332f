"""When each feed is polled next, and when a failing feed counts as unhealthy: pure scheduling rules.

This module does not touch the database, the network or the clock; it maps a feed's name, interval
and failure streak plus the current time (`now`) to its next poll time, backoff and health. A small
deterministic jitter per feed (a hash of its name) keeps feeds that started together from firing
together forever; a newly added feed is due at once (the poller's concurrency limits spread a
burst of them). After an error the delay
doubles per consecutive failure, capped at `MAX_BACKOFF`; a feed failing for `UNHEALTHY_AFTER` (or
`UNHEALTHY_FAILURES` times in a row) is unhealthy until its next success.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

MAX_BACKOFF = timedelta(hours=6)
UNHEALTHY_AFTER = timedelta(hours=24)
UNHEALTHY_FAILURES = 10
JITTER_FRACTION = 0.1
MAX_JITTER = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class FailureStreak:
    """A feed's current run of failures (all zero / None while it is healthy)."""

    consecutive_failures: int = 0
    failing_since: datetime | None = None
    unhealthy_since: datetime | None = None


@dataclass(frozen=True, slots=True)
class NextPoll:
    """What the schedule decided after one poll: when to poll again and the feed's health."""

    next_poll_at: datetime
    backoff_seconds: int
    streak: FailureStreak

    @property
    def unhealthy(self) -> bool:
        return self.streak.unhealthy_since is not None


def _fraction(name: str) -> float:
    """A stable number in [0, 1) derived from the feed's name."""
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def jitter(name: str, interval_seconds: int) -> timedelta:
    """A per-feed offset of up to 10% of the interval (at most five minutes)."""
    cap = min(timedelta(seconds=interval_seconds * JITTER_FRACTION), MAX_JITTER)
    return cap * _fraction(name)


def first_poll_at(name: str, interval_seconds: int, now: datetime) -> datetime:
    """A newly configured feed is due at once: a new source's news should not wait."""
    return now


def due_by(
    next_poll_at: datetime, last_polled_at: datetime | None, interval_seconds: int
) -> datetime:
    """When a feed is due after its interval changed: never later than one (new) interval after
    its last poll, so a shorter interval (or a high priority) takes effect at once."""
    if last_polled_at is None:
        return next_poll_at
    return min(next_poll_at, last_polled_at + timedelta(seconds=interval_seconds))


def backoff_seconds(interval_seconds: int, consecutive_failures: int) -> int:
    """interval * 2^(failures-1), capped at six hours (or the interval itself, if longer)."""
    if consecutive_failures <= 0:
        return interval_seconds
    cap = max(int(MAX_BACKOFF.total_seconds()), interval_seconds)
    exponent = min(consecutive_failures - 1, 32)
    return min(interval_seconds * (1 << exponent), cap)


def after_success(name: str, interval_seconds: int, now: datetime) -> NextPoll:
    """A successful poll (new items, none, or 304) clears the failure streak."""
    return NextPoll(
        next_poll_at=now + timedelta(seconds=interval_seconds) + jitter(name, interval_seconds),
        backoff_seconds=0,
        streak=FailureStreak(),
    )


def after_failure(
    name: str, interval_seconds: int, previous: FailureStreak, now: datetime
) -> NextPoll:
    """One more failure: back off exponentially; mark unhealthy after a day or many failures."""
    failures = previous.consecutive_failures + 1
    failing_since = previous.failing_since or now
    unhealthy_since = previous.unhealthy_since
    if unhealthy_since is None and (
        now - failing_since >= UNHEALTHY_AFTER or failures >= UNHEALTHY_FAILURES
    ):
        unhealthy_since = now
    delay = backoff_seconds(interval_seconds, failures)
    return NextPoll(
        next_poll_at=now + timedelta(seconds=delay) + jitter(name, delay),
        backoff_seconds=delay,
        streak=FailureStreak(failures, failing_since, unhealthy_since),
    )
