"""Feeds as the database knows them: configuration, poll state, health, errors and leases.

`sync_feeds` mirrors feeds.yaml into the `feeds` table (removed feeds are disabled, never deleted).
Workers claim due feeds under a lease (`bot.store.feed_leases`), then `store_poll_result` writes
what one poll fetched - new reports and sightings, validators, the next poll time and the lease
release - and returns the new reports for the caller (bot.ingest) to file in the same transaction;
`record_successes` is that bookkeeping alone, for many feeds in one executemany UPDATE (the poller
writes a cycle's 304s that way); `record_feed_failure` writes a failed poll: the error, the backoff and the feed's health. The
operator's view of it all is bot.store.feed_health. Functions take a Session and never commit: the
caller does.

Kept whole: a poll's success and failure write the same feed columns (backoff,
health, next poll) and must keep the same rules for them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    bindparam,
    case,
    delete,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.sql.elements import BindParameter

from bot import schedule
from bot.domain import FeedSpec, NewReport, Verdict
from bot.store.base import Base
from bot.store.reports import Report, ReportSighting, add_items

if TYPE_CHECKING:
    from bot.feeds import FetchResult

__all__ = [
    "DEFAULT_INTERVAL_SECONDS",
    "ERRORS_KEPT_PER_FEED",
    "Feed",
    "FeedErrorRecord",
    "FeedRow",
    "Report",
    "ReportSighting",
    "StoredPoll",
    "enabled_feeds",
    "is_first_poll",
    "record_feed_failure",
    "record_successes",
    "store_poll_result",
    "sync_feeds",
]

DEFAULT_INTERVAL_SECONDS = 600
ERRORS_KEPT_PER_FEED = 20


class Feed(Base):
    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str] = mapped_column(Text)  # as configured in feeds.yaml
    current_url: Mapped[str] = mapped_column(Text)  # where it lives now (permanent redirects)
    language: Mapped[str | None] = mapped_column(String(16))
    interval_seconds: Mapped[int]
    tags: Mapped[list[str]] = mapped_column(JSON)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    next_poll_at: Mapped[datetime] = mapped_column(index=True)
    last_polled_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    consecutive_failures: Mapped[int]
    backoff_seconds: Mapped[int]
    failing_since: Mapped[datetime | None]
    unhealthy: Mapped[bool] = mapped_column(Boolean)
    unhealthy_since: Mapped[datetime | None]
    enabled: Mapped[bool] = mapped_column(Boolean)
    lease_owner: Mapped[str | None] = mapped_column(String(200))
    lease_expires_at: Mapped[datetime | None]


class FeedErrorRecord(Base):
    """One failed poll: when, what kind (fetch, parse, timeout, http, store...) and the message."""

    __tablename__ = "feed_errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(Text)


@dataclass(frozen=True, slots=True)
class FeedRow:
    """A claimed feed, detached from the session: what a worker needs to fetch it."""

    id: int
    name: str
    url: str  # the URL to fetch (after permanent redirects)
    configured_url: str
    language: str | None
    interval_seconds: int
    etag: str | None
    last_modified: str | None
    last_success_at: datetime | None = None  # None: the feed was never polled successfully


@dataclass(frozen=True, slots=True)
class StoredPoll:
    """What storing one poll did."""

    feed_id: int
    feed_name: str
    new_reports: tuple[NewReport, ...] = ()
    new_sightings: int = 0
    not_modified: bool = False
    first_poll: bool = False  # the feed's first successful poll: what it carries is its archive
    error_kind: str | None = None
    error: str | None = None
    unhealthy: bool = False
    consecutive_failures: int = 0
    became_unhealthy: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


# -- configuration ----------------------------------------------------------------------------------
def sync_feeds(
    session: Session,
    specs: Sequence[FeedSpec],
    now: datetime,
    *,
    default_interval_seconds: int = DEFAULT_INTERVAL_SECONDS,
) -> None:
    """Make the table match feeds.yaml: add new feeds (due at once), update changed ones (a
    shorter interval takes effect at once), disable the ones no longer listed (their history
    stays)."""
    existing = {feed.name: feed for feed in session.scalars(select(Feed))}
    for spec in specs:
        interval = spec.interval_seconds or default_interval_seconds
        feed = existing.pop(spec.name, None)
        if feed is None:
            session.add(_new_feed(spec, interval, now))
            continue
        if feed.url != spec.url:
            feed.url = feed.current_url = spec.url
            feed.etag = feed.last_modified = None
        if not feed.enabled:
            feed.enabled = True
            feed.next_poll_at = min(
                feed.next_poll_at, schedule.first_poll_at(spec.name, interval, now)
            )
        feed.language = spec.language
        if interval < feed.interval_seconds and not feed.consecutive_failures:
            feed.next_poll_at = schedule.due_by(feed.next_poll_at, feed.last_polled_at, interval)
        feed.interval_seconds = interval
        feed.tags = list(spec.tags)
    for feed in existing.values():
        feed.enabled = False
    session.flush()


def _new_feed(spec: FeedSpec, interval: int, now: datetime) -> Feed:
    return Feed(
        name=spec.name,
        url=spec.url,
        current_url=spec.url,
        language=spec.language,
        interval_seconds=interval,
        tags=list(spec.tags),
        next_poll_at=schedule.first_poll_at(spec.name, interval, now),
        consecutive_failures=0,
        backoff_seconds=0,
        unhealthy=False,
        enabled=True,
    )


def enabled_feeds(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every enabled feed, by name."""
    query = select(Feed.id, Feed.name).where(Feed.enabled).order_by(Feed.name)
    return [(id_, name) for id_, name in session.execute(query)]


