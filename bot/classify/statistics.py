"""Statistics: a yearly or cumulative figure is not an incident.

"At least 400 North Koreans were forcibly returned in 2025", "올해 상반기 강제북송된 탈북민은
모두 150명", "据统计，2025年中国共遣返脱北者约500人": a period (a year, this year, the first half;
the `period` concept and the years of the language files) with a figure that is approximate, an
open bound, a total or in the hundreds, and no day of its own. Such a sentence tells how many, not
who: the rules read it as generic, so it alerts no one, in any language. A recent day in another
clause ("..., according to a report released on Wednesday") dates the telling, not the figure.
"""

from __future__ import annotations

from bot.classify.dates import DateReader
from bot.classify.events import Sentence
from bot.classify.numbers import Count, CountReader

HUNDREDS = 100  # a figure this large over a whole period counts people in general


class StatisticReader:
    """Tells a sentence that gives a figure over a period (built once from the readers)."""

    def __init__(self, counts: CountReader, dates: DateReader) -> None:
        self._counts, self._dates = counts, dates

    def is_statistic(self, sentence: Sentence) -> bool:
        if not (sentence.has("period") or _has_year(sentence)):
            return False
        text = sentence.text
        if (
            self._dates.read(text, None, sentence.grammar.langs) is not None
        ):  # a day of its own: "on 3 May 2025"
            return False
        words = [h.start - sentence.start for h in sentence.hits_of("number")]
        figures = [
            c
            for c in self._counts.read(text, words)
            if c.approx or c.lower_bound or c.total or c.value >= HUNDREDS
        ]
        return bool(figures) and not any(_recent_beside(sentence, c) for c in figures)


def _recent_beside(sentence: Sentence, figure: Count) -> bool:
    """Whether a recent day ("last week", "on Monday") stands in the figure's own clause."""
    breaks = sentence.grammar.breaks
    for hit in sentence.hits_of("recent"):
        start, end = hit.start - sentence.start, hit.end - sentence.start
        between = (figure.end, start) if figure.end <= start else (end, figure.start)
        if not breaks(sentence.text, *between):
            return True
    return False


def _has_year(sentence: Sentence) -> bool:
    return any(p.search(sentence.text) for p in sentence.root.years)
