"""What every handler needs: the dependencies, the database in a worker thread, language, permissions.

`Deps` is stored once in `application.bot_data` by `build_application`; handlers fetch it with
`deps(context)`. Database work runs in a thread (`in_db`) with its own session per call, so the event
loop never waits on SQL. Permission checks follow Telegram: in groups only administrators (or an
anonymous administrator posting as the group) manage the chat's alerts; operators are the user ids
in the configuration.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

from sqlalchemy.orm import Session, sessionmaker
from telegram import (
    Chat,
    ChatMember,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.domain import Status
from bot.settings import Settings
from bot.store import chats as chat_store
from bot.store.base import session_scope
from bot.tg.i18n import choose_language, t
from bot.tg.parse import CasesFilter
from bot.tg.views import CaseRow, CaseView, Keyboard, OutMessage, ReportRow

T = TypeVar("T")
Context = ContextTypes.DEFAULT_TYPE
DEPS_KEY = "repatwatch"


class CaseQueries(Protocol):
    """The case store as the bot uses it; every method runs in a worker thread with a Session.

    Corrections return the id of the case they leave the report in (the new case for a split) and
    raise ValueError with a message for operators for an unknown case or a refused change.
    """

    def case(self, session: Session, case_id: int, lang: str) -> CaseView | None: ...

    def cases(
        self, session: Session, where: CasesFilter, limit: int, offset: int, lang: str = "en"
    ) -> list[CaseRow]: ...

    def search(
        self, session: Session, text: str, lang: str = "en"
    ) -> tuple[list[CaseRow], list[ReportRow]]: ...

    def merge(
        self, session: Session, keep: int, other: int, *, actor: str, now: datetime
    ) -> int: ...

    def split(
        self, session: Session, case_id: int, report_id: int, *, actor: str, now: datetime
    ) -> int: ...

    def set_status(
        self, session: Session, case_id: int, status: Status, *, actor: str, now: datetime
    ) -> int: ...

    def close(self, session: Session, case_id: int, *, actor: str, now: datetime) -> int: ...

    def count(self, session: Session) -> int: ...


@dataclass(frozen=True, slots=True)
class FrontEndHooks:
    """Calls into the rest of repatwatch, wired by the composition root (all optional).

    on_chat_blocked / on_chat_migrated run after the chat store was updated (e.g. to re-point the
    outbox); broadcast enqueues a text to every active subscription in the given session and returns
    how many chats it queued; render_chart draws the /stats PNG.
    """

    on_chat_blocked: Callable[[int], Awaitable[None]] | None = None
    on_chat_migrated: Callable[[int, int], Awaitable[None]] | None = None
    broadcast: Callable[[Session, str, datetime], int] | None = None
    render_chart: Callable[[Session], bytes | None] | None = None


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Deps:
    settings: Settings
    session_factory: sessionmaker[Session]
    cases: CaseQueries
    hooks: FrontEndHooks = field(default_factory=FrontEndHooks)
    clock: Callable[[], datetime] = utc_now


def deps(context: Context) -> Deps:
    value: Deps = context.application.bot_data[DEPS_KEY]
    return value


async def in_db(context: Context, work: Callable[[Session], T]) -> T:
    """Run `work` with a fresh session in a worker thread; commit on success."""
    factory = deps(context).session_factory

    def run() -> T:
        with session_scope(factory) as session:
            return work(session)

    return await asyncio.to_thread(run)


async def language(update: Update, context: Context) -> str:
    """The chat's stored language, else the sender's Telegram language, else English."""
    chat = update.effective_chat
    user = update.effective_user
    stored = None
    if chat is not None:
        chat_id = chat.id
        stored = await in_db(context, lambda s: chat_store.chat_language(s, chat_id))
    return choose_language(stored, user.language_code if user else None)


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


def user_hash(secret: str, user_id: int) -> str:
    """A stable pseudonym for a user: HMAC of the id, keyed by a secret the bot holds."""
    return hmac.new(secret.encode(), str(user_id).encode(), hashlib.sha256).hexdigest()


def markup(keyboard: Keyboard) -> InlineKeyboardMarkup | None:
    if not keyboard:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(b.text, callback_data=b.data, url=b.url) for b in row]
            for row in keyboard
        ]
    )


NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def send_kwargs(out: OutMessage) -> dict[str, Any]:
    return {
        "text": out.text,
        "parse_mode": out.parse_mode,
        "reply_markup": markup(out.keyboard),
        "link_preview_options": NO_PREVIEW if out.disable_preview else None,
    }


async def reply(update: Update, out: OutMessage | str) -> Message | None:
    """Answer in the chat (and forum topic) the update came from; never anywhere else."""
    message = update.effective_message
    if message is None:
        return None
    if isinstance(out, str):
        out = OutMessage(out)
    return await message.reply_text(do_quote=False, **send_kwargs(out))


async def edit(update: Update, out: OutMessage) -> None:
    """Redraw the message a button sits under; an unchanged screen is not an error."""
    query = update.callback_query
    if query is None:
        return
    try:
        await query.edit_message_text(**send_kwargs(out))
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise
