"""Ingestion's edge: fetch a feed over HTTP, parse its bytes, normalise its entries into Items.

`fetch` holds the HTTP client (`Fetcher`, `FetchResult`), with `addresses` (which addresses it may
reach), `budget` (memory shared by downloads) and `responses` (pure readings of a response); `parse`
the feedparser call and safe decompression, `normalise` the pure entry-to-Item rules (keys, plain
text, canonical URLs, dates, fingerprints). Callers import from here; each name loads its module on
first use, so importing the pure `normalise` never loads the HTTP client.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.feeds.addresses import private_feed_hosts
    from bot.feeds.fetch import Fetcher, FetchResult
    from bot.feeds.normalise import canonical_url, html_to_text, normalised_title
    from bot.feeds.parse import decode_body, looks_like_html, parse_feed, read_feed_file

_HOMES = {
    "FetchResult": "fetch",
    "Fetcher": "fetch",
    "canonical_url": "normalise",
    "html_to_text": "normalise",
    "normalised_title": "normalise",
    "decode_body": "parse",
    "looks_like_html": "parse",
    "parse_feed": "parse",
    "read_feed_file": "parse",
    "private_feed_hosts": "addresses",
}

__all__ = [
    "FetchResult",
    "Fetcher",
    "canonical_url",
    "decode_body",
    "html_to_text",
    "looks_like_html",
    "normalised_title",
    "parse_feed",
    "private_feed_hosts",
    "read_feed_file",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
