"""The long-running service: one scheduler polls feeds, the pipeline files alerts, a sender delivers.

`repatwatch run` builds a `Service` and runs it until SIGINT/SIGTERM. With a Telegram token the
alerts go to subscribers through the outbox and the bot answers commands (only the process holding
the leader lock takes Telegram updates); without one, console mode prints alerts and case updates.
Every periodic job lives on one APScheduler AsyncIOScheduler.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.classify import classify
from bot.console import ConsoleNotifier
from bot.domain import FeedSpec
from bot.feeds import Fetcher, private_feed_hosts
from bot.pipeline import Pipeline, PipelineEvent
from bot.poller import CycleSummary, Poller, utcnow
from bot.settings import Settings
from bot.store import feeds as feed_store
from bot.store import locks
from bot.store import outbox as outbox_store
from bot.store.base import make_engine, make_session_factory, session_scope, upgrade
from bot.store.cases import get_case
from bot.store.reports import Report
from bot.summary import summarise

log = logging.getLogger("repatwatch.service")

HEALTH_EVERY_SECONDS = 300
SHUTDOWN_GRACE_SECONDS = 30


def open_store(database_url: str) -> tuple[Engine, sessionmaker[Session]]:
    """An engine on an up-to-date schema, and its session factory."""
    engine = make_engine(database_url)
    upgrade(engine)
    return engine, make_session_factory(engine)


def sync_feed_list(factory: sessionmaker[Session], specs: Sequence[FeedSpec]) -> None:
    with session_scope(factory) as session:
        feed_store.sync_feeds(session, specs, utcnow())


@dataclass(frozen=True, slots=True)
class Health:
    feeds_ok: int
    feeds_failing: int
    feeds_unhealthy: int
    outbox_depth: int
    last_alert_at: datetime | None

    def line(self) -> str:
        last = f"{self.last_alert_at:%Y-%m-%d %H:%M}Z" if self.last_alert_at else "never"
        return (
            f"health: feeds ok={self.feeds_ok} failing={self.feeds_failing} "
            f"unhealthy={self.feeds_unhealthy}; outbox depth={self.outbox_depth}; "
            f"last alert {last}"
        )


def read_health(session: Session, now: datetime) -> Health:
    feeds = [f for f in feed_store.feed_health(session, now) if f.enabled]
    failing = sum(1 for f in feeds if f.consecutive_failures > 0)
    return Health(
        feeds_ok=len(feeds) - failing,
        feeds_failing=failing,
        feeds_unhealthy=sum(1 for f in feeds if f.unhealthy),
        outbox_depth=outbox_store.outbox_depth(session),
        last_alert_at=last_alert_at(session),
    )


def last_alert_at(session: Session) -> datetime | None:
    return session.scalar(select(func.max(Report.classified_at)).where(Report.tier == "alert"))


class ConsoleReporter:
    """Console mode: prints each alert, each case update, and a case's summary when it changes."""

    def __init__(self, notifier: ConsoleNotifier, factory: sessionmaker[Session]) -> None:
        self.notifier = notifier
        self._factory = factory

    def show(self, events: Sequence[PipelineEvent]) -> None:
        for event in events:
            case = event.case
            if case is None or case.is_new_case:
                self.notifier.alert(
                    event.doc,
                    event.verdict,
                    case_id=case.case_id if case else None,
                    source=event.doc.source,
                )
            else:
                self.notifier.case_update(
                    event.doc,
                    event.verdict,
                    case_id=case.case_id,
                    previous_status=case.previous_status if case.status_changed else None,
                    source=event.doc.source,
                )

    def summaries(self, events: Sequence[PipelineEvent]) -> None:
        """The current summary of every case these events touched, once each."""
        seen: list[str] = []
        for event in events:
            if event.case is not None and event.case.case_id not in seen:
                seen.append(event.case.case_id)
        with session_scope(self._factory) as session:
            for case_id in seen:
                record = get_case(session, case_id)
                if record is not None:
                    self.notifier.case_summary(case_id, summarise(record), title=record.title)


