"""One Aho-Corasick automaton over every lexicon term of every language, and the text it reads.

`Matcher.scan` case-folds a text, finds every term in one pass, keeps whole-word matches for Latin
and Cyrillic terms (checking the neighbouring characters; a trailing `*` in a term lets the word
run on) and substring matches for Chinese, Japanese and Korean, then keeps the longest of
overlapping matches. It works in two stages so that the common case stays cheap: `raw` (one
automaton pass, enough to see that a report names no North Korean at all) and `hits` (boundary
checks and overlap resolution). `sentence_ends` cuts a text into sentences so that rules can ask what
co-occurs. Both are pure and the automaton is read-only after construction, so one Matcher serves
many threads.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Final, NamedTuple

import ahocorasick_rs

from bot.classify.lexicon import (
    SPLIT,
    SPLIT_ANY_BETWEEN,
    SPLIT_LONG,
    SPLIT_LONG_WORDS,
    SPLIT_NOT_BETWEEN,
    SPLIT_OBJECTS,
    SPLIT_PLACE_BETWEEN,
    Term,
)
from bot.scripts import CJK_FIRST, CJK_START, THAI, THAI_END, is_word_char

# A term written "sent … back" has its two parts apart, the people between them ("sent five
# defectors back"): at most SPLIT_WORDS words, or SPLIT_CHARS characters in a script written
# without spaces (or the `reach.split` of the term's language file), never across a sentence or
# clause end, and among them a hit of SPLIT_OBJECTS. The hit is the first part (the verb, where
# a reader of the clause looks for it), so the words between stay hits of their own; its surface
# runs to the end of the second part. A term in three parts, "{north} 노동자 … 명이 … 구금", names
# its people in its first two (`_object_named`), its last part up to twice as far from its middle;
# it is looked for by its first part, the people's word (`part_after`).
SPLIT_WORDS: Final = 6
SPLIT_CHARS: Final = 24
_SPLIT_BARRIERS: Final = frozenset(".!?;:,。！？；：，\n")
# A fate unknown's noun may have an aside set off by commas before its verb (`_long`).
_ASIDE_BARRIERS: Final = _SPLIT_BARRIERS - {","}
ASIDE_WORDS: Final = 20  # words of such an aside


# Every character is_word_char accepts (all lie below CJK_START): a set lookup is cheaper than
# the test where `hits` checks every raw match.
WORD_CHARS: Final = frozenset(filter(is_word_char, map(chr, range(CJK_START))))
PLAIN_START: Final = 1  # bits of Matcher._plain_bounds
PLAIN_END: Final = 2


class Hit(NamedTuple):
    """One matched term: where it is in its field, as written, and every entry it stands for.

    A NamedTuple rather than a frozen dataclass: a report yields dozens, and a frozen dataclass
    costs three times as much to build."""

    start: int
    end: int
    surface: str
    entries: tuple[Term, ...]
    concepts: frozenset[str]

    def has(self, concept: str) -> bool:
        return concept in self.concepts

    @property
    def cjk(self) -> bool:
        return ord(self.surface[0]) >= CJK_START

    @property
    def langs(self) -> frozenset[str]:
        """The languages of the hit's own terms (none for the gazetteer's)."""
        return frozenset(e.lang for e in self.entries if e.lang)


@dataclass(frozen=True, slots=True)
class _Key:
    length: int
    entries: tuple[Term, ...]
    concepts: frozenset[str]
    bounded_start: bool
    bounded_end: bool
    wildcard: bool
    head: str = ""  # a split term's first part, folded; the key is its second
    # A term in three parts is looked for by its first part, the people's word, which few reports
    # hold (its custody word, the last, is in many): its middle and last parts, looked for after it.
    mid: str = ""
    tail: str = ""
    split: int = 0  # how far apart the two parts may stand (words or characters); 0: default
    aside: bool = False  # whether an aside set off by commas may stand between them (SPLIT_LONG)


class Matcher:
    """Finds lexicon terms in text; build once, scan many times.

    ahocorasick-rs does the one pass over the text (pyahocorasick searches a node's children
    linearly, and the thousands of distinct first characters of Chinese, Japanese and Korean
    terms made it ten times slower here); whole-word boundaries are then checked in Python on
    the few raw matches.

    Every matcher is a contiguous NFA. A DFA was tried for the narrowed matcher, which reads
    every report: it saved about 1.5% of the classifier's time but held some 70 MB (the
    Cyrillic, Thai and CJK patterns make many states), over half the memory of a first poll.
    """

    def __init__(
        self,
        terms: Sequence[Term],
        *,
        folds: Sequence[tuple[str, str]] = (),
        splits: Mapping[str, int] | None = None,
    ) -> None:
        self._folds = tuple(folds)
        self._splits = dict(splits or {})
        grouped: dict[tuple[str, bool, str], list[Term]] = {}
        for term in terms:
            grouped.setdefault(_pattern(term, self._folds), []).append(term)
        # Tens of thousands of patterns stand for a few hundred sets of concepts: each set is
        # made once and shared (a frozenset costs 216 bytes; one per pattern held 17 MB).
        sets: dict[frozenset[str], frozenset[str]] = {}
        by_key: dict[str, list[_Key]] = {}
        for (key, wildcard, parts), entries in grouped.items():
            head, mid, tail = parts, "", ""
            if parts.startswith(SPLIT):  # a term in three parts (`_pattern`)
                head = ""
                mid, _, tail = parts[len(SPLIT) :].partition(SPLIT)
            by_key.setdefault(key, []).append(
                _Key(
                    length=len(key),
                    entries=tuple(entries),
                    concepts=_shared(sets, (e.concept for e in entries)),
                    bounded_start=is_word_char(key[0]),
                    bounded_end=is_word_char(key[-1]),
                    wildcard=wildcard,
                    head=head,
                    mid=mid,
                    tail=tail,
                    split=_long_split(
                        entries,
                        head,
                        max((self._splits.get(e.lang or "", 0) for e in entries), default=0),
                    ),
                    aside=_long(entries, head),
                )
            )
        keys = sorted(by_key)
        self._terms = tuple(terms)
        self._keys = keys
        self._variants = [tuple(by_key[k]) for k in keys]
        self._concepts = [_shared(sets, (c for v in by_key[k] for c in v.concepts)) for k in keys]
        # Most patterns are one plain term (no wildcard, no first part): `hits` checks those
        # without the loop over variants, by the bits PLAIN_START and PLAIN_END of the ends
        # that must not run on into a word (-1 for the other patterns).
        self._plain_bounds = [_plain_bounds(vs) for vs in self._variants]
        self._automaton = ahocorasick_rs.AhoCorasick(
            keys, implementation=ahocorasick_rs.Implementation.ContiguousNFA
        )
        self.size = len(keys)
        self._longest = max(map(len, keys), default=0)

    def language_sets(self) -> dict[frozenset[str], int]:
        """How many patterns stand for terms of each set of languages (a term some languages
        share: 表示 in Chinese and Japanese), and each language alone: what the grammar view of
        a sentence whose hits are theirs is of."""
        sets: dict[frozenset[str], int] = {}
        for vs in self._variants:
            langs = frozenset(e.lang for v in vs for e in v.entries if e.lang)
            if langs:
                sets[langs] = sets.get(langs, 0) + 1
        return sets

    def narrowed(self, concepts: Collection[str], extra: Sequence[Term] = ()) -> Matcher:
        """A matcher over only the patterns that may stand for one of `concepts`, with every
        entry of each (so its boundary checks are this matcher's): a much smaller automaton, for
        a first look at reports, most of which that look turns away. `extra` terms are looked
        for by that first look alone."""
        keep = {
            key
            for key, found in zip(self._keys, self._concepts, strict=True)
            if not found.isdisjoint(concepts)
        }
        return Matcher(
            [*(t for t in self._terms if _pattern(t, self._folds)[0] in keep), *extra],
            folds=self._folds,
            splits=self._splits,
        )

    def rescan(self, raw: RawScan) -> RawScan:
        """The raw matches of this matcher's patterns in a text that another matcher (a narrowed
        one) has already folded."""
        matches = self._automaton.find_matches_as_indexes(raw.folded, True)
        return RawScan(raw.text, raw.folded, matches)

    def scan(self, text: str) -> list[Hit]:
        """Every non-overlapping term in `text` (longest first), ordered by position."""
        return self.hits(self.raw(text))

    def raw(self, text: str) -> RawScan:
        """Stage one: the automaton's raw matches, before word boundaries are checked."""
        folded = _fold(text, self._folds)
        return RawScan(text, folded, self._automaton.find_matches_as_indexes(folded, True))

    def starts_within(self, folded: str, start: int, end: int) -> bool:
        """Whether a raw match of a pattern (before word boundaries are checked) starts between
        `start` and `end` of a text already folded: one pass over that stretch alone."""
        stretch = folded[start : end + self._longest]
        return any(
            at < end - start
            for _i, at, _end in self._automaton.find_matches_as_indexes(stretch, True)
        )

    def marks(self, groups: Sequence[frozenset[str]]) -> list[int]:
        """For each automaton pattern, a bit mask: bit i is set when the pattern may stand for a
        concept of groups[i]. Tests on raw matches then cost one lookup each."""
        return [
            sum(1 << i for i, group in enumerate(groups) if not found.isdisjoint(group))
            for found in self._concepts
        ]

    def bounded(self, raw: RawScan, index: int, start: int, end: int) -> bool:
        """Whether one raw match passes the word-boundary check `hits` applies to it (`hits`
        inlines the same test, since it runs for every match)."""
        folded = raw.folded
        bounds = self._plain_bounds[index]
        if bounds >= 0:
            # One plain term, as most are: "her" inside "other", "он" inside "они".
            if bounds & PLAIN_START and start > 0 and folded[start - 1] in WORD_CHARS:
                return False
            return not (bounds & PLAIN_END and end < len(folded) and folded[end] in WORD_CHARS)
        for v in self._variants[index]:
            if v.bounded_start and start > 0 and is_word_char(folded[start - 1]):
                continue
            ends_inside_a_word = end < len(folded) and is_word_char(folded[end])
            if not v.wildcard and v.bounded_end and ends_inside_a_word:
                continue
            return True
        return False

    def hits(self, raw: RawScan) -> list[Hit]:
        """Stage two: whole-word checks, then the longest of overlapping matches."""
        folded, n = raw.folded, len(raw.folded)
        variants, plain_bounds = self._variants, self._plain_bounds
        # (minus length, start, sequence, end, key, where the surface ends): sorts longest
        # first, then leftmost.
        candidates: list[tuple[int, int, int, int, _Key, int]] = []
        split = False  # whether a term in two parts was found
        for index, start, end in raw.matches:
            bounds = plain_bounds[index]
            if bounds >= 0:
                if bounds & PLAIN_START and start > 0 and folded[start - 1] in WORD_CHARS:
                    continue
                if bounds & PLAIN_END and end < n and folded[end] in WORD_CHARS:
                    continue
                candidates.append(
                    (start - end, start, len(candidates), end, variants[index][0], end)
                )
                continue
            for v in variants[index]:
                if v.bounded_start and start > 0:
                    ch = folded[start - 1]
                    if ch.isalnum() and ch < CJK_FIRST and not THAI <= ch <= THAI_END:
                        continue
                stop = end
                if v.wildcard:
                    while stop < n and folded[stop].isalnum() and folded[stop] < CJK_FIRST:
                        stop += 1
                elif v.bounded_end and stop < n:
                    ch = folded[stop]
                    if ch.isalnum() and ch < CJK_FIRST and not THAI <= ch <= THAI_END:
                        continue
                if v.mid:
                    # A term in three parts: its middle part after the key, then its last.
                    at = part_after(folded, stop, v.mid, v.split)
                    tail_at = (
                        part_after(folded, at + len(v.mid), v.tail, v.split, 2) if at >= 0 else -1
                    )
                    if tail_at >= 0:
                        split = True
                        surface_end = tail_at + len(v.tail)
                        candidates.append(
                            (start - stop, start, len(candidates), stop, v, surface_end)
                        )
                    continue
                if v.head:
                    first = head_before(folded, start, v.head, v.split, v.aside)
                    if first >= 0:
                        split = True
                        head_end = first + len(v.head)
                        candidates.append(
                            (first - head_end, first, len(candidates), head_end, v, stop)
                        )
                    continue
                candidates.append((start - stop, start, len(candidates), stop, v, stop))
        # By where each starts: a candidate overlapping none stands alone and is kept as it is
        # (most are); only a run of overlapping ones needs the longest picked among them, and
        # no candidate of one run overlaps one of another, so picking run by run keeps what
        # picking over all of them at once would.
        count = len(candidates)
        if count > 1:
            candidates.sort(key=_START)
        hits: list[Hit] = []
        text = raw.text
        first = 0
        while first < count:
            candidate = candidates[first]
            reach, last = candidate[3], first + 1
            while last < count and candidates[last][1] < reach:
                if candidates[last][3] > reach:
                    reach = candidates[last][3]
                last += 1
            if last == first + 1:
                _length, start, _seq, end, v, surface_end = candidate
                hits.append(
                    _new_hit(Hit, (start, end, text[start:surface_end], v.entries, v.concepts))
                )
            else:
                hits.extend(_longest(candidates[first:last], text))
            first = last
        if split:
            hits = [h for h in hits if _object_named(h, hits)]
        return hits


