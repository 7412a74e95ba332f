"""Operations of one process: its shared health state and metrics, and the service's view of them.

bot.bootstrap builds one `Operations` and hands it to whoever reports: the service (each poll
cycle's start and end), the Bot API probe and the outbox sender (through
bot.metrics.CountingNotifier), the sender's task (when it stops); the HTTP listener and the health
line read it.
"""

from __future__ import annotations

from bot.clock import Clock
from bot.health import HealthLimits, HealthState, Verdict, api_outage, assess
from bot.metrics import Metrics
from bot.poller import CycleSummary


class Operations:
    def __init__(self, clock: Clock, limits: HealthLimits) -> None:
        self._clock = clock
        self.limits = limits
        self.health = HealthState(clock.monotonic())
        self.metrics = Metrics()

    def cycle_started(self) -> None:
        self.health.poll_started(self._clock.monotonic())

    def cycle_finished(self, summary: CycleSummary | None, seconds: float) -> None:
        """A cycle ended (`summary` None when it raised)."""
        self.health.poll_finished(self._clock.monotonic())
        if summary is not None:
            self.metrics.cycle(summary, seconds)

    def part_stopped(self, name: str, why: str) -> None:
        self.health.part_stopped(name, why)

    def verdict(self) -> Verdict:
        return assess(self.health.snapshot(), self._clock.monotonic(), self.limits)

    def health_note(self) -> str | None:
        """What the periodic health line adds: a Bot API outage, or why /healthz says 503."""
        now = self._clock.monotonic()
        verdict = self.verdict()
        if not verdict.ok:
            return "unhealthy: " + "; ".join(verdict.problems)
        return api_outage(self.health.snapshot(), now)
