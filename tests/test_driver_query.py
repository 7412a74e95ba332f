"""A query run on the driver's cursor gives the rows SQLAlchemy's own execution gives, on SQLite and
PostgreSQL: dates and times converted both ways, IN lists of every length, fixed lists kept."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Table, bindparam, insert, or_, select
from sqlalchemy.orm import Session, sessionmaker

from bot.store.base import session_scope
from bot.store.case_rows import Case, CasePlace
from bot.store.driver_query import DriverQuery

CASES: Table = Case.__table__  # type: ignore[assignment]
PLACES: Table = CasePlace.__table__  # type: ignore[assignment]
NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
KEYS = ["dandong", "shenyang", "yanji", "tumen", "hunchun"]

c, p = CASES.c, PLACES.c
QUERY = (
    select(c.id, c.updated_at, c.report_count, c.last_seen)
    .where(
        or_(c.last_seen.is_(None), c.last_seen >= bindparam("since")),
        c.id.in_(select(p.case_id).where(p.key.in_(bindparam("near", expanding=True)))),
        c.place_key.not_in(["vladivostok", "hanoi"]),  # a list written into the query
    )
    .order_by(c.id)
)


def fill(session: Session) -> None:
    cases = [
        {
            "title": f"case {n}",
            "corroboration": "single_report",
            "report_count": n,
            "created_at": NOW,
            "updated_at": NOW + timedelta(minutes=n),
            "last_seen": date(2026, 1, 1) + timedelta(days=10 * n) if n % 3 else None,
            "place_key": KEYS[n % len(KEYS)] if n != 7 else "hanoi",
        }
        for n in range(1, 13)
    ]
    session.execute(insert(CASES), cases)
    ids = session.scalars(select(c.id).order_by(c.id)).all()
    rows = [
        {"case_id": i, "key": KEYS[n % len(KEYS)], "mention": False} for n, i in enumerate(ids)
    ]
    session.execute(insert(PLACES), rows)


@pytest.mark.parametrize(
    "params",
    [
        {"since": date(2026, 1, 25), "near": ["shenyang"]},
        {"since": date(2026, 1, 1), "near": ["dandong", "yanji", "tumen"]},
        {"since": date(2025, 6, 1), "near": KEYS},
        {"since": date(2027, 1, 1), "near": ["nowhere"]},
        {"since": date(2026, 1, 1), "near": []},
    ],
    ids=["one key", "three keys", "every key", "nothing matches", "an empty list"],
)
def test_rows_are_those_sqlalchemy_gives(
    session_factory: sessionmaker[Session], params: dict[str, Any]
) -> None:
    query = DriverQuery(QUERY, lists=("near",))
    with session_scope(session_factory) as s:
        fill(s)
        expected = [tuple(row) for row in s.execute(QUERY, params)]
        assert query.rows(s, params) == expected
        assert query.rows(s, params) == expected  # and again, from the statement kept


def test_times_come_back_aware_and_in_utc(session_factory: sessionmaker[Session]) -> None:
    query = DriverQuery(QUERY, lists=("near",))
    with session_scope(session_factory) as s:
        fill(s)
        rows = query.rows(s, {"since": date(2025, 1, 1), "near": ["shenyang"]})
    assert rows
    assert all(row[1].tzinfo is not None and row[1].utcoffset() == timedelta(0) for row in rows)


def test_lists_of_other_lengths_get_their_own_statement(
    session_factory: sessionmaker[Session],
) -> None:
    """A statement kept for two keys is never used for three: each length of list is expanded."""
    query = DriverQuery(QUERY, lists=("near",))
    with session_scope(session_factory) as s:
        fill(s)
        two = query.rows(s, {"since": date(2025, 1, 1), "near": ["dandong", "yanji"]})
        three = query.rows(s, {"since": date(2025, 1, 1), "near": ["dandong", "yanji", "tumen"]})
    assert {row[0] for row in two} < {row[0] for row in three}
