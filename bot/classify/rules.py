"""The tier decision: named rules over what co-occurs in each sentence of a report.

A sentence is an *incident sentence* when it names North Korean refugees (a subject; "they" right
after a sentence that names them, or a person introduced by name and age beside words about North
Korea, also count), asserts a status event about them (arrested, held, facing or undergoing
repatriation, freed, missing...),
and is neither vetoed by a trap (traps.py: other senses, voluntary returns, soldiers, helpers
and foreigners, other nationalities, life in South Korea, testimony), nor generic (habits, policy,
big numbers, yearly figures), nor about a year long past (or "a decade ago", 10년 전, 多年前
without a recent day). A report is an
`alert` (rule `alert.incident`) when it has an incident sentence, a country of detention outside
the two Koreas, and something specific (a head count, one named person, a city, a recent day);
it is demoted to `related` by a doc-level trap (memoir or book in the headline, the Zainichi
programme, a statistics headline, a headline on a time long past) or when a specific element is
missing; background on the topic is `related`, the rest `ignore`. The people's status is read
from the sentences about them and from those following straight on that go on about them: any
in a language that drops its subject, only those taking them up again ("Both were sent back") in
one that keeps it (the grammar's `follow_on`).

Kept whole: the analysis and the decision read the same views of the report;
the traps that demote it already live in bot.classify.traps.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from bot.classify.events import HELD_KINDS, STATUS_TRIGGERS, Event, read_events
from bot.classify.matcher import Hit
from bot.classify.places import (
    Where,
    foreign_places,
    locate,
    returned_from_south,
    tells_return_by_south,
)
from bot.classify.pronouns import anothers, opens_on_owner, own_pronouns
from bot.classify.sentences import Sentence, clause_break
from bot.classify.statistics import StatisticReader
from bot.classify.traps import (
    DEMOTING_IN_LEAD,
    RETURNS,
    SUBJECTS,
    demotion,
    helpers,
    is_lead,
    is_old,
    is_sum,
    others_told,
    outcomes_of_helpers,
    outcomes_of_others,
    weak_subjects,
)
from bot.classify.traps import veto as veto_of
from bot.domain import Tier

# What makes an incident specific enough to alert on; a recent day or a date only adds score,
# except to a return done ("sent hundreds back last week"): a mass return names no head count.
SUFFICIENT = frozenset(
    {
        "head count",
        "one person",
        "one family",
        "named person",
        "city or region",
        "return on a recent day",
    }
)
ACTIONS = frozenset(
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
NAMING = frozenset({*SUBJECTS, "subject_weak", "subject_pron"})
IDENTITY = "identity"
SOURCE_CONCEPTS = frozenset({"place", "recent"})  # what a sentence of its source alone names
DETENTION = frozenset({"arrested", "apprehended", "detained", "custody", "released", "expelled"})
# What may stand before a figure that opens a sentence: quotes, and one short word ("The eight").
OPENING_MARKS = " \"'“‘«「(—–-"
OPENING_WORD = 5
# "1,000" or "12000": opens on the first digit (no digit, comma or point before it) so that the
# regex engine can skip ahead to digits.
_THOUSANDS = re.compile(r"\d(?:(?<![\d,.]\d)\d{0,2}(?:,\d{3})+(?![\d,])|(?<!\d\d)\d{4,})")


class View(NamedTuple):
    """One sentence as the rules see it (a NamedTuple, like Sentence, to be cheap to build)."""

    sentence: Sentence
    subjects: tuple[Hit, ...]
    events: tuple[Event, ...]
    cancelled: tuple[Event, ...]
    veto: Hit | None
    generic: Hit | None
    old: bool
    # Where another group's figures stand in the sentence (text offsets; see `apart`).
    apart: tuple[tuple[int, int], ...] = ()

    @property
    def usable(self) -> bool:
        return self.veto is None and self.generic is None and not self.old


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
    sentences: Sequence[Sentence], report_year: int | None, statistics: StatisticReader
) -> Analysis:
    nk_context = _nk_context(sentences)
    # A past return by South Korea is news again only in a report about it: beside an incident
    # abroad it is a comparison, and its return must not become those people's status. The
    # places are read only in a report that tells of such a return: most tell of none.
    south_news = any(tells_return_by_south(s) for s in sentences) and not any(
        foreign_places(s) for s in sentences
    )

    def read(sentence: Sentence) -> View:
        return _view(sentence, nk_context, report_year, statistics, south_news)

    # Sentences that may name the people are read now; one with only a status word matters only
    # when it follows straight on from them, and _status_views reads it then.
    named = _carry_subjects(
        [read(s) for s in sentences if not s.concepts.isdisjoint(NAMING) or _opening_figure(s)],
        report_year,
        south_news,
    )
    named = _identified_after(named, sentences, read)
    detention_seen = any(
        e.kind in DETENTION for v in named if v.usable and v.subjects for e in v.events
    )
    actions = ACTIONS | {"third"} if detention_seen else ACTIONS
    incident = _with_antecedents(
        [v for v in named if v.usable and v.subjects and any(e.kind in actions for e in v.events)],
        named,
    )
    views, status_views = _status_views(sentences, named, incident, read)
    reaction = _reaction_before(sentences, incident, {v.sentence.order: v for v in named}, read)
    # Where: first the sentences naming the people, then those saying "they", then the rest.
    where = locate([v.sentence for v in incident if not _carried(v)])
    if where.country is None:
        where = locate([v.sentence for v in incident])
    if where.country is None:
        where = locate([v.sentence for v in status_views])
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
        where = locate([s for s in sentences if is_lead(s)])
    if where.country is None:  # only a government named: "Beijing sent them back"
        read_here = {id(v.sentence): v.sentence for v in (*incident, *status_views)}
        where = locate(list(read_here.values()), governments=True)
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


def _carry_subjects(views: list[View], report_year: int | None, south_news: bool) -> list[View]:
    """ "Five defectors crossed the river last week. They were arrested on Monday.": a sentence
    that says "they" (이들, 他们, 彼ら) straight after one naming the people is about them; so is
    one opening on a figure ("The eight, including three children, were arrested") after one
    that names them without that figure."""
    out: list[View] = []
    for view in views:
        before = out[-1] if out else None
        figure = _opening_figure(view.sentence)
        pronouns = own_pronouns(view.sentence, _status_at(view))
        if (
            not view.subjects
            and before is not None
            and before.sentence.order == view.sentence.order - 1
            and before.subjects
            and (
                bool(pronouns)
                or (figure is not None and not _same_figure(before.sentence, figure))
            )
            and _may_lend_subjects(before, report_year, south_news)
        ):
            view = view._replace(subjects=pronouns or tuple(h for h in (figure,) if h))
        out.append(view)
    return out


def _same_figure(sentence: Sentence, figure: Hit) -> bool:
    """Whether `sentence` gives the figure `figure` names again: then "the four" are the four it
    counted ("released four South Korean activists ... The four are being questioned"), not the
    people it names uncounted."""
    values = {e.value for e in figure.entries if e.concept == "number"}
    told = {
        e.value for h in sentence.hits_of("number") for e in h.entries if e.concept == "number"
    }
    return bool(values & told) or any(
        re.search(rf"(?<!\d){v}(?!\d)", sentence.text) for v in values
    )


def _thousands_of_people(sentence: Sentence) -> bool:
    """A figure in the thousands ("1,000 were held") counts people in general, unless it is a sum:
    a currency sign before it or a `money` word right after it ("fined 4,000 baht", "штраф
    2000 рублей", "罚款3000元")."""
    return any(not is_sum(sentence, *m.span()) for m in _THOUSANDS.finditer(sentence.text))


def _opening_figure(sentence: Sentence) -> Hit | None:
    """ "Police stopped a minibus carrying North Koreans. The eight, including three children,
    were arrested": a number word opening the sentence (at most one short word before it) names
    again the people the sentence before named without counting them (`_carry_subjects`),
    unless it counts days ("Two days later": `_spans_time`)."""
    figures = sentence.hits_of("number")
    if not figures:
        return None
    figure = figures[0]
    lead = sentence.text[: figure.start - sentence.start].strip(OPENING_MARKS)
    if len(lead) > OPENING_WORD or " " in lead or _spans_time(sentence, figure):
        return None
    return figure


def _spans_time(sentence: Sentence, figure: Hit) -> bool:
    """ "Two days later, an official was released", "Через два дня": the figure counts days."""
    grammar, start = sentence.grammar, figure.start - sentence.start
    after = grammar.span_after.match(sentence.text, figure.end - sentence.start)
    return after is not None or grammar.span_before.search(sentence.text, 0, start) is not None


def _identified_after(
    views: list[View], sentences: Sequence[Sentence], read: Callable[[Sentence], View]
) -> list[View]:
    """ "Police arrested seven people in Shenyang. All of them are North Korean defectors.": a
    sentence that says who those counted just before were (an `identity` word and the people),
    without an event of its own, makes the sentence before about them."""
    if not any(IDENTITY in v.sentence.concepts for v in views):
        return views  # the common case, kept cheap
    by_order = {s.order: s for s in sentences}
    named = {v.sentence.order for v in views}
    out: list[View] = []
    for view in views:
        before = by_order.get(view.sentence.order - 1)
        if (
            before is not None
            and before.order not in named
            and not view.events
            and view.sentence.has(IDENTITY)
            and view.sentence.has(*SUBJECTS)
            and _counts_someone(before)
        ):
            earlier = read(before)
            if earlier.events and earlier.usable:
                out.append(earlier._replace(subjects=tuple(view.sentence.hits_of(IDENTITY))))
        out.append(view)
    return out


def _counts_someone(sentence: Sentence) -> bool:
    return sentence.has("number") or any(ch.isdigit() for ch in sentence.text)


def _may_lend_subjects(view: View, report_year: int | None, south_news: bool) -> bool:
    """Whether "they" in the next sentence may mean the people `view` names: not when its
    sentence is a trap or an old case. A sentence without events is only checked here, when it
    matters, since `_view` skips the checks where nothing happens."""
    if view.events or view.cancelled:
        return view.usable
    sentence = view.sentence
    strong = tuple(sentence.hits_of(*SUBJECTS))
    weak = tuple(h for h in view.subjects if h not in strong)
    vetoed = veto_of(sentence, strong, weak, ()) is not None
    return not vetoed and not is_old(sentence, report_year, south_news=south_news)


def _with_antecedents(incident: list[View], named: Sequence[View]) -> tuple[View, ...]:
    """The incident sentences, and the one before each that says "they": that sentence named the
    people (how many, from where)."""
    by_order = {v.sentence.order: v for v in named}
    found = {v.sentence.order: v for v in incident}
    for view in incident:
        if _carried(view):
            before = by_order.get(view.sentence.order - 1)
            if before is not None:
                found.setdefault(before.sentence.order, before)
    return tuple(found[order] for order in sorted(found))


def _carried(view: View) -> bool:
    """Whether the view's people are only "they", carried from the sentence before."""
    return all(h.has("subject_pron") for h in view.subjects)


def names_them(sentences: Sequence[Sentence]) -> bool:
    """Whether a report names North Korean refugees at all, as `analyse` counts subjects: a weak
    word ("defectors", 탈북자 alone) only where North Korea or a strong word is in the report and
    no worker or other-nationality trap is in its sentence."""
    if any(s.has(*SUBJECTS) for s in sentences):
        return True
    return _nk_context(sentences) and any(weak_subjects(s) for s in sentences)


def _nk_context(sentences: Sequence[Sentence]) -> bool:
    return any(s.has("nk", *SUBJECTS) for s in sentences)


def _status_views(
    sentences: Sequence[Sentence],
    named: Sequence[View],
    incident: Sequence[View],
    read: Callable[[Sentence], View],
) -> tuple[tuple[View, ...], tuple[View, ...]]:
    """Sentences that can carry the status of the incident's people: those naming them (or
    "they", 이들), and those following straight on from one that does and going on about them
    (`_goes_on_about_them`). Returns every view read, and the status views."""
    by_order = {v.sentence.order: v for v in named}
    incident_ids = {v.sentence.order for v in incident}
    views: list[View] = []
    out: list[View] = []
    by_sentence = {s.order: s for s in sentences}
    headline = _headline_orders(sentences)
    carried: Sentence | None = None  # the last sentence whose people the next one may go on about
    for sentence in sentences:
        # Straight on, or after one sentence with nothing the rules read ("関係者が明らかにした",
        # "소식통이 이같이 전했다") or only the source's place: who said so does not change whom
        # the story is about.
        at = carried.order if carried is not None else -1
        follows = sentence.order == at + 1 or (
            at >= 0 and sentence.order == at + 2 and _only_a_source(by_sentence.get(at + 1))
        )
        view = by_order.get(sentence.order)
        if view is None:
            if not follows or sentence.concepts.isdisjoint(STATUS_TRIGGERS):
                continue
            view = read(sentence)
        views.append(view)
        about_them = bool(view.subjects) or bool(own_pronouns(sentence, _status_at(view)))
        counts = (
            view.usable
            and bool(view.events)
            and (about_them or (follows and _goes_on_about_them(view, carried, headline)))
        )
        if counts:
            out.append(view)
        if view.usable and (counts or sentence.order in incident_ids):
            carried = sentence
    return tuple(views), tuple(out)


def _only_a_source(sentence: Sentence | None) -> bool:
    """Whether a sentence says nothing the rules read (None: it has no hit at all), or names
    only places, a day and the report's source ("Об этом сообщили в пресс-службе УМВД России")."""
    if sentence is None:
        return True
    return sentence.concepts <= SOURCE_CONCEPTS and bool(
        sentence.grammar.source_line.search(sentence.text)
    )


def _goes_on_about_them(view: View, before: Sentence | None, headline: set[int]) -> bool:
    """Whether a sentence naming no one, right after `before` (None: it opens the report), is
    about the people `before` is about. Japanese, Korean and Chinese drop the subject, so there
    it is. A language that keeps its subject must take them up again: a figure opening the
    sentence ("Six were later freed") or the people's figure again ("Rights groups fear the five
    will be sent back"), or a word that refers back ("Both were deported", "Задержанные помещены
    в центр", "Police released her"). "A Chinese envoy was sent to North Korea last week" is the
    envoy's. The lead right under a headline tells the headline's event again, in words of its
    own."""
    sentence = view.sentence
    grammar = sentence.grammar
    if before is None or before.order in headline:
        return True
    status_at = _status_at(view)
    if not grammar.keeps_subject:  # unless another's noun is its subject: "Su abogado fue ..."
        return not opens_on_owner(sentence, status_at)
    if _opening_figure(sentence) is not None or any(
        not anothers(sentence, *m.span(), status_at)
        for m in grammar.refer_back.finditer(sentence.text)
    ):
        return True
    if any(
        not anothers(sentence, *m.span(), status_at)
        for m in grammar.refer_back_after.finditer(sentence.text, status_at)
    ):
        return True
    return any(
        _same_figure(before, figure) and not _spans_time(sentence, figure)
        for figure in sentence.hits_of("number")
    )


def _status_at(view: View) -> int:
    """Where the view's first status word starts in its sentence's text (its end: none)."""
    sentence = view.sentence
    return min((e.hit.start for e in view.events), default=sentence.end) - sentence.start


def _headline_orders(sentences: Sequence[Sentence]) -> set[int]:
    """The headline's sentence, and its copies in the text (feeds often open the text on it)."""
    title = next((s for s in sentences if s.field == "title"), None)
    if title is None:
        return set()
    headline = title.text.strip()
    return {s.order for s in sentences if s is title or s.text.strip() == headline}


def _reaction_before(
    sentences: Sequence[Sentence],
    incident: Sequence[View],
    by_order: dict[int, View],
    read: Callable[[Sentence], View],
) -> View | None:
    """ "Seoul voiced concern over possible forced returns. Four North Koreans were detained in
    Blagoveshchensk.": a reaction told right before the first sentence naming people held, which
    names no one and asserts nothing but a threatened return, tells what they face. Only its
    status counts: its figures, places and days are the reaction's."""
    if not incident or not any(e.kind in HELD_KINDS for v in incident for e in v.events):
        return None
    first = incident[0].sentence.order
    before = next((s for s in sentences if s.order == first - 1), None)
    if before is None or before.concepts.isdisjoint(STATUS_TRIGGERS):
        return None
    view = by_order.get(before.order) or read(before)
    if view.subjects or not view.usable or not view.events:
        return None
    return view if all(e.kind == "facing" for e in view.events) else None


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


def _news_despite_lead(analysis: Analysis, specifics: Sequence[str]) -> bool:
    """A film, a book or figures in the headline or the first sentence say no incident is
    reported, unless the incident itself is dated to now ("a film premieres as five are arrested
    in Shenyang on Monday"): recall first. The Zainichi programme and a headline on a time long
    past demote whatever the text says."""
    demotion = analysis.demotion
    assert demotion is not None
    in_lead = not demotion.concepts.isdisjoint(DEMOTING_IN_LEAD)
    return in_lead and "recent day" in specifics and not demotion.has("long_ago")


def _generic(sentence: Sentence, events: list[Event]) -> tuple[Hit | None, list[Event]]:
    """What makes the sentence no incident, and the events it still tells: a statistics word
    anywhere; a habit word ("usually", 经常) where it governs every event, since each is then
    a habit. Events told in a clause of their own stand, and the habit's clause is dropped
    ("were moved to a border centre, a step that usually precedes their return": moved)."""
    stats = next(iter(sentence.hits_of("trap_stats")), None)
    habits = sentence.hits_of("generic")
    if stats is not None or not habits:
        return stats, events
    told = [e for e in events if not any(_governs(sentence, h, e.hit) for h in habits)]
    if told:
        return None, told
    return habits[0], events


def _governs(sentence: Sentence, habit: Hit, event: Hit) -> bool:
    """Whether a habit word governs an event: in one clause with it, or, when the habit opens
    the sentence before anyone is named ("Each year, 30 are caught and sent back"), across the
    coordinators after it, though not across another clause ("; last week five were held")."""
    if _one_clause(sentence, habit, event):
        return True
    if event.start < habit.end or any(
        h.start < habit.start for h in sentence.hits_of(*NAMING, *STATUS_TRIGGERS)
    ):
        return False
    grammar, base = sentence.grammar, sentence.start
    between = sentence.text[habit.end - base : event.start - base].lstrip(" ,，、")
    return grammar.clause_break.search(grammar.coordinator.sub(" ", between)) is None


def _one_clause(sentence: Sentence, a: Hit, b: Hit) -> bool:
    first, second = sorted((a, b), key=lambda h: h.start)
    return not clause_break(sentence, first.end, second.start)


def _view(
    sentence: Sentence,
    nk_context: bool,
    report_year: int | None,
    statistics: StatisticReader,
    south_news: bool,
) -> View:
    strong = tuple(sentence.hits_of(*SUBJECTS))
    weak = weak_subjects(sentence) if nk_context else ()
    events, cancelled = read_events(sentence)
    if not events and not cancelled:  # nothing happens here: vetoes and dates do not matter
        return View(sentence, strong + weak, (), (), None, None, False)
    veto = veto_of(sentence, strong, weak, events)
    apart: tuple[tuple[int, int], ...] = ()  # the others' figures
    if veto is None and sentence.has("trap_foreigner"):
        _helper, theirs = helpers(sentence, strong, weak, events)
        theirs += outcomes_of_helpers(
            sentence, (*strong, *weak, *sentence.hits_of("subject_pron")), events
        )
        events = [e for e in events if e not in theirs]  # the helper's release is not theirs
    if veto is None and sentence.has("others"):
        named = (*strong, *weak, *sentence.hits_of("subject_pron"))
        theirs = outcomes_of_others(sentence, named, events)
        events = [e for e in events if e not in theirs]  # the others' escape is not theirs
        apart = others_told(sentence, theirs)
    generic, events = _generic(sentence, events)
    if generic is None and (_thousands_of_people(sentence) or statistics.is_statistic(sentence)):
        generic = next(iter(strong + weak), None)  # "1,000 were held", "400 in 2025": statistics
    return View(
        sentence=sentence,
        subjects=tuple(sorted(strong + weak, key=lambda h: h.start)),
        events=tuple(events),
        cancelled=tuple(cancelled),
        veto=veto,
        generic=generic,
        old=is_old(sentence, report_year, south_news=south_news),
        apart=apart,
    )
