"""What the source archive keeps of a report, as bytes: the feed entry as read, and file names.

`entry_json` writes the entry the parser read (feedparser's or the fast path's dictionary) as the
archive keeps it, UTF-8 JSON, when the feed is parsed (so a huge entry is not held whole until it
is stored): every field as it came, dates as the feed wrote them (the parsed time tuples are left
out), texts up to ENTRY_FIELD_MAX characters; `entry_snapshot` is the same reading as plain values.
`entry_record` gives a report's record, or, for an Item parsed without its entry (from before the
archive existed, or built by hand), one from the Item's fields. `pack` and `unpack` compress a copy
and give its SHA-256 (of the bytes as seen, before compression). Pure.
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


def entry_json(entry: Mapping[str, Any]) -> bytes:
    """The entry as the archive keeps it: `json.dumps(entry_snapshot(entry), ensure_ascii=False,
    indent=1, sort_keys=True)`, written in one pass over the entry instead of two: taking the
    snapshot, then writing it, was a fifth of a first poll's instructions; this is half that."""
    try:
        return _entry_text(entry, _NO_PARENT, "", 0).encode("utf-8")
    except _Unusual:
        return _dumped(entry_snapshot(entry))


def entry_record(item: Item) -> bytes:
    """The report's entry as the archive keeps it (else its Item's own fields), as JSON."""
    if item.entry is not None:
        return item.entry
    fields = {
        "id": item.key,
        "title": item.title,
        "summary": item.summary,
        "link": item.link,
        "published": item.published.isoformat() if item.published else None,
    }
    try:
        return _indented(fields, 0).encode("utf-8")
    except _Unusual:
        return _dumped(fields)


def _dumped(fields: Mapping[str, Any]) -> bytes:
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


def _entry_text(value: Any, parent: Mapping[str, Any], key: str, level: int) -> str:
    """`_indented(_plain(value, parent, key), level)` without the plain copy in between, for the
    values a parser gives; a float, or a key that is not a string, is _Unusual."""
    if isinstance(value, dict):  # a dict is none of the kinds below: look for it first
        return _mapping_text(value, parent, key, level)
    if isinstance(value, str):
        return _quoted(value[:ENTRY_FIELD_MAX])
    if value is None or isinstance(value, bool):
        return _CONSTANTS[value]
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        raise _Unusual
    if isinstance(value, Mapping):
        return _mapping_text(value, parent, key, level)
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = "\n" + " " * (level + 1)
        parts = [_entry_text(v, parent, key, level + 1) for v in value[:50]]
        return "[" + inner + ("," + inner).join(parts) + "\n" + " " * level + "]"
    return _quoted(str(value)[:ENTRY_FIELD_MAX])


def _mapping_text(
    value: Mapping[str, Any], parent: Mapping[str, Any], key: str, level: int
) -> str:
    # A text, as most values are, is written here rather than in a call of its own, and which keys
    # are written, in which order and how, comes from _LAYOUTS: a feed's entries repeat a few
    # sets of keys, and sorting, checking and quoting them for every mapping was half its cost.
    field = parent.get(key.removesuffix("_detail")) if key.endswith("_detail") else None
    names = tuple(value)
    layout = _LAYOUTS.get(names)
    if layout is None:
        layout = _layout(names)
    parts = []
    for k, written in layout:
        v = value[k]
        if v is field and field is not None and k == "value":
            continue  # a detail's value that repeats its field
        if type(v) is str:
            parts.append(written + _quoted(v[:ENTRY_FIELD_MAX]))
        else:
            parts.append(written + _entry_text(v, value, k, level + 1))
    if not parts:
        return "{}"
    inner = _indent(level + 1)
    return "{" + inner + ("," + inner).join(parts) + _indent(level) + "}"


# A mapping's keys (in its own order) -> the keys written, sorted, each with its written form
# ('"title": '); parsed dates left out.
_LAYOUTS: dict[tuple[Any, ...], tuple[tuple[str, str], ...]] = {}
_LAYOUTS_KEPT = 1000  # key sets remembered: feeds use a few dozen, but any could come


def _layout(names: tuple[Any, ...]) -> tuple[tuple[str, str], ...]:
    try:
        ordered = sorted(names)
    except TypeError:  # keys of several types
        raise _Unusual from None
    if not all(isinstance(k, str) for k in ordered):
        raise _Unusual
    layout = tuple((k, _quoted(k) + ": ") for k in ordered if not _derived(k))
    if len(_LAYOUTS) < _LAYOUTS_KEPT:
        _LAYOUTS[names] = layout
    return layout


_INDENTS = tuple("\n" + " " * n for n in range(8))


def _indent(level: int) -> str:
    """A new line indented to `level`."""
    return _INDENTS[level] if level < len(_INDENTS) else "\n" + " " * level


_CONSTANTS = {None: "null", True: "true", False: "false"}
_NO_PARENT: Mapping[str, Any] = {}


def page_file(content_type: str | None) -> str:
    """The file name a page is written out under, after its media type."""
    media = (content_type or "").split(";")[0].strip().lower()
    return "page" + EXTENSIONS.get(media, ".bin")
