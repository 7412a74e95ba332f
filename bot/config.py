"""Load and validate feeds.yaml, the operator's list of feeds, into `FeedSpec`s.

The whole file is checked before anything is returned, and every problem found goes into one
`ConfigError`, each line naming the feed (by name, else by position) and the field, so an operator
fixes the file in one pass. Every returned spec has `interval_seconds` set (the default when the file
gives none). Polling intervals default to 10 minutes, which is also the floor of an ordinary feed; a
feed marked `priority: high` (a source that breaks these stories first) defaults to, and may go down
to, 5 minutes. Faster is refused as impolite to the sites (news feeds rarely change faster), and
above a week as a likely typo.
Intervals are seconds, or a number with a unit: "90s", "30m", "2h", "1d". `allow_private: true` lets
a feed's host resolve to a loopback or private address (a feed on the operator's own network).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from bot.domain import ConfigError, FeedPriority, FeedSpec
from bot.feeds.normalise import canonical_url
from bot.yamltext import parse_yaml

DEFAULT_INTERVAL_SECONDS = 600  # 10 minutes: alerts "within minutes", gentle on news sites
MIN_INTERVAL_SECONDS = 300  # 5 minutes: a high-priority feed's default and floor; faster annoys
FLOOR_SECONDS = {
    FeedPriority.NORMAL: DEFAULT_INTERVAL_SECONDS,
    FeedPriority.HIGH: MIN_INTERVAL_SECONDS,
}
MAX_INTERVAL_SECONDS = 7 * 24 * 3600

HIGH_PRIORITY_HINT = (
    f"; mark the feed 'priority: high' to poll it every {MIN_INTERVAL_SECONDS // 60} minutes"
)
FEED_KEYS = frozenset({"name", "url", "language", "interval", "tags", "allow_private", "priority"})
TOP_KEYS = frozenset({"feeds"})
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$", re.IGNORECASE)
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def load_feeds(path: Path) -> list[FeedSpec]:
    """The feeds listed in the YAML file at `path`; ConfigError listing every problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no such file (the feeds list)") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the feeds list: {exc}") from exc
    return parse_feeds_yaml(text, source=str(path))


