"""Head counts of one report: how many people its sentences about the incident count.

Reads the figures of each sentence (`CountReader`) and the people named without one, and
decides which are the incident's: not other people counted beside them (missionaries, other
nationalities, "the four" activists told of before), not others who did something else in a
clause of their own ("另有3人逃脱"), not people of another time ("last month, three others");
figures joined by "and" (or caught at two places) count one group, people named again after a
comma ("two defectors, a mother and her son") are no one more, the others one headline and its
text both tell are added once, a headline's total the text splits into a part and the
others with them is not added to, and a total of which only a part is named as North Koreans
("12 people, including eight North Koreans") gives way to that part. `choose_people`
(people.py) then applies the documented rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bot.classify.apart import outside
from bot.classify.matcher import Hit
from bot.classify.members import COORDINATION_REACH, Members, with_members
from bot.classify.numbers import Count, CountReader, Readings
from bot.classify.people import People, choose_people
from bot.classify.rules import View
from bot.classify.sentences import Sentence

NAMING_PEOPLE = ("subject", "subject_one", "subject_weak")
# Counted people who are not the incident's: missionaries and brokers, other nationalities,
# soldiers, crews ("한국인 선교사 2명과 탈북자 8명": eight).
OTHERS = ("trap_foreigner", "trap_other", "trap_pow", "trap_workers", "trap_voluntary")
PERSON_NOUNS = frozenset({*NAMING_PEOPLE, *OTHERS, "subject_pron", "group"})
# A space between two characters of a script written without spaces (Chinese, kana, Thai).
_PHRASE_SPACE = re.compile(
    r"(?<=[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff])\s+(?=[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff])"
)
OPENER = 5  # letters of the word that may open a clause before its subject ("and", "while")
# The words of an arrest, a custody, a return or a release: a clause with none tells no status.
STATUS_WORDS = ("arrest", "apprehend", "detain", "custody", "facing", "repat", "repat_topic",
                "expel", "release", "third", "missing")  # fmt: skip
ALL_CLEAR_WORDS = ("release", "third", "missing")  # what others may do that the people do not
NOT_PLACES = ("country", "demonym", "government")  # kinds naming a country or its people
BESIDE = 3  # characters between a figure and the noun it counts (탈북자 8명, 2名传教士)
LIST_COMMAS = frozenset({",", "，", "、"})  # what parts the items of a list in every script
LIST_WORD = 6  # characters of the one word a list comma may stand beside (, 어린이 1명; 妇女、)
TIMES = ("recent", "period", "long_ago")  # the words that date a sentence to a time


def count_people(
    views: tuple[View, ...], readings: Readings, named: Members, parts: tuple[View, ...] = ()
) -> tuple[People, View | None, set[int]]:
    """The head count, the view it came from, and the sentences (by order) giving a count.
    `parts` are sentences that may name a part of the people counted in the sentence before
    (`_parts_told_after`)."""
    reader = readings.reader
    counts: list[Count] = []
    wholes: dict[int, tuple[Count, int]] = {}  # a sentence's first exact figure, and its rank
    splits: list[tuple[Count, int]] = []  # a figure of the people, and the others' beside it
    first_view: View | None = None
    counted: set[int] = set()
    beside_them = False  # a sentence counts others beside "they"
    # Figures of other people ("four South Korean activists"): "the four" later names them.
    others_told: set[int] = set()
    for view in views:
        sentence = view.sentence
        members = named.of(sentence)
        if (
            not members
            and not sentence.has("number")
            and not reader.numeral_chars.search(sentence.text)
        ):
            continue
        events = [e.hit.start - sentence.start for e in (*view.events, *view.cancelled)]
        reading = readings.of(sentence, events)
        found_here = reading.counts
        if view.apart:
            found_here = _without_apart(found_here, view.apart)
        splits.extend(_parts_beside_others(sentence, reading.replaced))
        splits.extend(_named_parts(sentence, [*found_here, *reading.dropped], reader))
        every = with_members(sentence, found_here, members)
        theirs = [
            c
            for c in every
            if not _of_others(sentence, c) and not (c.value in others_told and _bare(sentence, c))
        ]
        others = sum(c.value for c in every if c not in theirs and not c.member)
        others_told.update(c.value for c in every if c not in theirs and not c.member)
        others_told.update(_loose_numbers(sentence, every))
        joined = _joined(sentence, theirs, every, reader)
        found = [c for c in joined if not (c.member and c.value < 2)]
        told = [h.start - sentence.start for h in sentence.hits_of(*STATUS_WORDS)]
        found = [c for c in found if not _added_apart(sentence, c, told, every)]
        if first_view is not None and _another_time(first_view.sentence, sentence, found):
            continue  # "Last month, three others were caught in Dandong": another arrest
        beside_them = beside_them or (
            sentence.has("subject_pron") and any(c.additive for c in found)
        )
        splits.extend((c, others) for c in found if others)
        if found:
            counted.add(sentence.order)
            whole = next((c for c in found if c.exact and not (c.additive or c.member)), None)
            if whole is not None:
                wholes.setdefault(sentence.order, (whole, _naming_rank(sentence, whole)))
            if first_view is None:
                first_view = view
        # A headline and the text tell the same others ("and two other defectors"): once,
        # where the text tells them.
        again = {c.value for c in found if c.additive}
        counts = [c for c in counts if not (c.additive and c.value in again)]
        retold = _retold(counts, found)
        counts.extend(c for c in found if not (c.additive and retold))
    singular = next((h.surface for v in views for h in v.sentence.hits_of("subject_one")), None)
    if beside_them and not singular and all(c.additive for c in counts):
        # "They killed 16 other crew", "이들과 다른 3명": only the others are counted, a
        # specific detail of the incident but no count of its people.
        only_others = People(None, counts[0].text, True, counts[0].value, others_only=True)
        return only_others, first_view, counted
    splits.extend(_parts_told_after(parts, wholes, readings))
    return _without_others(choose_people(counts, singular=singular), splits), first_view, counted


def _parts_told_after(
    parts: tuple[View, ...], wholes: dict[int, tuple[Count, int]], readings: Readings
) -> list[tuple[Count, int]]:
    """ "Police arrested 12 people. Eight of them were North Korean defectors.", "이 가운데
    8명이 탈북민", "其中8人是脱北者", "Из них восемь — граждане КНДР": a sentence that tells no
    status, right after one counting people, and opens on a part of them (`inclusive`,
    `part_after`) named by a surer word for the people than the figure before, gives that part,
    with the others beside it, for the figure before to give way to (`_named_parts` within one
    sentence)."""
    out = []
    for view in parts:
        sentence = view.sentence
        before = wholes.get(sentence.order - 1)
        if before is None or view.events or view.cancelled:
            continue
        whole, rank = before
        counts = readings.of(sentence, ()).counts
        part = counts[0]._replace(lower_bound=False, total=False) if counts else None
        if (
            part is not None
            and _plain(part)
            and part.value < whole.value
            and readings.reader.opens_part(sentence.text, part)
            and _part_rank(sentence, part) > rank
        ):
            out.append((part, whole.value - part.value))
    return out


def _without_apart(counts: list[Count], apart: Sequence[tuple[int, int]]) -> list[Count]:
    """The figures of a sentence less another group's (`apart`); a figure added to that group's
    ("three more defectors", after 200 sent back in April) counts these people alone."""
    return [c._replace(additive=False) for c in outside(counts, apart)]


def _retold(counts: list[Count], found: list[Count]) -> bool:
    """Whether the text tells again, as a part and the others with them, the people an earlier
    figure counted: a headline's "Five defectors arrested" and its text's "two defectors ...
    along with three other North Koreans" (탈북민 2명이 다른 북한 주민 3명과 함께) are five."""
    first = next((i for i, c in enumerate(counts) if not c.additive), None)
    if first is None or not _plain(counts[first]) or not any(c.additive for c in found):
        return False
    # The part: the figure nearest before the others (the headline may stand again before it).
    later = [*counts[first + 1 :], *found]
    added_at = next(i for i, c in enumerate(later) if c.additive)
    own = next((c for c in reversed(later[:added_at]) if not c.additive), None)
    if own is None or not _plain(own):
        return False
    added = sum(c.value for c in later[added_at:] if c.additive)
    return own.value + added == counts[first].value


