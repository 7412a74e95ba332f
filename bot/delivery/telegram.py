"""The Telegram side of delivery: a Message as python-telegram-bot arguments, sent, and its outcome.

`message_kwargs` is the one translation of a Message (HTML, inline keyboard, link previews off
unless asked for) into Bot API arguments, used by the sender and by the front end's replies alike.
`TelegramNotifier` sends queued messages and turns Telegram's answers into `SendOutcome`s (sent,
wait, blocked, migrated, reply gone, transient, permanent) so the sender decides with plain data.
Updates reply to the chat's first alert with `allow_sending_without_reply`, so a deleted alert never
blocks its update; background messages go with `disable_notification`.
"""

from __future__ import annotations

from contextvars import ContextVar
from datetime import timedelta
from typing import Any

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    ReplyParameters,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.delivery.links import has_bot_links, with_bot_links
from bot.delivery.message import Keyboard, Message, SendOutcome, SendStatus

_BLOCKED_HINTS = (
    "chat not found",
    "bot was kicked",
    "user is deactivated",
    "have no rights",
    "need administrator rights",  # a channel where the bot may no longer post
)
_REPLY_HINTS = ("message to be replied not found", "replied message not found")


# Set while the outbox sender sends: it has paced the message already, so the bot's own pacing of
# requests (bot.tg.pacing, for replies and everything else) lets it through.
PACED_BY_SENDER: ContextVar[bool] = ContextVar("paced_by_sender", default=False)


class TelegramNotifier:
    """The sender's Notifier port over python-telegram-bot's Bot."""

    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def send(self, msg: Message) -> SendOutcome:
        paced = PACED_BY_SENDER.set(True)
        try:
            return await self._send(msg)
        finally:
            PACED_BY_SENDER.reset(paced)

    async def _send(self, msg: Message) -> SendOutcome:
        try:
            if has_bot_links(msg):
                msg = with_bot_links(msg, await self._username())
            sent = await self._bot.send_message(
                msg.chat_id,
                message_thread_id=msg.message_thread_id,
                reply_parameters=_reply(msg.reply_to_message_id),
                disable_notification=msg.silent or None,  # background news makes no sound
                **message_kwargs(msg),
            )
        except TelegramError as exc:
            return outcome_for(exc)
        return SendOutcome.sent(sent.message_id)

    async def _username(self) -> str:
        """The bot's @username (asked of Telegram if the bot has not been initialized yet)."""
        try:
            return str(self._bot.username)
        except RuntimeError:  # the front end has not reached Telegram yet
            return str((await self._bot.get_me()).username)


def message_kwargs(msg: Message) -> dict[str, Any]:
    """The text, parse mode, keyboard and preview options of `msg`, as Bot API arguments."""
    return {
        "text": msg.text,
        "parse_mode": ParseMode.HTML,
        "reply_markup": inline_keyboard(msg.buttons),
        "link_preview_options": LinkPreviewOptions(is_disabled=not msg.link_preview),
        "protect_content": msg.protect_content or None,
    }


def inline_keyboard(rows: Keyboard) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.text, callback_data=b.data, url=b.url) for b in row]
         for row in rows]
    )  # fmt: skip


def _reply(message_id: int | None) -> ReplyParameters | None:
    if message_id is None:
        return None
    return ReplyParameters(message_id, allow_sending_without_reply=True)


def outcome_for(exc: TelegramError) -> SendOutcome:
    """Map a python-telegram-bot error to what the sender should do about it."""
    # A gateway's HTML page (a 502 from Telegram's front) is quoted whole after this; not needed.
    text = str(exc).split(". Parsing the server response", 1)[0]
    lowered = text.lower()
    if isinstance(exc, RetryAfter):
        return SendOutcome(
            SendStatus.RETRY_AFTER, retry_after=retry_after_seconds(exc), error=text
        )
    if isinstance(exc, ChatMigrated):
        return SendOutcome(SendStatus.MIGRATED, new_chat_id=exc.new_chat_id, error=text)
    if isinstance(exc, Forbidden):
        return SendOutcome(SendStatus.BLOCKED, error=text)
    if isinstance(exc, BadRequest):  # before NetworkError: BadRequest subclasses it
        if any(hint in lowered for hint in _REPLY_HINTS):
            return SendOutcome(SendStatus.REPLY_MISSING, error=text)
        if "thread not found" in lowered:
            return SendOutcome(SendStatus.THREAD_MISSING, error=text)
        if any(hint in lowered for hint in _BLOCKED_HINTS):
            return SendOutcome(SendStatus.BLOCKED, error=text)
        return SendOutcome(SendStatus.PERMANENT, error=text)
    if isinstance(exc, TimedOut | NetworkError):
        return SendOutcome(SendStatus.TRANSIENT, error=f"{type(exc).__name__}: {text}")
    return SendOutcome(SendStatus.TRANSIENT, error=f"{type(exc).__name__}: {text}")


def retry_after_seconds(exc: RetryAfter) -> float:
    # PTB 22 gives an int, or a timedelta with PTB_TIMEDELTA=1 (the future default).
    value: object = exc.retry_after
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value)  # type: ignore[arg-type]