def _longest(candidates: list[tuple[int, int, int, int, _Key, int]], text: str) -> list[Hit]:
    """The hits of a run of overlapping candidates (minus length, start, sequence, end, key,
    where the surface ends): the longest first, then the leftmost, each overlapping none kept
    before it; in order of position. The run comes in order of position."""
    base = candidates[0][1]
    candidates.sort()
    taken = 0  # a bit per character (from `base`) already inside a kept hit
    hits: list[Hit] = []
    for _length, start, _seq, end, v, surface_end in candidates:
        span = ((1 << (end - start)) - 1) << (start - base)
        if taken & span:
            last = hits[-1] if hits else None
            if last is not None and last.start == start and last.end == end:
                # The same words under two terms ("nord-coréen*" and "nord-coréennes"): the
                # hit stands for both. A term in three parts keeps its surface, the words
                # between its parts, which must name no one else (`_object_named`).
                surface = last.surface
                if v.mid and surface_end - start > len(surface):
                    surface = text[start:surface_end]
                hits[-1] = last._replace(
                    surface=surface,
                    entries=last.entries + v.entries,
                    concepts=last.concepts | v.concepts,
                )
            continue
        taken |= span
        hits.append(_new_hit(Hit, (start, end, text[start:surface_end], v.entries, v.concepts)))
    hits.sort()  # by position: kept hits never share a start
    return hits


