"""Resolving a place as written ("Kunming, Yunnan Province", "량선국경보호센터") to gazetteer keys.

Latin aliases match whole words after case-folding and dropping diacritics and punctuation, so
"Lạng Sơn", "Lang Son" and "lang-son" agree; Hangul, Chinese and Cyrillic aliases match as
substrings, since those scripts glue particles and suffixes to names. Two resolved places are
related when one is the other or lies inside it. Places the gazetteer does not know fall back to
their content words, with country names and generic words ("province", "border") removed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from bot.cases.gazetteer import COUNTRY_WORDS, PLACES, Place

_GENERIC_WORDS = """
    the of in at near a an and or to from on outside around city province region county district
    prefecture oblast krai area border suburb suburbs center centre camp station village town
    detention facility police immigration northern southern eastern western north south east west
    central capital 지역 인근 부근 국경 접경 성 시 지방 일대 中 省 市 县 地区 边境 附近
    """
GENERIC_WORDS = frozenset(_GENERIC_WORDS.split())


def fold(text: str) -> str:
    """Case-folded text, Latin diacritics removed, punctuation turned into single spaces."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKC", text).casefold():
        if ch == "đ":
            ch = "d"
        elif ord(ch) < 0x2000:
            ch = "".join(
                c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)
            )
        out.append(ch if ch.isalnum() else " ")
    return " ".join("".join(out).split())


def _is_latin(alias: str) -> bool:
    return all(ord(ch) < 0x250 for ch in alias)


@cache
def _alias_table() -> tuple[tuple[str, bool, str], ...]:
    rows = {(fold(alias), key) for key, place in PLACES.items() for alias in place.aliases}
    return tuple((alias, _is_latin(alias), key) for alias, key in sorted(rows) if alias)


# Rivers named after a town are crossed, not places of detention: "the Tumen River" is no Tumen.
RIVERS = re.compile(r"\b(?:tumen|yalu|amur|mekong|ussuri) river\b|图们江|圖們江|図們江")


def resolve(text: str | None) -> frozenset[str]:
    """The gazetteer keys of every place named in `text`, most specific and general alike."""
    if not text:
        return frozenset()
    folded = RIVERS.sub(" ", fold(text))
    padded = f" {folded} "
    found: set[str] = set()
    for alias, latin, key in _alias_table():
        if (f" {alias} " in padded) if latin else (alias in folded):
            found.add(key)
    return frozenset(_drop_implied_parents(found))


def _drop_implied_parents(keys: set[str]) -> set[str]:
    """Keep "Kunming" rather than "Kunming" + "Yunnan": the province adds nothing for matching."""
    parents = {a for k in keys for a in ancestors(k) if a != k}
    return keys - parents


@cache
def ancestors(key: str) -> tuple[str, ...]:
    """`key` and every place containing it, innermost first."""
    chain: list[str] = []
    current: str | None = key
    while current is not None and current not in chain:
        chain.append(current)
        current = PLACES[current].parent if current in PLACES else None
    return tuple(chain)


@cache
def is_region(key: str) -> bool:
    """Whether other places lie inside this one (a province, a prefecture, a krai)."""
    return any(place.parent == key for place in PLACES.values())


def related(left: Iterable[str], right: Iterable[str]) -> bool:
    """True when some place on the left is, contains or lies in some place on the right."""
    right_keys = tuple(right)
    for a in left:
        for b in right_keys:
            if a in ancestors(b) or b in ancestors(a):
                return True
    return False


def content_words(text: str | None) -> frozenset[str]:
    """Words of a place the gazetteer does not know, minus generic and country words."""
    if not text:
        return frozenset()
    words = set(fold(text).split())
    return frozenset(w for w in words - GENERIC_WORDS - COUNTRY_WORDS if len(w) > 1)


def place(key: str) -> Place:
    return PLACES[key]
