"""One sentence as the rules see it (`View`), read by `read_view`.

A view holds the people the sentence names, the status events it tells about them, and what
makes it no incident sentence: a trap (traps.py: other senses, voluntary returns, soldiers,
helpers and foreigners, other nationalities, life in South Korea, testimony), words of a habit
or of statistics (big numbers, yearly figures), or a year long past.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from bot.classify.events import STATUS_TRIGGERS, Event, read_events
from bot.classify.matcher import Hit
from bot.classify.sentences import Sentence, one_clause, opens_on_one_of
from bot.classify.statistics import StatisticReader
from bot.classify.traps import (
    SUBJECTS,
    helpers,
    is_old,
    is_sum,
    others_told,
    outcomes_of_helpers,
    outcomes_of_others,
    outcomes_of_visitors,
    past_chain,
    scaled_figure,
    weak_subjects,
)
from bot.classify.traps import veto as veto_of

NAMING: Final = frozenset({*SUBJECTS, "subject_weak", "subject_pron"})
# "1,000" or "12000": opens on the first digit (no digit, comma or point before it) so that the
# regex engine can skip ahead to digits.
# A figure under FEW right after an estimate word ("an estimated 30"): a group, not a statistic.
FEW: Final = 100
_SMALL_FIGURE: Final = re.compile(r"\d{1,2}(?![\d,.])")
_THOUSANDS: Final = re.compile(r"\d(?:(?<![\d,.]\d)\d{0,2}(?:,\d{3})+(?![\d,])|(?<!\d\d)\d{4,})")


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


def read_view(
    sentence: Sentence,
    nk_context: bool,
    report_year: int | None,
    statistics: StatisticReader,
    south_news: bool,
    crew_fled: bool = False,
    before: Sequence[Sentence] = (),
) -> View:
    """`crew_fled`: the report tells anywhere that the sailors left their ship, so a crew word
    in any of its sentences is the escapees', not a rescued crew's. `before`: the two sentences
    before this one, nearest first, when this one opens on a `stat_link` word."""
    strong = tuple(sentence.hits_of(*SUBJECTS))
    weak = weak_subjects(sentence, crew_fled) if nk_context else ()
    events, cancelled = read_events(sentence)
    if sentence.has("long_ago"):  # "who fled years ago and were sent back": not the incident's
        past = past_chain(sentence, events)
        events = [e for e in events if e not in past]
        cancelled = [*cancelled, *past]
    if not events and not cancelled:  # nothing happens here: vetoes and dates do not matter
        return View(sentence, strong + weak, (), (), None, None, False)
    veto = veto_of(sentence, strong, weak, events, crew_fled)
    apart: tuple[tuple[int, int], ...] = ()  # the others' figures
    if veto is None and sentence.has("trap_foreigner"):
        _helper, theirs = helpers(sentence, strong, weak, events)
        theirs += outcomes_of_helpers(
            sentence, (*strong, *weak, *sentence.hits_of("subject_pron")), events
        )
        events = [e for e in events if e not in theirs]  # the helper's release is not theirs
    if veto is None and sentence.has("visitors"):
        theirs = outcomes_of_visitors(sentence, (*strong, *weak), events)
        events = [e for e in events if e not in theirs]  # who walks out is the visitor
    if veto is None and sentence.has("others"):
        named = (*strong, *weak, *sentence.hits_of("subject_pron"))
        theirs = outcomes_of_others(sentence, named, events)
        events = [e for e in events if e not in theirs]  # the others' escape is not theirs
        apart = others_told(sentence, theirs)
    generic, events = _generic(sentence, events)
    if generic is None and _counts_in_general(sentence, statistics):
        # "1,000 were held", "400 in 2025": statistics; one naming no one ("deported 1,300
        # foreigners in 2026") gives the people after it no status either, unless a clause of
        # its own dates their events.
        told, figures = _told_apart(sentence, events, statistics)
        if told:
            events, apart = told, (*apart, *figures)
        else:
            generic = next(iter((*strong, *weak, *(e.hit for e in events))), None)
    if generic is None and before:
        generic = _carried_statistic(sentence, before, statistics)
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


def _generic(sentence: Sentence, events: list[Event]) -> tuple[Hit | None, list[Event]]:
    """What makes the sentence no incident, and the events it still tells: a statistics word
    anywhere; a habit word ("usually", 经常) where it governs every event, since each is then
    a habit. Events told in a clause of their own stand, and the habit's clause is dropped
    ("were moved to a border centre, a step that usually precedes their return": moved)."""
    stats = next(iter(sentence.hits_of("trap_stats")), None)
    habits = [
        h
        for h in sentence.hits_of("generic")
        if "estimate" not in h.concepts or not _estimates_a_placed_group(sentence, h)
    ]
    if stats is not None or not habits:
        return stats, events
    told = [e for e in events if not any(_governs(sentence, h, e.hit) for h in habits)]
    if told:
        return None, told
    return habits[0], events


def _estimates_a_placed_group(sentence: Sentence, habit: Hit) -> bool:
    """ "raised the case of an estimated 30 North Koreans held in Jilin": an `estimate` word
    (a `generic` one) right before a figure under `FEW` only estimates it; with a place smaller than a country in its
    clause and no time summed over, the group is counted and placed, as specific as "about 30"
    (not "an estimated 2,000 are held across China", "an estimated 50 a month")."""
    base = sentence.start
    at = habit.end - base
    at += len(sentence.text[at:]) - len(sentence.text[at:].lstrip())
    digits = _SMALL_FIGURE.match(sentence.text, at)
    worded = any(
        h.start - base == at
        and any(e.concept == "number" and isinstance(e.value, int) and e.value < FEW
                for e in h.entries)
        for h in sentence.hits_of("number")
    )  # fmt: skip
    if (digits is None and not worded) or sentence.has("period", "span"):
        return False  # "an estimated 50 are sent back every month": a statistic
    return any(
        e.concept == "place"
        and e.kind not in ("country", "demonym")
        and one_clause(sentence, habit, h)
        for h in sentence.hits_of("place")
        for e in h.entries
    )


def _governs(sentence: Sentence, habit: Hit, event: Hit) -> bool:
    """Whether a habit word governs an event: in one clause with it, or, when the habit opens
    the sentence before anyone is named ("Each year, 30 are caught and sent back"), across the
    coordinators after it, though not across another clause ("; last week five were held"); when
    it follows the people's word, across a coordinator to a verb that shares its subject, no
    one named in the clauses between or in the verb's own ("North Koreans are usually
    prosecuted and then deported", not "police often raid such flats and detained nine"). A
    fear or a wish between them, in the habit's clause, takes the habit as its own ("Every day I
    worry they will be sent back", 我每天都在担心他们会被送回中国): the worrying is the habit, the
    return what is feared (not "数千名脱北者滞留中国，他们一旦被抓，恐面临遣返")."""
    if any(
        habit.end <= s.start and s.end <= event.start and one_clause(sentence, habit, s)
        for s in sentence.hits_of("fear", "wish")
    ):
        return False
    if one_clause(sentence, habit, event):
        return True
    if event.start < habit.end or any(
        h.start < habit.start for h in sentence.hits_of(*STATUS_TRIGGERS)
    ):
        return False
    named = sentence.hits_of(*NAMING)
    if any(h.start < habit.start for h in named) and any(
        h.start >= habit.end and (h.start < event.start or one_clause(sentence, event, h))
        for h in named
    ):
        return False
    grammar, base = sentence.grammar, sentence.start
    between = sentence.text[habit.end - base : event.start - base].lstrip(" ,，、")
    return grammar.clause_break.search(grammar.coordinator.sub(" ", between)) is None


def _carried_statistic(
    sentence: Sentence, before: Sequence[Sentence], statistics: StatisticReader
) -> Hit | None:
    """The `stat_link` word of a sentence that goes on with the statistic before it: "В 2025
    году выдворены 512 иностранцев. [Большинство — граждане Узбекистана.] Также выдворены 11
    граждан КНДР", "... รวม 12,480 ราย ในจำนวนนี้มีชาวเกาหลีเหนือ 23 ราย". A sentence with a
    time of its own ("Также 28 ноября задержаны двое") tells an incident of its own, and one
    between that tells an event or a time ends the statistic's reach."""
    link = next(iter(sentence.hits_of("stat_link", "stat_also")), None)
    if link is None or not opens_on_one_of(sentence, [link]) or adds_an_incident(sentence):
        return None
    if not statistics.undated(sentence):
        return None
    for earlier in before:
        if earlier.field != sentence.field:
            return None
        if earlier.has("trap_stats") or _counts_in_general(earlier, statistics):
            return link
        if not earlier.concepts.isdisjoint(STATUS_TRIGGERS) or not statistics.undated(earlier):
            return None
    return None


