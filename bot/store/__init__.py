"""Persistence: typed SQLAlchemy models and every query, one module per area.

Importing this package registers every model on `Base.metadata` (Alembic compares against it).
"""

from bot.store import (
    archive,
    cases,
    channels,
    chats,
    corrections,
    feedback,
    feeds,
    invites,
    keys,
    locks,
    outbox,
)
from bot.store.base import (
    Base,
    make_engine,
    make_session_factory,
    session_scope,
    upgrade,
)

__all__ = [
    "Base",
    "archive",
    "cases",
    "channels",
    "chats",
    "corrections",
    "feedback",
    "feeds",
    "invites",
    "keys",
    "locks",
    "make_engine",
    "make_session_factory",
    "outbox",
    "session_scope",
    "upgrade",
]
