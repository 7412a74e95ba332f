"""How a Sender is set up: its configuration, its clock, and the hooks that tell the rest of the bot.

Kept apart from the sender loop so the composition root can build these without reading the loop.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from sqlalchemy.orm import Session

from bot.pacing import DEFAULT_GLOBAL_RATE


class Clock(Protocol):
    def now(self) -> datetime: ...
    def monotonic(self) -> float: ...
    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(seconds, 0.0))


@dataclass(frozen=True, slots=True)
class FailedSend:
    """A message given up on; operators are told."""

    outbox_id: int
    chat_id: int
    report_id: int | None
    attempts: int
    error: str


@dataclass(frozen=True, slots=True)
class DeliveryHooks:
    """Wired by the composition root, e.g. to bot.store.chats.deactivate_chat / migrate_chat.

    The chat hooks run in the same transaction that drops or moves the chat's outbox rows, on the
    sender's database thread (so they must be plain synchronous store calls); `on_failed` runs on
    the event loop and may send a message to the operators' chat.
    """

    on_chat_blocked: Callable[[Session, int, datetime], object] | None = None
    on_chat_migrated: Callable[[Session, int, int, datetime], object] | None = None
    on_failed: Callable[[FailedSend], Awaitable[object]] | None = None


@dataclass(frozen=True, slots=True)
class SenderConfig:
    worker_id: str
    global_rate: float = DEFAULT_GLOBAL_RATE
    batch_size: int = 60
    lease_seconds: float = 60.0
    heartbeat_ttl: float = 10.0  # a sender silent this long is dead; its claims are free
    beat_interval: float = 1.0
    max_in_flight: int = 4  # overlapping requests; a crash may repeat at most these
    idle_poll: float = 0.5
    error_pause: float = 5.0  # after the database failed
    max_attempts: int = 6
    backoff_base: float = 5.0
    backoff_cap: float = 1800.0


def chat_store_hooks(
    on_failed: Callable[[FailedSend], Awaitable[object]] | None = None,
) -> DeliveryHooks:
    """Hooks that deactivate or move chats in bot.store.chats (the usual wiring)."""
    from bot.store import chats

    return DeliveryHooks(
        on_chat_blocked=lambda session, chat_id, now: chats.deactivate_chat(
            session, chat_id, now=now
        ),
        on_chat_migrated=lambda session, old, new, now: chats.migrate_chat(
            session, old, new, now=now
        ),
        on_failed=on_failed,
    )
