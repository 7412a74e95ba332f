"""Builds the python-telegram-bot Application: handlers, command menus, the error handler.

`build_application` is what the composition root (bot.bootstrap) calls, with the front end's
database runner and the clock. The Application talks to `settings.telegram_api_url` (the real Bot
API or a local one), has no JobQueue (the service runs the one scheduler), and takes updates by long
polling unless `start_updates` is given a webhook URL. Errors are logged with their traceback and
summarised to the operators' chat, never to subscribers.
"""

from __future__ import annotations

import logging
import ssl
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import httpx
from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot import logmask
from bot.clock import Clock
from bot.delivery.pacing import Pacer
from bot.domain import ConfigError
from bot.settings import Settings
from bot.store.base import DbRunner
from bot.tg import channels, exports, gate, handlers, membership, operators, preferences
from bot.tg.context import DEPS_KEY, Context, Deps, deps
from bot.tg.format import format_error_for_operators
from bot.tg.i18n import t
from bot.tg.pacing import SharedPacing

log = logging.getLogger(__name__)
ERRORS_KEY = "repatwatch.errors"
ERROR_NOTICE_SECONDS = 60.0

PUBLIC_COMMANDS = (
    ("start", handlers.start),
    ("help", handlers.help_command),
    ("subscribe", handlers.subscribe),
    ("unsubscribe", handlers.unsubscribe),
    ("settings", preferences.settings_command),
    ("cases", handlers.cases_command),
    ("case", handlers.case_command),
    ("search", handlers.search_command),
    ("sources", handlers.sources_command),
    ("lang", preferences.lang_command),
)
OPERATOR_COMMANDS = (
    ("stats", operators.stats),
    ("feeds", operators.feeds),
    ("feedback", operators.feedback),
    ("merge", operators.merge),
    ("split", operators.split),
    ("setstatus", operators.setstatus),
    ("close", operators.close),
    ("broadcast", operators.broadcast),
    ("invite", operators.invite),
    ("approve", operators.approve),
    ("channel", channels.channel_command),
    ("export", exports.export_command),
)
BUTTONS = (
    (r"^set:", preferences.settings_button),
    (r"^lang:", preferences.lang_button),
    (r"^case:", handlers.case_button),
    (r"^cases:", handlers.cases_button),
    (r"^fb:", handlers.feedback_button),
    (r"^chs:", channels.channel_button),
)
MENU = ("start", "help", "subscribe", "unsubscribe", "settings", "cases", "case", "search",
        "sources", "lang")  # fmt: skip


def menu(lang: str) -> list[BotCommand]:
    """The public commands as the `/` menu shows them (operator commands are never listed)."""
    return [BotCommand(name, t(lang, f"cmd_{name}")) for name in MENU]


def build_application(
    settings: Settings, db: DbRunner, clock: Clock, *, feedback_key: str, pacer: Pacer
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The bot, ready for `async with app: await app.start(); await start_updates(app)`.
    `feedback_key` keys the feedback pseudonyms (bot.store.keys makes and keeps it); every message
    the bot sends itself waits for `pacer`, the outbox sender's (bot.tg.pacing)."""
    if not settings.telegram_token:
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set")
    root = settings.telegram_api_url.rstrip("/")
    app = (
        Application.builder()
        .token(settings.telegram_token)
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .job_queue(None)
        .request(_request(connection_pool_size=256))  # PTB's default sizes
        .get_updates_request(_request(connection_pool_size=1))
        .rate_limiter(SharedPacing(pacer, clock))
        .post_init(set_menus)
        .build()
    )
    app.bot_data[DEPS_KEY] = Deps(settings=settings, db=db, clock=clock, feedback_key=feedback_key)
    app.add_handler(TypeHandler(Update, gate.admit), group=-1)
    for name, callback in PUBLIC_COMMANDS + OPERATOR_COMMANDS:
        app.add_handler(CommandHandler(name, callback))
    for pattern, button in BUTTONS:
        app.add_handler(CallbackQueryHandler(button, pattern=pattern))
    app.add_handler(ChatMemberHandler(membership.my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, membership.chat_migrated))
    # Last in the group: only what no handler above took.
    app.add_handler(MessageHandler(filters.COMMAND, handlers.unknown_command))
    private_text = filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE
    app.add_handler(MessageHandler(private_text, handlers.plain_text))
    app.add_error_handler(on_error)
    return app


def _request(connection_pool_size: int) -> HTTPXRequest:
    """PTB's HTTP client with its default timeouts, verifying TLS with the process's one context."""
    return HTTPXRequest(connection_pool_size, httpx_kwargs={"verify": _tls()})


@cache
def _tls() -> ssl.SSLContext:
    """The CA bundle is read once per process: each client reading it again cost 25 ms of CPU."""
    return httpx.create_ssl_context()


async def set_menus(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """post_init: the command menu in English (default) and Korean."""
    await app.bot.set_my_commands(menu("en"))
    await app.bot.set_my_commands(menu("ko"), language_code="ko")


async def on_error(update: object, context: Context) -> None:
    """Log the failure with its traceback and tell the operators' chat (never the subscribers).

    The operators hear about one kind of error at most once per ERROR_NOTICE_SECONDS, so a
    failing handler cannot flood their chat.
    """
    log.error("error while handling an update", exc_info=context.error)
    ops_chat = deps(context).settings.operators_chat_id
    if ops_chat is None or not _should_notify(context):
        return
    where = ""
    if isinstance(update, Update) and update.effective_message is not None:
        where = f"update {update.update_id}: {(update.effective_message.text or '')[:100]}"
    error = logmask.redact(f"{type(context.error).__name__}: {context.error}")
    try:
        await context.bot.send_message(
            ops_chat, format_error_for_operators(where, error), parse_mode=ParseMode.HTML
        )
    except Exception:
        log.exception("could not tell the operators' chat about an error")


def _should_notify(context: Context) -> bool:
    last: dict[str, float] = context.application.bot_data.setdefault(ERRORS_KEY, {})
    kind = type(context.error).__name__
    now = deps(context).clock.monotonic()
    if now - last.get(kind, -ERROR_NOTICE_SECONDS) < ERROR_NOTICE_SECONDS:
        return False
    last[kind] = now
    return True


async def start_updates(
    app: Application[Any, Any, Any, Any, Any, Any],
    *,
    webhook_url: str | None = None,
    listen: str = "127.0.0.1",
    port: int = 8443,
    secret_token: str | None = None,
    poll_interval: float = 0.0,
    poll_timeout: int = 30,
) -> None:
    """Set the command menus, then take updates: long polling, or a webhook when given a URL.

    Call it after `await app.start()` (post_init only runs under `app.run_polling()`).
    """
    await set_menus(app)
    updater = app.updater
    if updater is None:
        raise ConfigError("the Application was built without an Updater")
    allowed = Update.ALL_TYPES
    if webhook_url:
        if not secret_token:
            raise ConfigError("webhook mode needs a secret token")
        await updater.start_webhook(
            listen=listen,
            port=port,
            url_path=webhook_path(webhook_url),
            webhook_url=webhook_url,
            secret_token=secret_token,
            allowed_updates=allowed,
        )
        return
    await updater.start_polling(
        poll_interval=poll_interval, timeout=poll_timeout, allowed_updates=allowed
    )


def webhook_path(webhook_url: str) -> str:
    """The path Telegram posts to (https://proxy.example/tg/hook -> "tg/hook"), where the bot
    listens: the proxy in front forwards the path as it is."""
    return urlsplit(webhook_url).path.strip("/")
