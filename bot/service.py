"""The long-running service: one scheduler runs the poll cycle, the health line and the parts' jobs.

`repatwatch run` gets a `Service` from bot.bootstrap and runs it until SIGINT/SIGTERM. The service
knows nothing of Telegram or the terminal: it receives the poller, the parts that run beside the
poll cycle (with a token: the Telegram front end and the outbox sender), where each cycle's events
go (console mode prints them), and how to tell the operators when a feed starts failing. Every
periodic job, the poll cycle first, is scheduled here, on one APScheduler AsyncIOScheduler.
"""

from __future__ import annotations

import asyncio
import ctypes
import gc
import logging
import signal
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.clock import Clock
from bot.ingest import FeedOutcome, ReportEvent
from bot.ops import Operations
from bot.parts import Job, Part, status_of
from bot.poller import CycleSummary, Poller
from bot.store import outbox as outbox_store
from bot.store.base import DbRunner, Session
from bot.store.feed_health import feed_health
from bot.store.reports import last_alert_at

log = logging.getLogger("repatwatch.service")

HEALTH_EVERY_SECONDS = 300
SHUTDOWN_GRACE_SECONDS = 30
# Tracked objects made before the youngest generation is collected (Python's default: 700).
YOUNG_COLLECTION_AFTER = 10_000

EventSink = Callable[[Sequence[ReportEvent]], Awaitable[None]]
TellOperators = Callable[[str], Awaitable[None]]


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


def settle_heap() -> None:
    """Take what start-up built out of the garbage collector's sight, once the graph is built.

    The classifier, its lexicons and automata, the gazetteer and the imported modules are a
    quarter of a million objects that live as long as the process, and every full collection
    walked them all again: on a first poll of 200 feeds (bench/pipeline.py) one such collection
    cost 0.09 CPU-s of 3.2, on one of 1,000 feeds four cost 0.5 of 21. Frozen (`gc.freeze`),
    they are left out of every collection; what is made afterwards is still collected.

    The youngest generation is then collected after YOUNG_COLLECTION_AFTER new objects rather
    than 700: a poll makes a feed's entries, items and rows by the thousand and keeps them until
    the feed is stored, so most collections found nothing dead and moved them up a generation,
    to be walked again there (a first poll of 1,000 feeds spent 0.26-0.41 CPU-s collecting,
    0.13-0.16 since).

    Last, the C heap's free pages go back to the system: building the classifier (YAML, regexes,
    the automata) leaves some 15 MB free in the main thread's heap that the poll, whose work runs
    in other threads with heaps of their own, never reuses (a first poll of 200 feeds peaked at
    183 MB, 172 since)."""
    gc.collect()
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_AFTER, middle, oldest)
    release_free_heap()


def release_free_heap() -> bool:
    """Hand the free pages of the C heap back to the system (glibc's `malloc_trim`); False
    where the C library has no such call (musl, macOS)."""
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the process already has
    except (OSError, AttributeError, TypeError):
        return False
    trim(0)
    return True


def read_health(session: Session, now: datetime) -> Health:
    feeds = [f for f in feed_health(session, now) if f.enabled]
    failing = sum(1 for f in feeds if f.consecutive_failures > 0)
    return Health(
        feeds_ok=len(feeds) - failing,
        feeds_failing=failing,
        feeds_unhealthy=sum(1 for f in feeds if f.unhealthy),
        outbox_depth=outbox_store.outbox_depth(session),
        last_alert_at=last_alert_at(session),
    )


def failure_notice(outcome: FeedOutcome) -> str | None:
    """What the operators hear of a failed feed: its first failure, and its turning unhealthy;
    the retries in between only reach the log."""
    if outcome.failures == 1:
        return f"Feed {outcome.name} failed: {outcome.error}"
    if outcome.became_unhealthy:
        return (
            f"Feed {outcome.name} is now unhealthy ({outcome.failures} failures in a row): "
            f"{outcome.error}"
        )
    return None


