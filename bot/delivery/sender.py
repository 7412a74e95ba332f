"""The outbox sender: drains owed messages through a Notifier, paced under Telegram's limits.

One `Sender` per process. It claims a batch of due rows (with a lease), sends them in the order the
pacer allows (global rate with no burst, 1/s per chat, 20/min per group), and records each outcome
in its own short transaction right after the send, so a SIGKILL loses nothing and repeats at most
the sends in flight (at most `max_in_flight`, usually one or two). A 429 waits exactly as long as
Telegram said (for the chat, or for every chat if the flood was global) and does not count as a
failed attempt; a blocked chat is deactivated and its rows dropped; a migrated group moves its rows
and subscription to the new id; transient errors back off exponentially and end `failed`, visible to
operators and reported through `on_failed`.

Several senders on one PostgreSQL database: claims use SKIP LOCKED and leases, one chat's rows go
to one sender at a time, and each sender keeps a heartbeat row and paces at global_rate / live
senders (see pacing.share_of_rate), so together they stay under Telegram's global limit. Several
requests may be in flight at once (a request can take longer than one slot); all SQL runs on the
sender's own database thread (its DbRunner), so the event loop, shared with the Telegram front end,
never waits on it.

A little over 300 lines, kept whole: the loop and the decision on each send's outcome share one
batch's queue, the pacer and the lease's deadline.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta

from bot.clock import Clock, SystemClock
from bot.delivery.message import Message, MessageKind, Notifier, SendOutcome, SendStatus
from bot.delivery.pacing import (
    CHAT_INTERVAL,
    DEFAULT_GLOBAL_RATE,
    Pacer,
    is_group_chat,
    share_of_rate,
)
from bot.store import chats, outbox
from bot.store.base import DbRunner

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FailedSend:
    """A message given up on; operators are told."""

    outbox_id: int
    chat_id: int
    report_id: int | None
    attempts: int
    error: str


OnFailed = Callable[[FailedSend], Awaitable[object]]


@dataclass(frozen=True, slots=True)
class SenderConfig:
    worker_id: str
    global_rate: float = DEFAULT_GLOBAL_RATE
    chat_interval: float = CHAT_INTERVAL  # Telegram's 1/s per chat, with a margin
    batch_size: int = 60
    lease_seconds: float = 60.0
    heartbeat_ttl: float = 10.0  # a sender silent this long is dead; its claims are free
    beat_interval: float = 1.0
    max_in_flight: int = 4  # overlapping requests; a crash may repeat at most these
    idle_poll: float = 0.5
    error_pause: float = 5.0  # after the database failed
    max_attempts: int = 6
    backoff_base: float = 5.0
    backoff_cap: float = 1800.0


@dataclass(order=True)
class _Queued:
    ready: float
    seq: int
    row: Message = field(compare=False)
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
    """Delivers the outbox for one process: `run()` as a service, `drain()` until it is empty."""

    def __init__(
        self,
        db: DbRunner,
        notifier: Notifier,
        config: SenderConfig,
        *,
        on_failed: OnFailed | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._db = db
        self._notifier = notifier
        self._config = config
        self._on_failed = on_failed
        self._clock = clock or SystemClock()
        self._pacer = Pacer(global_rate=config.global_rate, chat_interval=config.chat_interval)
        self._stop = asyncio.Event()

    # --- loops ------------------------------------------------------------------------------
    async def run(self) -> None:
        """Deliver until `stop()`; then hand unsent claims back and leave."""
        async with self._registered():
            while not self._stop.is_set():
                try:
                    claimed = await self._drain_batch()
                except Exception:  # the database is away: keep the service up, try again
                    log.exception("the outbox sender could not work; retrying")
                    await self._pause(self._config.error_pause)
                    continue
                if claimed == 0:
                    await self._pause(self._config.idle_poll)

    def stop(self) -> None:
        self._stop.set()

    async def drain(self) -> None:
        """Deliver until nothing is owed any more (for tests, the demo and benchmarks)."""
        async with self._registered():
            while not self._stop.is_set():
                if await self._drain_batch() == 0:
                    if await self._db(outbox.outbox_depth) == 0:
                        return
                    await self._pause(self._config.idle_poll)

    @contextlib.asynccontextmanager
    async def _registered(self) -> AsyncIterator[None]:
        """Heartbeat while delivering; a newcomer waits until the others have slowed down."""
        worker = self._config.worker_id
        beat: asyncio.Task[None] | None = None
        try:
            await self._db(outbox.retire, worker)  # claims from a previous life
            live = await self._beat()
            beat = asyncio.create_task(self._heartbeat_loop())
            if live > 1:
                await self._clock.sleep(self._config.beat_interval * 1.5)
            yield
        finally:
            if beat is not None:
                beat.cancel()
                await asyncio.gather(beat, return_exceptions=True)
            await self._db(outbox.retire, worker)

    async def _drain_batch(self) -> int:
        """Claim one batch and deliver it; returns how many rows were claimed."""
        cfg = self._config
        now = self._clock.now()
        rows = await self._db(
            outbox.claim_batch,
            worker_id=cfg.worker_id,
            now=now,
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
            await self._defer(item.row, 0.0)
        self._pacer.forget_idle(self._clock.monotonic())
        return len(rows)

    # --- one row ----------------------------------------------------------------------------
    async def _process(self, item: _Queued, batch: _Batch) -> None:
        """Send `item` when the pacer allows, or queue it again by when its chat is free."""
        chat_id = item.row.chat_id
        group = is_group_chat(chat_id)
        chat_ready = self._pacer.chat_ready_at(chat_id, is_group=group)
        if chat_ready > batch.deadline:
            await self._defer(item.row, chat_ready - self._clock.monotonic())
            return
        if chat_ready > item.ready:  # its key was stale: queue it by when its chat is free
            item.ready = chat_ready
            heapq.heappush(batch.queue, item)
            return
        while len(batch.in_flight) >= self._config.max_in_flight:
            await asyncio.wait(batch.in_flight, return_when=asyncio.FIRST_COMPLETED)
        message = await self._message(item)
        ready = self._pacer.ready_at(chat_id, is_group=group, now=self._clock.monotonic())
        await self._clock.sleep(ready - self._clock.monotonic())
        started = self._clock.monotonic()
        self._pacer.record_send(chat_id, is_group=group, at=started)
        # Sends overlap (a request can take longer than a slot); each records its own outcome.
        task = asyncio.create_task(self._send(item, message, batch, started))
        batch.in_flight.add(task)
        task.add_done_callback(batch.in_flight.discard)

    async def _send(self, item: _Queued, message: Message, batch: _Batch, started: float) -> None:
        try:
            outcome = await self._notifier.send(message)
            await self._apply(item, outcome, batch, started)
        except Exception as exc:  # a bug or the database: keep the row, try again later
            log.exception("delivering outbox row %s failed", item.row.outbox_id)
            await self._retry_later(item.row, f"{type(exc).__name__}: {exc}")

    async def _message(self, item: _Queued) -> Message:
        """The claimed row as it goes out now: a reply to the chat's first alert on the case."""
        row = item.row
        reply_to = None
        if row.kind is not MessageKind.ALERT and row.case_id is not None and not item.drop_reply:
            reply_to = await self._db(outbox.first_message_for_case, row.chat_id, row.case_id)
        thread = None if item.drop_thread else row.message_thread_id
        return replace(row, reply_to_message_id=reply_to, message_thread_id=thread)

    async def _apply(
        self, item: _Queued, outcome: SendOutcome, batch: _Batch, started: float
    ) -> None:
        row, status = item.row, outcome.status
        if status is SendStatus.SENT:
            await self._db(outbox.mark_sent, _id(row), outcome.message_id, self._clock.now())
        elif status is SendStatus.RETRY_AFTER:
            await self._flood(item, outcome.retry_after, batch, started)
        elif status is SendStatus.BLOCKED:
            _forget_chat(batch.queue, row.chat_id)
            await self._blocked(row.chat_id, outcome.error)
        elif status is SendStatus.MIGRATED and outcome.new_chat_id is not None:
            _forget_chat(batch.queue, row.chat_id)
            await self._migrated(row.chat_id, outcome.new_chat_id)
        elif status in (SendStatus.REPLY_MISSING, SendStatus.THREAD_MISSING):
            item.drop_reply |= status is SendStatus.REPLY_MISSING
            item.drop_thread |= status is SendStatus.THREAD_MISSING
            heapq.heappush(batch.queue, item)
        elif status is SendStatus.TRANSIENT and row.attempts + 1 < self._config.max_attempts:
            await self._retry_later(row, outcome.error)
        else:
            await self._fail(row, outcome.error or status.value)

    async def _flood(self, item: _Queued, seconds: float, batch: _Batch, started: float) -> None:
        chat_id = item.row.chat_id
        until = self._clock.monotonic() + seconds
        group = is_group_chat(chat_id)
        log.warning("flood limit: chat %s must wait %.1f s", chat_id, seconds)
        if self._pacer.flood_is_global(chat_id, is_group=group, refused_at=started):
            self._pacer.close_all(until)
        self._pacer.close_chat(chat_id, until)
        if until > batch.deadline:
            await self._defer(item.row, seconds)
        else:
            item.ready = until
            heapq.heappush(batch.queue, item)

    async def _blocked(self, chat_id: int, error: str) -> None:
        log.info("chat %s blocked the bot or is gone; deactivating it", chat_id)
        await self._db(chats.chat_gone, chat_id, now=self._clock.now(), reason=error)

    async def _migrated(self, old_id: int, new_id: int) -> None:
        log.info("chat %s migrated to %s; moving its subscription and messages", old_id, new_id)
        await self._db(chats.chat_moved, old_id, new_id, now=self._clock.now())

    async def _retry_later(self, row: Message, error: str) -> None:
        cfg = self._config
        delay = min(cfg.backoff_cap, cfg.backoff_base * 2**row.attempts)
        due = self._clock.now() + timedelta(seconds=delay)
        await self._db(outbox.mark_retry, _id(row), next_attempt_at=due, error=error)

    async def _fail(self, row: Message, error: str) -> None:
        log.error("delivery %s to chat %s failed: %s", row.outbox_id, row.chat_id, error)
        await self._db(outbox.mark_failed, _id(row), now=self._clock.now(), error=error)
        if self._on_failed is not None:
            failed = FailedSend(_id(row), row.chat_id, row.report_id, row.attempts + 1, error)
            try:
                await self._on_failed(failed)
            except Exception:
                log.exception("telling the operators of a failed delivery raised")

    async def _defer(self, row: Message, seconds: float) -> None:
        """Hand a claimed row back, due in `seconds`, without counting an attempt."""
        due = self._clock.now() + timedelta(seconds=max(seconds, 0.0))
        await self._db(
            outbox.mark_retry, _id(row), next_attempt_at=due, error=None, count_attempt=False
        )

    # --- heartbeat --------------------------------------------------------------------------
    async def _beat(self) -> int:
        cfg = self._config
        live = await self._db(
            outbox.heartbeat, cfg.worker_id, now=self._clock.now(), ttl_seconds=cfg.heartbeat_ttl
        )
        self._pacer.set_rate(share_of_rate(cfg.global_rate, live))
        return live

    async def _heartbeat_loop(self) -> None:
        while True:
            try:
                await self._beat()
            except Exception:
                log.exception("sender heartbeat failed")
            await self._clock.sleep(self._config.beat_interval)

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), timeout=seconds)


def _id(row: Message) -> int:
    """The outbox id of a claimed message (every message a sender holds has one)."""
    assert row.outbox_id is not None, "not a claimed outbox message"
    return row.outbox_id
