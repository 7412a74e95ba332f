"""What the source archive keeps of a report, as bytes: the feed entry as read, and file names.

`entry_snapshot` takes the entry the parser read (feedparser's or the fast path's dictionary)
down to plain JSON values when the feed is parsed (so a huge entry is not held whole until it is
stored), and `entry_record` writes it as UTF-8 JSON: every field as it came, dates as the feed
wrote them (the parsed time tuples are left out), texts up to ENTRY_FIELD_MAX characters. A report stored without its
entry (from before the archive existed, or built by hand) is recorded from its Item. `pack` and
`unpack` compress a copy and give its SHA-256 (of the bytes as seen, before compression). Pure.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from json.encoder import encode_basestring as _quoted
from typing import Any

from bot.domain import Item

ENTRY_FIELD_MAX = 16_000  # characters of one field kept (a full article rarely fits a feed)
EXTENSIONS = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "application/pdf": ".pdf",
    "application/json": ".json",
    "application/xml": ".xml",
    "text/xml": ".xml",
}


@dataclass(frozen=True, slots=True)
class Packed:
    data: bytes  # zlib-compressed
    sha256: str  # of the bytes as seen
    size: int  # bytes as seen


SMALL = 4096  # bytes: a copy this small is compressed with a window (and memory) to match


def pack(seen: bytes) -> Packed:
    # zlib sets up a 32 KB window and its tables for every call: for a feed entry of a few hundred
    # bytes that was four fifths of the cost (35 us of 42); a 4 KB window compresses it as well.
    # zlib.decompress reads any window size, so unpack is the same either way.
    small = len(seen) <= SMALL
    packer = zlib.compressobj(6, zlib.DEFLATED, 12 if small else 15, 4 if small else 8)
    data = packer.compress(seen) + packer.flush()
    return Packed(data, hashlib.sha256(seen).hexdigest(), len(seen))


def unpack(data: bytes, sha256: str) -> bytes:
    """The bytes as seen; ValueError when they no longer match their SHA-256."""
    seen = zlib.decompress(data)
    if hashlib.sha256(seen).hexdigest() != sha256:
        raise ValueError("the archived copy does not match its SHA-256")
    return seen


def entry_snapshot(entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry as the parser read it, as plain JSON values, small enough to hold until the
    report is stored: parsed time tuples left out (the dates stay as the feed wrote them), each
    text cut at ENTRY_FIELD_MAX characters, a `*_detail` value that repeats its field left out."""
    return {str(k): _plain(v, entry, str(k)) for k, v in entry.items() if not _derived(str(k))}


def _derived(key: str) -> bool:
    return key.endswith("_parsed")


def _plain(value: Any, parent: Mapping[str, Any], key: str) -> Any:
    if isinstance(value, str):
        return value[:ENTRY_FIELD_MAX]
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Mapping):
        field = parent.get(key.removesuffix("_detail")) if key.endswith("_detail") else None
        return {
            str(k): _plain(v, value, str(k))
            for k, v in value.items()
            if not _derived(str(k)) and not (k == "value" and v is field and field is not None)
        }
    if isinstance(value, list | tuple):
        return [_plain(v, parent, key) for v in value[:50]]
    return str(value)[:ENTRY_FIELD_MAX]


def entry_record(item: Item) -> bytes:
    """The entry as the parser read it (else the Item's own fields), as JSON."""
    fields: Mapping[str, Any] = (
        item.entry
        if item.entry is not None
        else {
            "id": item.key,
            "title": item.title,
            "summary": item.summary,
            "link": item.link,
            "published": item.published.isoformat() if item.published else None,
        }
    )
    try:
        return _indented(fields, 0).encode("utf-8")
    except _Unusual:
        return json.dumps(fields, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


class _Unusual(Exception):
    """A value `_indented` leaves to json.dumps."""


def _indented(value: Any, level: int) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)` for the plain values a
    snapshot holds, at a third of the cost: with an indent, json.dumps leaves its C encoder for a
    Python generator per value (a tenth of a first poll's storing). Anything else is _Unusual."""
    if isinstance(value, str):
        return _quoted(value)
    if value is None or isinstance(value, bool):
        return _CONSTANTS[value]
    if isinstance(value, int):
        return int.__repr__(value)
    inner = "\n" + " " * (level + 1)
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        parts = [_indented(v, level + 1) for v in value]
        return "[" + inner + ("," + inner).join(parts) + "\n" + " " * level + "]"
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        if not value:
            return "{}"
        parts = [_quoted(k) + ": " + _indented(value[k], level + 1) for k in sorted(value)]
        return "{" + inner + ("," + inner).join(parts) + "\n" + " " * level + "}"
    raise _Unusual


_CONSTANTS = {None: "null", True: "true", False: "false"}


def page_file(content_type: str | None) -> str:
    """The file name a page is written out under, after its media type."""
    media = (content_type or "").split(";")[0].strip().lower()
    return "page" + EXTENSIONS.get(media, ".bin")
