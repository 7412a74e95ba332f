"""Deciding which open case a new alert-tier report belongs to, or that it opens a new one.

Two incidents wrongly merged cost more than one incident split (an advocate then reads one
arrest's count and date as another's), so a report joins a case only on evidence, and some things
rule a case out before any scoring: a country of detention other than the one most of the case's
reports give, when the report names a place in it (arrests in China and in Vietnam are never one
incident; where both name one town, though, one of them misread the country, and a country the
report names no place in is weighed against the case, not obeyed), a date too far from the case
(more than `WINDOW_DAYS` from its first report; only an outcome - facing return, repatriated,
freed - may follow a case up to `OUTCOME_WINDOW_DAYS` after its last), a closed or merged case,
and an operator's "cannot link" for this report and case. The date is the report's own or the
incident date it states, whichever is nearer the case: a follow-up years later names the day of
the arrest.

The evidence then adds up, every item explained: how close in time (an arrest told a month after
a case began in the same city is another arrest, unless it names the same people or day, or
counts a large group alike; an outcome may come weeks later); the same
incident date; the same place in any script, or one place within the other, or different places;
compatible head counts (an exact match on a large count says more than on "two", and the same
count more than a near one); an arrest the report dates weeks after the case was first reported
(another arrest: the case told of its people before these were caught); a named person
in common (romanised, Hangul); the same groups of people and the same NGO; a near-copy text; a
status that follows the case's on. The best case scoring more than `THRESHOLD` wins (time and
country alone are never enough); otherwise the report opens a new case.

Kept whole: one scorer, a short function per signal, whose weights are read
against each other; splitting the signals would hide how they add up.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from bot.cases.matching import counts_agree, name_keys, name_script, specific_orgs
from bot.cases.places import (
    ancestors,
    content_words,
    country_of,
    is_area,
    is_region,
    kin,
)
from bot.cases.record import TERMINAL, CaseRecord, ReportRef, advances
from bot.domain import Status

WINDOW_DAYS = 60  # from a case's first report, for a report of the arrest itself
OUTCOME_WINDOW_DAYS = 120  # from a case's last report, for an outcome
THRESHOLD = 1.5
PLACE_CONFLICT = -5.0  # different towns: only a named person in common outweighs it
# (days apart, weight): the first step a gap fits; beyond the last the case is ruled out.
Steps = tuple[tuple[int, float], ...]
ARREST_STEPS: Steps = ((7, 1.0), (14, 0.5), (21, 0.0), (45, -1.5), (WINDOW_DAYS, -2.5))
FOLLOW_UP_STEPS: Steps = ((7, 1.0), (21, 0.5), (45, 0.0), (OUTCOME_WINDOW_DAYS, -1.0))
SAME_WEEK = ARREST_STEPS[0][0]
CLOSEST = ARREST_STEPS[0][1]  # the time weight no date can better
LATE = -1.5  # the time weight from which an arrest report needs a person or a day in common
CAUGHT_SINCE = -3.0  # an arrest dated weeks after a case began: a name or a copy outweighs it
COUNTED_ALIKE = 2.0  # the weight of large counts that agree
REPOST = 0.8  # text similarity of a story reposted word for word
TEXT_MAX = 4.0  # the most a near-copy text adds
OUTCOMES = frozenset({Status.FACING_REPATRIATION, *TERMINAL})
# Asked of the report and of each case for every case compared: worked out once for each list.
_specific_orgs = lru_cache(maxsize=4096)(specific_orgs)


@dataclass(frozen=True, slots=True)
class LinkConstraints:
    """Operator decisions linking must respect: report ids that may never join a case id."""

    cannot_link: frozenset[tuple[str, str]] = frozenset()  # (report_id, case_id)

    def forbids(self, report_id: str, case_id: str) -> bool:
        return (report_id, case_id) in self.cannot_link


@dataclass(frozen=True, slots=True)
class LinkDecision:
    """The case to join (None: open a new case), its score and the evidence for that case.

    `why` explains the decision in words: the evidence for the case joined, or for the best case
    that fell short, or why no case could be considered.
    """

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
    best: tuple[float, CaseRecord, list[Weighed]] | None = None
    for case in cases:
        if not case.open or constraints.forbids(ref.report_id, case.id):
            continue
        scored = _score(ref, case, to_beat=None if best is None else best[0])
        if scored is not None and (best is None or scored[0] > best[0]):
            best = (scored[0], case, scored[1])
    if best is None:
        reason = "no open case in the same country and time window"
        return LinkDecision(None, 0.0, (f"new case: {reason}",))
    score, case, evidence = best
    why = _explained(evidence)
    if score <= THRESHOLD:
        verdict = (
            f"new case: the closest, {case.id}, scored {score:.1f} (more than {THRESHOLD} links)"
        )
        return LinkDecision(None, score, (verdict, *why))
    return LinkDecision(case.id, score, (f"joined {case.id} with {score:.1f}", *why))


def score_case(
    ref: ReportRef, case: CaseRecord, *, to_beat: float | None = None
) -> tuple[float, tuple[str, ...]] | None:
    """The evidence that `ref` reports the incident of `case`; None when it cannot. `to_beat`:
    the best score of another case so far; when even a near-copy text could not lift this case
    above it, the texts are not compared (the case cannot win, and its score leaves them out)."""
    scored = _score(ref, case, to_beat=to_beat)
    return None if scored is None else (scored[0], _explained(scored[1]))


def _score(
    ref: ReportRef, case: CaseRecord, *, to_beat: float | None
) -> tuple[float, list[Weighed]] | None:
    """`score_case` with the evidence not yet put in words: linking puts only the best case's."""
    time = _time(ref, case, follow_up=_follows_up(ref, case))
    if time is None or country_rules_out(ref, case):
        return None
    place = _place(ref, case)
    if place is not None and place[0] <= PLACE_CONFLICT and not (ref.facts.names and case.names):
        # Only a named person in common could outweigh different towns; none can here.
        return _total([time, _country(ref, case), place])
    dated = _incident_date(ref, case)
    late = time[0] <= LATE and not _same_people_or_day(ref, case, dated, place)
    copied = _reposted(ref, case) if late else None  # the texts' similarity, if a repost
    if late and copied is None:
        # An arrest told weeks after a case began is another arrest, however alike the story
        # (outlets reuse their wording), unless it names the same people (by name, or a large
        # group counted alike in the same place) or the same day, or reposts the story.
        return _total(
            [time, _country(ref, case), place, dated, (LATE, "no person or day in common")]
        )
    people = _people(ref, case, near=time[0] >= CLOSEST and place is not None and place[0] >= 1.0)
    evidence = [
        time,
        _outcome(ref, case),
        _country(ref, case),
        dated,
        place,
        people,
        _names(ref, case),
        _groups(ref, case),
        _orgs(ref, case),
        _restart(ref, case),
        _caught_since(ref, case),
    ]
    # A near-copy telling of another place or country is a template (a wire brief, a
    # press-release form), not the same story; a near-copy with another count is a misread or
    # updated count. Texts are compared only where they could tip the decision.
    so_far = sum(e[0] for e in evidence if e is not None)
    other_country = _other_country(ref, case) and not places_agree(ref.places, case)
    template = not _no_conflict(place) or other_country
    could_win = to_beat is None or so_far + TEXT_MAX > to_beat
    if not template and so_far + TEXT_MAX > THRESHOLD and could_win:
        text = _text(ref, case, copied)
        # Much the same wording with another count is an outlet's usual form, not the story.
        evidence.append(
            text if _no_conflict(people) or text is None or text[0] >= TEXT_MAX else None
        )
    return _total(evidence)