def pattern_hit(
    match: re.Match[str], base: int, concept: str, *, value: str = "", source: str = ""
) -> Hit:
    """A hit for what a grammar pattern, not a lexicon term, found: `match` in a sentence's text
    that starts at `base` of its field."""
    surface = match.group()
    term = Term(surface, concept, value=value, source=source)
    return Hit(base + match.start(), base + match.end(), surface, (term,), frozenset({concept}))


def _shared(sets: dict[frozenset[str], frozenset[str]], items: Iterable[str]) -> frozenset[str]:
    """The frozenset of `items`, the one already in `sets` if an equal one is."""
    made = frozenset(items)
    return sets.setdefault(made, made)


def _long_split(entries: Sequence[Term], head: str, split: int) -> int:
    """A split term's reach: longer for a fate unknown with a spaced head (SPLIT_LONG)."""
    if _long(entries, head):
        return max(split or SPLIT_WORDS, SPLIT_LONG_WORDS)
    return split


def _long(entries: Sequence[Term], head: str) -> bool:
    """Whether a split term is a fate unknown with a spaced head (SPLIT_LONG), whose noun may
    have an aside set off by commas before its verb ("The fate of the two, who were caught in
    April, is still unknown", «Судьба двух беглецов, задержанных в апреле, неизвестна»)."""
    return bool(head) and is_word_char(head[0]) and any(e.concept in SPLIT_LONG for e in entries)


