"""Links to the bot in messages: filled in with the bot's @username just before sending."""

from __future__ import annotations

import telegram
from fakebotapi import FakeBotAPI
from telegram.request import HTTPXRequest

from bot.delivery.links import start_button, with_bot_links
from bot.delivery.message import Button, Message, MessageKind, SendStatus
from bot.delivery.telegram import TelegramNotifier


def test_a_start_button_becomes_a_link_to_the_bot_and_other_buttons_stay() -> None:
    message = Message(
        "x", ((start_button("Open", "case_7"), Button("Site", url="https://a.example")),)
    )
    linked = with_bot_links(message, "watch_bot")
    assert [b.url for b in linked.buttons[0]] == [
        "https://t.me/watch_bot?start=case_7",
        "https://a.example",
    ]


async def test_a_channel_post_goes_out_even_before_the_bot_was_initialized() -> None:
    async with FakeBotAPI() as api:
        channel = api.channel("Alerts", "alerts")
        api.bot_promoted(channel, api.user())
        request = HTTPXRequest()
        bot = telegram.Bot(api.token, base_url=api.base_url, request=request)
        try:
            post = Message("Alert", ((start_button("Case C7", "case_7"),),))
            outcome = await TelegramNotifier(bot).send(post.to(channel["id"], MessageKind.ALERT))
        finally:
            await request.shutdown()  # the bot itself was never initialized
        assert outcome.status is SendStatus.SENT
        markup = api.sent_raw(channel["id"])[-1]["reply_markup"]["inline_keyboard"]
        assert markup[0][0]["url"] == "https://t.me/repatwatch_test_bot?start=case_7"