Weighed = tuple[float, str]
Evidence = Weighed | None


def _total(evidence: list[Evidence]) -> tuple[float, list[Weighed]]:
    kept = [e for e in evidence if e is not None]
    return sum(w for w, _ in kept), kept


def _explained(evidence: list[Weighed]) -> tuple[str, ...]:
    return tuple(f"{w:+.1f} {why}" for w, why in evidence)


def _same_people_or_day(
    ref: ReportRef, case: CaseRecord, dated: Evidence, place: Evidence
) -> bool:
    shared_name = bool(name_keys(ref.facts.names) & name_keys(case.names))
    same_day = dated is not None and dated[0] > 0
    other_day = dated is not None and dated[0] < 0
    return shared_name or same_day or (not other_day and _same_group(ref, case, place))


def _same_group(ref: ReportRef, case: CaseRecord, place: Evidence) -> bool:
    """A large group counted alike (19 and 19, not 2 and 2) in the same place."""
    if place is None or place[0] < 1.0:
        return False
    people = _people(ref, case)
    return people is not None and people[0] >= COUNTED_ALIKE


def _reposted(ref: ReportRef, case: CaseRecord) -> float | None:
    """How alike the texts are when the report reposts one of the case's (None otherwise)."""
    best = case.texts.best(ref.signature, floor=REPOST)
    return best if best >= REPOST else None


