"""Channels through the fake Bot API: linking, filters, posts, demotion and removal; /export."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from casefactory import DANDONG
from fakebotapi import FakeBotAPI
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import bootstrap
from bot.bootstrap import Runtime
from bot.classify import classify
from bot.domain import Item, NewReport
from bot.export.tabular import read_json
from bot.ingest import file_reports
from bot.settings import Settings
from bot.store import channels as channel_store
from bot.store import chats as chat_store
from bot.store.base import session_scope
from bot.store.channels import ChannelState
from bot.store.outbox import OutboxRow
from bot.store.reports import Report
from bot.tg.app import start_updates

OPERATOR = 777
OPS_CHAT = -999


@dataclass
class Bot:
    api: FakeBotAPI
    runtime: Runtime

    def db(self, work: Callable[[Session], Any]) -> Any:
        with session_scope(self.runtime.database.factory) as session:
            return work(session)

    async def until(self, check: Callable[[], bool], what: str = "condition") -> None:
        for _ in range(1000):
            if check():
                return
            await asyncio.sleep(0.01)
        raise AssertionError(f"never: {what}")

    async def say(self, chat: dict[str, Any], user: dict[str, Any], text: str) -> str:
        """`user` writes `text` in `chat`; the bot's next message there."""
        before = len(self.api.sent(chat["id"]))
        self.api.user_sends(chat, user, text)
        await self.until(lambda: len(self.api.sent(chat["id"])) > before, f"an answer to {text}")
        message = self.api.sent(chat["id"])[before]
        return str(message.get("text") or message.get("caption") or "")


@asynccontextmanager
async def bot_running(tmp_path: Path) -> AsyncIterator[Bot]:
    async with FakeBotAPI() as api:
        settings = Settings(
            database_url=f"sqlite:///{tmp_path / 'rw.db'}",
            telegram_token=api.token,
            telegram_api_url=api.url,
            operators=frozenset({OPERATOR}),
            operators_chat_id=OPS_CHAT,
            worker_id="channels-test",
        )
        runtime = bootstrap.build(settings)
        app = runtime.telegram
        try:
            async with app:
                await app.start()
                await start_updates(app, poll_interval=0, poll_timeout=1)
                try:
                    yield Bot(api, runtime)
                finally:
                    await app.updater.stop()
                    await app.stop()
        finally:
            await runtime.aclose()


async def linked_channel(bot: Bot) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """An operator's private chat, a channel the bot may post in, linked; and its admin."""
    operator = bot.api.user(OPERATOR, language_code="en")
    ops = bot.api.private_chat(operator)
    admin = bot.api.user(first_name="Channel Admin")
    channel = bot.api.channel("Network Alerts", "netalerts")
    bot.api.bot_promoted(channel, admin)
    assert "Linked @netalerts" in await bot.say(ops, operator, "/channel add @netalerts")
    return ops, channel, admin


NAMED = (
    "Police in Dandong detained Ri Kwang-chol, 34, a North Korean defector, and six other North "
    "Koreans at a safe house near the river, a rescue group said."
)


def queue_alert(bot: Bot, key: str, when: datetime, text: str = DANDONG) -> None:
    """A report as a poll would file it: classified, linked into its case, queued for chats."""

    def work(session: Session) -> None:
        report = Report(
            key=f"https://news.example/{key}", fingerprint=key, title="Seven held in Dandong",
            summary=text, link=f"https://news.example/{key}", first_seen_at=when,
        )  # fmt: skip
        session.add(report)
        session.flush()
        item = Item(
            key=report.key, title=report.title, summary=text, link=report.link,
            published=when, language="en", fingerprint=key, source="Harbour Wire",
        )  # fmt: skip
        file_reports(
            session, [NewReport(report.id, 0, "Harbour Wire", item, when)], when, classify
        )

    bot.db(work)