class Service:
    """Everything `repatwatch run` runs, wired once."""

    def __init__(self, settings: Settings, specs: Sequence[FeedSpec]) -> None:
        self.settings = settings
        self.engine, self.factory = open_store(settings.database_url)
        sync_feed_list(self.factory, specs)
        self._private_hosts = private_feed_hosts(specs)
        self.pipeline = Pipeline(classify)
        self.scheduler = AsyncIOScheduler(timezone=UTC)
        self._stop = asyncio.Event()
        self._cycle_lock = asyncio.Lock()
        self._reporter: ConsoleReporter | None = None
        self.on_feed_failure: Callable[[str], Awaitable[None]] | None = None

    async def run(
        self, *, console: ConsoleNotifier | None = None, handle_signals: bool = True
    ) -> None:
        if handle_signals:
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, self._stop.set)
        private = self.settings.allow_private_feeds
        async with Fetcher(allow_private=private, private_hosts=self._private_hosts) as fetcher:
            poller = Poller(
                self.factory,
                fetcher,
                worker_id=self.settings.worker_id,
                on_new_reports=self.pipeline.on_new_reports,
            )
            self._schedule(poller)
            if self.settings.telegram_token:
                from bot.telegram_mode import run_telegram

                await run_telegram(self, self._stop)
            else:
                self._reporter = ConsoleReporter(console or ConsoleNotifier(), self.factory)
                log.info("no TELEGRAM_BOT_TOKEN: console mode, alerts are printed here")
                self.scheduler.start()
                await self._stop.wait()
            if self.scheduler.running:
                self.scheduler.shutdown(wait=False)
            await self._finish_poll_cycle()
        self.engine.dispose()

    def stop(self) -> None:
        self._stop.set()

    async def _finish_poll_cycle(self) -> None:
        """Let a poll cycle under way end (its work commits per feed), up to a limit."""
        try:
            async with asyncio.timeout(SHUTDOWN_GRACE_SECONDS), self._cycle_lock:
                pass
        except TimeoutError:
            log.warning("stopped in the middle of a poll cycle; its feeds are polled next time")

    def _schedule(self, poller: Poller) -> None:
        self.scheduler.add_job(
            self._poll_cycle,
            "interval",
            args=[poller],
            seconds=self.settings.poll_every_seconds,
            id="poll",
            max_instances=1,
            coalesce=True,
            next_run_time=utcnow(),
        )
        self.scheduler.add_job(
            self._log_health,
            "interval",
            seconds=HEALTH_EVERY_SECONDS,
            id="health",
            max_instances=1,
            coalesce=True,
            next_run_time=utcnow() + timedelta(seconds=30),
        )

    async def _poll_cycle(self, poller: Poller) -> CycleSummary:
        async with self._cycle_lock:
            return await self._poll_and_report(poller)

    async def _poll_and_report(self, poller: Poller) -> CycleSummary:
        started = utcnow()
        summary = await poller.poll_due(started)
        events = self.pipeline.take_events()
        if self._reporter is not None:
            self._reporter.show(events)
            self._reporter.summaries(events)
        if summary.polled:
            log.info(
                "poll cycle: %d feeds polled, %d new reports, %d failed, %d alerts",
                summary.polled,
                summary.new_reports,
                summary.failed,
                sum(1 for e in events if e.verdict.alert),
            )
        failures = [o for o in summary.outcomes if o.error]
        for outcome in failures:
            log.warning("feed %s failed: %s", outcome.name, outcome.error)
        if failures and self.on_feed_failure is not None:
            await self._tell_operators_of_new_failures([o.name for o in failures], started)
        return summary

    async def _tell_operators_of_new_failures(self, names: list[str], since: datetime) -> None:
        """A feed's first failure and its turning unhealthy reach the operators; the retries
        in between only reach the log."""
        assert self.on_feed_failure is not None
        health = await asyncio.to_thread(self._feed_health)
        for feed in health:
            if feed.name not in names:
                continue
            if feed.consecutive_failures == 1:
                await self.on_feed_failure(f"Feed {feed.name} failed: {feed.last_error}")
            elif feed.unhealthy and feed.unhealthy_since and feed.unhealthy_since >= since:
                await self.on_feed_failure(
                    f"Feed {feed.name} is now unhealthy ({feed.consecutive_failures} failures "
                    f"in a row): {feed.last_error}"
                )

    def _feed_health(self) -> list[feed_store.FeedHealth]:
        with session_scope(self.factory) as session:
            return feed_store.feed_health(session, utcnow())

    async def _log_health(self) -> None:
        health = await asyncio.to_thread(self._read_health)
        log.info("%s", health.line())

    def _read_health(self) -> Health:
        with session_scope(self.factory) as session:
            return read_health(session, utcnow())

    def now(self) -> datetime:
        return utcnow()

    def release_leadership(self) -> None:
        with session_scope(self.factory) as session:
            locks.release(session, locks.LEADER, self.settings.worker_id)

    def leader_tick(self) -> bool:
        """Take or keep the leader lock (the process that takes Telegram updates)."""
        with session_scope(self.factory) as session:
            return locks.try_acquire(
                session,
                locks.LEADER,
                self.settings.worker_id,
                utcnow(),
                timedelta(seconds=self.settings.leader_ttl_seconds),
            )
