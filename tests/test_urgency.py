"""What is news and what is urgent: the pure rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain import Status
from bot.urgency import is_news, is_urgent

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
WEEK = timedelta(days=7)


@pytest.mark.parametrize(
    ("published", "first_seen", "backfill", "expected"),
    [
        (NOW - timedelta(hours=3), NOW, False, True),
        (NOW - timedelta(days=6, hours=23), NOW, False, True),
        (NOW - timedelta(days=8), NOW, False, False),
        (NOW - timedelta(days=3 * 365), NOW, True, False),
        (NOW - timedelta(hours=3), NOW, True, True),
        (None, NOW, False, True),
        (None, NOW, True, False),
        (None, NOW - timedelta(days=9), False, False),
        (NOW + timedelta(hours=2), NOW, False, True),
    ],
    ids=[
        "published-this-morning",
        "just-inside-the-week",
        "published-last-week",
        "three-years-old-in-a-new-feed",
        "recent-in-a-new-feed",
        "undated-first-seen-now",
        "undated-in-a-new-feed-is-its-archive",
        "undated-first-seen-long-ago",
        "dated-in-the-future",
    ],
)
def test_a_report_is_news_only_inside_the_window(
    published: datetime | None, first_seen: datetime, backfill: bool, expected: bool
) -> None:
    assert is_news(published, first_seen, NOW, WEEK, feed_backfill=backfill) is expected


def test_the_window_is_a_setting() -> None:
    ten_days_ago = NOW - timedelta(days=10)
    assert not is_news(ten_days_ago, NOW, NOW, WEEK)
    assert is_news(ten_days_ago, NOW, NOW, timedelta(days=14))


@pytest.mark.parametrize(
    ("new_case", "status", "changed", "expected"),
    [
        (True, Status.ARRESTED, True, True),
        (True, Status.DETAINED, True, True),
        (True, Status.FACING_REPATRIATION, True, True),
        (True, Status.MISSING, True, True),
        (True, Status.RELEASED, True, False),
        (True, Status.REPATRIATED, True, False),
        (True, None, False, False),
        (False, Status.FACING_REPATRIATION, True, True),
        (False, Status.REPATRIATED, True, True),
        (False, Status.DETAINED, True, False),
        (False, Status.RELEASED, True, False),
        (False, Status.FACING_REPATRIATION, False, False),
    ],
    ids=[
        "new-arrest",
        "new-detention",
        "new-facing-repatriation",
        "new-missing",
        "new-release-is-background",
        "new-case-already-repatriated-is-background",
        "new-case-without-status",
        "moved-to-facing-repatriation",
        "moved-to-repatriated",
        "moved-to-detained-is-background",
        "moved-to-released-is-background",
        "a-repeat-of-facing-repatriation",
    ],
)
def test_urgent_news_is_a_new_detention_or_a_move_towards_repatriation(
    new_case: bool, status: Status | None, changed: bool, expected: bool
) -> None:
    assert is_urgent(new_case=new_case, status=status, status_changed=changed) is expected
