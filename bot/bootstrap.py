"""The composition root: from Settings, every collaborator built once and handed what it needs.

`build` makes the running graph: the database (migrated, feeds.yaml synced into it) and its
runners, the fetcher, the poller (which files new reports through bot.ingest), and either the
Telegram side (the bot Application, the outbox sender, the operators' chat) or console mode's sink;
then the service that runs them. The command line, the demo and the tests all call it, the tests
passing their fakes in (a clock, a fetcher, a classifier, a console), so the graph a test exercises
is the one production runs. `database` opens just the database, for the one-shot commands. This is
the only module that imports both the service and the Telegram front end.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot import logmask
from bot.archiver import Archiver
from bot.classify import default_classifier
from bot.clock import Clock, SystemClock
from bot.console import ConsoleNotifier
from bot.console_mode import ConsoleSink
from bot.delivery.failures import FailedSend
from bot.delivery.links import bot_link
from bot.delivery.operators import OperatorsChat
from bot.delivery.pacing import Pacer
from bot.delivery.sender import Sender, SenderConfig
from bot.delivery.telegram import TelegramNotifier
from bot.digest import DIGEST_EVERY_SECONDS, compose_digests
from bot.domain import ConfigError, FeedSpec
from bot.feedlist import FeedsWatcher
from bot.feeds import Fetcher, private_feed_hosts
from bot.health import HealthLimits
from bot.ingest import Classify
from bot.metrics import CountingNotifier
from bot.ops import Operations
from bot.parts import Background, Job, Part, Periodic
from bot.poller import CONCURRENCY, FeedFetcher, Poller
from bot.service import Service, TellOperators
from bot.settings import Settings
from bot.store import feeds as feed_store
from bot.store import keys
from bot.store.base import Database, DbRunner
from bot.tg.app import build_application
from bot.tg.probe import BotApiProbe
from bot.tg.runtime import TelegramFrontEnd
from bot.web import HttpListener

POSTGRES_POLL_THREADS = 4  # SQLite writers queue anyway: one poll thread there
BOT_THREADS = 4


@dataclass
class Runtime:
    """Everything `build` made; `aclose()` releases what it opened."""

    settings: Settings
    clock: Clock
    database: Database
    poller: Poller
    ops: Operations
    service: Service = field(init=False)
    console: ConsoleSink | None = None  # console mode (no token)
    telegram: Any = None  # the python-telegram-bot Application (with a token)
    sender: Sender | None = None  # the outbox sender (with a token)
    http: HttpListener | None = None  # /healthz, /metrics, /cases.atom (REPATWATCH_HTTP_LISTEN)
    probe: BotApiProbe | None = None  # asks the Bot API every half minute (with a token)
    notifier: CountingNotifier | None = None  # the sender's way to Telegram (with a token)
    feeds_watcher: FeedsWatcher | None = None  # re-reads feeds.yaml (when given its path)
    archiver: Archiver | None = None  # fetches flagged reports' pages (REPATWATCH_ARCHIVE)
    digests: Part | None = None  # queues each digest chat's digest when due (with a token)
    operators: OperatorsChat | None = None  # notices for the operators' chat (with a token)
    _fetcher: Fetcher | None = field(default=None, repr=False)

    async def aclose(self) -> None:
        try:
            if self._fetcher is not None:
                await self._fetcher.aclose()
            if self.telegram is not None:
                # The bot's HTTP client exists from its construction (the sender and the probe use
                # it before any getMe succeeds); PTB's shutdown closes it only for a bot that
                # connected, so a bot that never did would leave its sockets open.
                await self.telegram.bot.request.shutdown()
        finally:
            self.database.close()


def build(
    settings: Settings,
    specs: Sequence[FeedSpec] | None = None,
    *,
    clock: Clock | None = None,
    fetcher: FeedFetcher | None = None,
    classify: Classify | None = None,
    console: ConsoleNotifier | None = None,
    feeds_path: Path | None = None,
    poll_concurrency: int = CONCURRENCY,
) -> Runtime:
    """The running graph for `settings`; `specs` (feeds.yaml), when given, are synced first, and
    with `feeds_path` (the file they came from) the service re-reads it when it changes.
    `poll_concurrency` is how many feeds are fetched at once (1: one at a time, in name order).

    A `fetcher` passed in stays the caller's to close; one built here is closed by `aclose()`.
    """
    clock = clock or SystemClock()
    database = open_database(settings.database_url)
    if specs is not None:
        database.sync(feed_store.sync_feeds, specs, clock.now())
    owned = None
    if fetcher is None:
        private = private_feed_hosts(specs or ())
        fetcher = owned = Fetcher(
            allow_private=settings.allow_private_feeds, private_hosts=private
        )
    threads = 1 if database.dialect == "sqlite" else POSTGRES_POLL_THREADS
    poller = Poller(
        database.runner("poll-db", threads=threads),
        fetcher,
        classify=classify or default_classifier().classify,  # built now, not on first use
        worker_id=settings.worker_id,
        clock=clock,
        concurrency=poll_concurrency,
        fresh_for=timedelta(days=settings.fresh_days),
    )
    service_db = database.runner("service-db", threads=2)
    limits = HealthLimits.for_poll_interval(settings.poll_every_seconds, settings.api_down_after)
    ops = Operations(clock, limits)
    runtime = Runtime(settings, clock, database, poller, ops, _fetcher=owned)
    parts: list[Part] = []
    if settings.http_listen is not None:
        runtime.http = HttpListener(
            settings.http_listen, db=database.runner("http-db"), ops=ops, clock=clock
        )
        parts.append(runtime.http)
    tell_operators: TellOperators | None = None
    if settings.telegram_token:
        telegram_parts, tell_operators = _telegram_side(runtime)
        parts += telegram_parts
    else:
        runtime.console = ConsoleSink(console or ConsoleNotifier(), service_db)
    if settings.archive_pages and isinstance(fetcher, Fetcher):
        runtime.archiver = Archiver(database.runner("archive-db"), fetcher, clock)
        parts.append(runtime.archiver)
    if feeds_path is not None and specs is not None:
        runtime.feeds_watcher = FeedsWatcher(
            feeds_path,
            specs,
            db=database.runner("feeds-db"),
            clock=clock,
            fetcher=fetcher if isinstance(fetcher, Fetcher) else None,
            tell=tell_operators,
        )
        parts.append(runtime.feeds_watcher)
    runtime.service = Service(
        poller=poller,
        db=service_db,
        clock=clock,
        poll_every_seconds=settings.poll_every_seconds,
        parts=parts,
        on_events=runtime.console,
        tell_operators=tell_operators,
        ops=ops,
    )
    return runtime


def _telegram_side(runtime: Runtime) -> tuple[list[Part], TellOperators]:
    """The bot Application, the outbox sender and the operators' chat, wired to each other."""
    clock, database = runtime.clock, runtime.database
    runtime.settings = settings = _with_webhook_secret(runtime.settings, database, clock)
    feedback_key = database.sync(keys.stored_key, keys.FEEDBACK_KEY, now=clock.now())
    logmask.MASK.add(settings.telegram_token, settings.webhook_secret, feedback_key)
    bot_db = database.runner("bot-db", threads=BOT_THREADS)
    pacer = Pacer()  # one set of Telegram limits for the sender and the bot's own replies
    app = build_application(settings, bot_db, clock, feedback_key=feedback_key, pacer=pacer)
    operators = OperatorsChat(database.runner("notices-db"), settings.operators_chat_id, clock)
    ops = runtime.ops
    notifier = CountingNotifier(
        TelegramNotifier(app.bot), ops.metrics, ops.health, clock.monotonic
    )

    async def failed(failed: FailedSend) -> None:
        await ops.metrics.failed(failed)
        await operators.failed_delivery(failed)

    sender = Sender(
        database.runner("outbox-db"),
        notifier,
        SenderConfig(worker_id=settings.worker_id, horizon=settings.delivery_horizon),
        on_failed=failed,
        on_outage=operators.outage,
        clock=clock,
        pacer=pacer,
    )

    async def deliver() -> None:
        try:
            await sender.run()
        except Exception as exc:
            ops.part_stopped("the outbox sender", f"{type(exc).__name__}: {exc}")
            raise

    front = TelegramFrontEnd(app, database.runner("leader-db"), settings, clock)
    probe = BotApiProbe(app.bot, ops.health, clock)
    runtime.telegram, runtime.sender = app, sender
    runtime.probe, runtime.notifier = probe, notifier
    runtime.digests = digests = _digests(app, database.runner("digest-db"), clock)
    runtime.operators = operators
    sending = Background("sender", deliver, sender.stop, sender.status)
    return [front, probe, sending, operators, digests], operators.tell