def _loose_numbers(sentence: Sentence, counts: list[Count]) -> set[int]:
    """The number words no count holds: "released four South Korean activists" (no noun for
    the people) counts someone "the four" may name later."""
    out = set()
    for hit in sentence.hits_of("number"):
        start, end = hit.start - sentence.start, hit.end - sentence.start
        if any(c.start < end and start < c.end for c in counts):
            continue
        value = next((e.value for e in hit.entries if e.concept == "number"), "")
        if value.isdigit():
            out.add(int(value))
    return out


def _bare(sentence: Sentence, count: Count) -> bool:
    """Whether a figure names no one ("the four", "all nine"): no counter or noun after the
    figure, no noun for people inside it."""
    start, end = count.start + sentence.start, count.end + sentence.start
    if count.member or count.end != count.figure_end:
        return False
    return not any(
        h.start < end and start < h.end and not h.concepts.isdisjoint(PERSON_NOUNS)
        for h in sentence.hits
    )


def _added_apart(
    sentence: Sentence, count: Count, events: Sequence[int], every: Sequence[Count]
) -> bool:
    """ "5名脱北者被捕，另有3人逃脱", "다른 3명은 달아났다": people added in a clause of their
    own, which goes on past them and tells no status word, did something else: they are not
    the incident's people. ("... with two other defectors", "and two others.", and "detained a
    defector and two others near the border", joined to the people named just before, are.)"""
    if not count.additive or not events or _joined_to_before(sentence, count, every):
        return False
    edges = _clause_edges(sentence)

    def apart(start: int, end: int) -> bool:
        return any(start <= a < end for a, _b in edges)

    for event in events:
        if event < count.start and not apart(event, count.start):
            return False
        if event >= count.end and not apart(count.end, event):
            return False
    # The figure opens its clause (its subject, past a word such as "and"): "rồi bắt 6
    # người khác" (then arrested six others) has a verb of its own before it.
    opening = max((b for _a, b in edges if b <= count.start), default=0)
    closing = min((a for a, _b in edges if a >= count.end), default=len(sentence.text))
    lead = sum(ch.isalpha() for ch in sentence.text[opening : count.start])
    own = sum(ch.isalpha() for ch in sentence.text[count.end : closing])
    return lead <= OPENER and own >= 2


