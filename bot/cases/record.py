"""The case record: what one incident looks like after folding in every report that describes it.

A case is rebuilt from its member reports (and any operator status settings) by `build_record`, a
pure fold, so adding, moving or removing a report can never leave stale aggregates behind. Counts
stay per source and are never added up. The status only moves forward along the path of an
incident (missing -> arrested -> detained -> facing repatriation -> released / repatriated ->
reached a third country), in the order the reports are dated; a later report restating an earlier
stage does not move it back. An operator's setting always applies, and only reports dated after it
can move the status on from there. Every change is kept in the timeline with what evidenced it.

Folding one more report into a record lives in `bot.cases.grow`, which reuses the helpers here.

Kept whole: the record and the helpers it is gathered with.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import lru_cache

from bot.cases import matching
from bot.cases.minhash import Signatures
from bot.cases.places import place
from bot.domain import Facts, Status
from bot.reference import country_name

# A case's members come from a few outlets and cite a few organisations; building a record reads
# each member's, so every name is worked out once rather than once per member per build.
outlet_label = lru_cache(maxsize=4096)(matching.outlet_label)
outlet_key = matching.outlet_key  # cached by the outlet's name
is_confirming_org = lru_cache(maxsize=4096)(matching.is_confirming_org)


class Corroboration(StrEnum):
    SINGLE_REPORT = "single_report"
    SEVERAL_OUTLETS = "several_outlets"
    CONFIRMED = "confirmed"  # an NGO, UN agency or official body is cited


STATUS_RANK: dict[Status, int] = {
    Status.MISSING: 0,
    Status.ARRESTED: 1,
    Status.DETAINED: 2,
    Status.FACING_REPATRIATION: 3,
    Status.RELEASED: 4,
    Status.REPATRIATED: 4,
    Status.REACHED_THIRD_COUNTRY: 5,
}
INCIDENT_LEAD_DAYS = 60  # how long before its first report an incident may have happened
TERMINAL = frozenset({Status.RELEASED, Status.REPATRIATED, Status.REACHED_THIRD_COUNTRY})


@dataclass(frozen=True, slots=True)
class ReportRef:
    """One alert-tier report as the linker sees it: facts, places and a text signature."""

    report_id: str
    source: str | None
    url: str | None
    date: date | None
    lang: str | None
    title: str
    facts: Facts
    signature: bytes = b""  # compact MinHash (bot.cases.minhash)
    places: frozenset[str] = frozenset()  # gazetteer keys of the incident's place
    mentions: frozenset[str] = frozenset()  # gazetteer keys named anywhere in the text
    secondary: Facts | None = None  # a second incident the report also describes


@dataclass(frozen=True, slots=True)
class SourceCount:
    outlet: str
    people: int | None
    people_text: str | None
    approx: bool
    report_id: str


@dataclass(frozen=True, slots=True)
class SourceRef:
    outlet: str
    url: str | None
    date: date | None
    lang: str | None
    report_id: str
    title: str


@dataclass(frozen=True, slots=True)
class StatusChange:
    """A status taking effect: evidenced by a report, or set by an operator (`actor`)."""

    status: Status
    date: date | None
    report_id: str | None = None
    source: str | None = None
    actor: str | None = None


@dataclass(frozen=True, slots=True)
class CaseRecord:
    id: str
    title: str
    country: str | None
    place: str | None  # as written by the first report that located it
    place_key: str | None  # gazetteer key of that place, when known
    counts: tuple[SourceCount, ...]
    groups: tuple[str, ...]
    names: tuple[str, ...]
    orgs: tuple[str, ...]
    status: Status | None
    timeline: tuple[StatusChange, ...]
    sources: tuple[SourceRef, ...]
    corroboration: Corroboration
    first_seen: date | None
    last_seen: date | None
    incident_date: date | None
    incident_month_only: bool = False  # the reports give only the month (2019-11): its 1st
    closed: bool = False
    merged_into: str | None = None
    other_incidents: tuple[str, ...] = ()
    members: tuple[ReportRef, ...] = field(default=(), repr=False)
    operator_statuses: tuple[StatusChange, ...] = ()
    # What the linker compares, gathered once from the members.
    place_keys: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    mention_keys: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    countries: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    arrest_dates: tuple[date, ...] = field(default=(), repr=False, compare=False)  # not outcomes
    texts: Signatures = field(default_factory=Signatures, repr=False, compare=False)
    # For each of `counts`, its outlet's key and the day its first member is replayed on.
    count_keys: tuple[tuple[str, date], ...] = field(default=(), repr=False, compare=False)
    # Each different head count of the members (people, approximate), in the order first given,
    # and each different incident date they tell (day, month only): what linking weighs of them,
    # read once per case rather than once per member for every report compared with it.
    people_counts: tuple[tuple[int, bool], ...] = field(default=(), repr=False, compare=False)
    told_dates: frozenset[tuple[date, bool]] = field(
        default=frozenset(), repr=False, compare=False
    )

    @property
    def report_ids(self) -> tuple[str, ...]:
        return tuple(m.report_id for m in self.members)

    @property
    def open(self) -> bool:
        return not self.closed and self.merged_into is None


def build_record(
    case_id: str,
    members: Sequence[ReportRef],
    *,
    operator_statuses: Sequence[StatusChange] = (),
    closed: bool = False,
    merged_into: str | None = None,
) -> CaseRecord:
    """Fold `members` (in arrival order) and operator settings into one case record."""
    ordered = tuple(sorted(members, key=by_date))
    dates = [m.date for m in ordered if m.date is not None]
    status, timeline = fold_status(ordered, operator_statuses)
    country = most_common(m.facts.country for m in ordered)
    where, place_key = main_place(ordered)
    first_seen = min(dates) if dates else None
    incident_date, month_only = incident_date_of(ordered, first_seen)
    counts, count_keys = source_counts(ordered)
    return CaseRecord(
        id=case_id,
        title=title_of(place_key, where, country, incident_date, first_seen),
        country=country,
        place=where,
        place_key=place_key,
        counts=counts,
        groups=union(m.facts.groups for m in ordered),
        names=union(m.facts.names for m in ordered),
        orgs=union(m.facts.orgs for m in ordered),
        status=status,
        timeline=timeline,
        sources=tuple(source_ref(m) for m in ordered),
        corroboration=_corroboration(ordered),
        first_seen=first_seen,
        last_seen=max(dates) if dates else None,
        incident_date=incident_date,
        incident_month_only=month_only,
        closed=closed,
        merged_into=merged_into,
        other_incidents=tuple(describe_incident(m.secondary, m) for m in ordered if m.secondary),
        members=tuple(members),
        operator_statuses=tuple(operator_statuses),
        place_keys=frozenset(k for m in ordered for k in m.places),
        mention_keys=frozenset(k for m in ordered for k in m.mentions),
        countries=frozenset(m.facts.country for m in ordered if m.facts.country),
        arrest_dates=tuple(
            sorted({m.date for m in ordered if m.date and m.facts.status not in TERMINAL})
        ),
        texts=Signatures.of(m.signature for m in members),
        count_keys=count_keys,
        people_counts=tuple(
            dict.fromkeys(people_count(m) for m in members if m.facts.people is not None)
        ),
        told_dates=frozenset(told_date_of(m) for m in members if m.facts.date),
    )


def rebuild(case: CaseRecord, members: Sequence[ReportRef], **changes: object) -> CaseRecord:
    """`case` folded again over other members, keeping its id and operator settings."""
    fields: dict[str, object] = {
        "operator_statuses": case.operator_statuses,
        "closed": case.closed,
        "merged_into": case.merged_into,
    }
    fields.update(changes)
    return build_record(case.id, members, **fields)  # type: ignore[arg-type]


def advances(current: Status | None, new: Status) -> bool:
    """Whether a report of `new` moves a case on from `current` (never backwards)."""
    if current is None:
        return True
    if current is Status.REPATRIATED:
        return False
    return STATUS_RANK[new] > STATUS_RANK[current]


def fold_status(
    members: Sequence[ReportRef], operator_statuses: Sequence[StatusChange]
) -> tuple[Status | None, tuple[StatusChange, ...]]:
    """The current status and the timeline of changes, replaying claims in date order."""
    # (date, 0 for a report or 1 for an operator, index): unique, so the sort never compares
    # the claims themselves; a report's change is made only if it moves the status.
    claims: list[tuple[date, int, int, Status, ReportRef | StatusChange]] = [
        (m.date or date.max, 0, index, m.facts.status, m)
        for index, m in enumerate(members)
        if m.facts.status is not None
    ]
    for index, op in enumerate(operator_statuses):
        claims.append((op.date or date.max, 1, index, op.status, op))
    status: Status | None = None
    timeline: list[StatusChange] = []
    for _, _, _, claimed, claim in sorted(claims):
        if isinstance(claim, StatusChange):
            if claim.actor is not None or advances(status, claimed):
                status = claimed
                timeline.append(claim)
        elif advances(status, claimed):
            status = claimed
            label = outlet_label(claim.source, claim.url)
            timeline.append(StatusChange(claimed, claim.date, claim.report_id, label))
    return status, tuple(timeline)


def case_title(case: CaseRecord) -> str:
    """A short English label: where and when, e.g. "Kunming, China (2013-11)"."""
    return title_of(case.place_key, case.place, case.country, case.incident_date, case.first_seen)


@lru_cache(maxsize=4096)  # a case's title rarely changes as reports join it: worked out once
def title_of(
    place_key: str | None,
    written: str | None,
    country: str | None,
    incident_date: date | None,
    first_seen: date | None,
) -> str:
    """`case_title` of a record with these fields, before the record is made (a record made
    without its title and then again with it cost a tenth of folding a report into a case)."""
    where = place(place_key).name_en if place_key else written
    parts = [p for p in (where, country_name(country)) if p]
    label = ", ".join(parts) if parts else "Unlocated incident"
    when = incident_date or first_seen
    return f"{label} ({when:%Y-%m})" if when else label


def describe_incident(facts: Facts, ref: ReportRef) -> str:
    """A one-line, language-neutral note of another incident a report mentions."""
    bits = [
        str(facts.people) if facts.people is not None else facts.people_text,
        facts.place,
        facts.country,
        facts.status.value if facts.status else None,
        facts.date_text,
    ]
    text = ", ".join(b for b in bits if b) or "unspecified"
    return f"{text} (in {outlet_label(ref.source, ref.url)} report {ref.report_id})"


def incident_date_of(
    members: Sequence[ReportRef], first_seen: date | None
) -> tuple[date | None, bool]:
    """The earliest date a report gives the incident, and whether it names only its month,
    among dates that can be this incident's: a date months before the first report is another
    event the report recalls."""
    told = [(m.facts.date, m.facts.date_month_only) for m in members if m.facts.date]
    if first_seen is not None:
        told = [t for t in told if (first_seen - t[0]).days <= INCIDENT_LEAD_DAYS]
    return min(told, key=told_order, default=(None, False))


def told_order(told: tuple[date, bool]) -> tuple[int, int, bool, date]:
    """Earliest first; a day a report gives comes before a month-only date of its month, which
    stands for any day of it, so "7 November" wins over "November"."""
    day, month_only = told
    return day.year, day.month, month_only, day


def by_date(m: ReportRef) -> date:
    return m.date or date.max


def most_common(values: Iterable[str | None]) -> str | None:
    counter = Counter(v for v in values if v)
    return counter.most_common(1)[0][0] if counter else None


def union(groups: Iterable[Iterable[str]]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for group in groups:
        for value in group:
            seen.setdefault(value, None)
    return tuple(seen)


def main_place(members: Sequence[ReportRef]) -> tuple[str | None, str | None]:
    """The place most members name; of two named as often, the one named first. A Counter
    keeps its keys in the order they were first counted, so that one is the first counted; a
    member's own places are counted in key order, as a set's order changes from run to run."""
    keyed = Counter(k for m in members for k in sorted(m.places))
    if keyed:
        most = max(keyed.values())
        best = next(k for k, n in keyed.items() if n == most)
        written = next(m.facts.place for m in members if best in m.places)
        return written or place(best).name_en, best
    return next((m.facts.place for m in members if m.facts.place), None), None


def source_counts(
    members: Sequence[ReportRef],
) -> tuple[tuple[SourceCount, ...], tuple[tuple[str, date], ...]]:
    """Each outlet's count, once for each different count: the first member to give it; and
    for each, the outlet's key and the day that member is replayed on (`by_date`)."""
    counts: dict[tuple[str, int | None, str | None], tuple[SourceCount, date]] = {}
    for m in members:
        facts = m.facts
        if facts.people is None and not facts.people_text:
            continue
        key = (outlet_key(m.source, m.url), facts.people, facts.people_text)
        if key not in counts:
            counts[key] = (source_count(m), by_date(m))
    return (
        tuple(count for count, _ in counts.values()),
        tuple((key[0], day) for key, (_, day) in counts.items()),
    )


