"""The Telegram front end at run time: taking updates while this process leads, and the operators' chat.

Several processes may run on one PostgreSQL database: all of them poll feeds and drain the outbox
(leases and claims keep that safe), but only the holder of the leader lock takes Telegram updates;
when it dies its lease runs out and another process takes over. `TelegramFrontEnd` is the part the
service starts and stops (bot.parts), with one job: renew the leader lock and start or stop taking
updates accordingly. `OperatorsChat` tells the operators' chat about failures.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from bot.clock import Clock
from bot.delivery.sender import FailedSend
from bot.parts import Job
from bot.settings import Settings
from bot.store import locks
from bot.store.base import DbRunner
from bot.tg.app import start_updates

log = logging.getLogger("repatwatch.telegram")


class OperatorsChat:
    """Tells the operators' chat (if configured) about failures; subscribers never see these."""

    def __init__(self, bot: Any, chat_id: int | None) -> None:
        self._bot = bot
        self._chat_id = chat_id

    async def tell(self, text: str) -> None:
        if self._chat_id is None:
            log.warning("operators not told (no REPATWATCH_OPERATORS_CHAT): %s", text)
            return
        try:
            await self._bot.send_message(self._chat_id, text[:4000])
        except Exception:
            log.exception("could not tell the operators' chat: %s", text)

    async def failed_delivery(self, failed: FailedSend) -> None:
        await self.tell(
            f"Delivery failed for good to chat {failed.chat_id} (outbox #{failed.outbox_id}, "
            f"{failed.attempts} attempts): {failed.error}"
        )


class TelegramFrontEnd:
    """The bot Application as a part of the service: started, led, stopped."""

    def __init__(self, app: Any, db: DbRunner, settings: Settings, clock: Clock) -> None:
        self._app = app
        self._settings = settings
        self._leadership = Leadership(app, db, settings, clock)

    def jobs(self) -> Sequence[Job]:
        every = max(1.0, self._settings.leader_ttl_seconds / 3)
        return (Job("leader", every, self._leadership.tick),)

    async def start(self) -> None:
        await self._app.initialize()
        await self._app.start()

    async def stop(self) -> None:
        try:
            await self._leadership.step_down()
            await self._app.stop()
        finally:
            await self._app.shutdown()


class Leadership:
    """Takes Telegram updates while this process holds the leader lock, and only then."""

    def __init__(self, app: Any, db: DbRunner, settings: Settings, clock: Clock) -> None:
        self._app = app
        self._db = db
        self._settings = settings
        self._clock = clock
        self._turn = asyncio.Lock()  # a tick and the step-down never interleave
        self._retired = False

    async def tick(self) -> None:
        async with self._turn:
            if self._retired:
                return
            leader = await self._db(
                locks.try_acquire,
                locks.LEADER,
                self._settings.worker_id,
                self._clock.now(),
                timedelta(seconds=self._settings.leader_ttl_seconds),
            )
            polling = self._polling()
            if leader and not polling:
                log.info("this process is now the leader: taking Telegram updates")
                await start_updates(
                    self._app,
                    webhook_url=self._settings.webhook_url,
                    listen=self._settings.webhook_listen,
                    port=self._settings.webhook_port,
                    secret_token=self._settings.webhook_secret,
                )
            elif not leader and polling:
                log.info("lost the leader lock: no longer taking Telegram updates")
                await self._app.updater.stop()

    async def step_down(self) -> None:
        async with self._turn:
            self._retired = True
            if self._polling():
                await self._app.updater.stop()
            await self._db(locks.release, locks.LEADER, self._settings.worker_id)

    def _polling(self) -> bool:
        return bool(self._app.updater and self._app.updater.running)
