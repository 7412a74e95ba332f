"""Replies to commands share Telegram's limits with the alerts going out, and go first.

The service as bot.bootstrap builds it, against the fake Bot API enforcing Telegram's flood limits
at their strictest: a fan-out of alerts is being sent while many people ask for /help.
"""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime
from pathlib import Path

from fakebotapi import FakeBotAPI
from sqlalchemy import insert

from bot import bootstrap
from bot.delivery.message import Message, MessageKind
from bot.delivery.pacing import CHAT_BURST, CHAT_INTERVAL, Pacer
from bot.settings import Settings
from bot.store import outbox
from bot.store.base import session_scope
from bot.store.reports import Report
from bot.tg.pacing import SharedPacing

ALERTS, PEOPLE = 90, 30
FIRST_SUBSCRIBER = 70_001


def queue_fan_out(runtime: bootstrap.Runtime) -> None:
    now = datetime.now(UTC)
    with session_scope(runtime.database.factory) as session:
        report = session.execute(
            insert(Report)
            .values(key="fan", fingerprint="fan", title="t", summary="", first_seen_at=now)
            .returning(Report.id)
        ).scalar_one()
        alert = Message("<b>Nine held near the border</b>", report_id=report)
        chats = range(FIRST_SUBSCRIBER, FIRST_SUBSCRIBER + ALERTS)
        outbox.enqueue(session, [alert.to(c, MessageKind.ALERT) for c in chats], now=now)


class VirtualClock:
    """Time moves only when someone sleeps or a request takes time: no wall clock in the test."""

    def __init__(self) -> None:
        self.t = 0.0

    def now(self) -> datetime:
        return datetime(2026, 1, 1, tzinfo=UTC)

    def monotonic(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.t += max(seconds, 0.0)


async def test_a_reply_burst_is_counted_from_when_the_first_reply_was_answered() -> None:
    """Telegram counts a chat's burst from arrival: when the first reply is slow (a new
    connection), the reply after the burst still goes a full interval after that reply landed."""
    clock = VirtualClock()
    limiter = SharedPacing(Pacer(), clock)
    started: list[float] = []

    async def send() -> None:
        started.append(clock.t)
        clock.t += 0.3 if len(started) == 1 else 0.01  # the first request is the slow one

    for _ in range(CHAT_BURST + 1):
        await limiter.process_request(send, (), {}, "sendMessage", {"chat_id": 5}, None)
    first_answered = started[0] + 0.3
    assert started[CHAT_BURST] >= first_answered + CHAT_INTERVAL - 1e-9


async def test_help_during_a_fan_out_is_answered_ahead_of_it_without_a_single_429(
    tmp_path: Path,
) -> None:
    async with FakeBotAPI(flood_limits=True) as api:
        settings = Settings(
            database_url=f"sqlite:///{tmp_path / 'rw.db'}",
            telegram_token=api.token,
            telegram_api_url=api.url,
            worker_id="paced-test",
            poll_every_seconds=3600,
        )
        runtime = bootstrap.build(settings, [])
        people = [api.user() for _ in range(PEOPLE)]
        running = asyncio.create_task(runtime.service.run(handle_signals=False))
        try:
            await api.until_called("deleteWebhook", within=30)  # the bot starts polling
            queue_fan_out(runtime)
            await api.until_sent(1, within=30)  # the fan-out is under way
            alerts_gone = api.sent_count
            for person in people:
                api.user_sends(api.private_chat(person), person, "/help")
            await api.until_sent(ALERTS + PEOPLE, within=60)
        finally:
            runtime.service.stop()
            await asyncio.wait_for(running, 15)
            await runtime.aclose()
    assert api.count_429 == 0
    assert all(len(api.sent(person["id"])) == 1 for person in people)
    # The answers did not wait for the queue: before the first answer, and between one answer and
    # the next (the bot answers one question at a time), far fewer alerts went than were left.
    order = [c.chat_id for c in api.calls("sendMessage") if c.ok]
    answers = [i for i, chat in enumerate(order) if chat < FIRST_SUBSCRIBER]
    alerts_between = [b - a - 1 for a, b in itertools.pairwise([alerts_gone - 1, *answers])]
    assert max(alerts_between) < (ALERTS - alerts_gone) // 2
