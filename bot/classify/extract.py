"""Facts: who, how many, where, in what state, who is involved and when, for one analysed report.

Reads only the incident sentences (and, for status, groups and date, the sentences that carry a
status about the same people), so figures from background paragraphs do not leak into a case.
Also names the specific elements (head count, one person, city, recent day, date) the tier rule
asks for before it raises an alert. An all-clear counts only in a sentence that singles these
people out and is not dated to someone else's story; the status comes with its evidence, the
sentence it was read from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from bot.classify.all_clears import (
    confirmed_events,
    doubted_after,
    freed_as_part,
    freed_in_part,
    freed_over_group,
    returned_in_part,
    whole_after_part,
    whole_of_freed_part,
    whole_of_returned_part,
    with_the_rest,
)
from bot.classify.apart import (
    all_clears_apart,
    headline_periods_apart,
    periods_apart,
    sums_confirmed,
    told_apart,
)
from bot.classify.carry import opening_count, opening_figure
from bot.classify.dates import DateReader, Reading, SentenceDates
from bot.classify.events import ALL_CLEAR, Event
from bot.classify.headcount import count_people, updated_figure
from bot.classify.lexicon import Term
from bot.classify.matcher import Hit, Matcher
from bot.classify.members import Members
from bot.classify.names import NameReader
from bot.classify.nouns import NAMING_PEOPLE
from bot.classify.numbers import CountReader, Readings
from bot.classify.people import People
from bot.classify.places import SPECIFIC_KINDS, foreign_places
from bot.classify.rules import Analysis
from bot.classify.sentences import Sentence
from bot.classify.status import (
    resolve_status,
    without_all_clears_before_a_new_group,
    without_general_call,
    without_headline_release,
    without_headline_return,
    without_headline_return_the_text_doubts,
    without_headline_return_the_text_fears,
    without_headline_threat_sent_south,
    without_missing_before_custody,
    without_missing_beside_custody,
    without_release_before_custody,
    without_release_before_rearrest,
    without_release_before_return,
    without_return_on_a_supposed_arrest,
)
from bot.classify.views import View
from bot.domain import Facts

EVIDENCE: Final = 200  # characters: one short line in an alert
CROWD: Final = 1000  # thousands held or sent back is a statistic, not an incident to act on
# characters between a group word and the people's ("a group of North Koreans")
GROUP_GAP: Final = 8
GROUP_ORDER: Final = ("children", "women", "elderly", "pregnant", "family")
# A full date of the incident this close before the report dates it to now, as "on Monday" does.
RECENT_DATE_DAYS: Final = 14
RETOLD_DAYS: Final = 183  # a date of the people at least this long before the report retells them
# The concepts of a custody that, told after a release in its sentence, keeps the rest held.
CUSTODY_CUES: Final = ("custody", "detain")


@dataclass(frozen=True, slots=True)
class Readers:
    """The readers of counts, dates and names, built once from the lexicons, and the groups
    each term for the people names inside it (`groups_in_subjects`)."""

    counts: CountReader
    dates: DateReader
    names: NameReader
    subject_groups: Mapping[str, frozenset[str]]


def groups_in_subjects(terms: Sequence[Term]) -> dict[str, frozenset[str]]:
    """The groups a term for the people names inside it ("north korean women", 탈북 여성: women),
    found by the matcher over the group terms. The longer term is the one matched in a report,
    so the group's own term is never found there. A `noise` word holding a group's letters,
    แม่น้ำ (a river, not a mother), names none there either."""
    groups = Matcher([t for t in terms if t.concept in ("group", "noise")])
    out: dict[str, frozenset[str]] = {}
    for term in terms:
        if term.concept not in NAMING_PEOPLE or "*" in term.text:
            continue
        named = frozenset(
            e.value
            for h in groups.scan(term.text)
            for e in h.entries
            if e.lang == term.lang and e.concept == "group"
        )
        if named:
            out[term.text] = named
    return out


def _release_still_held(views: Sequence[View]) -> bool:
    """Whether a release was cancelled by a custody said to go on ("released two of three
    women, while the third remains in detention"), or told after it in its sentence (5人のうち
    3人を釈放し、2人は拘束が続いている): the part freed is not the people."""
    return any(
        e.kind == "released"
        and e.cue is not None
        and (
            e.cue.has("still")
            or (e.cue.start >= e.hit.end and not e.cue.concepts.isdisjoint(CUSTODY_CUES))
        )
        for v in views
        for e in v.cancelled
    )


@dataclass(frozen=True, slots=True)
class Extraction:
    facts: Facts
    specifics: tuple[str, ...]
    status_event: Event | None


def extract(analysis: Analysis, readers: Readers, report_date: date | None) -> Extraction:
    incident = analysis.incident
    readings = Readings(readers.counts)
    dates = SentenceDates(readers.dates, report_date)
    views = _unique(incident + analysis.status_views)
    apart = tuple(told_apart(v, readings, dates) for v in views)
    status_views = all_clears_apart(sums_confirmed(views, apart, readings), readings, dates)
    status_views = periods_apart(status_views, analysis.sentences, readings, dates)
    status_views = headline_periods_apart(status_views, readings)
    usable_events = [e for v in analysis.views if v.usable for e in v.events]
    status_views, held_rest = freed_in_part(status_views, usable_events, readings)
    freed_part = False
    group = None
    if not held_rest:
        status_views, group = freed_over_group(status_views, usable_events, readings)
    if not held_rest and group is None:
        whole = status_views
        status_views = freed_as_part(status_views, analysis.sentences, readings)
        freed_part = status_views != whole
    members = Members(readers.counts)
    people, count_view, counted = count_people(status_views, readings, members)
    counting = status_views + _corrections(
        analysis.sentences, analysis.views, status_views, counted, readings
    )
    if counting != status_views:
        people, count_view, counted = count_people(counting, readings, members)
    follow_ons = _follow_ons(analysis.views, status_views) if people.text is None else ()
    if follow_ons:
        people, count_view, counted = count_people(counting + follow_ons, readings, members)
    parts = _parts_after(analysis.views, status_views, counted)
    if parts and people.count is not None:
        people, count_view, counted = count_people(counting, readings, members, parts)
    people = with_the_rest(people, count_view, held_rest, readings)
    # The part freed may name its group in its own sentence whether or not the rest are told
    # of ("freed four of ten ... The remaining six are still held"): the group counts.
    returned_part = returned_in_part(status_views, readings)
    if returned_part:
        people = whole_of_returned_part(people, count_view, readings)
    if freed_part or held_rest or returned_part or _release_still_held(status_views):
        people = whole_of_freed_part(people, status_views, readings)
    people = whole_after_part(people, count_view, analysis.sentences, readings)
    if group is not None:
        people = group
    counted_with_status = people  # what the tier rule weighs: a count told with a status
    if (people.text is None or people.others_only) and incident:
        people = _counted_elsewhere(analysis.views, status_views, readings, members) or people
    cancelled = [e for v in status_views for e in v.cancelled]
    events = [e for v in status_views for e in v.events]
    if any(e.kind in ALL_CLEAR for e in events):  # only an all-clear needs its sentence checked
        year = report_date.year if report_date else None
        south = analysis.where.country == "KR"
        events = confirmed_events(
            status_views, events, counted, readers.names, readers.dates, dates, year, south
        )
        events, doubted = doubted_after(events, analysis.sentences)
        cancelled += doubted
    events.extend(e for e in held_rest if e not in events)
    if analysis.reaction is not None:
        events.extend(analysis.reaction.events)
    events = _headline_yields(events, cancelled, dates)
    events = without_general_call(events)
    status, status_event = resolve_status(
        events, count_view.sentence if count_view else None, held_rest
    )
    when, told, told_by = _dates(status_views, dates)
    if told_by is None or _only_topic(told_by):
        # Nothing dates the incident, or only a sentence naming its return as a topic (the
        # probe of it, a hearing on it): an incident long past may be retold.
        told = _retold(analysis.views, people.count, dates, readings, members) or told
    facts = Facts(
        country=analysis.where.country,
        place=analysis.where.place,
        people=people.count,
        people_text=people.text,
        people_approx=people.approx,
        groups=_groups(status_views, readers.subject_groups),
        status=status,
        orgs=_orgs(analysis.sentences),
        date=told.happened,
        date_month_only=told.month_only,
        names=readers.names.read_names([v.sentence for v in status_views]),
        evidence=evidence(status_event) if status_event is not None else None,
    )
    kin = _one_named_without_figure(incident, members)
    specifics = _specifics(incident, counted_with_status, when, facts.names, kin)
    if _dated_recently(told, report_date):
        specifics += ("recent date",)
    return Extraction(facts, specifics, status_event)


def _dated_recently(told: Reading, report_date: date | None) -> bool:
    """Whether the incident's own full date (not a month alone) lies at most RECENT_DATE_DAYS
    before the report's: "arrested on the morning of 15 November" in a report of 19 November."""
    if told.happened is None or told.month_only or report_date is None:
        return False
    return 0 <= (report_date - told.happened).days <= RECENT_DATE_DAYS


