"""Build RSS 2.0 and Atom 1.0 documents for tests: `rss([Entry(...)])`, `atom([Entry(...)])`.

Titles and summaries are escaped into the XML (a summary may hold HTML, as real feeds do); `rss` can
encode the document in a legacy charset (euc-kr, gb2312) and declares it. `feedserver` re-exports
these, so tests usually write `from feedserver import Entry, FeedServer, rss`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape, quoteattr

RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"


@dataclass(frozen=True, slots=True)
class Entry:
    """One item for `rss()` / `atom()`. `summary` may hold HTML; it is escaped into the XML."""

    title: str
    link: str | None = None
    guid: str | None = None
    summary: str = ""
    published: datetime | str | None = None


def _date_text(value: datetime | str | None, *, rfc822: bool) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return format_datetime(value, usegmt=True) if rfc822 else value.isoformat()


def rss(
    entries: Iterable[Entry],
    *,
    title: str = "Test feed",
    link: str = "https://news.example.org/",
    language: str | None = "en",
    encoding: str = "utf-8",
) -> bytes:
    """An RSS 2.0 document, encoded (and declared) in `encoding`."""
    parts = [
        f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>{escape(link)}</link>",
        f"<description>{escape(title)}</description>",
    ]
    if language:
        parts.append(f"<language>{escape(language)}</language>")
    for entry in entries:
        parts.append("<item>")
        parts.append(f"<title>{escape(entry.title)}</title>")
        if entry.link:
            parts.append(f"<link>{escape(entry.link)}</link>")
        if entry.guid:
            parts.append(f'<guid isPermaLink="false">{escape(entry.guid)}</guid>')
        if entry.summary:
            parts.append(f"<description>{escape(entry.summary)}</description>")
        if (date := _date_text(entry.published, rfc822=True)) is not None:
            parts.append(f"<pubDate>{escape(date)}</pubDate>")
        parts.append("</item>")
    parts.append("</channel></rss>\n")
    return "".join(parts).encode(encoding)


def atom(
    entries: Iterable[Entry],
    *,
    title: str = "Test feed",
    link: str = "https://news.example.org/",
    language: str | None = "en",
    updated: str = "2026-11-01T00:00:00Z",
) -> bytes:
    """An Atom 1.0 document in UTF-8."""
    lang = f" xml:lang={quoteattr(language)}" if language else ""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n',
        f'<feed xmlns="http://www.w3.org/2005/Atom"{lang}>',
        f"<title>{escape(title)}</title><link href={quoteattr(link)}/>",
        f"<id>{escape(link)}</id><updated>{updated}</updated>",
    ]
    for entry in entries:
        parts.append(f"<entry><title>{escape(entry.title)}</title>")
        if entry.link:
            parts.append(f"<link href={quoteattr(entry.link)}/>")
        if entry.guid:
            parts.append(f"<id>{escape(entry.guid)}</id>")
        if entry.summary:
            parts.append(f'<summary type="html">{escape(entry.summary)}</summary>')
        if (date := _date_text(entry.published, rfc822=False)) is not None:
            parts.append(f"<updated>{escape(date)}</updated>")
        parts.append("</entry>")
    parts.append("</feed>\n")
    return "".join(parts).encode("utf-8")
