"""Traps: what makes a sentence about something other than the incident, or a report about
something other than news of it.

A sentence naming the people and an event is vetoed by another sense of the words (profits,
remains), a voluntary return, soldiers, testimony naming no recent day, life in South Korea, a
helper or foreigner the event happens to, or other nationalities where the people are only
"defectors"; it is old when it dates itself to a year long past or opens on a time long past. A
report is demoted to background by the Zainichi programme anywhere, a memoir, statistics or
testimony in its headline or first sentence, or a headline on a time long past.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from bot.classify.events import (
    ALL_CLEAR,
    HELD_CONCEPTS,
    HELD_KINDS,
    STATUS_TRIGGERS,
    Event,
    participle_of,
)
from bot.classify.language import RELATIVE_REACH, at_most_an_article
from bot.classify.matcher import Hit, pattern_hit
from bot.classify.names import is_introduced_person
from bot.classify.places import (
    SPECIFIC_KINDS,
    foreign_authority,
    foreign_places,
    in_south_korea,
    tells_return_by_south,
)
from bot.classify.sentences import (
    OPENING_MARKS,
    Sentence,
    clause_around,
    clause_break,
    clause_edges,
    own_words_start,
    text_without,
)
from bot.scripts import is_word_char

SUBJECTS: Final = ("subject", "subject_one")
PEOPLE_WORDS: Final = (*SUBJECTS, "subject_weak")
WEAK_SUBJECT_VETOES: Final = ("trap_workers", "trap_other")
RETURNS: Final = frozenset({"repatriated", "facing", "expelled"})
# The words of a return or a release done, which a `long_after` word dates as long past.
DONE_MOVES: Final = frozenset({"repat", "repat_topic", "expel", "release", "third"})
# The Zainichi programme; those held said to have turned out to be of another nationality
# ("Задержанные оказались гражданами Узбекистана"): the report is about others.
DEMOTING_ANYWHERE: Final = ("trap_zainichi", "trap_mistaken")
MISTAKEN: Final = "trap_mistaken"  # said of those held, wherever it stands
DEMOTING_IN_LEAD: Final = ("trap_history", "trap_stats", "trap_recalled")
SENTENCE_VETOES: Final = ("trap_sense", "trap_voluntary", "trap_pow", "trap_history")
# Testimony and recollection ("told the UN", "testified", 증언) veto or demote only what names
# no recent day: "told the UN on Monday that police arrested eleven last week" is news.
RECALLED: Final = "trap_recalled"
CHAIN_REACH: Final = 16  # characters from a time long past to an all-clear chained to it
NORTH_POLICE: Final = "trap_north_police"
FORCED: Final = "forced"  # a forced return is never the voluntary return of rescued fishermen
DESERTED: Final = "deserted"  # a soldier who deserted is an escapee, not a captured soldier
LEFT_SHIP: Final = "left_ship"  # a sailor who left his ship is an escapee, not a rescued crew
FOREIGNER_REACH: Final = 60
COORDINATION_REACH: Final = 16  # characters from a helper to the people named with it
# characters from a helper's word to the people it owns ("neighbours of a")
OWNED_REACH: Final = 12
# characters from a sentence's start where "A decade ago" dates the whole sentence
LEAD_REACH: Final = 30
OPENING_REACH: Final = 6  # characters from a comma to its relative word ("с которым", "with whom")
COMPANION_REACH: Final = 16  # characters before a pronoun where "together with" may stand
# characters from "other" to the people it qualifies ("two other defectors")
OTHERS_REACH: Final = 2
# Characters from a `likened` word to a time in the phrase of the group it names, and from such
# a time to a `likened_after` word ("as happened to a group of nine last year", 去年的九人一样).
LIKENED_TIME_REACH: Final = 48
LIKENED_AFTER_TIME_REACH: Final = 16
# The words that tell a custody after `years.settled` as the past of those who reached the South.
TOLD_AS_PAST: Final = ("previously", "recounted")
# characters from the words of life in the South to the noun they qualify (现居首尔的脱北者)
SETTLED_HEAD_GAP: Final = 2
HEAD_GAP: Final = 1  # characters from the people's strong word to a crew's noun it qualifies
# characters from a coordinator to the `others` word it opens ("and two other", "và hai thanh
# niên khác"), and from one person to that coordinator ("her son, 24, and": the age's comma)
JOINED_OTHERS_REACH: Final = 16
JOINED_PERSON_GAP: Final = 2
OWNER_GAP: Final = 2  # characters from the people to the visitor they own (他们的律师, Их адвокат)

CURRENCY_SIGNS: Final = frozenset("$€£¥₩₽฿₫")
# characters between a sum's figure and its currency word ("4,000 baht", "3000元")
MONEY_GAP: Final = 2


def weak_subjects(sentence: Sentence, crew_fled: bool = False) -> tuple[Hit, ...]:
    """The weaker words for the people ("defectors", "North Korean fishermen") that count in
    `sentence`: none beside workers or another nationality, a crew that is also a
    voluntary-return trap only when the sentence says the return was forced or that they left
    their ship (or the report says so anywhere: `crew_fled`), and soldiers only when it says
    they deserted."""
    if sentence.has(*WEAK_SUBJECT_VETOES):
        return ()
    forced, deserted = crew_fled or sentence.has(FORCED, LEFT_SHIP), sentence.has(DESERTED)
    return tuple(
        h
        for h in sentence.hits_of("subject_weak")
        if (forced or not h.has("trap_voluntary")) and (deserted or not h.has("trap_pow"))
    )


def veto(
    sentence: Sentence,
    strong: Sequence[Hit],
    weak: Sequence[Hit],
    events: Sequence[Event],
    crew_fled: bool = False,
) -> Hit | None:
    # A crew's flight told elsewhere in the report frees its crew words, not a rescue or a wish
    # to go home told beside them. So does their arrival in the South told with them ("rescued
    # from a drifting boat, they reached Seoul"): a crew sent home at its wish goes north.
    escaped = sentence.has(FORCED, LEFT_SHIP) or (
        sentence.has("trap_voluntary") and any(e.kind == "third" for e in events)
    )
    hits = [
        h
        for h in sentence.hits_of(*SENTENCE_VETOES)
        if not (h.has("trap_voluntary") and (escaped or (crew_fled and h.has("subject_weak"))))
        and not (h.has("trap_pow") and sentence.has(DESERTED))
        and not _heads(h, strong)
    ]
    if hits:
        return hits[0]
    hits = sentence.hits_of(RECALLED)
    if hits and not recent_now(sentence):
        return hits[0]
    # Life, trials and politics in South Korea, unless the sentence is about a place abroad, or
    # a foreign authority acts in it ("testified in Seoul that Chinese police detained ...").
    hits = [h for h in sentence.hits_of("trap_south") if _in_their_clause(sentence, h, events)]
    if hits and _in_south_korean_life(sentence, events):
        return hits[0]
    # An arrest by the North's own security police ("보위부에 체포", "arrested by the State
    # Security Department for using Chinese phones"): in the North, whatever foreign place,
    # phone or goods the sentence names, unless they were sent back or a foreign authority acts.
    hits = [h for h in sentence.hits_of(NORTH_POLICE) if _in_their_clause(sentence, h, events)]
    if hits and _held_in_the_north(sentence, events):
        return hits[0]
    if not strong:
        hits = sentence.hits_of(*WEAK_SUBJECT_VETOES)
        if hits:
            return hits[0]
    # A foreigner or helper named next to every event and before any North Korean: the
    # sentence is about them ("a South Korean missionary was arrested for helping defectors").
    helper, theirs = helpers(sentence, strong, weak, events)
    if helper is not None and len(theirs) == len(events):
        return helper
    return None


def _heads(hit: Hit, strong: Sequence[Hit]) -> bool:
    """Whether a crew's word is the noun of a strong word for the people right before it, with
    only a space between ("беглого северокорейского" + "моряка": a fugitive sailor, no crew);
    not a crew's other words ("North Koreans" + "rescued at sea")."""
    return (
        hit.has("trap_voluntary")
        and hit.has("subject_weak")
        and any(0 <= hit.start - s.end <= HEAD_GAP for s in strong)
    )


