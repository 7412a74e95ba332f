"""A clock the test sets: wall time stands still until the test moves it; intervals are real.

It is a bot.clock.Clock, so it goes wherever the shell reads time (the poller, the bot's
handlers, the sender). `sleep` and `monotonic` stay real: pacing and waits are not what these tests
are about.
"""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta


class SetClock:
    def __init__(self, now: datetime) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> datetime:
        self.current += timedelta(**delta)
        return self.current

    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(seconds, 0.0))
