"""Telegram mode of `repatwatch run`: the bot answers commands and the sender delivers the outbox.

Several processes may run on one PostgreSQL database: all of them poll feeds and drain the outbox
(leases and claims keep that safe), but only the holder of the leader lock takes Telegram updates;
when it dies its lease runs out and another process takes over.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session, sessionmaker

from bot.delivery import FailedSend, Sender, SenderConfig
from bot.delivery_setup import chat_store_hooks
from bot.notifier import TelegramNotifier
from bot.stats import cases_chart
from bot.store import outbox
from bot.store.base import session_scope
from bot.tg.app import build_application, start_updates
from bot.tg.context import FrontEndHooks
from bot.tg.queries import enqueue_broadcast

if TYPE_CHECKING:
    from bot.service import Service

log = logging.getLogger("repatwatch.telegram")


class OutboxFollowsChats:
    """When the bot learns from an update that a chat left or moved, its queued alerts follow."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    async def chat_gone(self, chat_id: int) -> None:
        def drop() -> None:
            with session_scope(self._factory) as session:
                outbox.drop_for_chat(session, chat_id, reason="the bot was removed or blocked")

        await asyncio.to_thread(drop)

    async def chat_moved(self, old_id: int, new_id: int) -> None:
        def move() -> None:
            with session_scope(self._factory) as session:
                outbox.move_chat(session, old_id, new_id, now=datetime.now(UTC))

        await asyncio.to_thread(move)


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


async def run_telegram(service: Service, stop: asyncio.Event) -> None:
    settings = service.settings
    outbox_hooks = OutboxFollowsChats(service.factory)
    app = build_application(
        settings,
        service.factory,
        hooks=FrontEndHooks(
            on_chat_blocked=outbox_hooks.chat_gone,
            on_chat_migrated=outbox_hooks.chat_moved,
            broadcast=enqueue_broadcast,
            render_chart=cases_chart,
        ),
    )
    operators = OperatorsChat(app.bot, settings.operators_chat_id)
    service.on_feed_failure = operators.tell
    sender = Sender(
        service.factory,
        TelegramNotifier(app.bot),
        SenderConfig(worker_id=settings.worker_id),
        hooks=chat_store_hooks(on_failed=operators.failed_delivery),
    )
    async with app:
        await app.start()
        leadership = Leadership(service, app)
        service.scheduler.add_job(
            leadership.tick,
            "interval",
            seconds=max(1.0, settings.leader_ttl_seconds / 3),
            id="leader",
            max_instances=1,
            coalesce=True,
            next_run_time=service.now(),
        )
        service.scheduler.start()
        sending = asyncio.create_task(sender.run(), name="sender")
        await stop.wait()
        service.scheduler.shutdown(wait=False)
        sender.stop()
        await sending
        await leadership.step_down()
        await app.stop()


class Leadership:
    """Takes Telegram updates while this process holds the leader lock, and only then."""

    def __init__(self, service: Service, app: Any) -> None:
        self._service = service
        self._app = app
        self._turn = asyncio.Lock()  # a tick and the step-down never interleave
        self._retired = False

    async def tick(self) -> None:
        async with self._turn:
            if self._retired:
                return
            leader = await asyncio.to_thread(self._service.leader_tick)
            polling = self._polling()
            if leader and not polling:
                log.info("this process is now the leader: taking Telegram updates")
                settings = self._service.settings
                await start_updates(
                    self._app,
                    webhook_url=settings.webhook_url,
                    listen=settings.webhook_listen,
                    port=settings.webhook_port,
                    secret_token=settings.webhook_secret,
                )
            elif not leader and polling:
                log.info("lost the leader lock: no longer taking Telegram updates")
                await self._app.updater.stop()

    async def step_down(self) -> None:
        async with self._turn:
            self._retired = True
            if self._polling():
                await self._app.updater.stop()
            await asyncio.to_thread(self._service.release_leadership)

    def _polling(self) -> bool:
        return bool(self._app.updater and self._app.updater.running)
