"""Leases on feeds: how workers claim feeds so that each is polled by one worker at a time.

On PostgreSQL the claim reads with `SELECT ... FOR UPDATE SKIP LOCKED`, so two workers claiming at
the same moment get disjoint feeds without waiting on each other; the UPDATE that sets the lease
re-checks that the lease is still free, which also makes claims safe on SQLite (no row locks). A
lease expires after `lease_seconds`, so feeds held by a dead worker come back by themselves;
storing a poll's result releases it (`bot.store.feeds`). Claims return plain `FeedRow`s.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.orm import Session

from bot.store.feeds import Feed, FeedRow

__all__ = ["FeedRow", "claim_due_feeds", "claim_feeds", "feed_row"]


_ROW_COLUMNS = (
    Feed.id,
    Feed.name,
    Feed.current_url,
    Feed.url,
    Feed.language,
    Feed.interval_seconds,
    Feed.etag,
    Feed.last_modified,
    Feed.last_success_at,
)


def _feed_row(row: tuple[Any, ...]) -> FeedRow:
    id_, name, url, configured, language, interval, etag, modified, succeeded = row
    return FeedRow(id_, name, url, configured, language, interval, etag, modified, succeeded)


def _lease_free(now: datetime) -> ColumnElement[bool]:
    return or_(Feed.lease_expires_at.is_(None), Feed.lease_expires_at <= now)


def claim_due_feeds(
    session: Session,
    *,
    worker_id: str,
    now: datetime,
    limit: int,
    lease_seconds: int,
    polled_before: datetime | None = None,
) -> list[FeedRow]:
    """Lease up to `limit` enabled feeds that are due and not leased by a live worker.
    `polled_before` (a cycle's start) skips feeds this cycle has already polled."""
    query = (
        select(Feed.id)
        .where(Feed.enabled, Feed.next_poll_at <= now, _lease_free(now))
        .order_by(Feed.next_poll_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    if polled_before is not None:
        query = query.where(
            or_(Feed.last_polled_at.is_(None), Feed.last_polled_at < polled_before)
        )
    ids = list(session.scalars(query))
    return _lease(session, ids, _lease_free(now), worker_id, now, lease_seconds)


def claim_feeds(
    session: Session,
    feed_ids: Collection[int],
    *,
    worker_id: str,
    now: datetime,
    lease_seconds: int,
) -> list[FeedRow]:
    """Lease these feeds whether due or not (`poll --once`). A worker restarted under the same
    id takes back its own leases at once; other workers' live leases are respected."""
    claimable = or_(_lease_free(now), Feed.lease_owner == worker_id)
    query = (
        select(Feed.id)
        .where(Feed.id.in_(list(feed_ids)), Feed.enabled, claimable)
        .with_for_update(skip_locked=True)
    )
    ids = list(session.scalars(query))
    return _lease(session, ids, claimable, worker_id, now, lease_seconds)


def feed_row(session: Session, feed_id: int) -> FeedRow:
    """A feed as a claim returns it, without claiming it (for one-off writes and tests)."""
    query = select(*_ROW_COLUMNS).where(Feed.id == feed_id)
    return _feed_row(session.execute(query).one())


def _lease(
    session: Session,
    ids: list[int],
    claimable: ColumnElement[bool],
    worker_id: str,
    now: datetime,
    lease_seconds: int,
) -> list[FeedRow]:
    if not ids:
        return []
    # The condition is checked again in the UPDATE: on SQLite (no row locks) two workers may
    # select the same ids, and only the first UPDATE still finds the lease free.
    statement = (
        update(Feed)
        .where(Feed.id.in_(ids), claimable)
        .values(lease_owner=worker_id, lease_expires_at=now + timedelta(seconds=lease_seconds))
        .returning(*_ROW_COLUMNS)
        .execution_options(synchronize_session=False)
    )
    rows = [_feed_row(row) for row in session.execute(statement)]
    order = {id_: position for position, id_ in enumerate(ids)}
    return sorted(rows, key=lambda row: order[row.id])


def release(session: Session, feed_ids: Collection[int], *, worker_id: str) -> None:
    """Hand back `worker_id`'s leases on these feeds (polls it stopped): due to anyone at once."""
    session.execute(
        update(Feed)
        .where(Feed.id.in_(list(feed_ids)), Feed.lease_owner == worker_id)
        .values(lease_owner=None, lease_expires_at=None)
        .execution_options(synchronize_session=False)
    )
