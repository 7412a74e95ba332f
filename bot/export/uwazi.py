"""Cases as the CSV that HURIDOCS Uwazi imports into a collection (Settings > Import CSV).

Uwazi's rules for an import file, which this writer keeps: the first row names the template's
properties (lower-case, `_` for spaces); `title` is required and, like text, markdown, select,
multiselect and link properties, may come once per language as `title__en`, `title__ko` (two
underscores; the default language's column must be there, so `__en` always is); several values in
one cell are separated by `|` (multiselect, multidate), so no value may hold a `|` itself; a
grouped thesaurus value is `Parent::Child`, so no single value may hold `::`; a geolocation is
`lat|lon`; a link is `label|url`; dates are written `YYYY/MM/DD`, a format Uwazi reads whatever
the collection's own date format is. Text cells lose repeated spaces and line breaks on import, so
anything with lines (summaries, the timeline, the sources) goes into markdown properties.

Names of the people in a case are left out: an Uwazi collection may be published, and a name can
put someone still in hiding at risk. The template to create in Uwazi is listed in the README
(`UWAZI_TEMPLATE` below). Pure.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from bot.export.records import CaseExport
from bot.reference import country_name

MULTI = "|"
# Property name -> Uwazi property type, in column order (`title` is Uwazi's own).
UWAZI_TEMPLATE: dict[str, str] = {
    "title__en": "title",
    "title__ko": "title",
    "case_id": "text",
    "summary__en": "markdown",
    "summary__ko": "markdown",
    "country": "select",
    "place": "text",
    "geolocation": "geolocation",
    "status": "select",
    "corroboration": "select",
    "closed": "select",
    "incident_date": "date",
    "first_reported": "date",
    "last_reported": "date",
    "status_dates": "multidate",
    "status_history": "markdown",
    "people_counts": "markdown",
    "report_count": "numeric",
    "first_source": "link",
    "sources": "markdown",
    "groups": "multiselect",
    "organisations": "multiselect",
}
COLUMNS = tuple(UWAZI_TEMPLATE)


def to_uwazi_csv(cases: Sequence[CaseExport]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for case in cases:
        writer.writerow([_cell(case, column) for column in COLUMNS])
    return out.getvalue()


def _cell(case: CaseExport, column: str) -> str:
    return _CELLS[column](case)


def uwazi_date(value: date | None) -> str:
    return value.strftime("%Y/%m/%d") if value else ""


def one_value(text: str) -> str:
    """A value that Uwazi reads as one value: no `|`, no `::`, one line, trimmed."""
    return " ".join(text.replace(MULTI, "/").replace("::", ":").split())


def _values(values: Iterable[str]) -> str:
    return MULTI.join(dict.fromkeys(v for v in (one_value(x) for x in values) if v))


def _status_word(value: str | None) -> str:
    return value.replace("_", " ") if value else ""


def _geolocation(case: CaseExport) -> str:
    if case.coords is None:
        return ""
    lat, lon = case.coords
    return f"{lat:.5f}{MULTI}{lon:.5f}"


def _history(case: CaseExport) -> str:
    lines = []
    for change in case.timeline:
        who = f"set by {change.actor}" if change.actor else (change.source or "")
        lines.append(
            f"- {uwazi_date(change.date) or 'undated'}: {_status_word(change.status.value)}"
            + (f" ({who})" if who else "")
        )
    return "\n".join(lines)


def _counts(case: CaseExport) -> str:
    lines = []
    for count in case.counts:
        people = count.people_text or (str(count.people) if count.people is not None else "")
        lines.append(f"- {count.outlet}: {'about ' if count.approx else ''}{people}")
    return "\n".join(lines)


def _sources(case: CaseExport) -> str:
    lines = []
    for source in case.sources:
        title = source.title.replace("[", "(").replace("]", ")")
        shown = f"[{title}]({source.url})" if source.url else title
        when = uwazi_date(source.date)
        lines.append(f"- {shown} — {source.outlet}" + (f", {when}" if when else ""))
    return "\n".join(lines)


def _first_source(case: CaseExport) -> str:
    linked = [s for s in case.sources if s.url]
    if not linked:
        return ""
    return f"{one_value(linked[0].outlet)}{MULTI}{linked[0].url}"


_CELLS: dict[str, Callable[[CaseExport], str]] = {
    "title__en": lambda c: one_value(c.title_en),
    "title__ko": lambda c: one_value(c.title_ko),
    "case_id": lambda c: c.id,
    "summary__en": lambda c: c.summary_en,
    "summary__ko": lambda c: c.summary_ko,
    "country": lambda c: one_value(country_name(c.country) or ""),
    "place": lambda c: one_value(c.place or ""),
    "geolocation": _geolocation,
    "status": lambda c: _status_word(c.status.value if c.status else None),
    "corroboration": lambda c: _status_word(c.corroboration),
    "closed": lambda c: "yes" if c.closed else "no",
    "incident_date": lambda c: uwazi_date(c.incident_date),
    "first_reported": lambda c: uwazi_date(c.first_seen),
    "last_reported": lambda c: uwazi_date(c.last_seen),
    "status_dates": lambda c: MULTI.join(uwazi_date(t.date) for t in c.timeline if t.date),
    "status_history": _history,
    "people_counts": _counts,
    "report_count": lambda c: str(len(c.sources)),
    "first_source": _first_source,
    "sources": _sources,
    "groups": lambda c: _values(c.groups),
    "organisations": lambda c: _values(c.orgs),
}
