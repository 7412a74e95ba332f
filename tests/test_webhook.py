"""Webhook mode end to end: `repatwatch run`'s graph behind a webhook, posted to over HTTP.

The service runs as bot.bootstrap builds it, with no secret configured: it makes one, keeps it in
the database and gives it to Telegram (the fake Bot API records setWebhook). Updates are then
posted to the bot's listener as Telegram posts them, with and without the secret header.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from fakebotapi import FakeBotAPI
from sqlalchemy import func, select

from bot import bootstrap
from bot.settings import Settings
from bot.store.base import session_scope
from bot.store.keys import WEBHOOK_SECRET, StoredKey
from bot.store.outbox import OutboxRow

OPERATOR_ID = 777
PUBLIC_URL = "https://bot.example.org/tg/hook-7f3a"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def until_listening(port: int) -> None:
    for _ in range(3000):  # 30 s and more: a loaded machine starts the bot slowly
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(0.01)
            continue
        writer.close()
        await writer.wait_closed()
        return
    raise AssertionError(f"nothing listens on port {port}")


@dataclass
class Webhook:
    api: FakeBotAPI
    runtime: bootstrap.Runtime
    listener: str  # http://127.0.0.1:PORT, where the TLS proxy would forward to

    async def post(self, path: str, update: dict[str, Any], secret: str | None) -> int:
        headers = {SECRET_HEADER: secret} if secret is not None else {}
        async with (
            aiohttp.ClientSession() as http,
            http.post(f"{self.listener}/{path}", json=update, headers=headers) as response,
        ):
            return response.status

    def outbox_rows(self) -> int:
        with session_scope(self.runtime.database.factory) as session:
            return int(session.scalar(select(func.count()).select_from(OutboxRow)) or 0)


@asynccontextmanager
async def webhook_service(tmp_path: Path) -> AsyncIterator[Webhook]:
    port = free_port()
    async with FakeBotAPI() as api:
        settings = Settings(
            database_url=f"sqlite:///{tmp_path / 'rw.db'}",
            telegram_token=api.token,
            telegram_api_url=api.url,
            operators=frozenset({OPERATOR_ID}),
            worker_id="webhook-test",
            webhook_url=PUBLIC_URL,
            webhook_port=port,
            poll_every_seconds=3600,
        )
        runtime = bootstrap.build(settings, [])
        running = asyncio.create_task(runtime.service.run(handle_signals=False))
        try:
            for _ in range(3000):
                if api.webhook.get("url") or running.done():
                    break
                await asyncio.sleep(0.01)
            assert api.webhook.get("url") == PUBLIC_URL, "the bot never set its webhook"
            await until_listening(port)  # PTB sets the webhook, then starts its server
            yield Webhook(api, runtime, f"http://127.0.0.1:{port}")
        finally:
            runtime.service.stop()
            await asyncio.wait_for(running, 15)
            await runtime.aclose()


async def test_a_forged_update_without_the_secret_is_refused_and_a_real_one_is_taken(
    tmp_path: Path,
) -> None:
    async with webhook_service(tmp_path) as hook:
        api = hook.api
        secret = api.webhook.get("secret_token")
        assert secret, "Telegram was given no secret token"
        subscriber = api.user()
        api.user_sends(api.private_chat(subscriber), subscriber, "/subscribe")
        operator = api.user(OPERATOR_ID)
        ops_chat = api.private_chat(operator)
        api.user_sends(ops_chat, operator, "/broadcast Everyone: the meeting moved")
        subscribe, broadcast = api.take_updates()
        assert await hook.post("tg/hook-7f3a", subscribe, secret) == 200
        await api.until_sent(1)

        assert await hook.post("tg/hook-7f3a", broadcast, None) == 403
        assert await hook.post("tg/hook-7f3a", broadcast, "guessed-secret") == 403
        assert await hook.post("", broadcast, secret) == 404  # the URL's path, not /

        # Updates are handled in order: had a forged one been taken, its answer would come first.
        assert await hook.post("tg/hook-7f3a", broadcast, secret) == 200
        # The broadcast itself may reach the subscriber before the operator hears back.
        await api.until_sent(1, chat_id=ops_chat["id"])
        (answer,) = api.sent(ops_chat["id"])
        assert "Queued for 1 chat" in answer["text"]
        assert hook.outbox_rows() == 1


async def test_the_generated_secret_is_kept_in_the_database_and_reused(tmp_path: Path) -> None:
    async with webhook_service(tmp_path) as hook:
        first = hook.api.webhook["secret_token"]
    async with webhook_service(tmp_path) as hook:
        assert hook.api.webhook["secret_token"] == first
        with session_scope(hook.runtime.database.factory) as session:
            assert session.get(StoredKey, WEBHOOK_SECRET) is not None


def test_a_webhook_secret_telegram_would_refuse_stops_the_start() -> None:
    from bot.domain import ConfigError

    env = {"REPATWATCH_WEBHOOK_URL": PUBLIC_URL, "REPATWATCH_WEBHOOK_SECRET": "has spaces!"}
    with pytest.raises(ConfigError, match="REPATWATCH_WEBHOOK_SECRET"):
        Settings.from_env(env)
