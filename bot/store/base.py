"""Engine, sessions, schema upgrades and the database threads: how the rest reaches the database.

SQLite (the default, a file in WAL mode) and PostgreSQL are both first-class; any SQLAlchemy URL works.
A session lives for one unit of work (`with session_scope(factory) as s:`), never shared. Async code
runs its units of work through a `DbRunner`, on threads of the runner's own, so the event loop never
waits on SQL. `Session` is re-exported as the opaque handle the application passes to store functions.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import DateTime, Engine, MetaData, create_engine, event, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from bot.domain import StoreError

__all__ = [
    "Base",
    "Database",
    "DbRunner",
    "Session",
    "conflict_insert",
    "is_sqlite",
    "make_engine",
    "make_session_factory",
    "session_scope",
    "upgrade",
]

P = ParamSpec("P")
T = TypeVar("T")

# The copy of db/ a regular install ships inside the package (setup.py), else the checkout's.
_SHIPPED_MIGRATIONS = Path(__file__).resolve().parents[1] / "db"
MIGRATIONS_DIR = (
    _SHIPPED_MIGRATIONS
    if _SHIPPED_MIGRATIONS.is_dir()
    else Path(__file__).resolve().parents[2] / "db"
)
DEFAULT_DATABASE_URL = "sqlite:///repatwatch.db"

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend (SQLite drops the offset otherwise)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def bind_processor(self, dialect: Any) -> Callable[[datetime | None], Any] | None:
        """The processor TypeDecorator builds (this class's conversion, then the dialect's),
        converting each value once in a row: a batch of rows repeats one `now` in several
        columns, and SQLite's datetime formatting was a tenth of storing a feed."""
        process = super().bind_processor(dialect)
        if process is None:
            return None
        last: list[tuple[datetime | None, Any]] = [(None, None)]  # one tuple: swapped atomically

        def converted(value: datetime | None) -> Any:
            seen, result = last[0]
            if value is None or value is not seen:
                result = process(value)
                last[0] = (value, result)
            return result

        return converted

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime()}  # noqa: RUF012


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for `url`; SQLite files get WAL, a busy timeout and enforced foreign keys."""
    if is_sqlite(url):
        kwargs.setdefault("connect_args", {"timeout": 30})
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


# Pages the WAL may hold before a commit copies them back into the database file (SQLite's
# default is 1,000). A first poll commits each feed's reports, sightings, archive copies and case
# rows on its own, a few hundred pages each, many of them the same index pages again: copied back
# every few commits, they were a fifth of the commits' CPU; every 10,000 pages (a WAL of up to
# 40 MB on disk), each is copied once per several dozen commits.
WAL_CHECKPOINT_PAGES = 10_000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
    cursor.close()


def conflict_insert(session: Session, table: Any) -> Any:
    """The dialect's INSERT, the one with ON CONFLICT DO NOTHING / DO UPDATE."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return sqlite.insert(table)
    if dialect == "postgresql":
        return postgresql.insert(table)
    raise StoreError(f"repatwatch needs SQLite or PostgreSQL, not {dialect}")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` with the Alembic migrations in db/."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Several workers may start at once on one database: one migrates, the others wait.
            connection.execute(text("SELECT pg_advisory_xact_lock(7335001)"))
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


class DbRunner:
    """Runs units of work on threads of its own: `await db(work, *args)` is `work(session, *args)`
    in a fresh session, committed on success and rolled back on any error.

    Each part of the service has its own runner, sized for it: the outbox sender one thread (its
    writes in order, never queued behind a poll's long transaction), the poller one on SQLite (whose
    writers queue anyway) and a few on PostgreSQL, the Telegram front end a few.
    """

    def __init__(
        self, factory: sessionmaker[Session], *, threads: int = 1, name: str = "db"
    ) -> None:
        self.factory = factory
        self._threads = threads
        self._name = name
        self._executor: ThreadPoolExecutor | None = None

    async def __call__(
        self, work: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        def unit() -> T:
            with session_scope(self.factory) as session:
                return work(session, *args, **kwargs)

        if self._executor is None:
            self._executor = ThreadPoolExecutor(self._threads, thread_name_prefix=self._name)
        return await asyncio.get_running_loop().run_in_executor(self._executor, unit)

    @property
    def threads(self) -> int:
        """How many units of work may run at once."""
        return self._threads

    def close(self) -> None:
        """Let the threads go once their work is done (the runner starts new ones if used again)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None


class Database:
    """One database: its engine, its sessions, and the runners that reach it from async code."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self.factory = make_session_factory(self.engine)
        self._runners: list[DbRunner] = []

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def upgrade(self) -> None:
        upgrade(self.engine)

    def runner(self, name: str, *, threads: int = 1) -> DbRunner:
        """A runner of its own for one part of the service (see DbRunner)."""
        runner = DbRunner(self.factory, threads=threads, name=name)
        self._runners.append(runner)
        return runner

    def sync(
        self, work: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """`work(session, *args)` in one transaction, in the calling thread."""
        with session_scope(self.factory) as session:
            return work(session, *args, **kwargs)

    def close(self) -> None:
        for runner in self._runners:
            runner.close()
        self.engine.dispose()