def _plain_bounds(variants: tuple[_Key, ...]) -> int:
    if len(variants) != 1 or variants[0].wildcard or variants[0].head or variants[0].mid:
        return -1
    v = variants[0]
    return (PLAIN_START if v.bounded_start else 0) | (PLAIN_END if v.bounded_end else 0)


def _pattern(term: Term, folds: Sequence[tuple[str, str]]) -> tuple[str, bool, str]:
    """What the automaton looks for (a split term's second part; a wildcard's stem), whether
    the word may run on, and a split term's first part; for a term in three parts, its first
    part, and its middle and last after a SPLIT that opens them."""
    folded = _fold(term.text, folds)
    if folded.count(SPLIT) == 2:
        first, mid, last = (part.strip() for part in folded.split(SPLIT))
        return first, False, f"{SPLIT}{mid}{SPLIT}{last}"
    head, _, text = folded.rpartition(SPLIT)
    text = text.strip()
    wildcard = text.endswith("*") and len(text) > 1
    key = text.rstrip("*").strip() if wildcard else text
    return key, wildcard, head.strip()


def _object_named(hit: Hit, hits: list[Hit]) -> bool:
    """False for a split term's hit with no people between its parts; True for any other hit
    and for a route or a fate unknown ("brought from Laos to Seoul", "their fate has for weeks
    remained unknown"); an arrest may have its place between instead."""
    surface_end = hit.start + len(hit.surface)
    if surface_end == hit.end or not SPLIT_ANY_BETWEEN.isdisjoint(hit.concepts):
        return True
    if any(e.text.count(SPLIT) == 2 for e in hit.entries):
        # A term in three parts names its people in its own first two, and no one else between.
        return not any(
            hit.end <= o.start
            and o.end <= surface_end
            and not SPLIT_NOT_BETWEEN.isdisjoint(o.concepts)
            for o in hits
        )
    objects = SPLIT_OBJECTS
    if not SPLIT_PLACE_BETWEEN.isdisjoint(hit.concepts):
        objects = objects | {"place"}
    return any(
        hit.end <= o.start and o.end <= surface_end and not objects.isdisjoint(o.concepts)
        for o in hits
    )


