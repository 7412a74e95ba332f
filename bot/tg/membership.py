"""The bot's own membership: added to a chat, removed or blocked, a group migrating to a supergroup.

Being added records the chat. Being removed, kicked or blocked deactivates the chat and its
subscription and drops what it is owed, at once, so the sender stops writing to it. A group's
migration (the service message with migrate_to_chat_id) moves the chat, its subscription and what
it is owed to the supergroup's id. These are the same store calls the sender makes when Telegram
tells it the same thing.
"""

from __future__ import annotations

import logging

from telegram import ChatMember, Update

from bot.store import chats as chat_store
from bot.tg.channels import channel_member_changed
from bot.tg.context import Context, deps, in_db

log = logging.getLogger(__name__)
GONE = {ChatMember.LEFT, ChatMember.BANNED}
PRESENT = {ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER, ChatMember.RESTRICTED}
LEFT = "the bot was removed or blocked"


async def my_chat_member(update: Update, context: Context) -> None:
    """The bot's status in a chat changed."""
    change = update.my_chat_member
    if change is None:
        return
    chat, now = change.chat, deps(context).clock.now()
    new_status = change.new_chat_member.status
    if chat.type == chat.CHANNEL and await channel_member_changed(update, context):
        return
    if new_status in GONE:
        await in_db(context, chat_store.chat_gone, chat.id, now=now, reason=LEFT)
        log.info("bot left or was blocked in a chat; its subscription is inactive")
    elif new_status in PRESENT:
        title = chat.title or chat.full_name
        await in_db(context, chat_store.record_chat, chat.id, type=chat.type, title=title, now=now)


async def chat_migrated(update: Update, context: Context) -> None:
    """A group became a supergroup: follow it to the new id."""
    message = update.effective_message
    if message is None or message.migrate_to_chat_id is None:
        return
    await move_chat(context, message.chat_id, message.migrate_to_chat_id)


async def move_chat(context: Context, old_id: int, new_id: int) -> None:
    await in_db(context, chat_store.chat_moved, old_id, new_id, now=deps(context).clock.now())
    log.info("a group migrated to a supergroup; its subscription moved")
