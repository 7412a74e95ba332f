"""One poll cycle: lease the due feeds, fetch them concurrently, store each result as it arrives.

`Poller.poll_due` is what the scheduler runs every few seconds (`add_poll_job` adds it as the one
APScheduler interval job); `Poller.poll_all` polls every enabled feed once (`repatwatch poll
--once`). Feeds are claimed in batches only as fetch slots free up, so a lease never waits long
behind other feeds. Each result is stored in its own transaction on a database thread (one at a time
on SQLite, whose writers queue anyway), together with the optional `on_new_reports` processing hook.
Any failure for one feed - fetch, parse, store or a bug - is recorded as that feed's error and
backed off; it never stops the other feeds or the cycle.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any, Protocol, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from bot.feeds import FetchResult
from bot.store import feed_leases
from bot.store import feeds as store
from bot.store.base import session_scope

log = logging.getLogger(__name__)

_T = TypeVar("_T")


class FeedFetcher(Protocol):
    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        language: str | None = None,
        now: datetime | None = None,
    ) -> FetchResult: ...


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    """What polling one feed did, for the command line and the logs."""

    feed_id: int
    name: str
    new_reports: int = 0
    new_sightings: int = 0
    not_modified: bool = False
    error: str | None = None
    error_kind: str | None = None
    skipped: str | None = None  # why the feed was not polled (another worker holds it)

    @property
    def line(self) -> str:
        if self.skipped:
            return f"skipped: {self.skipped}"
        if self.error is not None:
            return f"error: {self.error}"
        if self.new_reports or self.new_sightings:
            elsewhere = self.new_sightings - self.new_reports
            extra = f" ({elsewhere} already seen in other feeds)" if elsewhere > 0 else ""
            return f"new {self.new_reports}{extra}"
        return "unchanged"


@dataclass(frozen=True, slots=True)
class CycleSummary:
    outcomes: tuple[FeedOutcome, ...]

    @property
    def polled(self) -> int:
        return sum(1 for o in self.outcomes if not o.skipped)

    @property
    def failed(self) -> int:
        return sum(1 for o in self.outcomes if o.error is not None)

    @property
    def skipped(self) -> int:
        return sum(1 for o in self.outcomes if o.skipped)

    @property
    def new_reports(self) -> int:
        return sum(o.new_reports for o in self.outcomes)

    @property
    def unchanged(self) -> int:
        return sum(
            1 for o in self.outcomes if o.error is None and not o.skipped and not o.new_sightings
        )


@dataclass(frozen=True, slots=True)
class _Batch:
    rows: list[feed_leases.FeedRow]
    skipped: list[FeedOutcome]
    more: bool  # whether another claim may find more feeds


_ClaimBatch = Callable[[Session, int], _Batch]


class _Slots:
    """Free fetch slots; the claim loop takes several at once, each finished feed gives one back."""

    def __init__(self, size: int) -> None:
        self.free = size
        self._changed = asyncio.Condition()

    async def take(self, at_least: int, at_most: int) -> int:
        async with self._changed:
            await self._changed.wait_for(lambda: self.free >= at_least)
            taken = min(self.free, at_most)
            self.free -= taken
            return taken

    async def give(self, count: int = 1) -> None:
        async with self._changed:
            self.free += count
            self._changed.notify_all()


class Poller:
    """Polls feeds through one Fetcher and stores results through `session_factory`."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        fetcher: FeedFetcher,
        *,
        worker_id: str,
        on_new_reports: store.OnNewReports | None = None,
        batch_size: int = 50,
        concurrency: int = 100,
        lease_seconds: int = 300,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._factory = session_factory
        self._fetcher = fetcher
        self._worker_id = worker_id
        self._on_new_reports = on_new_reports
        self._batch_size = max(1, min(batch_size, concurrency))
        self._concurrency = concurrency
        self._lease_seconds = lease_seconds
        self._clock = clock
        bind = session_factory.kw.get("bind")
        sqlite = bind is None or bind.dialect.name == "sqlite"
        self._db_gate = asyncio.Semaphore(1 if sqlite else 4)

    # -- public ----------------------------------------------------------------------------------
    async def poll_due(self, now: datetime | None = None) -> CycleSummary:
        """Poll every feed that is due at `now` and not leased by another worker."""
        started = self._clock()
        moment = now or started

        def claim(session: Session, limit: int) -> _Batch:
            rows = feed_leases.claim_due_feeds(
                session,
                worker_id=self._worker_id,
                now=moment,
                limit=limit,
                lease_seconds=self._lease_seconds,
                polled_before=started,
            )
            return _Batch(rows, [], more=len(rows) == limit)

        summary = await self._cycle(claim, None)
        if summary.outcomes:
            log.info(
                "poll cycle: %d feeds, %d new reports, %d failed",
                summary.polled,
                summary.new_reports,
                summary.failed,
            )
        return summary

    async def poll_all(
        self,
        now: datetime | None = None,
        progress: Callable[[FeedOutcome], None] | None = None,
    ) -> CycleSummary:
        """Poll every enabled feed once, due or not; `progress` hears of each feed as it ends."""
        moment = now or self._clock()
        feeds = await self._db(store.enabled_feeds)
        names = dict(feeds)
        pending = deque(names)

        def claim(session: Session, limit: int) -> _Batch:
            wanted = [pending.popleft() for _ in range(min(limit, len(pending)))]
            rows = feed_leases.claim_feeds(
                session,
                wanted,
                worker_id=self._worker_id,
                now=moment,
                lease_seconds=self._lease_seconds,
            )
            claimed = {row.id for row in rows}
            skipped = [
                FeedOutcome(feed_id, names[feed_id], skipped="another worker is polling it")
                for feed_id in wanted
                if feed_id not in claimed
            ]
            return _Batch(rows, skipped, more=bool(pending))

        return await self._cycle(claim, progress)

    # -- the cycle -------------------------------------------------------------------------------
    async def _cycle(
        self, claim: _ClaimBatch, progress: Callable[[FeedOutcome], None] | None
    ) -> CycleSummary:
        outcomes: list[FeedOutcome] = []

        def done(outcome: FeedOutcome) -> None:
            outcomes.append(outcome)
            if progress is not None:
                progress(outcome)

        slots = _Slots(self._concurrency)
        at_least = max(1, self._batch_size // 2)
        async with asyncio.TaskGroup() as tasks:
            while True:
                taken = await slots.take(at_least, self._batch_size)
                batch = await self._db(claim, taken)
                await slots.give(taken - len(batch.rows))
                for outcome in batch.skipped:
                    done(outcome)
                for row in batch.rows:
                    tasks.create_task(self._poll_one(row, slots, done))
                if not batch.more:
                    break
        return CycleSummary(tuple(outcomes))

    async def _poll_one(
        self, row: feed_leases.FeedRow, slots: _Slots, done: Callable[[FeedOutcome], None]
    ) -> None:
        try:
            done(await self._fetch_and_store(row))
        finally:
            await slots.give()

    async def _fetch_and_store(self, row: feed_leases.FeedRow) -> FeedOutcome:
        try:
            result = await self._fetcher.fetch(
                row.url,
                etag=row.etag,
                last_modified=row.last_modified,
                language=row.language,
                now=self._clock(),
            )
        except Exception as exc:  # a bug in fetching must not stop the other feeds
            log.exception("feed %s: unexpected error while fetching", row.name)
            return await self._record_failure(row, "internal", f"unexpected error: {exc!r}")
        try:
            stored = await self._db(self._store, row.id, result)
        except Exception as exc:
            log.exception("feed %s: storing its result failed", row.name)
            return await self._record_failure(row, "store", f"could not store the result: {exc}")
        return _outcome(row, stored)

    def _store(self, session: Session, feed_id: int, result: FetchResult) -> store.StoredPoll:
        return store.store_poll_result(
            session,
            feed_id,
            result,
            self._clock(),
            worker_id=self._worker_id,
            on_new_reports=self._on_new_reports,
        )

    async def _record_failure(
        self, row: feed_leases.FeedRow, kind: str, message: str
    ) -> FeedOutcome:
        record = partial(
            store.record_feed_failure,
            kind=kind,
            message=message,
            now=self._clock(),
            worker_id=self._worker_id,
        )
        try:
            await self._db(record, row.id)
        except Exception:
            log.exception("feed %s: could not record its failure either", row.name)
        return FeedOutcome(row.id, row.name, error=message, error_kind=kind)

    async def _db(self, work: Callable[..., _T], *args: Any) -> _T:
        """Run `work(session, *args)` in one transaction on a thread."""

        def run() -> _T:
            with session_scope(self._factory) as session:
                return work(session, *args)

        async with self._db_gate:
            return await asyncio.to_thread(run)


def _outcome(row: feed_leases.FeedRow, stored: store.StoredPoll) -> FeedOutcome:
    return FeedOutcome(
        feed_id=row.id,
        name=row.name,
        new_reports=len(stored.new_report_ids),
        new_sightings=stored.new_sightings,
        not_modified=stored.not_modified,
        error=stored.error,
        error_kind=stored.error_kind,
    )


def add_poll_job(scheduler: Any, poller: Poller, *, every_seconds: float = 20) -> Any:
    """Add the one recurring poll job to an APScheduler 3 AsyncIOScheduler (or PTB's
    `job_queue.scheduler`): runs `poll_due` now and then every `every_seconds`, never two at once."""
    return scheduler.add_job(
        poller.poll_due,
        "interval",
        seconds=every_seconds,
        id="repatwatch-poll",
        name="poll due feeds",
        max_instances=1,
        coalesce=True,
        next_run_time=utcnow(),
        replace_existing=True,
    )
