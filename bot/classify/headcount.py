"""Head counts of one report: how many people its sentences about the incident count.

Reads the figures of each sentence (`CountReader`) and the people named without one, and
decides which are the incident's: not other people counted beside them (missionaries, other
nationalities, "the four" activists told of before), not others who did something else in a
clause of their own ("另有3人逃脱"), not people of another time ("last month, three others");
figures joined into one group count it once (lists.py), the others one headline and its
text both tell are added once, a headline's total the text splits into a part and the
others with them is not added to, and a total of which only a part is named as North Koreans
("12 people, including eight North Koreans") gives way to that part. `choose_people`
(people.py) then applies the documented rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from bot.classify.apart import named_places, outside
from bot.classify.carry import object_of_status
from bot.classify.lead import Lead
from bot.classify.lists import LIST_COMMAS, NOUN_AFTER, joined_groups, list_comma
from bot.classify.matcher import Hit
from bot.classify.members import COORDINATION_REACH, Members, with_members
from bot.classify.names import is_named_person
from bot.classify.nouns import PERSON_NOUNS, naming_rank, of_group, of_others, part_rank
from bot.classify.numbers import Count, CountReader, Readings, sums_up
from bot.classify.people import People, choose_people
from bot.classify.sentences import Sentence, clause_around, clause_break, clause_edges
from bot.classify.views import View

OPENER: Final = 5  # letters of the word that may open a clause before its subject ("and", "while")
# The words of an arrest, a custody, a return or a release: a clause with none tells no status.
STATUS_WORDS: Final = ("arrest", "apprehend", "detain", "custody", "facing", "repat", "repat_topic",
                "expel", "release", "third", "missing")  # fmt: skip
# characters from people named without a figure to the speech verb whose subject they are,
# past an apposition saying who they are ("นายชเวและภรรยา ผู้แปรพักตร์เกาหลีเหนือ บอก")
SPEAKER_REACH: Final = 40
_APPOSITION: Final = re.compile(r"\s*[,，][^,，;；.。]+[,，]\s*")
_CLOSING_QUOTES: Final = frozenset('"”»」』’')
QUOTE_OPENS: Final = 4  # characters after a speaker within which their quote opens (는 ")
_QUOTE_MARKS: Final = frozenset('"“”«»「」『』')  # not ‘’, an apostrophe's too
TIMES: Final = ("recent", "period", "long_ago")  # the words that date a sentence to a time


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
    spoken_of: str | None = None  # one told of by people who speak ("their son")
    # Figures of other people ("four South Korean activists"): "the four" later names them.
    others_told: set[int] = set()
    lead = Lead()  # the headline's figures, and the list the text opens on
    added: list[Count] = []  # people added on a time of their own, since the last figure
    first_told = False  # the last figure counted was a first report a later one replaces
    for view in views:
        sentence = view.sentence
        members = _with_named(sentence, named.of(sentence))
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
            kept = _without_apart(found_here, view.apart)
            left = {c.start for c in kept}
            if reading.replaced and any(c.total and c.start not in left for c in found_here):
                # The total another group's (a year's: "上周拘留了五名脱北者，今年共有60名")
                # replaced no figure of the people's: theirs count again.
                kept = sorted(
                    [*_without_apart(reading.replaced, view.apart), *kept], key=lambda c: c.start
                )
            found_here = kept
        splits.extend(_parts_beside_others(sentence, reading.replaced))
        splits.extend(_named_parts(sentence, [*found_here, *reading.dropped], reader))
        splits.extend(_part_of_retold_group(sentence, found_here, reading.dropped))
        every = with_members(sentence, found_here, members)
        theirs = [
            c
            for c in every
            if not of_others(sentence, c) and not (c.value in others_told and _bare(sentence, c))
        ]
        others = sum(c.value for c in every if c not in theirs and not c.member)
        others_told.update(c.value for c in every if c not in theirs and not c.member)
        others_told.update(_loose_numbers(sentence, every))
        kept_here, own_days, summed = _on_days_of_their_own(sentence, theirs)
        if any(c.additive and c.value in {o.value for o in own_days} for c in counts):
            own_days = []  # "Thêm 6 người bị bắt" over "... rồi bắt 6 người khác": told as more
        else:
            theirs = kept_here
        joined = _member_with_others(sentence, joined_groups(sentence, theirs, every, reader))
        listed = [c for c in joined if c not in theirs]
        speakers = [c for c in joined if _speaker(sentence, c, view, joined)]
        if speakers:
            # "Mr Choi and his wife told reporters their son was detained": the son is one
            # person, when no figure counts the people
            joined = [c for c in joined if c not in speakers]
            spoken_of = spoken_of or next(
                (c.text for c in joined if c.member and c.value == 1), None
            )
        # '"…체포했다"라고 탈북민 A씨가 말했다', "「…拘束した」と脱北者の女性が語った": the one
        # speaking after all that is told is its source, not held, named or counted
        # ('"……，"一名脱北者说。'), and so is one who speaks a sentence telling no status
        joined = [
            c
            for c in joined
            if not ((c.member or c.value == 1) and _speaker_after(view, c.start, c.end))
        ]
        if not counts:  # one held with another, told after both were counted, is no more
            joined = [_companion(sentence, c, reader, joined, members) for c in joined]
        found = [c for c in joined if not (c.member and c.value < 2)]
        told = [h.start - sentence.start for h in sentence.hits_of(*STATUS_WORDS)]
        found = [
            c
            for c in found
            # one held with the others is no one apart ("イさんと妻が、子ども2人とともに")
            if not _added_apart(sentence, c, told, every) or reader.accompanies(sentence.text, c)
        ]
        found = _another_part(sentence, found, [*found_here, *reading.dropped])
        found = _companions_after_them(sentence, found, reader)
        if summed is not None:  # "...; all six face return": one group, six
            found = [c._replace(total=True) if c == summed else c for c in found]
        updated = (
            updated_figure(sentence, found_here, readings) if sentence.has("updated") else None
        )
        if updated is not None:  # "По уточнённым данным, задержанных девять: ещё двое …": nine
            counts = []
            found = [updated]
        if first_view is not None and _another_time(first_view.sentence, sentence, found):
            # "Last month, three others were caught in Dandong": another arrest, unless a
            # figure after names the first and them all (`_sum_told_after`).
            if named_places(sentence) <= named_places(first_view.sentence):
                added.extend(found)
            continue
        if added and _sum_told_after(counts, added, found):
            counts.extend(added)  # "Two more were held on Sunday. All five ...": one group
        added = [] if any(not c.additive for c in found) else added
        # "caught four on Friday and two more on Sunday": another arrest, unless a figure
        # after names the first and them all
        added.extend(own_days)
        corrected = _corrected(sentence, found, readings)
        if corrected is not None:  # "first said 10 ... later said the number was eight": eight
            counts = []
            found = [c for c in found if c.start >= corrected.start]
        replacing = _replacing(sentence, found, reader)
        if first_told and replacing is not None:  # "initially reported five. … four are held"
            counts = []
        told_first = _first_told(sentence, found)
        after_first = [c for c in found if told_first and c.start > told_first[-1].start]
        if told_first and _replacing(sentence, after_first, reader) is None:
            after_first = _bare_after(sentence, told_first[-1], found, readings)
        if told_first and _replacing(sentence, after_first, reader) is not None:
            # "initially reported five, but later said four are held": four
            counts = []
            found = after_first
            first_told = False
        elif told_first or replacing is not None:
            first_told = bool(told_first)
        beside_them = beside_them or (
            sentence.has("subject_pron") and any(c.additive for c in found)
        )
        splits.extend((c, others) for c in found if others)
        if found:
            counted.add(sentence.order)
            whole = next((c for c in found if c.exact and not (c.additive or c.member)), None)
            if whole is not None:
                wholes.setdefault(sentence.order, (whole, naming_rank(sentence, whole)))
            if first_view is None:
                first_view = view
        if sentence.field != "title" and _headline_retold(counts, lead.head, found):
            found = found[1:]  # "Five defectors held" over "Another five were detained": five
        # A headline and the text tell the same others ("and two other defectors"): once,
        # where the text tells them.
        again = {c.value for c in found if c.additive}
        counts = [c for c in counts if not (c.additive and c.value in again)]
        retold = _retold(counts, found)
        kept = [c for c in found if not (c.additive and retold)]
        counts.extend(kept)
        lead.read(sentence, kept, listed, every, members, reader)
    singular = (
        next(
            (
                h.surface
                for v in views
                for h in v.sentence.hits_of("subject_one")
                if not _speaker_after(v, h.start - v.sentence.start, h.end - v.sentence.start)
            ),
            None,
        )
        # one person's pronoun as the object of the status word ("Police arrested her")
        or next((h.surface for v in views if (h := object_of_status(v)) is not None), None)
        or _one_told_by_a_clause(views, named)
        or _one_crew_member(views, named)
        or _one_relative(views, named)
        or spoken_of
    )
    if beside_them and not singular and all(c.additive for c in counts):
        # "They killed 16 other crew", "이들과 다른 3명": only the others are counted, a
        # specific detail of the incident but no count of its people.
        only_others = People(None, counts[0].text, True, counts[0].value, others_only=True)
        return only_others, first_view, counted
    splits.extend(_parts_told_after(parts, wholes, readings))
    counts = lead.fuller(counts)
    return _without_others(choose_people(counts, singular=singular), splits), first_view, counted


def _with_named(sentence: Sentence, members: list[Count]) -> list[Count]:
    """The people named without a figure and, among them, each person a report introduces by
    name and age ("ông Kim (45 tuổi) và con trai", "นายคิม อายุ 45 ปี และลูกชาย",
    "キム・ソンホさん（45）と息子"): one person, whom a coordinator may join to the others named
    after them (two)."""
    persons = [h for h in sentence.hits_of("subject_one") if is_named_person(h)]
    if not persons:
        return members
    base = sentence.start
    named = [
        Count(1, h.surface, h.start - base, h.end - base, figure_end=h.end - base, member=True)
        for h in persons
        if not any(m.start < h.end - base and h.start - base < m.end for m in members)
    ]
    return sorted([*members, *named], key=lambda c: c.start)


def _member_with_others(sentence: Sentence, found: list[Count]) -> list[Count]:
    """ "The sister, 34, and three other women", "a defector and two others": someone named
    without a figure and joined by a coordinator alone to the others right after them are one
    group, the one and the others (four, three), not others added to a figure told before.
    So does a list of such people that the member ends ("a woman, her son and two other men",
    "一名妇女、她的儿子和另外两名男子": four), unless a figure's people open it ("two defectors,
    a mother and her son", an apposition)."""
    out: list[Count] = []
    for count in found:
        last = out[-1] if out else None
        first = len(out) - 1
        while first > 0 and _listed_before(sentence, out[first - 1], out[first]):
            first -= 1
        if (
            last is not None
            and last.member
            and sentence.text[: out[first].start].rstrip()[-1:] not in LIST_COMMAS
            and count.additive
            and not count.approx
            and not count.lower_bound
            and count.start - _end_with_age(sentence, last) <= COORDINATION_REACH
            and sentence.grammar.coordinated(
                sentence.text, _end_with_age(sentence, last), count.start
            )
        ):
            head = out[first]
            out[first:] = [
                head._replace(
                    value=sum(c.value for c in out[first:]) + count.value,
                    text=sentence.text[head.start : count.end],
                    end=count.end,
                    figure_end=count.figure_end,
                    member=False,
                )
            ]
        else:
            out.append(count)
    return out


