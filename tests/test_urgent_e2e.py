"""Urgent and fresh, end to end: feeds on 127.0.0.1, the real pipeline and sender, the fake Bot API.

The clock is the test's: polls and sends happen at the time it sets, and waits are on what the
chats receive, never on a stopwatch.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from feedserver import Entry
from rig import rig
from sqlalchemy import func, select

from bot.store.case_rows import CaseReport
from bot.store.reports import Report

NOW = datetime(2026, 12, 2, 5, 0, tzinfo=UTC)  # 14:00 in Seoul
SUBSCRIBER = 5001


def detention(n: int, published: datetime, place: str = "Dandong") -> Entry:
    return Entry(
        f"Chinese police detain {n + 3} North Korean defectors in {place}",
        f"https://wire.example/{place.lower()}-{n}",
        None,
        f"Police in {place} detained {n + 3} North Korean defectors at a safe house, a Seoul "
        "rescue group said; the group fears they will be forcibly repatriated.",
        published,
    )


async def test_a_new_feed_of_three_year_old_reports_alerts_nobody_but_files_them(
    tmp_path: Path,
) -> None:
    async with rig(tmp_path, NOW) as r:
        r.subscribe(SUBSCRIBER)
        years_ago = NOW - timedelta(days=3 * 365)
        archive = [detention(n, years_ago + timedelta(days=40 * n), "Yanji") for n in range(3)]
        r.add_feed("archive", archive)
        summary = await r.poll()
        assert summary.new_reports == 3
        assert [e.news for e in summary.events] == [False, False, False]
        r.publish("archive", [*archive, detention(9, NOW - timedelta(hours=1), "Tumen")])
        await r.poll()
        async with r.delivering():
            await r.until(lambda: r.texts(SUBSCRIBER), "the fresh report's alert")
        (alert,) = r.texts(SUBSCRIBER)
        assert "Tumen" in alert and "Yanji" not in alert
        stored = r.db(lambda s: s.scalar(select(func.count()).select_from(Report)))
        linked = r.db(lambda s: s.scalar(select(func.count()).select_from(CaseReport)))
        assert (stored, linked) == (4, 4)
