"""Many rows into one table at once, as plain tuples handed to the driver's executemany.

`RowsInsert` is an INSERT ... ON CONFLICT DO NOTHING of fixed columns, compiled by SQLAlchemy once
per dialect (so its SQL, quoting and casts are SQLAlchemy's), whose rows are tuples of values: each
value goes through its column type's bind conversion for the dialect, as SQLAlchemy would convert
it, and the rows go to the driver in one executemany. SQLAlchemy's own executemany builds a
parameter dictionary per row and converts it key by key (`construct_params`): on a first poll that
cost more than SQLite's own work for the rows. Same rows, same constraints, same transaction (the
session's); only for statements that return no rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Dialect, Table

from bot.store.base import Session, conflict_insert

_Convert = Callable[[Any], Any] | None


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    positional: bool  # qmark (SQLite) or named (psycopg) parameters
    converts: tuple[_Convert, ...]


class RowsInsert:
    """INSERT ... ON CONFLICT DO NOTHING into `table` of rows given as tuples of `columns`."""

    def __init__(self, table: Table, columns: Sequence[str]) -> None:
        self._table = table
        self._columns = tuple(columns)
        self._compiled: dict[str, _Compiled] = {}  # by dialect name

    def __call__(self, session: Session, rows: Sequence[Sequence[Any]]) -> int:
        """Insert `rows` in the session's transaction; how many were new (not in conflict)."""
        if not rows:
            return 0
        connection = session.connection()
        compiled = self._for(session, connection.dialect)
        converts = compiled.converts
        values = [
            tuple(v if c is None else c(v) for v, c in zip(row, converts, strict=True))
            for row in rows
        ]
        params: list[Any] = (
            values
            if compiled.positional
            else [dict(zip(self._columns, v, strict=True)) for v in values]
        )
        return connection.exec_driver_sql(compiled.sql, params).rowcount

    def _for(self, session: Session, dialect: Dialect) -> _Compiled:
        compiled = self._compiled.get(dialect.name)
        if compiled is None:
            statement = conflict_insert(session, self._table).on_conflict_do_nothing()
            sql = statement.compile(dialect=dialect, column_keys=list(self._columns))
            if sql.positional and tuple(sql.positiontup or ()) != self._columns:
                raise ValueError(f"{self._table.name}: columns compiled out of order")
            converts = tuple(
                self._table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                for name in self._columns
            )
            compiled = self._compiled[dialect.name] = _Compiled(str(sql), sql.positional, converts)
        return compiled
