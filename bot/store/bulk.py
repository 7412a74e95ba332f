"""Many rows into one table at once, as plain tuples handed to the driver.

`RowsInsert` is an INSERT ... ON CONFLICT DO NOTHING (or a plain INSERT) of fixed columns,
compiled by SQLAlchemy once per dialect (so its SQL, quoting and casts are SQLAlchemy's), whose
rows are tuples of values: each value goes through its column type's bind conversion for the
dialect, as SQLAlchemy would convert it. Without RETURNING the rows go to the driver's
executemany; with it, on psycopg to its executemany too (`returning=True`: a first poll of 200
feeds spent 0.46 CPU-s inserting its reports so, 0.72-1.17 in multi-row VALUES), and on SQLite,
whose executemany returns no rows, in multi-row VALUES statements of 1, 2, 4 ... CHUNK rows (a
handful of statements, each compiled once). SQLAlchemy's own executemany builds a parameter dictionary per
row and converts it key by key (`construct_params`): on a first poll that cost more than SQLite's
own work for the rows. Same rows, same constraints, same transaction (the session's).
`RowsUpdate` is the same for an UPDATE of fixed columns of many rows, each by its key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

from sqlalchemy import Connection, Dialect, Table, bindparam, update

from bot.store.base import Session, conflict_insert

CHUNK = 64  # rows in the largest multi-row statement: 64 x a dozen columns, far below any limit
_Convert = Callable[[Any], Any]
_UNSEEN = object()


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    names: tuple[str, ...] | None  # the parameters by name (psycopg), None: in order (SQLite)


class RowsInsert:
    """INSERT ... ON CONFLICT DO NOTHING into `table` of rows given as tuples of `columns`;
    with `skip_conflicts=False` a plain INSERT, which a row in conflict fails as SQLAlchemy's."""

    def __init__(
        self,
        table: Table,
        columns: Sequence[str],
        *,
        returning: Sequence[str] = (),
        skip_conflicts: bool = True,
    ) -> None:
        self._table = table
        self._columns = tuple(columns)
        self._returning = tuple(returning)
        self._skip_conflicts = skip_conflicts
        self._converted = _RowValues(table, self._columns)
        self._compiled: dict[tuple[str, int], _Compiled] = {}  # by dialect name and rows

    def __call__(self, session: Session, rows: Sequence[Sequence[Any]]) -> int:
        """Insert `rows` in the session's transaction; how many were new (not in conflict)."""
        if not rows:
            return 0
        connection = session.connection()
        dialect = connection.dialect
        compiled = self._statement(session, dialect, 0)
        values = self._converted(dialect, rows)
        names = compiled.names
        params: list[Any] = (
            values if names is None else [dict(zip(names, v, strict=True)) for v in values]
        )
        return connection.exec_driver_sql(compiled.sql, params).rowcount

    def returning(self, session: Session, rows: Sequence[Sequence[Any]]) -> list[Any]:
        """Insert `rows`; the `returning` columns of those that were new."""
        connection = session.connection()
        dialect = connection.dialect
        values = self._converted(dialect, rows)
        found: list[Any] = []
        single = self._statement(session, dialect, 0)
        if single.names is not None:  # psycopg: its executemany returns each row's RETURNING
            return _returned_many(connection, single, values)
        for start, size in _chunks(len(values)):
            compiled = self._statement(session, dialect, size)
            flat = tuple(chain.from_iterable(values[start : start + size]))
            params = (
                flat if compiled.names is None else dict(zip(compiled.names, flat, strict=True))
            )
            found += connection.exec_driver_sql(compiled.sql, params).all()
        return found

    def _statement(self, session: Session, dialect: Dialect, size: int) -> _Compiled:
        """The statement for `size` rows in one VALUES (RETURNING), or for executemany (0)."""
        compiled = self._compiled.get((dialect.name, size))
        if compiled is None:
            compiled = self._compiled[dialect.name, size] = self._compile(session, dialect, size)
        return compiled

    def _compile(self, session: Session, dialect: Dialect, size: int) -> _Compiled:
        statement = conflict_insert(session, self._table)
        if size:
            wanted = [f"r{n}_{name}" for n in range(size) for name in self._columns]
            statement = statement.values(
                [
                    {
                        name: bindparam(f"r{n}_{name}", type_=self._table.c[name].type)
                        for name in self._columns
                    }
                    for n in range(size)
                ]
            )
        else:
            wanted = list(self._columns)
        if self._skip_conflicts:
            statement = statement.on_conflict_do_nothing()
        if self._returning:
            statement = statement.returning(*(self._table.c[name] for name in self._returning))
        sql = statement.compile(dialect=dialect, column_keys=None if size else wanted)
        if sql.positional and list(sql.positiontup or ()) != wanted:
            raise ValueError(f"{self._table.name}: parameters compiled out of order")
        return _Compiled(str(sql), None if sql.positional else tuple(wanted))


