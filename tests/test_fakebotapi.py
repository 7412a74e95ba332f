"""python-telegram-bot, pointed at the fake Bot API, parses every answer and maps every error."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
import telegram
from fakebotapi import ANONYMOUS_ADMIN_BOT_ID, FakeBotAPI, Fault
from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    ReplyParameters,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[telegram.Bot]:
    async with telegram.Bot(
        api.token, base_url=api.base_url, base_file_url=api.base_file_url
    ) as client:
        yield client


async def test_get_me_is_the_bot_user(bot: telegram.Bot) -> None:
    me = await bot.get_me()
    assert me.is_bot and me.username == "repatwatch_test_bot"


async def test_send_message_records_html_buttons_and_reply(
    api: FakeBotAPI, bot: telegram.Bot
) -> None:
    user = api.user(first_name="Min")
    chat = api.private_chat(user)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Case summary", callback_data="c:1")]])
    first = await bot.send_message(
        chat["id"],
        "<b>Detained</b> &amp; held",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    second = await bot.send_message(
        chat["id"], "update", reply_parameters=ReplyParameters(first.message_id)
    )
    assert first.text == "Detained & held"
    assert first.reply_markup == keyboard
    assert first.from_user is not None and first.from_user.is_bot
    assert second.message_id == first.message_id + 1
    assert second.reply_to_message is not None
    assert second.reply_to_message.message_id == first.message_id
    assert [m["text"] for m in api.sent(chat["id"])] == ["Detained & held", "update"]


@pytest.mark.parametrize(
    ("text", "parse_mode"),
    [
        ("x" * 4097, None),
        ("<b>open", ParseMode.HTML),
        ("<marquee>hi</marquee>", ParseMode.HTML),
        ("1 < 2", ParseMode.HTML),
    ],
    ids=["too-long", "unclosed-tag", "unsupported-tag", "bare-less-than"],
)
async def test_malformed_messages_are_rejected_as_bad_request(
    bot: telegram.Bot, text: str, parse_mode: str | None
) -> None:
    with pytest.raises(BadRequest):
        await bot.send_message(42, text, parse_mode=parse_mode)


async def test_html_length_is_counted_after_parsing(bot: telegram.Bot) -> None:
    message = await bot.send_message(42, "<b>" + "x" * 4096 + "</b>", parse_mode=ParseMode.HTML)
    assert len(message.text or "") == 4096


async def test_reply_to_a_missing_message_fails_unless_allowed(bot: telegram.Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)message to be replied not found"):
        await bot.send_message(42, "hi", reply_parameters=ReplyParameters(999))
    sent = await bot.send_message(
        42, "hi", reply_parameters=ReplyParameters(999, allow_sending_without_reply=True)
    )
    assert sent.reply_to_message is None


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Fault.retry_after(3), RetryAfter),
        (Fault.blocked(), Forbidden),
        (Fault.migrated(-1001234), ChatMigrated),
        (Fault.chat_not_found(), BadRequest),
        (Fault.server_error(500), NetworkError),
    ],
    ids=["429", "403-blocked", "400-migrated", "400-chat-not-found", "500"],
)
async def test_injected_faults_map_to_ptb_errors(
    api: FakeBotAPI, bot: telegram.Bot, fault: Fault, error: type[Exception]
) -> None:
    api.fail_next("sendMessage", fault, chat_id=7)
    with pytest.raises(error):
        await bot.send_message(7, "hello")
    await bot.send_message(7, "hello")  # the fault was for one call only
    assert [c.status for c in api.calls("sendMessage")][-1] == 200


async def test_retry_after_and_migration_carry_their_parameters(
    api: FakeBotAPI, bot: telegram.Bot
) -> None:
    api.fail_next("sendMessage", Fault.retry_after(3))
    api.fail_next("sendMessage", Fault.migrated(-100555))
    with pytest.raises(RetryAfter) as retry:
        await bot.send_message(7, "a")
    with pytest.raises(ChatMigrated) as migrated:
        await bot.send_message(7, "a")
    assert retry.value.retry_after.total_seconds() == 3
    assert migrated.value.new_chat_id == -100555
    assert api.count_429 == 1


async def test_wrong_token_is_invalid_and_unknown_method_is_not_found(api: FakeBotAPI) -> None:
    wrong = telegram.Bot("999:wrong", base_url=api.base_url)
    with pytest.raises(InvalidToken):
        await wrong.initialize()
    await wrong.shutdown()
    async with telegram.Bot(api.token, base_url=api.base_url) as bot:
        with pytest.raises(EndPointNotFound):
            await bot.do_api_request("sendUnicorn")


async def test_blocked_user_and_migrated_group_answer_like_telegram(
    api: FakeBotAPI, bot: telegram.Bot
) -> None:
    user = api.user()
    api.bot_blocked(user)
    group = api.group("Watchers")
    new_group = api.group_migrated(group, user)
    with pytest.raises(Forbidden, match=r"(?i)blocked by the user"):
        await bot.send_message(user["id"], "hi")
    with pytest.raises(ChatMigrated) as migrated:
        await bot.send_message(group["id"], "hi")
    assert migrated.value.new_chat_id == new_group["id"]


async def test_long_polling_delivers_commands_buttons_and_membership(
    api: FakeBotAPI, bot: telegram.Bot
) -> None:
    user = api.user(first_name="Jin", language_code="ko")
    chat = api.private_chat(user)
    api.user_sends(chat, user, "/subscribe now")
    sent = await bot.send_message(chat["id"], "pick", reply_markup=InlineKeyboardMarkup(
        [[InlineKeyboardButton("Not relevant", callback_data="nr:5")]]))  # fmt: skip
    api.press_button(api.sent(chat["id"])[0], "nr:5", user)
    group = api.group("Network")
    api.bot_added(group, user)
    updates = await bot.get_updates(timeout=1)
    command, press, added = updates
    assert command.message is not None and command.message.text == "/subscribe now"
    assert command.message.entities[0].type == "bot_command"
    assert press.callback_query is not None and press.callback_query.data == "nr:5"
    assert press.callback_query.message is not None
    assert press.callback_query.message.message_id == sent.message_id
    assert added.my_chat_member is not None
    assert added.my_chat_member.new_chat_member.status == "member"
    assert await bot.get_updates(offset=added.update_id + 1, timeout=0) == ()


async def test_long_polling_waits_for_an_update_then_returns_it(
    api: FakeBotAPI, bot: telegram.Bot
) -> None:
    user = api.user()
    chat = api.private_chat(user)
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.2)
    assert not poll.done()
    api.user_sends(chat, user, "hello")
    updates = await poll
    assert updates[0].message is not None and updates[0].message.text == "hello"


async def test_group_admins_and_anonymous_admin(api: FakeBotAPI, bot: telegram.Bot) -> None:
    owner, admin, member = api.user(), api.user(), api.user()
    group = api.group("Cell", supergroup=True)
    api.set_admins(group["id"], {owner["id"]: "creator", admin["id"]: "administrator"})
    statuses = [
        (await bot.get_chat_member(group["id"], u["id"])).status for u in (owner, admin, member)
    ]
    admins = await bot.get_chat_administrators(group["id"])
    api.user_sends(group, owner, "/settings", anonymous_admin=True)
    (update,) = await bot.get_updates(timeout=0)
    assert statuses == ["creator", "administrator", "member"]
    assert {a.user.id for a in admins} == {owner["id"], admin["id"]}
    assert update.message is not None and update.message.from_user is not None
    assert update.message.from_user.id == ANONYMOUS_ADMIN_BOT_ID
    assert update.message.sender_chat is not None
    assert update.message.sender_chat.id == group["id"]


async def test_edits_commands_webhook_chat_and_photo_round_trip(
    api: FakeBotAPI, bot: telegram.Bot
) -> None:
    message = await bot.send_message(5, "first")
    edited = await bot.edit_message_text("second", chat_id=5, message_id=message.message_id)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="x")]])
    await bot.edit_message_reply_markup(5, message.message_id, reply_markup=markup)
    await bot.set_my_commands([("subscribe", "Get alerts")])
    commands = await bot.get_my_commands()
    assert await bot.set_webhook("https://example.invalid/hook")
    assert api.webhook["url"] == "https://example.invalid/hook"
    assert await bot.delete_webhook()
    chat = await bot.get_chat(5)
    photo = await bot.send_photo(5, b"\x89PNG fake bytes", caption="chart")
    assert await bot.answer_callback_query("cbq-1", text="Thanks")
    assert await bot.leave_chat(-4000001)
    assert edited.text == "second" and edited.edit_date is not None
    assert [c.command for c in commands] == ["subscribe"]
    assert chat.type == "private"
    assert photo.caption == "chart" and photo.photo
    assert api.sent_raw(5)[-1]["_photo_bytes"] == b"\x89PNG fake bytes"


async def test_overridden_method_answers_what_the_test_says(
    api: FakeBotAPI, bot: telegram.Bot
) -> None:
    api.on("getChat", lambda params: {"id": params["chat_id"], "type": "channel",
                                      "accent_color_id": 1, "max_reaction_count": 0,
                                      "accepted_gift_types": {"unlimited_gifts": False,
                                      "limited_gifts": False, "unique_gifts": False,
                                      "premium_subscription": False,
                                      "gifts_from_channels": False}})  # fmt: skip
    chat = await bot.get_chat(-100777)
    assert chat.type == "channel"


async def test_flood_limits_answer_429_to_a_burst_longer_than_a_chat_may_have() -> None:
    async with (
        FakeBotAPI(flood_limits=True) as api,
        telegram.Bot(api.token, base_url=api.base_url) as bot,
    ):
        # A minute per message, not a second: five requests on a loaded machine may span more
        # than a second, and the burst would have earned a message back.
        api.flood.chat_interval = 60.0
        for n in range(api.flood.chat_burst):
            await bot.send_message(1, f"message {n} of a short burst")
        with pytest.raises(RetryAfter):
            await bot.send_message(1, "one too many within the minute")
        assert api.count_429 == 1


async def test_a_deleted_message_can_no_longer_be_replied_to(
    api: FakeBotAPI, bot: telegram.Bot
) -> None:
    first = await bot.send_message(5, "alert")
    assert await bot.delete_message(5, first.message_id)
    assert await bot.send_chat_action(5, "typing")
    document = await bot.send_document(5, b"a,b\n1,2\n", filename="cases.csv")
    with pytest.raises(BadRequest, match=r"(?i)message to be replied not found"):
        await bot.send_message(5, "update", reply_parameters=ReplyParameters(first.message_id))
    assert document.document is not None
    assert [m["text"] for m in api.sent(5) if "text" in m] == []


async def test_a_slow_answer_times_the_client_out(api: FakeBotAPI, bot: telegram.Bot) -> None:
    api.fail_next("sendMessage", Fault.slow(3))
    with pytest.raises(TimedOut):
        await bot.send_message(5, "late", read_timeout=0.3)
    assert (await bot.send_message(5, "on time")).text == "on time"


async def test_an_uploaded_document_arrives_byte_for_byte_with_its_name_and_type(
    api: FakeBotAPI, bot: telegram.Bot
) -> None:
    user = api.user()
    chat = api.private_chat(user)
    data = bytes(range(256)) * 40 + b"\r\n--boundary-like\r\n\r\r\n\n\x00"
    sent = await bot.send_document(
        chat["id"], telegram.InputFile(data, filename="cases.csv", attach=True)
    )
    assert sent.document is not None and sent.document.file_name == "cases.csv"
    assert sent.document.file_size == len(data)
    assert api.sent_raw(chat["id"])[-1]["_document_bytes"] == data
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
        await bot.send_document(chat["id"], "not-a-file-id")


async def test_a_bot_posts_in_a_channel_only_as_an_administrator_allowed_to_post(
    api: FakeBotAPI, bot: telegram.Bot
) -> None:
    admin = api.user()
    channel = api.channel("Alerts", "alerts_channel")
    with pytest.raises(Forbidden, match="not a member of the channel"):
        await bot.send_message(channel["id"], "hello")
    api.bot_promoted(channel, admin, can_post_messages=False)
    member = await bot.get_chat_member("@alerts_channel", api.world.bot["id"])
    assert isinstance(member, telegram.ChatMemberAdministrator)
    assert member.can_post_messages is False
    with pytest.raises(BadRequest, match=r"(?i)need administrator rights"):
        await bot.send_message(channel["id"], "hello")
    api.bot_promoted(channel, admin)
    await bot.send_message(channel["id"], "hello")
    assert [m["text"] for m in api.sent(channel["id"])] == ["hello"]
