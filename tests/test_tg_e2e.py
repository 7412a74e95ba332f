"""The real bot Application against the fake Bot API on 127.0.0.1, with a real SQLite database."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fakebotapi import FakeBotAPI, Fault
from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker
from telegram.ext import Application

from bot import bootstrap
from bot.delivery.message import Message, MessageKind
from bot.delivery.sender import Sender
from bot.domain import Document, Facts, FeedSpec, Status, Tier, Verdict
from bot.settings import Settings
from bot.store import cases as case_store
from bot.store import chats as chat_store
from bot.store import feedback, outbox
from bot.store import feeds as feed_store
from bot.store.base import session_scope
from bot.store.outbox import OutboxRow
from bot.store.reports import Report
from bot.tg.app import start_updates

OPERATOR_ID = 777
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def seed_case(factory: sessionmaker[Session]) -> int:
    """One stored report linked into a case through the case store; returns the case number."""
    return seed_report_case(factory, 0)


def seed_report_case(factory: sessionmaker[Session], n: int, place: str | None = None) -> int:
    """Report `n` in a case of its own (each in another country and month, so none link)."""
    countries = ["CN", "RU", "LA", "VN", "TH", "KH", "MN", "MM", "JP", "CN"]
    when = NOW - timedelta(days=40 * n)
    with session_scope(factory) as session:
        report_id = session.execute(
            insert(Report)
            .values(
                key=f"e2e-{n}",
                fingerprint=f"e2e-{n}",
                title="Five people held at a border post",
                summary="Police held five people near the river crossing.",
                link="https://news.example/held",
                first_seen_at=NOW,
                tier="alert",
            )
            .returning(Report.id)
        ).scalar_one()
        doc = Document(
            id=str(report_id),
            title="Five people held at a border post",
            text="Police held five people near the river crossing & questioned them.",
            lang="en",
            url="https://news.example/held",
            date=when.date(),
            source="Example News",
        )
        facts = Facts(
            country=countries[n],
            place=place or ("Tumen" if n == 0 else None),
            people=5 + n,
            status=Status.DETAINED,
        )
        verdict = Verdict(tier=Tier.ALERT, score=0.9, facts=facts)
        update = case_store.attach_report(
            session, report_id=report_id, doc=doc, verdict=verdict, now=when
        )
        assert update is not None
        return case_store.parse_case_id(update.case_id)


@dataclass
class Harness:
    api: FakeBotAPI
    app: Application[Any, Any, Any, Any, Any, Any]
    factory: sessionmaker[Session]
    sender: Sender | None = None

    async def deliver(self) -> None:
        """The outbox sender sends everything queued, as the service would."""
        assert self.sender is not None
        await self.sender.drain()

    async def reply_to(
        self, chat: dict[str, Any], user: dict[str, Any], text: str, **kw: Any
    ) -> str:
        """Send `text` as `user` and wait for the bot's next message in the chat."""
        before = len(self.api.sent(chat["id"]))
        self.api.user_sends(chat, user, text, **kw)
        return await self.next_message(chat["id"], before)

    async def next_message(self, chat_id: int, before: int) -> str:
        for _ in range(1000):
            sent = self.api.sent(chat_id)
            if len(sent) > before:
                return str(sent[before].get("text", sent[before].get("caption", "")))
            await asyncio.sleep(0.01)
        raise AssertionError(f"the bot did not answer in chat {chat_id}")

    async def settle(self, check: Callable[[], bool]) -> None:
        for _ in range(1000):
            if check():
                return
            await asyncio.sleep(0.01)
        raise AssertionError("condition never became true")

    def db(self, work: Callable[[Session], Any]) -> Any:
        with session_scope(self.factory) as session:
            return work(session)


@asynccontextmanager
async def running(sqlite_url: str, **overrides: Any) -> AsyncIterator[Harness]:
    """The bot, as bot.bootstrap builds it, polling the fake Bot API; `overrides` change its
    Settings. `Harness.deliver()` has its outbox sender send what is queued."""
    async with FakeBotAPI() as api:
        settings = Settings(
            database_url=sqlite_url,
            telegram_token=api.token,
            telegram_api_url=api.url,
            operators=frozenset({OPERATOR_ID}),
            **overrides,
        )
        runtime = bootstrap.build(settings)
        app = runtime.telegram
        try:
            async with app:
                await app.start()
                await start_updates(app, poll_interval=0, poll_timeout=1)
                try:
                    yield Harness(api, app, runtime.database.factory, runtime.sender)
                finally:
                    assert app.updater is not None
                    await app.updater.stop()
                    await app.stop()
        finally:
            await runtime.aclose()