def _returned_many(
    connection: Connection, compiled: _Compiled, values: Sequence[tuple[Any, ...]]
) -> list[Any]:
    """The RETURNING rows of `compiled` run for each of `values`, in one executemany (psycopg)."""
    if not values:
        return []
    names = compiled.names or ()
    params = [dict(zip(names, v, strict=True)) for v in values]
    found: list[Any] = []
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(compiled.sql, params, returning=True)  # type: ignore[call-arg]
        while True:
            found += cursor.fetchall()
            if not cursor.nextset():
                return found
    finally:
        cursor.close()


class RowsUpdate:
    """UPDATE `table` SET `columns` WHERE `key` = ..., in one executemany on the driver, of rows
    given as tuples: the key's value, then the columns' (converted as `RowsInsert` converts
    them). SQLAlchemy's executemany built and converted a parameter dictionary per row."""

    def __init__(self, table: Table, key: str, columns: Sequence[str]) -> None:
        self._table = table
        self._names = (key, *columns)  # the values of a row, in order
        self._key = key
        self._columns = tuple(columns)
        # Parameters named apart from the columns (SQLAlchemy keeps those names for itself).
        self._params = (f"k_{key}", *(f"v_{name}" for name in columns))
        self._converted = _RowValues(table, self._names)
        self._compiled: dict[str, _Compiled] = {}  # by dialect name

    def __call__(self, session: Session, rows: Sequence[Sequence[Any]]) -> None:
        """Update the rows in the session's transaction."""
        if not rows:
            return
        connection = session.connection()
        dialect = connection.dialect
        compiled = self._compiled.get(dialect.name)
        if compiled is None:
            compiled = self._compiled[dialect.name] = self._compile(dialect)
        values = self._converted(dialect, rows)
        order = compiled.names
        params: list[Any] = (
            [v[1:] + v[:1] for v in values]  # SET's values first, the key's last
            if order is None
            else [dict(zip(order, v, strict=True)) for v in values]
        )
        connection.exec_driver_sql(compiled.sql, params)

    def _compile(self, dialect: Dialect) -> _Compiled:
        c = self._table.c
        key, *values = (
            bindparam(param, type_=c[name].type)
            for param, name in zip(self._params, self._names, strict=True)
        )
        statement = (
            update(self._table)
            .where(c[self._key] == key)
            .ordered_values(*zip((c[name] for name in self._columns), values, strict=True))
        )
        sql = statement.compile(dialect=dialect)
        if sql.positional:
            if list(sql.positiontup or ()) != [*self._params[1:], self._params[0]]:
                raise ValueError(f"{self._table.name}: parameters compiled out of order")
            return _Compiled(str(sql), None)
        return _Compiled(str(sql), self._params)


class _RowValues:
    """Rows of values for `names`, checked for width and converted as the dialect binds each
    column (cached by dialect name)."""

    def __init__(self, table: Table, names: Sequence[str]) -> None:
        self._table = table
        self._names = tuple(names)
        self._converts: dict[str, tuple[tuple[int, _Convert], ...]] = {}  # by dialect name

    def __call__(self, dialect: Dialect, rows: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
        converts = self._converts.get(dialect.name)
        if converts is None:
            converts = self._converts[dialect.name] = _conversions(
                self._table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                for name in self._names
            )
        if not rows:
            return []  # zip(*rows) below would give no columns to convert
        width = len(self._names)
        for row in rows:
            if len(row) != width:
                raise ValueError(f"{self._table.name}: a row of {len(row)} values, not {width}")
        if not converts:
            return [tuple(row) for row in rows]
        # Column by column: the rows taken apart and put back together by zip cost less than a
        # loop over every value of every row (a quarter of the rows' conversion on SQLite).
        columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
        for index, convert in converts:
            columns[index] = _column_converted(columns[index], convert)
        return list(zip(*columns, strict=True))


def _conversions(processors: Iterable[_Convert | None]) -> tuple[tuple[int, _Convert], ...]:
    """(column index, bind conversion) of the columns the dialect converts: most need none (text,
    numbers), and a row's values are converted only where one does."""
    return tuple((i, p) for i, p in enumerate(processors) if p is not None)


def _column_converted(values: Sequence[Any], convert: _Convert) -> list[Any]:
    """`convert` of each value, each value object converted once: rows repeat one `now`, or one
    verdict dictionary, and the objects outlive the call (the rows hold them), so an id names
    one of them."""
    done: dict[int, Any] = {}
    converted = []
    for value in values:
        result = done.get(id(value), _UNSEEN)
        if result is _UNSEEN:
            result = done[id(value)] = convert(value)
        converted.append(result)
    return converted


def _chunks(count: int) -> Iterator[tuple[int, int]]:
    """(start, size) covering `count` rows with sizes of CHUNK, then powers of two."""
    start = 0
    size = CHUNK
    while start < count:
        while size > count - start:
            size //= 2
        yield start, size
        start += size
