"""The one clock the shell reads time from, passed in wherever time is read.

`now()` is wall-clock UTC (what is stored and shown), `monotonic()` measures intervals (pacing and
deadlines), `sleep()` waits. Production uses `SystemClock`; tests pass a clock of their own, so a
poll cycle, a handler or the sender sees exactly the time the test sets. The pure core never reads
a clock at all: it takes `now=` from its caller.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...

    def monotonic(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real time."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(seconds, 0.0))
