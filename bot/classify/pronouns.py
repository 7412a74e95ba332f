"""Whether a pronoun takes the people up again or stands for someone else.

"They were released" goes on about the people named the sentence before; "A Chinese man who
sheltered them was released" and "Ее адвокат был освобожден" do not: the pronoun is the object
of a relative clause on another (the grammar's `relatives`), or the owner of another's noun
(`possessives`). Told of that other, a release is no all-clear for the people.
"""

from __future__ import annotations

import re
from typing import Final

from bot.classify.language import RELATIVE_REACH
from bot.classify.matcher import Hit
from bot.classify.sentences import Sentence

OWNER_REACH: Final = 8  # characters before a pronoun where "của" may stand
_NEXT_WORD: Final = re.compile(r"\s+(?=\w)")
_FIRST_WORD: Final = re.compile(r"\W*(\w+)")


def own_pronouns(sentence: Sentence, status_at: int) -> tuple[Hit, ...]:
    """The sentence's `subject_pron` hits that stand for the people; `status_at` is where its
    first status word starts, in the sentence's text."""
    base = sentence.start
    return tuple(
        h
        for h in sentence.hits_of("subject_pron")
        if not anothers(sentence, h.start - base, h.end - base, status_at)
    )


def anothers(sentence: Sentence, start: int, end: int, status_at: int) -> bool:
    """Whether the pronoun at sentence.text[start:end] stands for someone else: the owner of a
    noun ("Ее адвокат", "luật sư của họ"; not "Их освободили", where a word the lexicon knows
    follows), or a few words into a relative clause told before the status word ("a man who
    sheltered them was released"; not "said that they were released", where it is the clause's
    subject, nor "police later released them")."""
    grammar, text = sentence.grammar, sentence.text
    if grammar.possessor_before.search(text, max(0, start - OWNER_REACH), start):
        return True
    if grammar.possessive_form.fullmatch(text, start, end) and _noun_after(sentence, end):
        return True
    if start >= status_at:
        return False
    return _in_relative(sentence, start)


def _in_relative(sentence: Sentence, start: int) -> bool:
    """Whether the pronoun starting at `start` is the object inside a relative clause: after a
    relative word that is the clause's subject ("qui les avait hébergés"), or a word or more
    after any other ("who sheltered them"; "that they were released" is a clause's subject)."""
    grammar, text = sentence.grammar, sentence.text
    lo = max(0, start - RELATIVE_REACH)
    marker = grammar.subject_relative.search(text, lo, start)
    if marker is None:
        marker = grammar.relative.search(text, lo, start)
        if marker is None or not text[marker.end() : start].strip():
            return False
    return not grammar.breaks(text, marker.end(), start) and not _named_between(
        sentence, marker.end(), start
    )


def _named_between(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a pronoun stands in sentence.text[start:end]: then the clause's object was that
    one ("a broker who guided them said they were released": "they" are the people)."""
    lo, hi = sentence.start + start, sentence.start + end
    return any(lo <= h.start < hi for h in sentence.hits_of("subject_pron"))


def opens_on_owner(sentence: Sentence, status_at: int) -> bool:
    """Whether the sentence opens on a possessive form and its noun, before its status word
    ("Su abogado fue liberado", "Their lawyer was released"): that noun is its subject, so even
    in a language that drops its subject the sentence is not about the people."""
    first = _FIRST_WORD.match(sentence.text)
    if first is None or first.end(1) >= status_at:
        return False
    start, end = first.span(1)
    grammar, text = sentence.grammar, sentence.text
    return (
        bool(grammar.possessive_form.fullmatch(text, start, end))
        and _noun_after(sentence, end)
        # "Sus familias dijeron que fueron liberados": the status has a subject of its own.
        and grammar.relative.search(text, end, status_at) is None
    )


def _noun_after(sentence: Sentence, end: int) -> bool:
    """Whether a word the lexicon does not know, or knows as someone who comes to see the people
    (`visitors`: "her lawyer"), and not a verb or a preposition of the grammar's
    `possessives.not_before`, follows right after offset `end`."""
    gap = _NEXT_WORD.match(sentence.text, end)
    if gap is None or sentence.grammar.object_after.match(sentence.text, gap.end()):
        return False
    at = sentence.start + gap.end()
    return not any(h.start <= at < h.end and not h.has("visitors") for h in sentence.hits)
