"""Resolving a place as written ("Kunming, Yunnan Province", "량선국경보호센터") to gazetteer keys.

The places and their spellings come from the shared gazetteer (`bot.reference`). Text and
spellings are folded alike (case, Latin diacritics and punctuation dropped), so "Lạng Sơn", "Lang
Son" and "lang-son" agree. Latin and Cyrillic spellings match whole words (a trailing `*` lets the
word run on: "Шэньяне"); Chinese, Japanese, Korean and Thai spellings match anywhere, since those
scripts glue particles and suffixes to names. Of overlapping matches the longest wins ("吉林市" is
the city, not the province). Spellings that are also everyday words are read only in `context`
(text already known to name a place). Two resolved places are related when one is the other or
lies inside it; an `area` ("the Russian Far East") contains places but never rules one out.
Places the gazetteer does not know fall back to their content words, with country names and
generic words ("province", "border") removed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick_rs

from bot.reference import Place, gazetteer
from bot.scripts import is_word_char

_GENERIC_WORDS = """
    the of in at near a an and or to from on outside around city province region county district
    prefecture oblast krai area border suburb suburbs center centre camp station village town
    detention facility police immigration northern southern eastern western north south east west
    central capital chinese russian vietnamese laotian lao thai mongolian cambodian burmese korean
    지역 인근 부근 국경 접경 성 시 지방 일대 中 省 市 县 地区 边境 附近
    """
HOME = frozenset({"KP", "KR"})  # where people flee from and arrive: never where they are held


class _FoldTable(dict[int, str]):
    """What each character folds to, worked out on first sight (str.translate then runs in C)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch == "đ":
            out = "d"
        elif code < 0x2000:
            decomposed = unicodedata.normalize("NFD", ch)
            out = "".join(
                c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c)
            )
        else:
            out = ch if ch.isalnum() else " "
        self[code] = out
        return out


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Case-folded text, Latin diacritics removed, punctuation turned into single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().translate(_FOLD).split())


@dataclass(frozen=True, slots=True)
class _Spelling:
    key: str
    whole_word: bool  # Latin or Cyrillic: must start a word, and end one unless `open_end`
    open_end: bool
    ambiguous: bool


class _Resolver:
    """One automaton over every folded spelling of every place."""

    def __init__(self, places: Iterable[Place]) -> None:
        table: dict[str, _Spelling] = {}
        for place in places:
            for spelling, ambiguous in [
                *((s, False) for s in place.spellings),
                *((s, True) for s in place.ambiguous),
            ]:
                folded = fold(spelling.rstrip("*"))
                if folded and folded not in table:
                    word = is_word_char(folded[0])
                    table[folded] = _Spelling(
                        place.key, word, word and spelling.endswith("*"), ambiguous
                    )
        self._patterns = list(table)
        self._spellings = [table[p] for p in self._patterns]
        self._automaton = ahocorasick_rs.AhoCorasick(self._patterns)

    def keys(self, folded: str, *, context: bool) -> set[str]:
        found: list[tuple[int, int, str]] = []
        for index, start, end in self._automaton.find_matches_as_indexes(folded, overlapping=True):
            spelling = self._spellings[index]
            if spelling.ambiguous and not context:
                continue
            if spelling.whole_word and not _bounded(folded, start, end, spelling.open_end):
                continue
            found.append((start, end, spelling.key))
        taken: list[tuple[int, int]] = []
        keys: set[str] = set()
        for start, end, key in sorted(found, key=lambda m: (m[0] - m[1], m[0])):
            if all(end <= s or start >= e for s, e in taken):
                taken.append((start, end))
                keys.add(key)
        return keys


def _bounded(text: str, start: int, end: int, open_end: bool) -> bool:
    if start > 0 and is_word_char(text[start - 1]):
        return False
    return open_end or end >= len(text) or not is_word_char(text[end])


@cache
def _resolver() -> _Resolver:
    return _Resolver(gazetteer().places.values())


