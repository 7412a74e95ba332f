"""The outbox sender: drains owed messages through a Notifier, paced under Telegram's limits.

One `Sender` per process. It sleeps until a commit that queues a message wakes it (a hook on the
database's sessions, bot.store.outbox_wake; on PostgreSQL also another worker's,
by LISTEN/NOTIFY) or the next row falls due, never polling an empty outbox. It claims a batch of
due rows (with a lease), sends them in the order the pacer allows (global rate with no burst, a
short burst then 1/s per chat, 20/min per group), and records each outcome in its own short
transaction right after the send, so a SIGKILL loses nothing and repeats at most the sends in
flight (at most `max_in_flight`, usually one or two). A 429 waits exactly as long as Telegram said
(for the chat, or for every chat if the flood was global) and does not count as a failed attempt; a
blocked chat is deactivated and its rows dropped; a migrated group moves its rows and subscription
to the new id. Transient errors (5xx, timeouts, a refused connection) never end a row before the
horizon (bot.delivery.retry): a row is retried with a capped backoff, and when every send fails the
breaker pauses the whole sender and probes, so that once Telegram answers the queue drains in claim
order (urgent first). Rows Telegram refuses for good, or still failing past the horizon, end
`failed` and are reported through `on_failed`; an outage's start and end through `on_outage`;
`status()` says how it stands, for the health line.

Several senders on one PostgreSQL database: claims use SKIP LOCKED and leases, one chat's rows go
to one sender at a time, and each sender keeps a heartbeat row and paces at global_rate / live
senders (see pacing.share_of_rate), so together they stay under Telegram's global limit (a
newcomer sends nothing until the others' heartbeats have counted it and a second more). Several
requests may be in flight at once (a request can take longer than one slot); all SQL runs on the
sender's own database thread (its DbRunner), so the event loop, shared with the Telegram front end,
never waits on it.

Kept whole: the loop and the decision on each send's outcome share one
batch's queue, the pacer and the lease's deadline.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from bot.clock import Clock, SystemClock
from bot.delivery.failures import (
    Failures,
    OnFailed,
    OnOutage,
    RetryPolicy,
)
from bot.delivery.message import Message, MessageKind, Notifier, SendOutcome, SendStatus
from bot.delivery.pacing import (
    CHAT_INTERVAL,
    COUNT_WINDOW,
    DEFAULT_GLOBAL_RATE,
    Pacer,
    is_group_chat,
    share_of_rate,
)
from bot.delivery.retry import HORIZON
from bot.store import chats, outbox, outbox_wake
from bot.store.base import DbRunner

log = logging.getLogger(__name__)

STALLED_BEATS = 3  # heartbeats a sender may miss before a newcomer stops waiting for it


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
    urgent_check: float = 0.25  # seconds between looks for urgent news to put before a batch
    # With nothing due, the sender sleeps until a commit that queues a message wakes it (or the
    # next row falls due); this is the longest it sleeps, for rows another process queued.
    idle_wait: float = 10.0
    error_pause: float = 5.0  # after the database failed
    horizon: timedelta = HORIZON  # transient failures give a row up only once it is this old
    backoff_base: float = 5.0  # a row's first retry after a transient failure, doubling ...
    backoff_cap: float = 300.0  # ... up to this
    outage_after: int = 3  # transient failures in a row that mean the Bot API itself is failing
    outage_pause_first: float = 1.0  # the whole sender pauses this long, doubling ...
    outage_pause_cap: float = 10.0  # ... up to this, between probes

    def retry_policy(self) -> RetryPolicy:
        return RetryPolicy(
            self.horizon,
            self.backoff_base,
            self.backoff_cap,
            self.outage_after,
            self.outage_pause_first,
            self.outage_pause_cap,
        )


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
    sending: dict[int, asyncio.Task[None]] = field(default_factory=dict)  # by chat
    gone: set[int] = field(default_factory=set)  # chats whose rows were dropped or moved


def _done_sending(batch: _Batch, chat_id: int, task: asyncio.Task[None]) -> None:
    if batch.sending.get(chat_id) is task:
        del batch.sending[chat_id]


def _forget_chat(batch: _Batch, chat_id: int) -> None:
    """The chat's rows were dropped or moved in the database: stop holding them here."""
    batch.queue[:] = [item for item in batch.queue if item.row.chat_id != chat_id]
    heapq.heapify(batch.queue)
    batch.gone.add(chat_id)


class Sender:
    """Delivers the outbox for one process: `run()` as a service, `drain()` until it is empty."""

    def __init__(
        self,
        db: DbRunner,
        notifier: Notifier,
        config: SenderConfig,
        *,
        on_failed: OnFailed | None = None,
        on_outage: OnOutage | None = None,
        clock: Clock | None = None,
        pacer: Pacer | None = None,
    ) -> None:
        self._db = db
        self._notifier = notifier
        self._config = config
        self._clock = clock or SystemClock()
        # Shared with the bot's own requests (replies), so that both keep to one set of limits.
        self._pacer = pacer or Pacer(global_rate=config.global_rate)
        self._pacer.chat_interval = config.chat_interval
        self._failures = Failures(
            db,
            self._pacer,
            self._clock,
            config.retry_policy(),
            on_failed=on_failed,
            on_outage=on_outage,
        )
        self._stop = asyncio.Event()
        self._due = asyncio.Event()  # something may be due: look at the outbox again
        self._loop: asyncio.AbstractEventLoop | None = None

    def status(self) -> str | None:
        """For the health line: how long every send has been failing, when it is."""
        return self._failures.status()

    # --- loops ------------------------------------------------------------------------------
    async def run(self) -> None:
        """Deliver until `stop()`; then hand unsent claims back and leave."""
        async with self._registered():
            while not self._stop.is_set():
                await self._wait_for_pacer()
                self._due.clear()  # before claiming: a commit from now on wakes the next wait
                looked_at = self._clock.now()
                try:
                    claimed = await self._drain_batch(looked_at)
                except Exception:  # the database is away: keep the service up, try again
                    log.exception("the outbox sender could not work; retrying")
                    await self._pause(self._config.error_pause)
                    continue
                if claimed == 0:
                    await self._idle(looked_at)

    def stop(self) -> None:
        self._stop.set()
        self._due.set()

    def wake(self) -> None:
        """A message was queued: look at the outbox now. Safe from any thread (a commit hook)."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._due.set)

    async def drain(self) -> None:
        """Deliver until nothing is owed any more (for tests, the demo and benchmarks)."""
        async with self._registered():
            while not self._stop.is_set():
                await self._wait_for_pacer()
                self._due.clear()
                looked_at = self._clock.now()
                if await self._drain_batch(looked_at) == 0:
                    if await self._db(outbox.outbox_depth) == 0:
                        return
                    await self._idle(looked_at)

    async def _idle(self, looked_at: datetime) -> None:
        """Sleep until a commit queues a message or the next row falls due (no polling).

        The next row due is read as of `looked_at`, when the claim looked: a row that fell due
        since (a stall between the claim and this read) is claimed at once, not after idle_wait."""
        try:
            due_at = await self._db(outbox.next_due_at, now=looked_at)
        except Exception:
            log.exception("the outbox sender could not read when the next message is due")
            due_at = None
        wait = self._config.idle_wait
        if due_at is not None:
            wait = min(wait, max((due_at - self._clock.now()).total_seconds(), 0.0))
        if self._stop.is_set():  # stopped while claiming: its wake-up was cleared with `_due`
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._due.wait(), timeout=wait)

    async def _wait_for_pacer(self) -> None:
        """Claim nothing while every send must wait (an outage's pause, a global flood wait)."""
        now = self._clock.monotonic()
        await self._pause(self._pacer.global_ready_at(now) - now)

    @contextlib.asynccontextmanager
    async def _registered(self) -> AsyncIterator[None]:
        """Heartbeat while delivering; a newcomer waits until the others have slowed down."""
        worker = self._config.worker_id
        beat: asyncio.Task[None] | None = None
        self._loop = asyncio.get_running_loop()
        unhook = outbox_wake.on_commit_that_queues(self._db.factory, self.wake)
        listener = self._listen_to_other_workers()
        try:
            await self._db(outbox.retire, worker)  # claims from a previous life
            live = await self._beat()
            beat = asyncio.create_task(self._heartbeat_loop())
            if live > 1:
                await self._let_others_slow_down(joined=self._clock.now())
            yield
        finally:
            unhook()
            for task in (beat, listener):
                if task is not None:
                    task.cancel()
                    await asyncio.gather(task, return_exceptions=True)
            await self._db(outbox.retire, worker)

    def _listen_to_other_workers(self) -> asyncio.Task[None] | None:
        """On PostgreSQL, wake also when another worker's commit queues messages (NOTIFY)."""
        engine = self._db.factory.kw.get("bind")
        if engine is None or engine.dialect.name != "postgresql":
            return None
        return asyncio.create_task(outbox_wake.listen_for_queued(engine.url, self.wake))

    async def _drain_batch(self, now: datetime) -> int:
        """Claim the batch due at `now` and deliver it; returns how many rows were claimed."""
        cfg = self._config
        rows = await self._db(
            outbox.claim_batch,
            worker_id=cfg.worker_id,
            now=now,
            limit=1 if self._failures.outage else cfg.batch_size,  # in an outage: one probe
            lease_seconds=cfg.lease_seconds,
        )
        deadline = self._clock.monotonic() + cfg.lease_seconds * 0.8
        batch = _Batch(deadline, [_Queued(0.0, i, row) for i, row in enumerate(rows)])
        failures_before = self._failures.breaker.failures
        look = None if any(row.urgent for row in rows) else self._clock.monotonic()
        while (batch.queue or batch.in_flight) and not self._stop.is_set():
            failing = self._failures.outage and self._failures.breaker.failures > failures_before
            if failing or self._pacer.global_ready_at(self._clock.monotonic()) > batch.deadline:
                break  # every send fails, or a flood wait outlasts the lease: give it all back
            if batch.queue:
                if look is not None and self._clock.monotonic() >= look + cfg.urgent_check:
                    look = self._clock.monotonic()
                    if await self._db(outbox.urgent_waiting, self._clock.now()):
                        break  # urgent news came in: it goes before the rest of this batch
                await self._process(heapq.heappop(batch.queue), batch)
            else:
                await asyncio.wait(batch.in_flight, return_when=asyncio.FIRST_COMPLETED)
        if batch.in_flight:
            await asyncio.wait(batch.in_flight)
        if batch.queue:  # stopped, paused or overtaken midway: hand the rest back, in claim order
            await self._db(outbox.hand_back, [_id(item.row) for item in batch.queue])
        self._pacer.forget_idle(self._clock.monotonic())
        return len(rows)

    # --- one row ----------------------------------------------------------------------------
    async def _process(self, item: _Queued, batch: _Batch) -> None:
        """Send `item` when the pacer allows, or queue it again by when its chat is free."""
        chat_id = item.row.chat_id
        if chat_id in batch.sending:  # one request at a time per chat: in order, and an answer
            await asyncio.wait({batch.sending[chat_id]})  # that stops the chat stops the rest
        if chat_id in batch.gone:
            return
        group = is_group_chat(chat_id)
        chat_ready = self._pacer.chat_ready_at(chat_id, is_group=group)
        if chat_ready > batch.deadline:
            await self._defer(item.row, chat_ready - self._clock.monotonic())
            return
        if chat_ready > max(item.ready, self._clock.monotonic()):  # not free yet: queue it
            item.ready = chat_ready
            heapq.heappush(batch.queue, item)
            return
        while len(batch.in_flight) >= self._config.max_in_flight:
            await asyncio.wait(batch.in_flight, return_when=asyncio.FIRST_COMPLETED)
        message = await self._message(item)
        started = await self._slot(chat_id, group)
        self._pacer.record_send(chat_id, is_group=group, at=started)
        # Sends overlap (a request can take longer than a slot); each records its own outcome.
        task = asyncio.create_task(self._send(item, message, batch, started))
        batch.in_flight.add(task)
        batch.sending[chat_id] = task
        task.add_done_callback(batch.in_flight.discard)
        task.add_done_callback(lambda done: _done_sending(batch, chat_id, done))

    async def _slot(self, chat_id: int, group: bool) -> float:
        """Wait for the pacer's next slot for the chat; a reply (or a flood wait) that took the
        slot meanwhile pushes this send to the one after."""
        while True:
            now = self._clock.monotonic()
            ready = self._pacer.ready_at(chat_id, is_group=group, now=now)
            if ready <= now:
                return now
            await self._clock.sleep(ready - now)

    async def _send(self, item: _Queued, message: Message, batch: _Batch, started: float) -> None:
        try:
            outcome = await self._notifier.send(message)
            self._pacer.answered(
                item.row.chat_id, sent_at=started, answered_at=self._clock.monotonic()
            )
            await self._apply(item, outcome, batch, started)
        except Exception as exc:  # a bug or the database: keep the row, try again later
            log.exception("delivering outbox row %s failed", item.row.outbox_id)
            await self._failures.retry_later(item.row, f"{type(exc).__name__}: {exc}")

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
            await self._failures.went_through()
        elif status is SendStatus.RETRY_AFTER:
            await self._flood(item, outcome.retry_after, batch, started)
        elif status is SendStatus.BLOCKED:
            _forget_chat(batch, row.chat_id)
            await self._blocked(row.chat_id, outcome.error)
        elif status is SendStatus.MIGRATED and outcome.new_chat_id is not None:
            _forget_chat(batch, row.chat_id)
            await self._migrated(row.chat_id, outcome.new_chat_id)
        elif status in (SendStatus.REPLY_MISSING, SendStatus.THREAD_MISSING):
            item.drop_reply |= status is SendStatus.REPLY_MISSING
            item.drop_thread |= status is SendStatus.THREAD_MISSING
            heapq.heappush(batch.queue, item)
        elif status is SendStatus.TRANSIENT:
            await self._failures.transient(row, outcome.error)
        else:
            await self._failures.fail(row, outcome.error or status.value)

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

    async def _defer(self, row: Message, seconds: float) -> None:
        """Hand a claimed row back, due in `seconds`, without counting an attempt."""
        due = self._clock.now() + timedelta(seconds=max(seconds, 0.0))
        await self._db(
            outbox.mark_retry, _id(row), next_attempt_at=due, error=None, count_attempt=False
        )

    # --- heartbeat --------------------------------------------------------------------------
    async def _beat(self) -> int:
        cfg = self._config
        now = self._clock.now()
        await self._db(outbox.heartbeat, cfg.worker_id, now=now, ttl_seconds=cfg.heartbeat_ttl)
        live = await self._db(outbox.live_senders, now=now)  # once the beat is committed
        self._pacer.set_rate(share_of_rate(cfg.global_rate, live))
        return live

    async def _let_others_slow_down(self, joined: datetime) -> None:
        """A newcomer sends nothing until every other live sender has beaten since its own beat
        was committed at `joined` (so each counted it, and runs at its smaller share), and then a
        second more: Telegram counts 30 a second, and the others' last second at their old share
        must be over. One that misses `STALLED_BEATS` beats is stalled or dead (a sender restarted
        after a crash finds its old heartbeat) and is not waited for."""
        cfg = self._config
        patience = min(cfg.heartbeat_ttl, STALLED_BEATS * cfg.beat_interval)
        deadline = self._clock.monotonic() + patience
        while not self._stop.is_set() and self._clock.monotonic() < deadline:
            beats = await self._db(outbox.others_seen_at, cfg.worker_id, now=self._clock.now())
            if all(seen > joined for seen in beats):
                break
            await self._clock.sleep(cfg.beat_interval / 4)
        await self._clock.sleep(COUNT_WINDOW)

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
