"""The outbox store: owed once per chat and report, claimed without duplicates, visible when failed."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from bot.delivery.message import Button, DeliveryState, Message, MessageKind
from bot.store import outbox
from bot.store.base import make_engine, make_session_factory, session_scope, upgrade
from bot.store.outbox import OutboxRow
from bot.store.reports import Report

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _reports(factory: sessionmaker[Session], n: int) -> list[int]:
    with session_scope(factory) as session:
        rows = [
            Report(
                key=f"https://news.example/{i}",
                fingerprint=f"fp-{i}",
                title=f"Report {i}",
                summary="",
                first_seen_at=NOW,
            )
            for i in range(n)
        ]
        session.add_all(rows)
        session.flush()
        return [r.id for r in rows]


def _alert(chat_id: int, report_id: int, case_id: int | None = None) -> Message:
    return Message(
        chat_id=chat_id,
        kind=MessageKind.ALERT,
        text=f"<b>Alert</b> for {chat_id}",
        report_id=report_id,
        case_id=case_id,
        buttons=((Button("Case summary", data="case:1"),),),
    )


def _state(factory: sessionmaker[Session], outbox_id: int) -> OutboxRow:
    with session_scope(factory) as session:
        row = session.get(OutboxRow, outbox_id)
        assert row is not None
        return row


def test_an_alert_is_owed_once_per_chat_and_report(session_factory: sessionmaker[Session]) -> None:
    (report,) = _reports(session_factory, 1)
    with session_scope(session_factory) as session:
        first = outbox.enqueue(session, [_alert(1, report), _alert(2, report)], now=NOW)
    with session_scope(session_factory) as session:
        again = outbox.enqueue(session, [_alert(1, report), _alert(3, report)], now=NOW)
        depth = outbox.outbox_depth(session)
    assert (first, again, depth) == (2, 1, 3)


def test_broadcasts_are_deduplicated_by_their_key(session_factory: sessionmaker[Session]) -> None:
    note = Message("Maintenance tonight", chat_id=1, kind=MessageKind.BROADCAST, dedupe_key="bc:7")
    with session_scope(session_factory) as session:
        counts = [outbox.enqueue(session, [note], now=NOW) for _ in range(2)]
    assert counts == [1, 0]


def test_a_large_fan_out_is_enqueued_in_batches(session_factory: sessionmaker[Session]) -> None:
    (report,) = _reports(session_factory, 1)
    with session_scope(session_factory) as session:
        inserted = outbox.enqueue(session, [_alert(c, report) for c in range(1, 1201)], now=NOW)
    assert inserted == 1200


def test_claimed_rows_are_not_claimed_again_until_the_lease_ends(
    session_factory: sessionmaker[Session],
) -> None:
    (report,) = _reports(session_factory, 1)
    with session_scope(session_factory) as session:
        outbox.enqueue(session, [_alert(c, report) for c in (1, 2, 3)], now=NOW)
        outbox.heartbeat(session, "a", now=NOW, ttl_seconds=600)
        outbox.heartbeat(session, "b", now=NOW, ttl_seconds=600)
    with session_scope(session_factory) as session:
        a = outbox.claim_batch(session, worker_id="a", now=NOW, limit=2, lease_seconds=60)
    with session_scope(session_factory) as session:
        b = outbox.claim_batch(session, worker_id="b", now=NOW, limit=10, lease_seconds=60)
    later = NOW + timedelta(seconds=61)
    with session_scope(session_factory) as session:
        c = outbox.claim_batch(session, worker_id="b", now=later, limit=10, lease_seconds=60)
    assert [m.chat_id for m in a] == [1, 2]
    assert [m.chat_id for m in b] == [3]
    assert {m.chat_id for m in c} == {1, 2, 3}  # a's lease (and b's) ran out
    assert a[0].buttons == ((Button("Case summary", data="case:1"),),)


def test_a_dead_senders_claims_are_free_once_its_heartbeat_stops(
    session_factory: sessionmaker[Session],
) -> None:
    (report,) = _reports(session_factory, 1)
    with session_scope(session_factory) as session:
        outbox.enqueue(session, [_alert(1, report)], now=NOW)
        outbox.heartbeat(session, "dead", now=NOW, ttl_seconds=5)
        outbox.claim_batch(session, worker_id="dead", now=NOW, limit=10, lease_seconds=600)
    with session_scope(session_factory) as session:
        soon = outbox.claim_batch(
            session, worker_id="new", now=NOW + timedelta(seconds=2), limit=10, lease_seconds=60
        )
    with session_scope(session_factory) as session:
        after = outbox.claim_batch(
            session, worker_id="new", now=NOW + timedelta(seconds=6), limit=10, lease_seconds=60
        )
    assert soon == []
    assert [m.chat_id for m in after] == [1]


def test_a_chat_being_sent_to_by_one_sender_is_left_to_it(
    session_factory: sessionmaker[Session],
) -> None:
    r1, r2 = _reports(session_factory, 2)
    with session_scope(session_factory) as session:
        outbox.enqueue(session, [_alert(1, r1)], now=NOW)
        outbox.heartbeat(session, "a", now=NOW, ttl_seconds=600)
        outbox.claim_batch(session, worker_id="a", now=NOW, limit=10, lease_seconds=60)
        outbox.enqueue(session, [_alert(1, r2), _alert(2, r2)], now=NOW)
    with session_scope(session_factory) as session:
        b = outbox.claim_batch(session, worker_id="b", now=NOW, limit=10, lease_seconds=60)
    assert [m.chat_id for m in b] == [2]


def test_sent_retry_and_failed_rows_leave_the_queue_or_come_back(
    session_factory: sessionmaker[Session],
) -> None:
    r1, r2, r3 = _reports(session_factory, 3)
    with session_scope(session_factory) as session:
        outbox.enqueue(session, [_alert(1, r1), _alert(2, r2), _alert(3, r3)], now=NOW)
        sent, retry, failed = outbox.claim_batch(
            session, worker_id="w", now=NOW, limit=10, lease_seconds=60
        )
        outbox.mark_sent(session, sent.outbox_id, 501, NOW)
        outbox.mark_retry(
            session, retry.outbox_id, next_attempt_at=NOW + timedelta(minutes=1), error="x"
        )
        outbox.mark_failed(
            session, failed.outbox_id, now=NOW, error="Bad Request: message is too long"
        )
    with session_scope(session_factory) as session:
        due_now = outbox.claim_batch(session, worker_id="w", now=NOW, limit=10, lease_seconds=60)
    with session_scope(session_factory) as session:
        due_later = outbox.claim_batch(
            session, worker_id="w", now=NOW + timedelta(minutes=2), limit=10, lease_seconds=60
        )
        failures = outbox.failed_deliveries(session)
    assert due_now == []
    assert [(m.outbox_id, m.attempts) for m in due_later] == [(retry.outbox_id, 1)]
    assert [(f.chat_id, f.last_error) for f in failures] == [
        (3, "Bad Request: message is too long")
    ]
    assert _state(session_factory, sent.outbox_id).telegram_message_id == 501


def test_a_blocked_chat_drops_what_it_is_owed(session_factory: sessionmaker[Session]) -> None:
    r1, r2 = _reports(session_factory, 2)
    with session_scope(session_factory) as session:
        outbox.enqueue(session, [_alert(1, r1), _alert(1, r2), _alert(2, r1)], now=NOW)
        dropped = outbox.drop_for_chat(session, 1, reason="Forbidden: bot was blocked by the user")
        counts = outbox.counts_by_state(session)
    assert dropped == 2
    assert counts == {DeliveryState.DROPPED: 2, DeliveryState.PENDING: 1}


def test_a_migrated_group_takes_its_owed_messages_along(
    session_factory: sessionmaker[Session],
) -> None:
    r1, r2 = _reports(session_factory, 2)
    with session_scope(session_factory) as session:
        outbox.enqueue(session, [_alert(-5, r1), _alert(-5, r2), _alert(-1009, r2)], now=NOW)
        moved = outbox.move_chat(session, -5, -1009, now=NOW)
        claimed = outbox.claim_batch(session, worker_id="w", now=NOW, limit=10, lease_seconds=60)
    assert moved == 1  # r2 was already owed to the new id; it is not owed twice
    assert sorted((m.chat_id, m.report_id) for m in claimed) == [(-1009, r1), (-1009, r2)]


def test_updates_reply_to_the_first_message_sent_about_the_case(
    session_factory: sessionmaker[Session],
) -> None:
    r1, r2 = _reports(session_factory, 2)
    with session_scope(session_factory) as session:
        outbox.enqueue(session, [_alert(1, r1, case_id=9), _alert(1, r2, case_id=9)], now=NOW)
        assert outbox.first_message_for_case(session, 1, 9) is None
        first, second = outbox.claim_batch(
            session, worker_id="w", now=NOW, limit=10, lease_seconds=60
        )
        outbox.mark_sent(session, first.outbox_id, 77, NOW)
        outbox.mark_sent(session, second.outbox_id, 78, NOW + timedelta(seconds=5))
        assert outbox.first_message_for_case(session, 1, 9) == 77
        assert outbox.first_message_for_case(session, 2, 9) is None


def test_retiring_hands_unsent_claims_back(session_factory: sessionmaker[Session]) -> None:
    (report,) = _reports(session_factory, 1)
    with session_scope(session_factory) as session:
        outbox.enqueue(session, [_alert(1, report)], now=NOW)
        outbox.heartbeat(session, "w", now=NOW, ttl_seconds=600)
        outbox.claim_batch(session, worker_id="w", now=NOW, limit=10, lease_seconds=600)
        outbox.retire(session, "w")
        again = outbox.claim_batch(session, worker_id="v", now=NOW, limit=10, lease_seconds=60)
    assert [m.chat_id for m in again] == [1]


def test_heartbeats_count_the_live_senders(session_factory: sessionmaker[Session]) -> None:
    later = NOW + timedelta(seconds=11)
    with session_scope(session_factory) as session:
        outbox.heartbeat(session, "a", now=NOW, ttl_seconds=10)
        outbox.heartbeat(session, "b", now=NOW, ttl_seconds=10)
        both = outbox.live_senders(session, now=NOW)
        outbox.heartbeat(session, "b", now=later, ttl_seconds=10)
        alone = outbox.live_senders(session, now=later)
    assert (both, alone) == (2, 1)


@pytest.mark.postgres
def test_of_two_senders_starting_together_one_always_counts_the_other(
    postgres_url: str,
) -> None:
    """Each beats, then counts in a transaction of its own, at the same moment on two
    connections: the one that counts last sees both, so the two never both take the whole rate."""
    engine = make_engine(postgres_url)
    upgrade(engine)
    factory = make_session_factory(engine)

    def start(worker: str, barrier: threading.Barrier, counts: dict[str, int]) -> None:
        barrier.wait()
        now = datetime.now(UTC)
        with session_scope(factory) as session:
            outbox.heartbeat(session, worker, now=now, ttl_seconds=60)
        with session_scope(factory) as session:
            counts[worker] = outbox.live_senders(session, now=now)

    try:
        for _ in range(30):
            with session_scope(factory) as session:
                session.execute(delete(outbox.OutboxSender))
            barrier, counts = threading.Barrier(2), dict[str, int]()
            threads = [threading.Thread(target=start, args=(w, barrier, counts)) for w in "ab"]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert max(counts.values()) == 2
    finally:
        engine.dispose()


def test_a_message_held_for_quiet_hours_is_not_due_before_then(
    session_factory: sessionmaker[Session],
) -> None:
    (report,) = _reports(session_factory, 1)
    morning = NOW + timedelta(hours=8)
    held = Message("x", chat_id=1, kind=MessageKind.ALERT, report_id=report, deliver_after=morning)
    with session_scope(session_factory) as session:
        outbox.enqueue(session, [held], now=NOW)
        at_night = outbox.claim_batch(session, worker_id="w", now=NOW, limit=5, lease_seconds=60)
        in_the_morning = outbox.claim_batch(
            session, worker_id="w", now=morning, limit=5, lease_seconds=60
        )
    assert at_night == []
    assert [m.chat_id for m in in_the_morning] == [1]


def test_urgent_messages_are_claimed_before_older_background_ones(
    session_factory: sessionmaker[Session],
) -> None:
    reports = _reports(session_factory, 4)
    background = [_alert(10 + n, r) for n, r in enumerate(reports[:3])]
    urgent = replace(_alert(20, reports[3]), urgent=True)
    with session_scope(session_factory) as session:
        outbox.enqueue(session, [replace(m, silent=True) for m in background], now=NOW)
        outbox.enqueue(session, [urgent], now=NOW + timedelta(seconds=5))
    with session_scope(session_factory) as session:
        first, *rest = outbox.claim_batch(
            session, worker_id="w", now=NOW + timedelta(seconds=5), limit=2, lease_seconds=60
        )
    assert (first.chat_id, first.urgent, first.silent) == (20, True, False)
    assert [(m.chat_id, m.urgent, m.silent) for m in rest] == [(10, False, True)]
