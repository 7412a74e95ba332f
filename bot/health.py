"""Whether the service is alive: what its parts report, and the pure verdict /healthz gives on it.

One `HealthState` per process, shared by everything that knows something: the service marks each
poll cycle's start and end, the Bot API probe and the outbox sender say whether Telegram answered,
the sender's task says when it stopped. `assess` reads a snapshot of it at a moment and says
healthy, or unhealthy with the reasons in plain words: no poll cycle for too long (or one stuck),
the Bot API unreachable for longer than `api_down_after`, the sender stopped. The health line in
the log and the HTTP listener's /healthz both read it. Times are monotonic seconds passed in; no
I/O here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

DEFAULT_API_DOWN_AFTER = 300.0
MIN_POLL_STALL = 600.0


@dataclass(frozen=True, slots=True)
class HealthLimits:
    poll_stall_seconds: float = MIN_POLL_STALL  # no cycle started/finished this long: stalled
    api_down_after: float = DEFAULT_API_DOWN_AFTER  # the Bot API unreachable longer: unhealthy

    @classmethod
    def for_poll_interval(cls, poll_every: float, api_down_after: float) -> HealthLimits:
        """Polling counts as stalled after ten poll intervals, and never sooner than 10 minutes."""
        return cls(max(MIN_POLL_STALL, 10 * poll_every), api_down_after)


@dataclass(frozen=True, slots=True)
class HealthSnapshot:
    started_at: float  # when the process began watching
    poll_started_at: float | None = None  # the cycle under way, if one is
    poll_finished_at: float | None = None  # the last cycle to end
    api_checked: bool = False  # whether anything has talked to the Bot API yet
    api_down_since: float | None = None  # the first failure of the current outage
    api_error: str | None = None
    stopped: tuple[str, ...] = ()  # parts that stopped while they should run, with why


@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    problems: tuple[str, ...] = ()

    def text(self) -> str:
        if self.ok:
            return "ok\n"
        return "unhealthy: " + "; ".join(self.problems) + "\n"


class HealthState:
    """The liveness facts of one process; used from its event loop only."""

    def __init__(self, now: float) -> None:
        self._snapshot = HealthSnapshot(started_at=now)

    def snapshot(self) -> HealthSnapshot:
        return self._snapshot

    def poll_started(self, at: float) -> None:
        self._snapshot = replace(self._snapshot, poll_started_at=at)

    def poll_finished(self, at: float) -> None:
        self._snapshot = replace(self._snapshot, poll_started_at=None, poll_finished_at=at)

    def api_answered(self) -> None:
        """Telegram answered a request (whatever it said): the Bot API is reachable."""
        self._snapshot = replace(
            self._snapshot, api_checked=True, api_down_since=None, api_error=None
        )

    def api_unreachable(self, at: float, error: str) -> None:
        """A request to the Bot API failed on the network, timed out or got a 5xx."""
        since = self._snapshot.api_down_since
        self._snapshot = replace(
            self._snapshot,
            api_checked=True,
            api_down_since=at if since is None else since,
            api_error=error[:300],
        )

    def part_stopped(self, name: str, why: str) -> None:
        self._snapshot = replace(
            self._snapshot, stopped=(*self._snapshot.stopped, f"{name}: {why}")
        )


def assess(snapshot: HealthSnapshot, now: float, limits: HealthLimits) -> Verdict:
    """Healthy, or not with every reason, at monotonic time `now`."""
    problems = [*_polling_problems(snapshot, now, limits)]
    if snapshot.api_down_since is not None:
        down = now - snapshot.api_down_since
        if down > limits.api_down_after:
            problems.append(
                f"the Telegram Bot API has been unreachable for {down:.0f} s "
                f"(limit {limits.api_down_after:.0f} s): {snapshot.api_error}"
            )
    problems += [f"{part} stopped" for part in snapshot.stopped]
    return Verdict(not problems, tuple(problems))


def _polling_problems(snapshot: HealthSnapshot, now: float, limits: HealthLimits) -> list[str]:
    stall = limits.poll_stall_seconds
    if snapshot.poll_started_at is not None and now - snapshot.poll_started_at > stall:
        return [f"a poll cycle has been running for {now - snapshot.poll_started_at:.0f} s"]
    if snapshot.poll_started_at is None:
        last = snapshot.poll_finished_at or snapshot.started_at
        if now - last > stall:
            return [f"no poll cycle for {now - last:.0f} s"]
    return []


def api_outage(snapshot: HealthSnapshot, now: float) -> str | None:
    """For the health line: how long the Bot API has been unreachable, if it is."""
    if snapshot.api_down_since is None:
        return None
    return f"Bot API unreachable for {now - snapshot.api_down_since:.0f} s ({snapshot.api_error})"