def helpers(
    sentence: Sentence, strong: Sequence[Hit], weak: Sequence[Hit], events: Sequence[Event]
) -> tuple[Hit | None, list[Event]]:
    """The first helper or foreigner named before any North Korean, and the events that are
    theirs: near it, in a clause that names none of the people ("Two missionaries were freed,
    but the eight defectors arrested with them remain in custody": the release is theirs, the
    arrest and the custody the defectors'). Near any of its words: a helper named again by what
    it did ("a pastor arrested in August for helping defectors was freed") owns the events
    near either word."""
    if not sentence.has("trap_foreigner"):
        return None, []  # the common case: no helper to look for
    first: Hit | None = None
    theirs: list[Event] = []
    for hit, events_of_hit in _helpers_events(sentence, strong, weak, events):
        first = first or hit
        theirs += [e for e in events_of_hit if e not in theirs]
    return first, sorted(theirs, key=lambda e: e.hit.start)


def _helpers_events(
    sentence: Sentence, strong: Sequence[Hit], weak: Sequence[Hit], events: Sequence[Event]
) -> Iterator[tuple[Hit, list[Event]]]:
    """Each helper or foreigner named before any North Korean, with the events near it."""
    named = [
        h
        for h in (*strong, *weak, *sentence.hits_of("subject_pron"))
        # "탈북민의 ... 브로커", "脱北者的牧师", "neighbours of a defector": about the helper; and
        # a name alone does not say the person is North Korean ("Kim Ji-hoon, 45, a South
        # Korean missionary").
        if not _genitive(sentence, h) and not _owned(sentence, h) and not is_introduced_person(h)
    ]
    for hit in sentence.hits_of("trap_foreigner"):
        if any(s.start < hit.start for s in named) or _alongside(sentence, hit, named):
            continue
        if _in_source_opener(sentence, hit):
            continue  # "According to a pastor, the three were freed": told of the people
        told = _told_by(sentence, hit)
        outside = [p for p in named if not _in_relative(sentence, hit, p, named)]
        # A group word opening a clause of its own after the helper's ("仲介役の男は釈放された
        # が、女性は今も収容されている": the woman) names whom that clause's events happen to.
        outside += _groups_apart(sentence, hit)
        # The helper's verb comes after its relative clause: the reach runs from its end.
        anchor = max((p.end for p in named if p not in outside), default=hit.start)
        theirs = [
            e
            for e in events
            if abs(e.hit.start - (anchor if e.hit.start >= anchor else hit.start))
            <= sentence.grammar.helper_reach
            and not _clause_names(sentence, e.hit, outside)
            and not _joined_after(sentence, e.hit, named)
            and not _object_after(sentence, e.hit, named)
            and not participle_of(sentence, e.hit, (*strong, *weak))
            and (told is None or e.hit.start < told.start)
        ]
        if theirs:
            yield hit, theirs


def _groups_apart(sentence: Sentence, helper: Hit) -> list[Hit]:
    """The group words (women, children) after the helper, past a clause break from it."""
    if not sentence.has("group"):
        return []
    text, base = sentence.text, sentence.start
    return [
        g
        for g in sentence.hits_of("group")
        if g.start >= helper.end
        and sentence.grammar.breaks(text, helper.end - base, g.start - base)
    ]


