"""Folding one more report into a case record: `apply_report`.

Most news arrives in date order, so a new report is usually replayed after every member and
operator setting of its case. Its record then grows by that one member: the counts, sources,
status timeline and the rest are the old ones with the new report's added, which is what
`build_record` over every member would give (tests/test_cases_record.py checks the two agree),
at a fraction of the cost once a case holds dozens of reports (a news spike links thousands of
reports into cases; issue 14). A dated report that would be replayed earlier than some member,
or than an operator's setting (a feed's first poll brings its archive, years of it, in any order),
is inserted in date order: what does not depend on the order grows as above; so do the counts,
each kept with the day it was first given, so that the report's takes its place among them
(gathered again from every member, they were half the cost of inserting a report into a case of a
few dozen); only what depends on the order in other ways (the status timeline when the report's
claim moves the status it is replayed onto, the headline country and place, the lists in order of
first mention) is gathered again from the members. An undated report has the record rebuilt from
all its members.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from bot.cases.places import place
from bot.cases.record import (
    INCIDENT_LEAD_DAYS,
    TERMINAL,
    CaseRecord,
    Corroboration,
    ReportRef,
    SourceCount,
    SourceRef,
    StatusChange,
    advances,
    build_record,
    by_date,
    confirms,
    describe_incident,
    fold_status,
    incident_date_of,
    main_place,
    most_common,
    outlet_key,
    outlet_label,
    people_count,
    rebuild,
    source_count,
    source_ref,
    title_of,
    told_date_of,
    told_order,
    union,
)
from bot.domain import Status


def apply_report(case: CaseRecord | None, ref: ReportRef, *, new_id: str) -> CaseRecord:
    """The case with `ref` added (a new case `new_id` when `case` is None)."""
    if case is None:
        return build_record(new_id, [ref])
    if _comes_last(case, ref):
        return _append(case, ref)
    if ref.date is not None and case.sources:
        return _insert(case, ref, ref.date)
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
    where, place_key = _main_place_with(case, ref, ordered)
    facts = ref.facts
    country = most_common(m.facts.country for m in ordered)
    incident_date, month_only = _incident_date_with(case, ref)
    counts, count_keys = _counts_with(case, ref, by_date(ref))
    return CaseRecord(
        id=case.id,
        title=title_of(place_key, where, country, incident_date, case.first_seen),
        country=country,
        place=where,
        place_key=place_key,
        counts=counts,
        count_keys=count_keys,
        groups=union((case.groups, facts.groups)),
        names=union((case.names, facts.names)),
        orgs=union((case.orgs, facts.orgs)),
        status=status,
        timeline=timeline,
        sources=(*case.sources, source_ref(ref)),
        corroboration=_corroboration_with(case, ref),
        first_seen=case.first_seen,
        last_seen=ref.date,
        incident_date=incident_date,
        incident_month_only=month_only,
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
        texts=case.texts.plus(ref.signature),
        people_counts=_people_counts_with(case, ref),
        told_dates=case.told_dates | {told_date_of(ref)} if facts.date else case.told_dates,
    )


def _insert(case: CaseRecord, ref: ReportRef, day: date) -> CaseRecord:
    """`build_record` of the members and `ref`, `ref` (dated `day`) replayed before some member or
    operator setting: inserted among the sources after those dated on or before `day`."""
    members = (*case.members, ref)
    ordered = sorted(members, key=by_date)  # stable: `ref` after the members of its day
    at = bisect_right(case.sources, day, key=_replayed_on)
    facts = ref.facts
    first_seen = min(day, case.first_seen) if case.first_seen else day
    where, place_key = _main_place_with(case, ref, ordered)
    status, timeline = _status_with(case, ref, day, ordered)
    country = _country_with(case, facts.country, ordered)
    incident_date, month_only = (
        _incident_date_with(case, ref)
        if first_seen == case.first_seen
        else incident_date_of(ordered, first_seen)
    )
    counts, count_keys = _counts_with(case, ref, day)
    return CaseRecord(
        id=case.id,
        title=title_of(place_key, where, country, incident_date, first_seen),
        country=country,
        place=where,
        place_key=place_key,
        counts=counts,
        count_keys=count_keys,
        groups=union(m.facts.groups for m in ordered) if facts.groups else case.groups,
        names=union(m.facts.names for m in ordered) if facts.names else case.names,
        orgs=union(m.facts.orgs for m in ordered) if facts.orgs else case.orgs,
        status=status,
        timeline=timeline,
        sources=(*case.sources[:at], source_ref(ref), *case.sources[at:]),
        corroboration=_corroboration_with(case, ref),
        first_seen=first_seen,
        last_seen=max(day, case.last_seen) if case.last_seen else day,
        incident_date=incident_date,
        incident_month_only=month_only,
        closed=case.closed,
        merged_into=case.merged_into,
        other_incidents=(
            tuple(describe_incident(m.secondary, m) for m in ordered if m.secondary)
            if ref.secondary
            else case.other_incidents
        ),
        members=members,
        operator_statuses=case.operator_statuses,
        place_keys=case.place_keys | ref.places,
        mention_keys=case.mention_keys | ref.mentions,
        countries=case.countries | {facts.country} if facts.country else case.countries,
        arrest_dates=_arrest_dates_with(case, ref),
        texts=case.texts.plus(ref.signature),
        people_counts=_people_counts_with(case, ref),
        told_dates=case.told_dates | {told_date_of(ref)} if facts.date else case.told_dates,
    )


def _status_with(
    case: CaseRecord, ref: ReportRef, day: date, ordered: list[ReportRef]
) -> tuple[Status | None, tuple[StatusChange, ...]]:
    """`fold_status` of `ordered` (the members and `ref`), `ref` dated `day` and replayed after
    the members of its day but before some later one. Its claim replayed onto the status the
    case had by then, if it does not move it, changes nothing after it either; only a claim that
    moves it (an earlier claim may undo later ones), or a case an operator set, is replayed in
    full (replaying every member's claim was a quarter of inserting a report into a case)."""
    claimed = ref.facts.status
    if claimed is None:
        return case.status, case.timeline
    if not case.operator_statuses:  # every change is then a member's, in replay order
        earlier = [c.status for c in case.timeline if c.date is not None and c.date <= day]
        if not advances(earlier[-1] if earlier else None, claimed):
            return case.status, case.timeline
    return fold_status(ordered, case.operator_statuses)


def _main_place_with(
    case: CaseRecord, ref: ReportRef, ordered: list[ReportRef]
) -> tuple[str | None, str | None]:
    """`main_place` of `ordered` (the members and `ref`, in date order). A report that names the
    case's main place again, or no place, leaves it the place most named (counting every place
    of every member again was a fifth of folding a report into a case of a few dozen); only
    how it is written may come from `ref`, when `ref` is now the first to name it."""
    best = case.place_key
    if best is None or not ref.places <= {best}:
        return main_place(ordered)
    written = next(m.facts.place for m in ordered if best in m.places)
    return written or place(best).name_en, best


def _replayed_on(source: SourceRef) -> date:
    return source.date or date.max


def _country_with(case: CaseRecord, country: str | None, ordered: list[ReportRef]) -> str | None:
    """`most_common` country with one more member's: only another country can change it."""
    if country is None or country == case.country:
        return case.country
    return most_common(m.facts.country for m in ordered)


def _advanced(case: CaseRecord, ref: ReportRef) -> tuple[Status | None, tuple[StatusChange, ...]]:
    """`fold_status` with `ref`'s claim replayed after every other."""
    claimed = ref.facts.status
    if claimed is None or not advances(case.status, claimed):
        return case.status, case.timeline
    change = StatusChange(claimed, ref.date, ref.report_id, outlet_label(ref.source, ref.url))
    return claimed, (*case.timeline, change)


def _counts_with(
    case: CaseRecord, ref: ReportRef, day: date
) -> tuple[tuple[SourceCount, ...], tuple[tuple[str, date], ...]]:
    """`source_counts` (and their keys) with `ref`, dated `day`, replayed after the members of
    its day: its count is added unless its outlet gave the same one before it, in replay order
    (a later first telling of that count yields its place to `ref`)."""
    facts = ref.facts
    if facts.people is None and not facts.people_text:
        return case.counts, case.count_keys
    outlet = outlet_key(ref.source, ref.url)
    counts, keys = list(case.counts), list(case.count_keys)
    for n, (count, (key, first)) in enumerate(zip(counts, keys, strict=True)):
        if (
            key == outlet
            and count.people == facts.people
            and count.people_text == facts.people_text
        ):
            if first <= day:
                return case.counts, case.count_keys
            del counts[n], keys[n]
            break
    at = bisect_right(keys, day, key=_first_told)
    counts.insert(at, source_count(ref))
    keys.insert(at, (outlet, day))
    return tuple(counts), tuple(keys)


def _first_told(key: tuple[str, date]) -> date:
    return key[1]


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


def _people_counts_with(case: CaseRecord, ref: ReportRef) -> tuple[tuple[int, bool], ...]:
    if ref.facts.people is None or people_count(ref) in case.people_counts:
        return case.people_counts
    return (*case.people_counts, people_count(ref))


def _incident_date_with(case: CaseRecord, ref: ReportRef) -> tuple[date | None, bool]:
    """`incident_date_of` with `ref` added, the first report's date unchanged."""
    told, held = ref.facts.date, case.incident_date
    if told is None or (case.first_seen and (case.first_seen - told).days > INCIDENT_LEAD_DAYS):
        return held, case.incident_month_only
    mine = told, ref.facts.date_month_only
    return min((held, case.incident_month_only), mine, key=told_order) if held else mine


def _arrest_dates_with(case: CaseRecord, ref: ReportRef) -> tuple[date, ...]:
    if ref.date is None or ref.facts.status in TERMINAL or ref.date in case.arrest_dates:
        return case.arrest_dates
    return tuple(sorted((*case.arrest_dates, ref.date)))