@pytest.fixture
async def bot(sqlite_url: str) -> AsyncIterator[Harness]:
    async with running(sqlite_url) as harness:
        yield harness


async def test_subscribe_confirms_and_stores_a_subscription(bot: Harness) -> None:
    user = bot.api.user(first_name="Ada", language_code="en")
    chat = bot.api.private_chat(user)
    text = await bot.reply_to(chat, user, "/subscribe")
    assert "Subscribed" in text
    views = bot.db(chat_store.active_subscriptions)
    assert [v.chat_id for v in views] == [chat["id"]]


async def test_a_korean_user_is_answered_in_korean(bot: Harness) -> None:
    user = bot.api.user(first_name="Min", language_code="ko")
    chat = bot.api.private_chat(user)
    assert "구독했습니다" in await bot.reply_to(chat, user, "/subscribe")


async def test_case_command_returns_the_summary_with_status_and_sources(bot: Harness) -> None:
    case_id = seed_case(bot.factory)
    user = bot.api.user()
    chat = bot.api.private_chat(user)
    text = await bot.reply_to(chat, user, f"/case C{case_id}")
    assert text.startswith(f"Case C{case_id} · China · detained")
    assert "Tumen" in text and "https://news.example/held" in text


async def test_deep_link_opens_a_case(bot: Harness) -> None:
    case_id = seed_case(bot.factory)
    user = bot.api.user()
    chat = bot.api.private_chat(user)
    assert f"Case C{case_id}" in await bot.reply_to(chat, user, f"/start case_{case_id}")


async def test_cases_lists_recent_cases_and_search_finds_them(bot: Harness) -> None:
    case_id = seed_case(bot.factory)
    user = bot.api.user()
    chat = bot.api.private_chat(user)
    assert f"C{case_id}" in await bot.reply_to(chat, user, "/cases CN detained")
    assert "No cases match" in await bot.reply_to(chat, user, "/cases RU")
    found = await bot.reply_to(chat, user, "/search border post")
    assert f"C{case_id}" in found and "Five people held at a border post" in found


async def test_case_summary_button_sends_the_case(bot: Harness) -> None:
    case_id = seed_case(bot.factory)
    user = bot.api.user()
    chat = bot.api.private_chat(user)
    await bot.reply_to(chat, user, "/cases")
    listing = bot.api.sent_raw(chat["id"])[-1]
    before = len(bot.api.sent(chat["id"]))
    bot.api.press_button(listing, f"case:{case_id}", user)
    assert f"Case C{case_id}" in await bot.next_message(chat["id"], before)


def sent_alert(bot: Harness, chat_id: int, report_id: int) -> None:
    """The outbox delivered the alert on `report_id` to the chat."""

    def deliver(session: Session) -> None:
        alert = Message("alert", chat_id=chat_id, kind=MessageKind.ALERT, report_id=report_id)
        outbox.enqueue(session, [alert], now=NOW)
        (row,) = outbox.claim_batch(session, worker_id="t", now=NOW, limit=1, lease_seconds=60)
        outbox.mark_sent(session, row.outbox_id or 0, 1, NOW)

    bot.db(deliver)


async def test_not_relevant_is_stored_once_per_person(bot: Harness) -> None:
    seed_case(bot.factory)
    user = bot.api.user()
    chat = bot.api.private_chat(user)
    await bot.reply_to(chat, user, "/help")
    message = bot.api.sent_raw(chat["id"])[-1]
    report_id = bot.db(lambda s: s.scalar(select(Report.id)))
    sent_alert(bot, chat["id"], report_id)
    for _ in range(2):
        bot.api.press_button(message, f"fb:{report_id}", user)
    await bot.settle(lambda: len(bot.api.calls("answerCallbackQuery")) == 2)
    assert bot.db(feedback.feedback_counts) == {report_id: 1}
    assert bot.api.calls("answerCallbackQuery")[0].params["text"] == "Thanks, noted."