def _follow_ons(views: tuple[View, ...], status_views: tuple[View, ...]) -> tuple[View, ...]:
    """ "Police arrested North Korean defectors in Shenyang. The group of seven included two
    children.": a sentence right after one about the people, that says "the group", "they" (일행,
    一行, 这批人) and tells of nothing happening, counts them when they were not counted before;
    so does one opening on a figure ("A group of defectors was arrested. The six were found
    near Dandong", 6명은, 6人は), which names them again whatever its verb."""
    orders = {v.sentence.order for v in status_views}
    said = _quiet_after(views, orders, orders, ("subject_pron",))
    figured = tuple(
        v
        for v in _quiet_after(views, orders, orders, ())
        if v not in said
        and v.subjects
        and (opening_figure(v.sentence) or opening_count(v.sentence)) in v.subjects
    )
    return said + figured


def _corrections(
    sentences: Sequence[Sentence],
    views: tuple[View, ...],
    status_views: tuple[View, ...],
    counted: set[int],
    readings: Readings,
) -> tuple[View, ...]:
    """The sentences after one that counts the people, telling no status, whose figure
    corrects the count ("Officials first said 10 were detained. A pastor later said the number
    was eight."): the corrected figure counts. Such a sentence often names no one, so it may
    have no view of its own; it is read as one telling nothing happening."""
    if not counted:
        return ()
    first = min(counted)
    told = {v.sentence.order for v in status_views}
    by_order = {v.sentence.order: v for v in views}
    reader = readings.reader
    corrections = (
        s
        for s in sentences
        if s.order > first
        and s.order not in told
        and (
            (
                s.has("corrected")
                and any(reader.corrects(s.text, c) for c in readings.of(s, ()).counts)
            )
            or (
                s.has("updated")
                and updated_figure(s, readings.of(s, ()).counts, readings) is not None
            )
        )
    )
    found = (by_order.get(s.order, View(s, (), (), (), None, None, False)) for s in corrections)
    return tuple(v for v in found if v.usable)