def _in_source_opener(sentence: Sentence, helper: Hit) -> bool:
    """Whether the helper is named in a source that opens the sentence (`source_openers`:
    "According to a pastor,", "Theo một mục sư,", 据一名牧师说，): the source of what follows."""
    return helper.start - sentence.start < own_words_start(sentence.grammar, sentence.text, 0)


def _told_by(sentence: Sentence, helper: Hit) -> Hit | None:
    """The `speech` verb whose subject the helper is, in its clause after it: the helper is the
    source of what follows ("一名协助脱北者的韩国传教士对本台透露，…被中国边防部队抓获"), and
    the events told after the verb are not the helper's."""
    return next(
        (
            h
            for h in sentence.hits_of("speech")
            if helper.end <= h.start <= helper.end + FOREIGNER_REACH
            and not clause_break(sentence, helper.end, h.start)
        ),
        None,
    )


def outcomes_of_helpers(
    sentence: Sentence, named: Sequence[Hit], events: Sequence[Event]
) -> list[Event]:
    """All-clear events told of a helper named after the people ("Five defectors remain in
    custody, two weeks after a pastor who helped them was released"): a helper stands before
    the event in its clause, and the people named between them are inside its relative clause."""
    return [
        e
        for e in events
        if e.kind in ALL_CLEAR
        and any(_helpers_event(sentence, h, e, named) for h in sentence.hits_of("trap_foreigner"))
    ]


def _helpers_event(sentence: Sentence, helper: Hit, event: Event, named: Sequence[Hit]) -> bool:
    if helper.end > event.hit.start:
        return False
    if _cut_off(sentence, _past_relative(sentence, helper, event.hit.start), event.hit.start):
        return False
    if _alongside(sentence, helper, named) or _joined_before(sentence, helper, named):
        return False  # "eight defectors and their guide were freed": they share its fate
    between = [p for p in named if helper.end <= p.start and p.end <= event.hit.start]
    return all(_in_relative(sentence, helper, p, named) for p in between)


def outcomes_of_others(
    sentence: Sentence, named: Sequence[Hit], events: Sequence[Event]
) -> list[Event]:
    """All-clear events told of people besides the incident's: the nearest mention of anyone
    before the event is of others ("seven were arrested; two others escaped and reached
    Thailand"), or names the people that `others` qualifies ("two other defectors were freed").
    Told of the others, the release is not the people's: they stay held."""
    # "Her son, 24, and two other young men were sent back": the others are others than him,
    # joined to him, and the return is theirs together.
    others = [o for o in sentence.hits_of("others") if not joined_to_a_person(sentence, o, named)]
    # "two others arrested with them were released": "them" after "with" says whom the others
    # were with; the others are still the ones the release is told of.
    mentions = sorted(
        (*others, *(h for h in named if not _companion(sentence, h))), key=lambda h: h.end
    )
    theirs = []
    for event in events:
        if event.kind not in ALL_CLEAR:
            continue
        before = [h for h in mentions if h.end <= event.hit.start]
        if before and _of_others(sentence, _head_of(before), others):
            theirs.append(event)
    return theirs


def outcomes_of_visitors(
    sentence: Sentence, named: Sequence[Hit], events: Sequence[Event]
) -> list[Event]:
    """All-clear events told of someone who comes to see the people, a `visitors` word ("Their
    lawyer left the detention centre after visiting them", 一名亲属探视后走出了看守所): the
    visitor stands before the event in its clause, with no people word or figure between (a
    pronoun between is the object of the visit: 探视他们后, 이들을 면회한 뒤) and none joined to it
    ("the three and their lawyer left": they share it). Not where the visitor only speaks
    ("their lawyer said the three walked out"), or a source opens the sentence: the release is
    then told of the people. Told of the visitor, the release is not the people's: they stay
    held."""
    visitors = sentence.hits_of("visitors")
    if sentence.has("speech") and any(
        s.start >= visitors[0].end for s in sentence.hits_of("speech")
    ):
        return []
    if sentence.grammar.source_opener.match(sentence.text):
        return []
    people = (*named, *sentence.hits_of("number"))
    return [
        e
        for e in events
        if e.kind in ALL_CLEAR and any(_visitors_event(sentence, v, e, people) for v in visitors)
    ]


def _visitors_event(sentence: Sentence, visitor: Hit, event: Event, people: Sequence[Hit]) -> bool:
    if visitor.end > event.hit.start:
        return False
    if _cut_off(sentence, _past_day(sentence, visitor.end, event.hit.start), event.hit.start):
        return False
    if _alongside(sentence, visitor, people) or _joined_before(sentence, visitor, people):
        return False
    if _subject_before(sentence, visitor):
        return False
    # A figure's word between may be a verb's (면회한: "visited", not 한 "one").
    return not any(
        visitor.end <= p.start and p.end <= event.hit.start and not p.has("number") for p in people
    )


def _subject_before(sentence: Sentence, visitor: Hit) -> bool:
    """Whether the people or their figure stand before the visitor in its clause, as the
    subject the visitor only goes with (三人在律师陪同下走出, 이들은 변호사와 함께 나왔다, 3人は
    火曜日、弁護士と一緒に); not as its owner right before it (他们的律师, 이들의 변호사, Их
    адвокат)."""
    base, text = sentence.start, sentence.text
    at = visitor.start - base
    opening = _opening_past_days(sentence, at)
    if sentence.grammar.count_ahead.search(text, opening, at):
        return True
    return any(
        opening <= p.start - base and p.end + OWNER_GAP < visitor.start
        for p in sentence.hits_of(*PEOPLE_WORDS, "subject_pron", "number")
    )


def _opening_past_days(sentence: Sentence, at: int) -> int:
    """Where the clause holding offset `at` of the sentence's text opens, reading a clause
    break right after a `recent` word (月曜日、, 周二，) as none: the day is set off, not a clause."""
    base = sentence.start
    days = {h.end - base for h in sentence.hits_of("recent")}
    opening = 0
    for low, high in clause_edges(sentence):
        if high > at:
            break
        if low not in days and low - 1 not in days:
            opening = high
    return opening


