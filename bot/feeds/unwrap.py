"""Unwrap aggregators' redirect links to the outlet's own URL, from the link alone (no network).

Google Alerts feeds link through `https://www.google.com/url?...&url=<outlet URL>&...`, older Google
News links through `https://news.google.com/news/url?...&url=...`, and Google News RSS links are
`https://news.google.com/rss/articles/<id>`, where an id starting `CBMi` is base64 of a small
protobuf message holding the outlet URL. Unwrapped, one story reached through Google and directly
from the outlet has one link, so it is stored once. Newer Google News ids (holding an opaque token,
not the URL) cannot be unwrapped without asking Google; they are left as they are.
"""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import parse_qs, urlsplit

_GOOGLE_HOST = re.compile(r"^(?:www\.|news\.)?google(?:\.[a-z]{2,3}){1,2}$")
_REDIRECT_PATHS = frozenset({"/url", "/news/url"})
_TARGET_PARAMS = ("url", "q")


def unwrap_redirect(url: str) -> str:
    """The outlet's URL inside a Google News / Google Alerts redirect link, else `url` itself."""
    if "google." not in url.lower():
        return url
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url
    host = (parts.hostname or "").lower()
    if not _GOOGLE_HOST.match(host):
        return url
    if parts.path in _REDIRECT_PATHS:
        return _from_query(parts.query) or url
    segments = parts.path.rstrip("/").split("/")
    if host.startswith("news.") and len(segments) >= 2 and segments[-2] == "articles":
        return _from_article_id(segments[-1]) or url
    return url


def _from_query(query: str) -> str | None:
    params = parse_qs(query)
    for name in _TARGET_PARAMS:
        for value in params.get(name, ()):
            if _is_web_url(value):
                return value
    return None


def _from_article_id(article_id: str) -> str | None:
    try:
        data = base64.urlsafe_b64decode(article_id + "=" * (-len(article_id) % 4))
    except (binascii.Error, ValueError):
        return None
    for field in _length_delimited_fields(data):
        try:
            text = field.decode("ascii")
        except UnicodeDecodeError:
            continue
        if _is_web_url(text) and not any(ch.isspace() for ch in text):
            return text
    return None


def _length_delimited_fields(data: bytes) -> list[bytes]:
    """The byte strings of a protobuf message's top level (stops quietly at anything odd)."""
    fields: list[bytes] = []
    position = 0
    while position < len(data):
        key, position = _varint(data, position)
        wire_type = key & 7
        if wire_type == 0:
            _, position = _varint(data, position)
        elif wire_type == 2:
            length, position = _varint(data, position)
            if length < 0 or position + length > len(data):
                break
            fields.append(data[position : position + length])
            position += length
        elif wire_type in (1, 5):
            position += 8 if wire_type == 1 else 4
        else:
            break
    return fields


def _varint(data: bytes, position: int) -> tuple[int, int]:
    value = shift = 0
    while position < len(data) and shift < 64:
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, position
        shift += 7
    return -1, len(data)  # truncated: ends the scan


def _is_web_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))
