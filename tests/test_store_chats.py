"""Chats, subscriptions, feedback and invites in the database, on SQLite and PostgreSQL."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from bot.audience import DeliveryMode, SubscriptionSettings
from bot.delivery.message import Message, MessageKind
from bot.domain import Status, Tier
from bot.store import chats, feedback, invites, keys, outbox
from bot.store.base import make_engine, make_session_factory, session_scope
from bot.store.reports import Report

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(hours=1)


def subscribed(factory: sessionmaker[Session], *chat_ids: int) -> None:
    with session_scope(factory) as s:
        for chat_id in chat_ids:
            chats.record_chat(s, chat_id, type="private", title=None, now=NOW)
            chats.subscribe(s, chat_id, now=NOW)


def active_ids(factory: sessionmaker[Session]) -> list[int]:
    with session_scope(factory) as s:
        return [view.chat_id for view in chats.active_subscriptions(s)]


def test_subscribe_uses_the_defaults_and_is_idempotent(
    session_factory: sessionmaker[Session],
) -> None:
    subscribed(session_factory, 10)
    with session_scope(session_factory) as s:
        _, fresh = chats.subscribe(s, 10, now=LATER)
        (view,) = chats.active_subscriptions(s)
    assert not fresh
    assert view.settings == SubscriptionSettings()


def test_unsubscribe_keeps_preferences_for_a_later_resubscribe(
    session_factory: sessionmaker[Session],
) -> None:
    subscribed(session_factory, 10)
    custom = SubscriptionSettings(
        countries=frozenset({"CN"}),
        statuses=frozenset({Status.REPATRIATED}),
        min_tier=Tier.RELATED,
        mode=DeliveryMode.DIGEST,
        digest_time=time(21),
        timezone="Asia/Seoul",
        quiet_start=time(22),
        quiet_end=time(7),
        message_thread_id=3,
    )
    with session_scope(session_factory) as s:
        chats.update_settings(s, 10, custom, now=NOW)
        assert chats.unsubscribe(s, 10, now=NOW)
        assert not chats.unsubscribe(s, 10, now=NOW)
    assert active_ids(session_factory) == []
    with session_scope(session_factory) as s:
        _, revived = chats.subscribe(s, 10, now=LATER)
        (view,) = chats.active_subscriptions(s)
    assert revived and view.settings == custom


def test_a_removed_chat_gets_nothing_until_it_comes_back(
    session_factory: sessionmaker[Session],
) -> None:
    subscribed(session_factory, 10, 11)
    with session_scope(session_factory) as s:
        assert chats.deactivate_chat(s, 10, now=NOW)
    assert active_ids(session_factory) == [11]
    with session_scope(session_factory) as s:
        chats.record_chat(s, 10, type="private", title=None, now=LATER)
        chats.subscribe(s, 10, now=LATER)
    assert active_ids(session_factory) == [10, 11]


def test_migration_moves_the_subscription_and_is_idempotent(
    session_factory: sessionmaker[Session],
) -> None:
    old, new = -4001, -1001000000001
    with session_scope(session_factory) as s:
        chats.record_chat(s, old, type="group", title="Advocates", now=NOW, language="ko")
        chats.subscribe(s, old, now=NOW)
        chats.update_settings(s, old, SubscriptionSettings(countries=frozenset({"RU"})), now=NOW)
    for _ in range(2):
        with session_scope(session_factory) as s:
            chats.migrate_chat(s, old, new, now=LATER)
    with session_scope(session_factory) as s:
        (view,) = chats.active_subscriptions(s)
        moved = chats.get_chat(s, old)
        assert moved is not None and moved.migrated_to == new and not moved.active
    assert view.chat_id == new
    assert view.settings.countries == frozenset({"RU"})
    assert view.language == "ko"


def test_feedback_counts_each_person_once_and_only_on_reports_the_chat_was_sent(
    session_factory: sessionmaker[Session],
) -> None:
    subscribed(session_factory, 10, 11)
    with session_scope(session_factory) as s:
        sent, other = (
            s.execute(
                insert(Report)
                .values(
                    key=f"k{n}", fingerprint=f"f{n}", title="t", summary="s", first_seen_at=NOW
                )
                .returning(Report.id)
            ).scalar_one()
            for n in (1, 2)
        )
        alerts = [
            Message("alert", chat_id=10, kind=MessageKind.ALERT, report_id=sent),
            Message("alert", chat_id=11, kind=MessageKind.ALERT, report_id=other),
        ]
        outbox.enqueue(s, alerts, now=NOW)
        for row in outbox.claim_batch(s, worker_id="w", now=NOW, limit=9, lease_seconds=60):
            outbox.mark_sent(s, row.outbox_id or 0, 500, NOW)

    def note(chat_id: int, report_id: int, person: str) -> feedback.Noted:
        with session_scope(session_factory) as s:
            return feedback.record_feedback(
                s, chat_id=chat_id, report_id=report_id, user_hash=person,
                verdict="not_relevant", now=NOW,
            )  # fmt: skip

    assert note(10, sent, "a") is feedback.Noted.NEW
    assert note(10, sent, "a") is feedback.Noted.AGAIN
    assert note(10, sent, "b") is feedback.Noted.NEW
    assert note(10, other, "a") is feedback.Noted.REFUSED  # sent to chat 11, not to 10
    assert note(10, sent + 99, "a") is feedback.Noted.REFUSED
    with session_scope(session_factory) as s:
        assert feedback.feedback_counts(s) == {sent: 2}


def test_a_stored_key_is_made_once_and_then_kept(session_factory: sessionmaker[Session]) -> None:
    with session_scope(session_factory) as s:
        first = keys.stored_key(s, keys.FEEDBACK_KEY, now=NOW)
    with session_scope(session_factory) as s:
        assert keys.stored_key(s, keys.FEEDBACK_KEY, now=LATER) == first
        assert keys.stored_key(s, keys.WEBHOOK_SECRET, now=LATER) != first
    assert len(first) >= 43


def test_an_invite_approves_one_chat_only(session_factory: sessionmaker[Session]) -> None:
    with session_scope(session_factory) as s:
        invites.create_invite(s, "tok", created_by=1, now=NOW)
    with session_scope(session_factory) as s:
        assert not chats.is_approved(s, 10)
        assert invites.use_invite(s, "tok", 10, now=NOW)
        assert invites.use_invite(s, "tok", 10, now=LATER)  # the same chat again is fine
        assert not invites.use_invite(s, "tok", 11, now=LATER)
        assert not invites.use_invite(s, "nope", 11, now=LATER)
        assert chats.is_approved(s, 10) and not chats.is_approved(s, 11)


def test_an_operator_can_approve_a_chat_before_it_writes(
    session_factory: sessionmaker[Session],
) -> None:
    with session_scope(session_factory) as s:
        chats.approve_chat(s, -100, now=NOW)
    with session_scope(session_factory) as s:
        chats.record_chat(s, -100, type="supergroup", title="G", now=LATER)
        assert chats.is_approved(s, -100)


def test_a_korean_chat_counts_its_hours_in_seoul_until_it_picks_a_zone(
    session_factory: sessionmaker[Session],
) -> None:
    with session_scope(session_factory) as s:
        chats.record_chat(s, 20, type="private", title=None, now=NOW, language="ko")
        chats.record_chat(s, 21, type="private", title=None, now=NOW, language="en")
        for chat_id in (20, 21):
            chats.subscribe(s, chat_id, now=NOW)
    with session_scope(session_factory) as s:
        zones = {v.chat_id: v.settings.timezone for v in chats.active_subscriptions(s)}
        quiet = SubscriptionSettings(quiet_start=time(22), quiet_end=time(7))
        chats.update_settings(s, 21, quiet, now=LATER)  # "UTC", the English default, kept
        chats.set_language(s, 21, "ko")
        chats.update_settings(
            s, 20, SubscriptionSettings(timezone="Europe/Berlin"), now=LATER
        )  # picked
        chats.set_language(s, 20, "en")
    with session_scope(session_factory) as s:
        later = {v.chat_id: v.settings.timezone for v in chats.active_subscriptions(s)}
    assert zones == {20: "Asia/Seoul", 21: "UTC"}
    assert later == {20: "Europe/Berlin", 21: "Asia/Seoul"}


# --- a chat that leaves or moves takes what it is owed along ---------------------------------------

GROUP, SUPERGROUP, OTHER = -4001, -1004001, 77


def owe_one_alert_each(factory: sessionmaker[Session]) -> None:
    with session_scope(factory) as session:
        report = Report(
            key="k1", fingerprint="f1", title="Held at the border", summary="", first_seen_at=NOW
        )
        session.add(report)
        session.flush()
        alerts = [
            Message("alert", chat_id=chat, kind=MessageKind.ALERT, report_id=report.id)
            for chat in (GROUP, OTHER)
        ]
        outbox.enqueue(session, alerts, now=NOW)


def owed(factory: sessionmaker[Session]) -> list[tuple[int, str]]:
    with session_scope(factory) as session:
        rows = session.execute(select(outbox.OutboxRow.chat_id, outbox.OutboxRow.state))
        return sorted((int(chat), str(state)) for chat, state in rows)


def test_a_migrated_groups_alerts_move_to_the_supergroup(
    session_factory: sessionmaker[Session],
) -> None:
    subscribed(session_factory, GROUP)
    owe_one_alert_each(session_factory)
    with session_scope(session_factory) as s:
        chats.chat_moved(s, GROUP, SUPERGROUP, now=LATER)
    assert owed(session_factory) == [(SUPERGROUP, "pending"), (OTHER, "pending")]
    assert active_ids(session_factory) == [SUPERGROUP]


def test_a_chat_that_removed_the_bot_is_owed_nothing(
    session_factory: sessionmaker[Session],
) -> None:
    subscribed(session_factory, GROUP)
    owe_one_alert_each(session_factory)
    with session_scope(session_factory) as s:
        chats.chat_gone(s, GROUP, now=LATER, reason="the bot was removed")
    assert owed(session_factory) == [(GROUP, "dropped"), (OTHER, "pending")]
    assert active_ids(session_factory) == []


@pytest.mark.postgres
def test_two_chats_using_one_invitation_at_once_only_one_gets_in(postgres_url: str) -> None:
    """The first use holds the row uncommitted while the second is already on its way."""
    engine = make_engine(postgres_url)
    factory = make_session_factory(engine)
    try:
        with session_scope(factory) as s:
            invites.create_invite(s, "race", created_by=1, now=NOW)
        first = factory()
        assert invites.use_invite(first, "race", 10, now=NOW)
        with ThreadPoolExecutor(1) as pool:
            second = pool.submit(_use_in_own_session, factory, "race", 11)
            with pytest.raises(FuturesTimeout):  # it waits on the row the first use holds
                second.result(timeout=0.3)
            first.commit()
            first.close()
            assert second.result(timeout=10) is False
        with session_scope(factory) as s:
            assert chats.is_approved(s, 10) and not chats.is_approved(s, 11)
    finally:
        engine.dispose()


def _use_in_own_session(factory: sessionmaker[Session], token: str, chat_id: int) -> bool:
    with session_scope(factory) as s:
        return invites.use_invite(s, token, chat_id, now=LATER)
