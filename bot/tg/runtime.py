"""The Telegram front end at run time: connecting, and taking updates while this process leads.

Several processes may run on one PostgreSQL database: all of them poll feeds and drain the outbox
(leases and claims keep that safe), but only the holder of the leader lock takes Telegram updates;
when it dies its lease runs out and another process takes over. `TelegramFrontEnd` is the part the
service starts and stops (bot.parts), with one job: renew the leader lock and start or stop taking
updates accordingly.

The Bot API being unreachable (or the token rejected) at start stops nothing: the front end keeps
trying to connect in the background, with a growing pause, while feeds are polled and alerts
queued; `status()` says how it stands, for the service's health line.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from telegram.error import InvalidToken, TelegramError

from bot import logmask
from bot.clock import Clock
from bot.parts import Job
from bot.settings import Settings
from bot.store import locks
from bot.store.base import DbRunner
from bot.tg.app import start_updates

log = logging.getLogger("repatwatch.telegram")


RETRY_FIRST_SECONDS = 0.5
RETRY_MAX_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class Connection:
    """How the front end stands with the Bot API, for the health line."""

    connected: bool = False
    failing_since: datetime | None = None
    tries: int = 0
    error: str = ""
    token_rejected: bool = False

    def failed(self, error: TelegramError, now: datetime) -> Connection:
        return Connection(
            failing_since=self.failing_since or now,
            tries=self.tries + 1,
            error=logmask.redact(f"{type(error).__name__}: {error}")[:200],
            token_rejected=isinstance(error, InvalidToken),
        )

    def describe(self) -> str:
        if self.connected:
            return "telegram: connected"
        if not self.tries:
            return "telegram: connecting"
        since = f"{self.failing_since:%Y-%m-%d %H:%M}Z" if self.failing_since else "?"
        if self.token_rejected:
            return (
                f"telegram: the token was rejected since {since} ({self.tries} tries); "
                "check TELEGRAM_BOT_TOKEN. Alerts are queued meanwhile"
            )
        return (
            f"telegram: Bot API unreachable since {since} ({self.tries} tries, retrying); "
            f"alerts are queued meanwhile. Last error: {self.error}"
        )


def retry_pause(tries: int) -> float:
    """Seconds before the next attempt to connect after `tries` failures (0.5, 1, 2 ... 60)."""
    return float(min(RETRY_MAX_SECONDS, RETRY_FIRST_SECONDS * 2 ** max(tries - 1, 0)))


class TelegramFrontEnd:
    """The bot Application as a part of the service: connected, led, stopped."""

    def __init__(self, app: Any, db: DbRunner, settings: Settings, clock: Clock) -> None:
        self._app = app
        self._settings = settings
        self._clock = clock
        self.connection = Connection()
        self._connecting: asyncio.Task[None] | None = None
        self._leadership = Leadership(app, db, settings, clock, ready=self._ready)

    def jobs(self) -> Sequence[Job]:
        every = max(1.0, self._settings.leader_ttl_seconds / 3)
        return (Job("leader", every, self._leadership.tick),)

    def status(self) -> str:
        return self.connection.describe()

    async def start(self) -> None:
        """Connect in the background: the service goes on whether Telegram answers or not."""
        self._connecting = asyncio.create_task(self._connect(), name="telegram-connect")

    def _ready(self) -> bool:
        return self.connection.connected

    async def _connect(self) -> None:
        while True:
            try:
                await self._app.initialize()  # getMe: checks the token and the network
                await self._app.start()
            except TelegramError as exc:
                self.connection = self.connection.failed(exc, self._clock.now())
                pause = retry_pause(self.connection.tries)
                log.warning("%s; next try in %.1f s", self.connection.describe(), pause)
                await self._clock.sleep(pause)
                continue
            if self.connection.tries:
                log.info("telegram: connected after %d failed tries", self.connection.tries)
            self.connection = Connection(connected=True)
            await self._leadership.tick()  # lead now, not at the job's next turn
            return

    async def stop(self) -> None:
        if self._connecting is not None and not self._connecting.done():
            self._connecting.cancel()
            await asyncio.gather(self._connecting, return_exceptions=True)
        try:
            await self._leadership.step_down()
            if self._app.running:
                await self._app.stop()
        finally:
            await self._app.shutdown()


class Leadership:
    """Takes Telegram updates while this process holds the leader lock, and only then."""

    def __init__(
        self,
        app: Any,
        db: DbRunner,
        settings: Settings,
        clock: Clock,
        *,
        ready: Callable[[], bool] = lambda: True,
    ) -> None:
        self._app = app
        self._db = db
        self._settings = settings
        self._clock = clock
        self._ready = ready  # connected to the Bot API: only then lead
        self._turn = asyncio.Lock()  # a tick and the step-down never interleave
        self._retired = False

    async def tick(self) -> None:
        async with self._turn:
            if self._retired or not self._ready():
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
                await self._take_updates()
            elif not leader and polling:
                log.info("lost the leader lock: no longer taking Telegram updates")
                await self._app.updater.stop()

    async def _take_updates(self) -> None:
        try:
            await start_updates(
                self._app,
                webhook_url=self._settings.webhook_url,
                listen=self._settings.webhook_listen,
                port=self._settings.webhook_port,
                secret_token=self._settings.webhook_secret,
            )
        except TelegramError as exc:  # the Bot API went away meanwhile: the next tick tries again
            log.warning(
                "could not start taking Telegram updates (%s: %s)", type(exc).__name__, exc
            )
            return
        log.info("this process is now the leader: taking Telegram updates")

    async def step_down(self) -> None:
        async with self._turn:
            self._retired = True
            if self._polling():
                await self._app.updater.stop()
            await self._db(locks.release, locks.LEADER, self._settings.worker_id)

    def _polling(self) -> bool:
        return bool(self._app.updater and self._app.updater.running)