def source_count(m: ReportRef) -> SourceCount:
    """The count `m` gives, as its outlet's."""
    facts = m.facts
    outlet = outlet_label(m.source, m.url)
    return SourceCount(outlet, facts.people, facts.people_text, facts.people_approx, m.report_id)


def people_count(m: ReportRef) -> tuple[int, bool]:
    """The head count a member gives, and whether approximate (its people are known)."""
    assert m.facts.people is not None
    return m.facts.people, m.facts.people_approx


def told_date_of(m: ReportRef) -> tuple[date, bool]:
    """The incident date a member tells, and whether it names only the month (it tells one)."""
    assert m.facts.date is not None
    return m.facts.date, m.facts.date_month_only


def confirms(m: ReportRef) -> bool:
    """Whether the report cites, or comes from, an organisation whose word confirms a case."""
    return any(is_confirming_org(o) for o in m.facts.orgs) or bool(
        m.source and is_confirming_org(m.source)
    )


def source_ref(m: ReportRef) -> SourceRef:
    return SourceRef(outlet_label(m.source, m.url), m.url, m.date, m.lang, m.report_id, m.title)


def _corroboration(members: Sequence[ReportRef]) -> Corroboration:
    if any(confirms(m) for m in members):
        return Corroboration.CONFIRMED
    if len({outlet_key(m.source, m.url) for m in members}) >= 2:
        return Corroboration.SEVERAL_OUTLETS
    return Corroboration.SINGLE_REPORT