def part_after(folded: str, end: int, part: str, split: int = 0, times: int = 1) -> int:
    """Where `part`, the middle or last part of a term in three parts, starts after the part
    before it ends at `end`: in the same clause, `split` words or characters away (0 for the
    default) times `times` (the last part may stand twice as far from the middle: a custody told
    a clause after the people's figure, when, where and by whom between); -1 when it is not."""
    spaced = is_word_char(part[0])
    words = (split or SPLIT_WORDS) * times
    chars = (split or SPLIT_CHARS) * times
    limit = end + (words * 24 if spaced else chars) + len(part)
    at = folded.find(part, end, limit)
    while at >= 0:
        between = folded[end:at]
        if not _SPLIT_BARRIERS.isdisjoint(between):
            return -1
        if not (len(between.split()) <= words if spaced else len(between) <= chars):
            return -1
        if not spaced or (
            between[-1:].isspace()
            and (at + len(part) == len(folded) or not is_word_char(folded[at + len(part)]))
        ):
            return at
        at = folded.find(part, at + 1, limit)
    return -1


def head_before(folded: str, start: int, head: str, split: int = 0, aside: bool = False) -> int:
    """Where `head`, a split term's first part, starts before its second part at `start`, close
    enough (`split` words or characters, 0 for the default) and in the same clause, or with an
    aside set off by commas between them (`aside`); -1 when it is not there."""
    barriers = _ASIDE_BARRIERS if aside else _SPLIT_BARRIERS
    spaced = is_word_char(head[0])
    words = split or SPLIT_WORDS
    chars = split or SPLIT_CHARS
    reach = start - len(head) - (words * 24 if spaced else chars)
    at = folded.rfind(head, max(reach, 0), start)
    while at >= 0:
        between = folded[at + len(head) : start]
        if barriers.intersection(between):
            return -1
        whole = not spaced or (
            (at == 0 or not is_word_char(folded[at - 1]))
            and not is_word_char(folded[at + len(head)])
        )
        near = _near(between, words) if spaced else len(between) <= chars
        if whole and near and (not spaced or between[:1].isspace()):
            return at
        at = folded.rfind(head, max(reach, 0), at)
    return -1