def _digests(app: Any, db: DbRunner, clock: Clock) -> Part:
    """Every minute, the digests that are due, their cases linked to this bot by deep link."""

    async def run() -> int:
        try:
            username: str | None = app.bot.username
        except RuntimeError:  # the bot has not met Telegram yet: plain /case labels
            username = None

        def case_url(case_id: int) -> str | None:
            return bot_link(username, f"case_{case_id}") if username else None

        return await db(compose_digests, clock.now(), case_url=case_url)

    return Periodic(Job("digest", DIGEST_EVERY_SECONDS, run))


def _with_webhook_secret(settings: Settings, database: Database, clock: Clock) -> Settings:
    """Webhook mode never runs without a secret: the operator's, else one kept in the database
    (the same for every worker, and across restarts)."""
    if not settings.webhook_url or settings.webhook_secret:
        return settings
    if importlib.util.find_spec("tornado") is None:
        raise ConfigError(
            "REPATWATCH_WEBHOOK_URL needs the webhooks extra: "
            "pip install 'python-telegram-bot[webhooks]'"
        )
    secret = database.sync(keys.stored_key, keys.WEBHOOK_SECRET, now=clock.now())
    return replace(settings, webhook_secret=secret)


def open_database(url: str) -> Database:
    """The database at `url`, its schema brought up to date."""
    database = Database(url)
    try:
        database.upgrade()
    except BaseException:
        database.close()
        raise
    return database


@contextmanager
def database(settings: Settings) -> Iterator[Database]:
    """The migrated database for the length of one command."""
    db = open_database(settings.database_url)
    try:
        yield db
    finally:
        db.close()
