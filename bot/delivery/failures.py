"""The sender's side of a send that did not go through: record it, retry it, or give it up.

`Failures` applies bot.delivery.retry's rules for one sender: a transient failure backs the row off
(or, once the breaker says the Bot API itself is failing, makes it due at once and pauses every
send through the shared pacer); the first send that goes through closes the breaker; a row Telegram
refuses for good, or still failing past the horizon, ends `failed`. It reports what operators must
hear through two hooks (`on_failed` per row given up, `on_outage` when an outage begins and ends)
and says how it stands for the health line.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

from bot.clock import Clock
from bot.delivery.message import Message, MessageKind
from bot.delivery.pacing import Pacer
from bot.delivery.retry import Breaker, past_horizon, row_backoff
from bot.store import outbox
from bot.store.base import DbRunner

log = logging.getLogger("bot.delivery.sender")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class FailedSend:
    """A message given up on; operators are told."""

    outbox_id: int
    chat_id: int
    report_id: int | None
    attempts: int
    error: str
    expired: bool = False  # still failing when older than the horizon (else: refused for good)
    kind: MessageKind = MessageKind.ALERT


@dataclass(frozen=True, slots=True)
class Outage:
    """The Bot API failed every send (`over` False), or answers again after `lasted` seconds."""

    over: bool
    error: str
    failed_sends: int
    lasted: float = 0.0


OnFailed = Callable[[FailedSend], Awaitable[object]]
OnOutage = Callable[[Outage], Awaitable[object]]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    horizon: timedelta
    backoff_base: float
    backoff_cap: float
    outage_after: int
    outage_pause_first: float
    outage_pause_cap: float


class Failures:
    def __init__(
        self,
        db: DbRunner,
        pacer: Pacer,
        clock: Clock,
        policy: RetryPolicy,
        *,
        on_failed: OnFailed | None = None,
        on_outage: OnOutage | None = None,
    ) -> None:
        self._db = db
        self._pacer = pacer
        self._clock = clock
        self._policy = policy
        self._on_failed = on_failed
        self._on_outage = on_outage
        self.breaker = Breaker(
            policy.outage_after, policy.outage_pause_first, policy.outage_pause_cap
        )
        self._backed_off: set[int] = set()  # rows backed off since a send last went through
        self._error = ""

    @property
    def outage(self) -> bool:
        """Every send is failing: the sender probes with one message at a time."""
        return self.breaker.open

    def status(self) -> str | None:
        opened = self.breaker.opened_at
        if opened is None:
            return None
        lasted = self._clock.monotonic() - opened
        hours = self._policy.horizon.total_seconds() / 3600
        return (
            f"outbox: every send failing for {lasted:.0f} s ({self.breaker.failed_sends} tries, "
            f"{self._error}); retrying, nothing is given up before {hours:g} h"
        )

    async def transient(self, row: Message, error: str) -> None:
        """A 5xx, a timeout, no connection: try again later, unless the alert is too old now."""
        now, policy = self._clock.now(), self._policy
        if past_horizon(row.queued_at, now, policy.horizon):
            hours = policy.horizon.total_seconds() / 3600
            await self.fail(row, f"still failing after {hours:g} h: {error}", expired=True)
            return
        pause = self.breaker.failure(self._clock.monotonic())
        if pause is None:  # perhaps this message alone: it waits, the others go on
            await self.retry_later(row, error)
            return
        self._pacer.close_all(self._clock.monotonic() + pause)
        # The Bot API is failing, not this row: due again at once, held by the pause, so the
        # queue comes back in claim order (urgent first) when Telegram answers.
        await self._db(outbox.mark_retry, _id(row), next_attempt_at=now, error=error)
        if self.breaker.failed_sends == policy.outage_after:
            await self._outage_began(error)

    async def went_through(self) -> None:
        self._backed_off.clear()
        lasted = self.breaker.success(self._clock.monotonic())
        if lasted is None:
            return
        log.warning("telegram answers again after %.0f s of failed sends", lasted)
        if self._on_outage is not None:
            await self._tell(self._on_outage, Outage(True, self._error, 0, lasted))

    async def retry_later(self, row: Message, error: str) -> None:
        policy = self._policy
        delay = row_backoff(row.attempts + 1, first=policy.backoff_base, cap=policy.backoff_cap)
        due = self._clock.now() + timedelta(seconds=delay)
        await self._db(outbox.mark_retry, _id(row), next_attempt_at=due, error=error)
        self._backed_off.add(_id(row))

    async def fail(self, row: Message, error: str, *, expired: bool = False) -> None:
        log.error("delivery %s to chat %s failed: %s", row.outbox_id, row.chat_id, error)
        await self._db(outbox.mark_failed, _id(row), now=self._clock.now(), error=error)
        if self._on_failed is not None and row.kind is not MessageKind.NOTICE:
            attempts = row.attempts + 1
            failed = FailedSend(
                _id(row), row.chat_id, row.report_id, attempts, error, expired, row.kind
            )
            await self._tell(self._on_failed, failed)

    async def _outage_began(self, error: str) -> None:
        self._error = error[:200]
        log.warning("every send fails (%s): pausing the outbox sender and retrying", error)
        # The rows that failed just before were not at fault either: back in line, due now.
        backed_off, self._backed_off = sorted(self._backed_off), set()
        await self._db(outbox.due_again, backed_off, now=self._clock.now())
        if self._on_outage is not None:
            failed = self.breaker.failed_sends
            await self._tell(self._on_outage, Outage(False, self._error, failed))

    async def _tell(self, hook: Callable[[T], Awaitable[object]], what: T) -> None:
        try:
            await hook(what)
        except Exception:
            log.exception("telling the operators about delivery raised")


def _id(row: Message) -> int:
    """The outbox id of a claimed message (every message a sender holds has one)."""
    assert row.outbox_id is not None, "not a claimed outbox message"
    return row.outbox_id
