"""Plain values the Telegram front end renders and sends: what goes in, what comes out.

Inputs (AlertView, CaseView, CaseRow, ReportRow, FeedRow) are built by adapters from the store's
records; the output is bot.delivery.message's `Message` (HTML text and Buttons), which the handlers
and the sender turn into Bot API calls. No I/O and no Telegram types here, so formatting stays
testable as data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from bot.domain import Facts, Status, Tier


@dataclass(frozen=True, slots=True)
class AlertView:
    """One flagged report as an alert shows it."""

    report_id: int
    title: str
    tier: Tier = Tier.ALERT
    case_id: int | None = None
    headline: str | None = None
    excerpt: str | None = None
    link: str | None = None
    source: str | None = None
    published: datetime | None = None
    facts: Facts = field(default_factory=Facts)
    terms: tuple[str, ...] = ()  # the words that decided (bot.reasons), never rule names
    incident_date: date | None = None  # when it happened, if a report says (else None)
    incident_month_only: bool = False  # the report names only its month (2019-11)
    outlets: int = 1  # how many outlets have reported the case so far
    languages: int = 1  # in how many languages
    confirmed: bool = False  # an NGO, UN agency or official body is cited


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: date
    status: Status
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ReportRow:
    id: int
    title: str
    link: str | None = None
    source: str | None = None
    published: datetime | None = None
    case_id: int | None = None
    names: tuple[str, ...] = ()  # people the report names, for bot.tg.redact


@dataclass(frozen=True, slots=True)
class CaseView:
    """A case as /case shows it: summary text (from bot.summary), timeline and sources."""

    id: int
    headline: str
    summary: str = ""
    status: Status | None = None
    country: str | None = None
    closed: bool = False
    last_seen: date | None = None  # the day of its newest report
    timeline: tuple[TimelineEntry, ...] = ()
    sources: tuple[ReportRow, ...] = ()
    report_ids: tuple[int, ...] = ()  # shown to operators only (for /split)
    names: tuple[str, ...] = ()  # people named in its reports (bot.tg.redact hides them)


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of a case list."""

    id: int
    headline: str
    status: Status | None = None
    country: str | None = None
    updated: date | None = None  # the day of its latest report
    reports: int = 0


@dataclass(frozen=True, slots=True)
class FeedRow:
    """One feed's health, as /sources shows it."""

    name: str
    ok: bool | None  # None: not polled yet
    last_ok: datetime | None = None
    error: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class FeedbackRow:
    """A report people marked not relevant, as /feedback shows it to operators."""

    report_id: int
    title: str
    link: str | None
    people: int
    chats: int
