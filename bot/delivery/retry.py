"""What the sender does after a send that did not go through: retry when, and when to give up.

Pure decisions over plain values, with times passed in (monotonic seconds for the breaker, wall
times for the horizon):

- A transient failure (a 5xx, a timeout, a refused connection, a rejected token) never ends a row
  by itself: the row is tried again after `row_backoff` (5 s doubling, capped), until the alert is
  older than the horizon (72 h by default: the time a repatriation case stays actionable). Only
  Telegram refusing the message itself or the chat (blocked, chat not found, a bad request that
  can never succeed) ends a row earlier.
- The `Breaker` tells one failing message from a failing Bot API: after `trip_after` transient
  failures in a row with no success between, the whole sender pauses (1 s doubling to 10 s) and
  then sends one message as a probe; the first success closes it. While it is open, rows are not
  backed off one by one, so when Telegram answers again the queue drains in the order the outbox
  hands it out (urgent first, then oldest), not in the order the rows happened to fail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

HORIZON = timedelta(hours=72)
ROW_BACKOFF_FIRST = 5.0
ROW_BACKOFF_CAP = 300.0


def row_backoff(
    attempts: int, *, first: float = ROW_BACKOFF_FIRST, cap: float = ROW_BACKOFF_CAP
) -> float:
    """Seconds before a row that failed `attempts` times (this failure included) is tried again."""
    return float(min(cap, first * 2 ** max(attempts - 1, 0)))


def past_horizon(queued_at: datetime | None, now: datetime, horizon: timedelta = HORIZON) -> bool:
    """Whether a message queued at `queued_at` is too old to keep trying."""
    return queued_at is not None and now - queued_at > horizon


@dataclass
class Breaker:
    """Counts transient failures in a row; open (pausing every send) after `trip_after` of them."""

    trip_after: int = 3
    first_pause: float = 1.0
    max_pause: float = 10.0
    failures: int = 0
    opened_at: float | None = None  # monotonic time the outage was first seen
    failed_sends: int = 0  # during this outage

    @property
    def open(self) -> bool:
        return self.opened_at is not None

    def failure(self, at: float) -> float | None:
        """A transient failure at `at`: the pause to hold every send for, once open (else None)."""
        self.failures += 1
        if self.failures < self.trip_after:
            return None
        if self.opened_at is None:
            self.opened_at = at
            self.failed_sends = self.failures
        else:
            self.failed_sends += 1
        steps = self.failures - self.trip_after
        return float(min(self.max_pause, self.first_pause * 2**steps))

    def success(self, at: float) -> float | None:
        """A send went through at `at`: closed again; returns how long it was open, if it was."""
        lasted = None if self.opened_at is None else at - self.opened_at
        self.failures, self.opened_at, self.failed_sends = 0, None, 0
        return lasted
