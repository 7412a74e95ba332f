"""Bot API methods about the bot's own setup: webhook and command menu, kept on the FakeBotAPI."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .world import JSON

if TYPE_CHECKING:
    from .server import FakeBotAPI


def _delete_webhook(api: FakeBotAPI, p: JSON) -> Any:
    api.webhook = {"url": ""}
    if p.get("drop_pending_updates"):
        api.world.updates.clear()
    return True


def _set_webhook(api: FakeBotAPI, p: JSON) -> Any:
    api.webhook = {"url": p.get("url", ""), **{k: v for k, v in p.items() if k != "url"}}
    return True


def _get_webhook_info(api: FakeBotAPI, p: JSON) -> Any:
    return {"url": api.webhook.get("url", ""), "has_custom_certificate": False,
            "pending_update_count": len(api.world.updates)}  # fmt: skip


def _set_my_commands(api: FakeBotAPI, p: JSON) -> Any:
    key = f"{json.dumps(p.get('scope') or {'type': 'default'})}|{p.get('language_code', '')}"
    api.commands[key] = list(p.get("commands") or [])
    return True


def _get_my_commands(api: FakeBotAPI, p: JSON) -> Any:
    key = f"{json.dumps(p.get('scope') or {'type': 'default'})}|{p.get('language_code', '')}"
    return api.commands.get(key, [])


def _delete_my_commands(api: FakeBotAPI, p: JSON) -> Any:
    key = f"{json.dumps(p.get('scope') or {'type': 'default'})}|{p.get('language_code', '')}"
    api.commands.pop(key, None)
    return True


def _close(api: FakeBotAPI, p: JSON) -> Any:
    return True


SERVER_METHODS: dict[str, Callable[[FakeBotAPI, JSON], Any]] = {
    "deleteWebhook": _delete_webhook,
    "setWebhook": _set_webhook,
    "getWebhookInfo": _get_webhook_info,
    "setMyCommands": _set_my_commands,
    "getMyCommands": _get_my_commands,
    "deleteMyCommands": _delete_my_commands,
    "close": _close,
    "logOut": _close,
}
