"""Rows of the cases area: the tables, case ids as people type them, and rebuilding a record.

The rows are the source of truth: a case's member reports (`case_reports`, one case per report) and
its operator corrections (`case_corrections`). `load_record` rebuilds the record from them with the
pure `bot.cases.build_record`; `refresh` does so after a change and rewrites the case's headline
columns (title, status, dates) and timeline (`case_events`), so queries can filter without
rebuilding; `file_member` adds one member for linking, folding it into the record linking already
has instead of reading every row again, and writes only what changed. Operators' choices are data linking
reads: `merged_into_id` redirects a merged case, `case_cannot_link` holds reports split out of a
case, `closed_at` stops a case taking reports.

Kept whole: the case tables and the folding of a member into its record
change together; linking's held writes (bot.store.case_writes) reuse the same folding.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    delete,
    false,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.orm.util import identity_key

from bot.cases import CaseRecord, ReportRef, StatusChange, apply_report, build_record
from bot.codec import facts_from_json
from bot.domain import RepatwatchError, Status
from bot.store.base import Base, conflict_insert


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
    named: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


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
    signature: Mapped[bytes] = mapped_column(LargeBinary)  # compact (bot.cases.minhash)
    places: Mapped[list[str]] = mapped_column(JSON)
    mentions: Mapped[list[str]] = mapped_column(JSON)
    score: Mapped[float] = mapped_column(Float)
    why: Mapped[list[str]] = mapped_column(JSON)
    linked_at: Mapped[datetime]


class CasePlace(Base):
    """A gazetteer key a member of the case names: where it happened, or (`mention`) anywhere
    in its text. Linking selects its candidate cases by these (bot.store.cases)."""

    __tablename__ = "case_places"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    mention: Mapped[bool] = mapped_column(Boolean, primary_key=True)


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
_PLACES: Table = CasePlace.__table__  # type: ignore[assignment]
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
_INSERT_CASE = insert(_CASES).returning(_CASES.c.id)  # the columns are the values given
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


def load_records(session: Session, case_ids: Sequence[int]) -> dict[int, CaseRecord]:
    """Several cases' records read together, in three queries rather than four per case (the
    corrections are read only for cases that have any): what linking's cache does not hold."""
    if not case_ids:
        return {}
    c = _CASES.c
    heads = session.execute(
        select(c.id, c.closed_at, c.merged_into_id).where(c.id.in_(case_ids))
    ).all()
    members: dict[int, list[ReportRef]] = {case_id: [] for case_id, _, _ in heads}
    rows = session.execute(
        select(_MEMBERS)
        .where(_MEMBERS.c.case_id.in_(case_ids))
        .order_by(_MEMBERS.c.case_id, _MEMBERS.c.id)
    )
    for row in rows.mappings():
        members[row["case_id"]].append(stored_ref(row))
    corrected = set(
        session.scalars(
            select(CaseCorrection.case_id).where(CaseCorrection.case_id.in_(case_ids)).distinct()
        )
    )
    return {
        case_id: build_record(
            case_label(case_id),
            members[case_id],
            operator_statuses=_operator_statuses(session, case_id) if case_id in corrected else (),
            closed=closed_at is not None,
            merged_into=case_label(merged_into) if merged_into else None,
        )
        for case_id, closed_at, merged_into in heads
    }


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
        signature=row["signature"],
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
    for name, value in headline(record, now).items():
        setattr(case, name, value)
    session.execute(_CLEAR_TIMELINE, {"case_id": case.id})
    _insert_timeline(session, case.id, record)
    session.execute(delete(_PLACES).where(_PLACES.c.case_id == case.id))
    places = _place_rows(case.id, record.members)
    if places:
        session.execute(insert(_PLACES), places)
    session.flush()
    return record


