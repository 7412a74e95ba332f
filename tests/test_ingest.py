"""The forward path on SQLite and PostgreSQL: a fetch result in, reports filed, messages owed out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from bot.audience import SubscriptionSettings
from bot.delivery.message import MessageKind
from bot.domain import Document, Facts, FeedSpec, Item, Status, Tier, Verdict
from bot.feeds import FetchResult
from bot.ingest import FeedOutcome, ingest
from bot.store import chats, feed_leases, outbox
from bot.store import feeds as feed_store
from bot.store.base import session_scope
from bot.store.feeds import Feed
from bot.store.outbox import OutboxRow
from bot.store.reports import Report
from bot.tg.alerts import owed_messages
from bot.tg.views import AlertView

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
EVERYTHING, ONLY_RUSSIA = 1, 2
Factory = sessionmaker[Session]
FEED = FeedSpec("Border news", "https://border.example.org/rss", "en", 900)
HELD = Verdict(
    Tier.ALERT, 0.9, Facts(country="CN", place="Tumen", people=4, status=Status.DETAINED)
)


def report(session: Session, n: int) -> int:
    values = {"key": f"k{n}", "fingerprint": f"f{n}", "title": "t", "summary": "s"}
    statement = insert(Report).values(first_seen_at=NOW, **values).returning(Report.id)
    return int(session.execute(statement).scalar_one())


def deliver(session: Session, n: int, status: Status, *, status_changed: bool) -> dict[int, str]:
    alert = AlertView(
        report_id=report(session, n),
        case_id=9,
        title=f"report {n}",
        facts=Facts(country="CN", status=status),
    )
    rows = owed_messages(
        alert,
        chats.active_subscriptions(session),
        outbox.case_followers(session, 9),
        status_changed=status_changed,
        now=NOW,
    )
    outbox.enqueue(session, rows, now=NOW)
    return {row.chat_id: row.kind.value for row in rows}


def test_first_alert_then_update_then_status_change_even_past_filters(
    session_factory: Factory,
) -> None:
    with session_scope(session_factory) as s:
        for chat_id in (EVERYTHING, ONLY_RUSSIA):
            chats.record_chat(s, chat_id, type="private", title=None, now=NOW)
            chats.subscribe(s, chat_id, now=NOW)
        chats.update_settings(
            s, ONLY_RUSSIA, SubscriptionSettings(countries=frozenset({"RU"})), now=NOW
        )
    with session_scope(session_factory) as s:
        assert deliver(s, 1, Status.DETAINED, status_changed=True) == {EVERYTHING: "alert"}
    with session_scope(session_factory) as s:
        assert deliver(s, 2, Status.DETAINED, status_changed=False) == {EVERYTHING: "update"}
    with session_scope(session_factory) as s:
        only_detained = SubscriptionSettings(statuses=frozenset({Status.DETAINED}))
        chats.update_settings(s, EVERYTHING, only_detained, now=NOW)
    with session_scope(session_factory) as s:
        told = deliver(s, 3, Status.REPATRIATED, status_changed=True)
    assert told == {EVERYTHING: MessageKind.STATUS_CHANGE.value}


# --- one fetch result, ingested ---------------------------------------------------------------------


def item(key: str, title: str, published: datetime | None = NOW - timedelta(hours=2)) -> Item:
    return Item(
        key=f"https://border.example.org/{key}",
        title=title,
        summary=f"{title}, as the correspondent wrote it.",
        link=f"https://border.example.org/{key}",
        published=published,
        language="en",
        fingerprint=f"fp:{key}",
    )


def fetched(*items: Item, etag: str | None = None) -> FetchResult:
    return FetchResult(FEED.url, FEED.url, False, False, 200, etag, None, items=items)


def claimed_feed(factory: Factory) -> feed_leases.FeedRow:
    with session_scope(factory) as s:
        feed_store.sync_feeds(s, [FEED], NOW)
        chats.record_chat(s, EVERYTHING, type="private", title=None, now=NOW)
        chats.subscribe(s, EVERYTHING, now=NOW)
    with session_scope(factory) as s:
        (feed_id,) = s.scalars(select(Feed.id))
        (row,) = feed_leases.claim_feeds(s, [feed_id], worker_id="w1", now=NOW, lease_seconds=300)
    return row


def held_if_about_tumen(doc: Document) -> Verdict:
    return HELD if "Tumen" in doc.title else Verdict(Tier.IGNORE, 0.0)


def run(factory: Factory, result: FetchResult, classify=held_if_about_tumen) -> FeedOutcome:  # type: ignore[no-untyped-def]
    feed = claimed_feed(factory)
    with session_scope(factory) as s:
        return ingest(s, feed, result, NOW, classify=classify, worker_id="w1")


def count(factory: Factory, model: type[object]) -> int:
    with session_scope(factory) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_a_fetch_is_filed_as_verdicts_a_case_and_owed_alerts_in_one_go(
    session_factory: Factory,
) -> None:
    outcome = run(session_factory, fetched(item("1", "Four held in Tumen"), item("2", "Rice")))
    (event,) = outcome.events
    assert (outcome.new_reports, outcome.line) == (2, "new 2")
    assert event.case is not None and event.case.is_new and event.queued == 1
    with session_scope(session_factory) as s:
        tiers = sorted(str(t) for t in s.scalars(select(Report.tier)))
        owed = s.execute(select(OutboxRow.chat_id, OutboxRow.kind)).all()
    assert tiers == ["alert", "ignore"]
    assert [(chat, kind) for chat, kind in owed] == [(EVERYTHING, "alert")]


def test_a_failing_classifier_stores_nothing_so_the_reports_come_again(
    session_factory: Factory,
) -> None:
    def broken(doc: Document) -> Verdict:
        raise RuntimeError("classifier crashed")

    with pytest.raises(RuntimeError):
        run(session_factory, fetched(item("1", "Four held in Tumen"), etag='"v2"'), broken)
    assert count(session_factory, Report) == 0
    with session_scope(session_factory) as s:
        assert s.scalars(select(Feed.etag)).one() is None


def test_a_report_older_than_the_window_is_filed_in_a_case_but_owed_to_nobody(
    session_factory: Factory,
) -> None:
    old = item("1", "Four held in Tumen", published=NOW - timedelta(days=30))
    (event,) = run(session_factory, fetched(old)).events
    assert event.case is not None and not event.news and event.queued == 0
    assert count(session_factory, OutboxRow) == 0
    with session_scope(session_factory) as s:
        assert s.scalars(select(Report.tier)).one() == "alert"


def test_undated_reports_of_a_new_feed_are_its_archive_but_later_ones_are_news(
    session_factory: Factory,
) -> None:
    (archived,) = run(session_factory, fetched(item("1", "Four held in Tumen", None))).events
    with session_scope(session_factory) as s:
        (feed,) = feed_leases.claim_feeds(
            s, [s.scalars(select(Feed.id)).one()], worker_id="w1", now=NOW, lease_seconds=300
        )
        later = fetched(item("2", "Two more held in Tumen", None))
        outcome = ingest(s, feed, later, NOW, classify=held_if_about_tumen, worker_id="w1")
    assert not archived.news
    assert [(e.news, e.queued) for e in outcome.events] == [(True, 1)]


def test_a_feed_listing_its_newest_report_first_opens_the_case_with_the_earliest(
    session_factory: Factory,
) -> None:
    arrest = item("1", "Four held in Tumen", published=NOW - timedelta(hours=30))
    follow_up = item("2", "Tumen: four still held", published=NOW - timedelta(hours=3))
    outcome = run(session_factory, fetched(follow_up, arrest))
    opened = [e.report_id for e in outcome.events if e.case is not None and e.case.is_new]
    with session_scope(session_factory) as s:
        earliest = s.scalars(select(Report.id).where(Report.key == arrest.key)).one()
    assert opened == [earliest]
    assert len({e.case.case_id for e in outcome.events if e.case is not None}) == 1