def _no_conflict(evidence: Evidence) -> bool:
    return evidence is None or evidence[0] > -1.0


def places_agree(places: frozenset[str], case: CaseRecord) -> bool:
    """Whether the report's place of the incident is the case's, or one lies within the other:
    the country of one of them is then misread, since a town lies in one country."""
    return not kin(places).isdisjoint(case.place_keys)


def country_rules_out(ref: ReportRef, case: CaseRecord) -> bool:
    """Another country rules a case out when the report backs the country it gives with a place,
    and names no place of the incident in common with the case."""
    if not _other_country(ref, case) or places_agree(ref.places, case):
        return False
    return country_backed(ref)


def country_backed(ref: ReportRef) -> bool:
    """Whether the report names a place in the country it gives, or a place of the incident the
    gazetteer cannot put abroad (Seoul, or a village it does not know; not a country's name or
    "the border"). A country the report names no place in (South Korea, whose ministry spoke)
    may be a misread: weighed, not obeyed."""
    if not ref.places and content_words(ref.facts.place):
        return True
    country = ref.facts.country
    return any(country_of(k) == country for k in ref.places | ref.mentions)


def _other_country(ref: ReportRef, case: CaseRecord) -> bool:
    """Whether the report places the incident in another country than the case does, by the
    country most of its reports give: one report's misread country does not move a case."""
    mine = ref.facts.country
    return mine is not None and case.country is not None and mine != case.country


def _follows_up(ref: ReportRef, case: CaseRecord) -> bool:
    followed = followed_statuses(ref.facts.status)
    return followed is None or case.status in followed


def followed_statuses(status: Status | None) -> frozenset[Status] | None:
    """The case statuses a report of `status` may follow up weeks later (None: any case's): an
    outcome (sent back, freed, arrived) any case, a threat of return an arrest, people missing
    a case where they were held. Any other report tells of the arrest itself."""
    return _FOLLOWED[status]  # asked for every case compared: worked out once per status


def _followed(status: Status | None) -> frozenset[Status] | None:
    if status in TERMINAL:
        return None
    if status is Status.MISSING:  # whereabouts unknown after they were held
        return _HELD
    if status is Status.FACING_REPATRIATION:
        return frozenset({Status.MISSING, Status.ARRESTED, Status.DETAINED})
    return frozenset()


_HELD = frozenset({Status.ARRESTED, Status.DETAINED, Status.FACING_REPATRIATION})
_FOLLOWED = {status: _followed(status) for status in (None, *Status)}


def told_date(ref: ReportRef) -> date | None:
    """The day the report says the incident happened, when it is not after the report itself."""
    told = ref.facts.date
    if told is None or ref.date is None or told >= ref.date:
        return None
    return told


def _time(ref: ReportRef, case: CaseRecord, *, follow_up: bool) -> Evidence:
    """How close in time, by the incident date the report states or else by its own date (a
    follow-up years later that names the day of the arrest is still close to the arrest); None
    when neither is near enough for the same incident."""
    by_report = _time_from(ref.date, case, follow_up=follow_up)
    if by_report is not None and by_report[0] >= CLOSEST:
        return by_report
    told = _told_near(ref, case)
    if told is None or ref.date is None or (ref.date - told).days <= SAME_WEEK:
        return by_report  # no date told, or within a week of the report's: its own will do
    by_told = _time_from(told, case, follow_up=follow_up)
    if by_told is None or (by_report is not None and by_report[0] >= by_told[0]):
        return by_report
    return by_told[0], f"told as {ref.facts.date_text}, {by_told[1]}"


def _told_near(ref: ReportRef, case: CaseRecord) -> date | None:
    """The incident date the report states; for a month without its day, the day of that month
    nearest the case's first report."""
    told = ref.facts.date
    if told is None or not ref.facts.date_month_only or case.first_seen is None:
        return told
    return min(max(case.first_seen, told), _end_of_month(told))


