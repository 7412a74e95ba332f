"""The outbox sender: drains owed messages through a Notifier, paced under Telegram's limits.

One `Sender` per process. It claims a batch of due rows (with a lease), sends them in the order the
pacer allows (global rate with no burst, 1/s per chat, 20/min per group), and records each outcome
in its own short transaction right after the send, so a SIGKILL loses nothing and repeats at most
the one send in flight. A 429 waits exactly as long as Telegram said (for the chat, or for every
chat if the flood was global) and does not count as a failed attempt; a blocked chat is deactivated
and its rows dropped; a migrated group moves its rows and subscription to the new id; transient
errors back off exponentially and end `failed`, visible to operators and reported through a hook.

Several senders on one PostgreSQL database: claims use SKIP LOCKED and leases, one chat's rows go
to one sender at a time, and each sender keeps a heartbeat row and paces at global_rate / live
senders, so together they stay under Telegram's global limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from bot.notifier import TelegramNotifier
from bot.outgoing import MessageKind, Notifier, OutgoingMessage, SendOutcome, SendStatus
from bot.pacing import DEFAULT_GLOBAL_RATE, Pacer, is_group_chat, share_of_rate
from bot.store import outbox
from bot.store.base import session_scope
from bot.store.outbox import ClaimedMessage

__all__ = ["Clock", "DeliveryHooks", "FailedSend", "Sender", "SenderConfig", "TelegramNotifier"]

log = logging.getLogger(__name__)


class Clock(Protocol):
    def now(self) -> datetime: ...
    def monotonic(self) -> float: ...
    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(seconds, 0.0))


@dataclass(frozen=True, slots=True)
class FailedSend:
    """A message given up on; operators are told."""

    outbox_id: int
    chat_id: int
    report_id: int | None
    attempts: int
    error: str


@dataclass(frozen=True, slots=True)
class DeliveryHooks:
    """Wired by the composition root, e.g. to bot.store.chats.deactivate_chat / migrate_chat.

    The chat hooks run in the same transaction that drops or moves the chat's outbox rows.
    """

    on_chat_blocked: Callable[[Session, int, datetime], object] | None = None
    on_chat_migrated: Callable[[Session, int, int, datetime], object] | None = None
    on_failed: Callable[[FailedSend], Awaitable[object]] | None = None


@dataclass(frozen=True, slots=True)
class SenderConfig:
    worker_id: str
    global_rate: float = DEFAULT_GLOBAL_RATE
    batch_size: int = 60
    lease_seconds: float = 60.0
    heartbeat_ttl: float = 10.0  # a sender silent this long is dead; its claims are free
    beat_interval: float = 1.0
    max_in_flight: int = 4  # overlapping requests; a crash may repeat at most these
    idle_poll: float = 0.5
    max_attempts: int = 6
    backoff_base: float = 5.0
    backoff_cap: float = 1800.0


@dataclass(order=True)
class _Queued:
    ready: float
    seq: int
    row: ClaimedMessage = field(compare=False)
    drop_reply: bool = field(default=False, compare=False)
    drop_thread: bool = field(default=False, compare=False)


@dataclass
class _Batch:
    """One claimed batch: rows waiting by readiness, the lease's deadline, sends in flight."""

    deadline: float
    queue: list[_Queued]
    in_flight: set[asyncio.Task[None]] = field(default_factory=set)


def _forget_chat(queue: list[_Queued], chat_id: int) -> None:
    """The chat's rows were dropped or moved in the database: stop holding them here."""
    queue[:] = [item for item in queue if item.row.chat_id != chat_id]
    heapq.heapify(queue)