@dataclass(frozen=True, slots=True)
class Folded:
    """A member folded into its case: what filing it must write."""

    case_id: int
    record: CaseRecord  # the case after
    member: dict[str, Any]  # the `case_reports` row
    places: list[dict[str, Any]]  # `case_places` rows it adds
    stored_timeline: tuple[StatusChange, ...]  # the timeline the rows held before


def fold_member(
    session: Session,
    before: CaseRecord | None,
    row: dict[str, Any],
    now: datetime,
    member: ReportRef | None = None,
) -> Folded:
    """Fold the `case_reports` row `row` into the case `before` (None: a new case, whose row is
    inserted now, for its id). `member`: what `stored_ref(row)` reads back, when the caller has
    it (linking made the row from it: reading it back cost a tenth of folding it in)."""
    member = stored_ref(row) if member is None else member
    if before is None:
        record = apply_report(None, member, new_id="new")
        case_id = _insert_case(session, record, now)
        record = replace(record, id=case_label(case_id))
        places = _place_rows(case_id, record.members)
    else:
        case_id = parse_case_id(before.id)
        record = apply_report(before, member, new_id=before.id)
        places = [
            p
            for p in _place_rows(case_id, [member])
            if p["key"] not in (before.mention_keys if p["mention"] else before.place_keys)
        ]
    stored = before.timeline if before is not None else ()
    return Folded(case_id, record, {**row, "case_id": case_id}, places, stored)


def file_member(
    session: Session, before: CaseRecord | None, row: dict[str, Any], now: datetime
) -> CaseRecord:
    """Make the `case_reports` row `row` a member of the case `before` (None: a new case) and
    write what changed: the case's columns, its timeline, its places. Returns the record after,
    folded in memory from `before` (what `load_record` would now read back)."""
    folded = fold_member(session, before, row, now)
    case_id, record = folded.case_id, folded.record
    changed = record.timeline != folded.stored_timeline
    if before is not None:
        _write_headline(session, case_id, record, now)
        if changed:
            session.execute(_CLEAR_TIMELINE, {"case_id": case_id})
    session.execute(insert(_MEMBERS), folded.member)
    if changed:
        _insert_timeline(session, case_id, record)
    if folded.places:
        session.execute(conflict_insert(session, _PLACES).on_conflict_do_nothing(), folded.places)
    return record


def _insert_case(session: Session, record: CaseRecord, now: datetime) -> int:
    # On the session's connection: a Core INSERT gains nothing from the ORM's execution path.
    values = {"created_at": now, **headline(record, now)}
    return int(session.connection().execute(_INSERT_CASE, values).scalar_one())


def _write_headline(session: Session, case_id: int, record: CaseRecord, now: datetime) -> None:
    session.execute(_WRITE_HEADLINE, {"case_id": case_id, **headline(record, now)})
    loaded = session.identity_map.get(identity_key(Case, case_id))
    if loaded is not None:
        session.expire(loaded)


HEADLINE_COLUMNS = (  # the keys of `headline`, in its order
    "title",
    "country",
    "place",
    "place_key",
    "status",
    "corroboration",
    "report_count",
    "first_seen",
    "last_seen",
    "named",
    "updated_at",
)


def headline(record: CaseRecord, now: datetime) -> dict[str, Any]:
    """The case's columns that its record decides (HEADLINE_COLUMNS)."""
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
        "named": bool(record.names),
        "updated_at": now,
    }


def _place_rows(case_id: int, members: Sequence[ReportRef]) -> list[dict[str, Any]]:
    keys = {(k, False) for m in members for k in m.places}
    keys |= {(k, True) for m in members for k in m.mentions}
    return [{"case_id": case_id, "key": k, "mention": m} for k, m in sorted(keys)]


def _insert_timeline(session: Session, case_id: int, record: CaseRecord) -> None:
    rows = timeline_rows(case_id, record)
    if rows:
        session.execute(insert(_EVENTS), rows)


def timeline_rows(case_id: int, record: CaseRecord) -> list[dict[str, Any]]:
    """The `case_events` rows of the record's timeline."""
    return [
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
