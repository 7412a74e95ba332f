"""Relatives named without a figure: how many people a sentence names by kinship.

"A defector in Seoul says his mother and younger sister were arrested": two, from the first
relative (the grammar's `names.kin` words, "his mother", 어머니, em gái cô) on, each person the
count reader names without a figure (`members`) counting once; the one speaking of them,
named before, is no one of theirs. A later "the two" (두 사람, hai người) names them again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.classify.grammar import LanguageGrammar
from bot.classify.numbers import CountReader
from bot.classify.sentences import Sentence


class KinCounter:
    """Counts the relatives a sentence names (built once from the lexicons)."""

    def __init__(self, grammars: Sequence[LanguageGrammar], counts: CountReader) -> None:
        self._counts = counts
        self._kin = {
            g.language: re.compile("|".join(f"(?:{p})" for p in g.names.kin), re.IGNORECASE)
            for g in grammars
            if g.names.kin
        }

    def __call__(self, sentence: Sentence) -> int:
        """How many people the sentence names from its first relative on (0: none)."""
        langs = sentence.grammar.langs
        starts = [
            m.start()
            for lang in langs
            if (pattern := self._kin.get(lang)) is not None
            and (m := pattern.search(sentence.text)) is not None
        ]
        if not starts:
            return 0
        first = min(starts)
        members = self._counts.members(sentence.text, langs)
        return sum(m.value for m in members if m.end > first)
