"""Operator corrections on case records, as pure functions: merge, split, set status, close.

The store records who made each correction and when, and keeps the constraints these imply for
later linking: a merged case redirects to the case it was merged into, a report split out of a case
may never link back to it (a "cannot link" pair), a closed case takes no new reports, and a status
an operator set is only moved on by reports dated after the setting (see `record.fold_status`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.cases.record import CaseRecord, StatusChange, build_record, rebuild
from bot.domain import Status


def merge(keep: CaseRecord, other: CaseRecord) -> tuple[CaseRecord, CaseRecord]:
    """`keep` with all of `other`'s reports, and `other` emptied and pointing at `keep`."""
    if keep.id == other.id:
        raise ValueError(f"cannot merge case {keep.id} into itself")
    merged = rebuild(
        keep,
        [*keep.members, *other.members],
        operator_statuses=(*keep.operator_statuses, *other.operator_statuses),
    )
    return merged, rebuild(other, [], operator_statuses=(), merged_into=keep.id)


def split(case: CaseRecord, report_id: str, *, new_id: str) -> tuple[CaseRecord, CaseRecord]:
    """`case` without `report_id`, and a new case `new_id` holding that report alone."""
    moved = [m for m in case.members if m.report_id == report_id]
    if not moved:
        raise ValueError(f"report {report_id} is not in case {case.id}")
    rest = [m for m in case.members if m.report_id != report_id]
    return rebuild(case, rest), build_record(new_id, moved)


def set_status(case: CaseRecord, status: Status, *, actor: str, now: datetime) -> CaseRecord:
    """`case` with an operator's status, which older reports can no longer override."""
    change = StatusChange(status, now.date(), actor=actor)
    return rebuild(case, case.members, operator_statuses=(*case.operator_statuses, change))


def close(case: CaseRecord) -> CaseRecord:
    """`case`, closed: it keeps its reports and takes no new ones."""
    return replace(case, closed=True)
