"""The forward path: one feed's fetch result into the database, and what happened as values.

`ingest` is one unit of work (the poller runs it in one transaction on its database thread). It
calls the store in order: record the fetch (new reports and sightings, validators, the next poll
time; or the error and its backoff), then for each new report classify it, save the verdict, link an
alert into its case and, when the report is news (bot.urgency: published within the freshness
window), owe it to the chats that must be told (bot.owing, over bot.tg.alerts and bot.audience),
urgently or not (bot.urgency); an older report is filed as history and tells nobody. A feed's
reports, verdicts, cases and outbox rows therefore commit together or not at all: a crash can
neither lose an alert nor queue it twice (outbox rows are unique per chat and report). What happened comes back as a `FeedOutcome` holding one `ReportEvent` per report that was
not ignored, for the command line, the logs and console mode. The store only reads and writes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.archive import entry_record
from bot.domain import Document, Item, NewReport, Status, Tier, Verdict
from bot.feeds import FetchResult
from bot.owing import Owed
from bot.store import archive as archive_store
from bot.store import cases as case_store
from bot.store import feeds as feed_store
from bot.store import reports as report_store
from bot.store.base import Session
from bot.store.case_cache import CaseCache
from bot.store.feed_leases import FeedRow
from bot.tg.alerts import alert_view
from bot.urgency import DEFAULT_FRESH_DAYS, is_news, is_urgent

Classify = Callable[[Document], Verdict]
FRESH_FOR = timedelta(days=DEFAULT_FRESH_DAYS)


@dataclass(frozen=True, slots=True)
class CaseChange:
    """What filing a report did to its case."""

    case_id: str  # "C42"
    is_new: bool
    status_changed: bool
    previous_status: Status | None
    status: Status | None


@dataclass(frozen=True, slots=True)
class ReportEvent:
    """One new report that was not ignored: its id and tier, its case, how many chats were told.

    The report itself (text, verdict) stays in the store, so a cycle's events stay small however
    many reports it files; console mode reads what it prints (bot.store.reports.filed)."""

    report_id: int
    tier: Tier
    day: date  # the report's date: published, else first seen
    source: str | None  # the outlet, as the report or its feed names it
    case: CaseChange | None
    queued: int  # messages queued for chats
    news: bool = True  # False: older than the freshness window, filed as history only
    urgent: bool = False  # sent at once, through quiet hours and digests, before the rest

    @property
    def alert(self) -> bool:
        return self.tier is Tier.ALERT


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    """What polling one feed did, for the command line, the logs and the operators."""

    feed_id: int
    name: str
    new_reports: int = 0
    new_sightings: int = 0
    not_modified: bool = False
    error: str | None = None
    error_kind: str | None = None
    skipped: str | None = None  # why the feed was not polled (another worker holds it)
    failures: int = 0  # consecutive failures, this one included
    became_unhealthy: bool = False
    events: tuple[ReportEvent, ...] = ()

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


def ingest(
    session: Session,
    feed: FeedRow,
    result: FetchResult,
    now: datetime,
    *,
    classify: Classify,
    worker_id: str,
    fresh_for: timedelta = FRESH_FOR,
    cases: CaseCache | None = None,
) -> FeedOutcome:
    """Store one fetch of `feed` and file its new reports, in the caller's one transaction.

    Reports published more than `fresh_for` before `now` are history: filed, never alerted.
    `cases` is the poll cycle's cache of case records (bot.store.case_cache). The feed's unseen
    items are classified before they are stored, so each report is written once, verdict and
    all."""
    verdicts = _classify_unseen(session, feed, result, now, classify)
    stored = feed_store.store_poll_result(
        session, feed, result, now, worker_id=worker_id, verdicts=verdicts
    )
    if stored.error is not None:
        return failure_outcome(feed, stored)
    if stored.new_reports:  # the source archive keeps each new report's entry as read
        entries = [(r.report_id, r.item.link, entry_record(r.item)) for r in stored.new_reports]
        archive_store.keep_entries(session, entries, now)
    return FeedOutcome(
        feed_id=feed.id,
        name=feed.name,
        new_reports=len(stored.new_reports),
        new_sightings=stored.new_sightings,
        not_modified=stored.not_modified,
        events=file_reports(
            session,
            stored.new_reports,
            now,
            classify,
            fresh_for=fresh_for,
            backfill=stored.first_poll,
            cases=cases,
            verdicts=verdicts,
        ),
    )


def _classify_unseen(
    session: Session, feed: FeedRow, result: FetchResult, now: datetime, classify: Classify
) -> dict[str, Verdict] | None:
    """The verdict on each item the feed has not carried before, by entry key."""
    if result.error is not None:
        return None
    first_poll = feed_store.is_first_poll(feed)
    unseen = report_store.unseen_items(session, feed.id, result.items, first_poll=first_poll)
    return {item.key: classify(_document(item, feed.name, now)) for item in unseen}


def failure_outcome(feed: FeedRow, failed: feed_store.StoredPoll) -> FeedOutcome:
    return FeedOutcome(
        feed_id=feed.id,
        name=feed.name,
        error=failed.error,
        error_kind=failed.error_kind,
        failures=failed.consecutive_failures,
        became_unhealthy=failed.became_unhealthy,
    )


def file_reports(
    session: Session,
    reports: Sequence[NewReport],
    now: datetime,
    classify: Classify,
    *,
    fresh_for: timedelta = FRESH_FOR,
    backfill: bool = False,
    cases: CaseCache | None = None,
    verdicts: Mapping[str, Verdict] | None = None,
) -> tuple[ReportEvent, ...]:
    """Classify each report, link alerts into cases and queue the messages owed to chats for
    the reports that are news; `backfill` says the reports come from a feed's first poll.
    `verdicts` (by entry key) are verdicts already stored with the reports."""
    if verdicts is None:
        judged = [classify(document_for(report)) for report in reports]
        report_store.save_verdicts(
            session, [(r.report_id, v) for r, v in zip(reports, judged, strict=True)], now
        )
    else:
        judged = [verdicts[report.item.key] for report in reports]
    owed = Owed(session, now)
    writes = case_store.CaseWrites(now)
    events: list[ReportEvent] = []
    for report, verdict in _oldest_first(reports, judged):
        doc = document_for(report)  # only for the reports not ignored: most are ignored
        update = case_store.attach_report(
            session,
            report_id=report.report_id,
            doc=doc,
            verdict=verdict,
            now=now,
            cache=cases,
            just_stored=True,
            writes=writes,
        )
        change = _change(update) if update is not None else None
        published = report.item.published
        if not is_news(published, report.first_seen_at, now, fresh_for, feed_backfill=backfill):
            events.append(_event(doc, verdict, change, 0, news=False))
            continue
        case_id = case_store.parse_case_id(update.case_id) if update is not None else None
        view = alert_view(
            report_id=report.report_id,
            title=doc.title,
            verdict=verdict,
            case_id=case_id,
            case=update.record if update is not None else None,
            excerpt=doc.text,
            link=doc.url,
            source=doc.source,
            published=published,
        )
        status_changed = change is not None and change.status_changed and not change.is_new
        urgent = change is not None and is_urgent(
            new_case=change.is_new or not owed.followers(case_id),  # nobody was told of it yet
            status=change.status,
            status_changed=status_changed,
        )
        told = owed.report(view, case_id, status_changed=status_changed, urgent=urgent)
        events.append(_event(doc, verdict, change, told, urgent=urgent))
    writes.flush(session)
    owed.flush()
    return tuple(events)


def _event(
    doc: Document, verdict: Verdict, change: CaseChange | None, queued: int, **flags: bool
) -> ReportEvent:
    day = doc.date or date.min  # document_for always dates it
    return ReportEvent(int(doc.id), verdict.tier, day, doc.source, change, queued, **flags)


def _oldest_first(
    reports: Sequence[NewReport], verdicts: Sequence[Verdict]
) -> list[tuple[NewReport, Verdict]]:
    """The reports to link, in the order they were published. A feed lists its newest item
    first; linked in that order, every report of a case would land before the ones already in
    it, so each would rebuild the case's record instead of adding to it, and the linker would
    weigh a follow-up before the report it follows (it is written, and measured, for date order)."""
    linked = [t for t in zip(reports, verdicts, strict=True) if t[1].tier is not Tier.IGNORE]
    return sorted(linked, key=lambda t: t[0].item.published or t[0].first_seen_at)


def document_for(report: NewReport) -> Document:
    """What the classifier and the case linker read of a stored report."""
    return _document(report.item, report.feed_name, report.first_seen_at, report.report_id)


def _document(item: Item, feed_name: str, first_seen_at: datetime, report_id: int = 0) -> Document:
    """A report's Document; before the report is stored (to classify it) its id is 0."""
    return Document(
        id=str(report_id),
        title=item.title,
        text=item.summary,
        lang=item.language,
        url=item.link,
        date=(item.published or first_seen_at).date(),
        source=item.source or feed_name,
    )


def _change(update: case_store.CaseUpdate) -> CaseChange:
    return CaseChange(
        case_id=update.case_id,
        is_new=update.is_new_case,
        status_changed=update.status_changed,
        previous_status=update.previous_status,
        status=update.status,
    )