def _companion(
    sentence: Sentence,
    count: Count,
    reader: CountReader,
    found: Sequence[Count],
    members: Sequence[Count],
) -> Count:
    """ "A woman was detained in Yanji together with her daughter": one named alone right after
    a companion word is one more beside the one the sentence is about (`accompanies`). So are
    the people a figure counts there ("Mr Lee and his wife, along with their two children",
    탈북 여성 1명이 자녀 3명과 함께: four), when one of the people stands before it (not "a
    missionary arrested together with three defectors", "lost contact with four North
    Koreans") and no figure of more than one person before it counts them all already ("three
    North Koreans, a woman with her two sons"; a couple's, "a North Korean couple who fled with
    their two children", counts the two alone)."""
    if count.additive or not reader.accompanies(sentence.text, count):
        return count
    if count.member and count.value == 1:
        return count._replace(member=False, additive=True)
    before = [c for c in found if c.end <= count.start]
    one = any(h.end - sentence.start <= count.start for h in sentence.hits_of("subject_one"))
    if (
        not count.member
        and (before or one)
        and not any(c.value > 1 and not c.member and not _of_pair(c, members) for c in before)
    ):
        return count._replace(additive=True)
    return count


def _of_pair(count: Count, members: Sequence[Count]) -> bool:
    """Whether a figure counts a pair also named without one ("a North Korean couple")."""
    return count.value == 2 and any(
        m.value == 2 and m.start < count.end and count.start < m.end for m in members
    )


