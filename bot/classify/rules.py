"""The tier decision: named rules over what co-occurs in each sentence of a report.

A sentence is an *incident sentence* when it names North Korean refugees (a subject; "they" right
after a sentence that names them, or a person introduced by name and age beside words about North
Korea, also count: carry.py), asserts a status event about them (arrested, held, facing or
undergoing repatriation, freed, missing...), and is neither vetoed by a trap, nor generic, nor
about a year long past (views.py). A report is an `alert` (rule `alert.incident`) when it has an
incident sentence, a country of detention outside the two Koreas, and something specific (a head
count, one named person, a city, a recent day); it is demoted to `related` by a doc-level trap
(memoir or book in the headline, the Zainichi programme, a statistics headline, a headline on a
time long past) or when a specific element is missing; background on the topic is `related`, the
rest `ignore`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from bot.classify.carry import (
    Figures,
    KinCount,
    carried,
    carry_subjects,
    identified_after,
    may_add_to_them,
    may_count_them_again,
    may_drop_them,
    may_name_a_relative,
    may_take_them_up,
    named_again_by_group,
    new_group_after_them,
    no_figures,
    no_kin,
    opening_count,
    opening_figure,
    reaction_before,
    read_status_views,
    with_antecedents,
)
from bot.classify.events import deported_south
from bot.classify.matcher import Hit
from bot.classify.places import (
    Where,
    foreign_places,
    locate,
    returned_from_south,
    tells_return_by_south,
)
from bot.classify.sentences import Sentence
from bot.classify.statistics import StatisticReader
from bot.classify.traps import (
    DEMOTING_ANYWHERE,
    DEMOTING_IN_LEAD,
    LEFT_SHIP,
    RECALLED,
    RETURNS,
    SUBJECTS,
    demotion,
    leads,
    recent_now,
    weak_subjects,
)
from bot.classify.views import NAMING, View, adds_an_incident, read_view
from bot.domain import Tier

# What makes an incident specific enough to alert on; a recent day or a date only adds score,
# except to a return done ("sent hundreds back last week"): a mass return names no head count.
SUFFICIENT: Final = frozenset(
    {
        "head count",
        "one person",
        "one family",
        "one group",
        "named person",
        "city or region",
        "return on a recent day",
    }
)
ACTIONS: Final = frozenset(
    {
        "arrested",
        "apprehended",
        "detained",
        "custody",
        "facing",
        "repatriated",
        "expelled",
        "released",
        "missing",
    }
)
# The last year of the Zainichi programme (1959-84), whose years date its people's journey north.
PROGRAMME_END: Final = 1984
DETENTION: Final = frozenset(
    {"arrested", "apprehended", "detained", "custody", "released", "expelled"}
)


@dataclass(frozen=True, slots=True)
class Analysis:
    sentences: tuple[Sentence, ...]  # every sentence with a hit
    views: tuple[View, ...]  # those naming the people, or following on with a status word
    incident: tuple[View, ...]
    status_views: tuple[View, ...]
    where: Where
    demotion: Hit | None
    topic: bool  # the report is about North Korean refugees at all
    # A reaction told right before the people held, naming no one: what they face.
    reaction: View | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    tier: Tier
    score: float
    rule: str
    specifics: tuple[str, ...] = field(default=())


def analyse(
    sentences: Sequence[Sentence],
    report_year: int | None,
    statistics: StatisticReader,
    kin: KinCount = no_kin,
    figures: Figures = no_figures,
) -> Analysis:
    nk_context = _nk_context(sentences)
    # A past return by South Korea is news again only in a report about it: beside an incident
    # abroad it is a comparison, and its return must not become those people's status. The
    # places are read only in a report that tells of such a return: most tell of none.
    south_news = any(tells_return_by_south(s) for s in sentences) and not any(
        foreign_places(s) for s in sentences
    )

    crew_fled = _crew_fled(sentences)

    by_order = {s.order: s for s in sentences}

    def read(sentence: Sentence) -> View:
        before: tuple[Sentence, ...] = ()
        if sentence.has("stat_link", "stat_also"):  # the two sentences before it, nearest first
            before = tuple(
                by_order[o]
                for o in range(sentence.order - 1, sentence.order - 3, -1)
                if o in by_order
            )
        return read_view(
            sentence, nk_context, report_year, statistics, south_news, crew_fled, before
        )

    # Sentences that may name the people are read now; one with only a status word matters only
    # when it follows straight on from them, and read_status_views reads it then.
    # A group retold after a reaction ("a family of four was taken away") names them too.
    first = [
        read(s)
        for s in sentences
        if not s.concepts.isdisjoint(NAMING)
        or opening_figure(s)
        or opening_count(s)
        or may_count_them_again(s, by_order.get(s.order - 1))
        or may_add_to_them(s, by_order.get(s.order - 1))
        or may_take_them_up(s, by_order.get(s.order - 1))
        or may_drop_them(s, by_order.get(s.order - 1))
        or may_name_a_relative(s, by_order.get(s.order - 1))
    ]
    first = named_again_by_group(first, sentences, read, figures, report_year, south_news)
    first = new_group_after_them(first, sentences, read, figures, report_year, south_news)
    named = carry_subjects(first, report_year, south_news, figures)
    named = identified_after(named, sentences, read)
    detention_seen = any(
        e.kind in DETENTION or deported_south(e)
        for v in named
        if v.usable and v.subjects
        for e in v.events
    )
    actions = ACTIONS | {"third"} if detention_seen else ACTIONS
    incident = with_antecedents(
        [v for v in named if v.usable and v.subjects and any(e.kind in actions for e in v.events)],
        named,
    )
    views, status_views = read_status_views(sentences, named, incident, read, kin)
    reaction = reaction_before(sentences, incident, {v.sentence.order: v for v in named}, read)
    # Where: first the sentences naming the people, then those saying "they", then the rest.
    # Each vote is over a list of sentences that is often the one before again (no sentence
    # carried, the status views the incident's): counted once.
    voted: dict[tuple[tuple[int, ...], bool], Where] = {}

    def vote(chosen: list[Sentence], governments: bool = False) -> Where:
        key = (tuple(s.order for s in chosen), governments)
        found = voted.get(key)
        if found is None:
            found = voted[key] = locate(chosen, governments=governments)
        return found

    where = vote([v.sentence for v in incident if not carried(v)])
    if where.country is None:
        where = vote([v.sentence for v in incident])
    if where.country is None:
        where = vote([v.sentence for v in status_views])
    if where.country is None:
        returns = [
            v.sentence
            for v in (*incident, *status_views)
            if any(e.kind in RETURNS for e in v.events)
        ]
        where = returned_from_south(returns)
    if where.country is None and incident:
        # The people told of after a lead that names only the place: "Police raided a safe
        # house in Dandong. ... In all, five North Koreans were taken away."
        where = vote(leads(sentences))
    if where.country is None:  # only a government named: "Beijing sent them back"
        read_here = {id(v.sentence): v.sentence for v in (*incident, *status_views)}
        where = vote(list(read_here.values()), governments=True)
    if where.country is None and incident:
        # Nothing but the city a release was issued from: "(Bangkok) – Five North Koreans were
        # detained on Monday" tells of no other place, and the release's city is likely theirs.
        where = locate([v.sentence for v in incident], issued=True)
    topic = any(v.subjects for v in named)
    return Analysis(
        tuple(sentences),
        views,
        incident,
        status_views,
        where,
        demotion(sentences),
        topic,
        reaction if reaction not in status_views else None,
    )


def names_them(sentences: Sequence[Sentence]) -> bool:
    """Whether a report names North Korean refugees at all, as `analyse` counts subjects: a weak
    word ("defectors", 탈북자 alone) only where North Korea or a strong word is in the report and
    no worker or other-nationality trap is in its sentence."""
    if any(s.has(*SUBJECTS) for s in sentences):
        return True
    crew_fled = _crew_fled(sentences)
    return _nk_context(sentences) and any(weak_subjects(s, crew_fled) for s in sentences)


def _crew_fled(sentences: Sequence[Sentence]) -> bool:
    """Whether the report tells a sailor's flight from his ship: told once, it makes him an
    escapee in every sentence."""
    return any(s.has(LEFT_SHIP) for s in sentences)


def _nk_context(sentences: Sequence[Sentence]) -> bool:
    return any(s.has("nk", *SUBJECTS) for s in sentences)


def decide(analysis: Analysis, specifics: Sequence[str]) -> Decision:
    """The tier, a score in [0, 1] and the name of the rule that fired. The score only orders
    and shows verdicts (the console, the stored report); nothing is decided on it, so its steps
    are round numbers: an alert starts at 0.6, gains 0.1 for each specific element up to three
    and 0.09 when the headline itself tells of the incident."""
    a = analysis
    demoted = a.demotion is not None and not _news_despite_lead(a, specifics)
    if a.incident and a.where.country and SUFFICIENT & set(specifics) and not demoted:
        title = any(v.sentence.field == "title" for v in a.incident)
        score = 0.6 + 0.1 * min(len(specifics), 3) + (0.09 if title else 0.0)
        return Decision(Tier.ALERT, round(min(score, 0.99), 2), "alert.incident", tuple(specifics))
    if a.incident:
        if a.demotion is not None and demoted:
            rule = f"related.demoted-by-{a.demotion.entries[0].concept}"
        elif not a.where.country:
            rule = "related.no-country-abroad"
        else:
            rule = "related.nothing-specific"
        return Decision(Tier.RELATED, 0.45, rule)
    background = any(
        v.subjects and (v.events or v.cancelled or v.sentence.has("repat_topic")) for v in a.views
    )
    if background or (a.topic and a.demotion is not None):
        return Decision(Tier.RELATED, 0.3, "related.background")
    if a.topic:
        return Decision(Tier.IGNORE, 0.1, "ignore.no-detention-or-repatriation")
    return Decision(Tier.IGNORE, 0.0, "ignore.off-topic")


def _later_years(sentence: Sentence) -> bool:
    """Whether `sentence` names a year after the Zainichi programme's end: its own years (the
    grandfather who went north in 1962, 1960年代の帰国事業) date the programme, never an arrest
    abroad, since the people it took fled the North only decades later."""
    grammar = sentence.root
    for m in sentence.years():
        year = grammar.year_of(m)
        if year is None or year > PROGRAMME_END:
            return True
    return False


def _news_despite_lead(analysis: Analysis, specifics: Sequence[str]) -> bool:
    """A film, a book or figures in the headline or the first sentence say no incident is
    reported, unless the incident itself is dated to now ("a film premieres as five are arrested
    in Shenyang on Monday", or on a full date days before the report): recall first. The Zainichi
    programme anywhere yields only to an incident sentence that tells a recent day and names no
    year (the granddaughter of a programme returnee held in Shenyang in mid-November), since its
    stories retell the people's past years ("spoke last week of her arrest in China in 2005"). A
    headline on a time long past demotes whatever the text says."""
    demotion = analysis.demotion
    assert demotion is not None
    if not demotion.concepts.isdisjoint(DEMOTING_ANYWHERE):
        return any(
            recent_now(v.sentence) and not _later_years(v.sentence) for v in analysis.incident
        )
    in_lead = not demotion.concepts.isdisjoint(DEMOTING_IN_LEAD)
    now = "recent day" in specifics or "recent date" in specifics
    if demotion.has("trap_stats"):  # "Итоги года: ... Также в Уссурийске задержаны двое"
        now = now or any(adds_an_incident(v.sentence) for v in analysis.incident)
    if demotion.concepts == {RECALLED}:
        # Testimony: the day it was given ("At a forum in Seoul on Wednesday, a defector
        # described ...") dates the telling, not the incident.
        now = "recent date" in specifics or any(recent_now(v.sentence) for v in analysis.incident)
    return in_lead and now and not demotion.has("long_ago")