def _near(between: str, words: int) -> bool:
    """Whether the text between a spaced split term's parts holds at most `words` words, those of
    an aside set off by two commas apart, up to ASIDE_WORDS of them ("the fate of the two, who
    were caught in April in Yanji, is still unknown"). A single comma parts two clauses."""
    first = between.find(",")
    if first < 0:
        return len(between.split()) <= words
    last = between.rfind(",")
    return (
        first != last
        and len(between[first:last].split()) <= ASIDE_WORDS
        and len(between[:first].split()) + len(between[last + 1 :].split()) <= words
    )


class RawScan(NamedTuple):
    """A text, folded, and the automaton's raw matches in it (pattern index, start, end). A
    NamedTuple, like Hit: one is built for every report, a frozen dataclass cost five times as
    much."""

    text: str
    folded: str
    matches: list[tuple[int, int, int]]


_new_hit = tuple.__new__  # Hit(...) without the Python-level __new__ NamedTuple generates
_START: Final = itemgetter(1)  # a candidate's start (Matcher.hits)


def _fold(text: str, folds: Sequence[tuple[str, str]] = ()) -> str:
    """`text` lower-cased, with the letters the lexicons fold read as one (ё as е); one
    character for one, so offsets stay those of the original."""
    folded = text.lower()
    if len(folded) != len(text):
        # A few characters lower-case to two (U+0130); keep offsets aligned with the original.
        folded = "".join(ch.lower()[0] for ch in text)
    for letter, read_as in folds:
        if letter in folded:
            folded = folded.replace(letter, read_as)
    return folded


# A sentence ends at . ! ? (unless the word before is one capital letter, Latin or Cyrillic, an
# initial: N. Korea, U.N., Чон Ё., Ким Ч. Х.; or one of the lexicons' `abbreviations`, "Nov. 7",
# "St. Petersburg", see `boundary_pattern`), at 。！？ and at line breaks; and at a period
# between two CJK or Hangul letters, or before a photo credit's slash, which copied web text runs
# on without a space (밝혔다.그는, 공개했다./통일부 제공). Every branch starts on the punctuation mark itself
# (lookbehinds then check which one it was), so the pattern may be tried at each mark alone.
_LATIN_MARK: Final = r"(?<=[.!?])"
_LATIN_END: Final = r"(?<!\b[A-ZА-ЯЁ].){guards}[.!?]*[\"'”’)\]]*\s+"
_CJK_END: Final = r"(?<=[。！？])[。！？]*[\"'”’」』)]*\s*"
_SPACELESS_PERIOD: Final = r"(?<=[\u2e80-\U0010ffff]\.)/?(?=[\u2e80-\U0010ffff])"
_LINE_END: Final = r"(?<=\n)\n*"


_MARKS: Final = ".!?。！？\n"


class Boundary(NamedTuple):
    """The sentence boundary (`boundary_pattern`): `any` at any mark, and `period` the same
    boundary at periods only, searched for on its own (see `sentence_ends`); `quoted` finds the
    quotes no sentence ends inside."""

    any: re.Pattern[str]
    period: re.Pattern[str]
    quoted: re.Pattern[str] | None = None
    openings: tuple[str, ...] = ()  # a mark a text holds if it holds a quote (quote_openings)
    spaced: str = ""  # apostrophes, which open a quote only after a space or a line break