def _companions_after_them(
    sentence: Sentence, found: list[Count], reader: CountReader
) -> list[Count]:
    """ "자녀 2명을 데리고 탈북한 부부", 子ども2人を連れて脱北した夫婦, 带着两个孩子逃离朝鲜的一对
    夫妇: people taken along, told in a clause before the people who took them, are added to
    them (four), so they are set after them, where added figures count."""
    lead = 0
    while (
        lead < len(found)
        and found[lead].additive
        and reader.accompanies(sentence.text, found[lead])
    ):
        lead += 1
    if lead == 0 or lead == len(found) or found[lead].additive:
        return found
    return [*found[lead:], *found[:lead]]


def _speaker(sentence: Sentence, count: Count, view: View, found: Sequence[Count]) -> bool:
    """Whether people named without a figure are the subject of a `speech` verb right after
    them, in their clause, that tells the incident's status after it of others it names or
    counts: "Mr Choi and his wife told reporters their son was detained" are the son's source,
    not held (the son is); "Mrs Kim and her son said they were detained" are held."""
    if not count.member or not view.events:
        return False
    base = sentence.start
    first = min(e.hit.start for e in view.events) - base
    return any(
        0 <= h.start - base - count.end <= SPEAKER_REACH
        and (
            # an apposition set off by commas saying who they are parts no clause
            _APPOSITION.fullmatch(sentence.text, count.end, h.start - base) is not None
            or not clause_break(sentence, base + count.end, h.start)
        )
        and first >= h.end - base
        and any(h.end - base <= c.start and c.end <= first for c in found)
        for h in sentence.hits_of("speech")
    )


