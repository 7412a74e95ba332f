"""Cases in the database: linking a stored report into a case, and reading cases back.

The tables and the rebuilding of records live in `bot.store.case_rows` (re-exported here), operator
corrections in `bot.store.corrections`. Case ids are shown as "C42"; every function accepts "C42",
"c42", "#42", "42" or 42. Nothing here commits: the caller's session scope does.

A little over 300 lines, kept whole: attaching a report and reading cases back (get, list,
search) share the queries' filters and the case-id parsing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from bot.cases import (
    CaseRecord,
    LinkConstraints,
    LinkDecision,
    ReportRef,
    link_report,
    make_ref,
)
from bot.cases.places import resolve
from bot.codec import facts_to_json
from bot.domain import Document, Status, Verdict
from bot.store.case_cache import CaseCache
from bot.store.case_candidates import candidate_cases
from bot.store.case_rows import (
    Case,
    CaseCannotLink,
    CaseCorrection,
    CaseError,
    CaseEvent,
    CaseReport,
    case_label,
    file_member,
    load_record,
    parse_case_id,
)
from bot.store.case_writes import CaseWrites
from bot.store.reports import Report

__all__ = [
    "Case",
    "CaseCannotLink",
    "CaseCorrection",
    "CaseError",
    "CaseEvent",
    "CaseReport",
    "CaseUpdate",
    "CaseWrites",
    "FoundReport",
    "attach_report",
    "case_label",
    "case_month_rows",
    "get_case",
    "list_cases",
    "parse_case_id",
    "search_cases",
    "search_reports",
]


@dataclass(frozen=True, slots=True)
class CaseUpdate:
    """What attaching a report did, for the ingest step to decide whom to tell."""

    case_id: str
    is_new_case: bool
    status_changed: bool
    previous_status: Status | None
    status: Status | None
    record: CaseRecord
    decision: LinkDecision


# -- linking -------------------------------------------------------------------------------------


def attach_report(
    session: Session,
    *,
    report_id: int,
    doc: Document,
    verdict: Verdict,
    now: datetime,
    cache: CaseCache | None = None,
    just_stored: bool = False,
    writes: CaseWrites | None = None,
) -> CaseUpdate | None:
    """Link stored report `report_id` into its case (a new one if none fits); None if not an alert.

    Idempotent: a report already in a case returns that case unchanged. With a `cache` (one per
    poll cycle), candidate records are read from it while their version still holds, and the
    changed record is folded in memory and kept there (bot.store.case_cache). `just_stored`: the
    report was stored in this transaction, so it is in no case and no operator split it out.
    `writes`: the case writes are held there until the caller flushes it (bot.store.case_writes).
    """
    if not verdict.alert:
        return None
    if writes is not None and not just_stored:
        writes.flush(session)  # the queries below read the rows
    existing = None if just_stored else session.scalar(_CASE_OF, {"report_id": report_id})
    if existing is not None:
        record = load_record(session, existing)
        return CaseUpdate(
            record.id,
            False,
            False,
            record.status,
            record.status,
            record,
            LinkDecision(record.id, 0.0, ("already linked",)),
        )
    ref = make_ref(doc, verdict, report_id=str(report_id))
    if ref.date is None:
        ref = replace(ref, date=now.date())
    when = ref.date or now.date()
    unwritten = writes.records if writes is not None else None
    candidates = candidate_cases(session, ref, when, cache, unwritten)
    forbidden = () if just_stored else session.scalars(_SPLIT_FROM, {"report_id": report_id})
    constraints = LinkConstraints(frozenset((str(report_id), case_label(c)) for c in forbidden))
    decision = link_report(ref, candidates, constraints=constraints)
    before = next((c for c in candidates if c.id == decision.case_id), None)
    row = _membership(ref, when, decision, now)
    if writes is not None:
        record = writes.file(session, before, row, ref)  # `ref` is what the row reads back as
    else:
        record = file_member(session, before, row, now)
    if cache is not None:
        cache.put(session, parse_case_id(record.id), (now, len(record.members)), record)
    previous = before.status if before is not None else None
    return CaseUpdate(
        record.id,
        before is None,
        record.status is not previous,
        previous,
        record.status,
        record,
        decision,
    )


_CASE_OF = select(CaseReport.case_id).where(CaseReport.report_id == bindparam("report_id"))
_SPLIT_FROM = select(CaseCannotLink.case_id).where(
    CaseCannotLink.report_id == bindparam("report_id")
)


def new_case(session: Session, now: datetime) -> Case:
    """A new, empty case (its columns are filled when its first report is linked)."""
    case = Case(
        title="",
        corroboration="single_report",
        report_count=0,
        created_at=now,
        updated_at=now,
    )
    session.add(case)
    session.flush()
    return case


def _membership(
    ref: ReportRef, when: date, decision: LinkDecision, now: datetime
) -> dict[str, Any]:
    """The `case_reports` row that makes `ref` a member of a case (the case's id aside)."""
    return {
        "report_id": int(ref.report_id),
        "role": "main",
        "report_date": when,
        "source": ref.source,
        "url": ref.url,
        "lang": ref.lang,
        "title": ref.title,
        "facts": facts_to_json(ref.facts),
        "secondary": facts_to_json(ref.secondary) if ref.secondary else None,
        "signature": ref.signature,
        "places": sorted(ref.places),
        "mentions": sorted(ref.mentions),
        "score": decision.score,
        "why": list(decision.why),
        "linked_at": now,
    }


# -- reading -------------------------------------------------------------------------------------


def get_case(session: Session, case_id: str | int) -> CaseRecord | None:
    """The case, following merges to the case it now lives in; None if there is no such case."""
    case = session.get(Case, parse_case_id(case_id))
    seen: set[int] = set()
    while case is not None and case.merged_into_id is not None and case.id not in seen:
        seen.add(case.id)
        case = session.get(Case, case.merged_into_id)
    return load_record(session, case.id) if case is not None else None


def list_cases(
    session: Session,
    *,
    country: str | None = None,
    status: Status | None = None,
    since: date | None = None,
    include_closed: bool = True,
    limit: int = 20,
    offset: int = 0,
) -> list[CaseRecord]:
    """Cases most recently reported first, filtered by country, current status, last report date."""
    query = select(Case.id).where(Case.merged_into_id.is_(None))
    if country:
        query = query.where(Case.country == country.upper())
    if status is not None:
        query = query.where(Case.status == status.value)
    if since is not None:
        query = query.where(Case.last_seen >= since)
    if not include_closed:
        query = query.where(Case.closed_at.is_(None))
    query = query.order_by(Case.last_seen.desc(), Case.id.desc()).limit(limit).offset(offset)
    return [load_record(session, case_id) for case_id in session.scalars(query)]


def _contains(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with its own % and _ taken literally."""
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_cases(session: Session, text: str, limit: int = 10) -> list[CaseRecord]:
    """Cases whose title, place or report titles contain `text`, or in a place it names."""
    needle = _contains(text)
    in_titles = select(CaseReport.case_id).where(CaseReport.title.ilike(needle, escape="\\"))
    conditions = [
        Case.title.ilike(needle, escape="\\"),
        Case.place.ilike(needle, escape="\\"),
        Case.id.in_(in_titles),
    ]
    keys = resolve(text)
    if keys:
        conditions.append(Case.place_key.in_(sorted(keys)))
    query = (
        select(Case.id)
        .where(Case.merged_into_id.is_(None), or_(*conditions))
        .order_by(Case.last_seen.desc(), Case.id.desc())
        .limit(limit)
    )
    return [load_record(session, case_id) for case_id in session.scalars(query)]


@dataclass(frozen=True, slots=True)
class FoundReport:
    """A flagged report whose title matched a search, and the case it is in (if any)."""

    id: int
    title: str
    link: str | None
    published: datetime | None
    case_id: int | None


def search_reports(session: Session, text: str, limit: int = 10) -> list[FoundReport]:
    """Classified, not ignored reports whose title contains `text`, newest first."""
    needle = _contains(text)
    query = (
        select(Report.id, Report.title, Report.link, Report.published_at, CaseReport.case_id)
        .outerjoin(CaseReport, CaseReport.report_id == Report.id)
        .where(
            Report.title.ilike(needle, escape="\\"),
            Report.tier.is_not(None),
            Report.tier != "ignore",
        )
        .order_by(Report.first_seen_at.desc(), Report.id.desc())
        .limit(limit)
    )
    return [FoundReport(*row) for row in session.execute(query)]


def case_month_rows(
    session: Session,
) -> list[tuple[date | None, str | None, str | None, int | None, int | None]]:
    """(first seen, country, status, fewest people, most people) of every case, the head counts
    being the lowest and highest any of its reports gave (None when none did); cases merged into
    another are left out."""
    query = select(Case.id, Case.first_seen, Case.country, Case.status).where(
        Case.merged_into_id.is_(None)
    )
    cases = session.execute(query).all()
    counts: dict[int, list[int]] = {}
    members = select(CaseReport.case_id, CaseReport.facts).join(
        Case, Case.id == CaseReport.case_id
    )
    for case_id, facts in session.execute(members.where(Case.merged_into_id.is_(None))):
        people = (facts or {}).get("people")
        if isinstance(people, int) and people > 0:
            counts.setdefault(case_id, []).append(people)
    return [
        (first, country, status, *_range(counts.get(case_id, [])))
        for case_id, first, country, status in cases
    ]


def _range(people: list[int]) -> tuple[int | None, int | None]:
    return (min(people), max(people)) if people else (None, None)