def _end_of_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _time_from(when: date | None, case: CaseRecord, *, follow_up: bool) -> Evidence:
    """How close `when` is to the case; None when too far for the same incident."""
    first, last = case.first_seen, case.last_seen
    if when is None:
        return -0.5, "undated report"
    if first is None or last is None:
        return None
    if follow_up:  # measured from the case's last report
        gap = (first - when).days if when < first else max(0, (when - last).days)
        steps, since = FOLLOW_UP_STEPS, "reports"
    else:  # the arrest itself: within days of the case's telling of it, weeks at most
        if abs((when - first).days) > WINDOW_DAYS:
            return None
        gap = _nearest(when, case.arrest_dates or (first,))
        steps, since = ARREST_STEPS, "reports of the arrest"
    for days, weight in steps:
        if gap <= days:
            return weight, f"{gap} day{'' if gap == 1 else 's'} from the case's {since}"
    return None


def _nearest(when: date, days: tuple[date, ...]) -> int:
    """Days from `when` to the nearest of `days` (ascending, not empty): one on either side."""
    at = bisect_left(days, when)
    if at == len(days):
        return (when - days[-1]).days
    after = (days[at] - when).days
    return min(after, (when - days[at - 1]).days) if at else after


def _outcome(ref: ReportRef, case: CaseRecord) -> Evidence:
    """A report of a later stage (facing return, repatriated, freed) follows a case up."""
    status = ref.facts.status
    if status in OUTCOMES and case.status is not None and advances(case.status, status):
        return 0.5, f"a later stage ({status}) of the case"
    return None


def _country(ref: ReportRef, case: CaseRecord) -> Evidence:
    if _other_country(ref, case):
        if places_agree(ref.places, case):  # as little said as by no country
            return -0.5, "another country given for the same place"
        return -1.0, "another country, named with no place in it"
    if ref.facts.country and case.country:
        return 0.5, f"same country {case.country}"
    return -0.5, "country unknown"


def _incident_date(ref: ReportRef, case: CaseRecord) -> Evidence:
    """The date the incident happened, where both tell it (the arrest, or the NGO's word). A
    later stage dated after the case's reports came out tells another day of the same story."""
    told = ref.facts.date
    if not (told and case.incident_date):
        return None
    days, apart = _dates_apart(told, ref.facts.date_month_only, case.told_dates)
    if apart is not None and apart <= 3:
        return 1.0, "same incident date" if apart == 0 else f"incident dates {apart} days apart"
    if days <= 10:  # the arrest, and the day an NGO or official spoke of it; or in its month
        return None
    if ref.facts.status in OUTCOMES and all(
        m.date is not None and told > m.date for m in case.members if m.facts.date
    ):
        return None  # a later day of the story (a transfer, a statement), not another arrest
    return (-2.0 if days > 30 else -1.0), f"incident dates {days} days apart"


@lru_cache(maxsize=1024)
def _dates_apart(
    told: date, month_only: bool, told_dates: frozenset[tuple[date, bool]]
) -> tuple[int, int | None]:
    """Days from the incident date a report tells to the nearest a case's reports tell, and to
    the nearest day they tell when it tells a day (None: not both tell days). Cached: the
    reports of one incident tell a few dates, and each is weighed against every case compared;
    a thousand sets at most, since a key holds a case's dates as they were."""
    mine = _told_span(told, month_only)
    spans = [_told_span(day, only) for day, only in told_dates]
    days = min(_apart(mine, span) for span in spans)
    # Only days match days: a month without its day may hold either.
    exact = [_apart(mine, span) for span in spans if mine[0] == mine[1] and span[0] == span[1]]
    return days, min(exact) if exact else None


def _told_span(day: date, month_only: bool) -> tuple[date, date]:
    """The first and last day the incident date a report states may be: one day, or a month."""
    return day, _end_of_month(day) if month_only else day


def _apart(one: tuple[date, date], other: tuple[date, date]) -> int:
    """Days between two spans of days (0 where they overlap)."""
    return max(0, (other[0] - one[1]).days, (one[0] - other[1]).days)


