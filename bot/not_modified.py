"""The bookkeeping of unchanged feeds (304 Not Modified), written in batches.

In a steady cycle most feeds answer 304: nothing to store but the validators, the next poll time,
the health and the lease. Written one feed per transaction, that costs a session, a commit and a
hop to the database thread each, several times what the conditional GET itself costs. Here each
304 joins a queue, and one transaction writes whatever has piled up while the database thread was
busy with other work, as one executemany UPDATE (`bot.store.feeds.record_successes`). Nothing is
lost by batching: a 304 stores no report, and a crash before the write only leaves the feeds to be
polled again when their leases run out. Feeds with new items still go through `bot.ingest`, each
all or nothing (`bot.grouped_ingest`).
"""

from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import dataclass
from datetime import datetime

from bot.clock import Clock
from bot.feeds import FetchResult
from bot.ingest import FeedOutcome
from bot.store import feeds as feed_store
from bot.store.base import DbRunner, Session
from bot.store.feed_leases import FeedRow


@dataclass(frozen=True, slots=True)
class _Pending:
    row: FeedRow
    result: FetchResult
    written: asyncio.Future[FeedOutcome]


class UnchangedFeeds:
    """Queues 304s and writes them together on the poller's database runner."""

    def __init__(self, db: DbRunner, clock: Clock, worker_id: str) -> None:
        self._db = db
        self._clock = clock
        self._worker_id = worker_id
        self._pending: deque[_Pending] = deque()  # appended here, taken on the database thread
        self._writer: asyncio.Task[None] | None = None

    async def record(self, row: FeedRow, result: FetchResult) -> FeedOutcome:
        """Queue one 304's bookkeeping; returns the feed's outcome once it is committed."""
        written: asyncio.Future[FeedOutcome] = asyncio.get_running_loop().create_future()
        self._pending.append(_Pending(row, result, written))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_all())
        return await written

    async def _write_all(self) -> None:
        while self._pending:
            taken: list[_Pending] = []
            try:
                await self._db(self._write, taken, self._clock.now())
            except Exception as exc:  # each feed then records its own failure
                for entry in taken:
                    if not entry.written.done():
                        entry.written.set_exception(exc)
                continue
            for entry in taken:
                if not entry.written.done():
                    outcome = FeedOutcome(entry.row.id, entry.row.name, not_modified=True)
                    entry.written.set_result(outcome)

    def _write(self, session: Session, taken: list[_Pending], now: datetime) -> None:
        """On the database thread: take everything queued so far and write it in one go."""
        while self._pending:
            taken.append(self._pending.popleft())
        polls = [(entry.row, entry.result) for entry in taken]
        feed_store.record_successes(session, polls, now, worker_id=self._worker_id)
