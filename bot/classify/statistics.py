"""Statistics: a yearly or cumulative figure is not an incident.

"At least 400 North Koreans were forcibly returned in 2025", "올해 상반기 강제북송된 탈북민은
모두 150명", "据统计，2025年中国共遣返脱北者约500人": a period (a year, this year, the first half;
the `period` concept and the years of the language files) with a figure that is approximate, an
open bound, a total, in the hundreds or broken down into parts after it ("43 detained in 2025,
including nine North Koreans"), and no day of its own. Such a sentence tells how many, not
who: the rules read it as generic, so it alerts no one, in any language. The period and the day
count in the figure's own clause, opening the sentence before it ("In 2023, 450 were ..."), or
set off by a comma right before the figure's clause ("据称，去年，中国将约600名"):
"2023년 탈북한 ... 탈북민 3명이 지난 20일 체포됐다" is an arrest, and a year or a day in a later
clause ("..., according to a report released on Wednesday") dates the telling, not the figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from bot.classify.dates import DateReader
from bot.classify.numbers import Count, CountReader
from bot.classify.sentences import Sentence, parted_in_headline

HUNDREDS: Final = 100  # a figure this large over a whole period counts people in general
# what sets a time off before its clause in every script
COMMAS: Final = frozenset({",", "，", "、"})


class StatisticReader:
    """Tells a sentence that gives a figure over a period (built once from the readers)."""

    def __init__(self, counts: CountReader, dates: DateReader) -> None:
        self._counts, self._dates = counts, dates

    def is_statistic(self, sentence: Sentence) -> bool:
        return bool(self._read(sentence)[0])

    def told_apart(
        self, sentence: Sentence, starts: Sequence[int]
    ) -> tuple[list[int], list[tuple[int, int]]]:
        """Of the events at `starts` (text offsets) of a statistic sentence, those a day of
        their own dates in a clause apart from every figure a period dates, when another event
        stands in a figure's clause: "서한은 2023년 10월 600여 명이 강제북송된 이후에도 ...
        지적하며, 지난달 28일 선양에서 체포된 탈북 여성 2명에 대한 ..." tells the two women's
        arrest, not the 600's return. So are those their own smaller figure counts in a clause no
        period or year dates ("5名脱北者在丹东被捕 全年60人被遣返", "ชาวเกาหลีเหนือ 5 คนถูกจับที่ตานตง
        ทั้งปีที่แล้ว 60 คนถูกส่งกลับ"). With them, where the figures stand (not their count)."""
        figures, days, counts = self._read(sentence)
        if not figures:
            return [], []
        text, grammar = sentence.text, sentence.grammar

        def apart(start: int, span: tuple[int, int]) -> bool:
            lo, hi = (start, span[0]) if start < span[0] else (span[1], start)
            return grammar.breaks(text, lo, hi) or parted_in_headline(sentence, lo, hi)

        def dated(start: int, day: tuple[int, int]) -> bool:
            # in its clause, or opening the sentence before it ("月曜日、5人を逮捕し、")
            return not apart(start, day) or (
                day[1] <= start and not grammar.breaks(text, 0, day[0])
            )

        def counted_alone(start: int) -> bool:
            least = min(c.value for c in figures)
            return any(
                c not in figures
                and c.value < least
                and not apart(start, (c.start, c.end))
                and not self._counts.opens_part(text, c)
                for c in counts
            ) and not any(_dates_event(sentence, start, span) for span in _times(sentence))

        told = [s for s in starts if all(apart(s, (c.start, c.end)) for c in figures)]
        if len(told) == len(starts):
            return [], []
        kept = [s for s in told if any(dated(s, day) for day in days) or counted_alone(s)]
        return (kept, [(c.start, c.end) for c in figures]) if kept else ([], [])

    def _read(self, sentence: Sentence) -> tuple[list[Count], list[tuple[int, int]], list[Count]]:
        """The figures a period dates with no day of their own (none: no statistic), the days
        the sentence states (text offsets in the sentence), and every figure it gives."""
        if not (sentence.has("period") or _has_year(sentence)):
            return [], [], []
        text = sentence.text
        words = [h.start - sentence.start for h in sentence.hits_of("number")]
        spans = _spans(sentence, "span")
        counts = self._counts.read(text, words)
        # A whole broken down into parts after it ("43 border violators, including nine North
        # Koreans", "43 нарушителя, в том числе девять граждан КНДР"): a tally, as a total is.
        parts = [c.start for c in counts if self._counts.opens_part(text, c)]
        figures = [
            c
            for c in counts
            if c.approx
            or c.lower_bound
            or c.total
            or c.value >= HUNDREDS
            or any(_governs(sentence, c, span) for span in spans)
            or any(start >= c.end for start in parts)
        ]
        if not figures:
            return [], [], counts
        root = sentence.root
        periods = _spans(sentence, "period")
        # "who fled in 2015" dates no figure, but a year's arrivals in the hundreds
        # ("2025年に韓国に入国した脱北者は236人") are the year's statistic.
        escapes: list[tuple[int, int]] = []
        for m in sentence.years():
            (escapes if root.dates_an_escape(text, *m.span()) else periods).append(m.span())
        # A day of its own: "on 3 May 2025", "지난 20일", "last week"; not the day the figure was
        # told on ("a group said on Monday that at least 600 were returned in 2025").
        # Nor the day of its dateline, the day the story was filed ("（中央社日內瓦3日電）").
        dateline = _dateline_end(sentence)
        days = [
            (start, end)
            for start, end in self._dates.spans(text, sentence.grammar.langs)
            + _spans(sentence, "recent")
            if end > dateline and not self._dates.spoken(text, start, end)
        ]
        # A period in the figure's own clause dates it whatever day opens the sentence before
        # ("上周拘留了五名脱北者，今年共有60名脱北者被抓": the week dates the five, not the 60).
        dated = [
            c
            for c in figures
            if (
                any(_governs(sentence, c, p) for p in periods)
                or (c.value >= HUNDREDS and any(_governs(sentence, c, e) for e in escapes))
            )
            and not any(
                (_in_clause if any(_in_clause(sentence, c, p) for p in periods) else _governs)(
                    sentence, c, d
                )
                for d in days
            )
        ]
        return dated, days, counts

    def undated(self, sentence: Sentence) -> bool:
        """Whether the sentence names no time of its own: no period, year, nor day."""
        if sentence.has("period") or sentence.has("recent") or _has_year(sentence):
            return False
        return not self._dates.spans(sentence.text, sentence.grammar.langs)


def dated_by_period(sentence: Sentence, figure: Count) -> bool:
    """Whether a `period` word ("last year", 去年, в прошлом году) dates the figure: it stands in
    the figure's clause, or opens the sentence before it."""
    return any(_governs(sentence, figure, span) for span in _spans(sentence, "period"))


def _times(sentence: Sentence) -> list[tuple[int, int]]:
    """Where the sentence's periods, spans and years stand."""
    return [*_spans(sentence, "period"), *_spans(sentence, "span")] + [
        m.span() for m in sentence.years()
    ]


def _dates_event(sentence: Sentence, start: int, span: tuple[int, int]) -> bool:
    """Whether the time at `span` dates the event at `start`: it stands in its clause, or opens
    the sentence before it with no headline's part between ("去年60人被遣返 5名…被捕")."""
    text, grammar = sentence.text, sentence.grammar
    if span[0] >= start:
        return not grammar.breaks(text, start, span[1]) and not parted_in_headline(
            sentence, start, span[0]
        )
    if parted_in_headline(sentence, span[1], start):
        return False
    return not grammar.breaks(text, span[1], start) or not grammar.breaks(text, 0, span[0])


def _dateline_end(sentence: Sentence) -> int:
    """Where a dateline opening the sentence ends, 0 when there is none."""
    pattern = sentence.root.dateline
    m = pattern.match(sentence.text) if pattern is not None else None
    return m.end() if m else 0


def _spans(sentence: Sentence, concept: str) -> list[tuple[int, int]]:
    return [(h.start - sentence.start, h.end - sentence.start) for h in sentence.hits_of(concept)]


def _governs(sentence: Sentence, figure: Count, span: tuple[int, int]) -> bool:
    """Whether the words at `span` date the figure: they stand in its clause, or open the
    sentence before it ("In 2023, 450 were returned", a dateline), but not across a headline's
    parts ("去年全年60人被遣返 5名脱北者在丹东被捕": the year dates the 60 alone)."""
    start, end = span
    text, grammar = sentence.text, sentence.grammar
    if end <= figure.start and parted_in_headline(sentence, end, figure.start):
        return False
    if end <= figure.start and not grammar.breaks(text, 0, start):
        return True
    if end <= figure.start and not grammar.breaks(text, _past_comma(text, end), figure.start):
        return True  # "昨年、脱北者約600人を", "去年，中国将约600名": it opens the figure's clause
    # to the time's end: a break may open on its words (Thai " ทั้งปี")
    between = (figure.end, end) if figure.end <= start else (end, figure.start)
    return not grammar.breaks(text, *between) and not parted_in_headline(sentence, *between)


def _in_clause(sentence: Sentence, figure: Count, span: tuple[int, int]) -> bool:
    """Whether the words at `span` stand in the figure's own clause."""
    start, end = span
    between = (figure.end, end) if figure.end <= start else (end, figure.start)
    return not sentence.grammar.breaks(sentence.text, *between) and not parted_in_headline(
        sentence, *between
    )


def _past_comma(text: str, end: int) -> int:
    """Where the words after a time set off by a comma ("Last year, ...") begin."""
    rest = text[end:]
    stripped = rest.lstrip()
    if stripped[:1] in COMMAS:
        return len(text) - len(stripped) + 1
    return end


def _has_year(sentence: Sentence) -> bool:
    return bool(sentence.years())
