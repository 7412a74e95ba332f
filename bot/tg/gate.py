"""The first handler every update meets: note the chat when first seen, then admit or refuse.

`admit` runs before any command or button (handler group -1). A chat seen for the first time is
recorded with the language of the person who brought it (their Telegram `language_code`: Korean
for `ko`, else English), so alerts to a Korean user's new chat are Korean without /lang; a chat
recorded earlier without a language gets one the same way. In invitation-only mode it then lets
through only what a stranger may use (/start and /help, an invitation link, the bot's own
membership changes); every other command, button and deep link answers approved chats and
operators alone, and a stranger is told once, in plain words, how to get in.
"""

from __future__ import annotations

import logging

from telegram import Chat, Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.store import chats as chat_store
from bot.tg.context import Context, deps, in_db, is_operator, language, reply
from bot.tg.i18n import DEFAULT_LANGUAGE, normalise, t
from bot.tg.parse import parse_start_payload
from bot.tg.redact import default_mode

log = logging.getLogger(__name__)
OPEN_COMMANDS = frozenset({"start", "help"})


async def admit(update: Update, context: Context) -> None:
    """Group -1: note the chat; in invitation-only mode, stop what a stranger may not use."""
    await note_chat(update, context)
    if not deps(context).settings.invite_only or update.my_chat_member is not None:
        return
    if is_open(update) or is_operator(update, context):
        return
    chat = update.effective_chat
    if chat is None or chat.id == deps(context).settings.operators_chat_id:
        return
    if await in_db(context, chat_store.is_approved, chat.id):
        return
    await refuse(update, context)
    raise ApplicationHandlerStop


async def note_chat(update: Update, context: Context) -> None:
    """Record a chat the first time it is seen, in the language of the person who brought it."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None:
        return
    lang = normalise(user.language_code if user else None) or DEFAULT_LANGUAGE
    title = chat.title or chat.full_name
    now = deps(context).clock.now()
    new = await in_db(
        context, chat_store.note_chat, chat.id, type=chat.type, title=title, language=lang, now=now
    )
    if new:
        await settle_names(context, chat)


async def settle_names(context: Context, chat: Chat) -> None:
    """A chat's name setting, when none was chosen yet: hidden for channels and for groups of
    more than LARGE_GROUP members (Telegram's getChatMemberCount), shown elsewhere."""
    names, _ = await in_db(context, chat_store.privacy_of, chat.id)
    if names is not None:
        return
    members = None
    if chat.type in (Chat.GROUP, Chat.SUPERGROUP):
        try:
            members = await context.bot.get_chat_member_count(chat.id)
        except TelegramError as exc:  # not fatal: the chat can choose in /settings
            log.warning("could not count the members of a new group: %s", exc)
            return
    mode = default_mode(chat.type, members)
    await in_db(context, chat_store.set_privacy, chat.id, names=mode.value)


def command_of(update: Update) -> tuple[str, list[str]] | None:
    """The command a message starts with (without @botname) and its words, if any."""
    message = update.effective_message
    if update.callback_query is not None or message is None or not message.text:
        return None
    words = message.text.split()
    if not words or not words[0].startswith("/"):
        return None
    return words[0][1:].split("@", 1)[0].lower(), words[1:]


def is_open(update: Update) -> bool:
    """What a stranger may use: /help, /start, and /start with an invitation (not a case link)."""
    found = command_of(update)
    if found is None:
        return False
    name, args = found
    if name not in OPEN_COMMANDS:
        return False
    payload = parse_start_payload(args[0]) if name == "start" and args else None
    return not args or name == "help" or (payload is not None and payload[0] == "inv")


async def refuse(update: Update, context: Context) -> None:
    """Tell a stranger, in their language, that this bot is invitation-only."""
    text = t(await language(update, context), "invite_only")
    query = update.callback_query
    if query is not None:
        await query.answer(text, show_alert=True)
        return
    await reply(update, text)