async def test_linking_a_channel_says_what_the_bot_is_missing_until_it_may_post(
    tmp_path: Path,
) -> None:
    async with bot_running(tmp_path) as bot:
        operator = bot.api.user(OPERATOR)
        ops = bot.api.private_chat(operator)
        admin = bot.api.user(first_name="Channel Admin")
        channel = bot.api.channel("Network Alerts", "netalerts")
        group = bot.api.group("Advocates", supergroup=True)
        group["username"] = "advocates_group"
        text = await bot.say(ops, operator, "/channel add @nosuchchannel")
        assert "I cannot see @nosuchchannel" in text
        assert "is not a channel" in await bot.say(ops, operator, "/channel add @advocates_group")
        assert "I am not a member of it" in await bot.say(ops, operator, "/channel add @netalerts")
        bot.api.bot_promoted(channel, admin, can_post_messages=False)
        text = await bot.say(ops, operator, "/channel add @netalerts")
        assert "administrator without the right to post messages" in text
        assert bot.db(channel_store.channels) == []
        bot.api.bot_promoted(channel, admin, can_post_messages=True)
        text = await bot.say(ops, operator, "/channel add @netalerts")
        assert text.startswith("Linked @netalerts")
        screen = bot.api.sent_raw(ops["id"])[-1]
        data = [
            b["callback_data"] for row in screen["reply_markup"]["inline_keyboard"] for b in row
        ]
        assert all(d.startswith(f"chs:{channel['id']}:") for d in data)
        assert bot.api.sent(channel["id"]) == []  # nothing is posted just for linking
        views = bot.db(chat_store.active_subscriptions)
        assert [(v.chat_id, v.channel) for v in views] == [(channel["id"], True)]


async def test_a_channels_filters_are_set_with_the_settings_buttons_by_operators_only(
    tmp_path: Path,
) -> None:
    async with bot_running(tmp_path) as bot:
        ops, channel, _ = await linked_channel(bot)
        operator = bot.api.user(OPERATOR)
        screen = bot.api.sent_raw(ops["id"])[-1]
        bot.api.press_button(screen, f"chs:{channel['id']}:c:CN", operator)
        await bot.until(
            lambda: (
                bot.db(lambda s: chat_store.settings_of(s, channel["id"]).countries)
                == frozenset({"CN"})
            ),
            "the channel's country filter stored",
        )
        bot.api.press_button(screen, f"chs:{channel['id']}:lang:ko", operator)
        await bot.until(
            lambda: bot.db(lambda s: chat_store.chat_language(s, channel["id"])) == "ko",
            "the channel's language stored",
        )
        stranger = bot.api.user()
        answered = len(bot.api.calls("answerCallbackQuery"))
        bot.api.press_button(screen, f"chs:{channel['id']}:c:RU", stranger)
        await bot.until(lambda: len(bot.api.calls("answerCallbackQuery")) > answered)
        assert bot.db(lambda s: chat_store.settings_of(s, channel["id"]).countries) == {"CN"}


async def test_a_channel_post_hides_names_and_carries_only_a_link_to_the_case(
    tmp_path: Path,
) -> None:
    async with bot_running(tmp_path) as bot:
        _, channel, _ = await linked_channel(bot)
        reader = bot.api.user(first_name="Reader")
        reader_chat = bot.api.private_chat(reader)
        await bot.say(reader_chat, reader, "/subscribe")
        queue_alert(bot, "dd-1", datetime.now(UTC), NAMED)
        assert bot.runtime.sender is not None
        await bot.runtime.sender.drain()
        post = bot.api.sent_raw(channel["id"])[-1]
        buttons = [b for row in post["reply_markup"]["inline_keyboard"] for b in row]
        assert buttons == [
            {"text": "Case C1 in the bot", "url": "https://t.me/repatwatch_test_bot?start=case_1"}
        ]
        assert "Kwang-chol" not in post["text"] and "[name withheld]" in post["text"]
        private = bot.api.sent_raw(reader["id"])[-1]
        assert "Ri Kwang-chol" in private["text"]  # the reader's own chat did not hide names
        kinds = {k for row in private["reply_markup"]["inline_keyboard"] for b in row for k in b}
        assert "callback_data" in kinds  # a private chat keeps the buttons that need a person
        assert "Case C1" in await bot.say(reader_chat, reader, "/start case_1")