def _speaker_after(view: View, start: int, end: int) -> bool:
    """Whether one named without a figure at text[start:end] (offsets in the sentence) is the
    speaker of everything the sentence tells before them: every status word stands before
    them, a closing quote or a clause break parts them from the last, and a `speech` word
    stands right after them ('"…체포했다"라고 탈북민 A씨가 말했다', "「…拘束した」と脱北者の女性
    が語った", "…, a defector, Mrs Kim, told reporters") or right before them ('"…," said Kim
    Mi-young, a defector'): the source of what is told, not one held. So is one beside the
    word of speaking of a sentence that tells no status but holds a quote ('"We fear for
    them," said Kim, a defector'). A quote after them is theirs, its status words what they
    say, not what the sentence tells ('탈북민들을 체포했으며, 30대 남성 김모 씨는 "그들이 북송될까
    걱정된다"라고 말했다', '…，一名金姓男子说："我们担心他们会被遣返。"')."""
    sentence = view.sentence
    if not sentence.has("speech"):
        return False
    base = sentence.start
    told = [e for e in view.events if not _quoted_after(sentence.text, end, e.hit.start - base)]
    if view.events and not told:
        return False  # all told in their own quote: perhaps their own arrest
    if not told:
        # A sentence telling no status, only quoted speech ('"We fear for them," said Kim, a
        # defector'): the one beside its word of speaking speaks it.
        if _QUOTE_MARKS.isdisjoint(sentence.text):
            return False
        last = 0
    else:
        last = max(e.hit.end for e in told) - base
        if last > start:
            return False
        if not (
            any(ch in _CLOSING_QUOTES for ch in sentence.text[last:start])
            or clause_break(sentence, base + last, base + start)
        ):
            return False
    after = _quote_closed(sentence.text, end)
    return any(
        h.start - base >= last
        and (
            0 <= h.start - base - after <= SPEAKER_REACH
            or 0 <= start - (h.end - base) <= SPEAKER_REACH // 4
        )
        for h in sentence.hits_of("speech")
    )


def _quoted_after(text: str, end: int, at: int) -> bool:
    """Whether text[at] stands inside a quote opened after `end`: an odd number of quote marks
    between them."""
    return at > end and sum(ch in _QUOTE_MARKS for ch in text[end:at]) % 2 == 1