# Rivers named after a town are crossed, not places of detention: "the Tumen River" is no Tumen.
RIVERS = re.compile(r"\b(?:tumen|yalu|amur|mekong|ussuri) river\b|图们江|圖們江|図們江|두만강")


def resolve(text: str | None, *, context: bool = False) -> frozenset[str]:
    """The gazetteer keys of every place named in `text`, the most specific of each line.

    `context`: the text is known to name a place (a report's place of detention), so spellings
    that are also everyday words count too.
    """
    if not text:
        return frozenset()
    return resolve_folded(fold(text), context=context)


def resolve_folded(folded: str, *, context: bool = False) -> frozenset[str]:
    """`resolve` for text already folded with `fold`."""
    found = _resolver().keys(RIVERS.sub(" ", folded), context=context)
    return frozenset(_drop_implied_parents(found))


def _drop_implied_parents(keys: set[str]) -> set[str]:
    """Keep "Kunming" rather than "Kunming" + "Yunnan": the province adds nothing for matching."""
    parents = {a for k in keys for a in ancestors(k) if a != k}
    return keys - parents


@cache
def ancestors(key: str) -> tuple[str, ...]:
    """`key` and every place containing it, innermost first."""
    places = gazetteer().places
    chain: list[str] = []
    current: str | None = key
    while current is not None and current not in chain:
        chain.append(current)
        current = places[current].parent if current in places else None
    return tuple(chain)


@cache
def _regions() -> frozenset[str]:
    places = gazetteer().places.values()
    holding_towns = {p.parent for p in places if p.parent and p.kind == "city"}
    return frozenset(p.key for p in places if p.kind in ("region", "area")) | holding_towns


def is_region(key: str) -> bool:
    """Whether towns lie inside this place (a province, a prefecture, a krai)."""
    return key in _regions()


def is_area(key: str) -> bool:
    """A loose zone ("the China-North Korea border"): it never rules another place out."""
    found = gazetteer().places.get(key)
    return found is not None and found.kind == "area"


def related(left: Iterable[str], right: Iterable[str]) -> bool:
    """True when some place on the left is, contains or lies in some place on the right."""
    right_keys = tuple(right)
    for a in left:
        for b in right_keys:
            if a in ancestors(b) or b in ancestors(a):
                return True
    return False


@lru_cache(maxsize=4096)
def kin(keys: frozenset[str]) -> frozenset[str]:
    """Every place that is, contains or lies in one of `keys`, loose areas left out: a place
    shares a key with these when `related` would find it related to one of them."""
    specific = frozenset(k for k in keys if not is_area(k))
    around = (a for k in specific for a in ancestors(k))
    inside = (k for k in gazetteer().places if not specific.isdisjoint(ancestors(k)))
    return frozenset(k for k in (*around, *inside) if not is_area(k))


@cache
def _country_words() -> frozenset[str]:
    names = (
        n for c in gazetteer().countries.values() for n in (*c.spellings, c.name_en, c.name_ko)
    )
    return frozenset(w for n in names for w in fold(n.rstrip("*")).split())


GENERIC_WORDS = frozenset(_GENERIC_WORDS.split())


def content_words(text: str | None) -> frozenset[str]:
    """Words of a place the gazetteer does not know, minus generic and country words."""
    if not text:
        return frozenset()
    words = set(fold(text).split())
    return frozenset(w for w in words - GENERIC_WORDS - _country_words() if len(w) > 1)


@lru_cache(maxsize=4096)
def abroad(keys: frozenset[str]) -> frozenset[str]:
    """The places outside the two Koreas (Seoul is where the NGO speaks, Hyesan where they fled).
    Cached, so that the reports of one place share one set: the case cache holds each report's
    places and mentions, and two sets of its own were a sixth of what a held report cost."""
    return frozenset(k for k in keys if country_of(k) not in HOME)


def place(key: str) -> Place:
    return gazetteer().places[key]


def country_of(key: str) -> str:
    return gazetteer().places[key].country
