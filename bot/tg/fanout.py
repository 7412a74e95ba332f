"""The outbox rows one alert owes, decided in the report's transaction.

`owed_messages` reads the active subscriptions, keeps the chats whose filters accept the report
(bot.audience), and gives each chat the right kind of message: a full alert for a chat new to the
case, a short update for a chat that already has a message about it, and a status change when the
case's status moved (sent to every chat following the case, whatever its filters). The caller
enqueues the rows with bot.store.outbox.enqueue in the same transaction as the report.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.audience import who_must_be_told, with_followers
from bot.outgoing import MessageKind, OutboxMessage
from bot.store import chats as chat_store
from bot.store.outbox import OutboxRow
from bot.tg.alerts import alert_messages
from bot.tg.views import AlertView


def case_followers(session: Session, case_id: int) -> set[int]:
    """Chats that already have a message (sent or owed) about the case."""
    query = select(OutboxRow.chat_id).where(OutboxRow.case_id == case_id).distinct()
    return set(session.scalars(query))


def owed_messages(
    session: Session, alert: AlertView, *, status_changed: bool, now: datetime
) -> list[OutboxMessage]:
    """One OutboxMessage per chat that must hear about this report, of the right kind."""
    subscriptions = chat_store.active_subscriptions(session)
    recipients = who_must_be_told(subscriptions, alert.facts, alert.tier, now)
    followers = case_followers(session, alert.case_id) if alert.case_id is not None else set()
    pairs = with_followers(
        recipients, subscriptions, followers, status_changed=status_changed, now=now
    )
    rows: list[OutboxMessage] = []
    for kind in (MessageKind.ALERT, MessageKind.UPDATE, MessageKind.STATUS_CHANGE):
        chosen = [r for r, follows in pairs if _kind(follows, status_changed) is kind]
        rows += alert_messages(alert, kind, chosen)
    return rows


def _kind(follows: bool, status_changed: bool) -> MessageKind:
    if not follows:
        return MessageKind.ALERT
    return MessageKind.STATUS_CHANGE if status_changed else MessageKind.UPDATE
