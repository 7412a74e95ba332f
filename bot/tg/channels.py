"""Channels: operators link one with /channel, set its filters with the /settings screens in their
private chat, and hear when the bot loses the right to post there.

`/channel add @name` checks with getChat and getChatMember that the bot is an administrator of
the channel allowed to post messages, says what is missing if not, then links the channel
(bot.store.channels) and sends its settings screen (bot.tg.keyboards, the same screens a chat
gets from /settings, their buttons aimed at the channel: `chs:<chat id>:<key>:<value>`) to the
operator's private chat. `/channel list`, `/channel settings @name` and `/channel remove @name`
do what they say. `channel_member_changed` follows the bot's own status in a linked channel
(removed, demoted, given the right back) and tells the operators.
"""

from __future__ import annotations

import logging
from datetime import datetime
from html import escape

from telegram import ChatMember, ChatMemberAdministrator, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.audience import SubscriptionSettings
from bot.delivery.message import Button, Message
from bot.delivery.telegram import message_kwargs
from bot.store import channels as channel_store
from bot.store import chats as chat_store
from bot.store.channels import ChannelState, ChannelView
from bot.tg import keyboards
from bot.tg.context import Context, deps, edit, in_db, is_operator, language, reply
from bot.tg.i18n import DEFAULT_LANGUAGE, LANGUAGES, normalise, t
from bot.tg.operators import operators_only
from bot.tg.redact import NameMode, name_mode

log = logging.getLogger(__name__)
PREFIX = "chs"


# -- pure helpers ---------------------------------------------------------------------------------
def missing_right(member: ChatMember) -> str | None:
    """The locale key of what the bot lacks to post in a channel, or None when it may post."""
    if member.status in (ChatMember.LEFT, ChatMember.BANNED):
        return "channel_missing_member"
    if member.status == ChatMember.OWNER:
        return None
    if not isinstance(member, ChatMemberAdministrator):
        return "channel_missing_admin"
    return None if member.can_post_messages else "channel_missing_post"


def aimed_at(message: Message, chat_id: int) -> Message:
    """A /settings screen whose buttons change the channel `chat_id` instead of this chat."""
    rows = tuple(tuple(_aim(button, chat_id) for button in row) for row in message.buttons)
    return Message(message.text, rows)


def _aim(button: Button, chat_id: int) -> Button:
    data = button.data or ""
    if data.startswith(f"{keyboards.PREFIX}:"):
        return Button(button.text, f"{PREFIX}:{chat_id}:{data.partition(':')[2]}")
    if data.startswith("lang:"):
        code = data.split(":")[1]
        return Button(button.text, f"{PREFIX}:{chat_id}:lang:{code}")
    return button


def parse_channel_data(data: str) -> tuple[int, str, str]:
    """`chs:<chat id>:<key>:<value>` -> (chat id, key, value); ValueError otherwise."""
    prefix, chat, key, value = [*data.split(":", 3), "", ""][:4]
    if prefix != PREFIX or not key:
        raise ValueError(f"not a channel settings button: {data!r}")
    return int(chat), key, value


def channel_screen(
    name: str,
    settings: SubscriptionSettings,
    lang: str,
    channel: ChannelView,
    privacy: keyboards.Privacy,
) -> Message:
    """One settings screen of the channel, in the channel's language, titled with its name."""
    screen = keyboards.screen(name, settings, lang, privacy=privacy)
    title = f"<b>{escape(t(lang, 'channel_settings_title', name=channel.label))}</b>"
    text = title if name == "main" else f"{title}\n{screen.text}"
    return aimed_at(Message(text, screen.buttons), channel.chat_id)


