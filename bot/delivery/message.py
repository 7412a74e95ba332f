"""What the bot says, as one plain value from the formatter to Telegram, and what became of it.

A formatter (bot.tg.format, bot.tg.keyboards) returns a `Message` that is only text and buttons; a
command's answer goes out as it is, and an alert is addressed to each chat that must be told
(`Message.to`) and queued in the outbox. The sender gets the queued message back with its outbox id
and attempts, and hands it to a `Notifier` (Telegram), which answers with a `SendOutcome` instead of
raising, so the sender decides retry, wait, deactivate, move or fail on plain data. No I/O here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol


class MessageKind(StrEnum):
    ALERT = "alert"  # the first, full message about a case (or a report) in a chat
    UPDATE = "update"  # a later report about a case: a short reply to the chat's first alert
    STATUS_CHANGE = "status_change"  # a case's status moved (e.g. to repatriated): always sent
    BROADCAST = "broadcast"  # an operator's announcement
    DIGEST = "digest"  # a digest chat's one message listing the cases that moved
    NOTICE = (
        "notice"  # to the operators' chat: delivery trouble, feed failures (bot.delivery.notices)
    )
    REPLY = "reply"  # a command's answer, sent at once in the chat that asked (never queued)


class DeliveryState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"  # claimed by a sender until `claimed_until`
    SENT = "sent"
    FAILED = "failed"  # gave up after retries or a permanent error; operators see these
    DROPPED = "dropped"  # the chat blocked the bot or disappeared
    HELD = "held"  # waiting for the chat's digest (at `next_attempt_at`), never sent alone
    DIGESTED = "digested"  # listed in a digest message instead of being sent


@dataclass(frozen=True, slots=True)
class Button:
    """An inline keyboard button: `data` is callback data (1-64 bytes), `url` opens a link."""

    text: str
    data: str | None = None
    url: str | None = None


Keyboard = tuple[tuple[Button, ...], ...]

NOT_ADDRESSED = 0  # Telegram never gives a chat the id 0


@dataclass(frozen=True, slots=True)
class Message:
    """One message: Telegram HTML (already escaped and cut to fit), its buttons, and where it goes.

    Alerts, updates and status changes carry `report_id`, and (chat, report) is unique in the
    outbox: a retry or a re-run never queues a second copy. Broadcasts carry a `dedupe_key`
    instead. `outbox_id` and `attempts` are filled when a sender claims the queued message. The
    outbox hands out urgent messages first, then the oldest.
    """

    text: str
    buttons: Keyboard = ()
    link_preview: bool = False
    protect_content: bool = False  # the chat asked that its messages cannot be forwarded or saved
    chat_id: int = NOT_ADDRESSED
    kind: MessageKind = MessageKind.REPLY
    report_id: int | None = None
    case_id: int | None = None
    message_thread_id: int | None = None
    reply_to_message_id: int | None = None
    lang: str | None = None
    dedupe_key: str | None = None
    deliver_after: datetime | None = None  # quiet hours or a digest time: not sent before this
    urgent: bool = False  # sent before everything else queued (bot.urgency)
    silent: bool = False  # background: delivered without a notification sound
    digest: bool = False  # held for the chat's digest at `deliver_after`, not sent alone
    outbox_id: int | None = None
    attempts: int = 0
    queued_at: datetime | None = None  # when the outbox took it (retries stop at the horizon)

    def to(self, chat_id: int, kind: MessageKind, **fields: Any) -> Message:
        """This message addressed to `chat_id` as a message of `kind`."""
        return replace(self, chat_id=chat_id, kind=kind, **fields)


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

    async def send(self, msg: Message) -> SendOutcome: ...
