"""Turning a classified document into a `ReportRef`, and linking a whole batch in memory.

A report whose classifier found no country, or one it names no place in, takes the country its
places imply, when they all lie in one country. The batch linker is what `repatwatch cases` and
the linking bench run: alert-tier documents are taken in date order (undated ones last, in input
order) and each joins the best open case or opens a new one, numbered C1, C2, ... in the order
cases are opened. Nothing is stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import combinations

from bot.cases.grow import apply_report
from bot.cases.link import (
    OUTCOME_WINDOW_DAYS,
    LinkDecision,
    country_backed,
    link_report,
    told_date,
)
from bot.cases.minhash import compact_signature
from bot.cases.places import abroad, country_of, fold, kin, place, resolve, resolve_folded
from bot.cases.record import CaseRecord, ReportRef
from bot.domain import Document, Status, Verdict

ROUNDUP_PLACES = 3  # places of the incident in as many regions: a roundup of several arrests


def make_ref(doc: Document, verdict: Verdict, *, report_id: str | None = None) -> ReportRef:
    """What the linker needs of one report: its facts, resolved places and text signature."""
    facts = verdict.facts
    folded = fold(f"{doc.title}\n{doc.text}")
    places = abroad(_place_keys(facts.place) or resolve(doc.title))
    mentions = abroad(resolve_folded(folded))
    if _roundup(places):
        # Its figure sums several groups and its date is one group's: neither is any case's.
        facts = replace(
            facts,
            people=None,
            people_text=None,
            people_approx=False,
            date=None,
            date_month_only=False,
        )
    if facts.country is None:
        facts = replace(facts, country=_only_country(places) or _only_country(mentions))
    elif facts.status is not Status.REACHED_THIRD_COUNTRY and not any(
        country_of(k) == facts.country for k in places | mentions
    ):
        # A country the report names no place in, where its places of the incident all lie in
        # one other: the country is misread (KR, where the NGO spoke), the places are not. An
        # arrival is told where the people arrived, out of the country they were held in.
        facts = replace(facts, country=_only_country(places) or facts.country)
    return ReportRef(
        report_id=report_id if report_id is not None else doc.id,
        source=doc.source,
        url=doc.url,
        date=doc.date or facts.date,  # an undated report is placed at its incident date
        lang=doc.lang,
        title=doc.title,
        facts=facts,
        signature=compact_signature(folded),
        places=places,
        mentions=mentions,
        secondary=verdict.secondary,
    )


@lru_cache(maxsize=4096)
def _place_keys(written: str | None) -> frozenset[str]:
    """The places of the incident, as the classifier read them: a few dozen spellings, in
    report after report (cached; the text of each report, and its title, are its own)."""
    return resolve(written, context=True)


def _roundup(places: frozenset[str]) -> bool:
    """Whether the places of the incident lie in ROUNDUP_PLACES regions apart, none within
    another's ("13 held in Kunming, five near Beijing, seven in Shenyang"): a roundup of several
    arrests, not one group moved from place to place."""
    regions = [kin(frozenset({key})) for key in places]
    return len(regions) >= ROUNDUP_PLACES and all(
        a.isdisjoint(b) for a, b in combinations(regions, 2)
    )


def _only_country(keys: frozenset[str]) -> str | None:
    """The country of detention the places imply, when they all lie in one country abroad."""
    countries = {place(k).country for k in keys}
    return countries.pop() if len(countries) == 1 else None


@dataclass(frozen=True, slots=True)
class BatchResult:
    case_of: dict[str, str | None]  # document id -> case id (None for non-alerts)
    cases: dict[str, CaseRecord]
    decisions: dict[str, LinkDecision]


def link_batch(items: Sequence[tuple[Document, Verdict]]) -> BatchResult:
    """Link every alert-tier document of `items` into cases, in date order."""
    case_of: dict[str, str | None] = {doc.id: None for doc, _ in items}
    cases: dict[str, CaseRecord] = {}
    decisions: dict[str, LinkDecision] = {}
    live: dict[str, CaseRecord] = {}  # cases a report of the current date may still join
    alerts = [(i, doc, v) for i, (doc, v) in enumerate(items) if v.alert]
    alerts.sort(key=lambda t: (t[1].date or date.max, t[0]))
    retired: date | None = None  # the day `live` was last retired for
    for _, doc, verdict in alerts:
        ref = make_ref(doc, verdict)
        if ref.date is not None and ref.date != retired:
            # Reports come in date order: another of the same day would retire nothing more.
            _retire(live, ref.date)
            retired = ref.date
        country = ref.facts.country
        pool = list(_pool(ref, live, cases))
        if country and country_backed(ref):
            near = kin(ref.places)  # `places_agree`, the report's side worked out once
            pool = [
                c
                for c in pool
                if c.country in (None, country) or not near.isdisjoint(c.place_keys)
            ]
        decision = link_report(ref, pool)
        current = cases.get(decision.case_id) if decision.case_id else None
        record = apply_report(current, ref, new_id=f"C{len(cases) + 1}")
        cases[record.id] = live[record.id] = record
        case_of[doc.id] = record.id
        decisions[doc.id] = decision
    return BatchResult(case_of, cases, decisions)


def _pool(
    ref: ReportRef, live: dict[str, CaseRecord], cases: dict[str, CaseRecord]
) -> Iterable[CaseRecord]:
    """The cases `ref` may join: the live ones, and for a report of an incident it dates long
    before it was published, the cases still open around that date."""
    if ref.date is None:
        return cases.values()
    told = told_date(ref)
    if told is None or told >= ref.date - timedelta(days=OUTCOME_WINDOW_DAYS):
        return live.values()
    horizon = told - timedelta(days=OUTCOME_WINDOW_DAYS)
    return [c for c in cases.values() if c.last_seen is None or c.last_seen >= horizon]


def _retire(live: dict[str, CaseRecord], today: date) -> None:
    """Forget cases too old for a report of `today` (reports come in date order)."""
    horizon = today - timedelta(days=OUTCOME_WINDOW_DAYS)
    for case_id in [k for k, c in live.items() if c.last_seen and c.last_seen < horizon]:
        del live[case_id]
