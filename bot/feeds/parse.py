"""Parse a feed's bytes with feedparser and normalise every entry; decode compressed bodies safely.

`parse_feed` is synchronous and CPU-bound: the fetcher runs it in a worker thread. It refuses an HTML
page outright (a common answer from a moved feed), keeps the items of a malformed ("bozo") feed with a
warning, skips entries that cannot be normalised with a warning, and fails only when every entry does.
`decode_body` inflates gzip/deflate with a hard cap on the inflated size (gzip bombs); the fetcher uses
it for Content-Encoding and `read_feed_file` for files on disk, which feedparser would not inflate.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import feedparser

from bot.domain import BodyDecodingError, BodyTooLargeError, Item, NotAFeedError, ParseError
from bot.feeds.fastparse import read_fast
from bot.feeds.normalise import EntryError, FeedContext, normalise_entry

DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024
_HTML_START = re.compile(
    rb"^(?:\s|<\?xml[^>]*>|<!--.*?-->|<!doctype[^>]*>)*<(?:html|head|body|meta)[\s>/]", re.I | re.S
)
_GZIP_MAGIC = b"\x1f\x8b"


def human_size(size: int) -> str:
    if size >= 1024 * 1024 and size % (1024 * 1024) == 0:
        return f"{size // (1024 * 1024)} MB"
    if size >= 1024 and size % 1024 == 0:
        return f"{size // 1024} kB"
    return f"{size:,} bytes"


def too_large(limit: int) -> BodyTooLargeError:
    return BodyTooLargeError(f"body larger than {human_size(limit)} after decompression")


class CappedDecoder:
    """Incrementally inflate gzip or deflate, never holding more than `limit` inflated bytes."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.encoding = encoding
        self.limit = limit
        self.size = 0
        wbits = 16 + zlib.MAX_WBITS if encoding == "gzip" else zlib.MAX_WBITS
        self._inflater = zlib.decompressobj(wbits)
        self._started = False

    def feed(self, data: bytes) -> bytes:
        if not self._started and self.encoding == "deflate" and data:
            self._started = True
            if not _has_zlib_header(data):  # a raw deflate stream, as some servers send
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        out = self._inflate(data)
        while self._inflater.unconsumed_tail:
            out += self._inflate(self._inflater.unconsumed_tail)
        return out

    def flush(self) -> bytes:
        try:
            tail = self._inflater.flush()
        except zlib.error as exc:
            raise BodyDecodingError(f"body is not valid {self.encoding}: {exc}") from exc
        return self._count(tail)

    def _inflate(self, data: bytes) -> bytes:
        try:
            chunk = self._inflater.decompress(data, self.limit - self.size + 1)
        except zlib.error as exc:
            raise BodyDecodingError(f"body is not valid {self.encoding}: {exc}") from exc
        return self._count(chunk)

    def _count(self, chunk: bytes) -> bytes:
        self.size += len(chunk)
        if self.size > self.limit:
            raise too_large(self.limit)
        return chunk


def _has_zlib_header(data: bytes) -> bool:
    return len(data) >= 2 and data[0] & 0x0F == 8 and ((data[0] << 8) | data[1]) % 31 == 0


def decode_body(data: bytes, encoding: str, *, limit: int = DEFAULT_MAX_BODY_BYTES) -> bytes:
    """`data` inflated according to a Content-Encoding (gzip, deflate, identity), capped at `limit`."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        if len(data) > limit:
            raise too_large(limit)
        return data
    if encoding in ("x-gzip",):
        encoding = "gzip"
    if encoding not in ("gzip", "deflate"):
        raise BodyDecodingError(f"unsupported content encoding {encoding!r}")
    decoder = CappedDecoder(encoding, limit)
    return decoder.feed(data) + decoder.flush()


def read_feed_file(path: Path, *, limit: int = DEFAULT_MAX_BODY_BYTES) -> bytes:
    """A feed file's bytes, inflated when it is gzip (by its magic) or a `.z`/`.deflate` file."""
    data = path.read_bytes()
    if data.startswith(_GZIP_MAGIC):
        return decode_body(data, "gzip", limit=limit)
    if path.suffix.lower() in (".z", ".deflate", ".zz"):
        return decode_body(data, "deflate", limit=limit)
    return decode_body(data, "identity", limit=limit)


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    return _HTML_START.match(head) is not None


