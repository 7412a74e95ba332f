"""Folding one more report into a case record: `apply_report`.

Most news arrives in date order, so a new report is usually replayed after every member and
operator setting of its case. Its record then grows by that one member: the counts, sources,
status timeline and the rest are the old ones with the new report's added, which is what
`build_record` over every member would give (tests/test_cases_record.py checks the two agree),
at a fraction of the cost once a case holds dozens of reports (a news spike links thousands of
reports into cases; issue 14). A report that would be replayed earlier than some member, or than
an operator's setting, has the record rebuilt from all its members.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.cases.record import (
    INCIDENT_LEAD_DAYS,
    TERMINAL,
    CaseRecord,
    Corroboration,
    ReportRef,
    SourceCount,
    StatusChange,
    advances,
    build_record,
    by_date,
    case_title,
    confirms,
    describe_incident,
    main_place,
    most_common,
    outlet_key,
    outlet_label,
    rebuild,
    source_ref,
    union,
)
from bot.domain import Status


def apply_report(case: CaseRecord | None, ref: ReportRef, *, new_id: str) -> CaseRecord:
    """The case with `ref` added (a new case `new_id` when `case` is None)."""
    if case is None:
        return build_record(new_id, [ref])
    if _comes_last(case, ref):
        return _append(case, ref)
    return rebuild(case, [*case.members, ref])


def _comes_last(case: CaseRecord, ref: ReportRef) -> bool:
    """Whether `ref` is replayed after every member and operator setting of `case`, so that
    folding it onto the record gives what folding every member again would."""
    if ref.date is None or not case.sources:
        return False
    last = case.sources[-1].date  # the sources are in replay order; an undated one is last
    return (
        last is not None
        and ref.date >= last
        and all(op.date is not None and op.date < ref.date for op in case.operator_statuses)
    )


def _append(case: CaseRecord, ref: ReportRef) -> CaseRecord:
    """`build_record` of the members and `ref`, when `ref` comes last (`_comes_last`)."""
    members = (*case.members, ref)
    ordered = sorted(members, key=by_date)  # stable: `ref` stays last
    status, timeline = _advanced(case, ref)
    where, place_key = main_place(ordered)
    facts = ref.facts
    record = CaseRecord(
        id=case.id,
        title="",
        country=most_common(m.facts.country for m in ordered),
        place=where,
        place_key=place_key,
        counts=_counts_with(case, ref),
        groups=union((case.groups, facts.groups)),
        names=union((case.names, facts.names)),
        orgs=union((case.orgs, facts.orgs)),
        status=status,
        timeline=timeline,
        sources=(*case.sources, source_ref(ref)),
        corroboration=_corroboration_with(case, ref),
        first_seen=case.first_seen,
        last_seen=ref.date,
        incident_date=_incident_date_with(case, ref),
        closed=case.closed,
        merged_into=case.merged_into,
        other_incidents=case.other_incidents
        + ((describe_incident(ref.secondary, ref),) if ref.secondary else ()),
        members=members,
        operator_statuses=case.operator_statuses,
        place_keys=case.place_keys | ref.places,
        mention_keys=case.mention_keys | ref.mentions,
        countries=case.countries | {facts.country} if facts.country else case.countries,
        arrest_dates=_arrest_dates_with(case, ref),
    )
    return replace(record, title=case_title(record))


def _advanced(case: CaseRecord, ref: ReportRef) -> tuple[Status | None, tuple[StatusChange, ...]]:
    """`fold_status` with `ref`'s claim replayed after every other."""
    claimed = ref.facts.status
    if claimed is None or not advances(case.status, claimed):
        return case.status, case.timeline
    change = StatusChange(claimed, ref.date, ref.report_id, outlet_label(ref.source, ref.url))
    return claimed, (*case.timeline, change)


def _counts_with(case: CaseRecord, ref: ReportRef) -> tuple[SourceCount, ...]:
    """`_counts` with `ref` last: one more count unless its outlet gave the same one before."""
    facts = ref.facts
    if facts.people is None and not facts.people_text:
        return case.counts
    outlet = outlet_key(ref.source, ref.url)
    for m in case.members:
        same = m.facts.people == facts.people and m.facts.people_text == facts.people_text
        if same and outlet_key(m.source, m.url) == outlet:
            return case.counts
    count = SourceCount(
        outlet_label(ref.source, ref.url),
        facts.people,
        facts.people_text,
        facts.people_approx,
        ref.report_id,
    )
    return (*case.counts, count)


def _corroboration_with(case: CaseRecord, ref: ReportRef) -> Corroboration:
    """`_corroboration` with one more member: it only ever rises."""
    if case.corroboration is Corroboration.CONFIRMED or confirms(ref):
        return Corroboration.CONFIRMED
    if case.corroboration is Corroboration.SEVERAL_OUTLETS:
        return case.corroboration
    first = case.members[0]
    if outlet_key(first.source, first.url) != outlet_key(ref.source, ref.url):
        return Corroboration.SEVERAL_OUTLETS
    return Corroboration.SINGLE_REPORT


def _incident_date_with(case: CaseRecord, ref: ReportRef) -> date | None:
    """`_incident_date` with `ref` added, the first report's date unchanged."""
    told = ref.facts.date
    if told is None or (case.first_seen and (case.first_seen - told).days > INCIDENT_LEAD_DAYS):
        return case.incident_date
    return min(told, case.incident_date) if case.incident_date else told


def _arrest_dates_with(case: CaseRecord, ref: ReportRef) -> tuple[date, ...]:
    if ref.date is None or ref.facts.status in TERMINAL or ref.date in case.arrest_dates:
        return case.arrest_dates
    return tuple(sorted((*case.arrest_dates, ref.date)))
