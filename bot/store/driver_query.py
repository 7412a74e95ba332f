"""A Core SELECT run many times over: compiled once for each dialect and length of its IN lists,
then handed straight to the driver's cursor.

SQLAlchemy compiles a statement once, but each execution still expands its IN lists into the SQL
text (`expanding` parameters), builds an execution context and converts the parameters and rows
through it. For a small query run once per alert (linking's candidate cases) that was two thirds
of its cost, the database's own work the other third. `DriverQuery` keeps the SQL as SQLAlchemy
expands it for each combination of list lengths (a handful in practice), with the values written
into the statement, and converts parameters and results with the column types' own processors:
the same SQL, the same values, the same rows, in the caller's transaction (the session's
connection). Only statements without side effects belong here: the driver's cursor skips
SQLAlchemy's execution events.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Dialect, Select
from sqlalchemy.orm import Session

_Convert = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    positional: bool  # qmark (SQLite): the values in order; else by name (psycopg)
    names: tuple[str, ...]  # the parameters the statement takes, in order when positional
    fixed: Mapping[str, Any]  # values written into the statement, converted
    converts: tuple[tuple[str, _Convert], ...]  # for the values given per execution
    results: tuple[tuple[int, _Convert], ...]  # (column, conversion) of the row values


class DriverQuery:
    """`statement`, whose expanding IN parameters are `lists`, run on the driver's cursor."""

    def __init__(self, statement: Select[*tuple[Any, ...]], *, lists: Sequence[str] = ()) -> None:
        self._statement = statement
        self._lists = frozenset(lists)
        self._compiled: dict[tuple[str, tuple[tuple[str, int], ...]], _Compiled] = {}

    def rows(self, session: Session, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """The rows the statement selects with `params`, as `Connection.execute` gives them."""
        connection = session.connection()
        dialect = connection.dialect
        lengths = tuple(sorted((n, len(params[n])) for n in self._lists if n in params))
        compiled = self._compiled.get((dialect.name, lengths))
        if compiled is None:
            compiled = self._compiled[dialect.name, lengths] = self._compile(dialect, params)
        values = self._values(compiled, params)
        cursor = connection.connection.cursor()
        try:
            cursor.execute(compiled.sql, values)
            found = cursor.fetchall()
        finally:
            cursor.close()
        if not compiled.results:
            return [tuple(row) for row in found]
        return [_converted(row, compiled.results) for row in found]

    def _given(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """The values given, each IN list spread over the names SQLAlchemy expands it to."""
        given: dict[str, Any] = {}
        for name, value in params.items():
            if name in self._lists:
                given.update((f"{name}_{n}", item) for n, item in enumerate(value, 1))
            else:
                given[name] = value
        return given

    def _values(self, compiled: _Compiled, params: Mapping[str, Any]) -> Any:
        values = {**compiled.fixed, **self._given(params)}
        for name, convert in compiled.converts:
            values[name] = convert(values[name])
        return (
            tuple(values[n] for n in compiled.names)
            if compiled.positional
            else {n: values[n] for n in compiled.names}
        )

    def _compile(self, dialect: Dialect, params: Mapping[str, Any]) -> _Compiled:
        compiled = self._statement.compile(dialect=dialect)
        expanded = compiled.construct_expanded_state(dict(params))
        used = expanded.parameters
        given = {n: v for n, v in self._given(params).items() if n in used}
        for name in self._lists & set(params) & set(compiled.binds):
            if any(f"{name}_{n}" not in given for n in range(1, len(params[name]) + 1)):
                raise ValueError(f"{name}: expanded otherwise than as {name}_1, {name}_2 ...")
        processors: dict[str, _Convert] = {}
        for name in used:
            bind = compiled.binds[name if name in compiled.binds else name.rsplit("_", 1)[0]]
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                processors[name] = process
        fixed = {
            name: processors[name](value) if name in processors else value
            for name, value in used.items()
            if name not in given
        }
        results = (
            column.type.dialect_impl(dialect).result_processor(dialect, None)
            for column in self._statement.selected_columns
        )
        positional = expanded.positiontup is not None
        return _Compiled(
            sql=expanded.statement,
            positional=positional,
            names=tuple(expanded.positiontup or ()) if positional else tuple(used),
            fixed=fixed,
            converts=tuple((n, p) for n, p in processors.items() if n in given),
            results=tuple((i, p) for i, p in enumerate(results) if p is not None),
        )


def _converted(row: Sequence[Any], results: tuple[tuple[int, _Convert], ...]) -> tuple[Any, ...]:
    values = list(row)
    for index, convert in results:
        values[index] = convert(values[index])
    return tuple(values)