def _past_day(sentence: Sentence, start: int, end: int) -> int:
    """Where the subject's clause goes on past a day set off by a comma right after it
    (彼らの弁護士は月曜日、…を出た): after that comma, when only `recent` words stand before it;
    else `start` (absolute offsets)."""
    base, text = sentence.start, sentence.text
    found = sentence.grammar.clause_break.search(text, start - base, end - base)
    if found is None:
        return start
    stop = found.start() + base
    between = [h for h in sentence.hits if start <= h.start and h.end <= stop]
    if between and all(h.has("recent") for h in between):
        return found.end() + base
    return start


def joined_to_a_person(sentence: Sentence, other: Hit, named: Sequence[Hit]) -> bool:
    """Whether an `others` word stands in a phrase a coordinator joins to one person named
    before it, or to "them" ("her son, 24, and two other young men", 她的儿子（24岁）和另外两名男子,
    아들(24)과 다른 청년 2명): others than that person, told of with them, not another group."""
    if other.has("subject_pron"):
        return False
    text, base = sentence.text, sentence.start
    start = other.start - base
    for join in sentence.grammar.coordinator.finditer(
        text, max(0, start - JOINED_OTHERS_REACH), start
    ):
        if join.end() > start or sentence.grammar.breaks(text, join.end(), start):
            continue
        for h in named:
            if h.has("others") or not (h.has("subject_one") or h.has("subject_pron")):
                continue
            # The person's age set off after them ("her son, 24,", 她的儿子（24岁）) is theirs.
            age = sentence.grammar.age_after.match(text, h.end - base)
            end = age.end() if age is not None else h.end - base
            if 0 <= join.start() - end <= JOINED_PERSON_GAP:
                return True
    return False


def _companion(sentence: Sentence, hit: Hit) -> bool:
    """Whether a pronoun for the people stands right after a coordinator ("with them", 与他们)."""
    if not hit.has("subject_pron"):
        return False
    start = hit.start - sentence.start
    before = sentence.text[max(0, start - COMPANION_REACH) : start].rstrip()
    return any(m.end() == len(before) for m in sentence.grammar.coordinator.finditer(before))


def _head_of(mentions: Sequence[Hit]) -> Hit:
    """The first word of the phrase the last mention ends: "다른 탈북민 일행" (the other
    defectors' group) is read from 탈북민, which `다른` qualifies, not from 일행."""
    head = mentions[-1]
    for mention in reversed(mentions[:-1]):
        if head.has("others") or not 0 <= head.start - mention.end <= OTHERS_REACH:
            break
        head = mention
    return head


def others_told(sentence: Sentence, theirs: Sequence[Event]) -> tuple[tuple[int, int], ...]:
    """Where the others whose outcome `theirs` tells are told: from the nearest `others` word
    before each event to the event (text offsets), so that their figure ("another seven", 另外
    7名) is not added to the people's."""
    spans = []
    for event in theirs:
        before = [o for o in sentence.hits_of("others") if o.end <= event.hit.start]
        if before:
            spans.append((before[-1].start - sentence.start, event.hit.end - sentence.start))
    return tuple(spans)


def _of_others(sentence: Sentence, mention: Hit, others: Sequence[Hit]) -> bool:
    if mention.has("others"):
        return True
    qualified = not mention.has("subject_pron")  # "other defectors", never "other them"
    return qualified and any(
        0 <= _gap_less_figures(sentence, o, mention) <= OTHERS_REACH
        or _modified_between(sentence, o, mention)
        for o in others
    )


def _gap_less_figures(sentence: Sentence, other: Hit, mention: Hit) -> int:
    """Characters between "other" and the people, less a number word among them ("another
    seven defectors"); negative when the people stand before it."""
    gap = mention.start - other.end
    if gap <= OTHERS_REACH:
        return gap
    between = sentence.text[other.end - sentence.start : mention.start - sentence.start]
    figures = sum(
        h.end - h.start
        for h in sentence.hits_of("number")
        if other.end <= h.start and h.end <= mention.start
    )
    return len(between.strip()) - figures


def _modified_between(sentence: Sentence, other: Hit, mention: Hit) -> bool:
    """ "另一批[5月被抓的]脱北者": a clause about the people stands between "other" and them, ended
    by a genitive marker (的) right before them or their figure, in one clause."""
    base, text = sentence.start, sentence.text
    start, end = other.end - base, mention.start - base
    if not 0 < end - start <= RELATIVE_REACH or sentence.grammar.breaks(text, start, end):
        return False
    return any(
        end - OTHERS_REACH - len(m) <= text.rfind(m, start, end) for m in sentence.root.genitive
    )


