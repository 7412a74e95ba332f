"""Operator corrections of cases: merge, split, set a status, close; each recorded with who and when.

A correction is a row in `case_corrections` and a change to the case rows; the case's record is then
rebuilt (`bot.store.case_rows.refresh`), so linking and every view respect it from then on: a merged
case redirects to the one it joined, a report split out never links back, an operator's status
outranks reports dated before it, a closed case takes no new reports. Nothing here commits: the
caller's session scope does.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.cases import CaseRecord
from bot.domain import Status
from bot.store.case_rows import (
    Case,
    CaseCannotLink,
    CaseCorrection,
    CaseError,
    CaseReport,
    case_label,
    parse_case_id,
    refresh,
)
from bot.store.cases import new_case


def list_corrections(session: Session, case_id: str | int) -> list[CaseCorrection]:
    """Who corrected the case and how, oldest first."""
    query = select(CaseCorrection).where(CaseCorrection.case_id == parse_case_id(case_id))
    return list(session.scalars(query.order_by(CaseCorrection.at, CaseCorrection.id)))


def merge_cases(
    session: Session,
    keep_id: str | int,
    other_id: str | int,
    *,
    actor: str,
    now: datetime,
    note: str | None = None,
) -> CaseRecord:
    """Move every report of `other_id` into `keep_id`; `other_id` then redirects there."""
    keep, other = _open_or_closed(session, keep_id), _open_or_closed(session, other_id)
    if keep.id == other.id:
        raise CaseError(f"{case_label(keep.id)} and {case_label(other.id)} are the same case")
    session.execute(
        update(CaseReport).where(CaseReport.case_id == other.id).values(case_id=keep.id)
    )
    other.merged_into_id = keep.id
    _correct(session, "merge", keep.id, actor, now, other_case_id=other.id, note=note)
    refresh(session, other, now)
    return refresh(session, keep, now)


def split_report(
    session: Session,
    case_id: str | int,
    report_id: int,
    *,
    actor: str,
    now: datetime,
    note: str | None = None,
) -> str:
    """Move `report_id` out of the case into a new case of its own; it never links back."""
    case = _open_or_closed(session, case_id)
    row = session.scalar(
        select(CaseReport).where(CaseReport.case_id == case.id, CaseReport.report_id == report_id)
    )
    if row is None:
        raise CaseError(f"report {report_id} is not in case {case_label(case.id)}")
    if case.report_count <= 1:
        raise CaseError(f"report {report_id} is the only report of {case_label(case.id)}")
    fresh = new_case(session, now)
    row.case_id = fresh.id
    session.add(CaseCannotLink(report_id=report_id, case_id=case.id))
    _correct(
        session,
        "split",
        case.id,
        actor,
        now,
        other_case_id=fresh.id,
        report_id=report_id,
        note=note,
    )
    session.flush()
    refresh(session, case, now)
    refresh(session, fresh, now)
    return case_label(fresh.id)


def set_status(
    session: Session,
    case_id: str | int,
    status: Status,
    *,
    actor: str,
    now: datetime,
    note: str | None = None,
) -> CaseRecord:
    """Set the case's status; reports dated before now can no longer override it."""
    case = _open_or_closed(session, case_id)
    _correct(session, "set_status", case.id, actor, now, status=status.value, note=note)
    return refresh(session, case, now)


def close_case(
    session: Session, case_id: str | int, *, actor: str, now: datetime, note: str | None = None
) -> CaseRecord:
    """Close the case: it keeps its reports and takes no new ones."""
    case = _open_or_closed(session, case_id)
    case.closed_at, case.closed_by = now, actor
    _correct(session, "close", case.id, actor, now, note=note)
    return refresh(session, case, now)


def _open_or_closed(session: Session, case_id: str | int) -> Case:
    case = session.get(Case, parse_case_id(case_id))
    if case is None:
        raise CaseError(f"there is no case {case_label(parse_case_id(case_id))}")
    if case.merged_into_id is not None:
        raise CaseError(f"{case_label(case.id)} was merged into {case_label(case.merged_into_id)}")
    return case


def _correct(
    session: Session, kind: str, case_id: int, actor: str, now: datetime, **fields: Any
) -> None:
    session.add(CaseCorrection(kind=kind, case_id=case_id, actor=actor, at=now, **fields))
    session.flush()