def _quote_closed(text: str, end: int) -> int:
    """Where a quote opening right after `end` (김모 씨는 "…", 'Kim said: "…"') closes, or `end`
    when none opens there: the word of speaking after the quote is reached from its close."""
    opening = next(
        (i for i in range(end, min(end + QUOTE_OPENS, len(text))) if text[i] in _QUOTE_MARKS),
        None,
    )
    if opening is None:
        return end
    closing = next(
        (i for i in range(opening + 1, len(text)) if text[i] in _QUOTE_MARKS), len(text) - 1
    )
    return closing + 1


def _end_with_age(sentence: Sentence, member: Count) -> int:
    """Where a member's words end, with the age set off after them ("The sister, 34, and",
    息子（24）と), which is theirs."""
    age = sentence.grammar.age_after.match(sentence.text, member.end)
    return member.end if age is None else age.end()


def _listed_before(sentence: Sentence, before: Count, member: Count) -> bool:
    """Whether `before` is one person, named without a figure or by "one", right before the
    member in one list, parted from them by a list comma or a coordinator ("a woman, her son",
    一名妇女、她的儿子)."""
    one = before.member or (before.value == 1 and before.plain)
    if not (one and member.member):
        return False
    end = _end_with_age(sentence, before)
    if not before.member:  # the noun after "one" (一名朝鲜妇女) ends its words
        base = sentence.start
        end = max(
            (
                h.end - base
                for h in sentence.hits
                if 0 <= h.start - base - end <= NOUN_AFTER
                and not h.concepts.isdisjoint(PERSON_NOUNS)
            ),
            default=end,
        )
    if not 0 <= member.start - end <= COORDINATION_REACH:
        return False
    gap = sentence.text[end : member.start]
    return list_comma(gap) or sentence.grammar.coordinated(sentence.text, end, member.start)


def _one_told_by_a_clause(views: tuple[View, ...], named: Members) -> str | None:
    """ "A man who escaped from North Korea was deported", "a 32-year-old woman who fled the
    North", "Her younger sister, who fled North Korea": one person named without a figure (a
    member), whom the relative clause right after it (a comma may stand between) makes one of
    the people (a `subject` term opening on a word of `relatives`)."""
    for view in views:
        sentence = view.sentence
        for hit in sentence.hits_of("subject"):
            if not sentence.grammar.relative.match(hit.surface):
                continue
            at = hit.start - sentence.start
            for member in named.of(sentence):
                if (
                    member.value == 1
                    and member.end <= at
                    and not sentence.text[member.end : at].strip(" ,")
                ):
                    return sentence.text[member.start : hit.end - sentence.start]
    return None


def _one_crew_member(views: tuple[View, ...], named: Members) -> str | None:
    """ "24-летний моряк задержан", "a crew member was detained": one sailor named without a
    figure (a member) by a weak word for the people that counts in its sentence (the report
    tells he left his ship): one person, as a `subject_one` word names one."""
    for view in views:
        sentence = view.sentence
        weak = [
            (h.start - sentence.start, h.end - sentence.start)
            for h in view.subjects
            if h.has("subject_weak")
        ]
        for member in named.of(sentence):
            if (
                member.value == 1
                and any(member.start <= a and b <= member.end for a, b in weak)
                # not the one who speaks ('"We fear for them," said Kim, a defector')
                and not _speaker_after(view, member.start, member.end)
            ):
                return sentence.text[member.start : member.end]
    return None


def _one_relative(views: tuple[View, ...], named: Members) -> str | None:
    """ "A defector said his younger sister was caught", 여동생이 체포됐다, 她的妹妹被带走: a
    relative (`names.kin`) named alone, no one else after it, before a status word: one
    person, as a `subject_one` word names one. The one speaking of them, before, is no one;
    a relative after every status word is no subject of it (탈북민 강제북송…보도 부인: a denial)."""
    for view in views:
        sentence = view.sentence
        kin = sentence.grammar.kin.search(sentence.text)
        if kin is None or not any(e.hit.start - sentence.start >= kin.end() for e in view.events):
            continue
        after = [m for m in named.of(sentence) if m.end > kin.start()]
        if len(after) == 1 and after[0].value == 1 and after[0].start <= kin.end():
            return sentence.text[after[0].start : after[0].end]
    return None


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
        reading = readings.of(sentence, ())
        counts = reading.counts
        part = counts[0]._replace(lower_bound=False, total=False) if counts else None
        if not (
            part is not None
            and part.plain
            and part.value < whole.value
            and readings.reader.opens_part(sentence.text, part)
        ):
            part = _part_of_group_retold(reading.dropped, counts, whole)
        if part is not None and part_rank(sentence, part) > rank:
            out.append((part, whole.value - part.value))
    return out


