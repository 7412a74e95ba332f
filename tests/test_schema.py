"""The Alembic migrations build exactly the schema the models describe, on every backend."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine

from bot.store.base import Base


def test_migrations_match_the_models(engine: Engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_upgrade_twice_is_harmless(engine: Engine) -> None:
    from bot.store.base import upgrade

    upgrade(engine)
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() is not None


def test_times_written_in_one_batch_come_back_as_written_in_utc(engine: Engine) -> None:
    from datetime import UTC, datetime, timedelta, timezone

    from sqlalchemy import select

    from bot.store.base import make_session_factory, session_scope
    from bot.store.reports import _REPORTS, Report

    now = datetime(2026, 11, 23, 12, 0, 5, 250, tzinfo=UTC)
    seoul = timezone(timedelta(hours=9))
    published = [now, now - timedelta(days=1), None, now, now.astimezone(seoul), None]
    rows = [
        {"key": f"k{n}", "fingerprint": f"f{n}", "title": "t", "summary": "s",
         "published_at": when, "first_seen_at": now}
        for n, when in enumerate(published)
    ]  # fmt: skip
    factory = make_session_factory(engine)
    with session_scope(factory) as session:
        session.execute(_REPORTS.insert(), rows)
    with session_scope(factory) as session:
        read = session.execute(
            select(Report.published_at, Report.first_seen_at).order_by(Report.key)
        )
        assert list(read) == [(when, now) for when in published]
