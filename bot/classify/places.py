"""Where: the country of detention (ISO 3166-1 alpha-2) and the place as the report writes it.

Countries, demonyms ("Chinese police", 공안) and places (Shenyang, 단둥, 谅山, Владивосток) in the
gazetteer all vote for their country; North and South Korea never count as a country of detention
abroad. The title's vote weighs double, and a tie goes to the country named first. The place fact
joins the regions, cities and facilities named in the incident sentences, as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.classify.events import NONFOREIGN, Sentence
from bot.classify.matcher import Hit

_TOWARD_BEFORE = re.compile(r"(?:\b(?:to|into|towards?|for)\s+(?:the\s+)?|前往|到|往|至)$", re.I)
_TOWARD_AFTER = re.compile(r"으로|로\s|로$|へ")
# Where people came from ("crossed from China", "бежавшие из Китая", "중국에서 넘어온", "从中国越境")
# is not where they are held.
_MOVED = (
    r"(?:cross|fle|escap|walk|came|coming|travel|slipp|mov|run|ran|бежа|беж|переш|прибы|пробра)"
)
_FROM_BEFORE = re.compile(rf"\b{_MOVED}\w*\b[^,.;:]{{0,40}}\b(?:from|из)\s+(?:the\s+)?$", re.I)
_FROM_AFTER = re.compile(r"^\s*(?:에서|서)\s*(?:넘어|탈출|건너|도망|빠져|도주)")
_CJK_FROM = re.compile(r"^.{0,4}?(?:越境|偷渡|逃|进入|進入|入境|过境|過境|越过|越過|出发|出發)")
# "Mongolian border police", "Chinese authorities": an authority acting, not a mere adjective.
_AUTHORITY_AFTER = re.compile(
    r"^\s*(?:border\s+)?(?:police|guards?|authorities|officials|security|troops|courts?|judges?"
    r"|prosecutors|пограничник\w*"
    r"|полици\w*|власт\w*)",
    re.I,
)
SPECIFIC_KINDS = ("facility", "city", "region")
MAX_PLACES = 3
# Authorities named in the demonym itself: 베트남 당국, 中国公安, 越南当局.
_AUTHORITY_IN = re.compile(r"당국|공안|경찰|当局|當局|公安|警察|边防|邊防")
# "라오스 접경서", "the Laos border", "老挝边境": beside that country, not inside it.
_BORDER_AFTER = re.compile(r"^\s*(?:접경|국경|边境|邊境|国境|border\b|frontier\b|границ)", re.I)
_DATELINE = re.compile(
    r"\s*(?:(?=[A-Z.'-]{3}|[A-Z]+ [A-Z])[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]+)*(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^)]{1,30}\))?"
    r"\s*[—–-]{1,2}\s"
    r"|[(（【][^=＝)）】]{1,15}[=＝][^)）】]{1,20}[)）】])"
)
KIND_WEIGHT = {"demonym": 0.5}  # "Chinese phones" says less than "in Shenyang"


@dataclass(frozen=True, slots=True)
class Where:
    country: str | None
    place: str | None
    hits: tuple[Hit, ...]  # the place hits that voted for the chosen country


def foreign_places(sentence: Sentence) -> list[tuple[Hit, str, str]]:
    """(hit, iso, kind) for every place in `sentence` outside the two Koreas."""
    return [p for p in _places(sentence) if p[1] not in NONFOREIGN]


def _destination(sentence: Sentence, hit: Hit) -> bool:
    """ "to China", "en route to Thailand", "중국으로", "前往泰国": where people were going or were
    sent, which says less about where they are held than "in China"."""
    before = sentence.text[max(0, hit.start - sentence.start - 12) : hit.start - sentence.start]
    after = sentence.text[hit.end - sentence.start : hit.end - sentence.start + 2]
    return bool(_TOWARD_BEFORE.search(before) or _TOWARD_AFTER.match(after))


def _origin(sentence: Sentence, hit: Hit) -> bool:
    """ "crossed from China", "중국에서 넘어온", "从中国越境": where people came from."""
    offset = hit.start - sentence.start
    before = sentence.text[max(0, offset - 60) : offset]
    after = sentence.text[hit.end - sentence.start : hit.end - sentence.start + 8]
    if _FROM_BEFORE.search(before) or _FROM_AFTER.match(after):
        return True
    return before[-1:] in ("从", "從") and bool(_CJK_FROM.match(after))


def _share(sentence: Sentence, hit: Hit, kind: str) -> float:
    """How much one place hit says about where the people are held."""
    after = sentence.text[hit.end - sentence.start : hit.end - sentence.start + 24]
    if kind == "demonym":
        authority = _AUTHORITY_IN.search(hit.surface) or _acting(sentence, hit)
        share = 1.0 if authority else KIND_WEIGHT["demonym"]
    elif kind == "country" and _BORDER_AFTER.match(after):
        share = 0.5
    else:
        share = KIND_WEIGHT.get(kind, 1.0)
    if _origin(sentence, hit):
        return share * 0.25
    if _destination(sentence, hit):
        return share * 0.5
    return share


def in_south_korea(sentence: Sentence) -> bool:
    """A South Korean place, or a South Korean authority acting ("a South Korean court")."""
    return any(
        iso == "KR" and (kind != "demonym" or _acting(sentence, hit))
        for hit, iso, kind in _places(sentence)
    )


def _acting(sentence: Sentence, hit: Hit) -> bool:
    """ "Chinese police", "a South Korean court": the demonym names an authority acting."""
    after = sentence.text[hit.end - sentence.start : hit.end - sentence.start + 24]
    return bool(_AUTHORITY_AFTER.match(after))


def _places(sentence: Sentence) -> list[tuple[Hit, str, str]]:
    out: list[tuple[Hit, str, str]] = []
    dateline = _dateline_end(sentence)
    for hit in sentence.hits_of("place"):
        if hit.end - sentence.start <= dateline:
            continue  # where the story was filed, not where anyone is held
        for entry in hit.entries:
            if entry.concept == "place":
                out.append((hit, entry.value, entry.kind))
                break
    return out


def _dateline_end(sentence: Sentence) -> int:
    """Where a dateline opening the sentence ends ("SEOUL —", "HANOI, May 3 (Reuters) -",
    "(베이징=연합뉴스)", "【ウラジオストク=極東通信】"), 0 when there is none."""
    m = _DATELINE.match(sentence.text)
    return m.end() if m else 0


def locate(sentences: Sequence[Sentence]) -> Where:
    """Vote for the country of detention over `sentences` (the incident sentences)."""
    votes: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    voters: dict[str, list[Hit]] = {}
    order = 0
    for sentence in sentences:
        weight = 2.0 if sentence.field == "title" else 1.0
        seen_here: set[tuple[str, str]] = set()
        for hit, iso, kind in _places(sentence):
            # South Korea is never where they are held; North Korea only through its towns
            # ("arrested in Hyesan"), since most reports name it as where people fled from.
            if iso == "KP" and kind in ("country", "demonym"):
                continue
            voters.setdefault(iso, []).append(hit)
            first_seen.setdefault(iso, order)
            order += 1
            # South Korea is mostly where people head or where the source sits: one half vote
            # per sentence, enough to win only where no country abroad is named.
            key = (iso, "any" if iso == "KR" else kind)
            if key not in seen_here:
                share = 0.5 if iso == "KR" else _share(sentence, hit, kind)
                votes[iso] = votes.get(iso, 0.0) + weight * share
                seen_here.add(key)
    if not votes:
        return Where(None, None, ())
    # A tie goes to the country abroad: datelines and "Seoul-based group" name South Korea.
    country = max(votes, key=lambda iso: (votes[iso], iso not in NONFOREIGN, -first_seen[iso]))
    if country in NONFOREIGN:
        return Where(None, None, ())
    return Where(country, _place_text(sentences, country), tuple(voters[country]))


def _place_text(sentences: Sequence[Sentence], country: str) -> str | None:
    found = [
        (hit, kind)
        for sentence in sentences
        for hit, iso, kind in foreign_places(sentence)
        if iso == country and kind in SPECIFIC_KINDS
    ]
    names: dict[str, None] = {}
    for kind in SPECIFIC_KINDS:  # facilities first, then cities, then regions
        for hit, hit_kind in found:
            if hit_kind == kind:
                names.setdefault(hit.surface.strip(), None)
    distinct = [n for n in names if not any(n != o and n.lower() in o.lower() for o in names)]
    return ", ".join(distinct[:MAX_PLACES]) or None
