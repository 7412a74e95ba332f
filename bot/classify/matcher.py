"""One Aho-Corasick automaton over every lexicon term of every language, and the text it reads.

`Matcher.scan` case-folds a text, finds every term in one pass, keeps whole-word matches for Latin
and Cyrillic terms (checking the neighbouring characters; a trailing `*` in a term lets the word
run on) and substring matches for Chinese, Japanese and Korean, then keeps the longest of
overlapping matches. `split_sentences` cuts a text into sentences so that rules can ask what
co-occurs. Both are pure and the automaton is read-only after construction, so one Matcher serves
many threads.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick

from bot.classify.lexicon import Term

CJK_START = 0x2E80  # characters from here on (CJK, kana, Hangul) have no word boundaries


def is_word_char(ch: str) -> bool:
    """A letter or digit of a script that separates words with spaces (Latin, Cyrillic...)."""
    return ch.isalnum() and ord(ch) < CJK_START


@dataclass(frozen=True, slots=True)
class Hit:
    """One matched term: where it is in its field, as written, and every entry it stands for."""

    start: int
    end: int
    surface: str
    entries: tuple[Term, ...]

    def has(self, concept: str) -> bool:
        return any(e.concept == concept for e in self.entries)

    @property
    def concepts(self) -> frozenset[str]:
        return frozenset(e.concept for e in self.entries)

    @property
    def cjk(self) -> bool:
        return ord(self.surface[0]) >= CJK_START


@dataclass(frozen=True, slots=True)
class _Key:
    length: int
    entries: tuple[Term, ...]
    bounded_start: bool
    bounded_end: bool
    wildcard: bool


class Matcher:
    """Finds lexicon terms in text; build once (tens of milliseconds), scan many times."""

    def __init__(self, terms: Sequence[Term]) -> None:
        grouped: dict[tuple[str, bool], list[Term]] = {}
        for term in terms:
            text = term.text.lower()
            wildcard = text.endswith("*") and len(text) > 1
            key = text.rstrip("*").strip() if wildcard else text
            grouped.setdefault((key, wildcard), []).append(term)
        self._automaton = ahocorasick.Automaton()
        by_key: dict[str, list[_Key]] = {}
        for (key, wildcard), entries in grouped.items():
            by_key.setdefault(key, []).append(
                _Key(
                    length=len(key),
                    entries=tuple(entries),
                    bounded_start=is_word_char(key[0]),
                    bounded_end=is_word_char(key[-1]),
                    wildcard=wildcard,
                )
            )
        for key, variants in by_key.items():
            self._automaton.add_word(key, tuple(variants))
        self._automaton.make_automaton()
        self.size = len(by_key)

    def scan(self, text: str) -> list[Hit]:
        """Every non-overlapping term in `text` (longest first), ordered by position."""
        folded = _fold(text)
        n = len(folded)
        candidates: list[tuple[int, int, tuple[Term, ...]]] = []
        for end_index, variants in self._automaton.iter(folded):
            for v in variants:
                start = end_index - v.length + 1
                end = end_index + 1
                if v.bounded_start and start > 0 and is_word_char(folded[start - 1]):
                    continue
                if v.wildcard:
                    while end < n and is_word_char(folded[end]):
                        end += 1
                elif v.bounded_end and end < n and is_word_char(folded[end]):
                    continue
                candidates.append((start, end, v.entries))
        if not candidates:
            return []
        candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
        taken = bytearray(n)
        hits: list[Hit] = []
        for start, end, entries in candidates:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            hits.append(Hit(start, end, text[start:end], entries))
        hits.sort(key=lambda h: h.start)
        return hits


def _fold(text: str) -> str:
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    # A few characters lower-case to two (U+0130); keep offsets aligned with the original.
    return "".join(ch.lower()[0] for ch in text)


_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+|[。！？]+[\"'”’」』)]*|\n+")
_ABBREVIATION = re.compile(r"(?:\b[A-Z][A-Za-z]{0,2}|\b[a-z]|\b(?:Capt|Sept|Prof|approx|vs))\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) covering `text`. Short abbreviations (N. Korea, Nov. 7,
    U.N.) do not end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        mark = text[m.start() : m.end()].strip()
        if mark.startswith(".") and not mark.startswith("..."):
            head = text[max(start, m.start() - 6) : m.start() + 1]
            if _ABBREVIATION.search(head):
                continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentence_of(starts: Sequence[int], offset: int) -> int:
    """The index of the sentence holding `offset`, given the sorted sentence starts."""
    return max(0, bisect_right(starts, offset) - 1)
