"""Cases as CSV (one row a case, for spreadsheets) and JSON (nested), and both read back.

CSV: plain columns for the case's facts; the lists (people counted per source, the status
timeline, the sources, groups, organisations, names) hold one entry per line inside their cell,
and an entry's fields are separated by `|`, quoted as CSV quotes them when a field holds a `|`, a
quote or a line break, so that a spreadsheet shows them readably and `read_csv` gets back exactly
what was written. JSON: one object with `cases`, each case a nested object. Pure.

A little over 300 lines, kept whole: each writer sits beside its reader, so that a column and the
reading of it back change in one place.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from bot.cases import SourceCount, SourceRef, StatusChange
from bot.domain import Status, day_or_month, read_day_or_month
from bot.export.records import CaseExport

CSV_COLUMNS = (
    "case",
    "label",
    "title_en",
    "title_ko",
    "country",
    "place",
    "latitude",
    "longitude",
    "status",
    "corroboration",
    "closed",
    "incident_date",
    "first_reported",
    "last_reported",
    "opened_at",
    "updated_at",
    "people_counts",  # outlet|people|as written|approximate|report
    "status_timeline",  # date|status|report|source|operator
    "sources",  # date|outlet|language|url|report|title
    "groups",
    "organisations",
    "names",
    "summary_en",
    "summary_ko",
)
JSON_FORMAT = "repatwatch-cases"
JSON_VERSION = 1


# -- CSV ----------------------------------------------------------------------------------------
def to_csv(cases: Sequence[CaseExport]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for case in cases:
        writer.writerow(_csv_row(case))
    return out.getvalue()


def _csv_row(case: CaseExport) -> list[str]:
    lat, lon = (str(case.coords[0]), str(case.coords[1])) if case.coords else ("", "")
    return [
        case.id,
        case.label,
        case.title_en,
        case.title_ko,
        case.country or "",
        case.place or "",
        lat,
        lon,
        case.status.value if case.status else "",
        case.corroboration,
        "yes" if case.closed else "no",
        _incident(case),
        _day(case.first_seen),
        _day(case.last_seen),
        case.created_at.isoformat(),
        case.updated_at.isoformat(),
        _lines(_count_fields(c) for c in case.counts),
        _lines(_change_fields(c) for c in case.timeline),
        _lines(_source_fields(s) for s in case.sources),
        _lines([value] for value in case.groups),
        _lines([value] for value in case.orgs),
        _lines([value] for value in case.names),
        case.summary_en,
        case.summary_ko,
    ]


def _lines(entries: Iterable[Sequence[str]]) -> str:
    """Entries one per line, the fields of each joined by `|` with CSV quoting."""
    lines = []
    for fields in entries:
        buffer = io.StringIO()
        csv.writer(buffer, delimiter="|", lineterminator="").writerow(fields)
        lines.append(buffer.getvalue())
    return "\n".join(lines)


def _entries(cell: str) -> list[list[str]]:
    if not cell:
        return []
    return list(csv.reader(io.StringIO(cell), delimiter="|"))


def _count_fields(count: SourceCount) -> list[str]:
    people = "" if count.people is None else str(count.people)
    return [
        count.outlet,
        people,
        count.people_text or "",
        "yes" if count.approx else "",
        count.report_id,
    ]


def _change_fields(change: StatusChange) -> list[str]:
    return [
        _day(change.date),
        change.status.value,
        change.report_id or "",
        change.source or "",
        change.actor or "",
    ]


def _source_fields(source: SourceRef) -> list[str]:
    return [
        _day(source.date),
        source.outlet,
        source.lang or "",
        source.url or "",
        source.report_id,
        source.title,
    ]


def read_csv(text: str) -> list[CaseExport]:
    """The cases of a CSV written by `to_csv`; ValueError naming the row for anything else."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise ValueError(f"not a repatwatch cases CSV: missing columns {', '.join(missing)}")
    cases = []
    for number, row in enumerate(reader, start=2):
        try:
            cases.append(_case_from_csv(row))
        except (ValueError, KeyError, IndexError) as exc:
            raise ValueError(f"row {number}: {exc}") from exc
    return cases


