"""Feeds that wait for the database thread are stored together, each still all or nothing."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.domain import Document, FeedSpec, Item, Tier, Verdict
from bot.feeds import FetchResult
from bot.grouped_ingest import GroupedIngest
from bot.ingest import FeedOutcome, ingest
from bot.store import feed_leases
from bot.store import feeds as feed_store
from bot.store.base import DbRunner, session_scope
from bot.store.feed_leases import FeedRow
from bot.store.reports import Report

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
Factory = sessionmaker[Session]
DESKS = ("Dandong desk", "Hunchun desk", "Yanji desk")


def ignore_all(doc: Document) -> Verdict:
    return Verdict(Tier.IGNORE, 0.0)


def claimed(factory: Factory) -> dict[str, FeedRow]:
    specs = [
        FeedSpec(name, f"https://{n}.example.org/rss", "en", 900) for n, name in enumerate(DESKS)
    ]
    with session_scope(factory) as session:
        feed_store.sync_feeds(session, specs, NOW)
    with session_scope(factory) as session:
        ids = list(session.scalars(select(feed_store.Feed.id)))
        rows = feed_leases.claim_feeds(session, ids, worker_id="w1", now=NOW, lease_seconds=300)
    return {row.name: row for row in rows}


def fetched(row: FeedRow) -> FetchResult:
    site = row.url.removesuffix("/rss")
    items = tuple(
        Item(
            key=f"{site}/story/{n}",
            title=f"{row.name} story {n}: a family questioned at the river crossing",
            summary="Relatives said they had not heard from them since.",
            link=f"{site}/story/{n}",
            published=NOW - timedelta(hours=n),
            language="en",
            fingerprint=f"{site}:{n}",
        )
        for n in (1, 2)
    )
    return FetchResult(row.url, row.url, False, False, 200, None, None, items=items)


def stored_titles(factory: Factory) -> set[str]:
    with session_scope(factory) as session:
        return {title.split(" story")[0] for title in session.scalars(select(Report.title))}


def commits(factory: Factory) -> list[int]:
    """Counts the commits of `factory`'s sessions (the list grows by one each)."""
    seen: list[int] = []
    event.listen(factory, "after_commit", lambda session: seen.append(1))
    return seen


def plain_ingest(
    session: Session, row: FeedRow, result: FetchResult, now: datetime
) -> FeedOutcome:
    return ingest(session, row, result, now, classify=ignore_all, worker_id="w1")


async def while_busy(db: DbRunner, grouped: GroupedIngest, rows: list[FeedRow]) -> list[object]:
    """Each feed's result handed over while the database thread is held, then let go."""
    release = threading.Event()
    busy = asyncio.ensure_future(db(lambda session: release.wait(10)))
    await asyncio.sleep(0.05)  # the thread is now waiting
    stores = [asyncio.ensure_future(grouped.ingest(row, fetched(row), NOW)) for row in rows]
    await asyncio.sleep(0.05)  # every feed is queued
    release.set()
    await busy
    return await asyncio.gather(*stores, return_exceptions=True)


async def test_feeds_that_waited_for_the_database_are_stored_in_one_transaction(
    session_factory: Factory,
) -> None:
    rows = claimed(session_factory)
    db = DbRunner(session_factory)
    done = commits(session_factory)
    outcomes = await while_busy(db, GroupedIngest(db, plain_ingest), list(rows.values()))
    assert [o.new_reports for o in outcomes] == [2, 2, 2]  # type: ignore[attr-defined]
    assert len(done) == 2  # the unit that held the thread, then the three feeds together
    assert stored_titles(session_factory) == set(DESKS)


async def test_a_feed_failing_among_others_fails_alone_and_the_others_are_stored(
    session_factory: Factory,
) -> None:
    rows = claimed(session_factory)

    def chokes_on_hunchun(
        session: Session, row: FeedRow, result: FetchResult, now: datetime
    ) -> FeedOutcome:
        if row.name == "Hunchun desk":
            raise ValueError("classifier crashed on Hunchun")
        return plain_ingest(session, row, result, now)

    db = DbRunner(session_factory)
    outcomes = await while_busy(db, GroupedIngest(db, chokes_on_hunchun), list(rows.values()))
    failed = [o for o in outcomes if isinstance(o, Exception)]
    assert [str(e) for e in failed] == ["classifier crashed on Hunchun"]
    assert stored_titles(session_factory) == {"Dandong desk", "Yanji desk"}


async def test_a_commit_that_fails_stores_each_feed_again_on_its_own(
    session_factory: Factory,
) -> None:
    rows = claimed(session_factory)
    refused: list[int] = []

    def refuse_the_first_group(session: Session) -> None:
        if not refused and len(session.info.get("feeds", ())) > 1:
            refused.append(1)
            raise RuntimeError("disk full for a moment")

    event.listen(session_factory, "before_commit", refuse_the_first_group)

    def noting_feeds(
        session: Session, row: FeedRow, result: FetchResult, now: datetime
    ) -> FeedOutcome:
        session.info.setdefault("feeds", []).append(row.name)
        return plain_ingest(session, row, result, now)

    db = DbRunner(session_factory)
    outcomes = await while_busy(db, GroupedIngest(db, noting_feeds), list(rows.values()))
    assert refused and [o.new_reports for o in outcomes] == [2, 2, 2]  # type: ignore[attr-defined]
    with session_scope(session_factory) as session:
        assert session.scalar(select(func.count()).select_from(Report)) == 6


async def test_a_runner_of_several_threads_stores_each_feed_in_its_own_transaction(
    session_factory: Factory,
) -> None:
    rows = claimed(session_factory)
    db = DbRunner(session_factory, threads=2)
    done = commits(session_factory)
    grouped = GroupedIngest(db, plain_ingest)
    outcomes = await asyncio.gather(*(grouped.ingest(r, fetched(r), NOW) for r in rows.values()))
    assert [o.new_reports for o in outcomes] == [2, 2, 2]
    assert len(done) == 3
