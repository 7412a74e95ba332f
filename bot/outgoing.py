"""What the bot sends, as plain values: outbox rows to enqueue, messages to send, send outcomes.

The pipeline builds `OutboxMessage`s (one per chat that must be told) and enqueues them in the
report's transaction; the sender turns each claimed row into an `OutgoingMessage` and hands it to a
`Notifier` (Telegram, or the console), which answers with a `SendOutcome` instead of raising, so the
sender's decisions (retry, wait, deactivate, move, fail) are plain data too. No I/O here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol


class MessageKind(StrEnum):
    ALERT = "alert"  # the first, full message about a case (or a report) in a chat
    UPDATE = "update"  # a later report about a case: a short reply to the chat's first alert
    STATUS_CHANGE = "status_change"  # a case's status moved (e.g. to repatriated): always sent
    BROADCAST = "broadcast"  # an operator's announcement


class DeliveryState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"  # claimed by a sender until `claimed_until`
    SENT = "sent"
    FAILED = "failed"  # gave up after retries or a permanent error; operators see these
    DROPPED = "dropped"  # the chat blocked the bot or disappeared


@dataclass(frozen=True, slots=True)
class Button:
    """An inline keyboard button: `callback_data` (1-64 bytes) or `url`."""

    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    """One message to deliver to one chat, as enqueued. `text` is Telegram HTML, already rendered.

    Alerts, updates and status changes carry `report_id`, and (chat, report) is unique: a retry or a
    re-run never enqueues a second copy. Broadcasts carry no report but a `dedupe_key` instead.
    """

    chat_id: int
    kind: MessageKind
    text: str
    report_id: int | None = None
    case_id: int | None = None
    buttons: tuple[tuple[Button, ...], ...] = ()
    message_thread_id: int | None = None
    lang: str | None = None
    link_preview: bool = False
    dedupe_key: str | None = None
    deliver_after: datetime | None = None  # quiet hours or a digest time: not sent before this


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """One send attempt, as the Notifier sees it."""

    chat_id: int
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    message_thread_id: int | None = None
    reply_to_message_id: int | None = None
    link_preview: bool = False
    outbox_id: int | None = None


class SendStatus(StrEnum):
    SENT = "sent"
    RETRY_AFTER = "retry_after"  # flood limit: wait `retry_after` seconds, not a failure
    BLOCKED = "blocked"  # the user blocked the bot, or it was removed from the group / chat gone
    MIGRATED = "migrated"  # the group became a supergroup `new_chat_id`
    REPLY_MISSING = "reply_missing"  # the message to reply to was deleted: resend without reply
    THREAD_MISSING = "thread_missing"  # the forum topic is gone: resend to the general topic
    TRANSIENT = "transient"  # network, timeout, 5xx: retry with backoff
    PERMANENT = "permanent"  # Telegram refused the message itself: retrying will not help


@dataclass(frozen=True, slots=True)
class SendOutcome:
    status: SendStatus
    message_id: int | None = None
    retry_after: float = 0.0
    new_chat_id: int | None = None
    error: str = field(default="")

    @classmethod
    def sent(cls, message_id: int) -> SendOutcome:
        return cls(SendStatus.SENT, message_id=message_id)


class Notifier(Protocol):
    """Delivers one message somewhere; reports what happened instead of raising."""

    async def send(self, msg: OutgoingMessage) -> SendOutcome: ...