def _release(feed: Feed, worker_id: str) -> None:
    if feed.lease_owner in (worker_id, None):
        feed.lease_owner = None
        feed.lease_expires_at = None


# -- poll results -----------------------------------------------------------------------------------
def store_poll_result(
    session: Session,
    feed: FeedRow,
    result: FetchResult,
    now: datetime,
    *,
    worker_id: str,
    verdicts: Mapping[str, Verdict] | None = None,
) -> StoredPoll:
    """Write one poll's outcome in the caller's transaction (see the module docstring);
    `verdicts` as `add_items` takes them."""
    if result.error is not None:
        error = result.error
        failed = session.get_one(Feed, feed.id)
        return _fail(session, failed, error.kind, str(error), now, worker_id, result.retry_after)
    first_poll = is_first_poll(feed)
    new_reports, sightings = add_items(
        session,
        feed.id,
        feed.name,
        result.items,
        now,
        scope=_scope(feed.configured_url),
        first_poll=first_poll,
        verdicts=verdicts,
    )
    record_successes(session, [(feed, result)], now, worker_id=worker_id)
    return StoredPoll(
        feed_id=feed.id,
        feed_name=feed.name,
        new_reports=tuple(new_reports),
        new_sightings=sightings,
        not_modified=result.not_modified,
        first_poll=first_poll,
    )


def is_first_poll(feed: FeedRow) -> bool:
    """Whether this poll is the feed's first success: what it carries is its archive."""
    return feed.last_success_at is None


def record_successes(
    session: Session,
    polls: Sequence[tuple[FeedRow, FetchResult]],
    now: datetime,
    *,
    worker_id: str,
) -> None:
    """The bookkeeping of successful polls (validators, the next poll, health, the lease): one
    executemany UPDATE per kind, so a cycle's 304s cost a plain UPDATE each, not an ORM load."""
    for not_modified in (True, False):
        rows = [
            _success_row(feed, result, now, worker_id)
            for feed, result in polls
            if result.not_modified is not_modified
        ]
        if rows:
            session.execute(_SUCCESS[not_modified], rows)


def _success_row(
    feed: FeedRow, result: FetchResult, now: datetime, worker_id: str
) -> dict[str, object]:
    plan = schedule.after_success(feed.name, feed.interval_seconds, now)
    moved = result.final_url if result.permanent_redirect and result.final_url else None
    return {
        "feed_id": feed.id,
        "worker_id": worker_id,
        "now": now,
        "next_poll_at": plan.next_poll_at,
        "etag": result.etag,
        "last_modified": result.last_modified,
        "moved_to": moved,
    }