def _place(ref: ReportRef, case: CaseRecord) -> Evidence:
    case_places, case_mentions = case.place_keys, case.mention_keys
    mine, theirs = _specific(ref.places), _specific(case_places)
    if mine and theirs:
        if _held_and_arrived(ref, case, mine, theirs):
            if _in_passing(ref, case, mine, theirs):
                return 1.0, "where they were held and where they arrived, named in both"
            return 0.0, "one tells where they were held, the other where they arrived"
        my_towns, their_towns = _towns(mine), _towns(theirs)
        if my_towns and their_towns and not _related(my_towns, their_towns):
            if len(my_towns) < len(mine) and _related(mine - my_towns, their_towns):
                # A province the report names beside a town outside it ("Hanoi, Quang Ninh"),
                # and the case's town lies in it: the people may have been taken on, the capital
                # asked to act, or the province named for its nearness ("Dandong, near Jilin"),
                # so it neither ties nor parts them. (A town's own province is not kept.)
                return 0.0, "a province named holds the case's town, another town besides"
            # Towns decide, whatever provinces the reports also name.
            return _towns_apart(ref, case, my_towns, their_towns)
        if mine & theirs:
            return 2.0, "same place"
        if _related(mine, theirs):
            return 1.0, "one place lies within the other"
        if _in_passing(ref, case, mine, theirs):
            return _mentioned(mine, theirs, "place")
        return PLACE_CONFLICT, "different places"
    if _related(_specific(ref.places | ref.mentions), _specific(case_places | case_mentions)):
        return 1.0, "a place named in both"
    words = content_words(ref.facts.place)
    case_words = frozenset(w for m in case.members for w in content_words(m.facts.place))
    if words & case_words:
        return 1.0, "place words in common"
    return None