def _shared_guids(entries: Iterable[Any]) -> frozenset[str]:
    counts = Counter(e.get("id") for e in entries if isinstance(e.get("id"), str))
    return frozenset(guid for guid, n in counts.items() if n > 1)


def parse_feed(
    data: bytes,
    *,
    url: str,
    language: str | None = None,
    content_type: str | None = None,
    now: datetime,
    fast: bool = True,
) -> tuple[list[Item], list[str]]:
    """Items and warnings of a feed body; raises ParseError when the bytes are not a feed at all.
    Plain well-formed feeds are read by the fast path unless `fast` is False (`bot.feeds.fastparse`);
    everything else, and everything it declines, by feedparser."""
    if looks_like_html(data):
        raise NotAFeedError(f"not a feed: {url} looks like an HTML page")
    quick = read_fast(data, url=url, content_type=content_type) if fast else None
    if quick is not None:
        return _normalised(quick.entries, quick.language, language, now, [])
    entries, feed_language, warnings = _feedparser_entries(data, url, content_type)
    return _normalised(entries, feed_language, language, now, warnings)


def _feedparser_entries(
    data: bytes, url: str, content_type: str | None
) -> tuple[list[Any], str | None, list[str]]:
    # Without a Content-Type feedparser flags every document; application/xml lets the XML
    # declaration name the encoding, as it does for a file.
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    try:
        parsed = feedparser.parse(
            data, response_headers=headers, sanitize_html=False, resolve_relative_uris=False
        )
    except Exception as exc:  # feedparser is lenient; anything it raises is a broken document
        raise ParseError(f"could not parse {url}: {_describe(exc)}") from exc
    entries = list(parsed.get("entries") or [])
    warnings: list[str] = []
    if parsed.get("bozo"):
        problem = _describe(parsed.get("bozo_exception"))
        if not entries and not parsed.get("version"):
            raise NotAFeedError(f"not a feed: {url} is not RSS, Atom or RDF ({problem})")
        warnings.append(f"feed has problems, kept the {len(entries)} entries read: {problem}")
    elif not parsed.get("version") and not entries:
        raise NotAFeedError(f"not a feed: {url} is not RSS, Atom or RDF")
    feed = parsed.get("feed") or {}
    feed_language = feed.get("language") if isinstance(feed.get("language"), str) else None
    # Plain dicts: FeedParserDict's legacy aliases warn (updated_parsed -> published).
    return [dict(entry) for entry in entries], feed_language, warnings


def _normalised(
    entries: list[Any],
    feed_language: str | None,
    language: str | None,
    now: datetime,
    warnings: list[str],
) -> tuple[list[Item], list[str]]:
    context = FeedContext(
        spec_language=language,
        feed_language=feed_language,
        shared_guids=_shared_guids(entries),
    )
    items: list[Item] = []
    failures: list[str] = []
    for position, entry in enumerate(entries, start=1):
        try:
            items.append(normalise_entry(entry, context=context, now=now, warnings=warnings))
        except EntryError as exc:
            failures.append(f"entry {position} skipped: {exc}")
        except Exception as exc:  # one odd entry must not cost the feed its other items
            failures.append(f"entry {position} skipped: {type(exc).__name__}: {_describe(exc)}")
    if entries and not items:
        raise ParseError(f"none of the {len(entries)} entries could be read; {failures[0]}")
    return items, warnings + failures


def _describe(exc: object) -> str:
    if exc is None:
        return "unknown problem"
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"