def _success_update(*, not_modified: bool) -> Any:
    """The UPDATE one successful poll makes; a 304 keeps validators the server did not resend."""
    table: Table = Feed.__table__  # type: ignore[assignment]
    c = table.c
    ours = or_(c.lease_owner.is_(None), c.lease_owner == bindparam("worker_id"))
    etag: BindParameter[str | None] = bindparam("etag")
    modified: BindParameter[str | None] = bindparam("last_modified")
    return (
        update(table)
        .where(c.id == bindparam("feed_id"))
        .values(
            etag=func.coalesce(etag, c.etag) if not_modified else etag,
            last_modified=func.coalesce(modified, c.last_modified) if not_modified else modified,
            current_url=func.coalesce(bindparam("moved_to"), c.current_url),
            last_polled_at=bindparam("now"),
            last_success_at=bindparam("now"),
            next_poll_at=bindparam("next_poll_at"),
            backoff_seconds=0,
            consecutive_failures=0,
            failing_since=None,
            unhealthy_since=None,
            unhealthy=False,
            lease_owner=case((ours, None), else_=c.lease_owner),
            lease_expires_at=case((ours, None), else_=c.lease_expires_at),
        )
    )


_SUCCESS = {flag: _success_update(not_modified=flag) for flag in (True, False)}


def _scope(url: str) -> str:
    """The publisher's host, which qualifies its opaque guids."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def record_feed_failure(
    session: Session, feed_id: int, *, kind: str, message: str, now: datetime, worker_id: str
) -> StoredPoll:
    """Record a failed poll (error row, backoff, health) and release the lease."""
    return _fail(session, session.get_one(Feed, feed_id), kind, message, now, worker_id)


def _fail(
    session: Session,
    feed: Feed,
    kind: str,
    message: str,
    now: datetime,
    worker_id: str,
    not_before: datetime | None = None,  # the site's Retry-After
) -> StoredPoll:
    streak = schedule.FailureStreak(
        feed.consecutive_failures, feed.failing_since, feed.unhealthy_since
    )
    was_unhealthy = feed.unhealthy
    plan = schedule.after_failure(feed.name, feed.interval_seconds, streak, now)
    if not_before is not None and not_before > plan.next_poll_at:
        plan = replace(plan, next_poll_at=not_before)
    _apply(feed, plan, now)
    _release(feed, worker_id)
    session.add(FeedErrorRecord(feed_id=feed.id, at=now, kind=kind[:32], message=message))
    session.flush()
    _prune_errors(session, feed.id)
    return StoredPoll(
        feed_id=feed.id,
        feed_name=feed.name,
        error_kind=kind,
        error=message,
        unhealthy=feed.unhealthy,
        consecutive_failures=feed.consecutive_failures,
        became_unhealthy=feed.unhealthy and not was_unhealthy,
    )


def _apply(feed: Feed, plan: schedule.NextPoll, now: datetime) -> None:
    feed.last_polled_at = now
    feed.next_poll_at = plan.next_poll_at
    feed.backoff_seconds = plan.backoff_seconds
    feed.consecutive_failures = plan.streak.consecutive_failures
    feed.failing_since = plan.streak.failing_since
    feed.unhealthy_since = plan.streak.unhealthy_since
    feed.unhealthy = plan.unhealthy


def _prune_errors(session: Session, feed_id: int) -> None:
    keep = (
        select(FeedErrorRecord.id)
        .where(FeedErrorRecord.feed_id == feed_id)
        .order_by(FeedErrorRecord.id.desc())
        .limit(ERRORS_KEPT_PER_FEED)
        .scalar_subquery()
    )
    session.execute(
        delete(FeedErrorRecord).where(
            FeedErrorRecord.feed_id == feed_id, FeedErrorRecord.id.not_in(keep)
        )
    )
