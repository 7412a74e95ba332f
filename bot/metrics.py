"""Prometheus metrics of one process: what /metrics on the HTTP listener shows.

Counters are counted as things happen: each poll cycle's duration, feeds polled and reports by
tier, alerts queued (bot.service hands each cycle here), and every message the sender hands to
Telegram by outcome, 429s among them (`CountingNotifier` wraps the sender's Notifier and also tells
the shared HealthState whether Telegram answered). Gauges are read from the database at each
scrape (`refresh`): feeds by state, the outbox by state and kind and what it still owes by
urgency, so they hold for every worker
and survive restarts. One registry per process (not the library's global one), so tests and
several services in one process never share counts.
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from bot.delivery.failures import FailedSend
from bot.delivery.message import Message, Notifier, SendOutcome, SendStatus
from bot.domain import Tier
from bot.health import HealthState, Verdict
from bot.poller import CycleSummary
from bot.store.ops import OpsCounts

POLL_BUCKETS = (0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600)


class Metrics:
    """The process's instruments, on a registry of its own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.poll_seconds = Histogram(
            "repatwatch_poll_cycle_seconds", "Duration of poll cycles", buckets=POLL_BUCKETS,
            registry=r,
        )  # fmt: skip
        self.feed_polls = Counter(
            "repatwatch_feed_polls", "Feeds polled, by result", ["result"], registry=r
        )
        self.reports = Counter(
            "repatwatch_reports", "New reports stored, by classifier tier", ["tier"], registry=r
        )
        self.alerts_queued = Counter(
            "repatwatch_alerts_queued", "Messages about reports queued for chats", registry=r
        )
        self.sends = Counter(
            "repatwatch_telegram_sends", "Messages handed to Telegram, by outcome", ["outcome"],
            registry=r,
        )  # fmt: skip
        self.alerts_sent = Counter(
            "repatwatch_alerts_sent", "Messages Telegram accepted", registry=r
        )
        self.alerts_failed = Counter(
            "repatwatch_alerts_failed", "Messages given up on for good", registry=r
        )
        self.flood_waits = Counter(
            "repatwatch_telegram_429", "Sends Telegram refused with 429 Too Many Requests",
            registry=r,
        )  # fmt: skip
        self.feeds = Gauge("repatwatch_feeds", "Feeds by state", ["state"], registry=r)
        self.outbox = Gauge(
            "repatwatch_outbox_messages", "Outbox rows by state and kind", ["state", "kind"],
            registry=r,
        )  # fmt: skip
        self.outbox_depth = Gauge(
            "repatwatch_outbox_depth", "Messages still owed, by urgency", ["urgency"], registry=r
        )
        self.healthy = Gauge("repatwatch_healthy", "1 while /healthz answers 200", registry=r)
        for tier in Tier:
            self.reports.labels(tier=tier.value)
        for result in ("ok", "unchanged", "failed"):
            self.feed_polls.labels(result=result)

    def cycle(self, summary: CycleSummary, seconds: float) -> None:
        """One poll cycle ended after `seconds`."""
        self.poll_seconds.observe(seconds)
        self.feed_polls.labels(result="failed").inc(summary.failed)
        self.feed_polls.labels(result="unchanged").inc(summary.unchanged)
        ok = summary.polled - summary.failed - summary.unchanged
        self.feed_polls.labels(result="ok").inc(max(ok, 0))
        events = summary.events
        by_tier = {tier: sum(1 for e in events if e.tier is tier) for tier in Tier}
        by_tier[Tier.IGNORE] = max(summary.new_reports - len(events), 0)
        for tier, count in by_tier.items():
            self.reports.labels(tier=tier.value).inc(count)
        self.alerts_queued.inc(sum(e.queued for e in events))

    def sent(self, outcome: SendOutcome) -> None:
        self.sends.labels(outcome=outcome.status.value).inc()
        if outcome.status is SendStatus.SENT:
            self.alerts_sent.inc()
        elif outcome.status is SendStatus.RETRY_AFTER:
            self.flood_waits.inc()

    async def failed(self, failed: FailedSend) -> None:
        del failed
        self.alerts_failed.inc()

    def refresh(self, counts: OpsCounts, verdict: Verdict) -> None:
        """Set the gauges from the database's counts and the health verdict, before a scrape."""
        for state, count in counts.feeds.items():
            self.feeds.labels(state=state).set(count)
        for (state, kind), count in counts.outbox.items():
            self.outbox.labels(state=state, kind=kind).set(count)
        for urgency, count in counts.depth.items():
            self.outbox_depth.labels(urgency=urgency).set(count)
        self.healthy.set(1 if verdict.ok else 0)

    def exposition(self) -> bytes:
        data: bytes = generate_latest(self.registry)
        return data


class CountingNotifier:
    """The sender's Notifier, counted: outcomes into Metrics, reachability into HealthState."""

    def __init__(
        self,
        inner: Notifier,
        metrics: Metrics,
        health: HealthState,
        monotonic: Callable[[], float],
    ) -> None:
        self._inner = inner
        self._metrics = metrics
        self._health = health
        self._monotonic = monotonic

    async def send(self, msg: Message) -> SendOutcome:
        outcome = await self._inner.send(msg)
        self._metrics.sent(outcome)
        if outcome.status is SendStatus.TRANSIENT:
            self._health.api_unreachable(self._monotonic(), outcome.error)
        else:
            self._health.api_answered()
        return outcome
