"""Figures joined into one group, counted once.

Figures of the people joined by "and" in one clause, a list parted by commas ("three women, two
men and a girl"; "two men, three women" when its items are peers), groups caught at two places
("在沈阳抓获3名脱北者，在丹东抓获2名"), and people named again after a comma ("two defectors, a mother and her
son"), who are no one more.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from bot.classify.matcher import Hit
from bot.classify.members import COORDINATION_REACH
from bot.classify.nouns import (
    BESIDE,
    PERSON_NOUNS,
    naming_rank,
    of_family,
    of_group,
    own_rank,
    written_rank,
)
from bot.classify.numbers import Count, CountReader
from bot.classify.sentences import PHRASE_SPACE, Sentence

# what others may do that the people do not
ALL_CLEAR_WORDS: Final = ("release", "third", "missing")
NOT_PLACES: Final = ("country", "demonym", "government")  # kinds naming a country or its people
LIST_COMMAS: Final = frozenset({",", "，", "、"})  # what parts the items of a list in every script
# characters of the one word a list comma may stand beside (, 어린이 1명; 妇女、)
LIST_WORD: Final = 6
# what may close an age told after the people before a coordinator: "45 tuổi, cùng vợ"
_AGE_CLOSE: Final = re.compile(r"\s*[,，、]?\s*")
NOUN_AFTER: Final = 3  # characters after a figure within which its noun may begin (2人の子ども)


def joined_groups(
    sentence: Sentence, found: list[Count], every: list[Count], reader: CountReader
) -> list[Count]:
    """ "Two women and three children", "여성 2명과 어린이 1명", "女性2人と子ども1人": figures of
    the people joined by a `coordinators` word in one clause count one group together, and so
    does a list whose items are parted by commas when a coordinator joins its last ("three
    women, two men and a girl": six), or by commas alone when its items are peers ("two men,
    three women": five; "woman, two children": three; `_peers`). A group named again after a
    comma is not more of it (`_restated`)."""
    chains: list[tuple[list[Count], list[bool]]] = []  # the figures of a list, and their links
    last = -2  # where in `every` the last figure kept stands
    for count in found:
        index = every.index(count)
        link = _link(sentence, chains[-1][0][-1], count) if chains and index == last + 1 else None
        if link is None:
            chains.append(([count], []))
        else:
            chains[-1][0].append(count)
            chains[-1][1].append(link)
        last = index
    out: list[Count] = []
    for chain, chain_links in chains:
        figures, links = _one_named_again(sentence, chain, chain_links)
        if _restated(sentence, figures, links):
            out.append(figures[0]._replace(end=figures[-1].end))
        elif any(links) or _peers(sentence, figures, reader):
            out.append(_sum(sentence, figures))
        else:
            out.extend(figures)
    return out


def _one_named_again(
    sentence: Sentence, figures: list[Count], links: list[bool]
) -> tuple[list[Count], list[bool]]:
    """ "мужчину, гражданина КНДР", "一名男子，一名朝鲜公民": one person named by a bare word
    (a man, a woman), then, after a comma alone, one person named by a surer word for the
    people, in the figure's words or written right after them (a Chinese counter leaves the
    noun outside: 一名[朝鲜公民]): an apposition naming the same person again, one, not two. (An enumeration comma, 、,
    lists peers: "一名妇女、一名朝鲜男子" are two.)"""
    if len(figures) < 2:
        return figures, links
    out: list[Count] = [figures[0]]
    kept: list[bool | None] = []
    for link, count in zip(links, figures[1:], strict=True):
        last = out[-1]
        gap = sentence.text[_phrase_end(sentence, last) : count.start]
        if (
            link is False
            and last.value == 1
            and count.value == 1
            and "、" not in gap
            and written_rank(sentence, count) > written_rank(sentence, last)
            and not (kept and kept[-1] is None)
        ):
            out[-1] = last._replace(end=count.end, text=sentence.text[last.start : count.end])
            kept.append(None)
            continue
        out.append(count)
        kept.append(link)
    return out, [k for k in kept if k is not None]


def _restated(sentence: Sentence, figures: list[Count], links: list[bool]) -> bool:
    """ "Two defectors, a mother and her son", "탈북민 2명, 어머니와 아들", "脱北者2人、母親と息
    子", "两名脱北者，一名妇女和她的儿子": a figure, a comma, and people named one by one (without
    a figure, or "one woman"), joined by a coordinator, who add up to it name that figure's
    people again (an apposition); they are not more of them. So do groups (women, children)
    that add up to it when the figure names the people more surely than they do ("Seven North
    Korean defectors, five women and two children": seven), one person among them or not
    ("three refugees, two women and a man": three; "three North Koreans, a woman with her two
    sons": three). (A list of groups, "three North Korean women, two men and a girl", or "three
    North Korean women, a man and his two sons", is one group of six.)"""
    if len(figures) < 2 or figures[0].member or links[0]:
        return False
    rest = figures[1:]
    if sum(c.value for c in rest) != figures[0].value:
        return False
    rank = max(naming_rank(sentence, c) for c in rest)
    groups = any(of_group(sentence, c) for c in rest) and all(
        of_group(sentence, c) or c.member or c.value == 1 for c in rest
    )
    # A first figure of a group itself ("three North Korean women, a man and his two sons")
    # heads a list of groups, not an apposition naming it.
    surer = (
        groups
        and naming_rank(sentence, figures[0]) > rank
        and not _group_first(sentence, figures[0])
    )
    one_by_one = (
        len(figures) > 2 and any(links[1:]) and all(c.member or c.value == 1 for c in rest)
    )
    # "일가족 4명, 부부와 두 아들", "一家4人、夫婦と息子2人": a family's figure, and its members
    # after a comma, the couple and their sons: four, not eight.
    return surer or one_by_one or of_family(sentence, figures[0])


def _group_first(sentence: Sentence, first: Count) -> bool:
    """Whether a group's word (women, children) names the first figure of a list: in its words,
    right before them, or right after them with no list comma between ("three North Korean
    women, ...", "三名朝鲜妇女、...", "북한 여성 3명, ...")."""
    start, end = first.start + sentence.start, first.end + sentence.start
    for hit in sentence.hits_of("group"):
        if start - BESIDE <= hit.end and hit.start < end:
            return True
        gap = sentence.text[first.end : hit.start - sentence.start]
        if end <= hit.start < end + NOUN_AFTER and not LIST_COMMAS.intersection(gap):
            return True
    return False


def _peers(sentence: Sentence, figures: list[Count], reader: CountReader) -> bool:
    """Whether figures parted by list commas alone count groups side by side ("two men, three
    women", "남성 2명, 여성 3명", "男性2人、女性3人"): none a part of the one before ("five
    defectors, two of them children", "其中8人") and none named less surely than the first
    ("five defectors, two children" describes the five), unless the first is one person named
    without a figure: a figure of more than one after her is no aside naming her again
    ("N. Korean woman, two children": three)."""
    if len(figures) < 2 or any(reader.opens_part(sentence.text, c) for c in figures[1:]):
        return False
    if any(_bare_part(sentence, a, b) for a, b in pairwise(figures)):
        return False
    if figures[0].member and figures[0].value == 1 and all(c.value > 1 for c in figures[1:]):
        return True
    first = own_rank(sentence, figures[0])
    return all(own_rank(sentence, c) >= first for c in figures[1:])


def _bare_part(sentence: Sentence, before: Count, count: Count) -> bool:
    """Whether a figure right after a list comma, naming no one in its own words, is fewer than
    the figure before: a part of them, as a headline shortens "of whom" ("女性9人、3人を釈放",
    "6人、4人は北に送還"), no group beside them; or as many: the same people named again as
    their clause goes on ("抓获6名脱北者，6人被关押", "6人を拘束し、6人は収容されている")."""
    gap = sentence.text[_phrase_end(sentence, before) : count.start]
    return (
        count.value <= before.value
        and not count.member
        and list_comma(gap)
        and gap.rstrip()[-1:] in LIST_COMMAS
        and not _named_near(sentence, count)
    )


def _named_near(sentence: Sentence, count: Count) -> bool:
    """Whether a word for people stands in a figure's words or right after them ("2人の子ども",
    "2名儿童"), naming a group of its own."""
    start = count.start + sentence.start
    end = count.end + sentence.start + NOUN_AFTER
    return any(
        start <= h.start < end and not h.concepts.isdisjoint(PERSON_NOUNS) for h in sentence.hits
    )


def _link(sentence: Sentence, before: Count, count: Count) -> bool | None:
    """How two figures next to each other are linked: True by a coordinator, False by a list
    comma only, None not at all. A place named between them does not part them, and a list
    comma with a place makes them two groups of the people ("선양에서 3명을, 단둥에서 2명을",
    "在沈阳抓获3名脱北者，在丹东抓获2名": five)."""
    after = _phrase_end(sentence, before)
    if not (before.plain and count.plain):
        return None
    places = _place_chars(sentence, after, count.start) + _age_chars(sentence, after, count.start)
    if count.start - after - places > COORDINATION_REACH:
        return None
    if sentence.grammar.coordinated(sentence.text, after, count.start):
        return True
    if _apposition_joined(sentence, before, after, count):
        return True
    if not (before.member or count.member) and _elsewhere(sentence, before, after, count):
        return True
    gap = sentence.text[after : count.start]
    parted = (
        list_comma(gap)
        or _spaced_item(sentence, after, count.start)
        or _spaced_after_age(sentence, before, after, count)
    )
    return False if parted else None


def _apposition_joined(sentence: Sentence, before: Count, after: int, count: Count) -> bool:
    """ "Mrs Park, a North Korean defector, and her daughter", "金女士，一名朝鲜脱北者，和她的儿子":
    one person named in an aside that commas set off, and one named without a figure, joined
    to her by a coordinator right after the aside's closing comma, are two people."""
    if before.value != 1 or count.value != 1 or not count.member:
        return False
    if sentence.text[: before.start].rstrip()[-1:] not in LIST_COMMAS:
        return False  # no aside opens before the first
    gap = sentence.text[after : count.start]
    commas = [i for i, ch in enumerate(gap) if ch in LIST_COMMAS]
    if len(commas) != 1 or sentence.grammar.breaks(gap, 0, commas[0]):
        return False  # the aside's own words (朝鲜脱北者) may run on to its closing comma
    return sentence.grammar.coordinated(sentence.text, after + commas[0] + 1, count.start)


def _spaced_item(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a gap parts two items of a list as a comma does in a script written without
    spaces: a space, then one word naming the next item's people, then the figure ("ชาย 2 คน
    หญิง 3 คน": two men, three women)."""
    gap = sentence.text[start:end]
    word = gap.strip()
    if not word or not gap[-1].isspace() or not PHRASE_SPACE.match(sentence.text, start):
        return False
    first = start + gap.index(word[0]) + sentence.start
    return any(
        h.start == first and h.end == first + len(word) and not h.concepts.isdisjoint(PERSON_NOUNS)
        for h in sentence.hits
    )


def _spaced_after_age(sentence: Sentence, before: Count, after: int, count: Count) -> bool:
    """Whether a space alone parts an item closed by its age, or one person named without a
    figure, from one person named next, as a comma does in a script written without spaces
    ("หญิงอายุ 34 ปี ลูกสาววัย 12 ปี และชาย...": a woman, 34, her daughter, 12, and a man;
    "นายลี ภรรยาและลูกสองคน": Mr Lee, his wife and their two children)."""
    if not count.member or after < before.end or sentence.text[after : count.start].strip():
        return False
    aged = any(ch.isdigit() for ch in sentence.text[before.end : after])
    one = before.member and before.value == 1
    return (aged or one) and PHRASE_SPACE.match(sentence.text, after) is not None


def _elsewhere(sentence: Sentence, before: Count, after: int, count: Count) -> bool:
    """Whether the words from `after` to the second figure part two groups caught at two places:
    each figure has a place of its own before it, the gap holds one list comma and no word of a
    release, an escape, an arrival or of others ("在沈阳抓获3名脱北者，在丹东抓获2名"; not "7名
    在昆明被捕，其余2人已抵达泰国", nor a headline's "一家4人、丹東の収容施設に 子ども2人")."""
    if sum(ch in LIST_COMMAS for ch in sentence.text[after : count.start]) != 1:
        return False
    first = {h.surface for h in _places_within(sentence, 0, before.start)}
    second = {h.surface for h in _places_within(sentence, after, count.start)}
    if not first or not second - first:
        return False
    return not any(
        after <= h.start - sentence.start < count.start
        for h in sentence.hits_of(*ALL_CLEAR_WORDS, "others")
    )


def _place_chars(sentence: Sentence, start: int, end: int) -> int:
    """How many characters of text[start:end] name a place within a country (a city, a region),
    not a country or its people (중국인 2명 are others, not a second place)."""
    return sum(h.end - h.start for h in _places_within(sentence, start, end))


def _age_chars(sentence: Sentence, start: int, end: int) -> int:
    """How many characters of text[start:end] tell the age of the next item's people, written
    after their noun and before its figure, as Thai writes it ("และหญิงวัย 20 ปี 2 คน"): no
    words that part two groups."""
    if not any(ch.isdigit() for ch in sentence.text[start:end]):
        return 0
    age = sentence.grammar.age_after
    told = 0
    at = start
    while at < end:
        found = age.search(sentence.text, at, end)
        if found is None or found.end() <= found.start():
            break
        told += found.end() - found.start()
        at = found.end()
    return told


def _places_within(sentence: Sentence, start: int, end: int) -> list[Hit]:
    return [
        h
        for h in sentence.hits_of("place")
        if start <= h.start - sentence.start
        and h.end - sentence.start <= end
        and any(e.concept == "place" and e.kind not in NOT_PLACES for e in h.entries)
    ]


def _phrase_end(sentence: Sentence, count: Count) -> int:
    """Where a figure's noun phrase ends: a term for people that begins in the figure's words
    may run on past them, in languages that put the nationality after the noun ("hai phụ nữ
    Triều Tiên và một bé trai": two North Korean women and a boy), and so does their
    nationality written right after them ("hai mẹ con người Triều Tiên và hai người đàn ông",
    "แม่ลูกชาวเกาหลีเหนือและชาย 2 คน": four)."""
    start, end = count.start + sentence.start, count.end + sentence.start
    ends = [
        h.end
        for h in sentence.hits
        if start <= h.start < end and h.end > end and not h.concepts.isdisjoint(PERSON_NOUNS)
    ]
    end = _nationality_after(sentence, max(ends, default=end)) - sentence.start
    age = sentence.grammar.age_after.match(sentence.text, end)
    if age is None:
        return end
    # An age told right after the people is theirs ("a woman, 33, and her son"); a list comma
    # closing it parts the next item unless a coordinator follows ("man, 45, his wife").
    told = age.group().rstrip()
    after = end + len(told)
    gap = _AGE_CLOSE.match(sentence.text, after)
    assert gap is not None  # it matches the empty string
    if sentence.grammar.coordinator.match(sentence.text, gap.end()):
        return gap.end()
    return after - 1 if told[-1:] in LIST_COMMAS else after


def _nationality_after(sentence: Sentence, end: int) -> int:
    """Where a term naming North Koreans written right after `end` (offsets in the text) ends,
    or `end` when none is: "mẹ con người Triều Tiên", "แม่ลูกชาวเกาหลีเหนือ"."""
    return next(
        (
            h.end
            for h in sentence.hits
            if h.start >= end
            and "nk" in h.concepts
            and not h.concepts.isdisjoint(PERSON_NOUNS)
            and not sentence.text[end - sentence.start : h.start - sentence.start].strip()
        ),
        end,
    )


def list_comma(gap: str) -> bool:
    """Whether a gap parts two items of a list: one comma, and beside it at most the one word
    that names the next item before its counter (", 어린이 1명") or the last after it (妇女、)."""
    commas = [ch for ch in gap if ch in LIST_COMMAS]
    if len(commas) != 1:
        return False
    rest = gap.replace(commas[0], " ").split()
    return len(rest) <= 1 and sum(map(len, rest)) <= LIST_WORD


def _sum(sentence: Sentence, figures: list[Count]) -> Count:
    first, final = figures[0], figures[-1]
    return first._replace(
        value=sum(c.value for c in figures),
        text=sentence.text[first.start : final.end],
        end=final.end,
        member=all(c.member for c in figures),
    )
