"""When: the incident date, when a sentence about the incident states one.

Reads "November 7", "Nov. 23, 2019", "7 November", "11월 7일", "지난 29일", "11月7日",
"2019年11月7日" and weekdays ("on Friday"). A date without a year, or a bare day of the month,
is placed relative to the report's own date (the latest such day not after it); without a report
date only fully written dates are read. Pure: the report date is passed in, never the clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PATTERNS = (
    re.compile(
        r"(?=[a-z])\b(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+"
        r"(?P<day>\d{1,2})(?!\d)(?:(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d))?",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?=\d)\b(?P<day>\d{1,2})\s+(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
        r"(?:\s+(?P<year>(?:19|20)\d\d))?",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?:(?P<year>(?:19|20)\d\d)\s*[年년]\s*)?(?P<num>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
    ),
    re.compile(r"(?:지난|이달|今月|本月)\s*(?P<day>\d{1,2})\s*[일日]"),
    re.compile(r"(?=o)\bon\s+(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE),
)


def read_date(text: str, report_date: date | None) -> date | None:
    """The first date stated in `text`, resolved against `report_date`."""
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            found = _resolve(m, report_date)
            if found is not None:
                return found
    return None


def _resolve(m: re.Match[str], ref: date | None) -> date | None:
    groups = m.groupdict()
    if groups.get("weekday"):
        if ref is None:
            return None
        back = (ref.weekday() - _WEEKDAYS.index(groups["weekday"].lower())) % 7
        return ref - timedelta(days=back)
    day = int(groups["day"])
    if groups.get("mon"):
        month: int | None = _MONTHS[groups["mon"].lower()[:3]]
    elif groups.get("num"):
        month = int(groups["num"])
    else:
        month = None
    year = int(groups["year"]) if groups.get("year") else None
    if year is None and ref is None:
        return None
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


def _day_on_or_before(ref: date, day: int) -> date | None:
    try:
        if day <= ref.day:
            return ref.replace(day=day)
        previous = ref.replace(day=1) - timedelta(days=1)
        return previous.replace(day=day)
    except ValueError:
        return None
