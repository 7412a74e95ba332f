"""Rows of the cases area: the tables, case ids as people type them, and rebuilding a record.

The rows are the source of truth: a case's member reports (`case_reports`, one case per report) and
its operator corrections (`case_corrections`). `load_record` rebuilds the record from them with the
pure `bot.cases.build_record`; `refresh` does so after a change and rewrites the case's headline
columns (title, status, dates) and timeline (`case_events`), so queries can filter without
rebuilding. Operators' choices are data linking reads: `merged_into_id` redirects a merged case,
`case_cannot_link` holds reports split out of a case, `closed_at` stops a case taking reports.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    delete,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

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


def load_record(session: Session, case_id: int) -> CaseRecord:
    case = session.get_one(Case, case_id)
    rows = session.scalars(
        select(CaseReport).where(CaseReport.case_id == case_id).order_by(CaseReport.id)
    )
    return build_record(
        case_label(case.id),
        [_ref(row) for row in rows],
        operator_statuses=_operator_statuses(session, case.id),
        closed=case.closed_at is not None,
        merged_into=case_label(case.merged_into_id) if case.merged_into_id else None,
    )


def _ref(row: CaseReport) -> ReportRef:
    return ReportRef(
        report_id=str(row.report_id),
        source=row.source,
        url=row.url,
        date=row.report_date,
        lang=row.lang,
        title=row.title,
        facts=facts_from_json(row.facts),
        signature=tuple(row.signature),
        places=frozenset(row.places),
        mentions=frozenset(row.mentions),
        secondary=facts_from_json(row.secondary) if row.secondary else None,
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
    case.title = record.title
    case.country = record.country
    case.place = record.place
    case.place_key = record.place_key
    case.status = record.status.value if record.status else None
    case.corroboration = record.corroboration.value
    case.report_count = len(record.members)
    case.first_seen, case.last_seen = record.first_seen, record.last_seen
    case.updated_at = now
    session.execute(delete(CaseEvent).where(CaseEvent.case_id == case.id))
    session.add_all(
        CaseEvent(
            case_id=case.id,
            seq=seq,
            status=change.status.value,
            on_date=change.date,
            report_id=int(change.report_id) if change.report_id else None,
            source=change.source,
            actor=change.actor,
        )
        for seq, change in enumerate(record.timeline)
    )
    session.flush()
    return record