async def test_a_demoted_channel_is_paused_and_the_operators_told_until_it_may_post_again(
    tmp_path: Path,
) -> None:
    async with bot_running(tmp_path) as bot:
        ops, channel, admin = await linked_channel(bot)
        operator = bot.api.user(OPERATOR)
        bot.api.my_chat_member(
            channel, admin, "administrator", "administrator", can_post_messages=False
        )
        await bot.until(lambda: len(bot.api.sent(OPS_CHAT)) == 1, "the operators told")
        assert "can no longer post in the channel @netalerts" in bot.api.sent(OPS_CHAT)[0]["text"]
        assert bot.db(chat_store.active_subscriptions) == []
        assert "paused: I may not post there" in await bot.say(ops, operator, "/channel list")
        queue_alert(bot, "dd-2", datetime.now(UTC))
        owed = bot.db(lambda s: s.scalars(select(OutboxRow.chat_id)).all())
        assert channel["id"] not in owed  # nothing is owed to a paused channel
        bot.api.bot_promoted(channel, admin)
        await bot.until(lambda: len(bot.api.sent(OPS_CHAT)) == 2, "the operators told again")
        assert "may post in the channel @netalerts again" in bot.api.sent(OPS_CHAT)[1]["text"]
        assert [v.chat_id for v in bot.db(chat_store.active_subscriptions)] == [channel["id"]]


async def test_a_channel_that_removed_the_bot_stops_and_drops_what_it_was_owed(
    tmp_path: Path,
) -> None:
    async with bot_running(tmp_path) as bot:
        _, channel, admin = await linked_channel(bot)
        queue_alert(bot, "dd-3", datetime.now(UTC))
        bot.api.my_chat_member(channel, admin, "administrator", "left")
        await bot.until(lambda: len(bot.api.sent(OPS_CHAT)) == 1, "the operators told")
        assert "removed from the channel @netalerts" in bot.api.sent(OPS_CHAT)[0]["text"]
        view = bot.db(lambda s: channel_store.channel(s, channel["id"]))
        assert view.state is ChannelState.REMOVED
        assert bot.runtime.sender is not None
        await bot.runtime.sender.drain()
        assert bot.api.sent(channel["id"]) == []


async def test_an_operator_unlinks_a_channel_with_channel_remove(tmp_path: Path) -> None:
    async with bot_running(tmp_path) as bot:
        ops, _, _ = await linked_channel(bot)
        operator = bot.api.user(OPERATOR)
        assert "No more posts to @netalerts" in await bot.say(
            ops, operator, "/channel remove @netalerts"
        )
        assert bot.db(chat_store.active_subscriptions) == []
        assert "unlinked" in await bot.say(ops, operator, "/channel list")
        assert "not a linked channel" in await bot.say(ops, operator, "/channel remove @other")


async def test_operators_get_the_case_record_as_a_file_with_export(tmp_path: Path) -> None:
    async with bot_running(tmp_path) as bot:
        queue_alert(bot, "dd-4", datetime.now(UTC))
        operator = bot.api.user(OPERATOR)
        ops = bot.api.private_chat(operator)
        caption = await bot.say(ops, operator, "/export json CN")
        assert caption == "1 cases, json"
        sent = bot.api.sent_raw(ops["id"])[-1]
        assert sent["document"]["file_name"].endswith(".json")
        cases = read_json(sent["_document_bytes"].decode("utf-8"))
        assert [c.country for c in cases] == ["CN"]
        assert "Usage: /export" in await bot.say(ops, operator, "/export xlsx")
        stranger = bot.api.user()
        assert await bot.say(bot.api.private_chat(stranger), stranger, "/export") == "Not allowed."
