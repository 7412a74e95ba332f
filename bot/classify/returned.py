"""People named only by their return to the North.

"A family of four detained by police in Shenyang last month was sent back to North Korea on
Monday" never says "North Korean" or "defector": people held abroad and returned, or to be
returned, to the North are by that fact from the North. A return word that names the North as
where it sends them (destinations.sends_north: the `sent_to` markers and `north` words of the
lexicons) names the people then, in a sentence that tells them held (a custody word), counts or
groups them (a head count, a family, women, a group) and names no one else (workers, crews,
soldiers, other nationalities). Only a report with no word for the people is read so (the
classifier's first look): one with such a word names them by it. A return naming no place
("sent back this week") names no one, and neither do remains, a ship or its cargo, which
nothing counts as people.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from bot.classify.destinations import sends_north
from bot.classify.lexicon import Term
from bot.classify.matcher import Hit
from bot.classify.nouns import OTHERS, of_others
from bot.classify.numbers import Count
from bot.classify.sentences import Sentence

# A sentence that already names the people needs no return to name them.
NAMED: Final = ("subject", "subject_one", "subject_weak")
RETURNS: Final = ("repat", "facing")
HELD: Final = ("arrest", "apprehend", "detain", "custody")
# Others the sentence may be about (workers, crews, soldiers, other nationalities). Not those
# who speak of the people (activists), nor a helper or foreigner, who is often only the source
# ("a pastor said"): the traps read such a one as they read him beside "defectors".
NOT_THEM: Final = tuple(c for c in OTHERS if c not in ("bystanders", "trap_foreigner"))
GROUPED: Final = ("group", "one_family", "one_group")
# "they", 이들은, 他们: the people of the sentence before taken up.
PRONOUN: Final = "subject_pron"
SOURCE: Final = "sent_to.north"
# What the return word is read as once it names them: the people, from the North.
NAMING: Final = frozenset({"subject", "nk"})


def name_by_return(
    sentences: Sequence[Sentence], figures: Callable[[Sentence], list[Count]]
) -> None:
    """Make each return word that names the people of its sentence (see the module) a word for
    them too, in place: the sentence's hits and concepts then name them as "North Korean
    refugees" would. `figures`: the head counts a sentence gives (offsets in its own text)."""
    by_order = {s.order: s for s in sentences}
    for sentence in sentences:
        if sentence.has(*NAMED) or not sentence.has(*RETURNS) or sentence.has(*NOT_THEM):
            continue
        returns = [h for h in sentence.hits_of(*RETURNS) if sends_north(sentence, h)]
        if not returns:
            continue
        if not sentence.has(*HELD):
            _name_by_return_after(sentence, by_order.get(sentence.order - 1), returns, figures)
            continue
        if not _counted_or_grouped(sentence, figures):
            continue
        _name(sentence, returns)


def _name_by_return_after(
    sentence: Sentence,
    before: Sentence | None,
    returns: list[Hit],
    figures: Callable[[Sentence], list[Count]],
) -> None:
    """ "Police arrested a family of four in Dandong on Monday. They were sent back to North
    Korea on Thursday": the people the sentence before holds and counts, taken up by a pronoun
    or a figure before the return word, are named by their return to the North as in one sentence. Both
    sentences are made to name them: the custody words of the one before, and the return words."""
    if (
        before is None
        or before.field != sentence.field
        or before.has(*NAMED, *RETURNS)
        or not before.has(*HELD)
        or before.has(*NOT_THEM)
        or not _taken_up(sentence, returns[0], figures)
        or not _counted_or_grouped(before, figures)
    ):
        return
    _name(before, before.hits_of(*HELD))
    _name(sentence, returns)


def _taken_up(sentence: Sentence, first: Hit, figures: Callable[[Sentence], list[Count]]) -> bool:
    """Whether the people stand before the return word as a pronoun ("They were sent back") or
    a bare figure (4人は北朝鮮へ送還された)."""
    if any(p.end <= first.start for p in sentence.hits_of(PRONOUN)):
        return True
    return any(c.end + sentence.start <= first.start for c in figures(sentence))


def _name(sentence: Sentence, hits: Sequence[Hit]) -> None:
    sentence.hits = tuple(_naming(h) if h in hits else h for h in sentence.hits)
    sentence.concepts = sentence.concepts | NAMING


def _counted_or_grouped(sentence: Sentence, figures: Callable[[Sentence], list[Count]]) -> bool:
    if sentence.has(*GROUPED):
        return True
    return any(not of_others(sentence, count) for count in figures(sentence))


def _naming(hit: Hit) -> Hit:
    lang = next((e.lang for e in hit.entries if e.lang), "")
    added = tuple(
        Term(hit.surface, concept, source=SOURCE, lang=lang)
        for concept in sorted(NAMING - hit.concepts)
    )
    return Hit(hit.start, hit.end, hit.surface, hit.entries + added, hit.concepts | NAMING)