class Service:
    """Everything `repatwatch run` runs, as bot.bootstrap wired it."""

    def __init__(
        self,
        *,
        poller: Poller,
        db: DbRunner,
        clock: Clock,
        poll_every_seconds: float,
        parts: Sequence[Part] = (),
        on_events: EventSink | None = None,
        tell_operators: TellOperators | None = None,
        ops: Operations | None = None,
    ) -> None:
        self.poller = poller
        self._db = db
        self._clock = clock
        self._poll_every = poll_every_seconds
        self._parts = tuple(parts)
        self._on_events = on_events
        self._tell_operators = tell_operators
        self.ops = ops
        self.scheduler = AsyncIOScheduler(timezone=UTC)
        self._stop = asyncio.Event()
        self._cycle_lock = asyncio.Lock()

    async def run(self, *, handle_signals: bool = True) -> None:
        if handle_signals:
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, self._stop.set)
        started: list[Part] = []
        try:
            for part in self._parts:
                await part.start()
                started.append(part)
            self._schedule()
            self.scheduler.start()
            await self._stop.wait()
        finally:
            if self.scheduler.running:
                self.scheduler.shutdown(wait=False)
            for part in reversed(started):
                await part.stop()
            await self._finish_poll_cycle()
            await self.poller.stop()  # feeds still trickling in: their leases go back

    def stop(self) -> None:
        self._stop.set()

    @property
    def parts(self) -> tuple[Part, ...]:
        return self._parts

    def _schedule(self) -> None:
        now = self._clock.now()
        self._add(Job("poll", self._poll_every, self.poll_cycle), first_at=now)
        health = Job("health", HEALTH_EVERY_SECONDS, self._log_health)
        self._add(health, first_at=now + timedelta(seconds=30))
        for part in self._parts:
            for job in part.jobs():
                self._add(job, first_at=now)

    def _add(self, job: Job, *, first_at: datetime) -> None:
        self.scheduler.add_job(
            job.run,
            "interval",
            seconds=job.every_seconds,
            id=job.name,
            max_instances=1,
            coalesce=True,
            next_run_time=first_at,
        )

    async def _finish_poll_cycle(self) -> None:
        """Let a poll cycle under way end (its work commits per feed), up to a limit."""
        try:
            async with asyncio.timeout(SHUTDOWN_GRACE_SECONDS), self._cycle_lock:
                pass
        except TimeoutError:
            log.warning("stopped in the middle of a poll cycle; its feeds are polled next time")

    async def poll_cycle(self) -> CycleSummary:
        """Poll the due feeds, hand what happened on, and tell the operators of new failures."""
        async with self._cycle_lock:
            started = self._clock.monotonic()
            if self.ops is not None:
                self.ops.cycle_started()
            summary: CycleSummary | None = None
            try:
                summary = await self._poll_and_report()
                return summary
            finally:
                if self.ops is not None:
                    self.ops.cycle_finished(summary, self._clock.monotonic() - started)

    async def _poll_and_report(self) -> CycleSummary:
        summary = await self.poller.poll_due(self._clock.now())
        events = summary.events
        if self._on_events is not None:
            await self._on_events(events)
        if summary.polled:
            log.info(
                "poll cycle: %d feeds polled, %d new reports, %d failed, %d alerts",
                summary.polled,
                summary.new_reports,
                summary.failed,
                sum(1 for e in events if e.alert),
            )
        await self._report_failures(summary)
        return summary

    async def _report_failures(self, summary: CycleSummary) -> None:
        for outcome in summary.outcomes:
            if outcome.error is None:
                continue
            log.warning("feed %s failed: %s", outcome.name, outcome.error)
            notice = failure_notice(outcome)
            if notice is not None and self._tell_operators is not None:
                await self._tell_operators(notice)

    async def health_line(self) -> str:
        """Feeds, outbox and last alert from the database, then each part's own word."""
        health = await self._db(read_health, self._clock.now())
        note = self.ops.health_note() if self.ops is not None else None
        words = [word for part in self._parts if (word := status_of(part))]
        return "; ".join([health.line(), *filter(None, [note]), *words])

    async def _log_health(self) -> None:
        log.info("%s", await self.health_line())