# -- /channel -------------------------------------------------------------------------------------
@operators_only
async def channel_command(update: Update, context: Context) -> None:
    """/channel add|list|settings|remove."""
    lang = await language(update, context)
    args = list(context.args or [])
    action = args[0].lower() if args else ""
    if action == "list" and len(args) == 1:
        await list_channels(update, context, lang)
    elif action == "add" and len(args) == 2:
        await add_channel(update, context, args[1], lang)
    elif action in ("remove", "settings") and len(args) == 2:
        view = await in_db(context, channel_store.find_channel, args[1])
        if view is None:
            await reply(update, escape(t(lang, "channel_unknown", name=args[1])))
        elif action == "remove":
            await in_db(context, channel_store.unlink_channel, view.chat_id, now=_now(context))
            await reply(update, escape(t(lang, "channel_removed_done", name=view.label)))
        else:
            await send_settings(update, context, view, lang)
    else:
        await reply(update, escape(t(lang, "usage_channel")))


async def add_channel(update: Update, context: Context, ref: str, lang: str) -> None:
    name = ref if ref.startswith("@") or ref.lstrip("-").isdigit() else f"@{ref}"
    try:
        chat = await context.bot.get_chat(name)
    except (BadRequest, Forbidden):
        await reply(update, escape(t(lang, "channel_not_found", name=name)))
        return
    if chat.type != chat.CHANNEL:
        await reply(update, escape(t(lang, "channel_not_channel", name=name, kind=chat.type)))
        return
    member = await context.bot.get_chat_member(chat.id, context.bot.id)
    missing = missing_right(member)
    if missing is not None:
        text = t(lang, "channel_missing", name=name, missing=t(lang, missing))
        await reply(update, escape(text))
        return
    user = update.effective_user
    await in_db(
        context,
        channel_store.link_channel,
        chat.id,
        title=chat.title,
        username=chat.username,
        linked_by=user.id if user else 0,
        now=_now(context),
    )
    names, _ = await in_db(context, chat_store.privacy_of, chat.id)
    if names is None:  # a channel's readers are many and unknown: names hidden unless chosen
        await in_db(context, chat_store.set_privacy, chat.id, names=NameMode.HIDDEN.value)
    view = await in_db(context, channel_store.channel, chat.id)
    assert view is not None, "linked just above"
    await send_settings(
        update, context, view, lang, intro=t(lang, "channel_linked", name=view.label)
    )


async def send_settings(
    update: Update, context: Context, view: ChannelView, lang: str, *, intro: str | None = None
) -> None:
    """The channel's settings screen, in the operator's private chat (wherever they asked)."""
    settings = await in_db(context, chat_store.settings_of, view.chat_id)
    channel_lang = await _channel_language(context, view.chat_id)
    privacy = await _privacy(context, view.chat_id)
    screen = channel_screen("main", settings, channel_lang, view, privacy)
    if intro:
        screen = Message(f"{escape(intro)}\n\n{screen.text}", screen.buttons)
    chat, user = update.effective_chat, update.effective_user
    if chat is not None and chat.type == chat.PRIVATE:
        await reply(update, screen)
        return
    try:
        assert user is not None
        await context.bot.send_message(user.id, **message_kwargs(screen))
    except (Forbidden, BadRequest):
        await reply(update, escape(t(lang, "channel_open_private")))


async def list_channels(update: Update, context: Context, lang: str) -> None:
    views = await in_db(context, channel_store.channels)
    if not views:
        await reply(update, escape(t(lang, "channel_none")))
        return
    lines = [f"<b>{escape(t(lang, 'channel_list_header', n=len(views)))}</b>"]
    for view in views:
        state = t(lang, f"channel_state_{view.state.value}")
        title = f" — {escape(view.title)}" if view.title and view.username else ""
        lines.append(
            f"• {escape(view.label)}{title}: {escape(state)} ({view.changed_at:%Y-%m-%d})"
        )
    await reply(update, "\n".join(lines))