def _parts_after(
    views: tuple[View, ...], status_views: tuple[View, ...], counted: set[int]
) -> tuple[View, ...]:
    """The sentences right after one that counts the people, that name them and tell nothing
    happening: they may say who a part of those counted were ("Eight of them were defectors")."""
    orders = {v.sentence.order for v in status_views}
    return _quiet_after(views, counted, orders, NAMING_PEOPLE)


def _quiet_after(
    views: tuple[View, ...], after: set[int], told: set[int], naming: tuple[str, ...]
) -> tuple[View, ...]:
    """The usable sentences right after one of `after`, not among `told` (the status
    sentences), telling nothing happening and having one of the `naming` concepts."""
    return tuple(
        v
        for v in views
        if v.sentence.order - 1 in after
        and v.sentence.order not in told
        and not v.events
        and v.usable
        and (not naming or v.sentence.has(*naming))
    )


def _counted_elsewhere(
    views: tuple[View, ...], status_views: tuple[View, ...], readings: Readings, members: Members
) -> People | None:
    """ "Seoul will probe the return of the fishermen. Photos show the two fishermen struggling
    at the border.": when no sentence with a status counts the people, the first sentence that
    names them with a figure, tells nothing happening and dates them to no other time counts
    them (only in a report that tells an incident)."""
    told = {v.sentence.order for v in status_views}
    for view in views:
        sentence = view.sentence
        if sentence.order in told or not view.usable or not sentence.has(*NAMING_PEOPLE):
            continue
        if view.events or view.cancelled:  # a status of its own, or one denied or wished for
            continue
        if sentence.has("period", "long_ago", "others", "generic"):
            continue
        found = count_people((view,), readings, members)[0]
        if found.count is not None and found.count < CROWD:
            return found
    return None


