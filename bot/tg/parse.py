"""Reading command arguments: case ids, /cases filters, search text, operator arguments.

Pure functions from the words after a command to values, returning None (or raising ValueError)
for anything malformed, so the handler can answer with a usage line in the user's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from bot.domain import Status
from bot.reference import country_code
from bot.tg.i18n import LANGUAGES, catalog, known_countries

MAX_ID = 2**31 - 1
MAX_ID_DIGITS = 12  # longer is no id; int() of thousands of digits would even raise
SEARCH_MIN, SEARCH_MIN_CJK, SEARCH_MAX = 3, 2, 100
# Hangul, CJK ideographs and kana: two characters already make a word (선양, 沈阳, 瀋陽).
CJK_RE = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
SINCE_RE = re.compile(r"^(\d{1,4})([dwmy])$")
UNIT_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}


@dataclass(frozen=True, slots=True)
class CasesFilter:
    country: str | None = None
    status: Status | None = None
    since: date | None = None

    def encode(self) -> str:
        """Compact form for callback data: `CC:status:YYYY-MM-DD` with `-` for unset."""
        return ":".join(
            [
                self.country or "-",
                self.status.value if self.status else "-",
                self.since.isoformat() if self.since else "-",
            ]
        )

    @classmethod
    def decode(cls, text: str) -> CasesFilter:
        country, status, since = text.split(":")
        return cls(
            country=None if country == "-" else country,
            status=None if status == "-" else Status(status),
            since=None if since == "-" else date.fromisoformat(since),
        )

    def since_datetime(self) -> datetime | None:
        if self.since is None:
            return None
        return datetime(self.since.year, self.since.month, self.since.day, tzinfo=UTC)


def parse_id(text: str) -> int | None:
    """A positive id, written 42, #42 or C42 (how cases are shown); None otherwise."""
    text = text.strip().removeprefix("#").removeprefix("C").removeprefix("c")
    if len(text) > MAX_ID_DIGITS or not text.isdigit() or not text.isascii():
        return None
    value = int(text)
    return value if 0 < value <= MAX_ID else None


def parse_chat_id(text: str) -> int | None:
    """A Telegram chat id (negative for groups), as /approve takes it; None otherwise."""
    text = text.strip()
    return int(text) if re.fullmatch(r"-?[0-9]{1,16}", text) and text.strip("-0") else None


def parse_ids(args: list[str], count: int) -> list[int] | None:
    if len(args) != count:
        return None
    ids = [parse_id(arg) for arg in args]
    return None if any(i is None for i in ids) else [i for i in ids if i is not None]


def parse_status(text: str) -> Status | None:
    """A status by its value, with spaces or hyphens, or by its name in a supported language."""
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    if key in Status.__members__.values():
        return Status(key)
    for lang in LANGUAGES:
        for status in Status:
            if catalog(lang).get(f"status_{status.value}", "").lower() == text.strip().lower():
                return status
    return None


def parse_country(text: str) -> str | None:
    """An offered country written as its code or any of its names ("CN", "China", "중국")."""
    code = country_code(text)
    return code if code in known_countries() else None


def parse_since(text: str, today: date) -> date | None:
    match = SINCE_RE.match(text.strip().lower())
    if match:
        return today - timedelta(days=int(match.group(1)) * UNIT_DAYS[match.group(2)])
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def parse_cases_filter(args: list[str], today: date) -> CasesFilter | None:
    """`/cases [country] [status] [since]` in any order; None when a word is none of these."""
    country: str | None = None
    status: Status | None = None
    since: date | None = None
    for arg in args:
        if country is None and (found := parse_country(arg)):
            country = found
        elif status is None and (found_status := parse_status(arg)):
            status = found_status
        elif since is None and (found_since := parse_since(arg, today)):
            since = found_since
        else:
            return None
    return CasesFilter(country, status, since)


class SearchTooLong(ValueError):
    """The search text is longer than SEARCH_MAX characters."""


def parse_search(args: list[str]) -> str | None:
    """The search text: at least 3 characters, or 2 in Korean, Chinese or Japanese.

    None when too short; SearchTooLong when longer than SEARCH_MAX (the reply says so).
    """
    text = " ".join(args).strip()
    if len(text) > SEARCH_MAX:
        raise SearchTooLong(text[:20])
    shortest = SEARCH_MIN_CJK if CJK_RE.search(text) else SEARCH_MIN
    return text if len(text) >= shortest else None


def parse_start_payload(payload: str) -> tuple[str, str] | None:
    """Deep-link payloads: `case_<id>` -> ("case", id), `inv_<token>` -> ("inv", token)."""
    kind, _, value = payload.partition("_")
    if kind in {"case", "inv"} and value and re.fullmatch(r"[A-Za-z0-9_-]{1,60}", value):
        return kind, value
    return None
