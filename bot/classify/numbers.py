"""Head counts: the figures one sentence gives for people, as `CountReader` reads them.

`CountReader` finds figures attached to person nouns or counters ("11 defectors", "four North
Koreans", "a family of five", "20여 명", "열한 명", "十一名", "7人", "семь человек") and marks
them exact, approximate ("about 20"), an open lower bound or a range ("more than
30", "10여 명", "20余名") or additive ("another 200"), with the patterns of numerals.py.
A part of a group named with it ("7명 중 5명", "Of the seven, five", "five of the seven") counts
instead of the group when a status word follows both (the five were arrested), and is dropped
when none does (5명은 여성: the seven are the people). `choose_people` (people.py) applies the
documented rule to the figures read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Final, NamedTuple

from bot.classify.language import Grammar, GrammarView
from bot.classify.lexicon import Lexicon
from bot.classify.numerals import SPACELESS, CountPatterns
from bot.classify.sentences import Sentence

_YEAR: Final = re.compile(r"^(19|20)\d\d$")
_LAST_WORD: Final = re.compile(r"([\w'’-]+)[\"”»]?\s+$")  # a closing quote may end it
PREFIX_REACH: Final = 36  # characters before a figure where "about", "a family of", 약 may stand
TOPIC_REACH: Final = 40  # characters before "about" where "wrote to the government" may stand
_CLAUSE_MARK: Final = re.compile(r"[,.;:!?]")
_WORD: Final = re.compile(r"[\w'’-]+")
MARK_REACH: Final = 24  # characters around a figure where "including" or 다른 may stand
# characters from a group's figure to its part ("Of the seven held in X, five")
PART_REACH: Final = 48
# characters from a group a `partitive_before` word opens to its part, past the clause that
# says who the group were ("Of the six defectors arrested in Shenyang in August by police, two")
OPENED_REACH: Final = 96
_BARE: Final = re.compile(r"[\w-]+")
_SENTENCE_STOP: Final = re.compile(r"[.;!?。；！？]")
_ASIDE_MARKS: Final = (",", "，", "—", "–")  # what sets off an aside: ", including two children,"
# What closes such an aside after its figure: the mark, perhaps past the part's own noun of two
# characters written on with no space (其中包括三名儿童，: the figure's words end at 名); not a
# clause saying who the part were (其中8人为朝鲜人，), which names them.
_ASIDE_CLOSED: Final = re.compile(r"\s*\w{0,2}\s*[,，—–]")
_OPENING_BRACKETS, _CLOSING_BRACKETS = "(（[［〔【", ")）]］〕】"


class Count(NamedTuple):
    """One figure as read: `value` is the number (the lower bound for ranges and open bounds).

    A NamedTuple, like Hit: a report's sentences yield several and rewrite some (a total, an
    addition), and a frozen dataclass costs several times as much to build and to copy."""

    value: int
    text: str
    start: int
    end: int
    approx: bool = False
    lower_bound: bool = False
    additive: bool = False
    total: bool = False
    figure_end: int = 0  # where the figure itself ends (the words after it name who)
    member: bool = False  # one person or a pair named without a figure ("a boy", "a couple")

    @property
    def exact(self) -> bool:
        """Whether the figure is neither approximate ("about 20") nor only a floor ("more than
        30")."""
        return not (self.approx or self.lower_bound)

    @property
    def plain(self) -> bool:
        """Whether the figure is told as it stands: exact, and neither added nor a total."""
        return not (self.approx or self.lower_bound or self.additive or self.total)


def summed(parts: Iterable[Count]) -> int | None:
    """The people the figures count together, the first and those the others add ("four ...
    two more": six); None where one of them is not exact (about 20, more than 30)."""
    total = 0
    for count in parts:
        if not count.exact:
            return None
        total += count.value
    return total


def sums_up(total: Count, parts: Iterable[Count]) -> bool:
    """Whether `total`, exact, is the people the figures count summed, each exact ("three ...
    two more ... all five"): it names them all."""
    return total.exact and summed(parts) == total.value


def _word_break(text: str, start: int, end: int, grammar: GrammarView | None) -> bool:
    """Whether a word that ends a clause (이며, "while"), not a mark and not one that also joins
    ("and"), stands in text[start:end]."""
    if grammar is None:
        return False
    return any(
        any(ch.isalpha() for ch in m.group()) and not grammar.coordinator.fullmatch(m.group())
        for m in grammar.clause_break.finditer(text, start, end)
    )


def _tells_of(sentence: str, part: Count, event: int) -> bool:
    """Whether a status word at `event` can tell what happened to the people counted by `part`:
    it follows them, and not past the bracket that closes an aside holding the part ("4 defectors
    (one of them a child) were arrested", 脱北者4人（うち1人は子ども）が拘束). An aside after the
    part ("two (a mother and her son) were arrested") still tells of it."""
    if event < part.end:
        return False
    closed, _ = unmatched_brackets(sentence[part.end : event])
    return not closed


def _told_before_part(sentence: str, part: Count, whole: Count, events: Sequence[int]) -> bool:
    """A status word right before a part named ahead of its group tells of the part: "police
    caught three of the eight", "จับกุมได้สามในแปดคน" (the verb before both figures)."""
    return part.end <= whole.start and any(
        0 <= part.start - e <= MARK_REACH and not _SENTENCE_STOP.search(sentence[e : part.start])
        for e in events
    )


def unmatched_brackets(text: str) -> tuple[int, int | None]:
    """The brackets `text` leaves unmatched: how many it closes that it did not open (an aside
    that began before it), and where the last one it opens and does not close stands (an aside
    that goes on after it; None: none)."""
    closed, opened = 0, []
    for i, ch in enumerate(text):
        if ch in _OPENING_BRACKETS:
            opened.append(i)
        elif ch in _CLOSING_BRACKETS:
            if opened:
                opened.pop()
            else:
                closed += 1
    return closed, opened[-1] if opened else None


class Reading(NamedTuple):
    """The counts of one sentence (`CountReader.read_parts`)."""

    counts: list[Count]
    replaced: list[Count]  # partial figures a total replaced
    # A group and its part, where the partitive reading keeps one: the other (a part that
    # only describes its group, "7명 중 5명은 여성"; a group whose part a status word tells of).
    dropped: list[Count]


class SentenceFigures(NamedTuple):
    """The figures of one sentence before its status words are weighed
    (`CountReader.figures`)."""

    text: str  # the sentence, its possessor phrases blanked out
    counts: tuple[Count, ...]


class Readings:
    """The counts of each sentence of one report, read once for each set of status words: the
    head count and the checks for another group's figures (apart.py) read the same sentences,
    mostly with the same status words. Keyed by sentence order, so one serves one report."""

    def __init__(self, reader: CountReader) -> None:
        self.reader = reader
        self._read: dict[tuple[int, tuple[int, ...]], Reading] = {}
        # The figures of each sentence (by order), the same whatever its status words: a
        # sentence read again with others (the head count's and apart.py's) reads them once.
        self._figures: dict[int, SentenceFigures] = {}

    def of(self, sentence: Sentence, events: Sequence[int]) -> Reading:
        """`CountReader.read_parts` over the sentence, its number words and `events` (where its
        status words start); the lists it holds are shared, not to be changed."""
        key = (sentence.order, tuple(events))
        reading = self._read.get(key)
        if reading is None:
            figures = self._figures.get(sentence.order)
            if figures is None:
                words = [h.start - sentence.start for h in sentence.hits_of("number")]
                figures = self.reader.figures(_without_dateline(sentence), words)
                self._figures[sentence.order] = figures
            reading = self.reader.parts_of(figures, events, sentence.grammar)
            self._read[key] = reading
        return reading

    def figure_starts(self, sentence: Sentence) -> list[int]:
        """Where the sentence's figures start, in number words or in digits, in order (offsets
        in its own text)."""
        words = {h.start - sentence.start for h in sentence.hits_of("number")}
        return sorted(words | self.reader.figure_starts(sentence.text, len(sentence.text)))


def _without_dateline(sentence: Sentence) -> str:
    """The sentence's text with a dateline opening it blanked out, its length kept: the day
    the story was filed counts no one, nor joins the figure after it ("SEOUL, March 9 - Twelve
    North Koreans" is twelve, not a range from nine)."""
    pattern = sentence.root.dateline
    m = pattern.match(sentence.text) if pattern is not None else None
    if m is None or not m.group(0).strip():
        return sentence.text
    return " " * m.end() + sentence.text[m.end() :]


class CountReader:
    """Reads head counts from sentences; built once from the lexicons' number vocabulary."""

    def __init__(self, lexicon: Lexicon, grammar: Grammar) -> None:
        self._grammar = grammar
        self.patterns = CountPatterns(lexicon, grammar)
        self.numeral_chars = self.patterns.numeral_chars  # \d: full-width ９ too

    def read(
        self,
        sentence: str,
        word_starts: Iterable[int] = (),
        events: Sequence[int] = (),
        grammar: GrammarView | None = None,
    ) -> list[Count]:
        """Every count in one sentence, in order; a total ("a total of 11", "등 11명") replaces
        the partial figures before it. `word_starts` are where the lexicon found number words;
        digits and Chinese numerals are found here. Each figure is matched where it stands
        (anchored), which is much faster than searching whole sentences for the patterns.
        `events` are where the sentence's status words start: a part of a group ("7명 중 5명")
        counts as the people when one follows both figures (see `_partitive`);
        `grammar` is the sentence's, which says where its clauses part."""
        return self.read_parts(sentence, word_starts, events, grammar).counts

    def read_parts(
        self,
        sentence: str,
        word_starts: Iterable[int] = (),
        events: Sequence[int] = (),
        grammar: GrammarView | None = None,
    ) -> Reading:
        """`read`, the partial figures a total replaced ("탈북민 8명과 브로커 4명 등 12명": the
        eight and the four), which may tell others counted in the total, and the figures of a
        group or its part that the partitive reading dropped ("抓获12人，其中8人为朝鲜人": the
        eight), which may name the people."""
        figures = self.figures(sentence, word_starts)
        return self.parts_of(figures, events, grammar)

    def figures(self, sentence: str, word_starts: Iterable[int] = ()) -> SentenceFigures:
        """The first half of `read_parts`, which its status words do not change: the sentence
        with its possessor phrases blanked out, and every figure in it, bare parts included.
        `Readings` keeps it for a sentence read again with other status words."""
        sentence = self._without_possessors(sentence)
        tokens = sorted(
            {m.start() for m in self.patterns.token.finditer(sentence)} | set(word_starts)
        )
        counts: list[Count] = []
        covered = -1
        for i, position in enumerate(tokens):
            if position < covered:
                continue
            count = self._count_at(sentence, position)
            later = next((t for t in tokens[i + 1 :] if count and count.figure_end <= t), None)
            if count is not None and later is not None and later < count.end:
                # A figure's words reach no other figure ("two missionaries and five citizens"
                # counts five citizens, not two), unless it is a part of that one ("five of the
                # seven defectors"): then the figure alone counts.
                if not self.patterns.part_first.fullmatch(sentence, count.figure_end, later):
                    continue
                count = count._replace(
                    end=count.figure_end, text=sentence[count.start : count.figure_end]
                )
            if count is not None:
                counts.append(count)
                covered = count.end
        counts = self._with_bare_part(sentence, counts, tokens)
        counts = self._with_bare_inclusive(sentence, counts, tokens)
        return SentenceFigures(sentence, tuple(counts))

    def parts_of(
        self,
        figures: SentenceFigures,
        events: Sequence[int] = (),
        grammar: GrammarView | None = None,
    ) -> Reading:
        """The second half of `read_parts`: the group and its part, the totals and the parts a
        total replaced, read from `figures` with the sentence's status words."""
        sentence = figures.text
        counts, dropped = self._partitive(sentence, list(figures.counts), events)
        following: list[Count | None] = [*counts[1:], None] if counts else []
        counts = [
            self._marked(sentence, c, after) for c, after in zip(counts, following, strict=True)
        ]
        if counts and self._part_of_them(sentence, counts[0], events, grammar):
            group = counts[1] if len(counts) > 1 else None
            if group is not None and self._aside_before(sentence, counts[0], group):
                # "Including three children, nine North Koreans were arrested", "子ども3人を
                # 含め、脱北者9人が": the part opens the sentence, the group's figure counts.
                dropped = [*dropped, counts.pop(0)]
            else:
                counts[0] = counts[0]._replace(lower_bound=True, total=False)
        totals = [i for i, c in enumerate(counts) if c.total]
        if totals:
            return Reading(counts[totals[0] :], counts[: totals[0]], dropped)
        return Reading(counts, [], dropped)

    def _without_possessors(self, sentence: str) -> str:
        """The sentence with each `possessor_part` phrase blanked out, its length kept so that
        every count keeps its place: "2명과 그중 한 명의 10대 아들" reads the two alone, then the
        son joins them as a son does ("2명과 10대 아들": three)."""
        possessor = self.patterns.possessor
        if possessor is None or possessor.search(sentence) is None:
            return sentence
        return possessor.sub(lambda m: " " * len(m.group(0)), sentence)

    def _with_bare_part(
        self, sentence: str, counts: list[Count], tokens: Sequence[int]
    ) -> list[Count]:
        """ "Of the seven defectors, five were arrested": after a group whose figure a
        `partitive_before` word opens, the next figure counts its part even without a noun."""
        out = list(counts)
        for count in counts:
            if not self.opens_group(sentence, count):
                continue
            bare = next((t for t in tokens if count.end <= t < count.end + OPENED_REACH), None)
            if bare is None or any(count.end <= c.start <= bare for c in counts):
                continue
            part = self._bare_count(sentence, bare)
            if part is not None:
                out.append(part)
        return sorted(out, key=lambda c: c.start)

    def _with_bare_inclusive(
        self, sentence: str, counts: list[Count], tokens: Sequence[int]
    ) -> list[Count]:
        """ "12 человек, из них восемь — граждане КНДР", "12 foreigners, eight of whom were
        North Koreans": a figure right after an `inclusive` word, or right before a
        `part_after` one, counts a part even without a noun."""
        out = list(counts)
        for token in tokens:
            if any(c.start <= token < c.end for c in counts):
                continue
            part = self._bare_count(sentence, token)
            if part is not None and (
                self.patterns.inclusive_before.search(sentence, max(0, token - MARK_REACH), token)
                or self.patterns.part_after_figure.match(sentence, part.end)
            ):
                out.append(part)
        return sorted(out, key=lambda c: c.start) if len(out) > len(counts) else counts

    def figure_starts(self, sentence: str, end: int) -> set[int]:
        """Where the figures written in digits or numerals start, before `end`."""
        return {m.start() for m in self.patterns.token.finditer(sentence, 0, end)}

    def part_told(self, sentence: str, start: int) -> tuple[int, int | None] | None:
        """The figure at `start`, when the words right after it make it a part of a group: its
        value and the group's, when a figure gives it ("three of the nine": 3 and 9; "two of
        them": 2 and None)."""
        count = self._count_at(sentence, start) or self._bare_count(sentence, start)
        if count is None:
            return None
        if self.patterns.part_after_figure.match(
            sentence, count.figure_end
        ) or self.patterns.part_after_figure.match(sentence, count.end):
            return count.value, None
        # The part's word for the people may stand before "of" ("2 คน จากทั้งหมด 6 คน").
        between = self.patterns.part_first.match(
            sentence, count.figure_end
        ) or self.patterns.part_first.match(sentence, count.end)
        whole = self._bare_count(sentence, between.end()) if between else None
        return (count.value, whole.value) if whole is not None else None

    def added_or_rest(self, sentence: str, count: Count) -> int | None:
        """Where an `added_or_rest` word stands right before the figure (อีก 2 คน, 还有两人):
        more people, or the rest of those counted, by what comes with it. None: no such word."""
        pattern = self.patterns.added_or_rest
        if pattern is None:
            return None
        found = pattern.search(sentence, max(0, count.start - MARK_REACH), count.start)
        return None if found is None else found.start()

    def before_partitive(self, sentence: str, end: int) -> bool:
        """Whether a `partitive` word follows the figure ending at `end`: it counts a group a
        part of which the sentence goes on to tell of ("탈북민 3명 중 아이만 풀려나")."""
        return self.patterns.part_next.match(sentence, end) is not None

    def bare_value(self, sentence: str, start: int) -> int | None:
        """The value of the figure written alone at `start`, with no noun ("seven face return")."""
        count = self._bare_count(sentence, start)
        return None if count is None else count.value

    def told_as_part(self, sentence: str, count: Count) -> bool:
        """Whether the words beside the figure make it a part of people counted before ("two
        of them", 其中2人, うち2人, 이 가운데 2명), not a count of its own."""
        patterns, reach = self.patterns, max(0, count.start - MARK_REACH)
        return bool(
            patterns.inclusive_before.search(sentence, reach, count.start)
            or patterns.part_between.search(sentence, reach, count.start)
            or patterns.part_after_figure.match(sentence, count.figure_end)
            or patterns.part_after_figure.match(sentence, count.end)
        )

    def bare_at(self, sentence: str, start: int) -> Count | None:
        """The figure written alone at `start`, with no noun ("later said four are held")."""
        return self._bare_count(sentence, start)

    def _bare_count(self, sentence: str, token: int) -> Count | None:
        """The figure at `token` written alone, with no noun (a part: "five were arrested")."""
        word = _BARE.match(sentence, token)
        value = self._value(word.group(0)) if word else None
        if word is None or not value:
            return None
        return Count(value, word.group(0), token, word.end(), figure_end=word.end())

    def _partitive(
        self, sentence: str, counts: list[Count], events: Sequence[int]
    ) -> tuple[list[Count], list[Count]]:
        """A group and a part of it ("7명 중 5명", "Of the seven, five", "five of the seven"):
        the part is the people when a status word follows both ("... 5명이 체포됐다"); else it
        only describes the group ("5명은 여성"), whose figure counts. A status word between
        the two ("7명이 체포됐고 이 중 5명") leaves them as they are (`inclusive`). Returns the
        counts kept, and those dropped."""
        out, dropped = list(counts), []
        for first, second in pairwise(counts):
            pair = self._whole_and_part(sentence, first, second)
            if pair is None:
                continue
            whole, part, opened = pair
            if not opened and any(first.end <= e < second.start for e in events):
                continue
            # The rest of the group told after the part, with a status word after them: "9명 중
            # 3명은 풀려났고 나머지 6명은 북송 위기", "其中3人获释，其余6人仍被关押": each part has
            # its own status, and the group's figure counts.
            told = any(_tells_of(sentence, second, e) for e in events)
            told_of_part = (told or _told_before_part(sentence, part, whole, events)) and not any(
                c.start >= second.end
                and self._the_rest(sentence, c)
                and any(_tells_of(sentence, c, e) for e in events)
                for c in counts
            )
            drop = whole if told_of_part else part
            if drop in out:
                out.remove(drop)
                dropped.append(drop)
        return out, dropped

    def _the_rest(self, sentence: str, count: Count) -> bool:
        """Whether a `remainder` word right before the figure makes it the rest of a group."""
        rest = self.patterns.rest_before
        return rest is not None and bool(
            rest.search(sentence, max(0, count.start - MARK_REACH), count.start)
        )

    def _part_of_them(
        self,
        sentence: str,
        count: Count,
        events: Sequence[int],
        grammar: GrammarView | None,
    ) -> bool:
        """ "Six of them are women", "이들 중 3명은 여성", "其中3人是妇女", "including three
        children": a part of people no figure before it counts is only a floor of their number,
        unless a status word follows it (then it tells what happened to that part) before a
        word that ends its clause and joins nothing ("4명은 여성이며 북송될 수 있다" goes on to
        all of them; a comma often parts no clause: "9人のうち4人が先週、拘束された"). A part
        set off between commas or dashes after its people ("North Korean defectors, including
        two children, were arrested") is an aside: what follows tells of all of them. One after
        an `inclusive_whole` word opens the whole group's make-up ("a group consisting of three
        women and two men"): no part."""
        whole = self.patterns.inclusive_whole
        if whole is not None and whole.search(
            sentence, max(0, count.start - MARK_REACH), count.start
        ):
            return False
        if self._in_aside(sentence, count) or self._part_named_after(sentence, count):
            return True
        for event in events:
            if _tells_of(sentence, count, event) and not _word_break(
                sentence, count.end, event, grammar
            ):
                return False
        return self.opens_part(sentence, count)

    def _aside_before(self, sentence: str, part: Count, group: Count) -> bool:
        """Whether `part`, set off as an aside or named before an `inclusive_after` word, is a
        part of the larger group whose figure follows it in the same clause."""
        return (
            group.value > part.value
            and not _SENTENCE_STOP.search(sentence, part.end, group.start)
            and (self._in_aside(sentence, part) or self._part_named_after(sentence, part))
        )

    def _part_named_after(self, sentence: str, count: Count) -> bool:
        """Whether an `inclusive_after` word right after the figure, or after its particle or
        noun, makes it a part of the people named after it ("어린이 3명을 포함한 이들 일행은",
        "子ども3人を含め"), or an `inclusive_relative` word before it a part of those named before
        ("กลุ่มนี้ ซึ่งรวมถึงเด็ก 3 คน"): what follows tells of the whole group, which it does
        not count."""
        after, relative = self.patterns.inclusive_after, self.patterns.inclusive_relative
        start = max(0, count.start - MARK_REACH)
        return bool(
            (
                after is not None
                and any(after.match(sentence, e) for e in {count.figure_end, count.end})
            )
            or (relative is not None and relative.search(sentence, start, count.start))
        )

    def _in_aside(self, sentence: str, count: Count) -> bool:
        """Whether the part at `count` opens with an `inclusive` word right after a comma or a
        dash, and a comma or a dash closes it: ", including two children,", "，其中包括三名儿童，"
        (the part's noun may stand between its figure and the closing mark)."""
        start = max(0, count.start - MARK_REACH)
        window = sentence[start : count.start]
        before = [*self.patterns.inclusive.finditer(window)]
        if not before or window[before[-1].end() :].strip(" ,"):
            return False  # no inclusive word right before the figure
        # Opened by a mark, or by the sentence itself: "Including three children, the group
        # of nine was arrested" tells of the nine.
        ahead = sentence[: start + before[-1].start()].rstrip()
        opened = not ahead or ahead.endswith(_ASIDE_MARKS)
        return opened and _ASIDE_CLOSED.match(sentence, count.end) is not None

    def opens_part(self, sentence: str, count: Count) -> bool:
        """Whether a word marks the figure as a part of people counted before it: `part_after`
        right after it ("Six of them") or after its people ("Two children were among them"), or
        `inclusive` before it in its sentence ("其中3人")."""
        after = self.patterns.part_after_figure.match(
            sentence, count.figure_end
        ) or self.patterns.part_after_figure.match(sentence, count.end)
        window = sentence[max(0, count.start - MARK_REACH) : count.start]
        before = [*self.patterns.inclusive.finditer(window)]
        included = bool(before) and not _SENTENCE_STOP.search(window, before[-1].end())
        return after is not None or included

    def accompanies(self, sentence: str, member: Count) -> bool:
        """Whether one named without a figure ("her daughter", 딸, 娘) stands right after a
        `companion_before` word ("together with", cùng, вместе с) or right before a
        `companion_after` one (과 함께, と一緒に, 一起): someone held with the one the sentence
        is about, and one more person. A figure may stand one word after the companion word
        ("along with their two children")."""
        before, after = self.patterns.companion_before, self.patterns.companion_after
        if not member.member:
            before = self.patterns.companion_before_figure
        window = sentence[max(0, member.start - MARK_REACH) : member.start]
        opening = self.patterns.companion_opening
        return bool(
            (before is not None and before.search(window))
            or (after is not None and after.match(sentence, member.end))
            or (member.additive and opening is not None and opening.match(member.text))
        )

    def corrects(self, sentence: str, count: Count) -> bool:
        """Whether a `corrected` word right before the figure makes it the corrected figure ("a
        pastor later said the number was eight"), in place of those told before."""
        corrected = self.patterns.corrected_before
        return corrected is not None and bool(
            corrected.search(sentence, max(0, count.start - 2 * MARK_REACH), count.start)
        )

    def includes(self, sentence: str, whole: Count, part: Count) -> bool:
        """Whether an `inclusive` word ("including", 其中, trong đó) stands between two figures of
        one sentence, or a `part_after` word right after the second's ("eight of them"), making
        the second a part of the first."""
        between = sentence[whole.end : part.start]
        if _SENTENCE_STOP.search(between):
            return False
        # The word may follow the part's figure: "12 people, eight of them North Koreans",
        # "12 foreigners, eight of whom were North Korean".
        after = self.patterns.part_after_figure.match(sentence, part.figure_end)
        return self.patterns.inclusive.search(between) is not None or after is not None

    def opens_group(self, sentence: str, count: Count) -> bool:
        """Whether a `partitive_before` word opening a clause stands right before the figure."""
        start = max(0, count.start - PREFIX_REACH)
        return self.patterns.whole_opened.search(sentence, start, count.start) is not None

    def _whole_and_part(
        self, sentence: str, first: Count, second: Count
    ) -> tuple[Count, Count, bool] | None:
        """The group, its part and whether a `partitive_before` word opens the group's clause,
        for two figures next to each other that the lexicon's words make a group and its part."""
        between = sentence[first.end : second.start]
        if _SENTENCE_STOP.search(between):
            return None
        if len(between) > PART_REACH:
            opened = len(between) <= OPENED_REACH and self.opens_group(sentence, first)
            return (first, second, True) if opened else None
        if self.patterns.part_first.fullmatch(between):
            return second, first, False
        if self.opens_group(sentence, first):
            return first, second, True
        if len(between) <= MARK_REACH and self.patterns.part_between.search(between):
            return first, second, False
        return None

    def members(self, sentence: str, langs: Iterable[str]) -> list[Count]:
        """People named without a figure, one ("a boy", 男孩) or two ("a couple", 母女) each, in
        the sentence's languages (searching every language's costs a fifth of classifying)."""
        found = [
            Count(
                value=2 if m.group("pair") else 1,
                text=m.group(0),
                start=m.start(),
                end=m.end(),
                figure_end=m.end(),
                member=True,
            )
            for lang in langs
            if (pattern := self.patterns.members.get(lang)) is not None
            for m in pattern.finditer(sentence)
        ]
        return sorted(found, key=lambda c: c.start)

    def _marked(self, sentence: str, count: Count, after: Count | None) -> Count:
        """A figure followed by "including", 其中, 그중 or "in all", or right after a total word
        ("всего трое"), counts everyone (a total); one preceded by 다른 or followed by "other"
        ("12 other defectors", "7 người khác") adds to the first. One followed by "were among
        them" is a part of the people, not their total. One right after a `same_before` word
        ("이 3명이 또": these three again) adds no one."""
        stop = min(count.end + MARK_REACH, after.start if after else len(sentence))
        following = sentence[count.end : stop]
        if (
            not count.total
            and self.patterns.inclusive.search(sentence, count.end, stop)  # sees the word before
            and not self.patterns.part.search(following)
        ):
            count = count._replace(total=True)
        before = sentence[max(0, count.start - MARK_REACH) : count.start]
        if not count.total and self.patterns.total_before.search(before):
            count = count._replace(total=True)
        same = self.patterns.same_before
        if (
            not count.additive
            and (same is None or same.search(before) is None)
            and (
                self.patterns.additive_before.search(before)
                # after the figure only: "two more defectors", not "more than 100"
                or self.patterns.additive_after.search(sentence, count.figure_end, count.end)
                # 7 người khác: seven others
                or self.patterns.additive_after.match(following.lstrip())
            )
        ):
            count = count._replace(additive=True)
        return count

    def _count_at(self, sentence: str, position: int) -> Count | None:
        if SPACELESS.search(sentence, position, position + 8):
            for anchor in (*self._spaceless_anchors(sentence, position), position):
                m = self.patterns.cjk.match(sentence, anchor)
                if m is not None and _figure_at(m, position, self.patterns.cjk_figures):
                    return self._from_match(m, cjk=True)
        # Searched in the sentence, not a slice of it: a slice's first word would open a count
        # there whatever it is (its start looks like the sentence's), and a word cut in two
        # would look like one.
        reach = max(0, position - PREFIX_REACH)
        for anchor in (
            *(m.start() for m in self.patterns.latin_starts.finditer(sentence, reach, position)),
            position,
        ):
            if anchor < position and self.patterns.latin_lead.match(sentence, anchor) is None:
                continue  # most words before a figure open no count
            m = self.patterns.latin.match(sentence, anchor)
            if m is None or self._labelled(m):
                continue  # "Rule 39 to two defectors": two, not 39 nor 39 to two
            if _figure_at(m, position, self.patterns.latin_figures):
                return self._from_match(m, cjk=False)
        return None

    def _spaceless_anchors(self, sentence: str, position: int) -> Iterable[int]:
        """The positions before a figure where a count in a spaceless script may begin."""
        reach = max(0, position - self.patterns.spaceless_reach)
        if self.patterns.cjk_starts is None:
            return range(reach, position)
        return [m.start() for m in self.patterns.cjk_starts.finditer(sentence, reach, position)]

    def _value(self, token: str) -> int | None:
        token = token.strip().lower().replace(",", "")
        if token.isdigit():
            return None if _YEAR.match(token) else int(token)
        if token in self.patterns.words:
            return self.patterns.words[token]
        if "-" in token:
            parts = [self.patterns.words.get(p) for p in token.split("-")]
            return sum(p for p in parts if p is not None) if all(parts) else None
        return self._grammar.numeral(token)

    def _from_match(self, m: re.Match[str], *, cjk: bool) -> Count | None:
        groups = m.groupdict()
        raw = groups.get("num") or next(
            (v for k, v in groups.items() if k.startswith("fam") and v), None
        )
        value = self._value(raw) if raw else None
        if not raw or not value:
            return None
        pre = (groups.get("pre") or "").lower()
        post = (groups.get("post") or groups.get("tail") or groups.get("spaced") or "").lower()
        # A range climbs: "15 to 20"; "The five - four women and a man" is a figure, then a part.
        upper = groups.get("num2")
        ranged = upper is not None and (self._value(upper) or 0) > value
        return Count(
            value=value,
            text=m.group(0).strip(),
            start=m.start(),
            end=m.end(),
            approx=ranged
            or (pre in self.patterns.approx and not self._on_a_topic(m))
            or pre == "between"
            or post in self.patterns.approx,
            # A number word may be a bound itself: "dozens of", десятки.
            # A particle is one word: "handed over six", not "handed more than 100".
            # A range ("between 15 and 20") gives no exact count, as an open bound does.
            lower_bound=ranged
            or (
                pre in self.patterns.lower
                and not (" " not in pre and self._after_particle_verb(m))
            )
            or post in self.patterns.lower
            or raw.lower() in self.patterns.lower,
            additive=pre in self.patterns.additive,
            total=pre in self.patterns.total,
            figure_end=max(
                map(m.end, self.patterns.cjk_figures if cjk else self.patterns.latin_figures)
            ),
        )

    def _labelled(self, m: re.Match[str]) -> bool:
        """Whether a `label_before` word stands right before the figure in digits, with no
        bound or approximation word between ("Rule 39", "правило 39", "статья 322", "№ 2"): the
        figure names a rule, an article or a room, and counts nobody."""
        label, start = self.patterns.label, m.start("num")
        if label is None or start < 0 or m.group("pre") or not m.group("num")[0].isdigit():
            return False
        return label.search(m.string, max(0, start - PREFIX_REACH), start) is not None

    def _after_particle_verb(self, m: re.Match[str]) -> bool:
        """Whether the word just before the figure's bound word makes that word the verb's
        particle ("handed over six defectors": six, not more than six)."""
        before = _LAST_WORD.search(m.string, max(0, m.start() - PREFIX_REACH), m.start())
        return before is not None and before.group(1).lower() in self.patterns.particle_verbs

    def _on_a_topic(self, m: re.Match[str]) -> bool:
        """Whether the approximation word is a preposition after a word of speaking, writing
        or worry in its clause ("has written to the Chinese government about eight North
        Koreans": eight, not about eight)."""
        words = self.patterns.topic_words
        if not words:
            return False
        before = m.string[max(0, m.start() - TOPIC_REACH) : m.start()]
        clause = _CLAUSE_MARK.split(before)[-1]
        return any(w.lower() in words for w in _WORD.findall(clause))


def _figure_at(m: re.Match[str], position: int, figures: tuple[str, ...]) -> bool:
    """Whether the match's figure (not a word before or after it) stands at `position`."""
    return any(m.start(k) <= position < m.end(k) for k in figures)
