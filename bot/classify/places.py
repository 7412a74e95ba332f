"""Where: the country of detention (ISO 3166-1 alpha-2) and the place as the report writes it.

Countries, demonyms ("Chinese police", 공안) and places (Shenyang, 단둥, 谅山, Владивосток) in the
gazetteer all vote for their country; North and South Korea never count as a country of detention
abroad. The title's vote weighs double, and a tie goes to the country named first. The place fact
joins the regions, cities and facilities named in the incident sentences, as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.classify.events import NONFOREIGN, Sentence
from bot.classify.matcher import Hit

SPECIFIC_KINDS = ("facility", "city", "region")
MAX_PLACES = 3
KIND_WEIGHT = {"demonym": 0.5}  # "Chinese phones" says less than "in Shenyang"


@dataclass(frozen=True, slots=True)
class Where:
    country: str | None
    place: str | None
    hits: tuple[Hit, ...]  # the place hits that voted for the chosen country


def foreign_places(sentence: Sentence) -> list[tuple[Hit, str, str]]:
    """(hit, iso, kind) for every place in `sentence` outside the two Koreas."""
    return [p for p in _places(sentence) if p[1] not in NONFOREIGN]


def _places(sentence: Sentence) -> list[tuple[Hit, str, str]]:
    out: list[tuple[Hit, str, str]] = []
    for hit in sentence.hits_of("place"):
        for entry in hit.entries:
            if entry.concept == "place":
                out.append((hit, entry.value, entry.kind))
                break
    return out


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
            if iso == "KR" or (iso == "KP" and kind in ("country", "demonym")):
                continue
            voters.setdefault(iso, []).append(hit)
            first_seen.setdefault(iso, order)
            order += 1
            if (iso, kind) not in seen_here:
                votes[iso] = votes.get(iso, 0.0) + weight * KIND_WEIGHT.get(kind, 1.0)
                seen_here.add((iso, kind))
    if not votes:
        return Where(None, None, ())
    country = max(votes, key=lambda iso: (votes[iso], -first_seen[iso]))
    if country in NONFOREIGN:
        return Where(None, None, ())
    return Where(country, _place_text(sentences, country), tuple(voters[country]))


def _place_text(sentences: Sequence[Sentence], country: str) -> str | None:
    names: dict[str, None] = {}
    for kind in SPECIFIC_KINDS:
        for sentence in sentences:
            for hit, iso, hit_kind in foreign_places(sentence):
                if iso == country and hit_kind == kind:
                    names.setdefault(hit.surface.strip(), None)
    distinct = [n for n in names if not any(n != o and n.lower() in o.lower() for o in names)]
    return ", ".join(distinct[:MAX_PLACES]) or None
