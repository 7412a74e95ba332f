"""Uwazi's documented rules for a CSV import, as a checker independent of repatwatch's writer.

From Uwazi's own documentation of CSV import and its import code (app/api/csv): UTF-8 text, comma
separated, the first row naming template properties (Uwazi's safe names: lower case, `_` for
anything else); a `title` column is required; a language column is `<property>__<code>` (two
underscores), allowed only on title, text, markdown, select, multiselect, link and nested
properties, never mixed with the same property without a suffix, and the default language's
column must be present; `|` separates several values (multiselect, multidate, relationship);
`Parent::Child` names a grouped thesaurus value; a geolocation is `lat|lon`; a link `label|url`
with a URL that has a host; dates in one of the formats Uwazi always accepts (YYYY/MM/DD,
YYYY-MM-DD, YYYY MM DD, YYYY); numbers as numbers. Text cells lose line breaks on import.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from datetime import date
from urllib.parse import urlsplit

LANGUAGE_TYPES = frozenset(
    {"title", "text", "markdown", "select", "multiselect", "link", "nested"}
)
SAFE_NAME = re.compile(r"^[a-z0-9_]+$")
DATE_FORMATS = (
    re.compile(r"^(\d{4})/(\d{2})/(\d{2})$"),
    re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"),
    re.compile(r"^(\d{4}) (\d{2}) (\d{2})$"),
)


def _valid_date(value: str) -> bool:
    if re.fullmatch(r"\d{4}", value):
        return True
    for pattern in DATE_FORMATS:
        match = pattern.match(value)
        if match:
            try:
                date(*(int(g) for g in match.groups()))
            except ValueError:
                return False
            return True
    return False


def _header_problems(
    headers: list[str], types: Mapping[str, str], default_language: str
) -> list[str]:
    problems = []
    plain: set[str] = set()
    languages: dict[str, set[str]] = {}
    for header in headers:
        if not SAFE_NAME.match(header):
            problems.append(f"header {header!r} is not a safe property name")
        name, _, language = header.partition("__")
        if language:
            languages.setdefault(name, set()).add(language)
            if types.get(header) not in LANGUAGE_TYPES:
                problems.append(f"{header}: a language suffix on a type without languages")
        else:
            plain.add(name)
    for name in sorted(plain & set(languages)):
        problems.append(f"{name}: both with and without a language suffix")
    for name, codes in languages.items():
        if default_language not in codes:
            problems.append(f"{name}: no column for the default language {default_language}")
    if "title" not in plain and "title" not in languages:
        problems.append("no title column")
    return problems


def _cell_problems(kind: str, value: str) -> list[str]:
    if not value:
        return []
    if kind in ("title", "text", "select", "link", "numeric", "geolocation") and "\n" in value:
        return ["a line break in a one-line cell"]
    if kind == "geolocation":
        parts = value.split("|")
        ok = len(parts) == 2 and all(re.fullmatch(r"-?\d+(\.\d+)?", p) for p in parts)
        if not ok or not (-90 <= float(parts[0]) <= 90 and -180 <= float(parts[1]) <= 180):
            return [f"geolocation {value!r} is not lat|lon"]
    if kind == "date" and not _valid_date(value):
        return [f"date {value!r} in no format Uwazi always reads"]
    if kind == "multidate" and not all(_valid_date(v) for v in value.split("|")):
        return [f"dates {value!r} are not |-separated dates"]
    if kind in ("multiselect", "select"):
        values = value.split("|") if kind == "multiselect" else [value]
        if any(not v.strip() or "::" in v for v in values):
            return [f"{kind} {value!r} holds an empty or grouped value"]
    if kind == "link":
        label, _, url = value.partition("|")
        if not label or not urlsplit(url).hostname:
            return [f"link {value!r} is not label|url"]
    if kind == "numeric" and not re.fullmatch(r"-?\d+(\.\d+)?", value):
        return [f"number {value!r}"]
    return []


def uwazi_problems(text: str, types: Mapping[str, str], *, default_language: str) -> list[str]:
    """Every way `text` breaks Uwazi's import rules for a template of these property types."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return ["empty file"]
    headers, body = rows[0], rows[1:]
    problems = _header_problems(headers, types, default_language)
    for number, row in enumerate(body, start=2):
        if len(row) != len(headers):
            problems.append(f"row {number}: {len(row)} cells for {len(headers)} columns")
            continue
        cells = dict(zip(headers, row, strict=True))
        if not any(cells[h] for h in headers if h.partition("__")[0] == "title"):
            problems.append(f"row {number}: no title")
        for header, value in cells.items():
            problems += [
                f"row {number} {header}: {p}" for p in _cell_problems(types[header], value)
            ]
    return problems
