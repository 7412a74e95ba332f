"""Sentences: a report cut into its title and sentences, each with the lexicon hits inside it.

`build_sentences` splits the hits of every field into sentences (leaving out those whose hits mean
nothing alone: a figure, a "no"); a `Sentence` works out its grammar (the view of the languages
most of its hits are written in) and the years it names when a rule first asks; `clause_break`
tells whether a clause ends between two of its offsets, `clause_edges` where its clauses part,
`clause_around` the clause that holds some of its words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from operator import attrgetter
from typing import Final

from bot.classify.language import Grammar, GrammarView
from bot.classify.matcher import Hit

# Concepts that qualify something else in their sentence and mean nothing alone. Not
# `unverified`: a sentence that only calls what was told unconfirmed ("The report could not be
# verified") doubts the sentence before it (all_clears.doubted_after).
INERT: Final = frozenset(
    {
        "negation", "negated", "hedge", "likely", "prevent", "wish", "fear", "refusal",
        "number", "recent", "period", "span", "generic", "noise", "release_sense", "release_verb",
        "group", "denial", "again", "new_group", "pluperfect", "still", "held_now", "pending",
        "out_of_contact", "money", "scale", "bystanders", "visitors", "series",
        "previously", "speech", "stat_link", "stat_also", "month_before", "week_before", "long_after",
        "year_before",
        "likened", "likened_after", "estimate",
    }
)  # fmt: skip
_CONCEPTS: Final = attrgetter("concepts")
# What may stand before a sentence's first word (or a figure that opens it): quotes, dashes.
OPENING_MARKS: Final = " \"'“‘«「(—–-"
# A space between two characters of a script written without spaces (Chinese, kana, Thai), and
# an ideographic space before anything ("脱北者2人を釈放　7人は拘束続く").
PHRASE_SPACE: Final = re.compile(
    r"(?<=[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff])\s+(?=[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff])"
    r"|(?<=\S)\u3000+(?=\S)"
)
# A space between two clauses of a Chinese or Japanese headline, which writes no comma there
# ("延边7名脱北者被抓 上月2人遭遣返"): not Thai, whose spaces also part the words of one clause.
HEADLINE_SPACE: Final = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff])\s+(?=[\u3040-\u30ff\u3400-\u9fff\d０-９])"
    r"|(?<=\S)\u3000+(?=\S)"
)


class Sentence:
    """One sentence and the lexicon hits inside it. Its grammar (the view of the languages most
    of its hits are written in) is worked out when a rule first asks for it."""

    __slots__ = (
        "_root",
        "_view",
        "_years",
        "concepts",
        "count_opening",
        "destinations",
        "end",
        "field",
        "figure_opening",
        "hits",
        "order",
        "parts",
        "places",
        "start",
        "text",
    )

    def __init__(
        self,
        order: int,  # counts every sentence of the report, those without hits too
        field: str,  # "title" or "text"
        start: int,
        end: int,
        text: str,
        hits: tuple[Hit, ...],
        concepts: frozenset[str],
        root: Grammar,
    ) -> None:
        self.order, self.field, self.start, self.end = order, field, start, end
        self.text, self.hits, self.concepts = text, hits, concepts
        self._root = root
        self._view: GrammarView | None = None
        self._years: list[re.Match[str]] | None = None
        # The places it names, as (hit, iso, kind), once places.py has read them.
        self.places: list[tuple[Hit, str, str]] | None = None
        # Where each return word sends the people, by the word's (start, end), once
        # destinations.py has read it: the events and the places both ask.
        self.destinations: dict[tuple[int, int], str | None] | None = None
        # The figure opening it (carry.opening_figure, carry.opening_count), once read: the
        # shortcut, the rules and the carrying of the people all ask, several times over.
        # A 1-tuple of the answer, None before it is read.
        self.figure_opening: tuple[Hit | None] | None = None
        self.count_opening: tuple[Hit | None] | None = None
        # Where a sentence ends inside a headline read as one sentence ("Four held in Yanji.
        # China sent back 60 last year."): absolute offsets, set by the classifier.
        self.parts: tuple[int, ...] = ()

    @property
    def grammar(self) -> GrammarView:
        if self._view is None:
            self._view = self._root.of_hits(self.hits)
        return self._view

    @property
    def root(self) -> Grammar:
        return self._root

    def years(self) -> list[re.Match[str]]:
        """The years it names (each of Grammar.years in turn, in reading order), found once:
        the old-case check and the statistics check both read them."""
        if self._years is None:
            self._years = [m for p in self._root.years for m in p.finditer(self.text)]
        return self._years

    def has(self, *concepts: str) -> bool:
        return not self.concepts.isdisjoint(concepts)

    def hits_of(self, *concepts: str) -> list[Hit]:
        if self.concepts.isdisjoint(concepts):
            return []
        return [h for h in self.hits if not h.concepts.isdisjoint(concepts)]


def build_sentences(
    fields: Sequence[tuple[str, str, list[Hit], list[int]]], grammar: Grammar
) -> list[Sentence]:
    """Cut each (field, text, hits, sentence ends) into sentences holding their hits, in reading
    order.

    Only sentences with a hit that some rule reads on its own are returned (not those with only
    cues, figures or days); `order` still counts every sentence, so rules can tell whether two
    sentences follow each other."""
    sentences: list[Sentence] = []
    counted = 0
    for field, text, hits, ends in fields:
        # The hits are in reading order: each sentence takes the run of hits before its end.
        first, count = 0, len(hits)
        while first < count:
            number = bisect_right(ends, hits[first].start)
            end = ends[number]
            last = first + 1
            while last < count and hits[last].start < end:
                last += 1
            bucket = hits[first:last]
            first = last
            # Most sentences hold one hit: its concepts are the sentence's, no union to build.
            if len(bucket) == 1:
                concepts = bucket[0].concepts
            else:
                concepts = frozenset().union(*map(_CONCEPTS, bucket))
            if concepts <= INERT:  # "no", "will", "two": nothing any rule reads on its own
                continue
            start = ends[number - 1] if number else 0
            sentences.append(
                Sentence(
                    counted + number,
                    field,
                    start,
                    end,
                    text[start:end],
                    tuple(bucket),
                    concepts,
                    grammar,
                )
            )
        counted += len(ends)
    return sentences


def opens_on_one_of(sentence: Sentence, words: Sequence[Hit]) -> bool:
    """Whether the sentence's first word is one of `words` (quotes and dashes may stand before)."""
    return any(not sentence.text[: w.start - sentence.start].strip(OPENING_MARKS) for w in words)