def _dates(
    views: tuple[View, ...], dates: SentenceDates
) -> tuple[date | None, Reading, View | None]:
    """The first date the sentences state, and the first that is not a day someone spoke on
    ("said on Monday"): that one dates the report as recent, but is not when it happened; and
    the view it came from."""
    when: date | None = None
    for view in views:
        reading = dates.of(view.sentence)
        when = when or reading.stated
        if reading.happened is not None:
            return when, reading, view
    return when, Reading(), None


def _only_topic(view: View) -> bool:
    """Whether the sentence names the return only as a topic ("the repatriation case"), with
    nothing happening to anyone."""
    return all(e.kind == "topic" for e in view.events)


def _retold(
    views: tuple[View, ...],
    count: int | None,
    dates: SentenceDates,
    readings: Readings,
    members: Members,
) -> Reading | None:
    """For a report that retells an incident long past (a probe, a verdict, an anniversary, years
    on) and dates no sentence where something happens to the people, the date that a sentence
    about them states, when it is long before the report ("2019年11月7日抵达板门店的两名渔民"):
    the incident's.
    A sentence counting other people than the report's tells another story."""
    report_date = dates.report_date
    if report_date is None:
        return None
    for view in views:
        if not view.subjects:
            continue
        reading = dates.of(view.sentence)
        if reading.happened is None or (report_date - reading.happened).days < RETOLD_DAYS:
            continue
        theirs = count_people((view,), readings, members)[0].count
        if count is None or theirs is None or theirs == count:
            return reading
    return None