def _countries(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(country_of(k) for k in keys)


def _held_and_arrived(
    ref: ReportRef, case: CaseRecord, mine: frozenset[str], theirs: frozenset[str]
) -> bool:
    """Whether one side places the people where they arrived after their detention (a place
    outside the country they were held in) and the other where they were held (a place in that
    country): an arrival told first and the arrest later, or the other way round, are two
    stages of one journey, not places in two countries."""
    arrived = Status.REACHED_THIRD_COUNTRY
    if arrived not in (ref.facts.status, case.status):
        return False
    mine_in, theirs_in = _countries(mine), _countries(theirs)
    if not mine_in.isdisjoint(theirs_in):
        return False
    held_here, held_there = ref.facts.country, case.country
    return (held_there is not None and held_there not in theirs_in and held_there in mine_in) or (
        held_here is not None and held_here not in mine_in and held_here in theirs_in
    )


@lru_cache(maxsize=8192)
def _towns(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys if not is_region(k))


def _towns_apart(
    ref: ReportRef, case: CaseRecord, mine: frozenset[str], theirs: frozenset[str]
) -> Evidence:
    if _in_passing(ref, case, mine, theirs):
        return _mentioned(mine, theirs, "town")
    if not _regions_of(mine).isdisjoint(_regions_of(theirs)):
        return -2.5, "different towns in one region"
    return PLACE_CONFLICT, "different places"


@lru_cache(maxsize=8192)
def _regions_of(towns: frozenset[str]) -> frozenset[str]:
    """Every place the towns lie in (cached: asked of the same towns for every case compared)."""
    return frozenset(a for k in towns for a in ancestors(k)[1:])


def _in_passing(
    ref: ReportRef, case: CaseRecord, mine: frozenset[str], theirs: frozenset[str]
) -> bool:
    """Whether either names the other's place in passing. A loose area one of them mentions
    ("the Russian Far East", "the border") names none of the places within it."""
    return _related(mine, _specific(case.mention_keys)) or _related(
        _specific(ref.mentions), theirs
    )


def _mentioned(mine: frozenset[str], theirs: frozenset[str], what: str) -> Evidence:
    """Different places where either report names the other's in passing: a neighbour within
    one country, but across a border still different places, whatever either mentions (where
    the people set off, where they were bound)."""
    if _countries(mine).isdisjoint(_countries(theirs)):
        return PLACE_CONFLICT, "places in different countries"
    return -0.5, f"different {what}, though the other is mentioned"


@lru_cache(maxsize=8192)
def _specific(keys: frozenset[str]) -> frozenset[str]:
    """Places that can rule another out: not loose areas ("the Russian Far East"). Cached, like
    `_towns`: asked of the report and of each case for every case compared."""
    return frozenset(k for k in keys if not is_area(k))


def _related(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """`places.related` for places without loose areas, by the kin of `mine` (cached)."""
    return not kin(mine).isdisjoint(theirs)


def _people(ref: ReportRef, case: CaseRecord, *, near: bool = False) -> Evidence:
    """Whether the counts agree. `near`: the same place within a week, where a count wildly
    apart (one person, two children) is more often a part of the group the story dwells on, or
    a misread, than another group; it then weighs as a count far apart."""
    mine = ref.facts.people
    if mine is None:
        return None
    return _counts_weighed(mine, ref.facts.people_approx, case.people_counts, near)


@lru_cache(maxsize=1024)
def _counts_weighed(
    mine: int, approx: bool, counts: tuple[tuple[int, bool], ...], near: bool
) -> Evidence:
    """`_people` of a report counting `mine` (`approx`: roughly) and a case whose reports
    counted `counts`. Cached: the reports of one incident give a few counts, and each is
    weighed against every case compared."""
    verdicts = [counts_agree(mine, approx, *count) for count in counts]
    if any(verdicts):
        return _count_agreement(mine, counts)
    if verdicts:
        if not near and _count_ratio(mine, counts) >= 5:
            return -2.0, "people counts wildly apart"
        return -1.0, "people counts far apart"
    return None


def _count_agreement(mine: int, counts: tuple[tuple[int, bool], ...]) -> Evidence:
    """Agreeing counts say more the larger and closer they are: 19 and 19, not 2 and 3."""
    close = [p for p, _ in counts if p and abs(p - mine) <= max(1, mine // 6)]
    if mine >= 10 and close:
        return COUNTED_ALIKE, f"people counts agree ({mine} and {close[0]})"
    if all(p != mine for p, _ in counts):
        return 0.5, "people counts differ, not by much"
    return 1.0, "compatible people counts"


def _count_ratio(mine: int, counts: tuple[tuple[int, bool], ...]) -> float:
    """How many times larger the larger count is, for the closest count the case has."""
    ratios = [max(mine, p) / max(1, min(mine, p)) for p, _ in counts]
    return min(ratios, default=1.0)


def _names(ref: ReportRef, case: CaseRecord) -> Evidence:
    # A name in common links across scripts (최명복 is Choe Myong-bok); names can only be told
    # apart within one script, since a transliteration may miss.
    if not (ref.facts.names and case.names):
        return None
    if name_keys(ref.facts.names) & name_keys(case.names):
        return 3.0, "a named person in common"
    scripts = {name_script(n) for n in ref.facts.names} & {name_script(n) for n in case.names}
    mine = name_keys(tuple(n for n in ref.facts.names if name_script(n) in scripts))
    theirs = name_keys(tuple(n for n in case.names if name_script(n) in scripts))
    if not (mine and theirs):
        return None
    single = ref.facts.people == 1 and all(m.facts.people in (1, None) for m in case.members)
    return (-5.0 if single else -2.0), "different names"


def _groups(ref: ReportRef, case: CaseRecord) -> Evidence:
    if set(ref.facts.groups) & set(case.groups):
        return 0.5, "same groups of people"
    return None


def _orgs(ref: ReportRef, case: CaseRecord) -> Evidence:
    shared = _specific_orgs(ref.facts.orgs) & _specific_orgs(case.orgs)
    if shared:
        return 1.0, f"both cite {sorted(shared)[0]}"
    return None


def _text(ref: ReportRef, case: CaseRecord, reposted: float | None = None) -> Evidence:
    """How alike the texts are; `reposted`: that similarity, found already (`_reposted`)."""
    best = case.texts.best(ref.signature, floor=0.35) if reposted is None else reposted
    if best >= 0.6:
        return 4.0, f"near-copy text ({best:.2f})"
    if best >= 0.45:
        return 3.0, f"much the same text ({best:.2f})"
    if best >= 0.35:
        return 2.0, f"similar text ({best:.2f})"
    return None


def _caught_since(ref: ReportRef, case: CaseRecord) -> Evidence:
    """An arrest the report dates more than a week after the case was first reported is another
    arrest: the case told of its people before these were caught. (Within a week it may be the
    rest of the group; a case of people missing may end in their arrest.)"""
    if ref.facts.status is not Status.ARRESTED or case.status is Status.MISSING:
        return None
    told = told_date(ref)
    if told is None or case.first_seen is None:
        return None
    days = (told - case.first_seen).days
    if days <= SAME_WEEK:
        return None
    return CAUGHT_SINCE, f"caught {days} days after the case was first reported"


def _restart(ref: ReportRef, case: CaseRecord) -> Evidence:
    """A fresh arrest after a case has ended is more likely a new incident."""
    if ref.facts.status is not Status.ARRESTED or case.status not in TERMINAL:
        return None
    when = told_date(ref) or ref.date
    if when and case.last_seen and (when - case.last_seen).days > 14:
        return -1.5, "a new arrest after the case ended"
    return None
