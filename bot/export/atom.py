"""Cases as an Atom feed (RFC 4287): one entry per case, newest change first.

A feed reader, an RSS-to-Telegram bridge or Miniflux can follow the network's cases: an entry's
`updated` moves whenever the case changes (a new report, a status moving on, an operator's
correction), its id stays `urn:repatwatch:case:<n>`. The entry carries the English headline and
summary (as its content, so no `alternate` link is needed), the country and status as categories, and each source as a `related` link. Names of the
people are not in the feed (the summary never holds them). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from bot import __version__
from bot.export.records import CaseExport
from bot.reference import country_name

ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_ID = "urn:repatwatch:cases"
FEED_TITLE = "repatwatch: cases of North Koreans detained abroad"
STATUS_SCHEME = "urn:repatwatch:status"
COUNTRY_SCHEME = "urn:iso:std:iso:3166:-1:alpha-2"


def entry_id(case: CaseExport) -> str:
    return f"urn:repatwatch:case:{case.number}"


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def to_atom(cases: Sequence[CaseExport], *, now: datetime, self_url: str | None = None) -> bytes:
    """The feed, newest change first; `updated` is the newest case's, else `now`."""
    ordered = sorted(cases, key=lambda c: (c.updated_at, c.number), reverse=True)
    feed = ET.Element("feed", {"xmlns": ATOM_NS})
    _add(feed, "id", FEED_ID)
    _add(feed, "title", FEED_TITLE)
    _add(feed, "updated", _stamp(ordered[0].updated_at if ordered else now))
    author = _add(feed, "author")
    _add(author, "name", "repatwatch")
    _add(feed, "generator", "repatwatch", version=__version__)
    if self_url:
        _add(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    for case in ordered:
        feed.append(_entry(case))
    ET.indent(feed)
    data: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return data + b"\n"


def _entry(case: CaseExport) -> ET.Element:
    entry = ET.Element("entry")
    _add(entry, "id", entry_id(case))
    _add(entry, "title", f"{case.id}: {case.title_en}", type="text")
    _add(entry, "updated", _stamp(case.updated_at))
    _add(entry, "published", _stamp(case.created_at))
    _add(entry, "content", case.summary_en, type="text")
    if case.country:
        _add(
            entry,
            "category",
            term=case.country,
            scheme=COUNTRY_SCHEME,
            label=country_name(case.country) or case.country,
        )
    if case.status is not None:
        label = case.status.value.replace("_", " ")
        _add(entry, "category", term=case.status.value, scheme=STATUS_SCHEME, label=label)
    for source in case.sources:
        if source.url:
            _add(entry, "link", rel="related", href=source.url, title=source.outlet)
    return entry
