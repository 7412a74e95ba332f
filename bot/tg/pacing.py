"""The bot's own messages (replies, edits, photos, error notices) paced with the outbox sender's Pacer.

python-telegram-bot hands every request of the Application's bot to this rate limiter. Those that
put a message in a chat wait for a slot of the same Pacer the outbox sender uses, so replies to
commands and alerts share one set of limits (about 29/s in all, 1/s per chat, 20/min per group)
instead of adding to each other, which drew 429s and lost replies during a fan-out. A reply takes
the next free slot at once, reserving it, and the sender, which looks again before it sends,
goes after it: a person waits at most for the send already under way, never for the queue. The
sender's own requests were paced already (bot.delivery.telegram.PACED_BY_SENDER) and go straight
through; so do requests that put nothing in a chat (getMe, answerCallbackQuery, setMyCommands...).
Like the sender's, a reply's answer time goes back to the Pacer, which counts a chat's burst and
the 30 a second from it (a slow first request arrives late). A 429 closes the chat (or every
chat) in the Pacer and the reply is tried again, up to twice, when the wait is short.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.clock import Clock
from bot.delivery.pacing import Pacer, is_group_chat
from bot.delivery.telegram import PACED_BY_SENDER, retry_after_seconds

PACED_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendMediaGroup",
        "copyMessage",
        "forwardMessage",
        "editMessageText",
        "editMessageCaption",
        "editMessageReplyMarkup",
    }
)
MAX_RETRIES = 2
MAX_WAIT_SECONDS = 30.0  # a longer 429 is the operators' business, not a reply's


class SharedPacing(BaseRateLimiter[None]):
    def __init__(self, pacer: Pacer, clock: Clock) -> None:
        self._pacer = pacer
        self._clock = clock

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> Any:
        chat_id = _chat_id(data) if endpoint in PACED_METHODS else None
        if chat_id is None or PACED_BY_SENDER.get():
            return await callback(*args, **kwargs)
        group = is_group_chat(chat_id)
        for attempt in range(MAX_RETRIES + 1):
            started = await self._slot(chat_id, group)
            try:
                answer = await callback(*args, **kwargs)
                self._answered(chat_id, started)
                return answer
            except RetryAfter as exc:
                wait = retry_after_seconds(exc)
                until = self._clock.monotonic() + wait
                if self._pacer.flood_is_global(chat_id, is_group=group, refused_at=started):
                    self._pacer.close_all(until)
                self._pacer.close_chat(chat_id, until)
                if attempt == MAX_RETRIES or wait > MAX_WAIT_SECONDS:
                    raise
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _answered(self, chat_id: int, started: float) -> None:
        """Count the chat's burst and the 30 a second from the answer, as the sender does."""
        self._pacer.answered(chat_id, sent_at=started, answered_at=self._clock.monotonic())

    async def _slot(self, chat_id: int, group: bool) -> float:
        """Reserve the next slot for the chat (the sender goes after it) and wait for it."""
        now = self._clock.monotonic()
        ready = self._pacer.ready_at(chat_id, is_group=group, now=now)
        self._pacer.record_send(chat_id, is_group=group, at=ready)
        await self._clock.sleep(ready - now)
        return ready


def _chat_id(data: dict[str, Any]) -> int | None:
    """The chat a request writes to, when it names one by number."""
    value = data.get("chat_id")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return None
