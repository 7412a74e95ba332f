"""Leases and worker heartbeats: how several repatwatch processes on one database share the work.

A lease is a named lock with an owner and an expiry. `try_acquire` takes it atomically with one
`INSERT ... ON CONFLICT DO UPDATE ... WHERE expires_at < now OR owner = me` (SQLite and PostgreSQL),
so when two workers race exactly one wins; the holder keeps it by calling `renew` well inside the TTL,
and when it dies (stops renewing) any other worker takes it once the TTL has run out. The leader lock
(only one process takes Telegram updates) is the lease named `LEADER`. The `workers` table records a
heartbeat per worker so the sender can pace itself at the global rate divided by the live workers.
Every function runs in the caller's session; commit promptly so other workers see the change.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import String, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.domain import StoreError
from bot.store.base import Base

LEADER = "leader"


class Lease(Base):
    """A named lock held by `owner` until `expires_at`; `heartbeat` is the holder's last renewal."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    owner: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[datetime]
    heartbeat: Mapped[datetime]


class Worker(Base):
    """One running repatwatch process and when it last said it was alive."""

    __tablename__ = "workers"

    worker_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    last_seen: Mapped[datetime]


def _insert(session: Session, model: type[Base]) -> Any:
    """The dialect's INSERT construct, the one that knows ON CONFLICT."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return sqlite.insert(model)
    if dialect == "postgresql":
        return postgresql.insert(model)
    raise StoreError(f"leases need SQLite or PostgreSQL, not {dialect}")


def try_acquire(session: Session, name: str, owner: str, now: datetime, ttl: timedelta) -> bool:
    """Take the lease `name` for `owner` until now + ttl, if it is free, expired or already ours."""
    expires_at = now + ttl
    statement = (
        _insert(session, Lease)
        .values(name=name, owner=owner, expires_at=expires_at, heartbeat=now)
        .on_conflict_do_update(
            index_elements=[Lease.name],
            set_={"owner": owner, "expires_at": expires_at, "heartbeat": now},
            where=(Lease.expires_at < now) | (Lease.owner == owner),
        )
        .returning(Lease.owner)
    )
    return session.execute(statement).scalar_one_or_none() == owner


def renew(session: Session, name: str, owner: str, now: datetime, ttl: timedelta) -> bool:
    """Extend `owner`'s lease to now + ttl; False means it was lost to another worker."""
    statement = (
        update(Lease)
        .where(Lease.name == name, Lease.owner == owner)
        .values(expires_at=now + ttl, heartbeat=now)
        .returning(Lease.name)
    )
    return session.execute(statement).scalar_one_or_none() is not None


def release(session: Session, name: str, owner: str) -> bool:
    """Give the lease up at once (on a clean shutdown) so another worker need not wait the TTL."""
    statement = delete(Lease).where(Lease.name == name, Lease.owner == owner).returning(Lease.name)
    return session.execute(statement).scalar_one_or_none() is not None


def current_holder(session: Session, name: str, now: datetime) -> str | None:
    """Who holds the lease `name` at `now`; None when nobody does or it has expired."""
    statement = select(Lease.owner).where(Lease.name == name, Lease.expires_at >= now)
    return session.execute(statement).scalar_one_or_none()


def heartbeat(session: Session, worker_id: str, now: datetime) -> None:
    """Record that `worker_id` is alive at `now`."""
    statement = (
        _insert(session, Worker)
        .values(worker_id=worker_id, last_seen=now)
        .on_conflict_do_update(index_elements=[Worker.worker_id], set_={"last_seen": now})
    )
    session.execute(statement)


def live_workers(session: Session, now: datetime, ttl: timedelta) -> int:
    """How many workers sent a heartbeat within `ttl` before `now` (the caller included, if it did)."""
    statement = select(func.count()).select_from(Worker).where(Worker.last_seen >= now - ttl)
    return int(session.execute(statement).scalar_one())


def forget_worker(session: Session, worker_id: str) -> None:
    """Remove a worker on a clean shutdown, so the others speed up at once."""
    session.execute(delete(Worker).where(Worker.worker_id == worker_id))
