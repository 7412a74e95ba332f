"""The fake Telegram world: users, chats, admins, messages and the update queue, in real JSON shapes.

Everything is a plain dict shaped exactly like the Bot API's objects (dates in whole seconds,
`is_bot` on every user, `chat_instance` on callback queries), so python-telegram-bot parses it as
it parses Telegram. Not thread-safe on its own: the server holds its lock around every call.
"""

from __future__ import annotations

import itertools
import time
from typing import Any

from .errors import ApiError

JSON = dict[str, Any]
ANONYMOUS_ADMIN_BOT_ID = 1087968824
ANONYMOUS_ADMIN_BOT: JSON = {
    "id": ANONYMOUS_ADMIN_BOT_ID,
    "is_bot": True,
    "first_name": "Group",
    "username": "GroupAnonymousBot",
}


def now_seconds() -> int:
    return int(time.time())


class World:
    def __init__(self, bot_id: int, auto_chats: bool) -> None:
        self.bot: JSON = {
            "id": bot_id,
            "is_bot": True,
            "first_name": "Repatwatch Test",
            "username": "repatwatch_test_bot",
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.auto_chats = auto_chats
        self.users: dict[int, JSON] = {}
        self.chats: dict[int, JSON] = {}
        self.messages: dict[int, dict[int, JSON]] = {}
        self.admins: dict[int, dict[int, str]] = {}
        self.member_counts: dict[int, int] = {}
        self.rights: dict[tuple[int, int], dict[str, bool]] = {}  # (chat, user) -> admin rights
        self.blocked: set[int] = set()
        self.migrated: dict[int, int] = {}
        self.updates: list[JSON] = []
        self._next_message_id: dict[int, int] = {}
        self._update_ids = itertools.count(1)
        self._user_ids = itertools.count(1001)
        self._group_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)

    # --- people and chats -------------------------------------------------------------------
    def user(self, user_id: int | None = None, first_name: str = "Ada", **extra: Any) -> JSON:
        uid = user_id if user_id is not None else next(self._user_ids)
        user = {"id": uid, "is_bot": False, "first_name": first_name, **extra}
        self.users[uid] = user
        return user

    def private_chat(self, user: JSON) -> JSON:
        chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        for key in ("last_name", "username"):
            if key in user:
                chat[key] = user[key]
        self.chats[chat["id"]] = chat
        return chat

    def group(self, title: str = "Advocates", *, supergroup: bool = False, forum: bool = False,
              chat_id: int | None = None) -> JSON:  # fmt: skip
        if chat_id is None:
            n = next(self._group_ids)
            chat_id = -(1001000000000 + n) if supergroup else -(4000000 + n)
        chat: JSON = {
            "id": chat_id,
            "type": "supergroup" if supergroup else "group",
            "title": title,
        }
        if forum:
            chat["is_forum"] = True
        self.chats[chat_id] = chat
        return chat

    def channel(self, title: str = "Alerts channel", username: str | None = None) -> JSON:
        """A channel (id -100...), found by @username when it has one; the bot is not in it."""
        n = next(self._group_ids)
        chat: JSON = {"id": -(1002000000000 + n), "type": "channel", "title": title}
        if username:
            chat["username"] = username
        self.chats[chat["id"]] = chat
        return chat

    def set_member(self, chat_id: int, user_id: int, status: str, **rights: bool) -> None:
        """`user_id`'s status in the chat ("administrator", "member", "left"...), with rights."""
        admins = self.admins.setdefault(chat_id, {})
        if status in ("creator", "administrator"):
            admins[user_id] = status
        else:
            admins.pop(user_id, None)
        self.rights[(chat_id, user_id)] = dict(rights)
        if status in ("left", "kicked"):
            self.rights[(chat_id, user_id)]["_gone"] = True

    def can_post(self, chat: JSON) -> None:
        """Telegram's refusal when the bot may not post in a channel (nothing elsewhere)."""
        if chat["type"] != "channel":
            return
        bot_id = self.bot["id"]
        if self.admins.get(chat["id"], {}).get(bot_id) not in ("administrator", "creator"):
            raise ApiError(403, "Forbidden: bot is not a member of the channel chat")
        if not self.rights.get((chat["id"], bot_id), {}).get("can_post_messages", True):
            raise ApiError(400, "Bad Request: need administrator rights in the channel chat")

    def chat(self, chat_id: int | str) -> JSON:
        """The chat `chat_id` (an id or @username); Telegram's errors if it cannot be written to."""
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            for chat in self.chats.values():
                if chat.get("username") == chat_id[1:]:
                    return chat
            raise ApiError(400, "Bad Request: chat not found")
        cid = int(chat_id)
        if cid in self.migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self.migrated[cid]},
            )
        if cid in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        chat = self.chats.get(cid)
        if chat is None:
            if not self.auto_chats:
                raise ApiError(400, "Bad Request: chat not found")
            chat = self._auto_chat(cid)
        return chat

    def _auto_chat(self, cid: int) -> JSON:
        if cid > 0:
            return self.private_chat(self.users.get(cid) or self.user(cid, f"User {cid}"))
        return self.group(f"Group {cid}", supergroup=str(cid).startswith("-100"), chat_id=cid)

    def is_group(self, chat: JSON) -> bool:
        return chat["type"] in ("group", "supergroup", "channel")

    def set_admins(self, chat_id: int, admins: dict[int, str]) -> None:
        """Statuses by user id: "creator" or "administrator" (everyone else is a "member")."""
        self.admins[chat_id] = dict(admins)

    def chat_member(self, chat: JSON, user_id: int) -> JSON:
        user = self.users.get(user_id) or (
            self.bot if user_id == self.bot["id"] else {"id": user_id, "is_bot": False,
                                                        "first_name": f"User {user_id}"}
        )  # fmt: skip
        status = self.admins.get(chat["id"], {}).get(user_id, "member")
        rights = self.rights.get((chat["id"], user_id), {})
        if chat["type"] == "private":
            status = "member"
        elif rights.get("_gone") or (chat["type"] == "channel" and status == "member"):
            status = "left"  # a channel has no "member" bots: the bot is in it as an admin, or not
        return _member(user, status, chat["type"], rights)

    def member_count(self, chat: JSON) -> int:
        """getChatMemberCount: as set by the test, else the admins, the bot and one member."""
        if chat["type"] == "private":
            return 2
        return self.member_counts.get(chat["id"], len(self.admins.get(chat["id"], {})) + 2)

    def administrators(self, chat: JSON) -> list[JSON]:
        return [self.chat_member(chat, uid) for uid in self.admins.get(chat["id"], {})]

    # --- messages -------------------------------------------------------------------------
    def new_message(self, chat: JSON, sender: JSON, **fields: Any) -> JSON:
        cid = chat["id"]
        message_id = self._next_message_id.get(cid, 1)
        self._next_message_id[cid] = message_id + 1
        message: JSON = {
            "message_id": message_id,
            "date": now_seconds(),
            "chat": dict(chat),
            "from": dict(sender),
            **fields,
        }
        self.messages.setdefault(cid, {})[message_id] = message
        return message

    def message(self, chat_id: int, message_id: int) -> JSON:
        found = self.messages.get(chat_id, {}).get(message_id)
        if found is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        return found

    def sent_by_bot(self, chat_id: int) -> list[JSON]:
        return [
            m for m in self.messages.get(chat_id, {}).values() if m["from"]["id"] == self.bot["id"]
        ]

    # --- updates --------------------------------------------------------------------------
    def push_update(self, **payload: JSON) -> JSON:
        update: JSON = {"update_id": next(self._update_ids), **payload}
        self.updates.append(update)
        return update

    def confirm(self, offset: int) -> None:
        """getUpdates with `offset` confirms every update with a smaller id (negative: from end)."""
        if offset < 0:
            self.updates = self.updates[offset:]
        else:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]

    def next_callback_id(self) -> str:
        return f"cbq-{next(self._callback_ids)}"


def _member(user: JSON, status: str, chat_type: str = "group",
            rights: dict[str, bool] | None = None) -> JSON:  # fmt: skip
    if status == "creator":
        return {"status": "creator", "user": user, "is_anonymous": False}
    if status == "administrator":
        granted = dict.fromkeys(
            (
                "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
                "can_restrict_members", "can_change_info", "can_invite_users",
                "can_post_stories", "can_edit_stories", "can_delete_stories",
            ),
            True,
        )  # fmt: skip
        if chat_type == "channel":
            granted.update(can_post_messages=True, can_edit_messages=True)
        granted.update({k: v for k, v in (rights or {}).items() if not k.startswith("_")})
        return {"status": "administrator", "user": user, "can_be_edited": False,
                "is_anonymous": False, "can_promote_members": False, **granted}  # fmt: skip
    if status in ("left", "kicked"):
        extra = {"until_date": 0} if status == "kicked" else {}
        return {"status": status, "user": user, **extra}
    return {"status": "member", "user": user}