def _cut_off(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a clause ends between absolute offsets `start` and `end`, not counting the end of
    a clause of what came first (조사를 받은 후, "after questioning"): the subject before it
    still governs the verb after it (선교사가 조사를 받은 후 풀려났다: the missionary was freed)."""
    grammar, text, base = sentence.grammar, sentence.text, sentence.start
    at = start - base
    for found in grammar.clause_break.finditer(text, at, end - base):
        earlier = grammar.earlier_after.fullmatch(found.group().strip()) is not None
        if not earlier and grammar.breaks(text, at, found.end()):
            return True
        at = found.end()
    return grammar.breaks(text, at, end - base)


def _past_relative(sentence: Sentence, helper: Hit, end: int) -> int:
    """Where the helper's own clause goes on before absolute offset `end`: past a relative or
    participle clause set off by commas right after it ("пастор, который им помогал, освобожден",
    "the pastor, with whom they travelled, was freed"), else right after the helper."""
    grammar, text, base = sentence.grammar, sentence.text, sentence.start
    opening = grammar.clause_break.match(text, helper.end - base)
    if opening is None:
        return helper.end
    marker = grammar.relative.search(text, opening.end(), end - base)
    at = None if marker is None else (marker.start(), marker.end())
    # "миссионер, задержанный вместе с ними, был отпущен": a participle opens the clause.
    verb = next(
        (
            h
            for h in sentence.hits_of(*HELD_CONCEPTS)
            if opening.end() <= h.start - base < end - base
        ),
        None,
    )
    if verb is not None and (at is None or verb.start - base < at[0]):
        at = (verb.start - base, verb.end - base)
    if at is None or at[0] - opening.end() > OPENING_REACH:
        return helper.end
    closing = grammar.clause_break.search(text, at[1], end - base)
    return helper.end if closing is None else closing.end() + base


def _in_relative(sentence: Sentence, helper: Hit, person: Hit, named: Sequence[Hit]) -> bool:
    """Whether `person` is the first of the people named inside a relative clause on the helper
    ("a guide who led them", "a broker and two drivers who took them south"): the relative
    word stands near the helper, and no one is named between it and `person`."""
    base, text = sentence.start, sentence.text
    if person.start < helper.end:
        return False
    if _in_participle(sentence, helper, person, named):
        return True
    marker = sentence.grammar.relative.search(
        text, helper.end - base, min(helper.end + RELATIVE_REACH, person.start) - base
    )
    if marker is None:
        return False
    at = marker.end() + base
    return not any(at <= p.start < person.start for p in named)


def _in_participle(sentence: Sentence, helper: Hit, person: Hit, named: Sequence[Hit]) -> bool:
    """ "a pastor arrested with three defectors", "миссионер, задержанный вместе с беглецами",
    "nhà truyền giáo bị bắt cùng hai người": a status word right after the helper (a comma
    perhaps between) opens its modifier, and `person` is joined to it by a `coordinators` word:
    the one caught with them is the helper, whose release is not theirs."""
    grammar, text, base = sentence.grammar, sentence.text, sentence.start
    start = helper.end - base
    opening = grammar.clause_break.match(text, start)
    if opening is not None:
        start = opening.end()
    for verb in sentence.hits_of(*HELD_CONCEPTS):
        lo = verb.start - base
        if not start <= lo <= start + RELATIVE_REACH or verb.end > person.start:
            continue
        if grammar.breaks(text, start, lo) or any(
            helper.end <= p.start < person.start and p.start != verb.start for p in named
        ):
            return False
        # the coordinator may close the status word itself (vi "bắt cùng")
        between = text[lo : person.start - base]
        joins = list(grammar.coordinator.finditer(between))
        if not joins or grammar.breaks(between, 0, joins[-1].start()):
            return False
        rest = text[lo + joins[-1].end() : person.start - base]
        for figure in sentence.hits_of("number"):
            if verb.end <= figure.start and figure.end <= person.start:
                rest = rest.replace(figure.surface, " ")
        return at_most_an_article(rest)
    return False


def _clause_names(sentence: Sentence, hit: Hit, named: Sequence[Hit]) -> bool:
    """Whether the people are named before `hit` in its own clause, as the ones it happens to
    ("but the eight defectors arrested with them remain"; not "arrested for helping
    defectors", where they come after)."""
    grammar, text, base = sentence.grammar, sentence.text, sentence.start
    return any(
        person.end <= hit.start and not grammar.breaks(text, person.end - base, hit.start - base)
        for person in named
    )


def _joined_after(sentence: Sentence, hit: Hit, named: Sequence[Hit]) -> bool:
    """ "A pastor was detained in Dandong along with four North Koreans", "задержан вместе с
    четырьмя беглецами": the people joined to the helper's event right after it, by a
    `coordinators` word with at most an article or a figure before them, share it (not
    "charged with smuggling defectors", where a verb stands between)."""
    grammar, text, base = sentence.grammar, sentence.text, sentence.start
    figures = [(f.start - base, f.end - base) for f in sentence.hits_of("number")]
    for person in named:
        if person.start < hit.end:
            continue
        between = text[hit.end - base : person.start - base]
        joins = list(grammar.coordinator.finditer(between))
        if not joins or grammar.breaks(between, 0, joins[-1].start()):
            continue
        start = hit.end - base + joins[-1].end()
        rest = "".join(
            " " if any(lo <= i < hi for lo, hi in figures) else text[i]
            for i in range(start, person.start - base)
        )
        if at_most_an_article(rest):
            return True
    return False


def _object_after(sentence: Sentence, hit: Hit, named: Sequence[Hit]) -> bool:
    """ "raided a missionary's flat and detained five defectors", "в квартире миссионера и
    задержала пятерых беглецов": the people right after the event, with at most an article or
    a figure between and no mark, are its object: the event is theirs, not the helper's."""
    figures = sentence.hits_of("number")
    for person in named:
        if person.start < hit.end:
            continue
        rest = text_without(sentence, hit.end, person.start, figures)
        # Unspaced scripts allow one character, a counter (5名): "涉嫌協助" is a verb between.
        unspaced = sum(1 for c in rest if c.isalnum() and not is_word_char(c))
        if (
            at_most_an_article(rest)
            and unspaced <= 1
            and all(c.isspace() or c.isalnum() for c in rest)
        ):
            return True
    return False


def _alongside(sentence: Sentence, hit: Hit, named: Sequence[Hit]) -> bool:
    """ "two missionaries and eight defectors", "선교사 2명과 탈북민 8명": the people are named
    together with the helper (a `coordinators` word between them), so they share its fate; not
    when the helper's own status word stands before that word ("선교사 석방…함께 붙잡힌 탈북민":
    the missionary freed, the defectors caught with him)."""
    grammar = sentence.grammar
    for person in named:
        gap = person.start - hit.end
        if (
            0 <= gap <= COORDINATION_REACH
            and grammar.coordinated(
                sentence.text, hit.end - sentence.start, person.start - sentence.start
            )
            and not _own_verb_first(sentence, hit.end, person.start)
        ):
            return True
    return False


def _own_verb_first(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a status word stands between absolute offsets `start` and `end` before the first
    `coordinators` word there: it ends the phrase that began before `start`."""
    base = sentence.start
    joined = sentence.grammar.coordinator.search(sentence.text, start - base, end - base)
    if joined is None:
        return False
    return any(
        start <= h.start and h.end <= joined.start() + base
        for h in sentence.hits_of(*STATUS_TRIGGERS)
    )


def _joined_before(sentence: Sentence, hit: Hit, named: Sequence[Hit]) -> bool:
    """ "eight defectors and a Chinese broker": the people named just before the helper and
    joined to it by a `coordinators` word."""
    base = sentence.start
    return any(
        0 <= hit.start - person.end <= COORDINATION_REACH
        and sentence.grammar.coordinated(sentence.text, person.end - base, hit.start - base)
        and not _verb_between(sentence, person.end, hit.start)
        for person in named
    )


def _verb_between(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a status word stands between two offsets: "탈북 여성 2명과 함께 붙잡힌 선교사" names
    the women in the missionary's own modifier (the one caught with them), not beside him."""
    return any(start <= h.start and h.end <= end for h in sentence.hits_of(*HELD_CONCEPTS))


def _in_their_clause(sentence: Sentence, hit: Hit, events: Sequence[Event]) -> bool:
    """Whether a word of life in South Korea shares a clause with an event or a place abroad:
    ", заявил депутат парламента Южной Кореи" and ", a lawmaker said" only say who told of it,
    where "passing information to agents in China" is what the sentence is about."""
    grammar, text, base = sentence.grammar, sentence.text, sentence.start
    others = [e.hit for e in events] + [p for p, _iso, _kind in foreign_places(sentence)]
    return not events or any(
        not grammar.breaks(text, min(hit.end, o.end) - base, max(hit.start, o.start) - base)
        for o in others
    )


def _in_south_korean_life(sentence: Sentence, events: Sequence[Event]) -> bool:
    if foreign_authority(sentence) or _forced_return(sentence, events):
        return False
    abroad = foreign_places(sentence)
    if not abroad:
        return True
    return in_south_korea(sentence) and not _held_abroad(sentence, events, abroad)


def _held_abroad(
    sentence: Sentence, events: Sequence[Event], abroad: Sequence[tuple[Hit, str, str]]
) -> bool:
    """A plea for people held abroad: a custody told with a place abroad in its clause, and a
    return feared or a release asked for ("Lawmakers in Seoul demanded the release of 12
    defectors arrested in Jilin"). The South Korean words react to the arrest, which is what
    the sentence reports; a custody told only as the past of someone on trial in the South
    ("indicted a defector who had been detained in Shenyang") is no plea."""
    pleaded = sentence.has("wish") or any(e.kind == "facing" for e in events)
    text, base, grammar = sentence.text, sentence.start, sentence.grammar
    return pleaded and any(
        not grammar.breaks(text, min(e.hit.end, p.end) - base, max(e.hit.start, p.start) - base)
        for e in events
        if e.kind in HELD_KINDS
        for p, _iso, _kind in abroad
    )


def _held_in_the_north(sentence: Sentence, events: Sequence[Event]) -> bool:
    """No return, no foreign authority acting and no town or region abroad ("agents of the
    North seized three defectors in Yanji" is an abduction abroad); a country named as where
    phones or goods came from ("中国手机", "from China") leaves the arrest in the North."""
    return (
        bool(events)
        and not any(e.kind in RETURNS for e in events)
        and not foreign_authority(sentence)
        and not any(kind in SPECIFIC_KINDS for _hit, _iso, kind in foreign_places(sentence))
    )


def _forced_return(sentence: Sentence, events: Sequence[Event]) -> bool:
    """A forced return told in the sentence: no life in South Korea, even if it names a crime."""
    return sentence.has(FORCED) and any(e.kind in RETURNS for e in events)


def _owned(sentence: Sentence, hit: Hit) -> bool:
    """Whether the people's word only says whose the helper is, or whom the helper's act was
    for: it follows a helper's word with at most a figure or an article between, in one clause
    and not joined to it ("two neighbours of a North Korean defector", "the lawyer of five
    defectors", "a broker who smuggled five defectors"; not "a guide and five defectors")."""
    if hit.has("subject_pron"):
        return False  # "a broker who guided them": a relative clause (pronouns.py)
    base, text, grammar = sentence.start, sentence.text, sentence.grammar
    for helper in sentence.hits_of("trap_foreigner"):
        if not 0 <= hit.start - helper.end <= OWNED_REACH:
            continue
        start, end = helper.end - base, hit.start - base
        if grammar.breaks(text, start, end) or grammar.coordinated(text, start, end):
            continue
        between = [h for h in sentence.hits if helper.end <= h.start < hit.start]
        if any(not h.has("number") for h in between):
            continue
        words = text[start:end]
        for figure in between:
            words = words.replace(figure.surface, " ")
        if at_most_an_article(words):
            return True
    return False


def _genitive(sentence: Sentence, hit: Hit) -> bool:
    """A subject marked as a modifier of what follows (의, 的, の: the `genitive` markers)."""
    return sentence.text.startswith(sentence.root.genitive, hit.end - sentence.start)


def is_sum(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] of the sentence is a sum of money: a currency sign
    before it or a `money` word right after it ("fined 4,000 baht", "штраф 2000 рублей",
    "罚款3000元"), neither people in the thousands nor a year."""
    text = sentence.text
    if text[max(0, start - 1) : start] in CURRENCY_SIGNS:
        return True
    return any(0 <= h.start - sentence.start - end <= MONEY_GAP for h in sentence.hits_of("money"))


def scaled_figure(sentence: Sentence, scale: Hit) -> tuple[int, int] | None:
    """The span in the sentence's text of a figure and the `scale` word right after it that makes
    it a large number ("2 thousand", "1.5 million", "около 2 тысяч", "two thousand"), if any."""
    end = len(sentence.text[: scale.start - sentence.start].rstrip())
    start = end
    while start and (sentence.text[start - 1].isdigit() or sentence.text[start - 1] in ".,"):
        start -= 1
    if start < end and sentence.text[end - 1].isdigit():
        return start, scale.end - sentence.start
    word = next((h for h in sentence.hits_of("number") if h.end == sentence.start + end), None)
    return None if word is None else (word.start - sentence.start, scale.end - sentence.start)


def is_old(sentence: Sentence, report_year: int | None, *, south_news: bool = False) -> bool:
    """A sentence about a time long past: it opens on one ("A decade ago"), or names a year two
    or more before the report's that is not where a span starts ("since 2019") and no recent
    day of its own ("the defector, in Seoul since 2015, said her sister was arrested last
    week": the year dates the speaker, the day the arrest). With `south_news` (a report naming
    no country abroad), a forced return by South Korea is news whenever it is told: the
    investigations, trials and rulings that follow it for years are news of it, so its year
    does not make it an old case."""
    if _recalled(sentence):
        return True
    if report_year is None or recent_now(sentence):
        return False
    if south_news and tells_return_by_south(sentence):
        return False
    if told_from_the_south(sentence):
        return True
    text, grammar = sentence.text, sentence.root
    for m in sentence.years():
        if grammar.starts_a_span(text, *m.span()) or grammar.dates_an_escape(text, *m.span()):
            continue
        if is_sum(sentence, *m.span()):
            continue  # "штраф 2000 рублей": a fine, not the year 2000
        if in_likened_phrase(sentence, *m.span()):
            continue  # "as happened to nine in 2023": the year of the group likened to
        year = grammar.year_of(m)
        if year is not None and year <= report_year - 2:
            return True
    return False


def told_from_the_south(sentence: Sentence) -> bool:
    """A custody told as the past (a `previously` word: "once", 한때, 曾, かつて, họ từng, เคย, or
    a `recounted` one: "told reporters how they were", 경험을, 的经历, kể lại việc) of
    people said before it to live in or have reached the South (`years.settled`: "Three workers
    who now live in Seoul said they were once held by Russian police", 서울에 정착한 탈북민 3명은
    한때 ... 체포된 적이 있다): it came before they reached the South, an old case recalled.
    Not when other people are named between ("Kim, who lives in Seoul, said five defectors she
    had once sheltered were detained": theirs), save the noun the words qualify right after them
    (现居首尔的脱北者, ソウルで暮らす脱北者); the caller has made sure no recent day is named."""
    as_past = sentence.hits_of(*TOLD_AS_PAST)
    if not as_past:  # most sentences: the pattern below is looked for only where it can matter
        return False
    base, text = sentence.start, sentence.text
    settled = sentence.root.settled.search(text)
    if settled is None:
        return False
    after = base + settled.end()
    told = [h for h in sentence.hits_of(*STATUS_TRIGGERS) if h.start >= after]
    if not told or not any(h.start >= after for h in as_past):
        return False
    first = min(h.start for h in told)
    return not any(
        after + SETTLED_HEAD_GAP < h.start < first for h in sentence.hits_of(*PEOPLE_WORDS)
    )


def in_likened_phrase(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the words at `start`:`end` (offsets in the sentence's text) stand in the phrase
    of a group the people are likened to: after a `likened` word ("as happened to a group of
    nine in 2023", "как это случилось с девятью беглецами в прошлом году") or before a
    `likened_after` one (지난해 9명이 그랬던 것처럼, 去年的九人一样, 昨年の9人と同様に), no
    clause break between: a time there dates that group, not the people."""
    base, text, grammar = sentence.start, sentence.text, sentence.grammar
    for hit in sentence.hits_of("likened", "likened_after"):
        at, stop = hit.start - base, hit.end - base
        if hit.has("likened") and stop <= start and start - stop <= LIKENED_TIME_REACH:
            span = (stop, start)
        elif hit.has("likened_after") and end <= at and at - end <= LIKENED_AFTER_TIME_REACH:
            span = (end, at)
        else:
            continue
        if not grammar.breaks(text, *span):
            return True
    return False


def past_chain(sentence: Sentence, events: Sequence[Event]) -> list[Event]:
    """The all-clears of `sentence` that a time long past before them dates through a chain
    (`chained_to_a_past`): another time's, not the incident's."""
    olds = sentence.hits_of("long_ago")
    return [
        e for e in events if e.kind in ALL_CLEAR and any(chained_to_a_past(e, h) for h in olds)
    ]


def chained_to_a_past(event: Event, past: Hit) -> bool:
    """Whether an all-clear is chained by a coordinator alone to a time long past before it,
    in one relative clause ("Defectors who fled the North years ago and were repatriated
    recalled ...", которые бежали много лет назад и были депортированы, đã bỏ trốn nhiều năm
    trước và bị trao trả): the time dates the chain, the return too, even where it dates the
    escape (`dates_an_escape_ago`). Not with a recent day right after the return ("fled years
    ago and was sent back on Monday": news)."""
    sentence, hit = event.sentence, event.hit
    if past.end > hit.start or hit.start - past.end > CHAIN_REACH:
        return False
    base, text, grammar = sentence.start, sentence.text, sentence.grammar
    if not grammar.coordinated(text, past.end - base, hit.start - base):
        return False
    return not any(
        0 <= r.start - hit.end <= CHAIN_REACH
        and not grammar.breaks(text, hit.end - base, r.start - base)
        for r in sentence.hits_of("recent")
    )


def _recalled(sentence: Sentence) -> bool:
    """A headline, or a sentence opening, on a time long past ("A decade ago, ...", "10년 전",
    "多年前") naming no recent day: an old case recalled. Further into a sentence ("who fled years
    ago") it dates a life, not the incident."""
    reach = len(sentence.text) if sentence.field == "title" else LEAD_REACH
    opening = [h for h in old_times(sentence) if h.start - sentence.start <= reach]
    return bool(opening) and not recent_now(sentence)


def old_times(sentence: Sentence) -> list[Hit]:
    """The sentence's `long_ago` words that date no one's escape: "who fled the North years ago"
    dates a life, as the year in "who fled in 2015" does, not the arrest told beside it."""
    base, text, grammar = sentence.start, sentence.text, sentence.root
    return [
        h
        for h in sentence.hits_of("long_ago")
        if not grammar.dates_an_escape_ago(text, h.start - base, h.end - base)
    ]


def recent_now(sentence: Sentence) -> bool:
    """A recent day that is not the anniversary of an old one ("a decade ago this week") nor
    the day someone spoke on ("told a conference on Tuesday that in 2011 ...")."""
    olds = [h.end for h in sentence.hits_of("long_ago")]
    spoken = sentence.root.spoken_days.spoken
    base = sentence.start
    return any(
        not any(0 <= h.start - end <= 3 for end in olds)
        and not spoken(sentence.text, h.start - base, h.end - base)
        for h in sentence.hits_of("recent")
    )


def demotion(sentences: Sequence[Sentence]) -> Hit | None:
    """Doc-level traps: the Zainichi programme anywhere but in a background sentence, and those
    held turned out to be others anywhere; a memoir, book or film, or statistics, in the
    headline or the first sentence of the text; a headline on a time long past."""
    lead = leads(sentences)
    for s in sentences:
        hits = [
            h for h in s.hits_of(*DEMOTING_ANYWHERE) if h.has(MISTAKEN) or not _background(s, lead)
        ]
        if hits:
            return hits[0]
    for s in lead:
        hits = [h for h in s.hits_of(*DEMOTING_IN_LEAD) if not _recent_recollection(s, h)]
        if hits:
            return hits[0]
    for s in sentences:
        # "Ten years ago this week: ..." heads an anniversary piece, not news of an arrest.
        if s.field == "title" and _recalled(s):
            return old_times(s)[0]
        if s.field == "title":
            dated = _dated_return(s)
            if dated is not None:
                return dated
        if s.field == "title" and not recent_now(s):
            anniversary = _anniversary(s)
            if anniversary is not None:
                return anniversary
    return None


def _background(sentence: Sentence, lead: Sequence[Sentence]) -> bool:
    """A sentence past the lead naming neither the people nor an event, such as a relative's
    past told after the incident ("Her mother had moved to the North under the repatriation
    programme"): background to the report, which it does not make one about the programme."""
    return (
        sentence not in lead
        and not sentence.has(*PEOPLE_WORDS)
        and not sentence.has(*STATUS_TRIGGERS)
    )


def _dated_return(sentence: Sentence) -> Hit | None:
    """A headline's `long_after` word that opens or closes its clause, when the rest of that
    clause holds the headline's return or release and every status word it tells besides
    whereabouts unknown: "Years after Laos sent back nine defectors, their fate still unknown",
    라오스가 9명을 북송한 지 수년: an old case recalled. A status word outside ("Years after
    China freed them, two arrested again"), or the word in mid-clause ("arrested years after
    Laos freed him"), is news; so is an escape it dates ("Years after fleeing the North")."""
    if recent_now(sentence):
        return None
    base, text, grammar = sentence.start, sentence.text, sentence.root
    told = [h for h in sentence.hits_of(*STATUS_TRIGGERS) if not h.has("missing")]
    for hit in sentence.hits_of("long_after"):
        start, end = hit.start - base, hit.end - base
        if grammar.dates_an_escape_ago(text, start, end):
            continue
        low, high = clause_around(sentence, start, end)
        if not text[low:start].strip(OPENING_MARKS):
            low, high = base + end, base + high
        elif not text[end:high].strip():
            low, high = base + low, base + start
        else:
            continue
        dated = [h for h in told if low <= h.start and h.end <= high]
        done = any(not h.concepts.isdisjoint(DONE_MOVES) for h in dated)
        if done and len(dated) == len(told):
            return hit
    return None


def _anniversary(sentence: Sentence) -> Hit | None:
    """The years a headline counts since the event it names (the grammar's
    `years.anniversary`: "'탈북민 600명 강제북송' 3년"), as a `long_ago` hit: an anniversary
    piece."""
    m = sentence.root.anniversary.search(sentence.text)
    if m is None:
        return None
    return pattern_hit(m, sentence.start, "long_ago", source="years.anniversary")


def _recent_recollection(sentence: Sentence, hit: Hit) -> bool:
    return hit.concepts == {RECALLED} and recent_now(sentence)


def is_lead(sentence: Sentence) -> bool:
    """The headline, or the first sentence of the text."""
    return sentence.field == "title" or sentence.start == 0


def leads(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The headline and the first sentence of the text; when the text opens by repeating the
    headline, as many feeds' items do, the sentence right after the repeat too."""
    titles = {s.text.strip() for s in sentences if s.field == "title"}
    found = [s for s in sentences if is_lead(s)]
    last = next((s for s in found if s.field == "text"), None)
    for s in sentences:
        if last is None or last.text.strip() not in titles:
            break
        if s.field == "text" and s.order == last.order + 1:
            found.append(s)
            last = s
    return found