async def test_a_forged_not_relevant_for_a_report_never_sent_to_the_chat_is_refused(
    bot: Harness,
) -> None:
    seed_report_case(bot.factory, 0)
    seed_report_case(bot.factory, 1)
    first, second = bot.db(lambda s: list(s.scalars(select(Report.id).order_by(Report.id))))
    user, other = bot.api.user(), bot.api.user()
    chat, other_chat = bot.api.private_chat(user), bot.api.private_chat(other)
    sent_alert(bot, other_chat["id"], second)
    sent_alert(bot, chat["id"], first)
    await bot.reply_to(chat, user, "/help")
    message = bot.api.sent_raw(chat["id"])[-1]
    bot.api.press_button(message, f"fb:{second}", user)  # a report only the other chat got
    await bot.settle(lambda: len(bot.api.calls("answerCallbackQuery")) == 1)
    assert bot.db(feedback.feedback_counts) == {}
    assert "text" not in bot.api.calls("answerCallbackQuery")[0].params


async def test_operators_see_the_reports_marked_not_relevant_most_often(bot: Harness) -> None:
    seed_case(bot.factory)
    report_id = bot.db(lambda s: s.scalar(select(Report.id)))
    operator = bot.api.user(OPERATOR_ID)
    ops = bot.api.private_chat(operator)
    assert "No report has been marked" in await bot.reply_to(ops, operator, "/feedback")
    for _ in range(2):
        user = bot.api.user()
        chat = bot.api.private_chat(user)
        await bot.reply_to(chat, user, "/help")
        sent_alert(bot, chat["id"], report_id)
        bot.api.press_button(bot.api.sent_raw(chat["id"])[-1], f"fb:{report_id}", user)
    await bot.settle(lambda: bot.db(feedback.feedback_counts) == {report_id: 2})
    text = await bot.reply_to(ops, operator, "/feedback")
    assert "Five people held at a border post" in text
    assert f"#{report_id} · 2 people in 2 chats" in text


async def test_case_shows_report_ids_to_operators_only(bot: Harness) -> None:
    case_id = seed_case(bot.factory)
    report_id = bot.db(lambda s: s.scalar(select(Report.id)))
    operator, user = bot.api.user(OPERATOR_ID), bot.api.user()
    ops_view = await bot.reply_to(bot.api.private_chat(operator), operator, f"/case {case_id}")
    assert f"Report ids (for /split C{case_id} REPORT): {report_id}" in ops_view
    assert "Report ids" not in await bot.reply_to(
        bot.api.private_chat(user), user, f"/case {case_id}"
    )


async def test_operators_correct_cases(bot: Harness) -> None:
    case_id = seed_case(bot.factory)
    operator = bot.api.user(OPERATOR_ID)
    chat = bot.api.private_chat(operator)
    done = await bot.reply_to(chat, operator, f"/setstatus C{case_id} repatriated")
    assert done == f"Done. C{case_id}"
    assert "repatriated" in await bot.reply_to(chat, operator, f"/case {case_id}")
    assert "no case" in await bot.reply_to(chat, operator, "/close 999")
    assert "Usage: /setstatus" in await bot.reply_to(chat, operator, f"/setstatus {case_id} gone")
    user = bot.api.user()
    seen = await bot.reply_to(bot.api.private_chat(user), user, f"/case {case_id}")
    assert "repatriated (set by an operator)" in seen
    assert str(OPERATOR_ID) not in seen


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/case twelve", "Usage: /case ID"),
        ("/case 999", "No case C999"),
        ("/cases Atlantis", "Usage: /cases"),
        ("/search ab", "Usage: /search"),
        ("/case " + "7" * 5000, "Usage: /case ID"),
        ("/search " + "x" * 500, "too long"),
        ("/frobnicate", "I don't know /frobnicate. /help"),
        ("hello, is anyone there?", "/help"),
    ],
    ids=[
        "junk-id",
        "unknown-case",
        "bad-filter",
        "short-search",
        "5000-digit-id",
        "over-long-search",
        "unknown-command",
        "plain-text",
    ],
)
async def test_invalid_input_gets_a_short_usage_reply(
    bot: Harness, command: str, expected: str
) -> None:
    user = bot.api.user()
    chat = bot.api.private_chat(user)
    assert expected in await bot.reply_to(chat, user, command)


