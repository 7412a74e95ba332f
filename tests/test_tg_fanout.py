"""Which chats an alert is owed to, and as which kind of message, against the real store."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from bot.audience import SubscriptionSettings
from bot.domain import Facts, Status
from bot.outgoing import MessageKind
from bot.store import chats, outbox
from bot.store.base import session_scope
from bot.store.reports import Report
from bot.tg.fanout import owed_messages
from bot.tg.views import AlertView

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
EVERYTHING, ONLY_RUSSIA = 1, 2


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
    rows = owed_messages(session, alert, status_changed=status_changed, now=NOW)
    outbox.enqueue(session, rows, now=NOW)
    return {row.chat_id: row.kind.value for row in rows}


def test_first_alert_then_update_then_status_change_even_past_filters(
    session_factory: sessionmaker[Session],
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
