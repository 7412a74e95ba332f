"""What news owes the chats: the messages one unit of work queues, updates folded into first alerts.

`Owed` gathers the messages a unit of work owes - a fetch's new reports (bot.ingest), an operator's
correction of a case's status (bot.casework) - and queues them together at the end (`flush`). A report's messages are
decided by bot.tg.alerts over bot.audience: who must be told, of which kind, how urgently. Then one
rule of its own: a chat's update or status change about a case whose first alert to that chat is
still queued (held by quiet hours or a digest, or waiting its turn) is folded into that alert
(bot.tg.alerts.fold_into), which then goes as soon and as loudly as either would have; once the
first alert has gone, the next one is a reply to it (the sender sees to that). Calls the store in
order, and never commits.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.audience import SubscriptionView, with_followers
from bot.cases import CaseRecord
from bot.delivery.message import Message, MessageKind
from bot.store import chats as chat_store
from bot.store import outbox as outbox_store
from bot.store import owed as owed_store
from bot.store.base import Session
from bot.tg.alerts import (
    correction_line,
    correction_messages,
    fold_into,
    later_report_line,
    owed_messages,
    privacy_of,
)
from bot.tg.views import AlertView


class Owed:
    """The messages one unit of work owes chats; `flush()` queues them in the caller's session."""

    def __init__(self, session: Session, now: datetime) -> None:
        self._session = session
        self._now = now
        self._subscriptions: list[SubscriptionView] | None = None
        self._followers: dict[int, set[int]] = {}
        self._first: dict[tuple[int, int], int] = {}  # (chat, case): index of its first alert
        self._queued: dict[int, dict[int, Message]] = {}  # case: chat: first alert in the outbox
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
        self._take(
            messages,
            lambda lang: later_report_line(view, lang, status_changed=status_changed),
            case_now=view,
        )
        return len(messages)

    def correction(
        self, case_id: int, record: CaseRecord, *, urgent: bool, dedupe_key: str
    ) -> int:
        """Owe an operator's new status for a case to the chats following it, like any status
        change; returns how many they are."""
        followers = self.followers(case_id)
        subscriptions = [s for s in self._active() if s.chat_id in followers]
        pairs = with_followers(
            [], subscriptions, followers, status_changed=True, now=self._now, urgent=urgent
        )
        privacy = {s.chat_id: privacy_of(s) for s in subscriptions}
        messages = correction_messages(
            case_id,
            record,
            [recipient for recipient, _ in pairs],
            privacy,
            urgent=urgent,
            dedupe_key=dedupe_key,
        )
        self._take(messages, lambda lang: correction_line(record, lang))
        return len(messages)

    def flush(self) -> int:
        """Queue what is owed; returns how many new outbox rows that made."""
        queued = outbox_store.enqueue(self._session, self.messages, now=self._now)
        self.messages = []
        self._first.clear()
        return queued

    def _active(self) -> list[SubscriptionView]:
        if self._subscriptions is None:
            self._subscriptions = chat_store.active_subscriptions(self._session)
        return self._subscriptions

    def _take(
        self,
        messages: list[Message],
        line_in: Callable[[str], str],
        *,
        case_now: AlertView | None = None,
    ) -> None:
        """Queue `messages`, folding each update into its chat's first alert while that still
        waits; `line_in(lang)` is what an update adds to the alert, and `case_now` (a report's
        view) what the alert's count of outlets becomes."""
        lines: dict[str, str] = {}
        for message in messages:
            self.followers(message.case_id).add(message.chat_id)
            if message.kind is not MessageKind.ALERT and message.case_id is not None:
                lang = message.lang or ""
                if lang not in lines:
                    lines[lang] = line_in(lang)
                if self._fold(message, lines[lang], case_now):
                    continue
            if message.kind is MessageKind.ALERT and message.case_id is not None:
                self._first.setdefault((message.chat_id, message.case_id), len(self.messages))
            self.messages.append(message)

    def _fold(self, later: Message, line: str, case_now: AlertView | None) -> bool:
        """Fold `later` into its chat's first alert on the case while that is still queued."""
        assert later.case_id is not None
        index = self._first.get((later.chat_id, later.case_id))
        if index is not None:
            merged = fold_into(self.messages[index], later, line, case_now=case_now)
            if merged is not None:
                self.messages[index] = merged
            return merged is not None
        if later.case_id not in self._queued:
            self._queued[later.case_id] = owed_store.queued_first_alerts(
                self._session, later.case_id
            )
        queued = self._queued[later.case_id].get(later.chat_id)
        merged = fold_into(queued, later, line, case_now=case_now) if queued is not None else None
        if queued is None or merged is None:
            return False
        if not owed_store.rewrite_queued(self._session, queued, merged, now=self._now):
            return False
        self._queued[later.case_id][later.chat_id] = merged
        return True
