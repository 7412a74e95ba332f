"""The Bot API methods the fake answers, each a function of (world, params) -> result JSON.

Parameters arrive as python-telegram-bot sends them: form fields whose non-string values are
JSON-encoded (reply_markup, reply_parameters, link_preview_options, commands...). `decode` turns
them back into Python values once, here, so each method reads plain values.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .errors import ApiError
from .markup import plain_text, utf16_length
from .world import JSON, World, now_seconds

JSON_PARAMS = frozenset(
    {
        "reply_markup", "reply_parameters", "link_preview_options", "entities", "commands",
        "allowed_updates", "scope", "caption_entities",
    }
)  # fmt: skip
INT_PARAMS = frozenset(
    {"message_id", "reply_to_message_id", "message_thread_id", "user_id", "offset", "limit"}
)
MAX_TEXT = 4096
MAX_CAPTION = 1024


def decode(raw: dict[str, Any]) -> JSON:
    params: JSON = {}
    for name, value in raw.items():
        if isinstance(value, str) and name in JSON_PARAMS:
            value = json.loads(value)
        elif isinstance(value, str) and _is_int_param(name, value):
            value = int(value)
        elif isinstance(value, str) and value in ("true", "false") and name != "text":
            value = value == "true"
        params[name] = value
    return params


def _is_int_param(name: str, value: str) -> bool:
    return name in INT_PARAMS or (name == "chat_id" and not value.startswith("@"))


Method = Callable[[World, JSON], Any]


def get_me(world: World, p: JSON) -> Any:
    return world.bot


def send_message(world: World, p: JSON) -> Any:
    chat = world.chat(_required(p, "chat_id"))
    world.can_post(chat)
    text = _required(p, "text")
    _check_length(plain_text(text, p.get("parse_mode")), MAX_TEXT, "message is too long")
    if not text.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    fields: JSON = {"text": plain_text(text, p.get("parse_mode"))}
    if p.get("parse_mode"):
        fields["_raw_text"] = text
        fields["_parse_mode"] = p["parse_mode"]
    fields.update(_common_fields(world, chat, p))
    if p.get("link_preview_options"):
        fields["link_preview_options"] = p["link_preview_options"]
    return world.new_message(chat, world.bot, **fields)


def send_photo(world: World, p: JSON) -> Any:
    chat = world.chat(_required(p, "chat_id"))
    world.can_post(chat)
    photo = _required(p, "photo")
    caption = p.get("caption")
    fields: JSON = {}
    if caption:
        fields["caption"] = plain_text(caption, p.get("parse_mode"))
        _check_length(fields["caption"], MAX_CAPTION, "message caption is too long")
    size = len(photo) if isinstance(photo, bytes) else 0
    unique = f"photo-{chat['id']}-{len(world.messages.get(chat['id'], {})) + 1}"
    fields["photo"] = [
        {"file_id": unique, "file_unique_id": unique, "width": 800, "height": 600,
         "file_size": size}
    ]  # fmt: skip
    fields["_photo_bytes"] = photo if isinstance(photo, bytes) else None
    fields.update(_common_fields(world, chat, p))
    return world.new_message(chat, world.bot, **fields)


def edit_message_text(world: World, p: JSON) -> Any:
    if "inline_message_id" in p:
        return True
    chat = world.chat(_required(p, "chat_id"))
    message = world.message(chat["id"], _required(p, "message_id"))
    text = plain_text(_required(p, "text"), p.get("parse_mode"))
    _check_length(text, MAX_TEXT, "message is too long")
    if text == message.get("text") and p.get("reply_markup") == message.get("reply_markup"):
        raise ApiError(
            400,
            "Bad Request: message is not modified: specified new message content and reply "
            "markup are exactly the same as a current content and reply markup of the message",
        )
    message["text"] = text
    message["edit_date"] = now_seconds()
    _set_markup(message, p)
    return message


def edit_message_reply_markup(world: World, p: JSON) -> Any:
    if "inline_message_id" in p:
        return True
    chat = world.chat(_required(p, "chat_id"))
    message = world.message(chat["id"], _required(p, "message_id"))
    message["edit_date"] = now_seconds()
    _set_markup(message, p)
    return message


def answer_callback_query(world: World, p: JSON) -> Any:
    _required(p, "callback_query_id")
    return True


def get_chat(world: World, p: JSON) -> Any:
    chat = world.chat(_required(p, "chat_id"))
    gifts = dict.fromkeys(
        ("unlimited_gifts", "limited_gifts", "unique_gifts", "premium_subscription",
         "gifts_from_channels"),
        False,
    )  # fmt: skip
    return {**chat, "accent_color_id": 0, "max_reaction_count": 11, "accepted_gift_types": gifts}


def get_chat_member(world: World, p: JSON) -> Any:
    chat = world.chat(_required(p, "chat_id"))
    return world.chat_member(chat, int(_required(p, "user_id")))


def get_chat_member_count(world: World, p: JSON) -> Any:
    return world.member_count(world.chat(_required(p, "chat_id")))


def get_chat_administrators(world: World, p: JSON) -> Any:
    chat = world.chat(_required(p, "chat_id"))
    if chat["type"] == "private":
        raise ApiError(400, "Bad Request: there are no administrators in the private chat")
    return world.administrators(chat)


def send_document(world: World, p: JSON) -> Any:
    chat = world.chat(_required(p, "chat_id"))
    world.can_post(chat)
    document = _required(p, "document")
    if not isinstance(document, bytes) and not str(document).startswith("doc-"):
        raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
    unique = f"doc-{chat['id']}-{len(world.messages.get(chat['id'], {})) + 1}"
    meta: JSON = {"file_id": unique, "file_unique_id": unique}
    if isinstance(document, bytes):
        meta.update(
            file_name=getattr(document, "filename", "") or "document",
            mime_type=getattr(document, "content_type", "application/octet-stream"),
            file_size=len(document),
        )
    fields: JSON = {
        "document": meta,
        "_document_bytes": document if isinstance(document, bytes) else None,
    }
    if p.get("caption"):
        fields["caption"] = plain_text(p["caption"], p.get("parse_mode"))
    fields.update(_common_fields(world, chat, p))
    return world.new_message(chat, world.bot, **fields)


def delete_message(world: World, p: JSON) -> Any:
    chat = world.chat(_required(p, "chat_id"))
    if world.messages.get(chat["id"], {}).pop(int(_required(p, "message_id")), None) is None:
        raise ApiError(400, "Bad Request: message to delete not found")
    return True


def send_chat_action(world: World, p: JSON) -> Any:
    world.chat(_required(p, "chat_id"))
    return True


def leave_chat(world: World, p: JSON) -> Any:
    chat = world.chat(_required(p, "chat_id"))
    world.chats.pop(chat["id"], None)
    return True


def _required(p: JSON, name: str) -> Any:
    if p.get(name) in (None, ""):
        raise ApiError(400, f"Bad Request: {name} is empty" if name == "text" else
                       f"Bad Request: parameter \"{name}\" is required")  # fmt: skip
    return p[name]


def _check_length(text: str, limit: int, description: str) -> None:
    if utf16_length(text) > limit:
        raise ApiError(400, f"Bad Request: {description}")


def _common_fields(world: World, chat: JSON, p: JSON) -> JSON:
    fields: JSON = {}
    reply = p.get("reply_parameters") or (
        {"message_id": p["reply_to_message_id"],
         "allow_sending_without_reply": bool(p.get("allow_sending_without_reply"))}
        if p.get("reply_to_message_id") else None
    )  # fmt: skip
    if reply:
        target = world.messages.get(chat["id"], {}).get(int(reply["message_id"]))
        if target is not None:
            fields["reply_to_message"] = {
                k: v for k, v in target.items() if k != "reply_to_message"
            }
        elif not reply.get("allow_sending_without_reply"):
            raise ApiError(400, "Bad Request: message to be replied not found")
    if p.get("message_thread_id"):
        if not chat.get("is_forum"):
            raise ApiError(400, "Bad Request: message thread not found")
        fields["message_thread_id"] = p["message_thread_id"]
        fields["is_topic_message"] = True
    _set_markup(fields, p)
    return fields


def _set_markup(target: JSON, p: JSON) -> None:
    markup = p.get("reply_markup")
    if markup and "inline_keyboard" in markup:
        for row in markup["inline_keyboard"]:
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        target["reply_markup"] = markup
    elif "reply_markup" in target and markup is None and "message_id" in target:
        target.pop("reply_markup")


METHODS: dict[str, Method] = {
    "getMe": get_me,
    "sendMessage": send_message,
    "sendPhoto": send_photo,
    "editMessageText": edit_message_text,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "answerCallbackQuery": answer_callback_query,
    "getChat": get_chat,
    "getChatMember": get_chat_member,
    "getChatMemberCount": get_chat_member_count,
    "getChatAdministrators": get_chat_administrators,
    "leaveChat": leave_chat,
    "sendDocument": send_document,
    "deleteMessage": delete_message,
    "sendChatAction": send_chat_action,
}
SENDING_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument", "copyMessage"})