def _part_of_group_retold(dropped: list[Count], counts: list[Count], whole: Count) -> Count | None:
    """ "4명 중 1명은 북한 국적", "4人のうち1人は北朝鮮国籍": the part of a group that the
    sentence opens on by retelling the figure before, which the partitive reading dropped as
    describing the group (no status word follows it)."""
    group = counts[0] if counts else None
    if group is None or group.value != whole.value:
        return None
    return next(
        (c for c in dropped if c.start >= group.end and c.plain and c.value < whole.value), None
    )


def _without_apart(counts: list[Count], apart: Sequence[tuple[int, int]]) -> list[Count]:
    """The figures of a sentence less another group's (`apart`); a figure added to that group's
    ("three more defectors", after 200 sent back in April) counts these people alone."""
    return [c._replace(additive=False) for c in outside(counts, apart)]


def _corrected(sentence: Sentence, found: list[Count], readings: Readings) -> Count | None:
    """The figure a `corrected` word makes the corrected one, if any: read only in a sentence
    with such a word, as most sentences counted have none."""
    if not sentence.has("corrected"):
        return None
    return next((c for c in found if readings.reader.corrects(sentence.text, c)), None)


def updated_figure(
    sentence: Sentence, counts: Sequence[Count], readings: Readings
) -> Count | None:
    """The first figure after an `updated` word ("according to updated figures", по уточнённым
    данным, 最新数字), anywhere later in its sentence, told as it stands and no part of others,
    or written alone ("… eight are held", «задержанных девять»): it corrects the figures told
    before. Not over a year or a span ("latest figures: 500 sent back this year"), a statistic."""
    after = min(h.end for h in sentence.hits_of("updated")) - sentence.start
    if any(h.start - sentence.start >= after for h in sentence.hits_of("period", "span")):
        return None
    told = _replacing(sentence, [c for c in counts if c.start >= after], readings.reader)
    starts = (
        s
        for s in readings.figure_starts(sentence)
        if s >= after and not any(c.start <= s < c.end for c in counts)
    )
    bare = next((c for s in starts if (c := readings.reader.bare_at(sentence.text, s))), None)
    found = [c for c in (told, bare) if c is not None]
    return min(found, key=lambda c: c.start) if found else None


def _first_told(sentence: Sentence, found: list[Count]) -> list[Count]:
    """The figures a `first_told` word ("initially reported", 当初 … と発表, первоначально
    сообщали) makes a first report: those between its parts or after it in its clause."""
    spans = []
    for hit in sentence.hits_of("first_told"):
        start = hit.start - sentence.start
        spans.append((start, clause_around(sentence, start, start + len(hit.surface))[1]))
    return [c for c in found if any(low <= c.start < high for low, high in spans)]


def _bare_after(
    sentence: Sentence, first: Count, found: list[Count], readings: Readings
) -> list[Count]:
    """The first figure written alone after a first report's clause ("initially reported five,
    but later said four are held"), of those the sentence's counts do not hold: the figure
    that replaces it."""
    end = clause_around(sentence, first.start, first.end)[1]
    starts = (
        s
        for s in readings.figure_starts(sentence)
        if s >= end and not any(c.start <= s < c.end for c in found)
    )
    bare = (readings.reader.bare_at(sentence.text, s) for s in starts)
    return [c for c in bare if c is not None][:1]


def _replacing(sentence: Sentence, found: list[Count], reader: CountReader) -> Count | None:
    """The figure that may replace a first report: one told as it stands, not added to others,
    not a part of them ("but two of them were freed") nor one person named without a figure."""
    return next(
        (
            c
            for c in found
            if c.exact
            and not (c.additive or c.member)
            and not reader.told_as_part(sentence.text, c)
        ),
        None,
    )


def _headline_retold(counts: list[Count], head: list[Count], found: list[Count]) -> bool:
    """Whether the text's first figure, an added one, tells again the people the headline alone
    counted: "Five defectors held in Yanbian" over "Another five defectors were detained" (이
    5명이 또, 又有5名) is five, "another" setting them beside an earlier report's people."""
    if not counts or not found or any(c not in head for c in counts):
        return False
    first = found[0]
    return (
        first.additive
        and first.exact
        and all(c.plain for c in counts)
        and first.value == sum(c.value for c in counts)
    )


