"""Leases: how several repatwatch processes on one database agree on who does what.

A lease is a named lock with an owner and an expiry. `try_acquire` takes it atomically with one
`INSERT ... ON CONFLICT DO UPDATE ... WHERE expires_at < now OR owner = me` (SQLite and PostgreSQL),
so when two workers race exactly one wins; the holder keeps it by calling `renew` well inside the TTL,
and when it dies (stops renewing) any other worker takes it once the TTL has run out. The leader lock
(only one process takes Telegram updates) is the lease named `LEADER`. (The outbox senders keep
their own heartbeats, in bot.store.outbox, to share the flood limit.) Every function runs in the caller's session; commit promptly so other workers see the change.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import String, delete, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.store.base import Base, conflict_insert

LEADER = "leader"


class Lease(Base):
    """A named lock held by `owner` until `expires_at`; `heartbeat` is the holder's last renewal."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    owner: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[datetime]
    heartbeat: Mapped[datetime]


def try_acquire(session: Session, name: str, owner: str, now: datetime, ttl: timedelta) -> bool:
    """Take the lease `name` for `owner` until now + ttl, if it is free, expired or already ours."""
    expires_at = now + ttl
    statement = (
        conflict_insert(session, Lease)
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
