"""Value types shared by every part of repatwatch, and its error hierarchy.

Everything here is plain data: frozen dataclasses and StrEnums, no I/O. The pure core (classification,
case linking, formatting) speaks only these types; the adapters (feeds, store, Telegram) convert to and
from them at the edge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class RepatwatchError(Exception):
    """Base of every error repatwatch raises on purpose; its message is meant for a person."""


class ConfigError(RepatwatchError):
    """The configuration (environment or feeds.yaml) is invalid; the message lists every problem."""


class FeedError(RepatwatchError):
    """A feed could not be fetched or parsed. `kind` is a short machine-readable category."""

    kind = "feed"


class FetchError(FeedError):
    kind = "fetch"


class ParseError(FeedError):
    kind = "parse"


class StoreError(RepatwatchError):
    """The database is unreachable or not at the expected schema."""


class Tier(StrEnum):
    ALERT = "alert"
    RELATED = "related"
    IGNORE = "ignore"


class Status(StrEnum):
    """Where the people in a case stand, as far as the reports say."""

    ARRESTED = "arrested"
    DETAINED = "detained"
    FACING_REPATRIATION = "facing_repatriation"
    REPATRIATED = "repatriated"
    RELEASED = "released"
    REACHED_THIRD_COUNTRY = "reached_third_country"
    MISSING = "missing"


class FeedPriority(StrEnum):
    NORMAL = "normal"
    HIGH = "high"  # a source that breaks these stories first: may be polled every 5 minutes


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """One feed as the operator listed it in feeds.yaml."""

    name: str
    url: str
    language: str | None = None
    interval_seconds: int | None = None
    tags: tuple[str, ...] = ()
    allow_private: bool = False  # may resolve to a loopback/private address (a self-hosted feed)
    priority: FeedPriority = FeedPriority.NORMAL


@dataclass(frozen=True, slots=True)
class Item:
    """One normalised entry of a feed: a report as repatwatch stores it.

    `key` is stable across polls (guid, else canonical link, else content hash); `fingerprint` is the
    same for syndicated near-copies of one story published under different URLs.
    """

    key: str
    title: str
    summary: str
    link: str | None
    published: datetime | None
    language: str | None
    fingerprint: str
    source: str | None = None  # the outlet, when the entry names one (RSS <source>, Atom author)
    # The entry as the parser read it, as the source archive keeps it (bot.archive.entry_json);
    # not part of identity.
    entry: bytes | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Document:
    """What the classifier and case linker read: one report's text and its context."""

    id: str
    title: str
    text: str
    lang: str | None = None
    url: str | None = None
    date: date | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Reason:
    """One piece of evidence: a matched term (with offsets into `field`) and the rule it fed."""

    rule: str
    term: str
    field: str  # "title" or "text"
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Facts:
    """What an advocate acts on, as extracted from one report."""

    country: str | None = None  # ISO 3166-1 alpha-2 of the country of detention
    place: str | None = None  # as written: province, city, facility
    people: int | None = None
    people_text: str | None = None  # the phrase the count came from, e.g. "a family of five"
    people_approx: bool = False
    groups: tuple[str, ...] = ()  # children, women, elderly, pregnant, ...
    status: Status | None = None
    orgs: tuple[str, ...] = ()
    date: date | None = None
    date_month_only: bool = False  # the report names only the month ("2019년 11월"): its 1st
    names: tuple[str, ...] = ()  # named people, when a report names them
    # The sentence (or the part of a long one) the status was read from, as written, so that
    # an advocate can check the status at a glance.
    evidence: str | None = None

    @property
    def date_text(self) -> str | None:
        """The incident date as the report gives it: a day, or only a month (2019-11)."""
        return None if self.date is None else day_or_month(self.date, self.date_month_only)


def day_or_month(day: date, month_only: bool) -> str:
    """A date as a report gives it: the day (2019-11-07), or only its month (2019-11)."""
    return f"{day:%Y-%m}" if month_only else day.isoformat()


def read_day_or_month(text: str) -> tuple[date, bool]:
    """What `day_or_month` wrote: the day, and whether the text gave only its month."""
    if len(text) == len("2019-11"):
        return date.fromisoformat(f"{text}-01"), True
    return date.fromisoformat(text), False


@dataclass(frozen=True, slots=True)
class Verdict:
    """The classifier's answer for one report, with its reasons."""

    tier: Tier
    score: float
    facts: Facts = field(default_factory=Facts)
    reasons: tuple[Reason, ...] = ()
    secondary: Facts | None = None  # a second incident the report also mentions

    @property
    def alert(self) -> bool:
        return self.tier is Tier.ALERT


@dataclass(frozen=True, slots=True)
class NewReport:
    """A report stored for the first time, as handed to the processing hook in the same transaction."""

    report_id: int
    feed_id: int
    feed_name: str
    item: Item
    first_seen_at: datetime


# -- feed error kinds (appended for ingestion): `kind` is what the poller records and shows --------
class FetchTimeoutError(FetchError):
    kind = "timeout"


class FeedHTTPError(FetchError):
    """The server answered with an HTTP error status (4xx/5xx) or an unusable one."""

    kind = "http"

    def __init__(self, message: str, *, status: int, retry_after: datetime | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after  # from a 429/503's Retry-After: poll again no sooner


class NetworkError(FetchError):
    kind = "network"


class RedirectError(FetchError):
    kind = "redirect"


class PrivateAddressError(FetchError):
    """The feed or a redirect leads to a loopback, link-local or private address not allowed."""

    kind = "private_address"


class BodyTooLargeError(FetchError):
    kind = "too_large"


class BodyDecodingError(FetchError):
    """The body's Content-Encoding (gzip, deflate) could not be decoded."""

    kind = "decoding"


class NotAFeedError(ParseError):
    kind = "not_a_feed"
