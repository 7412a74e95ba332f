"""Releases a later custody ended, as the places read them: "Released in Laos, they crossed into
Thailand, where police arrested them", "在老挝获释的5名脱北者在泰国被捕". The place nearest such a
release is where the people came from, not where they are held, and votes as little as an origin.
A custody ends a release when "then" or "again" (the `again` words: 随后, その後, again) stands
between them, or when the release is marked the earlier event in its sentence (`sequence`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from bot.classify.matcher import Hit
from bot.classify.sentences import Sentence, clause_break
from bot.classify.status import again_right_after

HELD_WORDS: Final = ("arrest", "detain", "custody")


def releases_ended(sentences: Sequence[Sentence]) -> set[int]:
    """The release words (by id) that a custody told after them ended: one told "then" or
    "again" after the release (在老挝获释，随后在泰国被捕; その後タイで拘束), or one later in
    the sentence of a release marked the earlier event (获释后被关押, 在老挝获释的5人被捕)."""
    released: list[Hit] = []
    waiting: list[Hit] = []  # releases a "then" has followed
    ended: set[int] = set()
    freed = False  # the last status word was a release ("freed, then held", not "held, then")
    for sentence in sentences:
        if not released and not sentence.has("release"):
            continue
        earlier: list[Hit] = []
        held: Hit | None = None  # the word before, a custody ("arrested again")
        for hit in sentence.hits_of("release", "again", *HELD_WORDS):
            if hit.has("release"):
                released.append(hit)
                if sentence.grammar.earlier_after.match(sentence.text, hit.end - sentence.start):
                    earlier.append(hit)
                held, freed = None, True
                continue
            if hit.has("again"):
                if held is not None and again_right_after(sentence, held, hit):
                    ended.update(id(r) for r in released)
                elif freed:
                    waiting = list(released)
            held = None if hit.concepts.isdisjoint(HELD_WORDS) else hit
            if held is not None:
                ended.update(id(r) for r in (*waiting, *earlier))
                freed = False
    return ended


def released_here(sentence: Sentence, hit: Hit, ended: set[int]) -> bool:
    """Whether the status word nearest the place at `hit` in its clause is a release a later
    custody ended ("在老挝获释的5人在泰国被捕": Laos where they were freed, Thailand where held)."""
    words = [
        (max(w.start - hit.end, hit.start - w.end), w)
        for w in sentence.hits_of("release", *HELD_WORDS)
        if not clause_break(sentence, *sorted((w.end, hit.start)))
    ]
    return bool(words) and id(min(words, key=lambda pair: pair[0])[1]) in ended
