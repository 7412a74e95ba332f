"""A case as every export format sees it, and the one entry point that renders a format.

`CaseExport` flattens a `CaseRecord` (the fold of a case's reports) with what the database adds
(when the case was opened and last changed) and what the gazetteer knows (the place's
coordinates, from the place itself or the nearest place containing it). Its lists keep the case
record's own values: the status timeline (`StatusChange`), the people counted per source
(`SourceCount`, never added up) and the sources (`SourceRef`). Pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from bot import summary
from bot.cases import CaseRecord, SourceCount, SourceRef, StatusChange
from bot.cases.places import ancestors, place
from bot.domain import Status


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"
    UWAZI = "uwazi"
    ATOM = "atom"

    @property
    def suffix(self) -> str:
        return {"csv": ".csv", "json": ".json", "uwazi": ".uwazi.csv", "atom": ".atom"}[self.value]

    @property
    def media_type(self) -> str:
        return {
            "csv": "text/csv",
            "json": "application/json",
            "uwazi": "text/csv",
            "atom": "application/atom+xml",
        }[self.value]


@dataclass(frozen=True, slots=True)
class CaseExport:
    """One case, whole: headline and summary in English and Korean, facts, timeline, sources."""

    id: str  # "C42"
    label: str  # where and when: "Kunming, China (2013-11)"
    title_en: str
    title_ko: str
    summary_en: str
    summary_ko: str
    country: str | None
    place: str | None
    coords: tuple[float, float] | None  # (latitude, longitude)
    status: Status | None
    corroboration: str
    closed: bool
    incident_date: date | None
    incident_month_only: bool  # the reports give only the month: written 2019-11
    first_seen: date | None
    last_seen: date | None
    created_at: datetime
    updated_at: datetime
    counts: tuple[SourceCount, ...] = ()
    timeline: tuple[StatusChange, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    groups: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    @property
    def number(self) -> int:
        return int(self.id.lstrip("Cc"))


def coordinates(place_key: str | None) -> tuple[float, float] | None:
    """The place's (lat, lon), else the nearest enclosing place's, else None."""
    if not place_key:
        return None
    for key in ancestors(place_key):
        coords = place(key).coords
        if coords is not None:
            return coords
    return None


def case_export(record: CaseRecord, *, created_at: datetime, updated_at: datetime) -> CaseExport:
    return CaseExport(
        id=record.id,
        label=record.title,
        title_en=summary.headline(record, "en"),
        title_ko=summary.headline(record, "ko"),
        summary_en=summary.summarise(record, "en"),
        summary_ko=summary.summarise(record, "ko"),
        country=record.country,
        place=record.place,
        coords=coordinates(record.place_key),
        status=record.status,
        corroboration=record.corroboration.value,
        closed=record.closed,
        incident_date=record.incident_date,
        incident_month_only=record.incident_month_only,
        first_seen=record.first_seen,
        last_seen=record.last_seen,
        created_at=created_at,
        updated_at=updated_at,
        counts=record.counts,
        timeline=record.timeline,
        sources=record.sources,
        groups=record.groups,
        orgs=record.orgs,
        names=record.names,
    )