def clause_break(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a clause ends between absolute offsets `start` and `end` of the report."""
    return sentence.grammar.breaks(sentence.text, start - sentence.start, end - sentence.start)


def text_without(sentence: Sentence, start: int, end: int, hits: Sequence[Hit]) -> str:
    """The sentence's text between absolute offsets `start` and `end`, the words of `hits`
    blanked out (a figure between a verb and its people: "detained five defectors")."""
    chars = list(sentence.text[start - sentence.start : end - sentence.start])
    for hit in hits:
        for i in range(max(hit.start, start), min(hit.end, end)):
            chars[i - start] = " "
    return "".join(chars)


def one_clause(sentence: Sentence, a: Hit, b: Hit) -> bool:
    """Whether no clause ends between two hits of a sentence, in either order."""
    first, second = sorted((a, b), key=attrgetter("start"))
    return not clause_break(sentence, first.end, second.start)


def own_words_start(grammar: GrammarView, text: str, start: int, end: int | None = None) -> int:
    """Where the words of text[start:end] open past a source it opens on ("According to the
    groups, the eight...", "Theo người phát ngôn, tám người này", ตามข้อมูลขององค์กร ทั้งแปดคน):
    after the first clause break, or space of a script written without them, that follows a
    `source_openers` word there; `start` when it opens on none (or nothing ends the source)."""
    end = len(text) if end is None else end
    opener = grammar.source_opener.match(text, start, end)
    if opener is None:
        return start
    edges = [
        found.end()
        for found in (
            grammar.clause_break.search(text, opener.end(), end),
            PHRASE_SPACE.search(text, opener.end(), end),
        )
        if found is not None
    ]
    return min(edges, default=start)


def clause_edges(sentence: Sentence) -> list[tuple[int, int]]:
    """Where the clauses of a sentence part: its language's clause breaks, and the spaces of a
    script written without them (a headline's "抓获5名脱北者 另有3人逃脱")."""
    text = sentence.text
    edges = [m.span() for m in sentence.grammar.clause_break.finditer(text)]
    return sorted([*edges, *(m.span() for m in PHRASE_SPACE.finditer(text))])


def clause_around(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The span (offsets in the sentence) of the clause that holds the words from start to end:
    from the last clause edge before them to the first after them."""
    edges = clause_edges(sentence)
    opening = max((high for _low, high in edges if high <= start), default=0)
    closing = min((low for low, _high in edges if low >= end), default=len(sentence.text))
    return opening, closing


def headline_parted(sentence: Sentence, a: Hit, b: Hit) -> bool:
    """Whether a sentence end inside a headline ("Four held in Yanji. China sent back 60 last
    year.", "延吉4名脱北者被捕。去年60人被遣返。") or a space parting its clauses (`headline_space`)
    stands between two of its hits."""
    first, second = sorted((a, b), key=attrgetter("start"))
    if any(first.end <= end <= second.start for end in sentence.parts):
        return True
    base = sentence.start
    return headline_space(sentence, first.end - base, second.start - base, reach=1)


def parted_in_headline(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a headline's parts end between text offsets `start` and `end`: a sentence end
    inside it, or a space in a script written without them (Chinese, Japanese, Thai), where
    other headlines write a comma."""
    if sentence.field != "title":
        return False
    base = sentence.start
    if any(start <= part - base <= end for part in sentence.parts):
        return True
    # A space right after the earlier words sets them off, as a comma does ("เมื่อปีที่แล้ว
    # แรงงาน 350 คน": the year opens the figure's clause).
    gap = sentence.text[start:end]
    start += len(gap) - len(gap.lstrip())
    return headline_space(sentence, start, end, reach=1) or _space_in(
        PHRASE_SPACE, sentence.text, start, end, reach=1
    )


def headline_space(sentence: Sentence, start: int, end: int, *, reach: int) -> bool:
    """Whether a space parts the clauses of a Chinese or Japanese headline between text offsets
    `start` and `end` (`HEADLINE_SPACE`). The space's lookahead reads `reach` characters past
    `end`: 1 where the words there are a hit's, so that the hit itself may follow the space."""
    return sentence.field == "title" and _space_in(
        HEADLINE_SPACE, sentence.text, start, end, reach
    )


def _space_in(space: re.Pattern[str], text: str, start: int, end: int, reach: int) -> bool:
    """Whether `space` starts in text[start:end], its lookahead reading `reach` characters on."""
    found = space.search(text, start, end + reach)
    return found is not None and found.start() < end
