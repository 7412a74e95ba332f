"""Operator commands: statistics, feed errors, case corrections, broadcasts, invitations.

Only the Telegram user ids in the configuration may use them; anyone else gets a plain "not allowed"
and no hint of what the commands do. Corrections go through the case store (bot.tg.queries), so
they are recorded exactly as the ingest step's own changes are.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable, Coroutine
from functools import wraps
from typing import Any

from telegram import Update

from bot.domain import Status
from bot.stats import cases_chart
from bot.store import cases as case_store
from bot.store import chats as chat_store
from bot.store import invites
from bot.tg import format as fmt
from bot.tg import queries, replies
from bot.tg.alerts import BROADCAST_MAX
from bot.tg.context import Context, deps, in_db, is_operator, language, reply
from bot.tg.i18n import t
from bot.tg.parse import parse_chat_id, parse_id, parse_ids, parse_status

log = logging.getLogger(__name__)
Handler = Callable[[Update, Context], Coroutine[Any, Any, None]]


def operators_only(handler: Handler) -> Handler:
    """Refuse everyone but the configured operators, with a plain "not allowed"."""

    @wraps(handler)
    async def guarded(update: Update, context: Context) -> None:
        if not is_operator(update, context):
            await reply(update, t(await language(update, context), "not_allowed"))
            return
        await handler(update, context)

    return guarded


async def run_case_change(
    update: Update, context: Context, change: Callable[..., object], *args: object
) -> None:
    """Apply one correction; an unknown case or a refused change answers with the reason."""
    lang = await language(update, context)
    now, user = deps(context).clock.now(), update.effective_user
    actor = f"telegram:{user.id}" if user else "telegram"
    try:
        result = await in_db(context, change, *args, actor=actor, now=now)
    except ValueError as exc:
        await reply(update, str(exc) or t(lang, "not_allowed"))
        return
    suffix = f" {fmt.label(result)}" if isinstance(result, int) else ""
    await reply(update, t(lang, "done") + suffix)


@operators_only
async def stats(update: Update, context: Context) -> None:
    """/stats: the chart of cases per month (matplotlib draws it off the event loop)."""
    message = update.effective_message
    if message is None:
        return
    rows = await in_db(context, case_store.case_month_rows)
    await message.reply_photo(await asyncio.to_thread(cases_chart, rows), do_quote=False)


@operators_only
async def feeds(update: Update, context: Context) -> None:
    """/feeds: every feed's health with its last error."""
    lang = await language(update, context)
    rows = await in_db(context, queries.feed_rows, deps(context).clock.now())
    await reply(update, replies.format_sources(rows, lang, with_errors=True))


@operators_only
async def merge(update: Update, context: Context) -> None:
    """/merge A B: case B becomes part of case A."""
    ids = parse_ids(list(context.args or []), 2)
    if ids is None or ids[0] == ids[1]:
        await reply(update, t(await language(update, context), "usage_merge"))
        return
    await run_case_change(update, context, queries.merge, ids[0], ids[1])


@operators_only
async def split(update: Update, context: Context) -> None:
    """/split CASE REPORT: take a report out of a case into a new one."""
    ids = parse_ids(list(context.args or []), 2)
    if ids is None:
        await reply(update, t(await language(update, context), "usage_split"))
        return
    await run_case_change(update, context, queries.split, ids[0], ids[1])


@operators_only
async def setstatus(update: Update, context: Context) -> None:
    """/setstatus CASE STATUS."""
    args = list(context.args or [])
    case_id = parse_id(args[0]) if args else None
    status = parse_status(" ".join(args[1:])) if len(args) >= 2 else None
    if case_id is None or status is None:
        names = ", ".join(s.value for s in Status)
        await reply(update, t(await language(update, context), "usage_setstatus", statuses=names))
        return
    await run_case_change(update, context, queries.set_status, case_id, status)


@operators_only
async def close(update: Update, context: Context) -> None:
    """/close CASE."""
    ids = parse_ids(list(context.args or []), 1)
    if ids is None:
        await reply(update, t(await language(update, context), "usage_close"))
        return
    await run_case_change(update, context, queries.close, ids[0])


@operators_only
async def broadcast(update: Update, context: Context) -> None:
    """/broadcast TEXT: queue a message to every active subscription through the outbox."""
    lang = await language(update, context)
    message = update.effective_message
    text = (message.text or "").partition(" ")[2].strip() if message else ""
    if not text:
        await reply(update, t(lang, "usage_broadcast"))
        return
    if len(text) > BROADCAST_MAX:
        await reply(update, t(lang, "broadcast_too_long", limit=BROADCAST_MAX))
        return
    count = await in_db(context, queries.enqueue_broadcast, text, deps(context).clock.now())
    await reply(update, t(lang, "broadcast_queued", count=count))


@operators_only
async def feedback(update: Update, context: Context) -> None:
    """/feedback: the reports people marked not relevant most often."""
    lang = await language(update, context)
    rows = await in_db(context, queries.marked_not_relevant)
    await reply(update, replies.format_feedback(rows, lang))


@operators_only
async def invite(update: Update, context: Context) -> None:
    """/invite: a single-use deep link that lets one chat subscribe in invitation-only mode."""
    lang = await language(update, context)
    user = update.effective_user
    if user is None:
        return
    token, now = secrets.token_urlsafe(12), deps(context).clock.now()
    await in_db(context, invites.create_invite, token, created_by=user.id, now=now)
    link = f"https://t.me/{context.bot.username}?start=inv_{token}"
    await reply(update, t(lang, "invite_created", link=link))


@operators_only
async def approve(update: Update, context: Context) -> None:
    """/approve CHAT_ID: let a chat subscribe in invitation-only mode."""
    lang = await language(update, context)
    args = list(context.args or [])
    chat_id = parse_chat_id(args[0]) if len(args) == 1 else None
    if chat_id is None:
        await reply(update, t(lang, "usage_approve"))
        return
    await in_db(context, chat_store.approve_chat, chat_id, now=deps(context).clock.now())
    await reply(update, t(lang, "approved", chat_id=chat_id))
