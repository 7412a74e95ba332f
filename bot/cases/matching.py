"""Small comparisons the linker weighs: people counts, personal names and outlets.

Counts from different outlets rarely agree ("11" vs "15" vs "dozens"), so compatibility is a
tolerance, not equality. Korean names come in many romanisations ("Choe Myong Bok", "Choi
Myung-bok"); each syllable is folded to one spelling before comparing. Outlet names are reduced to
a stable key so "Radio Free Asia (Korean)" and "Radio Free Asia" count as one outlet.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import urlsplit

from bot.cases.places import fold
from bot.domain import Facts
from bot.reference import Org, orgs
from bot.scripts import is_word_char

_SURNAMES = {
    "choe": "choi", "chey": "choi", "lee": "lee", "yi": "lee", "ri": "lee", "rhee": "lee",
    "rhie": "lee", "gim": "kim", "pak": "park", "bak": "park", "jeong": "jung", "chung": "jung",
    "jong": "jung", "cheong": "jung", "ryu": "yoo", "yu": "yoo", "yoo": "yoo", "han": "han",
    "kang": "kang", "gang": "kang", "ko": "ko", "go": "ko", "koh": "ko", "shin": "shin",
    "sin": "shin", "lim": "lim", "im": "lim", "rim": "lim", "cho": "cho", "jo": "cho",
    "yun": "yoon", "yoon": "yoon", "hwang": "hwang", "oh": "oh", "o": "oh", "i": "lee",
}  # fmt: skip
_VOWELS = (
    ("oo", "u"),
    ("ou", "o"),  # "Young" for 영
    ("ui", "i"),
    ("yeo", "yo"),
    ("eo", "o"),
    ("eu", "u"),  # 으: "eu" in the South's spelling, "u" (ŭ) in the North's
    ("yu", "yo"),
    ("u", "o"),
    ("ae", "e"),
    ("ee", "i"),
)
# The North writes aspirates with an h ("Jang Song Thaek"), the South without ("Taek").
_CONSONANTS = (
    ("th", "t"),
    ("ph", "p"),
    ("kh", "k"),
    ("ch", "j"),
    ("p", "b"),
    ("k", "g"),
    ("t", "d"),
    ("r", "l"),
    ("sh", "s"),
)


def _fold_syllable(syllable: str) -> str:
    if syllable == "yi":  # 이 or 의 standing alone: "Song-yi" is "Song-i"
        return "i"
    for old, new in _VOWELS + _CONSONANTS:
        syllable = syllable.replace(old, new)
    return syllable


_INITIALS = [
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "-",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
]
_MEDIALS = [
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
]
_FINALS = [
    "",
    *[
        "k",
        "k",
        "k",
        "n",
        "n",
        "n",
        "t",
        "l",
        "k",
        "m",
        "l",
        "l",
        "l",
        "p",
        "l",
        "m",
        "p",
        "p",
        "t",
        "t",
        "ng",
        "t",
        "t",
        "k",
        "t",
        "p",
        "t",
    ],
]


def romanise_hangul(word: str) -> str:
    """A Hangul word in Revised Romanisation, syllable by syllable ("최명복" -> "choe myeong bok")."""
    out: list[str] = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            out.append(ch)
            continue
        initial = _INITIALS[code // 588].replace("-", "")
        out.append(" " + initial + _MEDIALS[code % 588 // 28] + _FINALS[code % 28])
    return "".join(out).strip()


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """One spelling for a personal name's romanisations and its Hangul; other scripts lose their
    spaces. "Choe Myong-bok", "Choi Myung Bok" and "최명복" share one key."""
    words = fold(name).split()
    if words and all("\uac00" <= ch <= "\ud7a3" for w in words for ch in w):
        words = romanise_hangul("".join(words)).split()
    if not words:
        return ""
    if not all(w.isascii() for w in words):
        return "".join(words)
    surname = _SURNAMES.get(words[0], words[0])
    # A given name is written in one word, two, or hyphenated: "Myongbok", "Myong Bok".
    given = "".join(_fold_syllable(w) for w in words[1:])
    return " ".join(w for w in (_fold_syllable(surname), given) if w)


def name_script(name: str) -> str:
    """Which writing system a name is in: "latin", or the Unicode block of its first letter."""
    letter = next((ch for ch in name if ch.isalpha()), "")
    if letter.isascii():
        return "latin"
    return unicodedata.name(letter, "other").split()[0]


def name_keys(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(k for k in (name_key(n) for n in names) if k)


def counts_compatible(left: Facts, right: Facts) -> bool | None:
    """None when either count is unknown; else whether the two counts may describe one group."""
    if left.people is None or right.people is None:
        return None
    return counts_agree(left.people, left.people_approx, right.people, right.people_approx)


def counts_agree(left: int, left_approx: bool, right: int, right_approx: bool) -> bool:
    """`counts_compatible` of two known counts, each approximate or not."""
    low, high = (left, right) if left <= right else (right, left)
    if left_approx or right_approx:
        return high - low <= 5 or high <= low * 2.5
    # One person is not a group of three; nine and eleven may well be the same group.
    return (high - low <= 2 and high <= 2 * low) or high <= low * 1.6


_PAREN = re.compile(r"\([^)]*\)|\[[^]]*\]")


def outlet_key(source: str | None, url: str | None) -> str:
    """A stable key for an outlet: its name without qualifiers, else the link's host."""
    key = _name_key(source) if source else ""
    if key:
        return key
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.")
    return "unknown"


@lru_cache(maxsize=4096)
def _name_key(source: str) -> str:
    """An outlet's name without qualifiers. Cached by name alone: every report of an outlet has
    a link of its own, so a cache by name and link would miss as often as it hits."""
    return re.sub(r"^the ", "", fold(_PAREN.sub(" ", source)))


def outlet_label(source: str | None, url: str | None) -> str:
    """The outlet as shown to people: the name given, else the link's host."""
    if source and source.strip():
        return source.strip()
    if url:
        return (urlsplit(url).hostname or "unknown").removeprefix("www.")
    return "unknown"


@lru_cache(maxsize=4096)
def org_of(name: str) -> Org | None:
    """The listed organisation `name` is, or names ("Human Rights Watch (Korea)", 휴먼라이츠워치):
    by its canonical name, else by any of its spellings (Latin and Cyrillic as whole words)."""
    known = orgs().get(name)
    if known is not None:
        return known
    folded = f" {fold(name)} "
    for spelling, org in _org_spellings():
        if spelling.whole_word:
            found = (
                f" {spelling.key}" in folded
                if spelling.open_end
                else f" {spelling.key} " in folded
            )
        else:
            found = spelling.key in folded
        if found:
            return org
    return None


def is_confirming_org(name: str) -> bool:
    """An NGO, court, UN body or official body (or an outlet of one): its word confirms."""
    return org_of(name) is not None


@lru_cache(maxsize=4096)
def specific_orgs(names: tuple[str, ...]) -> frozenset[str]:
    """Organisations that single an incident out (an NGO, a court), not the UN or authorities."""
    return frozenset(org.name for org in map(org_of, names) if org and org.singles_out)


@dataclass(frozen=True, slots=True)
class _OrgSpelling:
    key: str  # folded
    whole_word: bool  # Latin or Cyrillic
    open_end: bool  # written with a trailing *: any ending


@cache
def _org_spellings() -> tuple[tuple[_OrgSpelling, Org], ...]:
    spellings = []
    for org in orgs().values():
        for spelling in org.spellings:
            key = fold(spelling.rstrip("*"))
            word = bool(key) and is_word_char(key[0])
            spellings.append((_OrgSpelling(key, word, spelling.endswith("*")), org))
    return tuple(spellings)
