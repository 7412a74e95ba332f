"""Shared fixtures: real databases (an SQLite file, and the PostgreSQL on 127.0.0.1:5432).

PostgreSQL tests skip on a machine without the server, except under CI=true, where a missing server
fails the run: CI must exercise both backends.

Both are migrated once per run by the real migrations: each test gets a copy of a migrated SQLite
file, and on PostgreSQL a database of this run (uniquely named, so runs side by side are safe)
emptied before each test, its ids starting at 1 again. Creating a database per test cost a quarter
of a second on PostgreSQL and a twentieth on SQLite, most of the suite's setup time.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

import bot.store  # noqa: F401  (registers every model, so every table is emptied)
from bot.store.base import Base, make_engine, make_session_factory, upgrade


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: two workers per core, at most eight. Most of the suite's time is waiting (a chat's
    paced replies, subprocesses starting, timeouts running out), which a second worker on the same
    core fills with work; one per core left each core idle for about half of the run."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(2 * (cores or 1), 8)


PG_ADMIN_URL = os.environ.get(
    "REPATWATCH_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _postgres_or_skip() -> None:
    try:
        import psycopg  # noqa: F401

        probe = create_engine(PG_ADMIN_URL, poolclass=NullPool)
        try:
            with probe.connect() as conn:
                conn.execute(text("SELECT 1"))
        finally:
            probe.dispose()
    except Exception as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL at {PG_ADMIN_URL} is required under CI=true: {exc}")
        pytest.skip(f"no PostgreSQL at {PG_ADMIN_URL}: {exc}")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file migrated once, by the real migrations, that each test's file copies."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    """A migrated SQLite database file of this test's own."""
    path = tmp_path / "repatwatch.db"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


def _pg_url(name: str) -> str:
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """This run's PostgreSQL database, migrated once by the real migrations, dropped at the end."""
    _postgres_or_skip()
    name = f"rw_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        migrated = make_engine(_pg_url(name), poolclass=NullPool)
        upgrade(migrated)
        migrated.dispose()
        yield _pg_url(name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _emptied(url: str) -> None:
    """Every table of the migrated schema emptied and every id counter back to 1; connections a
    previous test left open (a killed worker's, say) are closed first, so nothing holds a lock."""
    tables = [t.name for t in reversed(Base.metadata.sorted_tables)]
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
            for table in tables:
                conn.execute(text(f'DELETE FROM "{table}"'))
            sequences = conn.scalars(text("SELECT sequencename FROM pg_sequences")).all()
            for sequence in sequences:
                conn.execute(text(f'ALTER SEQUENCE "{sequence}" RESTART WITH 1'))
    finally:
        engine.dispose()


@pytest.fixture
def postgres_url(postgres_database: str) -> str:
    """This run's PostgreSQL database, migrated and empty, for one test."""
    _emptied(postgres_database)
    return postgres_database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """A migrated, empty database's URL, once per backend."""
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    url: str = request.getfixturevalue(fixture)
    return url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on a migrated, empty database, once per backend."""
    eng = make_engine(database_url)
    yield eng
    eng.dispose()


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)
