"""Rows of the cases area: the tables, case ids as people type them, and rebuilding a record.

The rows are the source of truth: a case's member reports (`case_reports`, one case per report) and
its operator corrections (`case_corrections`). `load_record` rebuilds the record from them with the
pure `bot.cases.build_record`; `refresh` does so after a change and rewrites the case's headline
columns (title, status, dates) and timeline (`case_events`), so queries can filter without
rebuilding; `write_record` does the rewriting alone, for linking, which folds the new member into
the record it already has instead of reading every row again. Operators' choices are data linking
reads: `merged_into_id` redirects a merged case, `case_cannot_link` holds reports split out of a
case, `closed_at` stops a case taking reports.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.orm.util import identity_key

from bot.cases import CaseRecord, ReportRef, StatusChange, build_record
from bot.codec import facts_from_json
from bot.domain import RepatwatchError, Status
from bot.store.base import Base


class CaseError(RepatwatchError):
    """A case command cannot be carried out (unknown case, report not in the case, ...)."""


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    place: Mapped[str | None] = mapped_column(Text)
    place_key: Mapped[str | None] = mapped_column(String(64), index=True)
    status: Mapped[str | None] = mapped_column(String(32))
    corroboration: Mapped[str] = mapped_column(String(32))
    report_count: Mapped[int] = mapped_column(Integer)
    first_seen: Mapped[date | None] = mapped_column(Date)
    last_seen: Mapped[date | None] = mapped_column(Date, index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(String(200))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))


class CaseReport(Base):
    """A report's membership of a case, with what linking needs to compare it again."""

    __tablename__ = "case_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # "main"; "secondary" is reserved
    report_date: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    lang: Mapped[str | None] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)
    secondary: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    signature: Mapped[list[int]] = mapped_column(JSON)
    places: Mapped[list[str]] = mapped_column(JSON)
    mentions: Mapped[list[str]] = mapped_column(JSON)
    score: Mapped[float] = mapped_column(Float)
    why: Mapped[list[str]] = mapped_column(JSON)
    linked_at: Mapped[datetime]


class CaseEvent(Base):
    """One entry of a case's status timeline, as last rebuilt."""

    __tablename__ = "case_events"
    __table_args__ = (UniqueConstraint("case_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(32))
    on_date: Mapped[date | None] = mapped_column(Date)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id"))
    source: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str | None] = mapped_column(String(200))


class CaseCorrection(Base):
    """An operator's correction: merge, split, set_status or close; who and when."""

    __tablename__ = "case_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    other_case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id"))
    status: Mapped[str | None] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime]
    note: Mapped[str | None] = mapped_column(Text)


class CaseCannotLink(Base):
    """A report an operator split out of a case: linking never puts it back there."""

    __tablename__ = "case_cannot_link"

    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)


_CASES: Table = Case.__table__  # type: ignore[assignment]
_MEMBERS: Table = CaseReport.__table__  # type: ignore[assignment]
_EVENTS: Table = CaseEvent.__table__  # type: ignore[assignment]
_CASE_ID = re.compile(r"^\s*(?:[cC]|#)?(\d{1,12})\s*$")


def parse_case_id(value: str | int) -> int:
    """The database id of a case written "C42", "#42" or "42"; CaseError otherwise."""
    if isinstance(value, int):
        return value
    match = _CASE_ID.match(value)
    if match is None:
        raise CaseError(f"{value!r} is not a case id (write it like C42)")
    return int(match.group(1))


def case_label(case_id: int) -> str:
    return f"C{case_id}"


# Built once: linking writes a case for every alert, and building a statement costs more than
# running it. Executed with the values of one case (SET takes the columns, WHERE the case_id).
_WRITE_HEADLINE = update(_CASES).where(_CASES.c.id == bindparam("case_id"))
_CLEAR_TIMELINE = delete(_EVENTS).where(_EVENTS.c.case_id == bindparam("case_id"))
_MEMBERS_OF = (
    select(_MEMBERS).where(_MEMBERS.c.case_id == bindparam("case_id")).order_by(_MEMBERS.c.id)
)


