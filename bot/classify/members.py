"""People named without a figure ("a boy", 母女, "her son"): read once per sentence, and set
among a sentence's figures, where a member that is a figure's own noun or names the figure's
people in an aside is no one more.
"""

from __future__ import annotations

import re
from typing import Final

from bot.classify.nouns import of_family
from bot.classify.numbers import Count, CountReader, unmatched_brackets
from bot.classify.sentences import Sentence

COORDINATION_REACH: Final = 16  # characters between two figures joined by "and" (과, と, 和)
ASIDE_REACH: Final = 24  # characters from a figure to the bracket of an aside naming its people
_PUNCTUATION: Final = re.compile(r"[^\w\s]")
_DASH: Final = re.compile(r"\s[—–―-]\s|[—―]+")  # a dash setting people off, not a hyphen
_STOP: Final = re.compile(r"[.;!?。；！？]")


class Members:
    """The people each sentence of one report names without a figure, read once per sentence:
    the head count and the one-person check both ask."""

    def __init__(self, reader: CountReader) -> None:
        self._reader = reader
        self._found: dict[int, list[Count]] = {}

    def of(self, sentence: Sentence) -> list[Count]:
        found = self._found.get(sentence.order)
        if found is None:
            found = self._reader.members(sentence.text, sentence.grammar.langs)
            self._found[sentence.order] = found
        return found


def with_members(sentence: Sentence, counts: list[Count], members: list[Count]) -> list[Count]:
    """The figures and, in reading order among them, the people named without a figure. A
    member that is a figure's own noun is no one more: inside it ("two children"), right before
    its counter (남자아이 1명), or after it in the same phrase (一名脱北者母亲: the figure then
    reaches to it, so a coordinator after the member joins the figure). The figures of an aside
    that names a figure's people one by one are no one more either
    (`_without_listing_asides`)."""
    out = _without_listing_asides(sentence, counts, members)
    for member in members:
        if any(_counted_by(sentence, c, member) or _in_aside(sentence, c, member) for c in out):
            continue
        head = next(
            (
                i
                for i, c in enumerate(out)
                if _noun_of(sentence, c, member) and not _family_named(sentence, c, member)
            ),
            None,
        )
        if head is not None:
            out[head] = out[head]._replace(end=member.end)
        else:
            out.append(member)
    return sorted(out, key=lambda c: c.start)


def _without_listing_asides(
    sentence: Sentence, counts: list[Count], members: list[Count]
) -> list[Count]:
    """The figures, less those in the aside of another figure whose people the aside lists one
    by one: "three North Koreans (a man and his two daughters)", 3名朝鲜人（母亲和两个儿子）,
    "трое граждан КНДР (мать и двое детей)" are three. The aside names a person without a figure
    beside its figures, and all it names add up to the figure before it; an aside of figures
    alone ("12 people (7 North Koreans)") is left to the partitive and total readings."""
    dropped: set[int] = set()
    for count in counts:
        if count.member or not count.exact:
            continue
        listed = [c for c in counts if c is not count and _in_aside(sentence, count, c)]
        # not a member a listed figure counts ("двух её сыновей", 两个儿子): one of its people
        named = [
            m
            for m in members
            if _in_aside(sentence, count, m)
            and not any(_counted_by(sentence, c, m) or _noun_of(sentence, c, m) for c in listed)
        ]
        if listed and named and sum(c.value for c in (*listed, *named)) == count.value:
            dropped.update(id(c) for c in listed)
    return [c for c in counts if id(c) not in dropped] if dropped else list(counts)


def _family_named(sentence: Sentence, count: Count, member: Count) -> bool:
    """Whether a couple after a family's figure begins naming its members ("семью из четырех
    человек из КНДР — супругов и двух сыновей", "ครอบครัว ... 4 คน สามีภรรยาและลูกชาย 2 คน"):
    no noun of the figure, a member of the family the list goes on with."""
    return member.value == 2 and of_family(sentence, count)


def _in_aside(sentence: Sentence, count: Count, member: Count) -> bool:
    """Whether the member stands in a bracket that opens the figure's aside and has not closed:
    "two defectors (a mother and her son)", 2名脱北者（母亲和儿子）, "двое беглецов (мать и сын)"
    name the two, they add no one."""
    if count.member or member.start < count.end:
        return False
    between = sentence.text[count.end : member.start]
    _, opened = unmatched_brackets(between)
    if opened is None:
        opened = _dash_set(sentence.text, count.end, member)
    return (
        opened is not None
        and opened <= ASIDE_REACH
        and not _PUNCTUATION.search(between, 0, opened)
    )


def _dash_set(text: str, start: int, member: Count) -> int | None:
    """Where a dash opens a set of the people between two dashes holding the member, counted
    from `start`: "Трое граждан КНДР — мужчина и его дочери — были задержаны" names the three.
    None when no dash opens one, or none closes it after the member in its sentence."""
    opening = _DASH.search(text, start, member.start)
    if opening is None or _DASH.search(text, opening.end(), member.start):
        return None
    closing = _DASH.search(text, member.end)
    if closing is None or _STOP.search(text, member.end, closing.start()):
        return None
    return opening.start() - start


def _counted_by(sentence: Sentence, count: Count, member: Count) -> bool:
    """Whether a figure counts the member: it holds it, or stands right after it (남자아이 1명)."""
    if count.start < member.end and member.start < count.end:
        return True
    right_after = count.start >= member.end and not sentence.text[member.end : count.start].strip()
    return right_after and not count.member


def _noun_of(sentence: Sentence, count: Count, member: Count) -> bool:
    """Whether `member` ends the phrase a figure opens (一名脱北者母亲, "one defector mother")."""
    gap = member.start - count.end
    # people added to others (자녀 2명을 데리고 탈북한 부부) have a noun of their own
    if count.member or count.additive or not 0 <= gap <= COORDINATION_REACH:
        return False
    between = sentence.text[count.end : member.start]
    grammar = sentence.grammar
    return not grammar.breaks(between, 0, len(between)) and not grammar.coordinated(
        sentence.text, count.end, member.start
    )
