"""The whole product, end to end: a feed on a local HTTP server gets a detention report, the real
service (as bot.bootstrap builds it) classifies it, files a case and alerts a subscriber through a
fake Bot API on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fakebotapi import FakeBotAPI
from feedserver import Entry, FeedServer, rss
from sqlalchemy import update

from bot import bootstrap
from bot.bootstrap import Runtime
from bot.config import load_feeds
from bot.settings import Settings
from bot.store.base import session_scope
from bot.store.feeds import Feed

TODAY = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)  # news is recent
UNRELATED = Entry(
    "Border city opens a new market",
    "https://north.example/market",
    None,
    "Traders welcomed a covered market that opened on Monday.",
    TODAY - timedelta(days=4),
)
ARREST = Entry(
    "Seven North Korean defectors arrested in Shenyang",
    "https://north.example/shenyang-arrests",
    None,
    "Chinese police arrested seven North Korean defectors, including a nine-year-old girl, "
    "in Shenyang on Sunday, a Seoul-based rescue group said. Activists fear the group will "
    "be forcibly repatriated.",
    TODAY - timedelta(days=3),
)
REPATRIATED = Entry(
    "China sends seven defectors caught in Shenyang back to North Korea",
    "https://north.example/shenyang-repatriated",
    None,
    "The seven North Korean defectors arrested in Shenyang earlier this month, among them a "
    "nine-year-old girl, were repatriated to North Korea on Friday, the rescue group said.",
    TODAY - timedelta(days=1),
)


@dataclass
class World:
    api: FakeBotAPI
    feeds: FeedServer
    runtime: Runtime

    def publish(self, *entries: Entry) -> None:
        """The outlet's feed now carries `entries`, and the feed is due (time has passed)."""
        self.feeds.route("/news.xml", rss(entries, title="North News"))
        with session_scope(self.runtime.database.factory) as session:
            past = datetime.now(UTC) - timedelta(seconds=1)
            session.execute(update(Feed).values(next_poll_at=past))


async def eventually(check: Callable[[], Any], what: str) -> Any:
    """check()'s first truthy result, waiting up to 20 s for it."""
    for _ in range(200):
        if result := check():
            return result
        await asyncio.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    with FeedServer() as feeds, FakeBotAPI() as api:
        feeds.route("/news.xml", rss([UNRELATED], title="North News"))
        feeds_file = tmp_path / "feeds.yaml"
        feeds_file.write_text(
            f"feeds:\n  - name: North News\n    url: {feeds.url('/news.xml')}\n", encoding="utf-8"
        )
        settings = Settings(
            database_url=f"sqlite:///{tmp_path / 'e2e.db'}",
            telegram_token=api.token,
            telegram_api_url=api.url,
            worker_id="e2e",
            poll_every_seconds=0.2,
            leader_ttl_seconds=3,
            allow_private_feeds=True,  # the feed server is on 127.0.0.1
        )
        runtime = bootstrap.build(settings, load_feeds(feeds_file))
        running = asyncio.create_task(runtime.service.run(handle_signals=False))
        try:
            yield World(api, feeds, runtime)
        finally:
            runtime.service.stop()
            await asyncio.wait_for(running, 30)
            await runtime.aclose()


def texts(api: FakeBotAPI, chat_id: int) -> list[str]:
    return [m.get("text", "") for m in api.sent(chat_id)]


def buttons(message: dict[str, Any]) -> list[str]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [button["text"] for row in rows for button in row]


async def test_a_subscriber_gets_the_alert_the_case_and_a_reply_when_it_moves_on(
    world: World,
) -> None:
    api = world.api
    user = api.user(first_name="Min")
    chat = api.private_chat(user)
    chat_id = chat["id"]

    api.user_sends(chat, user, "/subscribe")
    await eventually(lambda: texts(api, chat_id), "the subscription to be confirmed")
    confirmed = len(api.sent(chat_id))

    world.publish(ARREST, UNRELATED)
    alert = await eventually(
        lambda: next((m for m in api.sent(chat_id)[confirmed:] if "Shenyang" in m["text"]), None),
        "the alert",
    )
    assert "7" in alert["text"] and "arrested" in alert["text"].lower()
    assert "Case summary" in buttons(alert) and "Not relevant" in buttons(alert)
    assert not any("market" in text for text in texts(api, chat_id))

    api.user_sends(chat, user, "/case C1")
    summary = await eventually(
        lambda: next((t for t in texts(api, chat_id) if "C1" in t and "Status" in t), None),
        "the case summary",
    )
    assert "Shenyang" in summary

    world.publish(REPATRIATED, ARREST, UNRELATED)
    update_msg = await eventually(
        lambda: next((m for m in api.sent(chat_id) if "repatriated" in m["text"].lower()
                      and m.get("reply_to_message")), None),
        "the status change, as a reply",
    )  # fmt: skip
    assert update_msg["reply_to_message"]["message_id"] == alert["message_id"]


async def test_a_korean_users_new_chat_gets_its_alerts_in_korean_without_lang(
    world: World,
) -> None:
    api = world.api
    user = api.user(first_name="Min", language_code="ko")
    chat = api.private_chat(user)
    api.user_sends(chat, user, "/subscribe")
    await eventually(lambda: texts(api, chat["id"]), "the subscription to be confirmed")
    assert "구독했습니다" in texts(api, chat["id"])[0]

    world.publish(ARREST)
    alert = await eventually(
        lambda: next((m for m in api.sent(chat["id"])[1:] if "선양" in m["text"]), None),
        "the alert",
    )
    lines = alert["text"].splitlines()
    assert lines[0].startswith("🆘 강제북송 위기 · 7명 · 중국 선양")
    labels = [line.split(":")[0] for line in lines[2:] if ":" in line]
    assert set(labels) <= {"상태", "누가", "언급된 단체", "알린 이유", "출처"}, labels
    assert "사건 C1 · 현재 보도 매체 1곳" in lines
    assert buttons(alert) == ["사건 요약", "관련 없음"]