def load_record(session: Session, case_id: int) -> CaseRecord:
    case = session.get_one(Case, case_id)
    rows = session.execute(_MEMBERS_OF, {"case_id": case_id})
    return build_record(
        case_label(case.id),
        [stored_ref(row) for row in rows.mappings()],
        operator_statuses=_operator_statuses(session, case.id),
        closed=case.closed_at is not None,
        merged_into=case_label(case.merged_into_id) if case.merged_into_id else None,
    )


def stored_ref(row: Mapping[Any, Any]) -> ReportRef:
    """A member as the record holds it, from its `case_reports` row (or the values of one)."""
    return ReportRef(
        report_id=str(row["report_id"]),
        source=row["source"],
        url=row["url"],
        date=row["report_date"],
        lang=row["lang"],
        title=row["title"],
        facts=facts_from_json(row["facts"]),
        signature=tuple(row["signature"]),
        places=frozenset(row["places"]),
        mentions=frozenset(row["mentions"]),
        secondary=facts_from_json(row["secondary"]) if row["secondary"] else None,
    )


def _operator_statuses(session: Session, case_id: int) -> list[StatusChange]:
    """Status settings made on this case or on any case merged into it."""
    ids = {case_id}
    frontier = [case_id]
    while frontier:
        merged = session.scalars(select(Case.id).where(Case.merged_into_id.in_(frontier))).all()
        frontier = [i for i in merged if i not in ids]
        ids.update(frontier)
    query = (
        select(CaseCorrection)
        .where(CaseCorrection.kind == "set_status", CaseCorrection.case_id.in_(ids))
        .order_by(CaseCorrection.at, CaseCorrection.id)
    )
    return [
        StatusChange(Status(c.status or ""), c.at.date(), actor=c.actor)
        for c in session.scalars(query)
    ]


def refresh(session: Session, case: Case, now: datetime) -> CaseRecord:
    """Rebuild the record from the rows and rewrite the case's columns and timeline."""
    session.flush()
    record = load_record(session, case.id)
    for name, value in _headline(record, now).items():
        setattr(case, name, value)
    _write_timeline(session, case.id, record)
    session.flush()
    return record


def write_record(session: Session, case_id: int, record: CaseRecord, now: datetime) -> None:
    """Rewrite the case's headline columns and timeline from `record`, its rows' current fold
    (plain UPDATE and INSERTs: linking runs this for every alert)."""
    session.execute(_WRITE_HEADLINE, {"case_id": case_id, **_headline(record, now)})
    loaded = session.identity_map.get(identity_key(Case, case_id))
    if loaded is not None:
        session.expire(loaded)
    _write_timeline(session, case_id, record)


def add_member(session: Session, row: Mapping[str, Any]) -> ReportRef:
    """Insert one `case_reports` row; returns the member as `load_record` would read it back."""
    session.execute(insert(_MEMBERS), row)
    return stored_ref(row)


def insert_case(session: Session, now: datetime) -> int:
    """A new, empty case's id (its columns are written when its first report is linked)."""
    statement = (
        insert(_CASES)
        .values(title="", corroboration="single_report", report_count=0)
        .values(created_at=now, updated_at=now)
        .returning(_CASES.c.id)
    )
    return int(session.execute(statement).scalar_one())


def _headline(record: CaseRecord, now: datetime) -> dict[str, Any]:
    return {
        "title": record.title,
        "country": record.country,
        "place": record.place,
        "place_key": record.place_key,
        "status": record.status.value if record.status else None,
        "corroboration": record.corroboration.value,
        "report_count": len(record.members),
        "first_seen": record.first_seen,
        "last_seen": record.last_seen,
        "updated_at": now,
    }


def _write_timeline(session: Session, case_id: int, record: CaseRecord) -> None:
    session.execute(_CLEAR_TIMELINE, {"case_id": case_id})
    rows = [
        {
            "case_id": case_id,
            "seq": seq,
            "status": change.status.value,
            "on_date": change.date,
            "report_id": int(change.report_id) if change.report_id else None,
            "source": change.source,
            "actor": change.actor,
        }
        for seq, change in enumerate(record.timeline)
    ]
    if rows:
        session.execute(insert(_EVENTS), rows)
