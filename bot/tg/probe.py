"""Whether the Telegram Bot API answers: a getMe every half minute, told to the shared HealthState.

A part of the service (bot.parts) with one job. Between alerts nothing else may talk to Telegram
(with a webhook, nothing at all), so without this probe an outage would go unseen until the next
alert failed. A network error, a timeout or a 5xx counts as unreachable; any answer from Telegram,
even an error, as reachable.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from telegram.error import NetworkError, TelegramError

from bot.clock import Clock
from bot.health import HealthState
from bot.parts import Job

log = logging.getLogger("repatwatch.telegram")
PROBE_EVERY_SECONDS = 30.0
PROBE_TIMEOUT_SECONDS = 10.0


class BotApiProbe:
    def __init__(
        self, bot: Any, health: HealthState, clock: Clock, *, every: float = PROBE_EVERY_SECONDS
    ) -> None:
        self._bot = bot
        self._health = health
        self._clock = clock
        self._every = every

    def jobs(self) -> Sequence[Job]:
        return (Job("bot-api-probe", self._every, self.probe),)

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def probe(self) -> bool:
        """Ask Telegram who the bot is; True when it answered."""
        try:
            await self._bot.get_me(
                read_timeout=PROBE_TIMEOUT_SECONDS, connect_timeout=PROBE_TIMEOUT_SECONDS
            )
        except NetworkError as exc:  # TimedOut and 5xx answers are NetworkErrors too
            self._health.api_unreachable(self._clock.monotonic(), f"{type(exc).__name__}: {exc}")
            log.warning("the Telegram Bot API did not answer: %s", exc)
            return False
        except TelegramError:
            pass  # Telegram answered, if with an error: reachable
        self._health.api_answered()
        return True