def _joined_to_before(sentence: Sentence, count: Count, every: Sequence[Count]) -> bool:
    """Whether a coordinator alone joins the figure to the people named right before it."""
    before = [c for c in every if c.end <= count.start]
    if not before:
        return False
    end = max(c.end for c in before)
    return count.start - end <= COORDINATION_REACH and sentence.grammar.coordinated(
        sentence.text, end, count.start
    )


def _clause_edges(sentence: Sentence) -> list[tuple[int, int]]:
    """Where the clauses of a sentence part: its language's clause breaks, and the spaces of a
    script written without them (a headline's "抓获5名脱北者 另有3人逃脱")."""
    text = sentence.text
    edges = [m.span() for m in sentence.grammar.clause_break.finditer(text)]
    return sorted([*edges, *(m.span() for m in _PHRASE_SPACE.finditer(text))])


def _another_time(first: Sentence, sentence: Sentence, found: list[Count]) -> bool:
    """Whether a later sentence adds people ("three others") told of a time of its own, not
    the one the first figure's sentence tells of: the people of another arrest."""
    if not found or not all(c.additive for c in found):
        return False
    mine = _times(sentence)
    return bool(mine) and mine != _times(first)


def _times(sentence: Sentence) -> frozenset[str]:
    return frozenset(h.surface.lower() for h in sentence.hits_of(*TIMES))


def _joined(
    sentence: Sentence, found: list[Count], every: list[Count], reader: CountReader
) -> list[Count]:
    """ "Two women and three children", "여성 2명과 어린이 1명", "女性2人と子ども1人": figures of
    the people joined by a `coordinators` word in one clause count one group together, and so
    does a list whose items are parted by commas when a coordinator joins its last ("three
    women, two men and a girl": six), or by commas alone when its items are peers ("two men,
    three women": five; `_peers`). A group named again after a comma is not more of it
    (`_restated`)."""
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
    for figures, links in chains:
        if _restated(sentence, figures, links):
            out.append(figures[0]._replace(end=figures[-1].end))
        elif any(links) or _peers(sentence, figures, reader):
            out.append(_sum(sentence, figures))
        else:
            out.extend(figures)
    return out


def _restated(sentence: Sentence, figures: list[Count], links: list[bool]) -> bool:
    """ "Two defectors, a mother and her son", "탈북민 2명, 어머니와 아들", "脱北者2人、母親と息
    子", "两名脱北者，一名妇女和她的儿子": a figure, a comma, and people named one by one (without
    a figure, or "one woman"), joined by a coordinator, who add up to it name that figure's
    people again (an apposition); they are not more of them. So do groups (women, children)
    that add up to it when the figure names the people more surely than they do ("Seven North
    Korean defectors, five women and two children": seven). (A list of groups, "three North
    Korean women, two men and a girl", is one group of six.)"""
    if len(figures) < 2 or figures[0].member or links[0]:
        return False
    rest = figures[1:]
    if sum(c.value for c in rest) != figures[0].value:
        return False
    rank = max(_naming_rank(sentence, c) for c in rest)
    groups = all(_of_group(sentence, c) for c in rest)
    surer = groups and _naming_rank(sentence, figures[0]) > rank
    one_by_one = (
        len(figures) > 2 and any(links[1:]) and all(c.member or c.value == 1 for c in rest)
    )
    return surer or one_by_one


