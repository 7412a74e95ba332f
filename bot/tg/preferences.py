"""/settings and /lang: the chat's preferences, changed through inline keyboards.

Only a group's administrators (or an anonymous administrator) change them; the screens and what
each button does are pure data in bot.tg.keyboards, stored through bot.store.chats.
"""

from __future__ import annotations

from telegram import Update

from bot.audience import SubscriptionSettings
from bot.delivery.message import Message
from bot.store import chats as chat_store
from bot.tg import keyboards
from bot.tg.context import (
    Context,
    chat_for_admin,
    deps,
    edit,
    in_db,
    is_chat_admin,
    language,
    reply,
)
from bot.tg.handlers import remember_chat
from bot.tg.i18n import LANGUAGES, t
from bot.tg.redact import name_mode


def forum_thread(update: Update) -> int | None:
    """The topic /settings was used in, when the chat is a forum."""
    chat, message = update.effective_chat, update.effective_message
    if chat is None or message is None or not chat.is_forum:
        return None
    return message.message_thread_id


async def current_settings(context: Context, chat_id: int) -> SubscriptionSettings:
    return await in_db(context, chat_store.settings_of, chat_id)


async def current_privacy(context: Context, chat_id: int) -> keyboards.Privacy:
    names, protect = await in_db(context, chat_store.privacy_of, chat_id)
    return name_mode(names), protect


async def settings_screen(
    context: Context, chat_id: int, lang: str, thread: int | None
) -> Message:
    """The main /settings screen, stating every setting in force."""
    current = await current_settings(context, chat_id)
    privacy = await current_privacy(context, chat_id)
    return keyboards.main_screen(current, lang, forum_thread=thread, privacy=privacy)


async def settings_command(update: Update, context: Context) -> None:
    """/settings: the inline keyboard of this chat's preferences."""
    lang = await language(update, context)
    chat = await chat_for_admin(update, context, lang)
    if chat is None:
        return
    await remember_chat(update, context)
    await reply(update, await settings_screen(context, chat.id, lang, forum_thread(update)))


async def settings_button(update: Update, context: Context) -> None:
    """A press on a /settings button: change one setting and redraw the screen."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None or query.data is None:
        return
    lang = await language(update, context)
    if not await is_chat_admin(update, context):
        await query.answer(t(lang, "admins_only"), show_alert=True)
        return
    try:
        key, value = keyboards.parse_choice(query.data)
        thread = forum_thread(update)
        if key == "done":
            await query.answer()
            await query.edit_message_text(t(lang, "settings_saved"))
            return
        current = await current_settings(context, chat.id)
        privacy = await current_privacy(context, chat.id)
        name = value if key == "menu" else keyboards.SCREEN_OF_KEY.get(key, "main")
        if key in keyboards.PRIVACY_KEYS:
            privacy = keyboards.apply_privacy(privacy, key, value)
            await in_db(
                context,
                chat_store.set_privacy,
                chat.id,
                names=privacy[0].value,
                protect=privacy[1],
            )
        elif key != "menu":
            current = keyboards.apply_choice(current, key, value, thread_id=thread)
            now = deps(context).clock.now()
            await in_db(context, chat_store.update_settings, chat.id, current, now=now)
    except ValueError:
        await query.answer(t(lang, "not_allowed"))
        return
    await query.answer()
    screen = keyboards.screen(name, current, lang, forum_thread=thread, privacy=privacy)
    await edit(update, screen)


async def lang_command(update: Update, context: Context) -> None:
    """/lang [en|ko]: switch the chat's language (buttons when no argument)."""
    lang = await language(update, context)
    choice = context.args[0].lower() if context.args else None
    if choice is None:
        await reply(update, keyboards.language_screen(lang, in_settings=False))
        return
    if choice not in LANGUAGES:
        await reply(update, keyboards.language_screen(lang, in_settings=False))
        return
    await set_language(update, context, choice, lang)


async def set_language(update: Update, context: Context, choice: str, lang: str) -> bool:
    chat = await chat_for_admin(update, context, lang)
    if chat is None:
        return False
    await remember_chat(update, context)
    await in_db(context, chat_store.set_language, chat.id, choice)
    if update.callback_query is None:
        await reply(update, t(choice, "language_set"))
    return True


async def lang_button(update: Update, context: Context) -> None:
    """A press on a language button (from /lang, or inside /settings: then redraw settings)."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or query.data is None or chat is None:
        return
    lang = await language(update, context)
    _, choice, where = [*query.data.split(":"), ""][:3]
    if choice not in LANGUAGES:
        await query.answer()
        return
    if not await is_chat_admin(update, context):
        await query.answer(t(lang, "admins_only"), show_alert=True)
        return
    await set_language(update, context, choice, lang)
    await query.answer(t(choice, "language_set"))
    if where == "s":
        await edit(update, await settings_screen(context, chat.id, choice, forum_thread(update)))
    else:
        await edit(update, Message(t(choice, "language_set")))
