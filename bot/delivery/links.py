"""Buttons that open the bot itself (t.me/<bot>?start=<payload>), decided before the bot is known.

A channel post cannot carry a button that needs the person who pressed it, so it carries a link
to the bot instead: `start_button` makes it with a placeholder URL, since the bot's @username is
only known to the Telegram side; `with_bot_links` fills it in just before sending. Pure.
"""

from __future__ import annotations

from dataclasses import replace

from bot.delivery.message import Button, Message

START = "tg-start:"


def start_button(text: str, payload: str) -> Button:
    """A button that opens the bot with /start `payload` (1-64 of A-Z a-z 0-9 _ -)."""
    return Button(text, url=START + payload)


def bot_link(username: str, payload: str) -> str:
    return f"https://t.me/{username}?start={payload}"


def has_bot_links(message: Message) -> bool:
    return any((b.url or "").startswith(START) for row in message.buttons for b in row)


def with_bot_links(message: Message, username: str) -> Message:
    """`message` with every start button pointing at the bot `username`."""
    if not has_bot_links(message):
        return message
    rows = tuple(
        tuple(
            replace(b, url=bot_link(username, b.url[len(START) :]))
            if b.url and b.url.startswith(START)
            else b
            for b in row
        )
        for row in message.buttons
    )
    return replace(message, buttons=rows)