async def test_an_unknown_command_in_a_group_is_answered_only_when_addressed_to_the_bot(
    bot: Harness,
) -> None:
    member = bot.api.user()
    group = bot.api.group("Advocates")
    bot.api.user_sends(group, member, "/weather")
    text = await bot.reply_to(group, member, "/weather@repatwatch_test_bot")
    assert "/help" in text
    assert len(bot.api.sent(group["id"])) == 1


async def test_search_finds_a_place_by_a_two_character_korean_or_chinese_name(
    bot: Harness,
) -> None:
    case_id = seed_report_case(bot.factory, 0, place="Shenyang")
    user = bot.api.user()
    chat = bot.api.private_chat(user)
    for word in ("선양", "沈阳"):
        assert f"C{case_id}" in await bot.reply_to(chat, user, f"/search {word}")


async def test_search_takes_percent_and_underscore_as_text(bot: Harness) -> None:
    seed_case(bot.factory)
    user = bot.api.user()
    chat = bot.api.private_chat(user)
    assert await bot.reply_to(chat, user, "/search %%%") == "Nothing found."
    assert await bot.reply_to(chat, user, "/search ___") == "Nothing found."


async def test_a_new_chat_takes_the_language_of_the_person_who_brought_it(bot: Harness) -> None:
    korean, english = bot.api.user(language_code="ko"), bot.api.user(language_code="en-GB")
    k_chat, e_chat = bot.api.private_chat(korean), bot.api.private_chat(english)
    await bot.reply_to(k_chat, korean, "/help")
    await bot.reply_to(e_chat, english, "/help")
    assert bot.db(lambda s: chat_store.chat_language(s, k_chat["id"])) == "ko"
    assert bot.db(lambda s: chat_store.chat_language(s, e_chat["id"])) == "en"
    admin, member = bot.api.user(language_code="ko"), bot.api.user(language_code="en")
    group = bot.api.group("Advocates")
    bot.api.bot_added(group, admin)
    await bot.settle(lambda: bot.db(lambda s: chat_store.chat_language(s, group["id"])) == "ko")
    assert "사용법" in await bot.reply_to(group, member, "/case x")


async def test_lang_switches_the_chat_language(bot: Harness) -> None:
    user = bot.api.user(language_code="en")
    chat = bot.api.private_chat(user)
    assert "한국어" in await bot.reply_to(chat, user, "/lang ko")
    assert "사용법" in await bot.reply_to(chat, user, "/case x")


async def test_operator_commands_are_refused_to_everyone_else(bot: Harness) -> None:
    user = bot.api.user()
    chat = bot.api.private_chat(user)
    for command in ("/stats", "/merge 1 2", "/broadcast hello", "/approve 5"):
        assert await bot.reply_to(chat, user, command) == "Not allowed."
    assert "/merge" not in await bot.reply_to(chat, user, "/help")


async def test_operators_see_their_commands_in_help_and_get_the_chart(bot: Harness) -> None:
    operator = bot.api.user(OPERATOR_ID)
    chat = bot.api.private_chat(operator)
    assert "/merge" in await bot.reply_to(chat, operator, "/help")
    await bot.reply_to(chat, operator, "/stats")
    assert "photo" in bot.api.sent_raw(chat["id"])[-1]


async def test_a_group_member_cannot_subscribe_the_group_but_an_admin_can(bot: Harness) -> None:
    admin, member = bot.api.user(first_name="Admin"), bot.api.user(first_name="Member")
    group = bot.api.group("Advocates")
    bot.api.set_admins(group["id"], {admin["id"]: "creator"})
    assert "administrators" in await bot.reply_to(group, member, "/subscribe")
    assert "administrators" in await bot.reply_to(group, member, "/settings")
    assert "administrators" in await bot.reply_to(group, member, "/lang ko")
    assert bot.db(chat_store.active_subscriptions) == []
    assert "Subscribed" in await bot.reply_to(group, admin, "/subscribe")
    assert [v.chat_id for v in bot.db(chat_store.active_subscriptions)] == [group["id"]]


async def test_an_anonymous_admin_can_change_the_group(bot: Harness) -> None:
    someone = bot.api.user()
    group = bot.api.group("Advocates", supergroup=True)
    text = await bot.reply_to(group, someone, "/subscribe", anonymous_admin=True)
    assert "Subscribed" in text