def evidence(event: Event) -> str:
    """The sentence the status was read from, as written; a long one is cut to the stretch of
    at most EVIDENCE characters around the status word, at spaces where it has them."""
    sentence, hit = event.sentence, event.hit
    text = " ".join(sentence.text.split())
    if len(text) <= EVIDENCE:
        return text
    raw = sentence.text
    middle = (hit.start + hit.end) // 2 - sentence.start
    start = max(0, min(middle - EVIDENCE // 2, len(raw) - EVIDENCE))
    end = start + EVIDENCE
    if start > 0 and " " in raw[start : start + 20]:
        start = raw.index(" ", start) + 1
    if end < len(raw) and " " in raw[end - 20 : end]:
        end = raw.rindex(" ", 0, end)
    cut = " ".join(raw[start:end].split())
    return ("…" if start > 0 else "") + cut + ("…" if end < len(raw) else "")


def _groups(
    views: tuple[View, ...], subject_groups: Mapping[str, frozenset[str]]
) -> tuple[str, ...]:
    found = {e.value for v in views for h in v.sentence.hits_of("group") for e in h.entries}
    for view in views:
        for hit in view.sentence.hits_of(*NAMING_PEOPLE):
            found.update(g for e in hit.entries for g in subject_groups.get(e.text, ()))
    return tuple(g for g in GROUP_ORDER if g in found)


def _orgs(sentences: Sequence[Sentence]) -> tuple[str, ...]:
    names: dict[str, None] = {}
    for sentence in sentences:
        for hit in sentence.hits_of("org"):
            for entry in hit.entries:
                if entry.concept == "org":
                    names.setdefault(entry.value, None)
    return tuple(names)


def _one_named_without_figure(incident: tuple[View, ...], members: Members) -> bool:
    """Whether a sentence of the incident names one person by who they are, without a figure
    (a relative in the South tells of "her younger sister", 여동생이, 妹が): one person."""
    return any(m.value == 1 for v in incident for m in members.of(v.sentence))


def _group_of_them(view: View) -> bool:
    """ "a group of North Korean defectors", "several defectors", 탈북민 일행, 脱北者数人: the
    people told as one group not counted, the group word right beside their word (not "a
    group of lawmakers urged ..." about defectors further on)."""
    sentence = view.sentence
    text, base, grammar = sentence.text, sentence.start, sentence.grammar
    return any(
        _beside(g, s)
        and not grammar.breaks(text, min(g.end, s.end) - base, max(g.start, s.start) - base)
        for g in sentence.hits_of("one_group")
        for s in sentence.hits_of(*NAMING_PEOPLE)
    )


def _beside(a: Hit, b: Hit) -> bool:
    """Whether two hits overlap (one term for both, 脱北者数人) or stand a few characters apart."""
    return max(a.start, b.start) - min(a.end, b.end) <= GROUP_GAP


def _specifics(
    incident: tuple[View, ...],
    people: People,
    when: date | None,
    names: tuple[str, ...],
    kin: bool,
) -> tuple[str, ...]:
    found: list[str] = []
    if people.text is not None and people.floor < CROWD:
        found.append("head count")
    if any(
        kind in SPECIFIC_KINDS
        for v in incident
        if not _tells_a_run(v)
        for _h, _iso, kind in foreign_places(v.sentence)
    ):
        found.append("city or region")
    if any(v.sentence.has("recent") for v in incident):
        found.append("recent day")
    if any(_returned_recently(v) for v in incident):
        found.append("return on a recent day")
    if when is not None:
        found.append("date")
    if kin or any(
        v.sentence.has("subject_one") or any(h.has("subject_one") for h in v.subjects)
        for v in incident
    ):
        found.append("one person")
    if any(v.sentence.has("one_family") for v in incident):
        found.append("one family")
    if ("recent day" in found or when is not None) and any(_group_of_them(v) for v in incident):
        found.append("one group")
    if names:
        found.append("named person")
    return tuple(found)


def _tells_a_run(view: View) -> bool:
    """Whether the sentence tells a run of events ("arrested defectors one after another in
    Jilin", 탈북민을 잇따라 체포): a crackdown in a region, not one group held, so its region does
    not make the incident specific."""
    return view.sentence.has("series")


def _returned_recently(view: View) -> bool:
    """Whether the view tells of a return done on a recent day and not over a period ("sent
    hundreds back last week", not "sent 2,000 back last year, a report said last week")."""
    sentence = view.sentence
    return (
        sentence.has("recent")
        and not sentence.has("period")
        and any(e.kind == "repatriated" for e in view.events)
    )


def _unique(views: tuple[View, ...]) -> tuple[View, ...]:
    seen: set[int] = set()
    out: list[View] = []
    for view in sorted(views, key=lambda v: v.sentence.order):
        if view.sentence.order not in seen:
            seen.add(view.sentence.order)
            out.append(view)
    return tuple(out)


def _headline_yields(
    events: list[Event], cancelled: list[Event], dates: SentenceDates
) -> list[Event]:
    """The events, less a headline's all-clear that the text tells otherwise, a release or a
    disappearance that a custody or a return told after it ended or one said to go on beside
    it, and a return that would follow only an arrest supposed of people missing."""
    kept = without_all_clears_before_a_new_group(without_headline_release(events, cancelled))
    kept = without_release_before_rearrest(kept, dates)
    kept = without_release_before_return(without_release_before_custody(kept))
    kept = without_headline_return_the_text_fears(without_headline_return(kept))
    kept = without_headline_threat_sent_south(kept)
    kept = without_missing_before_custody(without_headline_return_the_text_doubts(kept))
    kept = without_missing_beside_custody(kept)
    return without_return_on_a_supposed_arrest(kept, cancelled)
