"""News still owed that may change before it goes, on SQLite and PostgreSQL: held for a digest, or a
first alert still queued that a later report folds into."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from bot.delivery.message import DeliveryState, Message, MessageKind
from bot.store import outbox, owed
from bot.store.base import session_scope
from bot.store.outbox import OutboxRow
from bot.store.reports import Report

NOW = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)
NINE = NOW + timedelta(hours=10)
Factory = sessionmaker[Session]


def reports(factory: Factory, n: int) -> list[int]:
    with session_scope(factory) as session:
        rows = [
            Report(key=f"k{i}", fingerprint=f"f{i}", title=f"Report {i}", summary="",
                   first_seen_at=NOW)
            for i in range(n)
        ]  # fmt: skip
        session.add_all(rows)
        session.flush()
        return [r.id for r in rows]


def alert(chat_id: int, report_id: int, **fields: object) -> Message:
    base = Message(f"Alert {report_id}", chat_id=chat_id, kind=MessageKind.ALERT, case_id=7)
    return replace(base, report_id=report_id, **fields)  # type: ignore[arg-type]


def states(factory: Factory) -> list[str]:
    with session_scope(factory) as session:
        return [row.state for row in session.query(OutboxRow).order_by(OutboxRow.id)]


def test_held_news_is_never_claimed_and_is_listed_once_its_digest_time_comes(
    session_factory: Factory,
) -> None:
    r1, r2 = reports(session_factory, 2)
    with session_scope(session_factory) as session:
        held = [alert(1, r, digest=True, deliver_after=NINE, silent=True) for r in (r1, r2)]
        outbox.enqueue(session, held, now=NOW)
    with session_scope(session_factory) as session:
        later = NINE + timedelta(hours=1)
        claimed = outbox.claim_batch(session, worker_id="w", now=later, limit=9, lease_seconds=60)
        early = owed.due_digest_items(session, NINE - timedelta(minutes=1))
        due = owed.due_digest_items(session, NINE)
        owed.mark_digested(session, [item.id for item in due])
    assert (claimed, early) == ([], [])
    assert [(i.chat_id, i.case_id, i.report_id) for i in due] == [(1, 7, r1), (1, 7, r2)]
    assert states(session_factory) == ["digested", "digested"]
    with session_scope(session_factory) as session:
        assert owed.due_digest_items(session, NINE) == []


def test_a_first_alert_is_rewritten_only_while_no_sender_has_it(
    session_factory: Factory,
) -> None:
    r1, r2 = reports(session_factory, 2)
    with session_scope(session_factory) as session:
        outbox.enqueue(session, [alert(1, r1, deliver_after=NINE), alert(2, r2)], now=NOW)
    with session_scope(session_factory) as session:
        first = owed.queued_first_alerts(session, 7)
        outbox.claim_batch(session, worker_id="w", now=NOW, limit=9, lease_seconds=60)
    assert sorted(first) == [1, 2] and first[1].deliver_after == NINE
    with session_scope(session_factory) as session:
        waiting = replace(first[1], text="Alert, and more", urgent=True, deliver_after=None)
        taken = replace(first[2], text="too late")
        assert owed.rewrite_queued(session, first[1], waiting, now=NOW)
        assert not owed.rewrite_queued(session, first[2], taken, now=NOW)
    with session_scope(session_factory) as session:
        rows = session.query(OutboxRow).order_by(OutboxRow.id).all()
        assert [(r.text, r.priority, r.next_attempt_at) for r in rows] == [
            ("Alert, and more", outbox.URGENT, NOW),
            ("Alert 2", outbox.BACKGROUND, NOW),
        ]
        assert rows[1].state == DeliveryState.SENDING
