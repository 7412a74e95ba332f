"""What news owes the chats: the messages one unit of work queues together.

`Owed` gathers the messages a unit of work owes - a fetch's new reports (bot.ingest) - and queues
them together at the end (`flush`). A report's messages are decided by bot.tg.alerts over
bot.audience: who must be told, of which kind, how urgently; a later report of a case sees the
chats an earlier one told as followers, exactly as if each report's messages had been queued
before the next was filed. Calls the store in order, and never commits.
"""

from __future__ import annotations

from datetime import datetime

from bot.audience import SubscriptionView
from bot.delivery.message import Message
from bot.store import chats as chat_store
from bot.store import outbox as outbox_store
from bot.store.base import Session
from bot.tg.alerts import owed_messages
from bot.tg.views import AlertView


class Owed:
    """The messages one unit of work owes chats; `flush()` queues them in the caller's session."""

    def __init__(self, session: Session, now: datetime) -> None:
        self._session = session
        self._now = now
        self._subscriptions: list[SubscriptionView] | None = None
        self._followers: dict[int, set[int]] = {}
        self.messages: list[Message] = []

    def followers(self, case_id: int | None) -> set[int]:
        """Chats with a message about the case, sent or owed (this unit of work's included)."""
        if case_id is None:
            return set()
        if case_id not in self._followers:
            self._followers[case_id] = outbox_store.case_followers(self._session, case_id)
        return self._followers[case_id]

    def report(
        self, view: AlertView, case_id: int | None, *, status_changed: bool, urgent: bool
    ) -> int:
        """Owe a report to the chats that must hear of it; returns how many they are."""
        messages = owed_messages(
            view,
            self._active(),
            self.followers(case_id),
            status_changed=status_changed,
            now=self._now,
            urgent=urgent,
        )
        for message in messages:
            self.followers(message.case_id).add(message.chat_id)
        self.messages += messages
        return len(messages)

    def flush(self) -> int:
        """Queue what is owed; returns how many new outbox rows that made."""
        queued = outbox_store.enqueue(self._session, self.messages, now=self._now)
        self.messages = []
        return queued

    def _active(self) -> list[SubscriptionView]:
        if self._subscriptions is None:
            self._subscriptions = chat_store.active_subscriptions(self._session)
        return self._subscriptions
