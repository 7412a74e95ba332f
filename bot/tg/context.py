"""What every handler needs: the dependencies, the database on its threads, language, permissions.

`Deps` (the settings, the front end's DbRunner and the clock) is stored once in
`application.bot_data` by `build_application`; handlers fetch it with `deps(context)`. Database
work goes through `in_db`, one transaction per call on the runner's threads, so the event loop never
waits on SQL. Permission checks follow Telegram: in groups only administrators (or an anonymous
administrator posting as the group) manage the chat's alerts; operators are the user ids in the
configuration.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Concatenate, ParamSpec, TypeVar

from telegram import Chat, ChatMember, Update
from telegram import Message as SentMessage
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.clock import Clock
from bot.delivery.message import Message
from bot.delivery.telegram import message_kwargs
from bot.settings import Settings
from bot.store import chats as chat_store
from bot.store.base import DbRunner, Session
from bot.tg.i18n import choose_language, t
from bot.tg.redact import NameMode, name_mode

P = ParamSpec("P")
T = TypeVar("T")
Context = ContextTypes.DEFAULT_TYPE
DEPS_KEY = "repatwatch"


@dataclass(frozen=True, slots=True)
class Deps:
    settings: Settings
    db: DbRunner
    clock: Clock
    feedback_key: str = field(repr=False)  # keys the pseudonyms (bot.store.keys)


def deps(context: Context) -> Deps:
    value: Deps = context.application.bot_data[DEPS_KEY]
    return value


async def in_db(
    context: Context,
    work: Callable[Concatenate[Session, P], T],
    *args: P.args,
    **kwargs: P.kwargs,
) -> T:
    """`work(session, *args, **kwargs)` in its own transaction on the front end's database threads."""
    return await deps(context).db(work, *args, **kwargs)


async def language(update: Update, context: Context) -> str:
    """The chat's stored language, else the sender's Telegram language, else English."""
    chat = update.effective_chat
    user = update.effective_user
    stored = await in_db(context, chat_store.chat_language, chat.id) if chat is not None else None
    return choose_language(stored, user.language_code if user else None)


async def privacy(update: Update, context: Context) -> tuple[NameMode, bool]:
    """How this chat shows names of people, and whether what it is sent is protected."""
    chat = update.effective_chat
    if chat is None:
        return NameMode.SHOWN, False
    names, protect = await in_db(context, chat_store.privacy_of, chat.id)
    return name_mode(names), protect


def is_operator(update: Update, context: Context) -> bool:
    user = update.effective_user
    return user is not None and user.id in deps(context).settings.operators


async def is_chat_admin(update: Update, context: Context) -> bool:
    """Private chats manage themselves; in groups, administrators and anonymous admins do."""
    chat = update.effective_chat
    if chat is None:
        return False
    if chat.type == Chat.PRIVATE:
        return True
    message = update.message
    if message is not None and message.sender_chat is not None:
        return message.sender_chat.id == chat.id
    user = update.effective_user
    if user is None:
        return False
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in (ChatMember.ADMINISTRATOR, ChatMember.OWNER)


async def chat_for_admin(update: Update, context: Context, lang: str) -> Chat | None:
    """The chat, when the sender may change its settings; otherwise says so and returns None."""
    chat = update.effective_chat
    if chat is None:
        return None
    if not await is_chat_admin(update, context):
        await reply(update, t(lang, "admins_only"))
        return None
    return chat


def user_hash(key: str, chat_id: int, user_id: int) -> str:
    """A user's pseudonym in one chat: HMAC of chat and user id under a key kept in the database.

    Salted by the chat, one person has unrelated pseudonyms in two chats; keyed by a secret of its
    own (not the bot token), a leaked token does not undo them.
    """
    message = f"{chat_id}:{user_id}".encode()
    return hmac.new(key.encode(), message, hashlib.sha256).hexdigest()


async def reply(update: Update, out: Message | str) -> SentMessage | None:
    """Answer in the chat (and forum topic) the update came from; never anywhere else."""
    message = update.effective_message
    if message is None:
        return None
    if isinstance(out, str):
        out = Message(out)
    return await message.reply_text(do_quote=False, **message_kwargs(out))


async def edit(update: Update, out: Message) -> None:
    """Redraw the message a button sits under; an unchanged screen is not an error."""
    query = update.callback_query
    if query is None:
        return
    try:
        kwargs = message_kwargs(out)
        kwargs.pop("protect_content", None)  # an edit keeps the message's own protection
        await query.edit_message_text(**kwargs)
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise
