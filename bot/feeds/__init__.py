"""Ingestion's edge: fetch a feed over HTTP, parse its bytes, normalise its entries into Items.

`fetch` holds the HTTP client (`Fetcher`, `FetchResult`), with `addresses` (which addresses it may
reach), `budget` (memory shared by downloads) and `responses` (pure readings of a response); `parse`
the feedparser call and safe decompression, `normalise` the pure entry-to-Item rules (keys, plain
text, canonical URLs, dates, fingerprints). Callers import from here.
"""

from bot.feeds.addresses import private_feed_hosts
from bot.feeds.fetch import Fetcher, FetchResult
from bot.feeds.normalise import canonical_url, html_to_text, normalised_title
from bot.feeds.parse import decode_body, looks_like_html, parse_feed, read_feed_file

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
