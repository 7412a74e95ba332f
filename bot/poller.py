"""One poll cycle: lease the due feeds, fetch them concurrently, ingest each result as it arrives.

`Poller.poll_due` is what the service's scheduler runs every few seconds; `Poller.poll_all` polls
every enabled feed once (`repatwatch poll --once`, the demo). Feeds are claimed in batches only as
fetch slots free up, so a lease never waits long behind other feeds. Each result goes through
`bot.ingest.ingest` on the poller's database runner (one thread on SQLite, whose writers queue
anyway; there the feeds that pile up meanwhile share a transaction, each all or nothing:
`bot.grouped_ingest`); the bookkeeping of feeds that answered 304 is written in batches
(`bot.not_modified`). Any failure for one feed - fetch, parse, store, classification or a
bug - is recorded as that feed's error and backed off; it never stops the other feeds or the cycle.
The cycle's summary carries every feed's outcome, and with it what the new reports did.

No feed holds up the polling. A cycle of `poll_due` waits for its feeds at most `patience` seconds;
a feed still downloading then (a server trickling a byte a second) goes on in the background, keeps
its fetch slot and its lease, and is cut by the fetch's own deadline (below the lease) if it never
ends; its outcome joins the next cycle's summary. So the next cycle starts on time and polls every
other feed that is due. `poll_all` (one-off commands, the demo) still waits for every feed, and
`stop()` cancels the stragglers and hands their leases back.

Kept whole: the cycle, its slots and its leases share one state (what is claimed,
what still runs, what reports late), which a split would pass back and forth.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from bot.clock import Clock
from bot.feeds import FetchResult
from bot.grouped_ingest import GroupedIngest
from bot.ingest import FRESH_FOR, Classify, FeedOutcome, ReportEvent, failure_outcome, ingest
from bot.not_modified import UnchangedFeeds
from bot.store import feed_leases
from bot.store import feeds as store
from bot.store.base import DbRunner, Session
from bot.store.case_cache import CaseCache

log = logging.getLogger(__name__)
CONCURRENCY = 100  # feeds fetched at once
PATIENCE_SECONDS = 10.0  # how long a cycle waits for its feeds before leaving them to run on


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

    @property
    def events(self) -> list[ReportEvent]:
        """What every new report that was not ignored did, feed by feed."""
        return [event for outcome in self.outcomes for event in outcome.events]


@dataclass(frozen=True, slots=True)
class _Batch:
    rows: list[feed_leases.FeedRow]
    skipped: list[FeedOutcome]
    more: bool  # whether another claim may find more feeds


_ClaimBatch = Callable[[Session, int], _Batch]


class _Slots:
    """Free fetch slots; the claim loop takes several at once, each finished feed gives one back.
    Shared by every cycle of a poller, so feeds still running from a cycle before count too."""

    def __init__(self, size: int) -> None:
        self.free = size
        self._changed = asyncio.Condition()

    async def take(self, at_least: int, at_most: int, within: float | None = None) -> int:
        """Take up to `at_most` slots once `at_least` are free; 0 if not within `within` s."""
        try:
            async with asyncio.timeout(within), self._changed:
                await self._changed.wait_for(lambda: self.free >= at_least)
                taken = min(self.free, at_most)
                self.free -= taken
                return taken
        except TimeoutError:
            return 0

    async def give(self, count: int = 1) -> None:
        async with self._changed:
            self.free += count
            self._changed.notify_all()


class _Outcomes:
    """Where one cycle's feeds report: into the cycle while it waits, else to the poller's late."""

    def __init__(self, late: list[FeedOutcome], progress: Callable[[FeedOutcome], None] | None):
        self.gathered: list[FeedOutcome] = []
        self.closed = False
        self._late = late
        self._progress = progress

    def done(self, outcome: FeedOutcome) -> None:
        (self._late if self.closed else self.gathered).append(outcome)
        if self._progress is not None:
            self._progress(outcome)


class Poller:
    """Polls feeds through one Fetcher and ingests the results through its database runner."""

    def __init__(
        self,
        db: DbRunner,
        fetcher: FeedFetcher,
        *,
        classify: Classify,
        worker_id: str,
        clock: Clock,
        batch_size: int = 50,
        concurrency: int = CONCURRENCY,
        lease_seconds: int = 300,
        fresh_for: timedelta = FRESH_FOR,
        patience: float = PATIENCE_SECONDS,
    ) -> None:
        self._db = db
        self._fetcher = fetcher
        self._classify = classify
        self._worker_id = worker_id
        self._clock = clock
        self._batch_size = max(1, min(batch_size, concurrency))
        self._concurrency = concurrency
        self._lease_seconds = lease_seconds
        self._fresh_for = fresh_for
        self._patience = patience
        self._unchanged = UnchangedFeeds(db, clock, worker_id)
        self._ingests = GroupedIngest(db, self._ingest)
        self._slots = _Slots(concurrency)
        self._running: dict[asyncio.Task[None], int] = {}  # feeds being polled, by task
        self._late: list[FeedOutcome] = []  # finished after their cycle had returned
        # Case records kept from cycle to cycle while their version holds: a steady cycle's few
        # alerts join cases an earlier cycle read or made (bot.store.case_cache).
        self._cases = CaseCache()

    @property
    def in_flight(self) -> int:
        """Feeds being polled now, stragglers of earlier cycles included."""
        return sum(1 for task in self._running if not task.done())

    async def stop(self) -> None:
        """Cancel the feeds still being polled and hand their leases back (for the next run)."""
        running, self._running = dict(self._running), {}
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        if running:
            feed_ids = list(running.values())
            await self._db(feed_leases.release, feed_ids, worker_id=self._worker_id)
            log.info(
                "stopped %d feed(s) still being polled; they are polled next time", len(running)
            )

    # -- public ----------------------------------------------------------------------------------
    async def poll_due(self, now: datetime | None = None) -> CycleSummary:
        """Poll every feed that is due at `now` and not leased by another worker."""
        started = self._clock.now()
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

        summary = await self._cycle(claim, None, patience=self._patience)
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
        moment = now or self._clock.now()
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

        return await self._cycle(claim, progress, patience=None)

    # -- the cycle -------------------------------------------------------------------------------
    async def _cycle(
        self,
        claim: _ClaimBatch,
        progress: Callable[[FeedOutcome], None] | None,
        *,
        patience: float | None,
    ) -> CycleSummary:
        """Claim and poll feeds; wait for them up to `patience` s (None: for all of them)."""
        outcomes = _Outcomes(self._late, progress)
        early, self._late[:] = list(self._late), []
        deadline = None if patience is None else self._clock.monotonic() + patience
        started: list[asyncio.Task[None]] = []
        at_least = max(1, self._batch_size // 2)
        while True:
            left = None if deadline is None else max(deadline - self._clock.monotonic(), 0.0)
            taken = await self._slots.take(at_least, self._batch_size, within=left)
            if not taken:
                break  # every slot is held by slow feeds: the rest is claimed next cycle
            batch = await self._db(claim, taken)
            await self._slots.give(taken - len(batch.rows))
            for outcome in batch.skipped:
                outcomes.done(outcome)
            started += [self._start(row, outcomes) for row in batch.rows]
            if not batch.more:
                break
        if started:
            left = None if deadline is None else max(deadline - self._clock.monotonic(), 0.0)
            await asyncio.wait(started, timeout=left)
        outcomes.closed = True  # feeds still running report to the next cycle
        return CycleSummary(tuple(early + outcomes.gathered))

    def _start(self, row: feed_leases.FeedRow, outcomes: _Outcomes) -> asyncio.Task[None]:
        task = asyncio.create_task(self._poll_one(row, outcomes), name=f"poll {row.name}")
        self._running[task] = row.id
        task.add_done_callback(lambda done: self._running.pop(done, None))
        return task

    async def _poll_one(self, row: feed_leases.FeedRow, outcomes: _Outcomes) -> None:
        try:
            outcomes.done(await self._fetch_and_store(row))
        finally:
            await self._slots.give()

    async def _fetch_and_store(self, row: feed_leases.FeedRow) -> FeedOutcome:
        try:
            result = await self._fetcher.fetch(
                row.url,
                etag=row.etag,
                last_modified=row.last_modified,
                language=row.language,
                now=self._clock.now(),
            )
        except Exception as exc:  # a bug in fetching must not stop the other feeds
            log.exception("feed %s: unexpected error while fetching", row.name)
            return await self._record_failure(row, "internal", f"unexpected error: {exc!r}")
        try:
            if result.not_modified and result.error is None and not result.items:
                return await self._unchanged.record(row, result)
            return await self._ingests.ingest(row, result, self._clock.now())
        except Exception as exc:
            log.exception("feed %s: storing its result failed", row.name)
            return await self._record_failure(row, "store", f"could not store the result: {exc}")

    def _ingest(
        self, session: Session, row: feed_leases.FeedRow, result: FetchResult, now: datetime
    ) -> FeedOutcome:
        return ingest(
            session,
            row,
            result,
            now,
            classify=self._classify,
            worker_id=self._worker_id,
            fresh_for=self._fresh_for,
            cases=self._cases,
        )

    async def _record_failure(
        self, row: feed_leases.FeedRow, kind: str, message: str
    ) -> FeedOutcome:
        try:
            failed = await self._db(
                store.record_feed_failure,
                row.id,
                kind=kind,
                message=message,
                now=self._clock.now(),
                worker_id=self._worker_id,
            )
        except Exception:
            log.exception("feed %s: could not record its failure either", row.name)
            return FeedOutcome(row.id, row.name, error=message, error_kind=kind)
        return failure_outcome(row, failed)
