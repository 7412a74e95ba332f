"""Pure readings of an HTTP response for the fetcher: error messages, Retry-After, body decoders.

Nothing here does I/O: the fetcher hands in a status, a reason phrase or a header value (and `now`)
and gets back words an operator understands, a time before which the site asked not to be polled
again, or the capped decoder for a Content-Encoding.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

from bot.domain import BodyDecodingError
from bot.feeds.parse import CappedDecoder

# A site may ask for a pause; a pause longer than a day is more likely a misconfiguration than a
# wish, and an advocate would rather the feed were tried again.
MAX_RETRY_AFTER = timedelta(hours=24)
RETRY_AFTER_STATUSES = frozenset({429, 503})


def retry_after(value: str | None, now: datetime) -> datetime | None:
    """When a 429/503's Retry-After (seconds or an HTTP date) lets us poll again, within a day."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        delay = timedelta(seconds=int(text[:9]))
    else:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        delay = when - now
    if delay <= timedelta(0):
        return None
    return now + min(delay, MAX_RETRY_AFTER)


def status_message(status: int, phrase: str | None, retry_at: datetime | None = None) -> str:
    phrase = phrase or "error"
    if status == 404:
        return "HTTP 404 Not Found: the feed is not at this address any more"
    if status in (401, 403):
        return f"HTTP {status} {phrase}: the site refuses to serve this feed"
    pause = f"; it asks us to wait until {retry_at:%Y-%m-%d %H:%M:%S} UTC" if retry_at else ""
    if status == 429:
        return f"HTTP 429 Too Many Requests: the site asks us to slow down{pause}"
    if status >= 500:
        return f"HTTP {status} {phrase}: the site's server failed{pause}"
    if 300 <= status < 400:
        return f"HTTP {status} {phrase}: a redirect without a Location header"
    return f"HTTP {status} {phrase}"


def decoder_for(content_encoding: str, limit: int) -> CappedDecoder | None:
    encoding = content_encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return CappedDecoder("deflate" if encoding == "deflate" else "gzip", limit)
    raise BodyDecodingError(f"unsupported content encoding {encoding!r}")
