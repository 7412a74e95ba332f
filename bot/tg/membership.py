"""The bot's own membership: added to a chat, removed or blocked, a group migrating to a supergroup.

Being added records the chat. Being removed, kicked or blocked deactivates the chat and its
subscription at once, so the sender stops writing to it. A group's migration (the service message
with migrate_to_chat_id) moves the chat and its subscription to the supergroup's id. Each change
then calls the composition root's hook, so the outbox can follow.
"""

from __future__ import annotations

import logging

from telegram import ChatMember, Update

from bot.store import chats as chat_store
from bot.tg.context import Context, deps, in_db

log = logging.getLogger(__name__)
GONE = {ChatMember.LEFT, ChatMember.BANNED}
PRESENT = {ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER, ChatMember.RESTRICTED}


async def my_chat_member(update: Update, context: Context) -> None:
    """The bot's status in a chat changed."""
    change = update.my_chat_member
    if change is None:
        return
    chat, now = change.chat, deps(context).clock()
    new_status = change.new_chat_member.status
    chat_id, kind, title = chat.id, chat.type, chat.title or chat.full_name
    if new_status in GONE:
        await in_db(context, lambda s: chat_store.deactivate_chat(s, chat_id, now=now))
        log.info("bot left or was blocked in a chat; its subscription is inactive")
        hook = deps(context).hooks.on_chat_blocked
        if hook is not None:
            await hook(chat_id)
    elif new_status in PRESENT:
        await in_db(
            context,
            lambda s: chat_store.record_chat(s, chat_id, type=kind, title=title, now=now),
        )


async def chat_migrated(update: Update, context: Context) -> None:
    """A group became a supergroup: follow it to the new id."""
    message = update.effective_message
    if message is None or message.migrate_to_chat_id is None:
        return
    await move_chat(context, message.chat_id, message.migrate_to_chat_id)


async def move_chat(context: Context, old_id: int, new_id: int) -> None:
    now = deps(context).clock()
    await in_db(context, lambda s: chat_store.migrate_chat(s, old_id, new_id, now=now))
    log.info("a group migrated to a supergroup; its subscription moved")
    hook = deps(context).hooks.on_chat_migrated
    if hook is not None:
        await hook(old_id, new_id)