# -- the settings buttons -------------------------------------------------------------------------
async def channel_button(update: Update, context: Context) -> None:
    """A press on a channel's settings screen (operators only)."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    if not is_operator(update, context):
        await query.answer(t(await language(update, context), "not_allowed"), show_alert=True)
        return
    try:
        chat_id, key, value = parse_channel_data(query.data)
        view = await in_db(context, channel_store.channel, chat_id)
        if view is None:
            raise ValueError("not a linked channel")
        lang = await _channel_language(context, chat_id)
        current = await in_db(context, chat_store.settings_of, chat_id)
        name = await _apply(context, chat_id, key, value, current)
    except ValueError:
        await query.answer(t(await language(update, context), "not_allowed"))
        return
    await query.answer()
    if name is None:
        await query.edit_message_text(t(lang, "settings_saved"))
        return
    lang = await _channel_language(context, chat_id)
    current = await in_db(context, chat_store.settings_of, chat_id)
    privacy = await _privacy(context, chat_id)
    await edit(update, channel_screen(name, current, lang, view, privacy))


async def _apply(
    context: Context, chat_id: int, key: str, value: str, current: SubscriptionSettings
) -> str | None:
    """Carry out one press; the screen to show next (None: the operator is done)."""
    if key == "done":
        return None
    if key == "menu":
        return value if value in keyboards.SCREENS else "main"
    if key == "lang":
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        await in_db(context, chat_store.set_language, chat_id, value)
        return "main"
    if key in keyboards.PRIVACY_KEYS:
        names, protect = keyboards.apply_privacy(await _privacy(context, chat_id), key, value)
        await in_db(context, chat_store.set_privacy, chat_id, names=names.value, protect=protect)
        return keyboards.SCREEN_OF_KEY.get(key, "main")
    changed = keyboards.apply_choice(current, key, value)
    await in_db(context, chat_store.update_settings, chat_id, changed, now=_now(context))
    return keyboards.SCREEN_OF_KEY.get(key, "main")


async def _privacy(context: Context, chat_id: int) -> keyboards.Privacy:
    names, protect = await in_db(context, chat_store.privacy_of, chat_id)
    return name_mode(names) if names else NameMode.HIDDEN, protect


async def _channel_language(context: Context, chat_id: int) -> str:
    stored = await in_db(context, chat_store.chat_language, chat_id)
    return normalise(stored) or DEFAULT_LANGUAGE


def _now(context: Context) -> datetime:
    return deps(context).clock.now()


# -- the bot's own status in a linked channel -----------------------------------------------------
async def channel_member_changed(update: Update, context: Context) -> bool:
    """Follow the bot's status in a linked channel; False when the channel is not linked."""
    change = update.my_chat_member
    if change is None:
        return False
    chat_id, member = change.chat.id, change.new_chat_member
    view = await in_db(context, channel_store.channel, chat_id)
    if view is None:
        return False
    missing = missing_right(member)
    if member.status in (ChatMember.LEFT, ChatMember.BANNED):
        state, key = ChannelState.REMOVED, "channel_kicked"
    elif missing is None:
        state, key = ChannelState.ACTIVE, "channel_back"
    else:
        state, key = ChannelState.DEMOTED, "channel_lost_rights"
    lang_of_ops = DEFAULT_LANGUAGE
    reason = t(lang_of_ops, missing) if missing else None
    before = await in_db(
        context, channel_store.set_state, chat_id, state, reason=reason, now=_now(context)
    )
    if before is not None and before is not state and before is not ChannelState.UNLINKED:
        log.info("linked channel %s: %s -> %s", chat_id, before.value, state.value)
        await tell_operators(context, view, t(lang_of_ops, key, name=view.label, missing=reason))
    return True


async def tell_operators(context: Context, view: ChannelView, text: str) -> None:
    """The operators' chat, else the operator who linked the channel."""
    target = deps(context).settings.operators_chat_id or view.linked_by
    try:
        await context.bot.send_message(target, escape(text), parse_mode=ParseMode.HTML)
    except TelegramError:
        log.exception("could not tell the operators about a channel")
