"""When: the incident date, when a sentence about the incident states one.

The `dates` headings of the language files give month and weekday names and the patterns of a
written date ("November 7", "Nov. 23, 2019", "11월 7일", "2019年11月7日", "7 ноября 2023",
"ngày 7 tháng 11", "7 พฤศจิกายน 2566", weekdays such as "on Friday"), and a month of a year
written without its day ("2019년 11월", "November 2019", "April this year": read as its 1st, and
said to be only a month), read only where no day is written. A date without a year, or
a bare day of the month ("지난 29일"), is placed relative to the report's own date (the latest
such day not after it); without a report date only fully written dates are read. A date right
after or before a word of speaking ("said on Tuesday", "13일 밝혔다", `spoken_before` and
`spoken_after`) is when someone spoke of the incident: `read(..., incident=True)` passes over it.
Pure: the report date is passed in, never the clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Final, NamedTuple

from bot.classify.checks import fill
from bot.classify.grammar import LanguageGrammar
from bot.classify.language import BUDDHIST_ERA, SpokenDays, alternation
from bot.classify.matcher import Hit
from bot.classify.sentences import Sentence
from bot.classify.starts import opened

_NAMED_GROUP: Final = re.compile(r"\(\?P<\w+>")
_EVERYWHERE: Final = re.compile("")
NOW: Final = 2  # the rank of a recent time of the report's own days (`recent_rank`)


class Reading(NamedTuple):
    """When a text says something happened: the first date it states, and the first that is not
    a day someone spoke on."""

    stated: date | None = None
    happened: date | None = None
    month_only: bool = False  # `happened` names only its month: its 1st stands for it


class DateReader:
    """Reads dates with the `dates` headings of every language (built once)."""

    def __init__(self, grammars: Sequence[LanguageGrammar]) -> None:
        self._months = {w: n for g in grammars for w, n in g.dates.months}
        self._weekdays = {w: n for g in grammars for w, n in g.dates.weekdays}
        # Each language's patterns name its own months and weekdays: "8 สิงหาคม 2567" is read
        # by the Thai pattern (with its Buddhist year), not cut short by the English one.
        compiled: dict[str, re.Pattern[str]] = {}
        self._by_lang: dict[str, list[re.Pattern[str]]] = {}
        months_of_years: dict[str, re.Pattern[str]] = {}
        # A month named alone only orders two events (`month_alone`): it dates no incident.
        self._alone: dict[str, list[re.Pattern[str]]] = {}
        for g in grammars:
            fills = _fills(g)
            self._alone.setdefault(g.language, []).extend(
                opened(re.compile(fill(t, fills, numbered_groups=True), re.IGNORECASE))
                for t in g.dates.month_alone
            )
            for templates, into in (
                (g.dates.patterns, compiled),
                (g.dates.month_patterns, months_of_years),
            ):
                for template in templates:
                    pattern = fill(template, fills, numbered_groups=True)
                    into.setdefault(pattern, opened(re.compile(pattern, re.IGNORECASE)))
                    self._by_lang.setdefault(g.language, []).append(into[pattern])
        # A month without its day is read only where no day is: after every day pattern.
        self._month_only = frozenset(months_of_years.values())
        self._patterns = [*compiled.values(), *months_of_years.values()]
        self._views: dict[frozenset[str], tuple[list[re.Pattern[str]], re.Pattern[str]]] = {}
        # Most sentences state no date: skip them unless they have a digit, a weekday or the
        # words for this year ("in April this year").
        # (Opened by a look at the first character, which fails fast where none can start.)
        hints = [*self._weekdays, *(w for g in grammars for w in g.dates.this_year)]
        firsts = re.escape("".join(sorted({w[0].lower() for w in hints})))
        self._hint = re.compile(rf"(?=[\d{firsts}])(?:\d|{alternation(hints)})", re.IGNORECASE)
        self._spoken_days = SpokenDays(grammars)

    def read(
        self,
        text: str,
        report_date: date | None,
        langs: frozenset[str] | None = None,
        *,
        incident: bool = False,
    ) -> date | None:
        """The first date stated in `text` that can be resolved against `report_date`, by the
        pattern listed first (a full date before a weekday), then by position. With `langs`
        (the sentence's languages), only their patterns are tried. `incident`: pass over the
        days someone spoke on."""
        reading = self.read_both(text, report_date, langs)
        return reading.happened if incident else reading.stated

    def read_both(
        self, text: str, report_date: date | None, langs: frozenset[str] | None = None
    ) -> Reading:
        """`read` of `text`, and `read` with `incident`, in one pass."""
        stated: date | None = None
        patterns, anywhere = self._patterns_of(langs)
        if not self._hint.search(text) or not anywhere.search(text):
            return Reading()
        for pattern in patterns:
            for m in pattern.finditer(text):
                found = self._resolve(m, report_date)
                if found is None:
                    continue
                stated = stated or found
                if not self._spoken(text, m):
                    return Reading(stated, found, pattern in self._month_only)
        return Reading(stated)

    def _spoken(self, text: str, m: re.Match[str]) -> bool:
        return self.spoken(text, *m.span())

    def spoken(self, text: str, start: int, end: int) -> bool:
        """Whether the day at `start:end` of `text` is one someone spoke on."""
        return self._spoken_days.spoken(text, start, end)

    def speaks(self, text: str, start: int, end: int) -> bool:
        """Whether a word of speaking ("said", "told") stands in text[start:end]."""
        return self._spoken_days.speaking.search(text, start, end) is not None

    def spans(self, text: str, langs: frozenset[str] | None = None) -> list[tuple[int, int]]:
        """Where `text` states a day (resolved or not: "지난 20일", "on Monday"), by the
        patterns of `langs`."""
        patterns, anywhere = self._patterns_of(langs)
        if not self._hint.search(text) or not anywhere.search(text):
            return []
        return [m.span() for p in patterns for m in p.finditer(text)]

    def prepare(self, langs: frozenset[str]) -> None:
        """Compile now the patterns `langs` read with, rather than on the first sentence that
        asks."""
        self._patterns_of(langs)

    def month_alone(
        self,
        text: str,
        report_date: date | None,
        langs: frozenset[str],
        start: int = 0,
        end: int | None = None,
    ) -> date | None:
        """The 1st of the first month `text[start:end]` names alone (`month_alone`: "in October",
        10月): the latest such month up to the report's. None without a report date."""
        found = self.month_alone_at(text, report_date, langs, start, end)
        return None if found is None else found[2]

    def month_alone_at(
        self,
        text: str,
        report_date: date | None,
        langs: frozenset[str],
        start: int = 0,
        end: int | None = None,
    ) -> tuple[int, int, date] | None:
        """Where `month_alone` finds its month in the text (start and end offsets), and the 1st
        of that month. None without a report date."""
        if report_date is None:
            return None
        stop = len(text) if end is None else end
        for lang in sorted(langs):
            for pattern in self._alone.get(lang, []):
                m = pattern.search(text, start, stop)
                if m is None:
                    continue
                month = self._month(_groups(m))
                if 1 <= month <= 12:
                    year = report_date.year - (month > report_date.month)
                    return m.start(), m.end(), date(year, month, 1)
        return None

    def _patterns_of(
        self, langs: frozenset[str] | None
    ) -> tuple[list[re.Pattern[str]], re.Pattern[str]]:
        """The patterns of `langs` in the order they are tried, and one that finds any of them."""
        key = langs or frozenset()
        view = self._views.get(key)
        if view is None:
            chosen = {id(p): p for lang in sorted(key) for p in self._by_lang.get(lang, [])}
            # Every language's days before any month without its day.
            patterns = sorted(chosen.values(), key=lambda p: p in self._month_only)
            patterns = patterns or self._patterns
            view = self._views[key] = (patterns, _anywhere(patterns))
        return view

    def _resolve(self, m: re.Match[str], ref: date | None) -> date | None:
        groups = _groups(m)
        if m.re in self._month_only:
            return self._month_of_year(groups, ref)
        if "weekday" in groups:
            if ref is None:
                return None
            weekday = self._weekdays[" ".join(groups["weekday"].lower().split())]
            return ref - timedelta(days=(ref.weekday() - weekday) % 7)
        day = int(groups["day"])
        month: int | None = None
        if "monthname" in groups:
            month = self._months[" ".join(groups["monthname"].lower().split())]
        elif "month" in groups:
            month = int(groups["month"])
        year = _year(groups)
        if year is None and ref is None:
            return None
        if "last_month" in groups:
            return _day_of_month_before(ref, day) if ref is not None else None
        if month is None:
            assert ref is not None
            return _day_on_or_before(ref, day)
        try:
            if year is not None:
                return date(year, month, day)
            assert ref is not None
            candidate = date(ref.year, month, day)
            return candidate if candidate <= ref else date(ref.year - 1, month, day)
        except ValueError:
            return None

    def _month_of_year(self, groups: dict[str, str], ref: date | None) -> date | None:
        """The 1st of a month written with its year (or "this year": the report's); None for a
        month after the report's (a plan, not what happened)."""
        year = _year(groups)
        if year is None and "this_year" in groups and ref is not None:
            year = ref.year
        if year is None and "last_year" in groups and ref is not None:
            year = ref.year - 1
        month = self._month(groups)
        if year is None or not 1 <= month <= 12:
            return None
        first = date(year, month, 1)
        return None if ref is not None and first > ref else first

    def _month(self, groups: dict[str, str]) -> int:
        """The month a date's groups name, by its name or its number (0 when they name none)."""
        if "monthname" in groups:
            return self._months[" ".join(groups["monthname"].lower().split())]
        return int(groups.get("month", 0))


def _groups(m: re.Match[str]) -> dict[str, str]:
    """A date match's groups that matched, by placeholder (a template may fill one twice:
    "month", "month2")."""
    return {k.rstrip("0123456789"): v for k, v in m.groupdict().items() if v}


def _fills(g: LanguageGrammar) -> dict[str, str]:
    """The patterns a language's date templates fill their placeholders with."""
    return {
        "day": r"(?P<day>\d{1,2})",
        "month": r"(?P<month>\d{1,2})",
        "monthname": f"(?P<monthname>{alternation(w for w, _n in g.dates.months)})",
        "year": r"(?P<year>(?:19|20)\d\d)",
        "be_year": r"(?P<be_year>2[45]\d\d)",
        "weekday": f"(?P<weekday>{alternation(w for w, _n in g.dates.weekdays)})",
        "last_month": f"(?P<last_month>{alternation(g.dates.last_month)})",
        "this_year": f"(?P<this_year>{alternation(g.dates.this_year)})",
        "last_year": f"(?P<last_year>{alternation(g.dates.last_year)})",
    }


class SentenceDates:
    """The days each sentence of one report states (`DateReader.read_both`), read once: the
    incident's date, the check for an incident retold and the check of an all-clear read many of
    the same sentences. Keyed by sentence order, so one serves one report."""

    def __init__(self, reader: DateReader, report_date: date | None) -> None:
        self.reader = reader
        self.report_date = report_date
        self._read: dict[int, Reading] = {}

    def of(self, sentence: Sentence) -> Reading:
        reading = self._read.get(sentence.order)
        if reading is None:
            reading = self.reader.read_both(
                sentence.text, self.report_date, sentence.grammar.langs
            )
            self._read[sentence.order] = reading
        return reading


def recent_rank(hit: Hit) -> int:
    """How far before the report's own days a recent time lies: 0 the month before (`month_before`:
    last month), 1 the week before (`week_before`: last week), 2 neither ("on Monday")."""
    return 0 if hit.has("month_before") else 1 if hit.has("week_before") else NOW


def recent_level(dating: Sequence[Hit]) -> int:
    """The latest rank of the recent times that date an event (NOW when none is earlier)."""
    return max((recent_rank(r) for r in dating), default=NOW)


def this_week(sentence: Sentence, dates: SentenceDates) -> bool:
    """Whether the sentence states a day of the report's week, up to the report's day."""
    day, report = dates.of(sentence).happened, dates.report_date
    return day is not None and report is not None and 0 <= (report - day).days <= report.weekday()


def this_month(sentence: Sentence, dates: SentenceDates) -> bool:
    """Whether the sentence states a day (not a month alone) of the report's month."""
    reading, report = dates.of(sentence), dates.report_date
    day = reading.happened
    return (
        day is not None
        and report is not None
        and not reading.month_only
        and (day.year, day.month) == (report.year, report.month)
    )


def ranked_before(earlier: Sequence[Hit], later: Sequence[Hit]) -> bool:
    """Whether the recent times `earlier` tells (some) all lie in a month or a week before the
    report's days (`recent_level`) and `later` tells a later one."""
    level = recent_level(earlier)
    return bool(earlier) and level < NOW and any(recent_rank(h) > level for h in later)


def dated_before(earlier: Sentence, later: Sentence, dates: SentenceDates) -> bool:
    """Whether the recent times `earlier` tells all lie in a month before the report's (`month_before`:
    last month, 지난달, 上个月) or a week before (`week_before`: last week) while `later` tells a
    later one (a day of the report's month or week, "on Monday"), or whether both state a day
    and `earlier`'s comes first ("freed on Nov. 10", "held again on Wednesday")."""
    level = recent_level(earlier.hits_of("recent"))
    if level == NOW or this_month(earlier, dates):
        first, then = dates.of(earlier), dates.of(later)
        return (
            first.happened is not None
            and then.happened is not None
            and not first.month_only
            and not then.month_only
            and first.happened < then.happened
        )
    return (this_week(later, dates) if level else this_month(later, dates)) or any(
        recent_rank(h) > level for h in later.hits_of("recent")
    )


def month_alone_before(
    month: date | None, later_day: date | None, later_recent: Sequence[Hit], report: date | None
) -> bool:
    """Whether a month named alone (`DateReader.month_alone`: "in October", 10月; or a month of
    this year, 今年9月) lies before the report's month and before a later event dated by a day
    of a later month ("on Dec. 1") or by a recent time after it ("on Monday", "last week"; "last
    month" when the month named is earlier still)."""
    if month is None or report is None or (month.year, month.month) >= (report.year, report.month):
        return False
    if later_day is not None and (later_day.year, later_day.month) > (month.year, month.month):
        return True
    month_before = (report.replace(day=1) - timedelta(days=1)).replace(day=1)
    return any(recent_rank(h) > 0 or month < month_before for h in later_recent)


def month_named_before(earlier: Sentence, later: Sentence, dates: SentenceDates) -> bool:
    """Whether `earlier` names a month alone ("in November", 11月, в ноябре) and no recent time
    nor day, and that month lies before the day or recent time `later` tells
    (`month_alone_before`): "Two were caught on Tuesday. In November two others were sent back"."""
    reading, report = dates.of(earlier), dates.report_date
    if earlier.hits_of("recent") or (reading.happened and not reading.month_only):
        return False
    month = (
        reading.happened
        if reading.month_only
        else dates.reader.month_alone(earlier.text, report, earlier.grammar.langs)
    )
    return month_alone_before(month, dates.of(later).happened, later.hits_of("recent"), report)


def _anywhere(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern that matches where any of `patterns` does (their groups unnamed, as names
    repeat across them), or one that matches everywhere when they cannot be joined. Most
    sentences read for a date have a figure and no date: one search for all the patterns turns
    them away in 60% of the time of a search for each."""
    flags = {p.flags for p in patterns}
    if len(flags) != 1 or any("(?P=" in p.pattern for p in patterns):
        return _EVERYWHERE
    either = "|".join(f"(?:{_NAMED_GROUP.sub('(?:', p.pattern)})" for p in patterns)
    return opened(re.compile(either, flags.pop()))


def _year(groups: dict[str, str]) -> int | None:
    if "year" in groups:
        return int(groups["year"])
    if "be_year" in groups:
        return int(groups["be_year"]) - BUDDHIST_ERA
    return None


def _day_on_or_before(ref: date, day: int) -> date | None:
    try:
        if day <= ref.day:
            return ref.replace(day=day)
        previous = ref.replace(day=1) - timedelta(days=1)
        return previous.replace(day=day)
    except ValueError:
        return None


def _day_of_month_before(ref: date, day: int) -> date | None:
    """The `day` of the month before `ref`'s month ("지난달 7일" in a report of 20 May: 7 April)."""
    try:
        return (ref.replace(day=1) - timedelta(days=1)).replace(day=day)
    except ValueError:
        return None
