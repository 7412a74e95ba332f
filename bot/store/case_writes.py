"""Linking's writes for one feed's reports, held in memory and made together in a few statements.

Filing an alert writes its member row, its case's headline columns, maybe the case's timeline and
places. Made one alert at a time (`case_rows.file_member`), that took two to five statements per
alert. `CaseWrites.file` folds the alert in as `file_member` does and holds the writes until
`flush`: one executemany INSERT of the member rows (in the order they were filed, so their ids
keep that order; handed to the driver as tuples, `bot.store.bulk`: through SQLAlchemy's
executemany, converting each row's dozen values key by key cost more than SQLite's own work for
them), one executemany UPDATE of the headline of each case touched (its state after
the last alert), the timelines that changed, and the new places. A case is still inserted at
once, since its id is needed; what is held is written when the transaction commits at the latest.
Until then the database is behind for the cases touched, so linking takes those from `records`
instead of the database (bot.store.case_candidates decides from a record which of them it would
have selected).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, delete, event
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from bot.cases import CaseRecord, ReportRef, StatusChange
from bot.store.bulk import RowsInsert, RowsUpdate
from bot.store.case_rows import (
    HEADLINE_COLUMNS,
    Case,
    CaseEvent,
    CasePlace,
    CaseReport,
    Folded,
    fold_member,
    headline,
    timeline_rows,
)

_CASES: Table = Case.__table__  # type: ignore[assignment]
_MEMBERS: Table = CaseReport.__table__  # type: ignore[assignment]
_EVENTS: Table = CaseEvent.__table__  # type: ignore[assignment]
_PLACES: Table = CasePlace.__table__  # type: ignore[assignment]
# Built once, and run on the session's connection: a statement built and sent through the ORM's
# execution path for every feed cost more than the rows it wrote; the headlines and timelines go
# to the driver as tuples (bot.store.bulk), as the members do: SQLAlchemy's executemany of
# dictionaries cost a fifth of a feed's case writes.
_WRITE_HEADLINES = RowsUpdate(_CASES, "id", HEADLINE_COLUMNS)
_CLEAR_TIMELINES = delete(_EVENTS).where(_EVENTS.c.case_id == bindparam("case_id"))
_MEMBER_COLUMNS = tuple(c.name for c in _MEMBERS.c if c.name != "id")
_ADD_MEMBERS = RowsInsert(_MEMBERS, _MEMBER_COLUMNS, skip_conflicts=False)
_EVENT_COLUMNS = tuple(c.name for c in _EVENTS.c if c.name != "id")
_ADD_EVENTS = RowsInsert(_EVENTS, _EVENT_COLUMNS, skip_conflicts=False)
_ADD_PLACES = RowsInsert(_PLACES, ("case_id", "key", "mention"))  # a place a case has is kept


class CaseWrites:
    """The case writes of one unit of work, not yet made (see the module docstring)."""

    def __init__(self, now: datetime) -> None:
        self._now = now
        self._members: list[dict[str, Any]] = []
        self._records: dict[int, CaseRecord] = {}
        self._stored_timelines: dict[int, tuple[StatusChange, ...]] = {}  # as the rows hold it
        self._places: dict[tuple[str, bool, int], dict[str, Any]] = {}
        self._watching: set[int] = set()  # sessions that flush us before they commit

    @property
    def records(self) -> Mapping[int, CaseRecord]:
        """The cases touched and not yet written, by id, as they now are."""
        return self._records

    def file(
        self,
        session: Session,
        before: CaseRecord | None,
        row: dict[str, Any],
        member: ReportRef | None = None,
    ) -> CaseRecord:
        """`bot.store.case_rows.file_member`, its writes held (a new case's row aside); `member`
        as `fold_member` takes it."""
        if id(session) not in self._watching:  # a unit of work never commits half its links
            self._watching.add(id(session))
            event.listen(session, "before_commit", self.flush)
        folded = fold_member(session, before, row, self._now, member)
        self._hold(folded)
        return folded.record

    def _hold(self, folded: Folded) -> None:
        case_id = folded.case_id
        self._members.append(folded.member)
        self._records[case_id] = folded.record
        self._stored_timelines.setdefault(case_id, folded.stored_timeline)
        for place in folded.places:
            self._places.setdefault((place["key"], place["mention"], case_id), place)

    def flush(self, session: Session) -> None:
        """Make every write held, in the caller's transaction."""
        if not self._members:
            return
        _ADD_MEMBERS(session, [tuple(m[c] for c in _MEMBER_COLUMNS) for m in self._members])
        connection = session.connection()
        touched = sorted(self._records)  # one order for every worker
        heads = [(i, headline(self._records[i], self._now)) for i in touched]
        _WRITE_HEADLINES(session, [(i, *(h[c] for c in HEADLINE_COLUMNS)) for i, h in heads])
        changed = [i for i in touched if self._records[i].timeline != self._stored_timelines[i]]
        cleared = [{"case_id": i} for i in changed if self._stored_timelines[i]]
        if cleared:
            connection.execute(_CLEAR_TIMELINES, cleared)
        events = [row for i in changed for row in timeline_rows(i, self._records[i])]
        if events:
            _ADD_EVENTS(session, [tuple(e[c] for c in _EVENT_COLUMNS) for e in events])
        _ADD_PLACES(
            session, [(p["case_id"], p["key"], p["mention"]) for p in self._places.values()]
        )
        for case_id in touched:
            loaded = session.identity_map.get(identity_key(Case, case_id))
            if loaded is not None:
                session.expire(loaded)
        self._members, self._records, self._stored_timelines, self._places = [], {}, {}, {}
