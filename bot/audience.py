"""Who must be told about an alert, and when: the pure matching of alerts to subscriptions.

A subscription's country, status and tier filters decide *whether* a chat hears about a report; its
delivery mode (instant or a daily digest) and quiet hours decide only *when* (a `not_before` time),
never whether; and urgent news (bot.urgency) goes at once whatever they say, unless the chat
turned that override off. A filter excludes a report only on a known mismatch: a report that does not say which
country or status still reaches a filtered chat, since missing an alert costs more than one extra
message. This module does not interact with any dependency; it only processes data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.domain import Facts, Status, Tier


class DeliveryMode(StrEnum):
    INSTANT = "instant"
    DIGEST = "digest"


@dataclass(frozen=True, slots=True)
class SubscriptionSettings:
    """A chat's preferences; the defaults are what /subscribe gives: everything, alerts, now."""

    countries: frozenset[str] = frozenset()  # ISO alpha-2; empty means every country
    statuses: frozenset[Status] = frozenset()  # empty means every status
    min_tier: Tier = Tier.ALERT
    mode: DeliveryMode = DeliveryMode.INSTANT
    digest_time: time = time(8, 0)
    timezone: str = "UTC"  # quiet hours and the digest time are in this zone
    quiet_start: time | None = None
    quiet_end: time | None = None
    message_thread_id: int | None = None
    urgent_override: bool = True  # urgent news goes through quiet hours and the digest


@dataclass(frozen=True, slots=True)
class SubscriptionView:
    chat_id: int
    settings: SubscriptionSettings = field(default_factory=SubscriptionSettings)
    language: str | None = None
    names: str | None = None  # how names of people are shown (bot.tg.redact.NameMode)
    protect_content: bool = False  # Telegram's protect_content on everything sent to the chat
    channel: bool = False  # a channel linked by an operator (bot.store.channels)


@dataclass(frozen=True, slots=True)
class Recipient:
    """One chat to tell; `not_before` is None for "now", else the earliest time to send;
    `digest`: the news waits for the chat's digest (at `not_before`) instead of going alone."""

    chat_id: int
    message_thread_id: int | None
    language: str | None
    not_before: datetime | None
    digest: bool = False


SEOUL = "Asia/Seoul"
TIER_RANK = {Tier.ALERT: 2, Tier.RELATED: 1, Tier.IGNORE: 0}


def who_must_be_told(
    subscriptions: Iterable[SubscriptionView],
    facts: Facts,
    tier: Tier,
    now: datetime,
    *,
    urgent: bool = False,
) -> list[Recipient]:
    """The chats whose filters accept a report with these facts and tier, with their send time."""
    if tier is Tier.IGNORE:
        return []
    return [
        Recipient(
            chat_id=sub.chat_id,
            message_thread_id=sub.settings.message_thread_id,
            language=sub.language,
            not_before=send_time(sub.settings, now, urgent=urgent),
            digest=held_for_digest(sub.settings, urgent=urgent),
        )
        for sub in subscriptions
        if accepts(sub.settings, facts, tier)
    ]


def accepts(settings: SubscriptionSettings, facts: Facts, tier: Tier) -> bool:
    if TIER_RANK[tier] < TIER_RANK[settings.min_tier] or tier is Tier.IGNORE:
        return False
    if settings.countries and facts.country and facts.country.upper() not in settings.countries:
        return False
    return not (settings.statuses and facts.status and facts.status not in settings.statuses)


def default_zone(language: str | None) -> str:
    """A chat's time zone until it picks one: Seoul's for a Korean chat, else UTC."""
    return SEOUL if (language or "").lower().startswith("ko") else "UTC"


def zone(name: str) -> ZoneInfo:
    """The named time zone, or UTC when the name is unknown (bad stored data must not stop alerts)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def send_time(
    settings: SubscriptionSettings, now: datetime, *, urgent: bool = False
) -> datetime | None:
    """None to send at once; else the next digest time, moved past quiet hours. Urgent news
    goes at once, unless the chat asked it to wait like the rest."""
    if urgent and settings.urgent_override:
        return None
    tz = zone(settings.timezone)
    local = now.astimezone(tz)
    at = local
    if settings.mode is DeliveryMode.DIGEST:
        at = _next_at(local, settings.digest_time)
    start, end = settings.quiet_start, settings.quiet_end
    if start is not None and end is not None and in_quiet_hours(at.time(), start, end):
        at = _next_at(at, end)
    if at == local:
        return None
    return at.astimezone(UTC)


def held_for_digest(settings: SubscriptionSettings, *, urgent: bool = False) -> bool:
    """Whether news waits for the chat's digest: in digest mode, all but what goes at once."""
    return settings.mode is DeliveryMode.DIGEST and not (urgent and settings.urgent_override)


def in_quiet_hours(moment: time, start: time, end: time) -> bool:
    """Whether a local time of day falls in [start, end); the span may wrap past midnight."""
    if start == end:
        return False
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def _next_at(local: datetime, at: time) -> datetime:
    """The first moment at or after `local` whose local time of day is `at` (same zone)."""
    tz = local.tzinfo
    day: date = local.date()
    candidate = datetime.combine(day, at, tzinfo=tz)
    if candidate < local:
        candidate = datetime.combine(day + timedelta(days=1), at, tzinfo=tz)
    return candidate


def with_followers(
    recipients: list[Recipient],
    subscriptions: Iterable[SubscriptionView],
    followers: set[int],
    *,
    status_changed: bool,
    now: datetime,
    urgent: bool = False,
) -> list[tuple[Recipient, bool]]:
    """Recipients paired with "already follows the case"; on a status change, followers whose
    filters would now skip the report are told too (a status change is always sent)."""
    told = {r.chat_id for r in recipients}
    pairs = [(r, r.chat_id in followers) for r in recipients]
    if status_changed:
        pairs += [
            (
                Recipient(
                    sub.chat_id,
                    sub.settings.message_thread_id,
                    sub.language,
                    send_time(sub.settings, now, urgent=urgent),
                    held_for_digest(sub.settings, urgent=urgent),
                ),
                True,
            )
            for sub in subscriptions
            if sub.chat_id in followers and sub.chat_id not in told
        ]
    return pairs
