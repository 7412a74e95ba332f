"""The fake Bot API server: a threaded HTTP server on 127.0.0.1 that python-telegram-bot can talk to.

`FakeBotAPI` owns the server thread, the fake world (see world.py), the call log, fault injection,
the optional strict flood limits and the helpers that inject updates (a user's message or command,
a button press, the bot added to / removed from a chat, a group's migration). It works from sync
code (`with FakeBotAPI() as api:`), from async tests (`async with`), and in a benchmark process
whose sender runs in a subprocess. Every public method takes the lock, so tests may call them from
the event loop while the server threads answer requests.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .errors import ApiError, Fault
from .limits import FloodModel
from .methods import METHODS, SENDING_METHODS, Method, decode
from .setup_methods import SERVER_METHODS
from .transport import Handler, Server
from .world import ANONYMOUS_ADMIN_BOT, JSON, World, now_seconds

DEFAULT_TOKEN = "123456:TEST-token-for-the-fake-bot-api"
WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)


@dataclass(frozen=True)
class Call:
    """One request the server answered: when (time.monotonic), what, and with which HTTP status."""

    method: str
    params: JSON
    at: float
    status: int
    chat_id: int | str | None

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass
class _PendingFault:
    method: str
    chat_id: int | None
    fault: Fault
    times: int


class FakeBotAPI:
    def __init__(self, token: str = DEFAULT_TOKEN, *, flood_limits: bool = False,
                 auto_chats: bool = True, port: int = 0) -> None:  # fmt: skip
        self.token = token
        self.port = port  # 0: any free port
        self.flood_limits = flood_limits
        self.flood = FloodModel()
        self.world = World(int(token.split(":")[0]), auto_chats)
        self.webhook: JSON = {"url": ""}
        self.commands: dict[str, list[JSON]] = {}
        self.files: dict[str, bytes] = {}
        self._calls: list[Call] = []
        self._sent_count = 0
        self._faults: list[_PendingFault] = []
        self._outage: Fault | None = None
        self._overrides: dict[str, Method] = {}
        self._lock = threading.RLock()
        self._updates_ready = threading.Condition(self._lock)
        self._sent_changed = threading.Condition(self._lock)
        self._called = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._server: Server | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle --------------------------------------------------------------------------
    def start(self) -> FakeBotAPI:
        self._server = Server(("127.0.0.1", self.port), Handler, self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._stopping.set()
        with self._lock:
            self._updates_ready.notify_all()
        self._server.shutdown()
        self._server.close_connections()
        self._server.server_close()
        assert self._thread is not None
        self._thread.join()
        self._server = None

    def __enter__(self) -> FakeBotAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def __aenter__(self) -> FakeBotAPI:
        return self.start()

    async def __aexit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The server root, like https://api.telegram.org: PTB's base_url is f"{url}/bot"."""
        assert self._server is not None, "start the FakeBotAPI first"
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    # --- tests steer the fake ---------------------------------------------------------------
    def on(self, method: str, handler: Callable[[JSON], Any]) -> None:
        """Answer `method` with handler(params) (raise ApiError for an error) instead of the fake."""
        with self._lock:
            self._overrides[method] = lambda _world, params: handler(params)

    def fail_next(self, method: str, error: Fault, *, chat_id: int | None = None,
                  times: int = 1) -> None:  # fmt: skip
        """The next `times` calls of `method` (to `chat_id`, if given) get `error`."""
        with self._lock:
            self._faults.append(_PendingFault(method, chat_id, error, times))

    def clear_faults(self) -> None:
        """Forget every fault still pending: the next calls are answered normally."""
        with self._lock:
            self._faults.clear()

    def outage(self, fault: Fault | None) -> None:
        """From now on every call gets `fault` (Fault.bad_gateway(): Telegram down), until
        `outage(None)` ends it."""
        with self._lock:
            self._outage = fault

    def block(self, chat_id: int) -> None:
        """The user blocked the bot: every later send to chat_id answers 403."""
        with self._lock:
            self.world.blocked.add(chat_id)

    def set_admins(self, chat_id: int, admins: dict[int, str]) -> None:
        with self._lock:
            self.world.set_admins(chat_id, admins)

    def set_member_count(self, chat_id: int, count: int) -> None:
        """What getChatMemberCount answers for the chat from now on."""
        with self._lock:
            self.world.member_counts[chat_id] = count

    def user(self, user_id: int | None = None, first_name: str = "Ada", **extra: Any) -> JSON:
        with self._lock:
            return self.world.user(user_id, first_name, **extra)

    def private_chat(self, user: JSON) -> JSON:
        with self._lock:
            return self.world.private_chat(user)

    def group(self, title: str = "Advocates", *, supergroup: bool = False,
              forum: bool = False, chat_id: int | None = None) -> JSON:  # fmt: skip
        with self._lock:
            return self.world.group(title, supergroup=supergroup, forum=forum, chat_id=chat_id)

    # --- inject updates ---------------------------------------------------------------------
    def user_sends(self, chat: JSON, user: JSON, text: str, *, anonymous_admin: bool = False,
                   message_thread_id: int | None = None,
                   reply_to: JSON | None = None) -> JSON:  # fmt: skip
        """A user writes `text` in `chat`; a leading /command gets its bot_command entity."""
        fields: JSON = {"text": text}
        if text.startswith("/"):
            fields["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
        if message_thread_id is not None:
            fields.update(message_thread_id=message_thread_id, is_topic_message=True)
        if reply_to is not None:
            fields["reply_to_message"] = _public(reply_to)
        sender = user
        if anonymous_admin:
            sender = ANONYMOUS_ADMIN_BOT
            fields["sender_chat"] = dict(chat)
        with self._lock:
            message = self.world.new_message(chat, sender, **fields)
            self._push(message=_public(message))
            return message

    def press_button(self, message: JSON, data: str, user: JSON) -> JSON:
        """`user` presses the inline button with callback_data `data` under a bot message."""
        with self._lock:
            query = {
                "id": self.world.next_callback_id(),
                "from": user,
                "message": _public(message),
                "chat_instance": str(abs(message["chat"]["id"]) * 7 + 3),
                "data": data,
            }
            return self._push(callback_query=query)

    def my_chat_member(self, chat: JSON, by: JSON, old: str, new: str,
                       **rights: bool) -> JSON:  # fmt: skip
        """The bot's status in `chat` changed from `old` to `new` (with admin `rights`, such as
        can_post_messages=False), by user `by`; getChatMember and sends agree from then on."""
        with self._lock:
            bot = self.world.bot
            before = self.world.rights.get((chat["id"], bot["id"]), {})
            change = {
                "chat": dict(chat),
                "from": by,
                "date": now_seconds(),
                "old_chat_member": _member(bot, old, chat["type"], before),
                "new_chat_member": _member(bot, new, chat["type"], rights),
            }
            if new == "kicked" and chat["type"] == "private":
                self.world.blocked.add(chat["id"])
            if chat["type"] != "private":
                self.world.set_member(chat["id"], bot["id"], new, **rights)
            return self._push(my_chat_member=change)

    def channel(self, title: str = "Network Alerts", username: str | None = None) -> JSON:
        """A channel the bot is not in yet (`bot_promoted` makes it an administrator there)."""
        with self._lock:
            return self.world.channel(title, username)

    def bot_promoted(self, channel: JSON, by: JSON, **rights: bool) -> JSON:
        """An administrator made the bot an administrator of `channel` (rights default to all)."""
        old = self.world.chat_member(channel, self.world.bot["id"])["status"]
        return self.my_chat_member(channel, by, old, "administrator", **rights)

    def bot_added(self, chat: JSON, by: JSON) -> JSON:
        return self.my_chat_member(chat, by, "left", "member")

    def bot_removed(self, chat: JSON, by: JSON) -> JSON:
        return self.my_chat_member(chat, by, "member", "left")

    def bot_blocked(self, user: JSON) -> JSON:
        with self._lock:
            chat = self.world.chats.get(user["id"]) or self.world.private_chat(user)
        return self.my_chat_member(chat, user, "member", "kicked")

    def group_migrated(self, chat: JSON, by: JSON) -> JSON:
        """`chat` (a group) becomes a supergroup; returns the new chat. Old id then answers 400."""
        with self._lock:
            new_chat = self.world.group(chat.get("title", "Group"), supergroup=True)
            old_msg = self.world.new_message(chat, by, migrate_to_chat_id=new_chat["id"])
            new_msg = self.world.new_message(new_chat, by, migrate_from_chat_id=chat["id"])
            self.world.migrated[chat["id"]] = new_chat["id"]
            self.world.admins[new_chat["id"]] = dict(self.world.admins.get(chat["id"], {}))
            self._push(message=_public(old_msg))
            self._push(message=_public(new_msg))
            return new_chat

    def _push(self, **payload: JSON) -> JSON:
        update = self.world.push_update(**payload)
        self._updates_ready.notify_all()
        return update

    def take_updates(self) -> list[JSON]:
        """The updates waiting for the bot, removed from the queue: what Telegram would POST to
        the webhook (with the secret from setWebhook in X-Telegram-Bot-Api-Secret-Token)."""
        with self._lock:
            updates, self.world.updates = self.world.updates, []
            return [_public(u) for u in updates]

    # --- what happened ----------------------------------------------------------------------
    def calls(self, method: str | None = None) -> list[Call]:
        with self._lock:
            return [c for c in self._calls if method is None or c.method == method]

    def sent(self, chat_id: int) -> list[JSON]:
        """Messages the bot successfully sent to `chat_id`, oldest first."""
        with self._lock:
            return [_public(m) for m in self.world.sent_by_bot(chat_id)]

    def sent_raw(self, chat_id: int) -> list[JSON]:
        """Like `sent`, with the raw HTML text under "_raw_text" and uploaded photo bytes."""
        with self._lock:
            return [dict(m) for m in self.world.sent_by_bot(chat_id)]

    @property
    def sent_count(self) -> int:
        """Messages accepted so far by the sending methods (cheap: for polling loops)."""
        return self._sent_count

    def wait_sent(self, count: int, timeout: float = 10.0, chat_id: int | None = None) -> bool:
        """Block until `count` messages were sent in total, or to `chat_id` when given (False
        on timeout)."""

        def done() -> bool:
            if chat_id is None:
                return self._sent_count >= count
            return len(self.world.sent_by_bot(chat_id)) >= count

        with self._lock:
            return self._sent_changed.wait_for(done, timeout)

    async def until_sent(
        self, count: int, within: float = 10.0, *, chat_id: int | None = None
    ) -> None:
        """Wait (in a thread, not blocking the event loop) until `count` messages were sent, in
        total or to `chat_id`."""
        if not await asyncio.to_thread(self.wait_sent, count, within, chat_id):
            if chat_id is None:
                raise TimeoutError(f"{self._sent_count} of {count} messages sent in {within} s")
            raise TimeoutError(f"fewer than {count} messages sent to chat {chat_id} in {within} s")

    async def until_called(self, method: str, within: float = 10.0) -> None:
        """Wait (in a thread, not blocking the event loop) until `method` has been answered."""

        def wait() -> bool:
            with self._lock:
                return self._called.wait_for(
                    lambda: any(c.method == method for c in self._calls), within
                )

        if not await asyncio.to_thread(wait):
            raise TimeoutError(f"no {method} call in {within} s")

    @property
    def count_429(self) -> int:
        with self._lock:
            return sum(1 for c in self._calls if c.status == 429)

    # --- answering ---------------------------------------------------------------------------
    def handle(self, token: str, method: str, raw: dict[str, Any]) -> tuple[int, JSON | bytes]:
        params = decode(raw)
        fault = self._outage or self._take_fault(method, params.get("chat_id"))
        if fault and fault.delay:
            self._stopping.wait(fault.delay)
        status, body = self._answer(token, method, params, fault)
        with self._lock:
            chat_id = params.get("chat_id")
            self._calls.append(Call(method, params, time.monotonic(), status, chat_id))
            self._called.notify_all()
            if status == 200 and method in SENDING_METHODS:
                self._sent_count += 1
                self._sent_changed.notify_all()
        return status, body

    def _answer(self, token: str, method: str, params: JSON,
                fault: Fault | None) -> tuple[int, JSON | bytes]:  # fmt: skip
        if token != self.token:
            return 401, ApiError(401, "Unauthorized").body()
        try:
            if fault and fault.error:
                raise fault.error
            with self._lock:
                if method == "getUpdates":
                    if self.webhook.get("url"):
                        raise ApiError(409, WEBHOOK_ACTIVE)
                    return 200, {"ok": True, "result": self._get_updates(params)}
                result = self._call(method, params)
        except ApiError as err:
            return err.status, err.body()
        return 200, {"ok": True, "result": _public(result)}

    def _call(self, method: str, params: JSON) -> Any:
        handler = self._overrides.get(method) or METHODS.get(method) or SERVER_METHODS.get(method)
        if handler is None:
            raise ApiError(404, "Not Found")
        if self.flood_limits and method in SENDING_METHODS and method not in self._overrides:
            chat = self.world.chat(params.get("chat_id", ""))
            wait = self.flood.check(chat["id"], self.world.is_group(chat), time.monotonic())
            if wait is not None:
                raise ApiError(
                    429, f"Too Many Requests: retry after {wait}", {"retry_after": wait}
                )
        if handler in SERVER_METHODS.values():
            return handler(self, params)  # type: ignore[arg-type]
        return handler(self.world, params)

    def _take_fault(self, method: str, chat_id: Any) -> Fault | None:
        with self._lock:
            for pending in self._faults:
                if pending.method == method and pending.chat_id in (None, chat_id):
                    pending.times -= 1
                    if pending.times <= 0:
                        self._faults.remove(pending)
                    return pending.fault
        return None

    def _get_updates(self, p: JSON) -> list[JSON]:
        """Long polling: confirm by offset, then wait up to `timeout` seconds for updates."""
        if "offset" in p:
            self.world.confirm(int(p["offset"]))
        deadline = time.monotonic() + float(p.get("timeout") or 0)
        while not self.world.updates and not self._stopping.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            self._updates_ready.wait(remaining)
        allowed = p.get("allowed_updates")
        updates = [u for u in self.world.updates if not allowed or any(k in u for k in allowed)]
        return [_public(u) for u in updates[: int(p.get("limit") or 100)]]


def _member(user: JSON, status: str, chat_type: str = "group",
            rights: dict[str, bool] | None = None) -> JSON:  # fmt: skip
    from .world import _member as member

    return member(user, status, chat_type, rights)


def _public(value: Any) -> Any:
    """Drop the fake's private bookkeeping keys (those starting with "_") from a JSON value."""
    if isinstance(value, dict):
        return {k: _public(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, list):
        return [_public(v) for v in value]
    return value