def parse_feeds_yaml(text: str, *, source: str = "feeds.yaml") -> list[FeedSpec]:
    """The feeds listed in a feeds.yaml document; ConfigError listing every problem."""
    try:
        document = parse_yaml(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise ConfigError(f"{source}: not valid YAML: {where}{exc.problem or exc}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: not valid YAML: {exc}") from exc
    problems: list[str] = []
    entries = _feed_entries(document, problems)
    specs = [_feed_spec(i, entry, problems) for i, entry in enumerate(entries, start=1)]
    _check_duplicates(entries, problems)
    if problems:
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        raise ConfigError(f"{source} has {count}:\n  " + "\n  ".join(problems))
    return [spec for spec in specs if spec is not None]


def _feed_entries(document: object, problems: list[str]) -> list[Any]:
    if not isinstance(document, Mapping):
        problems.append("the file must be a mapping with a 'feeds:' list at the top")
        return []
    for key in document:
        if key not in TOP_KEYS:
            problems.append(f"unknown top-level key {key!r} (expected: feeds)")
    feeds = document.get("feeds")
    if not isinstance(feeds, list):
        problems.append("'feeds' must be a list of feeds")
        return []
    if not feeds:
        problems.append("'feeds' is empty: list at least one feed")
    return feeds


def _label(position: int, entry: object) -> str:
    name = entry.get("name") if isinstance(entry, Mapping) else None
    return (
        f"feed {position} ({name!r})"
        if isinstance(name, str) and name.strip()
        else f"feed {position}"
    )


def _feed_spec(position: int, entry: object, problems: list[str]) -> FeedSpec | None:
    label = _label(position, entry)
    if not isinstance(entry, Mapping):
        problems.append(f"{label}: must be a mapping with name and url, got {entry!r}")
        return None
    before = len(problems)
    for key in entry:
        if key not in FEED_KEYS:
            known = ", ".join(sorted(FEED_KEYS))
            problems.append(f"{label}: unknown key {key!r} (known keys: {known})")
    name = _name(entry.get("name"), label, problems)
    url = _url(entry.get("url"), label, problems)
    language = _language(entry.get("language"), label, problems)
    priority = _priority(entry.get("priority"), label, problems)
    interval = _interval(entry.get("interval"), priority, label, problems)
    tags = _tags(entry.get("tags"), label, problems)
    allow_private = _flag(entry.get("allow_private"), "allow_private", label, problems)
    if len(problems) > before or name is None or url is None:
        return None
    return FeedSpec(
        name=name,
        url=url,
        language=language,
        interval_seconds=interval or FLOOR_SECONDS[priority],
        tags=tags,
        allow_private=allow_private,
        priority=priority,
    )


def _name(value: object, label: str, problems: list[str]) -> str | None:
    if value is None:
        problems.append(f"{label}: name: missing")
    elif not isinstance(value, str) or not value.strip():
        problems.append(f"{label}: name: must be non-empty text, got {value!r}")
    else:
        return value.strip()
    return None


def _url(value: object, label: str, problems: list[str]) -> str | None:
    if value is None:
        problems.append(f"{label}: url: missing")
        return None
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{label}: url: must be text, got {value!r}")
        return None
    url = value.strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        problems.append(f"{label}: url: {url!r} is not a valid URL ({exc})")
        return None
    if parts.scheme.lower() not in ("http", "https"):
        problems.append(f"{label}: url: must start with http:// or https://, got {url!r}")
    elif not host:
        problems.append(f"{label}: url: has no host name: {url!r}")
    elif any(ch.isspace() for ch in url):
        problems.append(f"{label}: url: contains spaces: {url!r}")
    else:
        return url
    return None


def _language(value: object, label: str, problems: list[str]) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and _LANGUAGE.match(value.strip()):
        return value.strip().lower()
    problems.append(
        f"{label}: language: {value!r} is not a language code (like en, ko, zh or zh-tw)"
    )
    return None


def _priority(value: object, label: str, problems: list[str]) -> FeedPriority:
    if value is None:
        return FeedPriority.NORMAL
    try:
        return FeedPriority(str(value).strip().lower())
    except ValueError:
        problems.append(f"{label}: priority: must be high or normal, got {value!r}")
        return FeedPriority.NORMAL


def _interval(
    value: object, priority: FeedPriority, label: str, problems: list[str]
) -> int | None:
    if value is None:
        return None
    seconds = _seconds(value)
    floor = FLOOR_SECONDS[priority]
    if seconds is None:
        problems.append(
            f"{label}: interval: {value!r} is not a duration (seconds, or like 30m, 2h, 1d)"
        )
    elif seconds < floor:
        hint = HIGH_PRIORITY_HINT if priority is FeedPriority.NORMAL else ""
        problems.append(
            f"{label}: interval: {value!r} is below the floor of {floor} s "
            f"({floor // 60} minutes){hint}"
        )
    elif seconds > MAX_INTERVAL_SECONDS:
        problems.append(f"{label}: interval: {value!r} is longer than a week")
    else:
        return seconds
    return None


def _seconds(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value)
    if isinstance(value, str) and (match := _DURATION.match(value)):
        return int(float(match[1]) * _UNIT_SECONDS[match[2].lower()])
    return None


def _tags(value: object, label: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(t, str) and t.strip() for t in value):
        problems.append(f"{label}: tags: must be a list of words, like [korean, rights]")
        return ()
    return tuple(t.strip() for t in value)


def _flag(value: object, key: str, label: str, problems: list[str]) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    problems.append(f"{label}: {key}: must be true or false, got {value!r}")
    return False


def _check_duplicates(entries: list[Any], problems: list[str]) -> None:
    names: dict[str, int] = {}
    urls: dict[str, int] = {}
    for position, entry in enumerate(entries, start=1):
        if not isinstance(entry, Mapping):
            continue
        name, url = entry.get("name"), entry.get("url")
        if isinstance(name, str) and name.strip():
            key = name.strip().casefold()
            if key in names:
                problems.append(
                    f"feed {position} ({name!r}): name: duplicates feed {names[key]}'s name"
                )
            names.setdefault(key, position)
        if isinstance(url, str) and url.strip():
            key = canonical_url(url)
            if key in urls:
                problems.append(
                    f"{_label(position, entry)}: url: same feed as feed {urls[key]} ({url})"
                )
            urls.setdefault(key, position)
