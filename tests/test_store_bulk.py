"""Rows written through the driver (bot.store.bulk), on SQLite and PostgreSQL: the same rows as
SQLAlchemy's own statements write."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.cases import build_record, make_ref
from bot.store.base import session_scope
from bot.store.bulk import RowsInsert, RowsUpdate
from bot.store.case_rows import HEADLINE_COLUMNS, Case, CasePlace, headline
from tests.test_case_candidates import START, places, report

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
_CASES: Table = Case.__table__  # type: ignore[assignment]
_PLACES: Table = CasePlace.__table__  # type: ignore[assignment]


def _case(n: int) -> Case:
    return Case(
        title=f"case {n}",
        corroboration="single_report",
        report_count=1,
        created_at=NOW,
        updated_at=NOW,
    )


def _heads(ids: list[int]) -> list[dict[str, Any]]:
    """Headline columns of every type the table has: text, none, dates, a flag, a timestamp."""
    return [
        {
            "title": f"Arrest in town {i}",
            "country": "CN" if i % 2 else None,
            "place": "a town" if i % 2 else None,
            "place_key": f"town-{i}",
            "status": "arrested",
            "corroboration": "corroborated",
            "report_count": i + 3,
            "first_seen": date(2026, 11, 1) + timedelta(days=i),
            "last_seen": date(2026, 11, 9) + timedelta(days=i),
            "named": bool(i % 2),
            "updated_at": NOW + timedelta(minutes=i),
        }
        for i in ids
    ]


def _read(session: Session) -> list[tuple[Any, ...]]:
    columns = [_CASES.c.id, *(_CASES.c[name] for name in HEADLINE_COLUMNS)]
    return [tuple(row) for row in session.execute(select(*columns).order_by(_CASES.c.id))]


def test_rows_updated_through_the_driver_are_those_sqlalchemy_updates(
    session_factory: sessionmaker[Session],
) -> None:
    with session_scope(session_factory) as s:
        s.add_all([_case(n) for n in range(6)])
    with session_scope(session_factory) as s:
        ids = [row[0] for row in _read(s)]
        heads = _heads(ids[:2])
        by_driver = RowsUpdate(_CASES, "id", HEADLINE_COLUMNS)
        by_driver(
            s, [(i, *(h[c] for c in HEADLINE_COLUMNS)) for i, h in zip(ids, heads, strict=False)]
        )
        by_driver(s, [])  # nothing to write
        s.connection().execute(  # the same values, through SQLAlchemy, into the next two cases
            update(_CASES).where(_CASES.c.id == bindparam("case_id")),
            [{"case_id": i, **h} for i, h in zip(ids[2:4], heads, strict=True)],
        )
    with session_scope(session_factory) as s:
        rows = _read(s)
    assert [r[1:] for r in rows[:2]] == [r[1:] for r in rows[2:4]]
    assert rows[0][1:] == tuple(_heads(ids[:1])[0].values())
    assert [r[1] for r in rows[4:]] == ["case 4", "case 5"]  # the others left alone


def test_the_headline_columns_are_those_a_case_s_headline_gives() -> None:
    doc, verdict = report(random.Random(7), places()[0], START)
    record = build_record("C1", [make_ref(doc, verdict)])
    assert tuple(headline(record, NOW)) == HEADLINE_COLUMNS


def test_rows_inserted_with_returning_give_back_the_new_rows_only(
    session_factory: sessionmaker[Session],
) -> None:
    with session_scope(session_factory) as s:
        s.add_all([_case(n) for n in range(2)])
    with session_scope(session_factory) as s:
        first, second = (row[0] for row in _read(s))
        insert = RowsInsert(_PLACES, ("case_id", "key", "mention"), returning=("case_id", "key"))
        rows = [(first, f"town-{n}", n % 2 == 0) for n in range(70)]  # more than one chunk
        assert sorted(insert.returning(s, rows)) == sorted((first, f"town-{n}") for n in range(70))
        again = [(first, "town-3", False), (second, "town-3", True), (first, "town-71", True)]
        assert sorted(insert.returning(s, again)) == [(first, "town-71"), (second, "town-3")]
    with session_scope(session_factory) as s:
        kept = s.execute(select(_PLACES.c.case_id, _PLACES.c.key, _PLACES.c.mention)).all()
    assert sorted(kept) == sorted([*rows, again[1], again[2]])


def test_no_rows_insert_and_update_nothing_and_return_nothing(
    session_factory: sessionmaker[Session],
) -> None:
    with session_scope(session_factory) as s:
        s.add(_case(0))
    with session_scope(session_factory) as s:
        insert = RowsInsert(_PLACES, ("case_id", "key", "mention"), returning=("case_id", "key"))
        assert insert.returning(s, []) == []
        assert insert(s, []) == 0
        RowsUpdate(_CASES, "id", ("title",))(s, [])
    with session_scope(session_factory) as s:
        assert s.execute(select(_PLACES.c.key)).all() == []
        assert [row[1] for row in _read(s)] == ["case 0"]
