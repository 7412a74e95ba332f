"""The running product on loopback for end-to-end tests: feeds, the pipeline, the bot, Telegram.

`rig()` builds the graph the service runs (bot.bootstrap, with a Telegram token) on a real SQLite
file, with feeds served by a FeedServer and the Bot API by the fake on 127.0.0.1, and a SetClock
that the test moves. The test polls when it wants (`poll`) and runs the outbox sender while it
waits for what a chat receives (`delivering`), so nothing here sleeps to let time pass.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from clocks import SetClock
from fakebotapi import FakeBotAPI
from feedserver import Entry, FeedServer, rss

from bot import bootstrap
from bot.bootstrap import Runtime
from bot.delivery.sender import Sender, SenderConfig
from bot.delivery.telegram import TelegramNotifier
from bot.domain import FeedSpec
from bot.poller import CycleSummary
from bot.settings import Settings
from bot.store import chats as chat_store
from bot.store import feeds as feed_store
from bot.store.base import Session, session_scope
from bot.tg.app import start_updates

OPERATOR_ID = 777


@dataclass
class Rig:
    api: FakeBotAPI
    feeds: FeedServer
    runtime: Runtime
    clock: SetClock

    def db(self, work: Callable[[Session], Any]) -> Any:
        with session_scope(self.runtime.database.factory) as session:
            return work(session)

    def add_feed(self, name: str, entries: Iterable[Entry]) -> None:
        """A feed newly listed in feeds.yaml, carrying `entries`."""
        url = self.feeds.route(f"/{name}.xml", rss(entries, title=name))
        spec = FeedSpec(name, url, "en", 600)
        known = [FeedSpec(n, self.feeds.url(f"/{n}.xml"), "en", 600) for n in self._names()]
        self.db(lambda s: feed_store.sync_feeds(s, [*known, spec], self.clock.now()))

    def publish(self, name: str, entries: Iterable[Entry]) -> None:
        """The feed `name` now carries `entries`."""
        self.feeds.route(f"/{name}.xml", rss(entries, title=name))

    def _names(self) -> list[str]:
        return [name for _, name in self.db(feed_store.enabled_feeds)]

    async def poll(self) -> CycleSummary:
        """Every feed polled once, now (as the clock says)."""
        return await self.runtime.poller.poll_all(self.clock.now())

    def subscribe(self, chat_id: int, language: str = "en", **changes: Any) -> None:
        """The chat subscribes, then changes these settings as /settings would."""

        def work(session: Session) -> None:
            kind = "private" if chat_id > 0 else "supergroup"
            now = self.clock.now()
            chat_store.record_chat(
                session, chat_id, type=kind, title=None, now=now, language=language
            )
            chat_store.subscribe(session, chat_id, now=now)
            settings = replace(chat_store.settings_of(session, chat_id), **changes)
            chat_store.update_settings(session, chat_id, settings, now=now)

        self.db(work)

    def texts(self, chat_id: int) -> list[str]:
        return [str(m.get("text", "")) for m in self.api.sent(chat_id)]

    @asynccontextmanager
    async def delivering(self) -> AsyncIterator[None]:
        """An outbox sender, built as bootstrap builds it, runs for the length of the block."""
        sender = Sender(
            self.runtime.database.runner("rig-outbox"),
            TelegramNotifier(self.runtime.telegram.bot),
            SenderConfig(worker_id="rig"),
            clock=self.clock,
        )
        task = asyncio.create_task(sender.run())
        try:
            yield
        finally:
            sender.stop()
            await asyncio.wait_for(task, 30)

    async def digest_time(self) -> None:
        """The digest job runs once, as the service runs it every minute."""
        assert self.runtime.digests is not None
        (job,) = self.runtime.digests.jobs()
        await job.run()

    async def until(self, check: Callable[[], Any], what: str, within: float = 20.0) -> Any:
        """check()'s first truthy result; fails after `within` seconds of waiting."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while loop.time() < deadline:
            if result := check():
                return result
            await asyncio.sleep(0.02)
        raise AssertionError(f"timed out waiting for {what}")


@asynccontextmanager
async def rig(tmp_path: Path, now: datetime, **overrides: Any) -> AsyncIterator[Rig]:
    """The product at `now`, taking Telegram updates; `overrides` change its Settings."""
    clock = SetClock(now)
    with FeedServer() as feeds:
        async with FakeBotAPI() as api:
            settings = Settings(
                database_url=f"sqlite:///{tmp_path / 'rig.db'}",
                telegram_token=api.token,
                telegram_api_url=api.url,
                operators=frozenset({OPERATOR_ID}),
                worker_id="rig",
                allow_private_feeds=True,
                **overrides,
            )
            runtime = bootstrap.build(settings, [], clock=clock)
            app = runtime.telegram
            try:
                async with app:
                    await app.start()
                    await start_updates(app, poll_interval=0, poll_timeout=1)
                    try:
                        yield Rig(api, feeds, runtime, clock)
                    finally:
                        assert app.updater is not None
                        await app.updater.stop()
                        await app.stop()
            finally:
                await runtime.aclose()