def _of_group(sentence: Sentence, count: Count) -> bool:
    """Whether a figure counts a group of the people (women, children), by the noun beside it."""
    hit = _nearest_noun(sentence, count)
    return hit is not None and hit.has("group")


def _peers(sentence: Sentence, figures: list[Count], reader: CountReader) -> bool:
    """Whether figures parted by list commas alone count groups side by side ("two men, three
    women", "남성 2명, 여성 3명", "男性2人、女性3人"): none a part of the one before ("five
    defectors, two of them children", "其中8人") and none named less surely than the first
    ("five defectors, two children" describes the five)."""
    if len(figures) < 2 or any(reader.opens_part(sentence.text, c) for c in figures[1:]):
        return False
    first = _own_rank(sentence, figures[0])
    return all(_own_rank(sentence, c) >= first for c in figures[1:])


def _own_rank(sentence: Sentence, count: Count) -> int:
    """How surely the words of a figure itself name the people (not a noun beside it, which may
    be the list's head: "North Korean defectors, two men, three women")."""
    start, end = count.start + sentence.start, count.end + sentence.start
    return max((_rank(h) for h in sentence.hits if start <= h.start and h.end <= end), default=0)


def _link(sentence: Sentence, before: Count, count: Count) -> bool | None:
    """How two figures next to each other are linked: True by a coordinator, False by a list
    comma only, None not at all. A place named between them does not part them, and a list
    comma with a place makes them two groups of the people ("선양에서 3명을, 단둥에서 2명을",
    "在沈阳抓获3名脱北者，在丹东抓获2名": five)."""
    after = _phrase_end(sentence, before)
    if not (_plain(before) and _plain(count)):
        return None
    places = _place_chars(sentence, after, count.start)
    if count.start - after - places > COORDINATION_REACH:
        return None
    if sentence.grammar.coordinated(sentence.text, after, count.start):
        return True
    if not (before.member or count.member) and _elsewhere(sentence, before, after, count):
        return True
    gap = sentence.text[after : count.start]
    return False if _list_comma(gap) or _spaced_item(sentence, after, count.start) else None


