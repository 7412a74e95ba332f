"""What the service runs beside the poll cycle: parts with a start, a stop and periodic jobs.

bot.bootstrap builds the parts (the Telegram front end, the outbox sender) and hands them to
bot.service, which starts them before the first poll cycle, schedules their jobs on its one
scheduler and stops them, last started first stopped, on the way out. A part knows nothing of the
service, and the service nothing of what a part does.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class Job:
    """A periodic job a part asks the service to schedule (never two runs at once)."""

    name: str
    every_seconds: float
    run: Callable[[], Awaitable[object]]


class Part(Protocol):
    def jobs(self) -> Sequence[Job]: ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


class Periodic:
    """A part that is nothing but one periodic job (the digest, say)."""

    def __init__(self, job: Job) -> None:
        self._job = job

    def jobs(self) -> Sequence[Job]:
        return (self._job,)

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None


def status_of(part: Part) -> str | None:
    """A part's few words for the health line: its `status()`, for the parts that have one."""
    status = getattr(part, "status", None)
    word = status() if callable(status) else None
    return word if isinstance(word, str) and word else None


class Background:
    """A part that is one long-running coroutine: `run()` until `stop()` asks it to return."""

    def __init__(
        self,
        name: str,
        run: Callable[[], Coroutine[Any, Any, None]],
        stop: Callable[[], None],
        status: Callable[[], str | None] = lambda: None,
    ) -> None:
        self._name = name
        self._run = run
        self._stop = stop
        self.status = status
        self._task: asyncio.Task[None] | None = None

    def jobs(self) -> Sequence[Job]:
        return ()

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=self._name)

    async def stop(self) -> None:
        self._stop()
        if self._task is not None:
            await self._task
