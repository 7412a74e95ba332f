"""Feeds with new items ingested together: one transaction for the feeds that piled up meanwhile.

Each feed's ingest (bot.ingest) is one unit of work. Committed one feed at a time, a first poll
wrote most pages of the reports' indexes again for every feed, and those commits and the reads
after them were a fifth of storing (a fingerprint is a hash, so every feed's reports land all over
its index). Here, while the poller's single database thread is busy, feeds waiting to be stored
queue up, and the next transaction ingests up to `GROUP` of them in turn and commits them
together. An idle thread takes a feed as soon as it comes, so nothing waits for a group to fill.

Each feed stays all or nothing. If one feed's ingest raises, the transaction is rolled back: that
feed fails as it would alone (the poller records its error), and the others are ingested again
in a transaction without it. If the commit itself fails, each feed is ingested again in a
transaction of its own. Runners with several threads (PostgreSQL) keep one feed per
transaction, in parallel: transactions of several feeds each could take the same reports' locks
in different orders.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from bot.feeds import FetchResult
from bot.ingest import FeedOutcome
from bot.store.base import DbRunner, Session
from bot.store.feed_leases import FeedRow

# Feeds at most in one transaction. Each commit writes the index pages its reports touched: with
# sixteen feeds rather than eight, a first poll's commits cost about a third less
# (bench/pipeline.py), and a feed waits at most for fifteen others' ingest before it commits.
GROUP = 16

IngestOne = Callable[[Session, FeedRow, FetchResult, datetime], FeedOutcome]


@dataclass(frozen=True, slots=True)
class _Pending:
    row: FeedRow
    result: FetchResult
    now: datetime
    stored: asyncio.Future[FeedOutcome]
    alone: bool = False  # its group's commit failed: ingested in a transaction of its own


class _FeedFailed(Exception):
    """One feed's ingest raised: the group is rolled back without it."""

    def __init__(self, entry: _Pending, error: Exception) -> None:
        super().__init__(str(error))
        self.entry = entry
        self.error = error


class GroupedIngest:
    """Ingests fetch results through `db`, several feeds per transaction on a one-thread runner."""

    def __init__(self, db: DbRunner, ingest_one: IngestOne, *, group: int = GROUP) -> None:
        self._db = db
        self._ingest_one = ingest_one
        self._group = group if db.threads == 1 else 1
        self._pending: deque[_Pending] = deque()  # appended here, taken on the database thread
        self._writer: asyncio.Task[None] | None = None

    async def ingest(self, row: FeedRow, result: FetchResult, now: datetime) -> FeedOutcome:
        """Store one feed's fetch result; returns its outcome once it is committed."""
        if self._group == 1:
            return await self._db(self._ingest_one, row, result, now)
        stored: asyncio.Future[FeedOutcome] = asyncio.get_running_loop().create_future()
        self._pending.append(_Pending(row, result, now, stored))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_all())
        return await stored

    async def _write_all(self) -> None:
        while self._pending:
            taken: list[_Pending] = []
            try:
                outcomes = await self._db(self._ingest_taken, taken)
            except _FeedFailed as failed:
                _fail(failed.entry, failed.error)
                self._pending.extendleft(reversed([e for e in taken if e is not failed.entry]))
                continue
            except Exception as exc:  # the commit: each feed again on its own
                if len(taken) == 1:
                    _fail(taken[0], exc)
                else:
                    self._pending.extendleft(reversed([replace(e, alone=True) for e in taken]))
                continue
            for entry, outcome in zip(taken, outcomes, strict=True):
                if not entry.stored.done():
                    entry.stored.set_result(outcome)

    def _ingest_taken(self, session: Session, taken: list[_Pending]) -> list[FeedOutcome]:
        """On the database thread: take the feeds queued so far (up to a group) and ingest them."""
        while self._pending and len(taken) < self._group:
            if taken and self._pending[0].alone:
                break
            taken.append(self._pending.popleft())
            if taken[0].alone:
                break
        outcomes = []
        for entry in taken:
            try:
                outcomes.append(self._ingest_one(session, entry.row, entry.result, entry.now))
            except Exception as exc:
                raise _FeedFailed(entry, exc) from exc
        return outcomes


def _fail(entry: _Pending, error: Exception) -> None:
    if not entry.stored.done():
        entry.stored.set_exception(error)
