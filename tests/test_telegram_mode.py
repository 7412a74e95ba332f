"""When an update says a chat left or became a supergroup, the alerts still owed to it follow."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.outgoing import MessageKind, OutboxMessage
from bot.store import outbox
from bot.store.base import session_scope
from bot.store.reports import Report
from bot.telegram_mode import OutboxFollowsChats

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
GROUP, SUPERGROUP, OTHER = -4001, -1004001, 77


def owe_one_alert_each(factory: sessionmaker[Session]) -> None:
    with session_scope(factory) as session:
        report = Report(
            key="k1", fingerprint="f1", title="Held at the border", summary="", first_seen_at=NOW
        )
        session.add(report)
        session.flush()
        outbox.enqueue(
            session,
            [OutboxMessage(chat, MessageKind.ALERT, "alert", report_id=report.id)
             for chat in (GROUP, OTHER)],
            now=NOW,
        )  # fmt: skip


def owed(factory: sessionmaker[Session]) -> list[tuple[int, str]]:
    with session_scope(factory) as session:
        rows = session.execute(select(outbox.OutboxRow.chat_id, outbox.OutboxRow.state))
        return sorted((int(chat), str(state)) for chat, state in rows)


async def test_a_migrated_groups_alerts_move_to_the_supergroup(
    session_factory: sessionmaker[Session],
) -> None:
    owe_one_alert_each(session_factory)
    await OutboxFollowsChats(session_factory).chat_moved(GROUP, SUPERGROUP)
    assert owed(session_factory) == [(SUPERGROUP, "pending"), (OTHER, "pending")]


async def test_a_chat_that_removed_the_bot_is_owed_nothing(
    session_factory: sessionmaker[Session],
) -> None:
    owe_one_alert_each(session_factory)
    await OutboxFollowsChats(session_factory).chat_gone(GROUP)
    assert owed(session_factory) == [(GROUP, "dropped"), (OTHER, "pending")]
