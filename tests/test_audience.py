"""Who must be told about a report, and when."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time

import pytest

from bot.audience import (
    DeliveryMode,
    SubscriptionSettings,
    SubscriptionView,
    in_quiet_hours,
    who_must_be_told,
    with_followers,
)
from bot.domain import Facts, Status, Tier

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # 21:00 in Seoul
DETAINED_IN_CHINA = Facts(country="CN", status=Status.DETAINED)


def told(settings: SubscriptionSettings, facts: Facts, tier: Tier = Tier.ALERT) -> bool:
    return bool(who_must_be_told([SubscriptionView(1, settings)], facts, tier, NOW))


@pytest.mark.parametrize(
    ("settings", "facts", "tier", "expected"),
    [
        (SubscriptionSettings(), DETAINED_IN_CHINA, Tier.ALERT, True),
        (SubscriptionSettings(), DETAINED_IN_CHINA, Tier.RELATED, False),
        (SubscriptionSettings(min_tier=Tier.RELATED), DETAINED_IN_CHINA, Tier.RELATED, True),
        (SubscriptionSettings(min_tier=Tier.RELATED), DETAINED_IN_CHINA, Tier.IGNORE, False),
        (SubscriptionSettings(countries=frozenset({"RU"})), DETAINED_IN_CHINA, Tier.ALERT, False),
        (SubscriptionSettings(countries=frozenset({"CN"})), DETAINED_IN_CHINA, Tier.ALERT, True),
        (SubscriptionSettings(countries=frozenset({"RU"})), Facts(), Tier.ALERT, True),
        (
            SubscriptionSettings(statuses=frozenset({Status.REPATRIATED})),
            DETAINED_IN_CHINA,
            Tier.ALERT,
            False,
        ),
        (
            SubscriptionSettings(statuses=frozenset({Status.DETAINED})),
            DETAINED_IN_CHINA,
            Tier.ALERT,
            True,
        ),
    ],
    ids=[
        "defaults-get-alerts",
        "defaults-skip-background",
        "background-too",
        "never-ignored-reports",
        "other-country",
        "same-country",
        "unknown-country-still-told",
        "other-status",
        "same-status",
    ],
)
def test_filters_decide_whether(
    settings: SubscriptionSettings, facts: Facts, tier: Tier, expected: bool
) -> None:
    assert told(settings, facts, tier) is expected


def not_before(settings: SubscriptionSettings) -> datetime | None:
    (recipient,) = who_must_be_told(
        [SubscriptionView(1, settings)], DETAINED_IN_CHINA, Tier.ALERT, NOW
    )
    return recipient.not_before


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        (SubscriptionSettings(), None),
        (SubscriptionSettings(quiet_start=time(22), quiet_end=time(7)), None),
        (
            SubscriptionSettings(quiet_start=time(20), quiet_end=time(7), timezone="Asia/Seoul"),
            datetime(2026, 11, 23, 22, 0, tzinfo=UTC),  # 07:00 Seoul next day
        ),
        (
            SubscriptionSettings(mode=DeliveryMode.DIGEST, digest_time=time(18)),
            datetime(2026, 11, 23, 18, 0, tzinfo=UTC),
        ),
        (
            SubscriptionSettings(mode=DeliveryMode.DIGEST, digest_time=time(9)),
            datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
        ),
        (
            SubscriptionSettings(
                mode=DeliveryMode.DIGEST,
                digest_time=time(23),
                quiet_start=time(22),
                quiet_end=time(6),
            ),
            datetime(2026, 11, 24, 6, 0, tzinfo=UTC),
        ),
        (SubscriptionSettings(timezone="Not/AZone"), None),
    ],
    ids=[
        "instant",
        "outside-quiet-hours",
        "inside-quiet-hours-local-time",
        "digest-later-today",
        "digest-tomorrow",
        "digest-in-quiet-hours-waits",
        "bad-zone-is-utc",
    ],
)
def test_delivery_mode_and_quiet_hours_decide_when(
    settings: SubscriptionSettings, expected: datetime | None
) -> None:
    assert not_before(settings) == expected


@pytest.mark.parametrize(
    ("moment", "start", "end", "expected"),
    [
        (time(23), time(22), time(7), True),
        (time(6, 59), time(22), time(7), True),
        (time(7), time(22), time(7), False),
        (time(12), time(9), time(17), True),
        (time(12), time(9), time(9), False),
    ],
    ids=["late", "early", "end-is-open", "daytime-span", "empty-span"],
)
def test_quiet_hours_wrap_midnight(moment: time, start: time, end: time, expected: bool) -> None:
    assert in_quiet_hours(moment, start, end) is expected


def test_recipients_carry_their_topic_and_language() -> None:
    sub = SubscriptionView(-100, SubscriptionSettings(message_thread_id=4), language="ko")
    (recipient,) = who_must_be_told([sub], DETAINED_IN_CHINA, Tier.ALERT, NOW)
    assert (recipient.chat_id, recipient.message_thread_id, recipient.language) == (-100, 4, "ko")


def test_a_status_change_reaches_followers_whatever_their_filters() -> None:
    follower = SubscriptionView(1, SubscriptionSettings(statuses=frozenset({Status.DETAINED})))
    stranger = SubscriptionView(2, SubscriptionSettings(statuses=frozenset({Status.DETAINED})))
    newcomer = SubscriptionView(3)
    facts = Facts(status=Status.REPATRIATED)
    subs = [follower, stranger, newcomer]
    recipients = who_must_be_told(subs, facts, Tier.ALERT, NOW)
    changed = with_followers(recipients, subs, {1}, status_changed=True, now=NOW)
    assert sorted((r.chat_id, follows) for r, follows in changed) == [(1, True), (3, False)]
    unchanged = with_followers(recipients, subs, {1}, status_changed=False, now=NOW)
    assert [(r.chat_id, follows) for r, follows in unchanged] == [(3, False)]


QUIET_IN_SEOUL = SubscriptionSettings(
    quiet_start=time(20), quiet_end=time(7), timezone="Asia/Seoul"
)  # NOW is 21:00 there


@pytest.mark.parametrize(
    ("settings", "urgent", "expected"),
    [
        (QUIET_IN_SEOUL, True, None),
        (QUIET_IN_SEOUL, False, datetime(2026, 11, 23, 22, 0, tzinfo=UTC)),
        (SubscriptionSettings(mode=DeliveryMode.DIGEST, digest_time=time(18)), True, None),
        (
            replace(QUIET_IN_SEOUL, urgent_override=False),
            True,
            datetime(2026, 11, 23, 22, 0, tzinfo=UTC),
        ),
    ],
    ids=["urgent-through-quiet-hours", "background-waits", "urgent-skips-the-digest", "opted-out"],
)
def test_urgent_news_goes_at_once_unless_the_chat_opted_out(
    settings: SubscriptionSettings, urgent: bool, expected: datetime | None
) -> None:
    sub = SubscriptionView(1, settings)
    (recipient,) = who_must_be_told([sub], DETAINED_IN_CHINA, Tier.ALERT, NOW, urgent=urgent)
    assert recipient.not_before == expected