def _retold(counts: list[Count], found: list[Count]) -> bool:
    """Whether the text tells again, as a part and the others with them, the people an earlier
    figure counted: a headline's "Five defectors arrested" and its text's "two defectors ...
    along with three other North Koreans" (탈북민 2명이 다른 북한 주민 3명과 함께) are five."""
    first = next((i for i, c in enumerate(counts) if not c.additive), None)
    if first is None or not counts[first].plain or not any(c.additive for c in found):
        return False
    # The part: the figure nearest before the others (the headline may stand again before it).
    later = [*counts[first + 1 :], *found]
    added_at = next(i for i, c in enumerate(later) if c.additive)
    own = next((c for c in reversed(later[:added_at]) if not c.additive), None)
    if own is None or not own.plain:
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


def _on_days_of_their_own(
    sentence: Sentence, theirs: list[Count]
) -> tuple[list[Count], list[Count], Count | None]:
    """ "Police caught four on Friday and two more on Sunday", "금요일 4명을 체포했고 일요일에
    2명을 더", "周五抓获4名，周日又抓获2人": people told after the first figure of the sentence,
    each on a day of their own (a time in their words, a coordinator or a clause break parting
    it from the first figure's, which tells another), are another arrest: set aside, as added
    people, unless a figure after them, exact, is the first one and theirs summed ("...; all six
    face return"), which then counts them all. Returns the figures kept, those set aside, and
    such a sum."""
    times = sentence.hits_of(*TIMES)
    if len(times) < 2 or len(theirs) < 2:
        return theirs, [], None  # the common case, kept cheap
    base = next((c for c in theirs if c.exact and not (c.additive or c.member)), None)
    if base is None:
        return theirs, [], None
    mine = _own_times(sentence, base, theirs, times)
    if not mine:
        return theirs, [], None
    own: list[Count] = []
    for c in theirs[theirs.index(base) + 1 :]:
        if not c.exact or c.member:
            break
        when = _own_times(sentence, c, theirs, times)
        if not when or when & mine:
            break
        own.append(c)
    if not own:
        return theirs, [], None
    total = next(
        (
            c
            for c in theirs
            if c.start >= own[-1].end and not c.additive and sums_up(c, [base, *own])
        ),
        None,
    )
    if total is not None:
        return [c for c in theirs if c not in own], [], total
    return [c for c in theirs if c not in own], [c._replace(additive=True) for c in own], None


def _own_times(
    sentence: Sentence, count: Count, figures: Sequence[Count], times: Sequence[Hit]
) -> frozenset[str]:
    """The times told in a figure's own words: no coordinator, clause break or other figure
    between them and it, and no other figure so joined nearer ("4명을 체포했고 일요일에 2명을":
    the Sunday is the two's)."""
    base = sentence.start
    out = set()
    for hit in times:
        start, end = hit.start - base, hit.end - base
        near = [(gap, c) for c in figures if (gap := _time_gap(sentence, c, start, end, figures))]
        if near and min(near, key=lambda pair: pair[0])[1] is count:
            out.add(hit.surface.lower())
    return frozenset(out)


def _time_gap(
    sentence: Sentence, count: Count, start: int, end: int, figures: Sequence[Count]
) -> int:
    """How far a time at text[start:end] stands from a figure, plus one; 0 where a
    coordinator, a clause break or another figure parts them."""
    a, b = (count.end, start) if start >= count.end else (end, count.start)
    if a > b or any(a <= c.start < b for c in figures):
        return 0
    grammar, text = sentence.grammar, sentence.text
    if grammar.coordinator.search(text, a, b) is not None or grammar.breaks(text, a, b):
        return 0
    return b - a + 1