async def test_anyone_in_a_group_may_query(bot: Harness) -> None:
    member = bot.api.user()
    group = bot.api.group("Advocates")
    case_id = seed_case(bot.factory)
    assert f"Case C{case_id}" in await bot.reply_to(group, member, f"/case {case_id}")


async def test_settings_buttons_change_the_stored_settings(bot: Harness) -> None:
    user = bot.api.user()
    chat = bot.api.private_chat(user)
    await bot.reply_to(chat, user, "/subscribe")
    await bot.reply_to(chat, user, "/settings")
    message = bot.api.sent_raw(chat["id"])[-1]
    bot.api.press_button(message, "set:c:CN", user)
    await bot.settle(
        lambda: bot.db(lambda s: chat_store.get_subscription(s, chat["id"]).countries) == ["CN"]
    )


async def test_subscribe_and_settings_state_the_filters_in_force_after_resubscribing(
    bot: Harness,
) -> None:
    user = bot.api.user(language_code="en")
    chat = bot.api.private_chat(user)
    assert "Countries: All" in await bot.reply_to(chat, user, "/subscribe")
    await bot.reply_to(chat, user, "/settings")
    screen = bot.api.sent_raw(chat["id"])[-1]
    for choice in ("set:c:CN", "set:c:VN"):
        bot.api.press_button(screen, choice, user)
    await bot.settle(
        lambda: (
            bot.db(lambda s: chat_store.get_subscription(s, chat["id"]).countries) == ["CN", "VN"]
        )
    )
    await bot.reply_to(chat, user, "/unsubscribe")
    again = await bot.reply_to(chat, user, "/subscribe")
    assert "Subscribed again" in again and "Countries: China, Vietnam" in again
    assert "Countries: China, Vietnam" in await bot.reply_to(chat, user, "/subscribe")
    assert "Countries: China, Vietnam" in await bot.reply_to(chat, user, "/settings")


async def test_a_non_admin_pressing_settings_buttons_changes_nothing(bot: Harness) -> None:
    admin, member = bot.api.user(), bot.api.user()
    group = bot.api.group("Advocates")
    bot.api.set_admins(group["id"], {admin["id"]: "administrator"})
    await bot.reply_to(group, admin, "/subscribe")
    await bot.reply_to(group, admin, "/settings")
    message = bot.api.sent_raw(group["id"])[-1]
    bot.api.press_button(message, "set:c:RU", member)
    await bot.settle(lambda: len(bot.api.calls("answerCallbackQuery")) == 1)
    sub = bot.db(lambda s: chat_store.get_subscription(s, group["id"]))
    assert sub.countries == []


async def test_being_kicked_deactivates_the_subscription(bot: Harness) -> None:
    user = bot.api.user()
    chat = bot.api.private_chat(user)
    await bot.reply_to(chat, user, "/subscribe")
    bot.api.bot_blocked(user)
    await bot.settle(lambda: bot.db(chat_store.active_subscriptions) == [])


async def test_a_group_migration_moves_the_subscription_and_what_it_is_owed(
    bot: Harness,
) -> None:
    admin = bot.api.user()
    group = bot.api.group("Advocates")
    bot.api.set_admins(group["id"], {admin["id"]: "creator"})
    await bot.reply_to(group, admin, "/subscribe")
    seed_case(bot.factory)
    report_id = bot.db(lambda s: s.scalar(select(Report.id)))
    owed = Message("alert", chat_id=group["id"], kind=MessageKind.ALERT, report_id=report_id)
    bot.db(lambda s: outbox.enqueue(s, [owed], now=NOW))
    new = bot.api.group_migrated(group, admin)
    await bot.settle(
        lambda: [v.chat_id for v in bot.db(chat_store.active_subscriptions)] == [new["id"]]
    )
    assert bot.db(lambda s: s.scalars(select(OutboxRow.chat_id)).all()) == [new["id"]]


async def test_the_command_menu_is_set_in_english_and_korean(bot: Harness) -> None:
    calls = bot.api.calls("setMyCommands")
    languages = {call.params.get("language_code") for call in calls if call.ok}
    assert languages == {None, "ko"}
    korean = next(c for c in calls if c.params.get("language_code") == "ko").params["commands"]
    names = {command["command"] for command in korean}
    assert "subscribe" in names and "merge" not in names
    assert any(command["description"] == "언어 바꾸기" for command in korean)


