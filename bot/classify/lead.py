"""The headline's head count and the lead's fuller list: a headline names fewer people than
the text's first sentence that lists them one by one ("N. Korean mother, child detained" over
"a woman, her daughter and her grandson"; "семья с тремя детьми" over "супругов и их троих
детей"), and the list counts them all.
"""

from __future__ import annotations

import re
from typing import Final

from bot.classify.lists import LIST_COMMAS, LIST_WORD
from bot.classify.numbers import Count, CountReader
from bot.classify.sentences import Sentence

ASIDE: Final = re.compile(r"[—–:：(（]|\s-\s")  # an apposition's marks, which name people again


class Lead:
    """A headline's figures and the list the text's first counting sentence opens on: a headline
    names fewer people than the lead that lists them one by one, naming one or two of them
    without a figure ("N. Korean mother, child detained" over "a woman, her daughter and her
    grandson"; 脱北者の夫婦と子ども over 夫婦と子ども3人; "семья с тремя детьми" over "супругов и
    их троих детей"). The fuller list counts."""

    def __init__(self) -> None:
        self.title: str | None = None  # the headline's text, which a text may repeat
        self.head: list[Count] = []
        self.listed: Count | None = None
        self.done = False

    def read(
        self,
        sentence: Sentence,
        found: list[Count],
        listed: list[Count],
        every: list[Count],
        members: list[Count],
        reader: CountReader,
    ) -> None:
        """Takes the figures a sentence about the people gives, in reading order, until the
        text's first sentence that counts someone (past a headline it repeats)."""
        if self.done or not found:
            return
        text = sentence.text.strip()
        if sentence.field == "title" or text == self.title:
            self.title = text
            self.head.extend(found)
            return
        self.done = True
        first = found[0]
        if self.head and first in listed and adds_up(sentence, first, every, members, reader):
            self.listed = first

    def fuller(self, counts: list[Count]) -> list[Count]:
        """The figures less the headline's, when the lead's list is exact and counts more
        people than every figure the headline gives, none of them added, bounded or approximate."""
        listed = self.listed
        if (
            listed is None
            or not listed.exact
            or listed.additive
            or not all(c.plain or c.member for c in self.head)
            or any(c.value >= listed.value for c in self.head)
        ):
            return counts
        return [c for c in counts if c not in self.head]


def adds_up(
    sentence: Sentence,
    listed: Count,
    every: list[Count],
    members: list[Count],
    reader: CountReader,
) -> bool:
    """Whether a list adds people to its first item: one of them is named by kin or a word for
    one person ("eight North Koreans and seven Cambodians" lists others too), its first item
    is joined to the next by a coordinator or a comma (and at most one short word), with no
    aside, and the rest neither name the first again ("Две северокореянки — мать и её дочь")
    nor are a part of it ("Sept Nord-Coréens, dont deux femmes et un enfant")."""
    parts = [c for c in every if listed.start <= c.start and c.end <= listed.end]
    if len(parts) < 2 or not any(c.member for c in parts):
        return False
    first, rest = parts[0], parts[1:]
    text = sentence.text
    if ASIDE.search(text, listed.start, listed.end):
        return False
    if any(first.start < m.start and m.end <= first.end for m in members):
        return False  # "ครอบครัว 3 คน พ่อ แม่ และลูกชาย": the figure's people named after it
    grammar = sentence.grammar
    gap = text[first.end : rest[0].start]
    coordinated = grammar.coordinated(text, first.end, rest[0].start)
    if coordinated:
        gap = grammar.coordinator.sub(" ", gap)
    # After a coordinator, at most one short word besides: "супругов и их троих детей".
    words = "".join(" " if ch in LIST_COMMAS else ch for ch in gap).split()
    return (
        (not words or (coordinated and len(words) == 1 and len(words[0]) <= LIST_WORD))
        and (first.member or sum(c.value for c in rest) != first.value)
        and not reader.includes(text, first, rest[0])
    )