# The longest quote, in characters, that keeps its full stops inside its sentence: a quote
# left unclosed, or a stray mark that pairs with the next quote's, must not swallow a report.
QUOTE_CAP: Final = 200
# Marks that are also apostrophes ("don't", "defectors' families", "Don’t"): one opens a quote
# only after a non-letter, closes one only before a non-letter, and between two letters is
# inside the quote.
_APOSTROPHES: Final = "'’"
# What may stand between a sentence's start and a quote that opens it: spaces, dashes.
_OPENING: Final = " \t\n—–-"


def quote_pattern(pairs: Collection[str], cap: int = QUOTE_CAP) -> re.Pattern[str] | None:
    """A quote between each pair's opening and closing mark ("「」", "«»", as the lexicons'
    `quotes` list them), in one line and at most `cap` characters long. Every branch starts on
    its literal mark, so the engine skips to the marks."""
    branches: list[str] = []
    for pair in sorted(set(pairs)):
        opening, closing = (re.escape(mark) for mark in pair)
        body = f"[^{opening}{closing}\n]"
        if pair[1] in _APOSTROPHES:
            body = rf"(?:{body}|(?<=\w){closing}(?=\w))"
        if pair[0] == pair[1]:
            # One mark for both: the opening one hugs the word after it, the closing one the
            # word before, so a quote left open does not pair with the next quote's opening.
            if pair[0] in _APOSTROPHES:
                opening = rf"{opening}(?<!\w{opening})"
            opening, closing = rf"{opening}(?=\S)", rf"(?<=\S){closing}"
        if pair[1] in _APOSTROPHES:
            closing = rf"{closing}(?!\w)"
        branches.append(f"{opening}{body}{{1,{cap}}}?{closing}")
    return re.compile("|".join(branches)) if branches else None


def quote_openings(pairs: Collection[str]) -> tuple[tuple[str, ...], str]:
    """The opening marks a text must hold to hold a quote, checked before searching it, and the
    apostrophes, which open one only after a space or a line break ("He said 'We ..."), since
    most apostrophes stand in words and a search through them all is slow."""
    marks = sorted({pair[0] for pair in pairs})
    return tuple(m for m in marks if m not in _APOSTROPHES), "".join(
        m for m in marks if m in _APOSTROPHES
    )


def _holds_opening(text: str, boundary: Boundary) -> bool:
    """Whether `text` holds a quote's opening mark (`quote_openings`). One character at a time:
    a search for a space and an apostrophe together costs twenty times one for a mark alone."""
    if any(map(text.__contains__, boundary.openings)):
        return True
    for mark in boundary.spaced:
        at = text.find(mark)
        while at >= 0:
            if at and text[at - 1] in " \n":
                return True
            at = text.find(mark, at + 1)
    return False


def boundary_pattern(
    abbreviations: Collection[str] = (),
    ordinal_months: Collection[str] = (),
    quotes: Collection[str] = (),
) -> Boundary:
    """The sentence boundary, with a period after one of `abbreviations` ("Mr.", "TP.", as the
    lexicons list them, standing after a space, an opening bracket or quote, or at the start)
    ending none. A lookbehind must have one width, so there is one per length. Nor does the
    period of a day written as an ordinal before one of `ordinal_months` ("am 3. November"),
    nor a full stop inside a quote between a pair of `quotes` ("「」", "«»")."""
    by_length: dict[int, list[str]] = {}
    for word in sorted(abbreviations):
        by_length.setdefault(len(word), []).append(word)
    # Each lookbehind first checks the character an abbreviation of its length would start on,
    # against a class of their first letters: at most periods none starts there, and the class
    # turns the period away before each word is tried.
    guards = "".join(
        rf"(?<!(?=[{_first_letters(words)}])(?<![^\s(\"'“‘\[])(?:{'|'.join(map(re.escape, words))}))"
        for _, words in sorted(by_length.items())
    )
    if ordinal_months:
        months = "|".join(re.escape(m) for m in sorted(ordinal_months, key=len, reverse=True))
        # One guard for both widths of day, behind the cheap check that a digit stands before
        # the period: most periods end a sentence, and each guard costs as much as a few words.
        days = "|".join(rf"(?<=(?<![\w.,]){day}\.)" for day in (r"\d", r"\d\d"))
        guards += rf"(?!(?<=\d\.)(?:{days})\s+(?i:{months})\b)"
    latin = _LATIN_END.replace("{guards}", guards)
    # At a period, only the Latin end and the spaceless one can follow (the others' lookbehinds
    # need another mark), and the period search need not check which mark it found.
    return Boundary(
        re.compile(
            f"[{_MARKS}](?:{_LATIN_MARK}{latin}|{_CJK_END}|{_SPACELESS_PERIOD}|{_LINE_END})"
        ),
        re.compile(rf"\.(?:{latin}|{_SPACELESS_PERIOD})"),
        quote_pattern(quotes),
        *quote_openings(quotes),
    )


