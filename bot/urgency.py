"""Is a report news, and is it urgent: the pure rules that decide what may alert, and how loudly.

A report is news when it was published within the freshness window (default 7 days) before now,
or, lacking a date, when it was first seen within it; a report from a feed's first successful poll
that carries no date is the feed's archive, not news (a newly added feed backfills silently). A
report that is not news is still stored, classified and linked into its case, as history; it is
never alerted as new.

A news report is urgent when it opens a case whose people are arrested, detained, facing
repatriation or missing, or when it moves a case to facing repatriation or repatriated; an
operator's correction to those statuses is urgent too. Urgent messages go before everything else
queued and through quiet hours and digests (unless a chat opted out); the rest are background and
go silently. This module does not interact with any dependency; it only processes data.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.domain import Status

DEFAULT_FRESH_DAYS = 7
URGENT_NEW_CASE = frozenset(
    {Status.ARRESTED, Status.DETAINED, Status.FACING_REPATRIATION, Status.MISSING}
)
URGENT_MOVE = frozenset({Status.FACING_REPATRIATION, Status.REPATRIATED})


def is_news(
    published: datetime | None,
    first_seen: datetime,
    now: datetime,
    window: timedelta,
    *,
    feed_backfill: bool = False,
) -> bool:
    """Whether a report may alert as new; `feed_backfill` is its feed's first successful poll."""
    if published is None:
        return not feed_backfill and now - first_seen <= window
    return now - published <= window


def is_urgent(*, new_case: bool, status: Status | None, status_changed: bool) -> bool:
    """Whether news about a case must go at once and before the rest of the queue."""
    if status is None:
        return False
    if new_case:
        return status in URGENT_NEW_CASE
    return status_changed and status in URGENT_MOVE
