"""`repatwatch run` while the Bot API is away: it polls, classifies and queues, and says so.

The service runs as bot.bootstrap builds it, with a token, pointed at a port where no Bot API
answers yet; a real feed server on 127.0.0.1 carries a detention report for a subscribed chat.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fakebotapi import DEFAULT_TOKEN, FakeBotAPI
from feedserver import Entry, FeedServer, rss
from sqlalchemy import select, update

from bot import bootstrap
from bot.domain import FeedSpec
from bot.parts import status_of
from bot.settings import Settings
from bot.store import chats
from bot.store.base import session_scope
from bot.store.feeds import Feed
from bot.store.outbox import OutboxRow

SUBSCRIBERS = (5551, 5552, 5553)  # three failed sends in a row: the outbox sees an outage
SUBSCRIBER = SUBSCRIBERS[0]
OPERATORS_CHAT = -1009990001
DETENTION = Entry(
    "Vietnam holds nine North Koreans near the Chinese border",
    "https://south.example/vn-nine",
    None,
    "Border guards in Lang Son province detained nine North Korean defectors, including two "
    "children, on Tuesday, and they may be handed back to China, a rescue group said.",
    datetime.now(UTC) - timedelta(hours=3),  # fresh: older reports are filed silently
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def until(check: Callable[[], bool], what: str) -> None:
    for _ in range(3000):
        if check():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"never happened: {what}")


def prepare(runtime: bootstrap.Runtime) -> None:
    """A subscribed chat, and the feed due now (not within its first minute)."""
    now = datetime.now(UTC)
    with session_scope(runtime.database.factory) as session:
        for chat_id in SUBSCRIBERS:
            chats.record_chat(session, chat_id, type="private", title=None, now=now)
            chats.subscribe(session, chat_id, now=now)
        session.execute(update(Feed).values(next_poll_at=now))


def owed(runtime: bootstrap.Runtime) -> list[int]:
    with session_scope(runtime.database.factory) as session:
        return list(session.scalars(select(OutboxRow.chat_id)))


async def test_run_queues_alerts_while_the_bot_api_is_unreachable_and_delivers_when_it_returns(
    tmp_path: Path,
) -> None:
    port = free_port()
    with FeedServer() as feeds:
        url = feeds.route("/feed.xml", rss([DETENTION], title="South Wire"))
        settings = Settings(
            database_url=f"sqlite:///{tmp_path / 'rw.db'}",
            telegram_token=DEFAULT_TOKEN,
            telegram_api_url=f"http://127.0.0.1:{port}",
            worker_id="outage-test",
            poll_every_seconds=0.2,
            operators_chat_id=OPERATORS_CHAT,
        )
        runtime = bootstrap.build(settings, [FeedSpec("South Wire", url, allow_private=True)])
        prepare(runtime)
        running = asyncio.create_task(runtime.service.run(handle_signals=False))
        try:
            await until(lambda: sorted(owed(runtime)) == list(SUBSCRIBERS), "alerts were queued")
            await until(lambda: "every send failing" in runtime_word(runtime), "sends failed")
            assert not running.done()
            line = await runtime.service.health_line()
            assert "telegram: Bot API unreachable since" in line
            assert "alerts are queued meanwhile" in line
            assert runtime.operators is not None
            await runtime.operators.flush()  # the outage notice waits in the outbox too

            async with FakeBotAPI(port=port) as api:
                api.group("Operators", chat_id=OPERATORS_CHAT)
                await until(lambda: bool(api.calls("getMe")), "the bot tried again")
                await until(lambda: "connected" in runtime_word(runtime), "connected")
                await until(lambda: all(map(api.sent, SUBSCRIBERS)), "the queued alerts went out")
                assert "Lang Son" in api.sent(SUBSCRIBER)[0]["text"]
                user = api.user()
                chat = api.private_chat(user)
                api.user_sends(chat, user, "/help")
                await until(lambda: bool(api.sent(chat["id"])), "the bot answered /help")
                assert "telegram: connected" in await runtime.service.health_line()
                await runtime.operators.flush()
                await until(lambda: len(api.sent(OPERATORS_CHAT)) == 2, "operators were told")
                said = [m["text"] for m in api.sent(OPERATORS_CHAT)]
                assert said[0].startswith("Telegram's Bot API is failing: NetworkError")
                assert said[1].startswith("Telegram's Bot API answers again after")
                await stop(runtime, running)  # while Telegram still answers, as usual
        finally:
            await stop(runtime, running)


async def stop(runtime: bootstrap.Runtime, running: asyncio.Task[None]) -> None:
    if not running.done():
        runtime.service.stop()
        await asyncio.wait_for(running, 15)
        await runtime.aclose()


def runtime_word(runtime: bootstrap.Runtime) -> str:
    return " ".join(filter(None, map(status_of, runtime.service.parts)))