def _first_letters(words: Collection[str]) -> str:
    """A regex class body of the first characters of `words`."""
    return "".join(sorted({re.escape(w[0]) for w in words}))


_BOUNDARY: Final = boundary_pattern()


# A web page's time stamp ("입력 2022.07.15 03:18", "Updated 2024-05-20 14:02") ends the
# headline, subtitle and byline that run on before it when a page is copied as one paragraph.
_STAMP: Final = re.compile(r"\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?\s+\d{1,2}:\d{2}(?::\d{2})?\s*")


def sentence_ends(text: str, boundary: Boundary = _BOUNDARY) -> list[int]:
    """Where each sentence of `text` ends; the last one ends at len(text). `boundary`: a
    `boundary_pattern` of the lexicons' abbreviations (by default, none)."""
    # The regex engine searches fast only for one literal character: it finds the periods, and
    # str.find the other, rarer marks. A mark inside the boundary before it starts none.
    spans: list[tuple[int, int]] = []
    for mark in _MARKS[1:]:
        at = text.find(mark)
        while at >= 0:
            found = boundary.any.match(text, at)
            if found is not None:
                spans.append(found.span())
            at = text.find(mark, at + 1)
    ends: list[int]
    if not spans:
        # Only periods (most reports in a Latin script): one search's matches do not overlap
        # and come in order, so each ends a sentence.
        ends = [m.end() for m in boundary.period.finditer(text)]
    else:
        spans.extend(m.span() for m in boundary.period.finditer(text))
        spans.sort()
        ends = []
        for start, end in spans:
            if not ends or start >= ends[-1]:
                ends.append(end)
    if boundary.quoted is not None and len(ends) > 1 and _holds_opening(text, boundary):
        ends = _outside_quotes(text, ends, boundary.quoted)
    if ":" in text:
        stamps = [m.end() for m in _STAMP.finditer(text)]
        if stamps:
            ends = sorted({*ends, *stamps})
    if not ends or ends[-1] < len(text):
        ends.append(len(text))
    return ends


def _outside_quotes(text: str, ends: list[int], quoted: re.Pattern[str]) -> list[int]:
    """`ends` without those inside a quote that opens within its sentence, after its speaker
    ("2人は「北朝鮮から逃げてきた。韓国に行きたい」と話した"): the sentence goes on after the
    quote closes. A quote that opens its sentence is speech standing alone, its sentences the
    report's own. An end just before the closing mark stays."""
    inside: set[int] = set()
    for quote in quoted.finditer(text):
        start, closing = quote.start(), quote.end() - 1
        at = bisect_right(ends, start)
        if at == len(ends) or ends[at] >= closing:
            continue  # most quotes hold no sentence end
        if not text[ends[at - 1] if at else 0 : start].strip(_OPENING):
            continue
        while at < len(ends) and ends[at] < closing:
            if text[ends[at] : closing].strip():
                inside.add(ends[at])
            at += 1
    return [end for end in ends if end not in inside] if inside else ends