async def test_invite_only_mode_admits_approved_and_invited_chats_only(sqlite_url: str) -> None:
    async with running(sqlite_url, invite_only=True, operators_chat_id=-999) as bot:
        operator = bot.api.user(OPERATOR_ID)
        ops = bot.api.private_chat(operator)
        stranger, invited, approved = bot.api.user(), bot.api.user(), bot.api.user()
        s_chat, i_chat, a_chat = (bot.api.private_chat(u) for u in (stranger, invited, approved))
        assert "invitation-only" in await bot.reply_to(s_chat, stranger, "/subscribe")
        link = await bot.reply_to(ops, operator, "/invite")
        token = link.rsplit("start=", 1)[1]
        assert "accepted" in await bot.reply_to(i_chat, invited, f"/start {token}")
        assert "Subscribed" in await bot.reply_to(i_chat, invited, "/subscribe")
        assert "not valid" in await bot.reply_to(s_chat, stranger, f"/start {token}")
        assert "may now subscribe" in await bot.reply_to(
            ops, operator, f"/approve {approved['id']}"
        )
        assert "Subscribed" in await bot.reply_to(a_chat, approved, "/subscribe")
        active = {v.chat_id for v in bot.db(chat_store.active_subscriptions)}
        assert active == {invited["id"], approved["id"]}


STRANGER_COMMANDS = [
    "/subscribe", "/unsubscribe", "/settings", "/cases", "/case 1", "/search border", "/sources",
    "/lang ko", "/start case_1", "/stats", "/feedback", "/setstatus 1 released",
]  # fmt: skip
STRANGER_BUTTONS = ["case:1", "cases:8:-:-:-", "fb:1", "set:c:CN", "set:menu:countries", "lang:ko"]


async def test_invite_only_mode_refuses_every_command_and_button_to_a_stranger(
    sqlite_url: str,
) -> None:
    async with running(sqlite_url, invite_only=True) as bot:
        seed_case(bot.factory)
        for command in STRANGER_COMMANDS:  # a stranger each: one chat's replies are paced 1/s
            stranger = bot.api.user(language_code="en")
            text = await bot.reply_to(bot.api.private_chat(stranger), stranger, command)
            assert "invitation-only" in text, command
        chat = bot.api.private_chat(stranger)
        assert "/subscribe" in await bot.reply_to(chat, stranger, "/help")
        screen = bot.api.sent_raw(chat["id"])[-1]
        sent_before = len(bot.api.sent(chat["id"]))
        for data in STRANGER_BUTTONS:
            bot.api.press_button(screen, data, stranger)
        await bot.settle(
            lambda: len(bot.api.calls("answerCallbackQuery")) == len(STRANGER_BUTTONS)
        )
        answers = [c.params for c in bot.api.calls("answerCallbackQuery")]
        assert all("invitation-only" in a["text"] and a["show_alert"] for a in answers)
        assert len(bot.api.sent(chat["id"])) == sent_before
        assert bot.db(feedback.feedback_counts) == {}
        assert bot.db(chat_store.active_subscriptions) == []


async def test_invite_only_mode_answers_approved_chats_and_operators(sqlite_url: str) -> None:
    async with running(sqlite_url, invite_only=True) as bot:
        case_id = seed_case(bot.factory)
        member, operator = bot.api.user(), bot.api.user(OPERATOR_ID)
        group = bot.api.group("Approved advocates")
        assert "invitation-only" in await bot.reply_to(group, member, f"/case {case_id}")
        ops = bot.api.private_chat(operator)
        assert f"Case C{case_id}" in await bot.reply_to(ops, operator, f"/case {case_id}")
        await bot.reply_to(ops, operator, f"/approve {group['id']}")
        assert f"Case C{case_id}" in await bot.reply_to(group, member, f"/case {case_id}")


async def test_broadcast_is_queued_for_every_active_subscription(bot: Harness) -> None:
    users = [bot.api.user() for _ in range(3)]
    for user in users:
        await bot.reply_to(bot.api.private_chat(user), user, "/subscribe")
    operator = bot.api.user(OPERATOR_ID)
    ops = bot.api.private_chat(operator)
    assert "Queued for 3 chats" in await bot.reply_to(ops, operator, "/broadcast Meeting <today>")
    rows = bot.db(lambda s: s.execute(select(OutboxRow.chat_id, OutboxRow.text)).all())
    assert {chat_id for chat_id, _ in rows} == {u["id"] for u in users}
    assert all(text == "📣 Meeting &lt;today&gt;" for _, text in rows)


