"""The commands and buttons everyone may use: thin async handlers over the pure helpers.

Each handler reads the update, asks the store (on a database thread), builds a Message with
bot.tg.format or bot.tg.keyboards and answers in the chat that asked. Group settings and the
subscription are changed only by the group's administrators; queries are open to everyone.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from html import escape

from telegram import Chat, Update

from bot.delivery.message import Message
from bot.store import chats as chat_store
from bot.store import feedback, invites
from bot.tg import format as fmt
from bot.tg import keyboards, queries, replies
from bot.tg.context import (
    Context,
    chat_for_admin,
    deps,
    edit,
    in_db,
    is_operator,
    language,
    privacy,
    reply,
    user_hash,
)
from bot.tg.gate import settle_names
from bot.tg.i18n import t
from bot.tg.parse import (
    SEARCH_MAX,
    CasesFilter,
    SearchTooLong,
    parse_cases_filter,
    parse_id,
    parse_search,
    parse_start_payload,
)
from bot.tg.redact import name_mode, redact_case, redact_row

log = logging.getLogger(__name__)
PAGE_SIZE = 8
MAX_OFFSET = 100_000  # a forged page button cannot ask the database for an absurd offset


async def remember_chat(update: Update, context: Context) -> None:
    """Record the chat the bot is talking in (idempotent)."""
    chat = update.effective_chat
    if chat is None:
        return
    title = chat.title or chat.full_name
    now = deps(context).clock.now()
    await in_db(context, chat_store.record_chat, chat.id, type=chat.type, title=title, now=now)


def help_text(lang: str, operator: bool) -> str:
    return t(lang, "help") + (t(lang, "help_operator") if operator else "")


async def start(update: Update, context: Context) -> None:
    """/start [case_<id> | inv_<token>]: the help text, a case, or an invitation."""
    await remember_chat(update, context)
    lang = await language(update, context)
    payload = parse_start_payload(context.args[0]) if context.args else None
    if payload and payload[0] == "case":
        case_id = parse_id(payload[1])
        if case_id is not None:
            await send_case(update, context, case_id, lang)
            return
    if payload and payload[0] == "inv":
        await use_invite(update, context, payload[1], lang)
        return
    await reply(update, help_text(lang, is_operator(update, context)))


async def help_command(update: Update, context: Context) -> None:
    """/help: what the bot does and its commands."""
    lang = await language(update, context)
    await reply(update, help_text(lang, is_operator(update, context)))


async def use_invite(update: Update, context: Context, token: str, lang: str) -> None:
    chat = await chat_for_admin(update, context, lang)
    if chat is None:
        return
    now = deps(context).clock.now()
    ok = await in_db(context, invites.use_invite, token, chat.id, now=now)
    await reply(update, t(lang, "invite_used" if ok else "invite_bad"))


async def subscribe(update: Update, context: Context) -> None:
    """/subscribe: alerts for this chat at once, with the defaults."""
    lang = await language(update, context)
    chat = await chat_for_admin(update, context, lang)
    if chat is None:
        return
    await remember_chat(update, context)
    settings, now = deps(context).settings, deps(context).clock.now()
    if settings.invite_only and not is_operator(update, context):
        approved = await in_db(context, chat_store.is_approved, chat.id)
        if not approved:
            await reply(update, t(lang, "invite_only"))
            return
    await settle_names(context, chat)
    existed = await in_db(context, chat_store.has_subscription, chat.id)
    _, fresh = await in_db(context, chat_store.subscribe, chat.id, now=now)
    key = "already_subscribed" if not fresh else "resubscribed" if existed else "subscribed"
    await reply(update, t(lang, key) + "\n\n" + await in_force(context, chat.id, lang))


async def in_force(context: Context, chat_id: int, lang: str) -> str:
    """Every setting the chat's alerts follow now, one per line (escaped), and where to change it."""
    settings = await in_db(context, chat_store.settings_of, chat_id)
    names, protect = await in_db(context, chat_store.privacy_of, chat_id)
    summary = keyboards.describe(settings, (name_mode(names), protect), lang)
    return escape(summary) + "\n\n" + t(lang, "change_in_settings")


async def unsubscribe(update: Update, context: Context) -> None:
    """/unsubscribe: stop alerts here, keeping the settings."""
    lang = await language(update, context)
    chat = await chat_for_admin(update, context, lang)
    if chat is None:
        return
    was = await in_db(context, chat_store.unsubscribe, chat.id, now=deps(context).clock.now())
    await reply(update, t(lang, "unsubscribed" if was else "not_subscribed"))


# --- cases -----------------------------------------------------------------------------------


async def send_case(update: Update, context: Context, case_id: int, lang: str) -> None:
    view = await in_db(context, queries.case, case_id, lang)
    if view is None:
        await reply(update, t(lang, "unknown_case", case_id=fmt.label(case_id)))
        return
    operator, today = is_operator(update, context), deps(context).clock.now().date()
    names, protect = await privacy(update, context)
    out = replies.format_case(redact_case(view, names, lang), lang, operator=operator, today=today)
    await reply(update, replace(out, protect_content=protect))


