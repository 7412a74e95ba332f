"""Feed health as operators see it: last success, failures in a row, the latest error, overdue.

`feed_health` reads every feed with its latest error (`repatwatch feeds status`, /sources, /feeds,
the service's health line and its failure notices). Read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.store.feeds import Feed, FeedErrorRecord


@dataclass(frozen=True, slots=True)
class FeedHealth:
    """One line of `repatwatch feeds status`."""

    name: str
    url: str
    enabled: bool
    last_polled_at: datetime | None
    last_success_at: datetime | None
    next_poll_at: datetime
    consecutive_failures: int
    unhealthy: bool
    unhealthy_since: datetime | None
    last_error_at: datetime | None
    last_error_kind: str | None
    last_error: str | None
    overdue: bool  # due more than one interval ago and not polled since

    @property
    def state(self) -> str:
        if not self.enabled:
            return "disabled"
        if self.unhealthy:
            return "unhealthy"
        if self.consecutive_failures:
            return "failing"
        if self.last_polled_at is None:
            return "new"
        return "ok"


def feed_health(session: Session, now: datetime) -> list[FeedHealth]:
    """Every feed with its health and latest error, by name."""
    latest = (
        select(FeedErrorRecord.feed_id, func.max(FeedErrorRecord.id).label("error_id"))
        .group_by(FeedErrorRecord.feed_id)
        .subquery()
    )
    query = (
        select(Feed, FeedErrorRecord)
        .outerjoin(latest, latest.c.feed_id == Feed.id)
        .outerjoin(FeedErrorRecord, FeedErrorRecord.id == latest.c.error_id)
        .order_by(Feed.name)
    )
    return [_health(feed, error, now) for feed, error in session.execute(query)]


def _health(feed: Feed, error: FeedErrorRecord | None, now: datetime) -> FeedHealth:
    return FeedHealth(
        name=feed.name,
        url=feed.current_url,
        enabled=feed.enabled,
        last_polled_at=feed.last_polled_at,
        last_success_at=feed.last_success_at,
        next_poll_at=feed.next_poll_at,
        consecutive_failures=feed.consecutive_failures,
        unhealthy=feed.unhealthy,
        unhealthy_since=feed.unhealthy_since,
        last_error_at=error.at if error else None,
        last_error_kind=error.kind if error else None,
        last_error=error.message if error else None,
        overdue=feed.enabled
        and feed.next_poll_at < now - timedelta(seconds=feed.interval_seconds),
    )