class Sender:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        notifier: Notifier,
        config: SenderConfig,
        *,
        hooks: DeliveryHooks | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._sessions = session_factory
        self._notifier = notifier
        self._config = config
        self._hooks = hooks or DeliveryHooks()
        self._clock = clock or SystemClock()
        self._pacer = Pacer(global_rate=config.global_rate)
        self._stop = asyncio.Event()

    # --- loops ------------------------------------------------------------------------------
    async def run(self) -> None:
        """Deliver until `stop()`; then hand unsent claims back and leave."""
        async with self._registered():
            while not self._stop.is_set():
                if await self.drain_once() == 0:
                    await self._pause(self._config.idle_poll)

    def stop(self) -> None:
        self._stop.set()

    async def drain(self) -> None:
        """Deliver until nothing is owed any more (for tests, the demo and benchmarks)."""
        async with self._registered():
            while not self._stop.is_set():
                if await self.drain_once() == 0:
                    with session_scope(self._sessions) as session:
                        if outbox.outbox_depth(session) == 0:
                            return
                    await self._pause(self._config.idle_poll)

    @contextlib.asynccontextmanager
    async def _registered(self) -> AsyncIterator[None]:
        """Heartbeat while delivering; a newcomer waits until the others have slowed down."""
        live = self._beat()
        beat = asyncio.create_task(self._heartbeat_loop())
        try:
            if live > 1:
                await self._clock.sleep(self._config.beat_interval * 1.5)
            yield
        finally:
            beat.cancel()
            await asyncio.gather(beat, return_exceptions=True)
            with session_scope(self._sessions) as session:
                outbox.retire(session, self._config.worker_id)

    async def drain_once(self) -> int:
        """Claim one batch and deliver it; returns how many rows were claimed."""
        cfg = self._config
        with session_scope(self._sessions) as session:
            rows = outbox.claim_batch(
                session,
                worker_id=cfg.worker_id,
                now=self._clock.now(),
                limit=cfg.batch_size,
                lease_seconds=cfg.lease_seconds,
            )
        deadline = self._clock.monotonic() + cfg.lease_seconds * 0.8
        batch = _Batch(deadline, [_Queued(0.0, i, row) for i, row in enumerate(rows)])
        while (batch.queue or batch.in_flight) and not self._stop.is_set():
            if batch.queue:
                await self._process(heapq.heappop(batch.queue), batch)
            else:
                await asyncio.wait(batch.in_flight, return_when=asyncio.FIRST_COMPLETED)
        if batch.in_flight:
            await asyncio.wait(batch.in_flight)
        for item in batch.queue:  # stopped midway: hand the rest back
            self._defer(item.row, 0.0)
        self._pacer.forget_idle(self._clock.monotonic())
        return len(rows)

    # --- one row ----------------------------------------------------------------------------
    async def _process(self, item: _Queued, batch: _Batch) -> None:
        """Send `item` when the pacer allows, or queue it again by when its chat is free."""
        chat_id = item.row.chat_id
        group = is_group_chat(chat_id)
        chat_ready = self._pacer.chat_ready_at(chat_id, is_group=group)
        if chat_ready > batch.deadline:
            self._defer(item.row, chat_ready - self._clock.monotonic())
            return
        if chat_ready > item.ready:  # its key was stale: queue it by when its chat is free
            item.ready = chat_ready
            heapq.heappush(batch.queue, item)
            return
        while len(batch.in_flight) >= self._config.max_in_flight:
            await asyncio.wait(batch.in_flight, return_when=asyncio.FIRST_COMPLETED)
        ready = self._pacer.ready_at(chat_id, is_group=group, now=self._clock.monotonic())
        await self._clock.sleep(ready - self._clock.monotonic())
        started = self._clock.monotonic()
        self._pacer.record_send(chat_id, is_group=group, at=started)
        # Sends overlap (a request takes longer than a slot); each records its outcome itself.
        task = asyncio.create_task(self._send(item, batch, started))
        batch.in_flight.add(task)
        task.add_done_callback(batch.in_flight.discard)

    async def _send(self, item: _Queued, batch: _Batch, started: float) -> None:
        try:
            outcome = await self._notifier.send(self._message(item))
            await self._apply(item, outcome, batch, started)
        except Exception as exc:  # a bug or the database: keep the row, try again later
            log.exception("delivering outbox row %s failed", item.row.id)
            self._retry_later(item.row, f"{type(exc).__name__}: {exc}")

    def _message(self, item: _Queued) -> OutgoingMessage:
        row = item.row
        reply_to = None
        if row.kind is not MessageKind.ALERT and row.case_id is not None and not item.drop_reply:
            with session_scope(self._sessions) as session:
                reply_to = outbox.first_message_for_case(session, row.chat_id, row.case_id)
        return OutgoingMessage(
            chat_id=row.chat_id,
            text=row.text,
            buttons=row.buttons,
            message_thread_id=None if item.drop_thread else row.message_thread_id,
            reply_to_message_id=reply_to,
            link_preview=row.link_preview,
            outbox_id=row.id,
        )

    async def _apply(
        self, item: _Queued, outcome: SendOutcome, batch: _Batch, started: float
    ) -> None:
        row, status = item.row, outcome.status
        if status is SendStatus.SENT:
            with session_scope(self._sessions) as session:
                outbox.mark_sent(session, row.id, outcome.message_id, self._clock.now())
        elif status is SendStatus.RETRY_AFTER:
            self._flood(item, outcome.retry_after, batch, started)
        elif status is SendStatus.BLOCKED:
            self._blocked(row.chat_id, outcome.error)
            _forget_chat(batch.queue, row.chat_id)
        elif status is SendStatus.MIGRATED and outcome.new_chat_id is not None:
            self._migrated(row.chat_id, outcome.new_chat_id)
            _forget_chat(batch.queue, row.chat_id)
        elif status in (SendStatus.REPLY_MISSING, SendStatus.THREAD_MISSING):
            item.drop_reply |= status is SendStatus.REPLY_MISSING
            item.drop_thread |= status is SendStatus.THREAD_MISSING
            heapq.heappush(batch.queue, item)
        elif status is SendStatus.TRANSIENT and row.attempts + 1 < self._config.max_attempts:
            self._retry_later(row, outcome.error)
        else:
            await self._fail(row, outcome.error or status.value)

    def _flood(self, item: _Queued, seconds: float, batch: _Batch, started: float) -> None:
        chat_id = item.row.chat_id
        until = self._clock.monotonic() + seconds
        group = is_group_chat(chat_id)
        log.warning("flood limit: chat %s must wait %.1f s", chat_id, seconds)
        if self._pacer.flood_is_global(chat_id, is_group=group, refused_at=started):
            self._pacer.close_all(until)
        self._pacer.close_chat(chat_id, until)
        if until > batch.deadline:
            self._defer(item.row, seconds)
        else:
            item.ready = until
            heapq.heappush(batch.queue, item)

    def _blocked(self, chat_id: int, error: str) -> None:
        log.info("chat %s blocked the bot or is gone; deactivating it", chat_id)
        with session_scope(self._sessions) as session:
            if self._hooks.on_chat_blocked is not None:
                self._hooks.on_chat_blocked(session, chat_id, self._clock.now())
            outbox.drop_for_chat(session, chat_id, reason=error)

    def _migrated(self, old_id: int, new_id: int) -> None:
        log.info("chat %s migrated to %s; moving its subscription and messages", old_id, new_id)
        with session_scope(self._sessions) as session:
            if self._hooks.on_chat_migrated is not None:
                self._hooks.on_chat_migrated(session, old_id, new_id, self._clock.now())
            outbox.move_chat(session, old_id, new_id, now=self._clock.now())

    def _retry_later(self, row: ClaimedMessage, error: str) -> None:
        cfg = self._config
        delay = min(cfg.backoff_cap, cfg.backoff_base * 2**row.attempts)
        with session_scope(self._sessions) as session:
            outbox.mark_retry(
                session,
                row.id,
                next_attempt_at=self._clock.now() + timedelta(seconds=delay),
                error=error,
            )

    async def _fail(self, row: ClaimedMessage, error: str) -> None:
        log.error("delivery %s to chat %s failed: %s", row.id, row.chat_id, error)
        with session_scope(self._sessions) as session:
            outbox.mark_failed(session, row.id, now=self._clock.now(), error=error)
        if self._hooks.on_failed is not None:
            failed = FailedSend(row.id, row.chat_id, row.report_id, row.attempts + 1, error)
            try:
                await self._hooks.on_failed(failed)
            except Exception:
                log.exception("the on_failed hook raised")

    def _defer(self, row: ClaimedMessage, seconds: float) -> None:
        """Hand a claimed row back, due in `seconds`, without counting an attempt."""
        with session_scope(self._sessions) as session:
            outbox.mark_retry(
                session,
                row.id,
                next_attempt_at=self._clock.now() + timedelta(seconds=max(seconds, 0.0)),
                error=None,
                count_attempt=False,
            )

    # --- heartbeat --------------------------------------------------------------------------
    def _beat(self) -> int:
        cfg = self._config
        with session_scope(self._sessions) as session:
            live = outbox.heartbeat(
                session, cfg.worker_id, now=self._clock.now(), ttl_seconds=cfg.heartbeat_ttl
            )
        self._pacer.set_rate(share_of_rate(cfg.global_rate, live))
        return live

    async def _heartbeat_loop(self) -> None:
        while True:
            try:
                self._beat()
            except Exception:
                log.exception("sender heartbeat failed")
            await self._clock.sleep(self._config.beat_interval)

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), timeout=seconds)
