"""Secrets the service makes for itself and keeps in the database, shared by every worker.

The webhook's secret token (when the operator gives none) and the key of the feedback pseudonyms
are made once, on first use, and stored under a name; every worker on the database then uses the
same value, and a restart keeps it (a new pseudonym key would split one person's feedback in two).
The first writer wins a race (INSERT ... ON CONFLICT DO NOTHING, then read). The values never
leave the database except to Telegram (the webhook secret) and never reach a log.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.store.base import Base, conflict_insert

WEBHOOK_SECRET = "webhook_secret"
FEEDBACK_KEY = "feedback_key"


class StoredKey(Base):
    __tablename__ = "service_keys"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(256))
    created_at: Mapped[datetime]


def new_secret() -> str:
    """256 random bits in the characters Telegram allows in a webhook secret (A-Z a-z 0-9 _ -)."""
    return secrets.token_urlsafe(32)


def stored_key(session: Session, name: str, *, now: datetime) -> str:
    """The secret stored under `name`, made and stored first if there is none yet."""
    session.execute(
        conflict_insert(session, StoredKey)
        .values(name=name, value=new_secret(), created_at=now)
        .on_conflict_do_nothing(index_elements=[StoredKey.name])
    )
    value = session.scalar(select(StoredKey.value).where(StoredKey.name == name))
    assert value is not None, "a key inserted or found above"
    return value