def _spaced_item(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a gap parts two items of a list as a comma does in a script written without
    spaces: a space, then one word naming the next item's people, then the figure ("ชาย 2 คน
    หญิง 3 คน": two men, three women)."""
    gap = sentence.text[start:end]
    word = gap.strip()
    if not word or not gap[-1].isspace() or not _PHRASE_SPACE.match(sentence.text, start):
        return False
    first = start + gap.index(word[0]) + sentence.start
    return any(
        h.start == first and h.end == first + len(word) and not h.concepts.isdisjoint(PERSON_NOUNS)
        for h in sentence.hits
    )


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
    Triều Tiên và một bé trai": two North Korean women and a boy)."""
    start, end = count.start + sentence.start, count.end + sentence.start
    ends = [
        h.end
        for h in sentence.hits
        if start <= h.start < end and h.end > end and not h.concepts.isdisjoint(PERSON_NOUNS)
    ]
    return max(ends, default=end) - sentence.start


def _list_comma(gap: str) -> bool:
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


def _plain(count: Count) -> bool:
    return not (count.approx or count.lower_bound or count.additive or count.total)


def _parts_beside_others(sentence: Sentence, parts: list[Count]) -> list[tuple[Count, int]]:
    """The people's figure and the others' beside it among the parts a total replaced ("탈북민
    8명과 중국인 브로커 4명 등 12명": eight and four), for the total to give way to the eight."""
    others = [c for c in parts if _of_others(sentence, c)]
    theirs = [c for c in parts if c not in others and _plain(c)]
    if not others or not theirs:
        return []
    people = theirs[0]._replace(value=sum(c.value for c in theirs))
    return [(people, sum(c.value for c in others))]


def _named_parts(
    sentence: Sentence, counts: list[Count], reader: CountReader
) -> list[tuple[Count, int]]:
    """ "12 people were detained, including eight North Koreans", "抓获12人，其中8人为朝鲜人": a
    part after an `inclusive` word, named by a stronger word for the people than the figure
    before it (which counts others too), is theirs. Returns the part and the others beside it,
    for that figure (here or in a headline) to give way."""
    counts = sorted(counts, key=lambda c: c.start)
    for whole, part in pairwise(counts):
        if (
            whole.exact
            and not whole.additive
            and _plain(part)
            and part.value < whole.value
            and reader.includes(sentence.text, whole, part)
            and _part_rank(sentence, part) > _naming_rank(sentence, whole)
        ):
            return [(part, whole.value - part.value)]
    return []


def _without_others(people: People, splits: list[tuple[Count, int]]) -> People:
    """ "Ten held in Laos" then "two missionaries and eight defectors": a figure that is the
    people's and the others' together gives way to the people's own."""
    for count, others in splits:
        if count.exact and people.count is not None and count.value + others == people.count:
            return People(count.value, count.text, False, count.value)
    return people


def _of_others(sentence: Sentence, count: Count) -> bool:
    """Whether the figure counts people who are not the incident's: the noun nearest to it (on
    either side, since languages put it before or after) names others and not the people."""
    hit = _nearest_noun(sentence, count)
    if hit is None:
        return False
    return any(hit.has(c) for c in OTHERS) and not any(hit.has(c) for c in NAMING_PEOPLE)


def _part_rank(sentence: Sentence, part: Count) -> int:
    """How surely a part's clause names the people: a noun in its words ("eight of them North
    Koreans") or one the clause says the part is ("其中8人是脱北者", "trong đó 8 người là người
    đào tẩu Triều Tiên"), or their nationality ("eight of whom were North Korean")."""
    end = min(
        (a for a, _b in _clause_edges(sentence) if a >= part.end), default=len(sentence.text)
    )
    start, stop = part.start + sentence.start, end + sentence.start
    ranks = [
        2 if _nationality(sentence, hit) else _rank(hit)
        for hit in sentence.hits
        if start <= hit.start and hit.end <= stop
    ]
    return max([_naming_rank(sentence, part), *ranks])


def _nationality(sentence: Sentence, hit: Hit) -> bool:
    """Whether a hit says "North Korean" of someone, or that they came from North Korea (an
    `origin` word before the country: "eight from North Korea", "8 người đến từ Triều Tiên")."""
    if not hit.has("nk"):
        return False
    if not hit.has("place"):
        return True
    end = hit.start - sentence.start
    return sentence.grammar.origin_before.search(sentence.text, 0, end) is not None


def _naming_rank(sentence: Sentence, count: Count) -> int:
    """How surely the noun nearest to the figure names the people: 2 for a word that says who
    they are ("North Koreans"), 1 for a weak one ("defectors", "illegal migrants"), else 0."""
    hit = _nearest_noun(sentence, count)
    return 0 if hit is None else _rank(hit)


def _rank(hit: Hit) -> int:
    if hit.has("subject") or hit.has("subject_one"):
        return 2
    return 1 if hit.has("subject_weak") else 0


def _nearest_noun(sentence: Sentence, count: Count) -> Hit | None:
    """The noun for people nearest to a figure, inside its words or beside them on either side,
    not across "and" (5名脱北者和2名蛇头: the noun before "and" is the other figure's) nor a
    clause break (4名脱北者，另有3名中国蛇头: the brokers')."""
    start, end = count.start + sentence.start, count.end + sentence.start
    nearest: tuple[int, Hit] | None = None
    for hit in sentence.hits:
        # Only nouns for people: not the verb ("逮捕了2名"), not a nationality modifying the
        # noun ("2名韩国传教士").
        if hit.concepts.isdisjoint(PERSON_NOUNS):
            continue
        if hit.start < end and start < hit.end:  # the noun inside the figure's words
            gap = 0
        elif 0 <= start - hit.end <= BESIDE:
            gap = start - hit.end
        elif 0 <= hit.start - end <= BESIDE:
            gap = hit.start - end
        else:
            continue
        if gap and _across_and(sentence, (start, end), hit):
            continue
        if nearest is None or gap < nearest[0]:
            nearest = (gap, hit)
    return nearest[1] if nearest is not None else None


def _across_and(sentence: Sentence, figure: tuple[int, int], hit: Hit) -> bool:
    """Whether a coordinator or a clause break stands between a figure and a noun beside it
    (absolute offsets)."""
    left, right = sorted((figure, (hit.start, hit.end)))
    start, end = left[1] - sentence.start, right[0] - sentence.start
    grammar = sentence.grammar
    return grammar.coordinated(sentence.text, start, end) or grammar.breaks(
        sentence.text, start, end
    )