def _case_from_csv(row: dict[str, str]) -> CaseExport:
    lat, lon = row["latitude"], row["longitude"]
    incident, month_only = _parse_incident(row["incident_date"])
    return CaseExport(
        id=row["case"],
        label=row["label"],
        title_en=row["title_en"],
        title_ko=row["title_ko"],
        summary_en=row["summary_en"],
        summary_ko=row["summary_ko"],
        country=row["country"] or None,
        place=row["place"] or None,
        coords=(float(lat), float(lon)) if lat and lon else None,
        status=Status(row["status"]) if row["status"] else None,
        corroboration=row["corroboration"],
        closed=row["closed"] == "yes",
        incident_date=incident,
        incident_month_only=month_only,
        first_seen=_parse_day(row["first_reported"]),
        last_seen=_parse_day(row["last_reported"]),
        created_at=datetime.fromisoformat(row["opened_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
        counts=tuple(
            SourceCount(
                outlet, int(people) if people else None, text or None, approx == "yes", rid
            )
            for outlet, people, text, approx, rid in _entries(row["people_counts"])
        ),
        timeline=tuple(
            StatusChange(
                Status(status), _parse_day(day), rid or None, source or None, actor or None
            )
            for day, status, rid, source, actor in _entries(row["status_timeline"])
        ),
        sources=tuple(
            SourceRef(outlet, url or None, _parse_day(day), lang or None, rid, title)
            for day, outlet, lang, url, rid, title in _entries(row["sources"])
        ),
        groups=tuple(e[0] for e in _entries(row["groups"])),
        orgs=tuple(e[0] for e in _entries(row["organisations"])),
        names=tuple(e[0] for e in _entries(row["names"])),
    )


# -- JSON ---------------------------------------------------------------------------------------
def to_json(cases: Sequence[CaseExport], *, now: datetime) -> str:
    document = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "generated_at": now.isoformat(),
        "cases": [case_to_json(case) for case in cases],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def case_to_json(case: CaseExport) -> dict[str, Any]:
    return {
        "id": case.id,
        "label": case.label,
        "title": {"en": case.title_en, "ko": case.title_ko},
        "summary": {"en": case.summary_en, "ko": case.summary_ko},
        "country": case.country,
        "place": case.place,
        "coordinates": {"lat": case.coords[0], "lon": case.coords[1]} if case.coords else None,
        "status": case.status.value if case.status else None,
        "corroboration": case.corroboration,
        "closed": case.closed,
        "incident_date": _incident(case) or None,
        "first_reported": _day(case.first_seen) or None,
        "last_reported": _day(case.last_seen) or None,
        "opened_at": case.created_at.isoformat(),
        "updated_at": case.updated_at.isoformat(),
        "people_counts": [
            {
                "outlet": c.outlet,
                "people": c.people,
                "as_written": c.people_text,
                "approximate": c.approx,
                "report": c.report_id,
            }
            for c in case.counts
        ],
        "status_timeline": [
            {
                "date": _day(c.date) or None,
                "status": c.status.value,
                "report": c.report_id,
                "source": c.source,
                "operator": c.actor,
            }
            for c in case.timeline
        ],
        "sources": [
            {
                "date": _day(s.date) or None,
                "outlet": s.outlet,
                "language": s.lang,
                "url": s.url,
                "report": s.report_id,
                "title": s.title,
            }
            for s in case.sources
        ],
        "groups": list(case.groups),
        "organisations": list(case.orgs),
        "names": list(case.names),
    }


def read_json(text: str) -> list[CaseExport]:
    """The cases of a JSON document written by `to_json`; ValueError for anything else."""
    document = json.loads(text)
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
        raise ValueError("not a repatwatch cases JSON document")
    return [case_from_json(item) for item in document["cases"]]


def case_from_json(item: dict[str, Any]) -> CaseExport:
    coords = item["coordinates"]
    incident, month_only = _parse_incident(item["incident_date"])
    return CaseExport(
        id=item["id"],
        label=item["label"],
        title_en=item["title"]["en"],
        title_ko=item["title"]["ko"],
        summary_en=item["summary"]["en"],
        summary_ko=item["summary"]["ko"],
        country=item["country"],
        place=item["place"],
        coords=(coords["lat"], coords["lon"]) if coords else None,
        status=Status(item["status"]) if item["status"] else None,
        corroboration=item["corroboration"],
        closed=item["closed"],
        incident_date=incident,
        incident_month_only=month_only,
        first_seen=_parse_day(item["first_reported"]),
        last_seen=_parse_day(item["last_reported"]),
        created_at=datetime.fromisoformat(item["opened_at"]),
        updated_at=datetime.fromisoformat(item["updated_at"]),
        counts=tuple(
            SourceCount(c["outlet"], c["people"], c["as_written"], c["approximate"], c["report"])
            for c in item["people_counts"]
        ),
        timeline=tuple(
            StatusChange(
                Status(c["status"]), _parse_day(c["date"]), c["report"], c["source"], c["operator"]
            )
            for c in item["status_timeline"]
        ),
        sources=tuple(
            SourceRef(
                s["outlet"],
                s["url"],
                _parse_day(s["date"]),
                s["language"],
                s["report"],
                s["title"],
            )
            for s in item["sources"]
        ),
        groups=tuple(item["groups"]),
        orgs=tuple(item["organisations"]),
        names=tuple(item["names"]),
    )


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _incident(case: CaseExport) -> str:
    """The incident date as the reports give it: a day, or only its month (2019-11)."""
    return day_or_month(case.incident_date, case.incident_month_only) if case.incident_date else ""


def _parse_incident(value: str | None) -> tuple[date | None, bool]:
    return read_day_or_month(value) if value else (None, False)


def _parse_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
