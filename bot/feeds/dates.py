"""A feed's date as feedparser reads it, with the common RSS form read without feedparser.

Nearly every RSS date is written as RFC 822 says, "Tue, 03 Nov 2026 02:00:00 GMT" or with a
numeric offset ("+0900"). feedparser reads one by trying its date handlers in turn (W3C-DTF
first, which fails), splitting and lower-casing the text: five times what this one regex and a
subtraction cost, a fortieth of a first poll's parsing. Anything else, or a date that form cannot
hold (31 February, a 60th second), goes to feedparser, which remains the reference: the result is
its UTC time tuple either way (tests/test_feed_dates.py compares the two). `read_date` keeps the
common form's reading as an aware datetime: the fast path hands it to normalisation as it is, and
the round trip through a time tuple (utctimetuple, timegm, fromtimestamp) was 4% of parsing.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta

from feedparser.datetimes import _parse_date

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_RFC822 = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
    r"|Dec) (\d{4}) (\d\d):(\d\d):(\d\d) (?:GMT|([+-])(\d\d)(\d\d))"
)


def parse_date(written: str) -> time.struct_time | None:
    """feedparser's reading of a date: its UTC time tuple, or None."""
    when = read_date(written)
    return when.utctimetuple() if isinstance(when, datetime) else when


def read_date(written: str) -> datetime | time.struct_time | None:
    """parse_date's reading, as an aware UTC datetime where the common form holds it."""
    found = _RFC822.fullmatch(written)
    if found is None:
        return _parse_date(written)  # type: ignore[no-any-return]
    day, month, year, hour, minute, second, sign, zone_hours, zone_minutes = found.groups()
    try:
        numbers = (int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second))
        stamp = datetime(*numbers, tzinfo=UTC)
        if sign is not None:
            offset = timedelta(hours=int(zone_hours), minutes=int(zone_minutes))
            stamp = stamp + offset if sign == "-" else stamp - offset
    except (ValueError, OverflowError):  # not a date this form can hold: feedparser decides
        return _parse_date(written)  # type: ignore[no-any-return]
    return stamp
