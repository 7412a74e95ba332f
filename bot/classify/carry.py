"""Carry-over of the people: whom a sentence that names no one is about.

"They" (이들, 他们) or a figure opening a sentence ("The eight were arrested") right after a
sentence naming the people carries those people over, and so does a sentence saying who those
counted were ("All of them are defectors"). The people's status is read from the sentences about
them and from those following straight on that go on about them: any in a language that drops
its subject, only those taking them up again ("Both were sent back") in one that keeps it (the
grammar's `follow_on`). A reaction told right before them, naming no one, tells what they face.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Final

from bot.classify.events import HELD_KINDS, STATUS_TRIGGERS
from bot.classify.language import ARTICLE_LENGTH, GrammarView, at_most_an_article
from bot.classify.lexicon import Term
from bot.classify.matcher import Hit, pattern_hit
from bot.classify.names import KIN
from bot.classify.nouns import PERSON_NOUNS
from bot.classify.numbers import Count
from bot.classify.pronouns import anothers, opens_on_owner, own_pronouns
from bot.classify.sentences import (
    INERT,
    OPENING_MARKS,
    Sentence,
    clause_around,
    clause_break,
    opens_on_one_of,
    own_words_start,
    text_without,
)
from bot.classify.traps import SUBJECTS, WEAK_SUBJECT_VETOES, is_old
from bot.classify.traps import veto as veto_of
from bot.classify.views import NAMING, View
from bot.scripts import CJK_FIRST, THAI, THAI_END

IDENTITY: Final = "identity"
SOUTH: Final = "trap_south"  # life in South Korea (traps.veto)
ARRIVED: Final = "third"  # an arrival in the South or a third country (events.py)
# "They are", "She is": an identity only right before the people, with at most an article
# between ("She is a North Korean defector", "Il s'agit de réfugiés").
IDENTITY_NEAR: Final = "identity_near"
# One person named ("a North Korean citizen"): said of a foreigner held just before, it is
# the head count the sentence before left untold ("Police held a foreigner. He turned out to be
# a North Korean citizen").
SUBJECT_ONE: Final = "subject_one"
# What a sentence of its source alone names: places, a day, and what means nothing alone (a
# group's name, 서울의 지원단체; "officials", 관계자).
SOURCE_CONCEPTS: Final = frozenset({"place", "recent"}) | INERT
OWNER_MARKS: Final = frozenset("'’")  # "defectors' relatives": the people own the noun after them
# one short word may stand before a figure that opens a sentence ("The eight")
OPENING_WORD: Final = 5
# What may follow the people's word in a clause that a figure opens to say who they were.
TAIL_WORDS: Final = 2
# More of the people counted by a figure with no noun (`_added_to_them`): new people of the kind
# the sentence before named, not "they" (`carried`), so no sentence before is theirs.
ADDED: Final = "subject_weak"
TAIL_CHARS: Final = 12
CLOSING: Final = " .。!?！？\"'”’」』»)）\n"
FIGURE_REACH: Final = 12  # characters between a figure and the people's word it counts
# One person's pronoun as the object of a status word ("arrested her", 그를 체포, 逮捕了她).
OBJECT_PRON: Final = "object_pron"
OBJECT_REACH: Final = 3  # characters between it and the status word ("จับกุมตัวเธอ")
# Who else a sentence with its subject dropped may be about: then it is not the people's.
NOT_DROPPED: Final = frozenset(
    {*PERSON_NOUNS, "others", "one_family", "one_group", OBJECT_PRON, "previously"}
)
SUMMED: Final = frozenset({"period", "span", "trap_stats", "generic"})  # a statistic's words
# Sentences after the last one about the people within which their figure names them again.
REFIGURE_REACH: Final = 3
# How many relatives a sentence names without a figure ("his mother and sister": 2; kin.py).
KinCount = Callable[[Sentence], int]
# The head counts a sentence gives (numbers.CountReader), offsets in its own text.
Figures = Callable[[Sentence], Sequence[Count]]
# A group word ("family", 一家, 일가족) naming the people again with the figure they were
# counted by (`named_again_by_group`); the concept of the hit that stands for them.
GROUP: Final = "group"
GROUP_AGAIN: Final = "group_again"
# What names others than the people in a sentence that retells a group: other people, workers,
# another nationality, a helper or foreigner.
NOT_THEIRS: Final = ("others", "trap_foreigner", *WEAK_SUBJECT_VETOES)
# The words a retold group's phrase may hold: its figure, its group word, and one family or
# group (일가족 is both "family" and one family).
GROUP_PHRASE: Final = frozenset({"number", GROUP, "one_family", "one_group"})
# A new group held a few sentences after the escapees are named (`new_group_after_them`): how
# many sentences back the naming one may stand, and the concept of the hit standing for them.
BACKGROUND_REACH: Final = 4
GROUP_NEW: Final = "group_new"
# What dates a group's arrest as past or sums it over a time: no new group held now.
NOT_NOW: Final = frozenset({"long_ago", "previously", "year_before", *SUMMED})
# What makes a sentence counting the escapees a statistic: a time it sums over.
BACKGROUND: Final = frozenset({"year_before", *SUMMED})
# Another nationality or life in the South, named between the escapees and a group.
OTHER_NATIONS: Final = ("trap_foreigner", "trap_south")
RETURN_KINDS: Final = frozenset({"repatriated", "facing", "expelled"})
GONE_KINDS: Final = frozenset({"released", "third"})
PEOPLE_NAMED: Final = tuple(NAMING - {"subject_pron"})
# A new group's phrase may hold a word that is also "they" («пять женщин»: these women).
NEW_GROUP_PHRASE: Final = GROUP_PHRASE | {"subject_pron"}
# Words a time may take before the people's pronoun, opening the sentence ("After a month they")
OPENING_WORDS: Final = 4


def no_kin(_sentence: Sentence) -> int:
    return 0


def no_figures(_sentence: Sentence) -> Sequence[Count]:
    return ()


# A figure in digits standing alone: not part of a date, a time, an amount or a year. It opens
# on its first digit and looks behind from there, so a search skips to the digits at once (a
# pattern opening on a look behind is tried at every character of the sentence).
_DIGITS: Final = re.compile(r"\d(?<![\d/.:,\-]\d)\d{0,2}(?![\d/.:,%\-])")
# A figure in digits with a counter right after it (6人, 6명, 6名, 6 คน): in the scripts that run
# words on without spaces (Thai and Lao, and CJK on), a head count wherever it stands.
COUNTED: Final = re.compile(f"(\\d+) ?[{THAI}-{THAI_END}{CJK_FIRST}-\U0010ffff]")


def carry_subjects(
    views: list[View], report_year: int | None, south_news: bool, figures: Figures = no_figures
) -> list[View]:
    """ "Five defectors crossed the river last week. They were arrested on Monday.": a sentence
    that says "they" (이들, 他们, 彼ら) straight after one naming the people is about them; so is
    one opening on a figure ("The eight, including three children, were arrested") after one
    that names them without that figure; so is one person's pronoun as the object of its status
    word ("Police arrested her") after one counting no more than one (`figures`)."""
    out: list[View] = []
    for view in views:
        before = out[-1] if out else None
        figure = opening_figure(view.sentence) or opening_count(view.sentence)
        pronouns = own_pronouns(view.sentence, _status_at(view))
        if (
            not view.subjects
            and before is not None
            and before.sentence.order == view.sentence.order - 1
            and before.subjects
        ):
            added = _added_to_them(view, before, figures)
            if added:
                out.append(view._replace(subjects=added))
                continue
            if figure is not None and _counts_others(before.sentence, figure, before.subjects):
                figure = None
            if not pronouns and figure is None:
                pronouns = (
                    _their_figure(view.sentence, before)
                    or _their_object(view, before, figures)
                    or _dropped_subject(view, before, figures)
                )
            if (pronouns or figure is not None) and _may_lend_subjects(
                before, report_year, south_news
            ):
                subjects = pronouns or tuple(h for h in (figure,) if h)
                view = view._replace(subjects=subjects, veto=_past_companion(view, subjects))
            else:
                view = _lent_to_relative(view, before)
        out.append(view)
    return out


def _past_companion(view: View, subjects: tuple[Hit, ...]) -> Hit | None:
    """The view's veto once "they" or their figure carry the people into it: a worker or
    another nationality named after them and after the status word ("ทั้งสองคนถูกจับกุม ขณะ
    เดินทางพร้อมนายหน้าชาวจีน": caught while travelling with a Chinese broker) is their
    companion, not the sentence's subject, which `traps.veto` takes it for while no word for the
    people stands in the sentence. Before the status word it may be ("They said Chinese workers
    were arrested")."""
    veto = view.veto
    if veto is None or not any(map(veto.has, WEAK_SUBJECT_VETOES)):
        return veto
    status_at = view.sentence.start + _status_at(view)
    return None if min(h.start for h in subjects) < status_at < veto.start else veto


def named_again_by_group(
    views: list[View],
    sentences: Sequence[Sentence],
    read: Callable[[Sentence], View],
    figures: Figures,
    report_year: int | None,
    south_news: bool,
) -> list[View]:
    """ "North Korean family of four: Seoul voices concern. The ministry urged Beijing not to
    send anyone back. A family of four who crossed the river last month was taken away by
    border police.": a sentence naming no one that tells something happening to a group (a
    `group` word with its figure, "a family of four", 一家四口, 일가족 4명) is about the people
    when the headline, or the last sentence naming them, counted them by that figure beside the
    same group word, and no sentence between gives that figure. A reaction told between them
    does not change whom the story is about. Not a group of others ("another family of four",
    "five Chinese women"), nor one the sentences between count too ("police also held four
    women who sheltered them")."""
    candidates = [s for s in sentences if retells_a_group(s)]
    if not candidates:
        return views  # the common case, kept cheap
    by_order = {v.sentence.order: v for v in views}
    between = {s.order: s for s in sentences}
    headline = _headline_orders(sentences)
    added: list[View] = []
    for sentence in candidates:
        view = by_order.get(sentence.order)
        if view is not None and view.subjects:
            continue
        earlier = [
            v
            for v in views
            if v.sentence.order < sentence.order and v.sentence.has(*SUBJECTS) and v.subjects
        ]
        anchors = [v for v in earlier if v.sentence.order in headline or v is earlier[-1]]
        again = _group_again(sentence, anchors, between, figures)
        if again is None:
            continue
        anchor, hit = again
        if not _may_lend_subjects(anchor, report_year, south_news):
            continue
        view = view or read(sentence)
        if view.usable and view.events and not view.subjects:
            added.append(view._replace(subjects=(hit,)))
    if not added:
        return views
    done = {v.sentence.order for v in added}
    kept = [v for v in views if v.sentence.order not in done]
    return sorted([*kept, *added], key=lambda v: v.sentence.order)


def new_group_after_them(
    views: list[View],
    sentences: Sequence[Sentence],
    read: Callable[[Sentence], View],
    figures: Figures,
    report_year: int | None,
    south_news: bool,
) -> list[View]:
    """ "China returned more than 300 North Koreans last year. It has happened again. Five
    women were arrested in Tumen last week.": a sentence naming no one that tells a group (a
    `group` word with its figure, "five women", 一家三口, 여성 5명) arrested, held or sent back
    now, a few sentences after one naming the escapees (`BACKGROUND_REACH`), tells of more of
    them: the report's background named who they are (a statistic, or the escapees uncounted:
    after a group counted now, another is others). Not a group told with another nationality
    or role (`_tells_a_new_group`), nor one freed or gone on, nor one told as past or summed
    over a time ("Last year a family of three was caught"), nor after sentences between that
    name others (workers, another nationality); nor in a report that names the escapees held
    by a word of their own (a policy told of them too, "China returns them to Pyongyang"):
    its group may be theirs or others, and its own people are read as before."""
    candidates = [s for s in sentences if _tells_a_new_group(s)]
    if not candidates or any(_names_them_held(v) for v in views):
        return views  # the common case, kept cheap; a report naming them held tells its own
    by_order = {v.sentence.order: v for v in views}
    added: list[View] = []
    for sentence in candidates:
        view = by_order.get(sentence.order)
        if view is not None and view.subjects and not carried(view):
            continue
        anchor = _background_before(sentence, views, sentences)
        # a statistic or a policy is background enough: only a trap or an old case is not
        if (
            anchor is None
            or not _background(anchor, figures)
            or not _unvetoed(anchor)
            or is_old(anchor.sentence, report_year, south_news=south_news)
        ):
            continue
        hit = _counted_group(sentence, figures)
        if hit is None:
            continue
        view = view or read(sentence)
        if view.usable and (not view.subjects or carried(view)) and _held_or_returned_now(view):
            added.append(view._replace(subjects=(hit,)))
    if not added:
        return views
    done = {v.sentence.order for v in added}
    kept = [v for v in views if v.sentence.order not in done]
    return sorted([*kept, *added], key=lambda v: v.sentence.order)


def _background(view: View, figures: Figures) -> bool:
    """Whether a view names the escapees only as background: summed over a time (a year's
    figure) or uncounted ("North Koreans hiding in China"). A group counted now ("Six defectors
    were found in a flat") is one of its own: another group told next is others."""
    sentence = view.sentence
    return not sentence.concepts.isdisjoint(BACKGROUND) or not figures(sentence)


def _names_them_held(view: View) -> bool:
    """Whether a view names the escapees by a word of their own with something befalling them."""
    return view.usable and bool(view.events) and view.sentence.has(*SUBJECTS)


def _tells_a_new_group(sentence: Sentence) -> bool:
    """Whether a sentence may tell a new group held (`new_group_after_them`): a group word and a
    status word, no one named (the group's own "they" aside: «арестованы пять женщин, их держат»),
    and no word dating or summing it."""
    return (
        sentence.has(GROUP)
        and not sentence.concepts.isdisjoint(STATUS_TRIGGERS)
        and not sentence.has(*PEOPLE_NAMED, *NOT_THEIRS)
        and sentence.concepts.isdisjoint(NOT_NOW)
    )


def _background_before(
    sentence: Sentence, views: Sequence[View], sentences: Sequence[Sentence]
) -> View | None:
    """The last view before `sentence`, at most BACKGROUND_REACH sentences back, naming the
    escapees by a word of their own, with no sentence between naming others."""
    anchors = [
        v
        for v in views
        if sentence.order - BACKGROUND_REACH <= v.sentence.order < sentence.order
        and v.sentence.has(*SUBJECTS)
        and v.subjects
    ]
    if not anchors:
        return None
    anchor = anchors[-1]
    between = (s for s in sentences if anchor.sentence.order < s.order < sentence.order)
    return None if any(s.has(*NOT_THEIRS, *OTHER_NATIONS) for s in between) else anchor


def _counted_group(sentence: Sentence, figures: Figures) -> Hit | None:
    """The group's phrase (a figure beside a group word, nothing else the lexicon knows in it)
    that stands for the people, or None."""
    base = sentence.start
    for count in figures(sentence):
        span = (count.start + base, count.end + base)
        for group in sentence.hits_of(GROUP):
            if not _beside(sentence, span, group):
                continue
            start, end = min(span[0], group.start), max(span[1], group.end)
            if _qualified(sentence, start, end, NEW_GROUP_PHRASE):
                continue
            surface = sentence.text[start - base : end - base]
            term = Term(surface, GROUP_NEW)
            return Hit(start, end, surface, (term,), frozenset({GROUP_NEW}))
    return None


def _held_or_returned_now(view: View) -> bool:
    """Whether the view tells its people arrested, held or sent back, and not freed or gone on."""
    kinds = {e.kind for e in view.events}
    return bool(kinds & (HELD_KINDS | RETURN_KINDS)) and not kinds & GONE_KINDS


def retells_a_group(sentence: Sentence) -> bool:
    """Whether a sentence may name the people again by a group word alone: it has one and a
    status word, and no word for the people nor for others."""
    return (
        sentence.has(GROUP)
        and not sentence.concepts.isdisjoint(STATUS_TRIGGERS)
        and sentence.concepts.isdisjoint(NAMING)
        and not sentence.has(*NOT_THEIRS)
    )


def _group_again(
    sentence: Sentence,
    anchors: Sequence[View],
    sentences: dict[int, Sentence],
    figures: Figures,
) -> tuple[View, Hit] | None:
    """The anchor whose people `sentence` names again by a group word and its figure, and the
    hit standing for them there (the figure with its group word): see `named_again_by_group`."""
    base = sentence.start
    for count in figures(sentence):
        if count.additive:
            continue
        span = (count.start + base, count.end + base)
        for group in sentence.hits_of(GROUP):
            if not _beside(sentence, span, group):
                continue
            start, end = min(span[0], group.start), max(span[1], group.end)
            if _qualified(sentence, start, end):
                continue
            for anchor in reversed(anchors):
                if not _counts_group(anchor, count.value, group, figures):
                    continue
                told = (
                    sentences[o]
                    for o in range(anchor.sentence.order + 1, sentence.order)
                    if o in sentences
                )
                if any(c.value == count.value for s in told for c in figures(s)):
                    return None  # a group the sentences between count too: maybe others
                surface = sentence.text[start - base : end - base]
                term = Term(surface, GROUP_AGAIN)
                return anchor, Hit(start, end, surface, (term,), frozenset({GROUP_AGAIN}))
    return None


def _qualified(
    sentence: Sentence, start: int, end: int, phrase: frozenset[str] = GROUP_PHRASE
) -> bool:
    """Whether the group's phrase (its figure and group word, absolute offsets) holds a word the
    lexicon knows besides figures and group words ("five Chinese women", "four other
    families"), has a nationality right after it (一家五口中国游客), or owns the noun after it
    ("the family's lawyer"): then it is no retold description of the people."""
    after = sentence.text[end - sentence.start : end - sentence.start + 1]
    return after in OWNER_MARKS or any(
        (start <= h.start < end and not h.concepts <= phrase)
        or (
            h.has("place")
            and h.start >= end
            and not sentence.text[end - sentence.start : h.start - sentence.start].strip()
        )
        for h in sentence.hits
    )


def _counts_group(anchor: View, value: int, group: Hit, figures: Figures) -> bool:
    """Whether `anchor` counts its people by `value` beside the group word `group` names: the
    figure beside the people's word, and the same group there (a group word of the same value,
    or the same word inside the people's: 朝鲜一家四口, "North Korean family of four")."""
    sentence = anchor.sentence
    base = sentence.start
    kinds = {e.value for e in group.entries if e.concept == GROUP}
    word = group.surface.casefold()
    for count in figures(sentence):
        if count.value != value or count.additive:
            continue
        span = (count.start + base, count.end + base)
        for person in anchor.subjects:
            if not person.concepts.intersection(SUBJECTS) or not _beside(sentence, span, person):
                continue
            start, end = min(span[0], person.start), max(span[1], person.end)
            phrase = sentence.text[start - base : end - base].casefold()
            if word in phrase or any(
                start <= h.start and h.end <= end and e.concept == GROUP and e.value in kinds
                for h in sentence.hits_of(GROUP)
                for e in h.entries
            ):
                return True
    return False


def _beside(sentence: Sentence, span: tuple[int, int], hit: Hit) -> bool:
    """Whether a figure's span and a word overlap or stand side by side in one clause."""
    return (span[0] < hit.end and hit.start < span[1]) or _next_to(sentence, span, hit)


def counted_figures(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """The figures in digits with a counter after them (`COUNTED`) in text[start:end]."""
    stop = len(text) if end is None else end
    return frozenset(m.group(1) for m in COUNTED.finditer(text, start, stop))


def part_totals(
    text: str, counter: re.Pattern[str] | None, start: int = 0, end: int | None = None
) -> frozenset[str]:
    """ "เป็นชาย 2 คน หญิง 4 คน และเด็กชาย 1 คน ... ควบคุมตัวทั้ง 7 คน", 「男性2人と女性3人 ...
    警備隊は5人全員を」: the total of a group counted in parts in text[start:end] (two or more
    figures in digits with their counter, `counter`: 2 คน, 3人, not an age, 8 ขวบ), which the
    next sentence may name them by as it does by a figure the text gives whole."""
    if counter is None:
        return frozenset()
    stop = len(text) if end is None else end
    parts = [
        int(m.group())
        for m in _DIGITS.finditer(text, start, stop)
        if counter.match(text, m.start(), stop) is not None
    ]
    return frozenset({str(sum(parts))}) if len(parts) > 1 else frozenset()


def may_add_to_them(sentence: Sentence, before: Sentence | None) -> bool:
    """Whether `sentence` may count more of the people `before` named by a figure with no noun
    (`_added_to_them`): right after it, with a word for more people (`others`: ещё, more, 另外)
    and no word naming anyone. A cheap test on concepts, for which sentences to read."""
    return (
        before is not None
        and before.order == sentence.order - 1
        and sentence.has("others")
        and sentence.concepts.isdisjoint(PERSON_NOUNS)
        and not before.concepts.isdisjoint(NAMING)
    )


def _added_to_them(view: View, before: View, figures: Figures) -> tuple[Hit, ...]:
    """ "Since January courts have ordered 30 North Koreans expelled. On Monday a court made the
    same ruling against three more.", «…ещё в отношении троих», 「3人についても」, 又对另外三人: a
    figure told as more people (additive) with no noun of its own, in a sentence naming no one,
    right after one naming the people, counts more of them, even where that sentence is a
    statistic (a yearly total lends no one "they", but "three more" are of its kind). The
    figure names them as a weak subject does (`ADDED`). Not where the sentence names
    anyone (`may_add_to_them`), nor a figure of days."""
    sentence = view.sentence
    if not may_add_to_them(sentence, before.sentence) or not _unvetoed(before):
        return ()
    for count in figures(sentence):
        if not count.additive or not count.exact or count.value < 2:
            continue
        term = Term(count.text, ADDED)
        start, end = sentence.start + count.start, sentence.start + count.end
        hit = Hit(start, end, count.text, (term,), frozenset({term.concept}))
        if not _spans_time(sentence, hit):
            return (hit,)
    return ()


def _unvetoed(view: View) -> bool:
    """Whether the view's people are none a trap names (a worker, a soldier, a crew's)."""
    sentence = view.sentence
    strong = tuple(sentence.hits_of(*SUBJECTS))
    weak = tuple(h for h in view.subjects if h not in strong)
    return veto_of(sentence, strong, weak, ()) is None


def may_count_them_again(sentence: Sentence, before: Sentence | None) -> bool:
    """Whether `sentence` may name the people `before` named by their figure, as
    `_their_figure` reads it: right after it, in a language that drops its subject, with a
    status word and a figure with a counter that the sentence before gives too. A cheap test
    on concepts and text, for which sentences to read."""
    return (
        before is not None
        and not sentence.concepts.isdisjoint(STATUS_TRIGGERS)
        and (not before.concepts.isdisjoint(NAMING) or opening_count(before) is not None)
        and before.order == sentence.order - 1
        and not sentence.grammar.keeps_subject
        and not counted_figures(sentence.text).isdisjoint(
            counted_figures(before.text) | part_totals(before.text, before.root.figure_counter)
        )
    )


def _their_figure(sentence: Sentence, before: View) -> tuple[Hit, ...]:
    """ "船には男女6人が乗っていた。6人は北朝鮮から来たと話している。入管は6人を施設に収容した": in a
    language that drops its subject, a sentence naming no one, right after one that counts the
    people by a figure, names them again when it gives that figure with a counter anywhere,
    not only first (`opening_figure`): the agent may open it. The figure stands for them as
    "they" does (a `subject_pron`), so who and where they are is read from the sentence before.
    Not where it names others or counts days."""
    if sentence.grammar.keeps_subject or sentence.hits_of("others"):
        return ()
    text, base = sentence.text, sentence.start
    told = before.sentence.text
    for figure in _digit_figures(sentence):
        counted = COUNTED.match(text, figure.start - base)
        if (
            counted is not None
            and (
                (counted.group(1) in counted_figures(told) and _counts_them(before, figure))
                # the total of the parts it counted them in: they are all it counts
                or counted.group(1) in part_totals(told, before.sentence.root.figure_counter)
            )
            and not _spans_time(sentence, figure)
        ):
            term = Term(figure.surface, "subject_pron")
            return (
                Hit(figure.start, figure.end, figure.surface, (term,), frozenset({term.concept})),
            )
    return ()


def may_drop_them(sentence: Sentence, before: Sentence | None) -> bool:
    """Whether `sentence` may tell what befell the people `before` named, its subject dropped,
    as `_dropped_subject` reads it: a cheap test on concepts, for which sentences to read."""
    return (
        before is not None
        and before.order == sentence.order - 1
        and not sentence.grammar.keeps_subject
        and not sentence.concepts.isdisjoint(STATUS_TRIGGERS)
        and not before.concepts.isdisjoint(NAMING)
        and before.concepts.isdisjoint(STATUS_TRIGGERS)
    )


def _dropped_subject(view: View, before: View, figures: Figures) -> tuple[Hit, ...]:
    """ "탈북민 3명이 선양에 숨어 지냈다. 지난주 공안에 붙잡혔다.", 「脱北者3人が潜伏していた。先週、
    公安に拘束された。」: in a language that drops its subject, a sentence with a status word
    naming no one, right after one that names the people with nothing befalling them yet, tells
    what befell them: their arrest or custody (a reaction, "呼吁不要强行遣返", names no one
    held). Its first status word stands for them as "they" does (a `subject_pron`).
    Not where it names anyone else (a broker, workers, others), nor after a sentence that sums
    people over a time ("เข้าเกาหลีใต้ปีนี้ 214 คน ... เคยถูกจับกุมในไทย": many of them, once), nor
    where it tells a custody of the people's past (`previously`); nor where it counts anyone
    but by their figure, in digits or numerals ("三名朝鲜人……公安将三人抓获" is theirs; "当地一名
    商人被公安抓获" another's)."""
    sentence = view.sentence
    if (
        sentence.grammar.keeps_subject
        or not view.events
        or view.events[0].kind not in HELD_KINDS
        or before.events
        or before.cancelled
        or not sentence.concepts.isdisjoint(NOT_DROPPED)
        or not before.sentence.concepts.isdisjoint(SUMMED)
    ):
        return ()
    counts = figures(sentence)
    if counts and not {c.value for c in counts} <= {c.value for c in figures(before.sentence)}:
        return ()
    hit = view.events[0].hit
    term = Term(hit.surface, "subject_pron")
    return (Hit(hit.start, hit.end, hit.surface, (term,), frozenset({term.concept})),)


def _lent_to_relative(view: View, before: View) -> View:
    """The view with the people's relative it names as its subject (`_their_relative`), where
    the sentence before names the people with nothing befalling them but their arrival (the one
    who speaks of the relative; a relative of someone held is another) and may lend them: the
    one speaking most often lives in the South (a `trap_south` veto of that sentence is no bar),
    and the year they fled or settled in does not date the relative's arrest, which its own
    sentence dates."""
    relative = _their_relative(view)
    if not relative:
        return view
    if before.cancelled or any(e.kind != ARRIVED for e in before.events):
        return view  # a relative of the people held: someone else ("freed her brother")
    sentence = before.sentence
    strong = tuple(sentence.hits_of(*SUBJECTS))
    weak = tuple(h for h in before.subjects if h not in strong)
    vetoed = veto_of(sentence, strong, weak, ())
    return view._replace(subjects=relative) if vetoed is None or vetoed.has(SOUTH) else view


def _their_relative(view: View) -> tuple[Hit, ...]:
    """ "A defector in Seoul spoke to reporters. According to her, her daughter was arrested in
    Shenyang last week": a relative (`names.kin`: "her daughter", 딸, 女儿, 娘) in a sentence
    with a status word naming no one, right after one naming the people, is one of their
    family, held as the people are: one person named by kinship, as a relative given an age is
    (names.py), located by the sentence it stands in. Not where the sentence names anyone else
    (others, a broker, workers: the relative is one of them)."""
    sentence = view.sentence
    if not view.events or sentence.has(*NOT_THEIRS):
        return ()
    kin = sentence.grammar.kin.search(sentence.text)
    if kin is None:
        return ()
    return (pattern_hit(kin, sentence.start, SUBJECT_ONE, source=KIN),)


def may_name_a_relative(sentence: Sentence, before: Sentence | None) -> bool:
    """Whether `sentence` may tell what befell a relative of the people `before` named, as
    `_their_relative` reads it: a cheap test on concepts first, for which sentences to read."""
    return (
        before is not None
        and before.order == sentence.order - 1
        and not before.concepts.isdisjoint(NAMING)
        and not sentence.concepts.isdisjoint(STATUS_TRIGGERS)
        and not sentence.has(*NOT_THEIRS)
        and sentence.grammar.kin.search(sentence.text) is not None
    )


def may_take_them_up(sentence: Sentence, before: Sentence | None) -> bool:
    """Whether `sentence` may take up by an object pronoun the one `before` names, as
    `_their_object` reads it: a cheap test on concepts, for which sentences to read."""
    return (
        before is not None
        and sentence.has(OBJECT_PRON)
        and before.order == sentence.order - 1
        and not before.concepts.isdisjoint(NAMING)
        and not sentence.concepts.isdisjoint(STATUS_TRIGGERS)
    )


def _their_object(view: View, before: View, figures: Figures) -> tuple[Hit, ...]:
    """ "A pastor helped a North Korean woman cross the river. Police arrested her on Friday.":
    one person's pronoun (`object_pron`: her, 그를, 彼女を, 了她, จับเธอ) right beside a status
    word of the view, as its object, takes up the one the sentence before named, as "they"
    does (a `subject_pron`) a group; not the owner of another's noun ("arrested her husband"),
    nor one beside people that sentence counts two or more of (the broker who smuggled them)."""
    hit = object_of_status(view)
    if hit is None or any(c.value > 1 for c in figures(before.sentence)):
        return ()
    term = Term(hit.surface, "subject_pron")
    return (hit._replace(entries=(*hit.entries, term), concepts=hit.concepts | {term.concept}),)


def object_of_status(view: View) -> Hit | None:
    """The view's first `object_pron` right beside one of its status words, as its object
    ("arrested her", 그를 체포, จับเธอ), not the owner of another's noun ("arrested her
    husband"): one person held."""
    sentence = view.sentence
    found = sentence.hits_of(OBJECT_PRON)
    if not found or not view.events:
        return None
    status_at = _status_at(view)
    return next(
        (
            hit
            for hit in found
            if any(_object_beside(sentence, hit, e.hit) for e in view.events)
            and not anothers(
                sentence, hit.start - sentence.start, hit.end - sentence.start, status_at
            )
        ),
        None,
    )


def _object_beside(sentence: Sentence, one: Hit, other: Hit) -> bool:
    """Whether two hits overlap ("จับเธอ" is both), or stand at most OBJECT_REACH characters
    apart in one clause."""
    start, end = (one.end, other.start) if one.end <= other.start else (other.end, one.start)
    return end - start <= OBJECT_REACH and (end <= start or not clause_break(sentence, start, end))


def _counts_others(sentence: Sentence, figure: Hit, named: Sequence[Hit] = ()) -> bool:
    """Whether `sentence` gives the figure `figure` names again to someone other than the
    people: "released four South Korean activists ... The four are being questioned" (the
    activists), not "Eight North Koreans crossed into Laos. The eight were detained", nor a
    figure that took the people up itself (`named`: "4人は28日に拘束された。4人は…")."""
    told = _figure_spans(sentence, figure)
    if not told:
        return False
    if any(p.start <= start < p.end for start, _ in told for p in named):
        return False
    people = sentence.hits_of(*SUBJECTS)
    return not any(_next_to(sentence, span, p) for span in told for p in people)


def _next_to(sentence: Sentence, span: tuple[int, int], person: Hit) -> bool:
    """Whether a figure and the people's word stand side by side in one clause ("eight North
    Koreans", 탈북민 8명), at most FIGURE_REACH characters apart."""
    start, end = (span[1], person.start) if span[1] <= person.start else (person.end, span[0])
    return 0 <= end - start <= FIGURE_REACH and not clause_break(sentence, start, end)


def _same_figure(sentence: Sentence, figure: Hit) -> bool:
    """Whether `sentence` gives the figure `figure` names again: then "the four" are the four it
    counted ("released four South Korean activists ... The four are being questioned"), not the
    people it names uncounted."""
    return bool(_figure_spans(sentence, figure))


def _figure_spans(sentence: Sentence, figure: Hit) -> list[tuple[int, int]]:
    """Where `sentence` gives the figure `figure` names: its number words of the same value,
    and the same value in digits."""
    values = {e.value for e in figure.entries if e.concept == "number"}
    words = [
        (h.start, h.end)
        for h in sentence.hits_of("number")
        if any(e.concept == "number" and e.value in values for e in h.entries)
    ]
    return words + [
        (m.start() + sentence.start, m.end() + sentence.start)
        for v in values
        for m in re.finditer(rf"(?<!\d){v}(?!\d)", sentence.text)
    ]


def opening_figure(sentence: Sentence) -> Hit | None:
    """ "Police stopped a minibus carrying North Koreans. The eight, including three children,
    were arrested": a number word opening the sentence (at most one short word before it) names
    again the people the sentence before named without counting them (`carry_subjects`),
    unless it counts days ("Two days later": `_spans_time`). A source it opens on comes first
    ("According to the groups, the eight ...": `source_openers`). Read once per sentence."""
    read = sentence.figure_opening
    if read is None:
        read = sentence.figure_opening = (_opening_figure(sentence),)
    return read[0]


def _opening_figure(sentence: Sentence) -> Hit | None:
    figures = sentence.hits_of("number")
    if not figures:
        return None
    opens = _words_open(sentence)
    figure = next((f for f in figures if f.start - sentence.start >= opens), None)
    if figure is None:
        return None
    return figure if _opens_on(sentence, figure, opens) else None


def _words_open(sentence: Sentence) -> int:
    """Where the sentence's own words open, past its opening marks and a source it opens on
    ("According to the groups, the eight were arrested", "Theo các nhà hoạt động, nhóm 7 người")."""
    text = sentence.text
    opens = len(text) - len(text.lstrip(OPENING_MARKS))
    # Every language's openers are the all-language view's: most sentences open on none of them,
    # and their own view (worked out from their hits) is then not needed.
    if sentence.root.all.source_opener.match(text, opens) is not None:
        opens = own_words_start(sentence.grammar, text, opens)
    return opens


def opening_count(sentence: Sentence) -> Hit | None:
    """ "국제단체는 북한 여성과 딸을 만나게 해 달라고 촉구했다. 2명은 14일 체포됐다": a figure in
    digits with its counter written onto it (2명, 2人, 2 คน), or with a person noun a space after
    it (2 người này), opening the sentence names again the people the sentence before named
    without that figure, as `opening_figure` reads a number word; a figure of days or a date
    (14日, 14일, 14 ngày) has no counter, so opens nothing. Read once per sentence."""
    read = sentence.count_opening
    if read is None:
        counter = sentence.root.figure_counter
        found = None if counter is None else _opening_digits(sentence, counter)
        read = sentence.count_opening = (found,)
    return read[0]


def _opens_on(sentence: Sentence, figure: Hit, opens: int = 0) -> bool:
    """Whether at most one short word stands between offset `opens` and the figure, and the
    figure counts people, not days ("Two days later": `_spans_time`)."""
    lead = sentence.text[opens : figure.start - sentence.start].strip(OPENING_MARKS)
    # or an approximation word, however long ("Theo các nhà hoạt động, khoảng 60 người")
    short = len(lead) <= OPENING_WORD and " " not in lead
    return (short or sentence.grammar.figure_lead.fullmatch(lead) is not None) and not _spans_time(
        sentence, figure
    )


def _spans_time(sentence: Sentence, figure: Hit) -> bool:
    """ "Two days later, an official was released", "Через два дня": the figure counts days."""
    grammar, start = sentence.grammar, figure.start - sentence.start
    after = grammar.span_after.match(sentence.text, figure.end - sentence.start)
    return after is not None or grammar.span_before.search(sentence.text, 0, start) is not None


def identified_after(
    views: list[View], sentences: Sequence[Sentence], read: Callable[[Sentence], View]
) -> list[View]:
    """ "Police arrested seven people in Shenyang. All of them are North Korean defectors.": a
    sentence that says who those counted just before were (an `identity` word and the people),
    without an event of its own, makes the sentence before about them. One person named so
    ("Police held a foreigner. He turned out to be a North Korean citizen") needs no count
    before, and is carried with the identity as the incident's one person."""
    if not any(
        IDENTITY in v.sentence.concepts
        or IDENTITY_NEAR in v.sentence.concepts
        or "number" in v.sentence.concepts
        or any(map(str.isdigit, v.sentence.text))
        for v in views
    ):
        return views  # the common case, kept cheap
    by_order = {s.order: s for s in sentences}
    named = {v.sentence.order for v in views}
    out: list[View] = []
    for view in views:
        before = by_order.get(view.sentence.order - 1)
        if (
            before is not None
            and not view.events
            and view.sentence.has(*SUBJECTS)
            and (_counts_someone(before) or view.sentence.has(SUBJECT_ONE))
            and (identities := _identities(view.sentence))
        ):
            identities += tuple(view.sentence.hits_of(SUBJECT_ONE))
            if before.order not in named:
                earlier = read(before)
                if earlier.events and earlier.usable:
                    out.append(earlier._replace(subjects=identities))
            elif out and out[-1].sentence.order == before.order:
                out[-1] = _identified(out[-1], identities)
        out.append(view)
    return out


def _identified(earlier: View, identities: tuple[Hit, ...]) -> View:
    """The view of a sentence read for its "they" alone ("Police detained seven people after
    they crossed the border"), its people now said: it names no one of its own, so the
    sentence after that says who they were is about them."""
    if earlier.subjects or not earlier.events or not earlier.usable:
        return earlier
    return earlier._replace(subjects=identities)


def _identities(sentence: Sentence) -> tuple[Hit, ...]:
    """The sentence's words saying who the people counted before were: an `identity` word
    anywhere ("All of them are believed to be defectors"), an `identity_near` one only right
    before the people's word ("They are North Korean defectors"; not "They are worried about
    defectors", "They are helping North Korean defectors")."""
    said = tuple(
        h
        for h in sentence.hits_of(IDENTITY, IDENTITY_NEAR)
        if h.has(IDENTITY) or _names_at(sentence, h)
    )
    if said:
        return said
    figure = figure_identity(sentence)
    return () if figure is None else (figure,)


def figure_identity(sentence: Sentence) -> Hit | None:
    """ "The four are North Korean defectors", 3人は脱北者だという: a figure opening the sentence,
    one short word, then the people's word, says who those counted just before were."""
    figure = opening_figure(sentence) or _opening_digits(sentence)
    if figure is None:
        return None
    if _names_at(sentence, figure, copula=True):
        return figure
    # "Two of the four were North Korean citizens", "Двое из пяти — граждане КНДР",
    # "4人中有1人为朝鲜籍": the figure opening the sentence, then its part or group, one short
    # word between: the second figure is the one the people's word follows.
    part = _figure_beside(sentence, figure)
    return part if part is not None and _names_at(sentence, part, copula=True) else None


def _figure_beside(sentence: Sentence, figure: Hit) -> Hit | None:
    """The figure right after `figure` (a number word or digits), one short word between
    ("of the", "из", "中有") and no other word the lexicon knows."""
    later = [f for f in _figures_of(sentence) if f.start >= figure.end]
    second = min(later, key=attrgetter("start"), default=None)
    if second is None or second.start - figure.end > OPENING_WORD * 2:
        return None
    if any(figure.end <= h.start < second.start for h in sentence.hits):
        return None
    between = sentence.text[figure.end - sentence.start : second.start - sentence.start]
    words = between.split()
    return second if len(words) <= 2 and all(len(w) <= ARTICLE_LENGTH for w in words) else None


def _opening_digits(sentence: Sentence, counter: re.Pattern[str] | None = None) -> Hit | None:
    """A figure in digits opening the sentence, past at most one short word ("3人は", "这4人是",
    "The 4 are") and a source it opens on ("据人权组织说，这7人"), as `opening_figure` reads a
    number word; with `counter`, only one it matches."""
    first = _DIGITS.search(sentence.text)
    if first is None:
        return None
    opens = 0
    if first.start() > OPENING_WORD:
        opens = _words_open(sentence)
        first = _DIGITS.search(sentence.text, opens) if opens else None
        if first is None:
            return None
    if counter is not None and counter.match(sentence.text, first.start()) is None:
        return None
    figure = _digit_hit(first, sentence)
    return figure if _opens_on(sentence, figure, opens) else None


def _names_at(sentence: Sentence, identity: Hit, copula: bool = False) -> bool:
    """Whether the people's word follows `identity` with at most an article and their figure
    between ("They are three North Korean women") and nothing else the lexicon knows ("They
    are not defectors"), and is no one's owner ("They are North Korean defectors' relatives").
    With `copula`, `identity` is a figure opening the sentence and one short word must stand
    between ("The four are North Korean defectors", 3人は脱北者, 4人是脱北者)."""
    for person in sentence.hits_of(*SUBJECTS):
        if person.start < identity.end:
            continue
        inside = [h for h in sentence.hits if identity.end <= h.start < person.start]
        if any(not h.has("number") for h in inside):
            return False
        between = text_without(sentence, identity.end, person.start, inside)
        if not at_most_an_article(_DIGITS.sub(" ", between)):
            return False
        if copula and (not between.strip() or not _ends_clause(sentence, person)):
            return False
        rest = sentence.text[person.end - sentence.start :]
        return rest[:1] not in OWNER_MARKS and not rest.startswith(sentence.root.genitive)
    return False


def _ends_clause(sentence: Sentence, person: Hit) -> bool:
    """Whether at most a short tail follows the people's word in its clause: a copula or a word
    of hearsay (脱北者だという, "defectors from Hyesan"), not a clause of what they did
    (7人は脱北者から金をだまし取った, "The seven are defectors' brokers")."""
    at = person.end - sentence.start
    _, stop = clause_around(sentence, at, at)
    tail = sentence.text[at:stop].strip(CLOSING)
    return len(tail.split()) <= TAIL_WORDS and len(tail) <= TAIL_CHARS


def _counts_someone(sentence: Sentence) -> bool:
    """Whether the sentence counts or names people without saying who they are: a figure, or a
    `group` word ("two women", "a woman and her son"), or a group without a figure ("several
    foreigners")."""
    numerals = sentence.root.group_numerals
    text = sentence.text
    return (
        sentence.has("number", "group", "one_group")
        or any(map(str.isdigit, text))
        or any(map(numerals.__contains__, text))
    )


def _may_lend_subjects(view: View, report_year: int | None, south_news: bool) -> bool:
    """Whether "they" in the next sentence may mean the people `view` names: not when its
    sentence is a trap or an old case. A sentence without events is only checked here, when it
    matters, since `read_view` skips the checks where nothing happens."""
    if view.events or view.cancelled:
        return view.usable
    sentence = view.sentence
    strong = tuple(sentence.hits_of(*SUBJECTS))
    weak = tuple(h for h in view.subjects if h not in strong)
    vetoed = veto_of(sentence, strong, weak, ()) is not None
    return not vetoed and not is_old(sentence, report_year, south_news=south_news)


def with_antecedents(incident: list[View], named: Sequence[View]) -> tuple[View, ...]:
    """The incident sentences, and the one before each that says "they": that sentence named the
    people (how many, from where). When it says "they" too, the one before it, and so on back to
    the sentence that named them ("Three crossed. They phoned home. They went missing.")."""
    by_order = {v.sentence.order: v for v in named}
    found = {v.sentence.order: v for v in incident}
    for view in incident:
        while carried(view):
            before = by_order.get(view.sentence.order - 1)
            if before is None or not before.subjects:
                break
            found.setdefault(before.sentence.order, before)
            view = before
    return tuple(found[order] for order in sorted(found))


def carried(view: View) -> bool:
    """Whether the view's people are only "they", carried from the sentence before."""
    return all(h.has("subject_pron") for h in view.subjects)


def read_status_views(
    sentences: Sequence[Sentence],
    named: Sequence[View],
    incident: Sequence[View],
    read: Callable[[Sentence], View],
    kin: KinCount = no_kin,
) -> tuple[tuple[View, ...], tuple[View, ...]]:
    """Sentences that can carry the status of the incident's people: those naming them (or
    "they", 이들), and those following straight on from one that does and going on about them
    (`_goes_on_about_them`). Returns every view read, and the status views. `kin` counts the
    relatives a sentence names, whom a later figure names again ("두 사람", "the two")."""
    by_order = {v.sentence.order: v for v in named}
    incident_ids = {v.sentence.order for v in incident}
    views: list[View] = []
    seen: dict[int, View] = {}  # the views read, by sentence (`views`)
    out: list[View] = []
    by_sentence = {s.order: s for s in sentences}
    headline = _headline_orders(sentences)
    carried: Sentence | None = None  # the last sentence whose people the next one may go on about
    earlier: Sentence | None = None  # the one carried before it, which may have counted them
    for sentence in sentences:
        # Straight on, or after one sentence with nothing the rules read ("関係者が明らかにした",
        # "소식통이 이같이 전했다") or only the source's place: who said so does not change whom
        # the story is about; nor does one about others held with them, when the people are
        # named again by their figure (`_past_others`).
        view = by_order.get(sentence.order)
        if view is None and sentence.concepts.isdisjoint(STATUS_TRIGGERS):
            # Names no one and tells nothing; but opening on a word that takes them up again
            # right after them ("He entered Russia in 2023."), it keeps the story on them.
            if (
                carried is not None
                and sentence.order == carried.order + 1
                and _opens_on_them(sentence, carried.grammar)
            ):
                earlier, carried = carried, sentence
            continue
        at = carried.order if carried is not None else -1
        follows = (
            sentence.order == at + 1
            or (
                at >= 0
                and sentence.order == at + 2
                and (
                    _only_a_source(by_sentence.get(at + 1))
                    or _past_others(sentence, by_order.get(at), views[-1] if views else None, kin)
                )
            )
            or (
                at >= 0
                and sentence.order <= at + REFIGURE_REACH
                and _figure_again(
                    sentence,
                    [seen[s.order] for s in (carried, earlier) if s and s.order in seen],
                    [by_sentence.get(order) for order in range(at + 1, sentence.order)],
                    kin,
                )
            )
        )
        if view is None:
            if not follows:
                continue
            view = read(sentence)
        views.append(view)
        seen[sentence.order] = view
        pronouns = own_pronouns(sentence, _status_at(view))
        about_them = bool(view.subjects) or bool(pronouns)
        counts = (
            view.usable
            and bool(view.events)
            and (about_them or (follows and _goes_on_about_them(view, carried, headline, earlier)))
        )
        if counts:
            out.append(view)
        # A sentence right after, telling nothing happening to the people, that names them in a
        # language that drops its subject (일행 중에는 여성과 어린이도 있다) or opens on a
        # pronoun for them in any ("Sie wurden einem Hilfswerk übergeben"), or on a figure that
        # names them again ("The four defectors spent the night at a guesthouse"): the story
        # goes on about them, so "The other five remain in custody" after it is still theirs.
        quiet = (
            follows
            and not view.events
            and not view.cancelled
            and (
                opens_on_one_of(sentence, pronouns)
                or _first_read_is_theirs(sentence, pronouns)
                or opening_figure(sentence) is not None
                or (about_them and not sentence.grammar.keeps_subject)
            )
        )
        if view.usable and (counts or sentence.order in incident_ids or quiet):
            earlier = carried if carried is not sentence else earlier
            carried = sentence
    return tuple(views), tuple(out)


def _first_read_is_theirs(sentence: Sentence, pronouns: Sequence[Hit]) -> bool:
    """Whether a pronoun for the people is the first word the rules read in the sentence, past
    only a short time opening it, at most OPENING_WORDS words ("After a month they were moved",
    «Через месяц их перевели», "Một tháng sau, họ bị chuyển đi"; not a clause of its own, "Sau
    khi bị xử phạt hành chính, họ …"): the story goes on about them."""
    if not pronouns or not sentence.hits or sentence.hits[0] not in pronouns:
        return False
    opening = sentence.text[: sentence.hits[0].start - sentence.start]
    return len(opening.split()) <= OPENING_WORDS


def _opens_on_them(sentence: Sentence, grammar: GrammarView) -> bool:
    """Whether the sentence opens on a word that takes the people up again ("He", "Anh",
    "Both"), not the owner of another's noun, in the `grammar` of the sentence about them
    before it (this one may name nothing of its language: "He entered Russia in 2023.")."""
    text = sentence.text
    if not grammar.keeps_subject:
        return False
    first = grammar.refer_back.match(text, len(text) - len(text.lstrip(OPENING_MARKS)))
    return first is not None and not anothers(sentence, *first.span(), len(text))


def _past_others(
    sentence: Sentence, carried: View | None, between: View | None, kin: KinCount = no_kin
) -> bool:
    """Whether `sentence` goes on about the people `carried` counted, over one sentence between
    them that a trap gives to others (a guide held with them, "一名中国籍带路人同时被捕"): it
    names them again by the figure `carried` gave ("人权组织担心4人将被遣返")."""
    if (
        carried is None
        or between is None
        or between.sentence.order != carried.sentence.order + 1
        or between.veto is None
        or between.old
    ):
        return False
    return any(
        _counts_them(carried, figure, kin) and not _spans_time(sentence, figure)
        for figure in _figures_of(sentence)
    )


def _figure_again(
    sentence: Sentence,
    named: list[View],
    between: list[Sentence | None],
    kin: KinCount = no_kin,
) -> bool:
    """Whether `sentence` names the people again by the figure one of the `named` sentences just
    carried counted them with, over the sentences `between`, which told something else (who they
    are, a helper held with them, a quote, an embassy looking into it) and give no such figure
    themselves: "Eleven refugees were arrested in Shenyang. Among them are three teenagers. A
    man who sheltered them was also taken away. We fear the eleven will be sent back.";
    "警方逮捕3名北韓人。南韓使館已派員了解。人權團體擔心3人被遣返。" Not where it names others
    ("five others were released"), nor the figure a sentence between gives ("questioned four
    activists. The four were flown to Seoul"). Where the subject is dropped, any sentence that
    follows is taken as theirs, so a figure of another group or a date far after them ("5월")
    must not make it follow: there only over one sentence in which nothing happens to anyone
    (and any with no word the rules read, "李女士说。"). Relatives named without a figure
    are named again by their number ("어머니와 남동생이 붙잡혔다 ... 두 사람은", `kin`)."""
    told = [s for s in between if s is not None]
    if not sentence.grammar.keeps_subject and not (
        len(told) == 1 and told[0].concepts.isdisjoint(STATUS_TRIGGERS)
    ):
        return False
    if sentence.hits_of("others"):
        return False
    return any(
        any(_counts_them(view, figure, kin) for view in named)
        and not _spans_time(sentence, figure)
        and not any(_same_figure(s, figure) and not _tells_of_none(s) for s in between if s)
        for figure in _figures_of(sentence)
    )


def _tells_of_none(sentence: Sentence) -> bool:
    """Whether a sentence names no one and tells nothing befalling anyone: its figure then names
    the people again, not others ("A relative in Seoul said the two were well", 「ソウルの親族に
    よると、2人は元気だという」), so the same figure after it is still theirs."""
    return sentence.concepts.isdisjoint(PERSON_NOUNS | STATUS_TRIGGERS) and not sentence.has(
        "others"
    )


def _counts_them(view: View, figure: Hit, kin: KinCount = no_kin) -> bool:
    """Whether `view` counts its people by the figure `figure` names: the same value right
    beside the people's word, no other figure between ("截获4名朝鲜籍人员", not the 3 of
    "3日在昆明南站截获4名朝鲜籍人员"); or, naming two or more relatives without a figure, as
    many as the figure says ("his mother and sister" ... "the two")."""
    sentence = view.sentence
    numbers = sentence.hits_of("number")
    for start, end in _figure_spans(sentence, figure):
        for person in view.subjects:
            if not _next_to(sentence, (start, end), person):
                continue
            low, high = (end, person.start) if end <= person.start else (person.end, start)
            gap = sentence.text[low - sentence.start : high - sentence.start]
            if not any(ch.isdigit() for ch in gap) and not any(
                low <= n.start < high for n in numbers
            ):
                return True
    return _counts_kin(view.sentence, figure, kin)


def _counts_kin(sentence: Sentence, figure: Hit, kin: KinCount) -> bool:
    """Whether the sentence names as many relatives as the figure says, two or more."""
    values = {e.value for e in figure.entries if e.concept == "number"}
    if not values:
        return False
    many = kin(sentence)
    return many >= 2 and str(many) in values


def _only_a_source(sentence: Sentence | None) -> bool:
    """Whether a sentence says nothing the rules read (None: it has no hit at all), or names
    only places, a day and the report's source ("Об этом сообщили в пресс-службе УМВД России")."""
    if sentence is None:
        return True
    return sentence.concepts <= SOURCE_CONCEPTS and bool(
        sentence.grammar.source_line.search(sentence.text)
    )


def _goes_on_about_them(
    view: View, before: Sentence | None, headline: set[int], earlier: Sentence | None = None
) -> bool:
    """Whether a sentence naming no one, right after `before` (None: it opens the report), is
    about the people `before` is about. Japanese, Korean and Chinese drop the subject, so there
    it is. A language that keeps its subject must take them up again: a figure opening the
    sentence ("Six were later freed") or the people's figure again ("Rights groups fear the five
    will be sent back"), or a word that refers back ("Both were deported", "Задержанные помещены
    в центр", "Police released her"). "A Chinese envoy was sent to North Korea last week" is the
    envoy's. The lead right under a headline tells the headline's event again, in words of its
    own. The figure may be the one `earlier` gave, the sentence carried before `before`: a quote
    about them in between counts no one ("Three were held. 'They were kept in a small room,' a
    relative said. A lawyer said all three could be sent to China.")."""
    sentence = view.sentence
    grammar = sentence.grammar
    if before is None or before.order in headline:
        return True
    status_at = _status_at(view)
    if not grammar.keeps_subject:  # unless another's noun is its subject: "Su abogado fue ..."
        return not opens_on_owner(sentence, status_at)
    if opening_figure(sentence) is not None or any(
        not anothers(sentence, *m.span(), status_at)
        for m in grammar.refer_back.finditer(sentence.text)
    ):
        return True
    if any(
        not anothers(sentence, *m.span(), status_at)
        for m in grammar.refer_back_after.finditer(sentence.text, status_at)
    ):
        return True
    counted = [s for s in (before, earlier) if s is not None]
    return any(
        any(_same_figure(s, figure) for s in counted) and not _spans_time(sentence, figure)
        for figure in _figures_of(sentence)
    )


def _digit_figures(sentence: Sentence) -> list[Hit]:
    """The figures the sentence writes in digits, as number hits ("trao trả 5 người trên",
    "the 5 were moved"), leaving out dates, times, amounts and years ("1/12", "4,000", "2026")."""
    return [_digit_hit(m, sentence) for m in _DIGITS.finditer(sentence.text)]


def _digit_hit(match: re.Match[str], sentence: Sentence) -> Hit:
    """A figure in digits as a number hit of the sentence, its value without leading zeros."""
    return pattern_hit(match, sentence.start, "number", value=str(int(match.group())))


def _figures_of(sentence: Sentence) -> tuple[Hit, ...]:
    """Every figure the sentence gives: its number words, then its figures in digits."""
    return (*sentence.hits_of("number"), *_digit_figures(sentence))


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


def reaction_before(
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
