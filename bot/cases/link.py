"""Deciding which open case a new alert-tier report belongs to, or that it opens a new one.

Each open case is scored against the report by adding up evidence: same country, close in time,
the same or a containing place, compatible people counts, shared named people and groups, and a
near-copy text (MinHash). Hard limits rule a case out before scoring: another country, a gap of
more than `WINDOW_DAYS` from the case's reports (the same place months apart is another incident;
only an outcome - facing return, repatriated, freed - may follow a case up to `OUTCOME_WINDOW_DAYS`),
a closed or merged case, and an operator's "cannot link" for this report and case. The best case
scoring more than `THRESHOLD` wins (time and country alone are not enough); otherwise the report
opens a new case. Every decision says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot.cases.matching import counts_compatible, name_keys, name_script, specific_orgs
from bot.cases.minhash import similarity
from bot.cases.places import content_words, is_region, related
from bot.cases.record import TERMINAL, CaseRecord, ReportRef, advances
from bot.domain import Status

WINDOW_DAYS = 60
OUTCOME_WINDOW_DAYS = 120  # how long after its last report an outcome may still join a case
THRESHOLD = 1.5
PLACE_CONFLICT = -2.5
OUTCOMES = frozenset({Status.FACING_REPATRIATION, *TERMINAL})


@dataclass(frozen=True, slots=True)
class LinkConstraints:
    """Operator decisions linking must respect: report ids that may never join a case id."""

    cannot_link: frozenset[tuple[str, str]] = frozenset()  # (report_id, case_id)

    def forbids(self, report_id: str, case_id: str) -> bool:
        return (report_id, case_id) in self.cannot_link


@dataclass(frozen=True, slots=True)
class LinkDecision:
    """The case to join (None: open a new case), its score and the evidence, best case first."""

    case_id: str | None
    score: float
    why: tuple[str, ...]


def link_report(
    ref: ReportRef,
    cases: Sequence[CaseRecord],
    *,
    constraints: LinkConstraints = LinkConstraints(),
) -> LinkDecision:
    """Pick the open case `ref` belongs to, or decide it opens a new one.

    An undated report is compared without the time window; callers that know when it was
    published or first seen should date it first (the store does).
    """
    best: tuple[float, CaseRecord, tuple[str, ...]] | None = None
    for case in cases:
        if not case.open or constraints.forbids(ref.report_id, case.id):
            continue
        scored = score_case(ref, case)
        if scored is None:
            continue
        score, why = scored
        if best is None or score > best[0]:
            best = (score, case, why)
    if best is None:
        return LinkDecision(None, 0.0, ("no open case in the same country and time window",))
    score, case, why = best
    if score <= THRESHOLD:
        return LinkDecision(None, score, (f"best case {case.id} scored {score:.1f}", *why))
    return LinkDecision(case.id, score, why)


def score_case(ref: ReportRef, case: CaseRecord) -> tuple[float, tuple[str, ...]] | None:
    """The evidence that `ref` reports the incident of `case`; None when it cannot."""
    if ref.facts.country and case.country and ref.facts.country != case.country:
        return None
    gap = _gap_days(ref.date, case)
    outcome = _outcome(ref, case)
    if gap > (OUTCOME_WINDOW_DAYS if outcome else WINDOW_DAYS):
        return None
    place = _place(ref, case)
    evidence = [
        _time(gap, ref.date),
        outcome,
        _country(ref, case),
        _incident_date(ref, case),
        place,
        _people(ref, case),
        _names(ref, case),
        _groups(ref, case),
        _orgs(ref, case),
        # A near-copy telling of another place is a template (a wire brief), not the same story.
        _text(ref, case) if place is None or place[0] > PLACE_CONFLICT else None,
        _restart(ref, case, gap),
    ]
    kept = [e for e in evidence if e is not None]
    return sum(w for w, _ in kept), tuple(f"{w:+.1f} {why}" for w, why in kept)


Evidence = tuple[float, str] | None


def _gap_days(when: date | None, case: CaseRecord) -> int:
    first, last = case.first_seen, case.last_seen
    if when is None or first is None or last is None:
        return 0
    if when < first:
        return (first - when).days
    return max(0, (when - last).days)


def _time(gap: int, when: date | None) -> Evidence:
    if when is None:
        return -0.5, "undated report"
    if gap <= 7:
        return 1.0, f"within {gap} days of the case's reports"
    if gap <= 21:
        return 0.5, f"{gap} days from the case's reports"
    if gap <= 45:
        return None
    if gap <= WINDOW_DAYS:
        return -0.5, f"{gap} days from the case's reports"
    return -1.5, f"{gap} days from the case's reports"


def _outcome(ref: ReportRef, case: CaseRecord) -> Evidence:
    """A report of a later stage (facing return, repatriated, freed) follows a case up."""
    status = ref.facts.status
    if status in OUTCOMES and case.status is not None and advances(case.status, status):
        return 0.5, f"a later stage ({status}) of the case"
    return None


def _country(ref: ReportRef, case: CaseRecord) -> Evidence:
    if ref.facts.country and case.country:
        return 0.5, f"same country {case.country}"
    return -0.5, "country unknown"


def _incident_date(ref: ReportRef, case: CaseRecord) -> Evidence:
    if ref.facts.date and case.incident_date:
        days = abs((ref.facts.date - case.incident_date).days)
        if days > 30:
            return -2.0, f"incident dates {days} days apart"
        if days <= 3:
            return 0.5, "same incident date"
    return None


def _place(ref: ReportRef, case: CaseRecord) -> Evidence:
    case_places = frozenset(k for m in case.members for k in m.places)
    case_mentions = frozenset(k for m in case.members for k in m.mentions)
    if ref.places and case_places:
        shared = ref.places & case_places
        if shared and all(is_region(k) for k in shared) and _towns_apart(ref.places, case_places):
            return -0.5, "different towns in one region"
        if shared:
            return 2.0, "same place"
        if related(ref.places, case_places):
            return 1.0, "one place lies within the other"
        if related(ref.places, case_mentions) or related(ref.mentions, case_places):
            return -0.5, "different place, though the other is mentioned"
        return PLACE_CONFLICT, "different places"
    if related(ref.places | ref.mentions, case_places | case_mentions):
        return 1.0, "a place named in both"
    words = content_words(ref.facts.place)
    case_words = frozenset(w for m in case.members for w in content_words(m.facts.place))
    if words & case_words:
        return 1.0, "place words in common"
    return None


def _towns_apart(left: frozenset[str], right: frozenset[str]) -> bool:
    towns = [frozenset(k for k in side if not is_region(k)) for side in (left, right)]
    return all(towns) and not related(towns[0], towns[1])


def _people(ref: ReportRef, case: CaseRecord) -> Evidence:
    verdicts = [counts_compatible(ref.facts, m.facts) for m in case.members]
    if any(v is True for v in verdicts):
        return 1.0, "compatible people counts"
    if any(v is False for v in verdicts):
        if _count_ratio(ref, case) >= 5:
            return -2.0, "people counts wildly apart"
        return -1.0, "people counts far apart"
    return None


def _count_ratio(ref: ReportRef, case: CaseRecord) -> float:
    """How many times larger the larger count is, for the closest count the case has."""
    mine = ref.facts.people or 0
    ratios = [
        max(mine, m.facts.people) / max(1, min(mine, m.facts.people))
        for m in case.members
        if m.facts.people is not None
    ]
    return min(ratios, default=1.0)


def _names(ref: ReportRef, case: CaseRecord) -> Evidence:
    # Names only compare within one script: 최명복 and "Choe Myong-bok" may be the same man.
    scripts = {name_script(n) for n in ref.facts.names} & {name_script(n) for n in case.names}
    mine = name_keys(tuple(n for n in ref.facts.names if name_script(n) in scripts))
    theirs = name_keys(tuple(n for n in case.names if name_script(n) in scripts))
    if not (mine and theirs):
        return None
    if mine & theirs:
        return 3.0, "a named person in common"
    single = ref.facts.people == 1 and all(m.facts.people in (1, None) for m in case.members)
    return (-5.0 if single else -2.0), "different names"


def _groups(ref: ReportRef, case: CaseRecord) -> Evidence:
    if set(ref.facts.groups) & set(case.groups):
        return 0.5, "same groups of people"
    return None


def _orgs(ref: ReportRef, case: CaseRecord) -> Evidence:
    shared = specific_orgs(ref.facts.orgs) & specific_orgs(case.orgs)
    if shared:
        return 1.0, f"both cite {sorted(shared)[0]}"
    return None


def _text(ref: ReportRef, case: CaseRecord) -> Evidence:
    best = max((similarity(ref.signature, m.signature) for m in case.members), default=0.0)
    if best >= 0.6:
        return 4.0, f"near-copy text ({best:.2f})"
    if best >= 0.35:
        return 2.0, f"similar text ({best:.2f})"
    return None


def _restart(ref: ReportRef, case: CaseRecord, gap: int) -> Evidence:
    """A fresh arrest weeks after a case's last report is more likely a new incident."""
    if ref.facts.status is not Status.ARRESTED or case.status is None:
        return None
    if case.status in TERMINAL and gap > 14:
        return -1.5, "a new arrest after the case ended"
    if gap > 21:
        return -1.0, "a new arrest weeks after the case's last report"
    return None