def _another_part(sentence: Sentence, found: list[Count], seen: Sequence[Count]) -> list[Count]:
    """ "抓获8名脱北者，其中有5名妇女，另有一名13岁的男孩", "脱北者8人を拘束し、このうち5人は女
    性で、ほかに13歳の少年も1人いる": one added after a part of a group counted before it, the
    part named as a group (women, children), who fits in the group beside that part and is named
    by no word for the people themselves, is another part of it, not one more (eight; "another
    two defectors" are more)."""
    if not any(c.additive for c in found):
        return found  # the common case, kept cheap
    return [
        c
        for c in found
        if not (
            c.additive
            and c.exact
            and not naming_rank(sentence, c)
            and any(
                group.exact
                and not (group.additive or group.member)
                and group.end <= part.start
                and part.end <= c.start
                and not part.additive
                and part.value + c.value <= group.value
                and of_group(sentence, part)
                for group in seen
                for part in seen
            )
        )
    ]


def _sum_told_after(
    counts: Sequence[Count], added: Sequence[Count], found: Sequence[Count]
) -> bool:
    """ "Police held three on Friday. Two more were caught on Sunday. All five face return.":
    people added on a time of their own (`_another_time`) are of the incident when the next
    figure, exact, is the first one and theirs summed: it names them all."""
    base = next((c for c in counts if not c.additive), None)
    total = next((c for c in found if not c.additive), None)
    return base is not None and total is not None and sums_up(total, [base, *added])


def _added_apart(
    sentence: Sentence, count: Count, events: Sequence[int], every: Sequence[Count]
) -> bool:
    """ "5名脱北者被捕，另有3人逃脱", "다른 3명은 달아났다": people added in a clause of their
    own, which goes on past them and tells no status word, did something else: they are not
    the incident's people. ("... with two other defectors", "and two others.", and "detained a
    defector and two others near the border", joined to the people named just before, are.)"""
    if not count.additive or not events or _joined_to_before(sentence, count, every):
        return False
    edges = clause_edges(sentence)

    def apart(start: int, end: int) -> bool:
        return any(start <= a < end for a, _b in edges)

    for event in events:
        if event < count.start and not apart(event, count.start):
            return False
        if event >= count.end and not apart(count.end, event):
            return False
    # The figure opens its clause (its subject, past a word such as "and"): "rồi bắt 6
    # người khác" (then arrested six others) has a verb of its own before it.
    opening, closing = clause_around(sentence, count.start, count.end)
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


def _another_time(first: Sentence, sentence: Sentence, found: list[Count]) -> bool:
    """Whether a later sentence adds people ("three others") told of a time of its own, not
    the one the first figure's sentence tells of: the people of another arrest."""
    if not found or not all(c.additive for c in found):
        return False
    mine = _times(sentence)
    return bool(mine) and mine != _times(first)


def _times(sentence: Sentence) -> frozenset[str]:
    return frozenset(h.surface.lower() for h in sentence.hits_of(*TIMES))


def _parts_beside_others(sentence: Sentence, parts: list[Count]) -> list[tuple[Count, int]]:
    """The people's figure and the others' beside it among the parts a total replaced ("탈북민
    8명과 중국인 브로커 4명 등 12명": eight and four), for the total to give way to the eight."""
    others = [c for c in parts if of_others(sentence, c)]
    theirs = [c for c in parts if c not in others and c.plain]
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
            and part.plain
            and part.value < whole.value
            and reader.includes(sentence.text, whole, part)
            and part_rank(sentence, part) > naming_rank(sentence, whole)
        ):
            return [(part, whole.value - part.value)]
    return []


def _part_of_retold_group(
    sentence: Sentence, counts: list[Count], dropped: list[Count]
) -> list[tuple[Count, int]]:
    """ "외국인 4명을 체포했는데, 4명 중 1명은 북한 국적", "抓获4名外国人，4人中有1人为朝鲜籍": a
    group counted, then told again as the group of a part (which the partitive reading dropped,
    no status word following it), the part named by a surer word for the people than the first
    figure: the part is theirs, as `_named_parts` reads one after an `inclusive` word."""
    for whole, group in pairwise(counts):
        if not whole.exact or whole.additive or group.value != whole.value:
            continue
        part = _part_of_group_retold(dropped, [group], whole)
        if part is not None and part_rank(sentence, part) > naming_rank(sentence, whole):
            return [(part, whole.value - part.value)]
    return []


def _without_others(people: People, splits: list[tuple[Count, int]]) -> People:
    """ "Ten held in Laos" then "two missionaries and eight defectors": a figure that is the
    people's and the others' together gives way to the people's own."""
    for count, others in splits:
        if count.exact and people.count is not None and count.value + others == people.count:
            return People(count.value, count.text, False, count.value)
    return people
