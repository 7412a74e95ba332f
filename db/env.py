"""Alembic environment: runs on the connection handed over by bot.store.base.upgrade, or a URL."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection

import bot.store  # noqa: F401  (registers every model)
from bot.store.base import Base, make_engine

target_metadata = Base.metadata


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    url = os.environ.get("REPATWATCH_DATABASE_URL", "sqlite:///repatwatch.db")
    with make_engine(url).begin() as conn:
        run(conn)