async def test_errors_go_to_the_operators_chat_not_the_user(sqlite_url: str) -> None:
    async with running(sqlite_url, operators_chat_id=-999) as bot:
        user = bot.api.user()
        chat = bot.api.private_chat(user)
        bot.api.fail_next(
            "sendMessage", Fault.bad_request("Bad Request: boom"), chat_id=chat["id"]
        )
        bot.api.user_sends(chat, user, "/help")
        await bot.settle(lambda: len(bot.api.sent(-999)) == 1)
        assert "BadRequest" in bot.api.sent(-999)[0]["text"]
        assert bot.api.sent(chat["id"]) == []


async def test_settings_in_a_forum_topic_send_alerts_to_that_topic(bot: Harness) -> None:
    admin = bot.api.user()
    forum = bot.api.group("Network", supergroup=True, forum=True)
    bot.api.set_admins(forum["id"], {admin["id"]: "creator"})
    await bot.reply_to(forum, admin, "/subscribe", message_thread_id=42)
    await bot.reply_to(forum, admin, "/settings", message_thread_id=42)
    screen = bot.api.sent_raw(forum["id"])[-1]
    assert screen.get("message_thread_id") == 42
    bot.api.press_button(screen, "set:topic:here", admin)
    await bot.settle(
        lambda: (
            [v.settings.message_thread_id for v in bot.db(chat_store.active_subscriptions)] == [42]
        )
    )


async def test_case_lists_page_with_buttons(bot: Harness) -> None:
    for n in range(10):
        seed_report_case(bot.factory, n)
    user = bot.api.user()
    chat = bot.api.private_chat(user)
    first = await bot.reply_to(chat, user, "/cases")
    assert "Cases (1–8)" in first
    listing = bot.api.sent_raw(chat["id"])[-1]
    bot.api.press_button(listing, "cases:8:-:-:-", user)
    await bot.settle(lambda: "Cases (9–10)" in str(bot.api.sent(chat["id"])[-1].get("text")))


async def test_a_forged_page_button_with_a_huge_offset_is_answered_not_crashed(
    sqlite_url: str,
) -> None:
    async with running(sqlite_url, operators_chat_id=-999) as bot:
        seed_case(bot.factory)
        user = bot.api.user()
        chat = bot.api.private_chat(user)
        await bot.reply_to(chat, user, "/cases")
        listing = bot.api.sent_raw(chat["id"])[-1]
        for data in ("cases:" + "9" * 50 + ":-:-:-", "cases:x:-:-:-", "case:" + "9" * 58):
            bot.api.press_button(listing, data, user)
        await bot.settle(lambda: len(bot.api.calls("answerCallbackQuery")) == 3)
        assert bot.api.sent(-999) == []  # no error reached the operators


async def test_choosing_a_language_inside_settings_redraws_settings_in_it(bot: Harness) -> None:
    user = bot.api.user(language_code="en")
    chat = bot.api.private_chat(user)
    await bot.reply_to(chat, user, "/settings")
    screen = bot.api.sent_raw(chat["id"])[-1]
    bot.api.press_button(screen, "lang:ko:s", user)
    await bot.settle(lambda: "이 대화방의 설정" in str(bot.api.sent(chat["id"])[-1].get("text")))
    assert bot.db(lambda s: chat_store.chat_language(s, chat["id"])) == "ko"


async def test_sources_lists_the_feeds_and_feeds_shows_operators_their_errors(
    bot: Harness,
) -> None:
    specs = [
        FeedSpec("Example Wire", "http://127.0.0.1:9/a.xml"),
        FeedSpec("Korean Daily", "http://127.0.0.1:9/b.xml"),
    ]
    bot.db(lambda s: feed_store.sync_feeds(s, specs, NOW))
    user = bot.api.user()
    text = await bot.reply_to(bot.api.private_chat(user), user, "/sources")
    assert "Feeds watched (2)" in text
    assert "Example Wire — not polled yet" in text and "Korean Daily" in text
    operator = bot.api.user(OPERATOR_ID)
    assert "Example Wire" in await bot.reply_to(bot.api.private_chat(operator), operator, "/feeds")
