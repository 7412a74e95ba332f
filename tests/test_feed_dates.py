"""A feed's date read without feedparser's handler chain: the same UTC time as feedparser gives."""

from __future__ import annotations

import calendar
from datetime import UTC, datetime

import pytest
from feedparser.datetimes import _parse_date

from bot.feeds.dates import parse_date, read_date

WRITTEN = [
    "Tue, 03 Nov 2026 02:00:00 GMT",
    "Thu, 19 Nov 2026 06:00:00 +0900",  # Seoul: the day before in UTC
    "Sun, 1 Mar 2026 00:30:00 +0100",  # a one-digit day, and a month boundary crossed
    "Wed, 31 Dec 2025 22:15:09 -0330",  # Newfoundland: next year in UTC
    "Fri, 13 Feb 2026 10:00:00 -0000",
    "Mon, 29 Feb 2028 23:59:59 +0545",  # a leap day, a quarter-hour zone
    "Sat, 29 Feb 2025 08:00:00 GMT",  # no such day: feedparser decides what it is
    "Tue, 03 Nov 2026 24:00:00 GMT",  # no such hour
    "Tue, 03 Nov 2026 02:00:00 EST",  # a zone name: feedparser's reading
    "Tue, 03 Nov 26 02:00:00 GMT",  # a two-digit year
    "2026-11-03T02:00:00+09:00",  # W3C-DTF, as Atom writes it
    "3 November 2026",
    "",
]


@pytest.mark.parametrize("written", WRITTEN)
def test_a_date_reads_as_feedparser_reads_it(written: str) -> None:
    assert parse_date(written) == _parse_date(written)


def test_an_offset_is_taken_off_to_give_utc() -> None:
    parsed = parse_date("Thu, 19 Nov 2026 06:00:00 +0900")
    assert parsed is not None
    assert tuple(parsed)[:6] == (2026, 11, 18, 21, 0, 0)


@pytest.mark.parametrize("written", WRITTEN)
def test_a_date_read_as_a_datetime_is_the_same_utc_time(written: str) -> None:
    read, parsed = read_date(written), parse_date(written)
    if isinstance(read, datetime):
        assert parsed is not None
        assert read == datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    else:
        assert read == parsed


def test_the_common_form_is_read_as_an_aware_datetime() -> None:
    assert read_date("Thu, 19 Nov 2026 06:00:00 +0900") == datetime(2026, 11, 18, 21, tzinfo=UTC)