async def case_command(update: Update, context: Context) -> None:
    """/case ID: a case's summary, status timeline and sources."""
    lang = await language(update, context)
    case_id = parse_id(context.args[0]) if context.args and len(context.args) == 1 else None
    if case_id is None:
        await reply(update, t(lang, "usage_case"))
        return
    await send_case(update, context, case_id, lang)


async def case_button(update: Update, context: Context) -> None:
    """The "Case summary" button under an alert or a list."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    await query.answer()
    lang = await language(update, context)
    case_id = parse_id(query.data.partition(":")[2])
    if case_id is not None:
        await send_case(update, context, case_id, lang)


async def cases_page(
    update: Update, context: Context, where: CasesFilter, offset: int, lang: str
) -> Message:
    rows = await in_db(context, queries.cases, where, PAGE_SIZE + 1, offset, lang)
    _, protect = await privacy(update, context)
    out = replies.format_case_list(
        rows[:PAGE_SIZE],
        lang,
        offset=offset,
        page_size=PAGE_SIZE,
        has_more=len(rows) > PAGE_SIZE,
        page_data="cases:{offset}:" + where.encode(),
        today=deps(context).clock.now().date(),
    )
    return replace(out, protect_content=protect)


async def cases_command(update: Update, context: Context) -> None:
    """/cases [country] [status] [since]: recent cases, newest first, paged."""
    lang = await language(update, context)
    where = parse_cases_filter(list(context.args or []), deps(context).clock.now().date())
    if where is None:
        await reply(update, t(lang, "usage_cases"))
        return
    await reply(update, await cases_page(update, context, where, 0, lang))


async def cases_button(update: Update, context: Context) -> None:
    """Older/newer buttons under a case list."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    lang = await language(update, context)
    try:
        _, offset_text, encoded = query.data.split(":", 2)
        where, offset = CasesFilter.decode(encoded), min(max(0, int(offset_text)), MAX_OFFSET)
    except ValueError:
        await query.answer()
        return
    await query.answer()
    await edit(update, await cases_page(update, context, where, offset, lang))


async def search_command(update: Update, context: Context) -> None:
    """/search TEXT: matching cases and reports."""
    lang = await language(update, context)
    try:
        text = parse_search(list(context.args or []))
    except SearchTooLong:
        await reply(update, t(lang, "search_too_long", limit=SEARCH_MAX))
        return
    if text is None:
        await reply(update, t(lang, "usage_search"))
        return
    found_cases, found_reports = await in_db(context, queries.search, text, lang)
    names, protect = await privacy(update, context)
    reports = [redact_row(r, r.names, names, lang) for r in found_reports]
    today = deps(context).clock.now().date()
    out = replies.format_search(text, found_cases, reports, lang, today)
    await reply(update, replace(out, protect_content=protect))


async def sources_command(update: Update, context: Context) -> None:
    """/sources: the feeds watched and their health."""
    lang = await language(update, context)
    rows = await in_db(context, queries.feed_rows, deps(context).clock.now())
    await reply(update, replies.format_sources(rows, lang))


async def feedback_button(update: Update, context: Context) -> None:
    """ "Not relevant" under an alert: store one verdict per person, for the operators."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or query.data is None or chat is None:
        return
    lang = await language(update, context)
    report_id = parse_id(query.data.partition(":")[2])
    if report_id is None:
        await query.answer()
        return
    key = deps(context).feedback_key
    noted = await in_db(
        context,
        feedback.record_feedback,
        chat_id=chat.id,
        report_id=report_id,
        user_hash=user_hash(key, chat.id, query.from_user.id),
        verdict="not_relevant",
        now=deps(context).clock.now(),
    )
    if noted is feedback.Noted.REFUSED:
        log.warning("feedback refused: a button pressed for a report this chat was never sent")
        await query.answer()
        return
    await query.answer(
        t(lang, "feedback_thanks" if noted is feedback.Noted.NEW else "feedback_again")
    )


async def unknown_command(update: Update, context: Context) -> None:
    """A command the bot does not have: one line pointing to /help (in groups, only when the
    command was addressed to this bot by name, since it may be meant for another bot)."""
    chat, message = update.effective_chat, update.effective_message
    if chat is None or message is None or not message.text:
        return
    command = message.text.split()[0]
    addressed = command.lower().endswith("@" + (context.bot.username or "").lower())
    if chat.type != Chat.PRIVATE and not addressed:
        return
    lang = await language(update, context)
    await reply(update, t(lang, "unknown_command", command=command[:40]))


async def plain_text(update: Update, context: Context) -> None:
    """Text that is not a command, in a private chat: one line pointing to /help."""
    lang = await language(update, context)
    await reply(update, t(lang, "plain_text"))
