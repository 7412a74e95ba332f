"""Leases and heartbeats: one leader at a time, and the lock passes on when the leader dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.store import locks
from bot.store.base import make_engine, make_session_factory, session_scope

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
TTL = timedelta(seconds=30)
REPO = Path(__file__).resolve().parents[1]


def _acquire(factory: sessionmaker[Session], owner: str, now: datetime, name: str = "x") -> bool:
    with session_scope(factory) as s:
        return locks.try_acquire(s, name, owner, now, TTL)


def test_a_free_lease_is_taken_and_its_holder_is_known(
    session_factory: sessionmaker[Session],
) -> None:
    assert _acquire(session_factory, "a", T0)
    with session_scope(session_factory) as s:
        assert locks.current_holder(s, "x", T0) == "a"


def test_a_held_lease_is_refused_to_another_worker(session_factory: sessionmaker[Session]) -> None:
    assert _acquire(session_factory, "a", T0)
    assert not _acquire(session_factory, "b", T0 + TTL / 2)
    with session_scope(session_factory) as s:
        assert locks.current_holder(s, "x", T0 + TTL / 2) == "a"


def test_the_holder_may_acquire_again(session_factory: sessionmaker[Session]) -> None:
    assert _acquire(session_factory, "a", T0)
    assert _acquire(session_factory, "a", T0 + TTL / 2)


def test_an_expired_lease_is_taken_over(session_factory: sessionmaker[Session]) -> None:
    assert _acquire(session_factory, "a", T0)
    later = T0 + TTL + timedelta(seconds=1)
    assert _acquire(session_factory, "b", later)
    with session_scope(session_factory) as s:
        assert locks.current_holder(s, "x", later) == "b"
        assert not locks.renew(s, "x", "a", later, TTL)


def test_renewing_keeps_the_lease_past_its_first_expiry(
    session_factory: sessionmaker[Session],
) -> None:
    assert _acquire(session_factory, "a", T0)
    with session_scope(session_factory) as s:
        assert locks.renew(s, "x", "a", T0 + TTL / 2, TTL)
    assert not _acquire(session_factory, "b", T0 + TTL + timedelta(seconds=1))


def test_a_released_lease_is_free_at_once(session_factory: sessionmaker[Session]) -> None:
    assert _acquire(session_factory, "a", T0)
    with session_scope(session_factory) as s:
        assert not locks.release(s, "x", "b")
        assert locks.release(s, "x", "a")
        assert locks.current_holder(s, "x", T0) is None
    assert _acquire(session_factory, "b", T0)


def test_leases_with_different_names_are_independent(
    session_factory: sessionmaker[Session],
) -> None:
    assert _acquire(session_factory, "a", T0, name="feed:1")
    assert _acquire(session_factory, "b", T0, name="feed:2")


def test_only_one_of_two_racing_workers_wins(engine: Engine) -> None:
    url = engine.url.render_as_string(hide_password=False)
    rounds = 15
    winners: dict[int, list[str]] = {n: [] for n in range(rounds)}
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def race(owner: str) -> None:
        own_engine = make_engine(url)
        factory = make_session_factory(own_engine)
        try:
            for n in range(rounds):
                barrier.wait()
                if _acquire(factory, owner, T0, name=f"race:{n}"):
                    winners[n].append(owner)
        except BaseException as exc:
            errors.append(exc)
            barrier.abort()
        finally:
            own_engine.dispose()

    threads = [threading.Thread(target=race, args=(owner,)) for owner in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert all(len(w) == 1 for w in winners.values()), winners


LEADER_SCRIPT = """
import sys, time
from datetime import UTC, datetime, timedelta
from bot.store import locks
from bot.store.base import make_engine, make_session_factory, session_scope

url, owner, ttl = sys.argv[1], sys.argv[2], timedelta(seconds=float(sys.argv[3]))
factory = make_session_factory(make_engine(url))
announced = False
while True:
    with session_scope(factory) as s:
        held = locks.try_acquire(s, locks.LEADER, owner, datetime.now(UTC), ttl)
    if held and not announced:
        print("leader", flush=True)
        announced = True
    time.sleep(ttl.total_seconds() / 5)
"""


def test_the_leader_lock_passes_on_when_the_leader_is_killed(engine: Engine) -> None:
    url = engine.url.render_as_string(hide_password=False)
    ttl = timedelta(seconds=1.5)  # the leader renews every ttl / 5
    factory = make_session_factory(engine)
    leader = subprocess.Popen(
        [sys.executable, "-c", LEADER_SCRIPT, url, "first", str(ttl.total_seconds())],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert leader.stdout is not None
        assert leader.stdout.readline().strip() == "leader"
        # Asked while the lease runs (a starved test process must not see it lapse first).
        assert not _lead(factory, "second", ttl, _expiry(factory) - timedelta(milliseconds=100))
        leader.send_signal(signal.SIGKILL)
        leader.wait(timeout=10)
        last_expiry = _expiry(factory)
        deadline = time.monotonic() + 20
        taken_at = None
        while time.monotonic() < deadline:
            now = datetime.now(UTC)
            if _lead(factory, "second", ttl, now):
                taken_at = now
                break
            time.sleep(0.1)
    finally:
        if leader.poll() is None:
            leader.kill()
            leader.wait()
        if leader.stdout is not None:
            leader.stdout.close()
    assert taken_at is not None, "the lock never passed to the second worker"
    assert taken_at > last_expiry, "the lock passed before the dead leader's lease ran out"
    with session_scope(factory) as s:
        assert locks.current_holder(s, locks.LEADER, datetime.now(UTC)) == "second"


def _lead(
    factory: sessionmaker[Session], owner: str, ttl: timedelta, now: datetime | None = None
) -> bool:
    with session_scope(factory) as s:
        return locks.try_acquire(s, locks.LEADER, owner, now or datetime.now(UTC), ttl)


def _expiry(factory: sessionmaker[Session]) -> datetime:
    """When the first leader's lease runs out."""
    with session_scope(factory) as s:
        lease = s.get(locks.Lease, locks.LEADER)
        assert lease is not None and lease.owner == "first"
        return lease.expires_at
