"""The operators' chat: what repatwatch tells the people who run it, through the outbox like any message.

Feed failures and other plain notices are queued at once; delivery trouble (an outage of the Bot
API and its end, messages refused or given up) is counted in a NoticeDesk and said at most once per
kind per window (bot.delivery.notices). Either way the notice is an outbox row for the operators'
chat, so it is paced with every other message, kept through an outage and sent once Telegram
answers, and never bursts into 429s. Notices name outbox ids, never subscribers' chats. A part of
the service (bot.parts) with one job: the flush of the desk. Without an operators' chat the notices
go to the log.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from html import escape

from bot import logmask
from bot.clock import Clock
from bot.delivery.failures import FailedSend, Outage
from bot.delivery.message import Message, MessageKind
from bot.delivery.notices import WINDOW_SECONDS, NoticeDesk, NoticeKind
from bot.parts import Job
from bot.store import outbox
from bot.store.base import DbRunner

log = logging.getLogger("repatwatch.operators")
FLUSH_EVERY_SECONDS = 15.0
MAX_TEXT = 3500


class OperatorsChat:
    def __init__(
        self,
        db: DbRunner,
        chat_id: int | None,
        clock: Clock,
        *,
        window: float = WINDOW_SECONDS,
        flush_every: float = FLUSH_EVERY_SECONDS,
    ) -> None:
        self._db = db
        self._chat_id = chat_id
        self._clock = clock
        self._flush_every = flush_every
        self.desk = NoticeDesk(window)

    def jobs(self) -> Sequence[Job]:
        return (Job("operator-notices", self._flush_every, self.flush),)

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def tell(self, text: str) -> None:
        """Queue `text` (plain words) for the operators' chat."""
        text = logmask.redact(text)
        if self._chat_id is None:
            log.warning("operators not told (no REPATWATCH_OPERATORS_CHAT): %s", text)
            return
        notice = Message(escape(text[:MAX_TEXT]), chat_id=self._chat_id, kind=MessageKind.NOTICE)
        try:
            await self._db(outbox.enqueue, [notice], now=self._clock.now())
        except Exception:
            log.exception("could not queue a notice for the operators' chat: %s", text)

    async def failed_delivery(self, failed: FailedSend) -> None:
        kind = NoticeKind.EXPIRED if failed.expired else NoticeKind.REFUSED
        self.desk.note(kind, f"outbox #{failed.outbox_id}, {failed.kind}: {failed.error[:300]}")

    async def outage(self, outage: Outage) -> None:
        if outage.over:
            self.desk.note(NoticeKind.RECOVERED, f"after {_duration(outage.lasted)}")
        else:
            self.desk.note(NoticeKind.OUTAGE, outage.error)

    async def flush(self) -> int:
        """Queue what the desk has to say now; returns how many notices."""
        texts = self.desk.due(self._clock.monotonic())
        for text in texts:
            await self.tell(text)
        return len(texts)


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    if not minutes:
        return f"{secs} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min {secs} s"
