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
class _Slot:
    """Where a value given per execution goes: its place (an index when positional, else a
    name), the parameter it comes from, which item of it when a list, and its conversion."""

    place: int | str
    param: str
    item: int | None
    convert: _Convert | None


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    positional: bool  # qmark (SQLite): the values in order; else by name (psycopg)
    # Every value the statement takes, those written into it converted already (None where a
    # slot fills it): copied, then filled, for each execution. Working the values out by name
    # each time (merging dictionaries, spreading the lists) cost a third of running the query.
    template: tuple[Any, ...] | Mapping[str, Any]
    slots: tuple[_Slot, ...]
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
        values: Any = list(compiled.template) if compiled.positional else dict(compiled.template)
        for slot in compiled.slots:
            value = params[slot.param]
            if slot.item is not None:
                value = value[slot.item]
            values[slot.place] = value if slot.convert is None else slot.convert(value)
        return values

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
        names = tuple(expanded.positiontup or ()) if positional else tuple(used)
        slots = tuple(
            _Slot(at if positional else name, *self._source(name, params), processors.get(name))
            for at, name in enumerate(names)
            if name in given
        )
        template: tuple[Any, ...] | dict[str, Any] = (
            tuple(fixed.get(name) for name in names)
            if positional
            else {name: fixed.get(name) for name in names}
        )
        return _Compiled(
            sql=expanded.statement,
            positional=positional,
            template=template,
            slots=slots,
            results=tuple((i, p) for i, p in enumerate(results) if p is not None),
        )

    def _source(self, name: str, params: Mapping[str, Any]) -> tuple[str, int | None]:
        """The parameter a value the statement takes comes from, and which item of it (as
        `_given` spreads the lists)."""
        if name in params:
            return name, None
        param, _, number = name.rpartition("_")
        if param not in self._lists or not number.isdigit():
            raise ValueError(f"{name}: not a parameter given, nor an item of a list")
        return param, int(number) - 1


def _converted(row: Sequence[Any], results: tuple[tuple[int, _Convert], ...]) -> tuple[Any, ...]:
    values = list(row)
    for index, convert in results:
        values[index] = convert(values[index])
    return tuple(values)