def adds_an_incident(sentence: Sentence) -> bool:
    """Whether the sentence opens on a `stat_also` word and names a place smaller than a
    country: "Также в Уссурийске задержаны двое граждан КНДР" sets an arrest of its own apart
    from the statistic before it, where "Также выдворены 11 граждан КНДР" adds to its figure."""
    also = sentence.hits_of("stat_also")
    return (
        bool(also)
        and opens_on_one_of(sentence, also)
        and any(
            e.concept == "place" and e.kind not in ("country", "demonym")
            for h in sentence.hits_of("place")
            for e in h.entries
        )
    )


def _told_apart(
    sentence: Sentence, events: list[Event], statistics: StatisticReader
) -> tuple[list[Event], tuple[tuple[int, int], ...]]:
    """The events of a statistic sentence told in a clause of their own that a day dates, and
    where the statistic's figures stand."""
    if _thousands_of_people(sentence):
        return [], ()
    kept, figures = statistics.told_apart(sentence, [e.hit.start - sentence.start for e in events])
    return [e for e in events if e.hit.start - sentence.start in kept], tuple(figures)


def _counts_in_general(sentence: Sentence, statistics: StatisticReader) -> bool:
    """Whether the sentence's figures count people in general: thousands, or a statistic."""
    return _thousands_of_people(sentence) or statistics.is_statistic(sentence)


def _thousands_of_people(sentence: Sentence) -> bool:
    """A figure in the thousands ("1,000 were held", "2 thousand", "1,5 млн") counts people in
    general, unless it is a sum: a currency sign before it or a `money` word right after it
    ("fined 4,000 baht", "штраф 2000 рублей", "罚款3000元")."""
    if any(not is_sum(sentence, *m.span()) for m in _THOUSANDS.finditer(sentence.text)):
        return True
    figures = (scaled_figure(sentence, h) for h in sentence.hits_of("scale"))
    return any(span is not None and not is_sum(sentence, *span) for span in figures)
