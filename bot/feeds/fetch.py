"""Fetch one feed over HTTP politely and safely, and parse it off the event loop.

`Fetcher` owns one shared `httpx.AsyncClient` for every feed: connect/read timeouts plus an overall
deadline, a per-host concurrency limit (one semaphore per host), conditional GET (ETag and
Last-Modified; a 304 means nothing new), redirects followed by hand up to a limit so that the caller
learns whether every hop was permanent (then it should update the stored URL), and a cap on the body
size after decompression (it inflates gzip/deflate itself, in bounded steps, so a gzip bomb never
fills memory). `fetch` never raises for a feed's failure: it returns a `FetchResult` whose `error`
carries a `FeedError` subclass with a `kind` and a plain-words message.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from types import TracebackType

import httpx

import bot
from bot.domain import (
    BodyDecodingError,
    BodyTooLargeError,
    FeedError,
    FeedHTTPError,
    FetchError,
    FetchTimeoutError,
    Item,
    NetworkError,
    ParseError,
    RedirectError,
)
from bot.feeds.parse import CappedDecoder, human_size, parse_feed, too_large

logger = logging.getLogger(__name__)
DRAIN_LIMIT = 64 * 1024
PERMANENT_REDIRECTS = frozenset({301, 308})
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What one fetch of one feed produced; `error` is set instead of raising."""

    requested_url: str
    final_url: str  # after redirects
    permanent_redirect: bool  # every hop to final_url was 301/308: update the stored URL
    not_modified: bool  # 304
    http_status: int | None
    etag: str | None
    last_modified: str | None
    items: tuple[Item, ...] = ()
    warnings: tuple[str, ...] = ()
    error: FeedError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class _Download:
    final_url: str
    permanent: bool
    status: int
    etag: str | None
    last_modified: str | None
    content_type: str | None
    body: bytes | None  # None on 304


# httpcore scans its whole pool for every idle connection it keeps, so a large keep-alive pool
# costs more CPU than the reconnects it saves (measured with bench/poll.py: about half the CPU).
KEEPALIVE_CONNECTIONS = 10


class Fetcher:
    """Fetches feeds through one shared HTTP client; use `async with Fetcher() as fetcher:`."""

    def __init__(
        self,
        *,
        connect_timeout: float = 10,
        read_timeout: float = 30,
        per_host_limit: int = 2,
        max_connections: int = 100,
        max_body_bytes: int = 10 * 1024 * 1024,
        max_redirects: int = 5,
        user_agent: str = bot.USER_AGENT,
        transport: httpx.AsyncBaseTransport | None = None,
        total_timeout: float | None = 120,
    ) -> None:
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.max_body_bytes = max_body_bytes
        self.max_redirects = max_redirects
        self.per_host_limit = per_host_limit
        self.total_timeout = total_timeout
        self._host_slots: dict[str, asyncio.Semaphore] = {}
        self._client = httpx.AsyncClient(
            transport=transport,
            timeout=httpx.Timeout(
                connect=connect_timeout, read=read_timeout, write=read_timeout, pool=None
            ),
            limits=httpx.Limits(
                max_connections=max_connections,
                max_keepalive_connections=min(max_connections, KEEPALIVE_CONNECTIONS),
            ),
            headers={
                "User-Agent": user_agent,
                "Accept": ACCEPT,
                "Accept-Encoding": "gzip, deflate",
            },
            follow_redirects=False,
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        language: str | None = None,
        now: datetime | None = None,
    ) -> FetchResult:
        """Fetch and parse `url`; conditional when `etag`/`last_modified` come from the last fetch."""
        now = now or datetime.now(UTC)
        try:
            download = await self._download(url, etag, last_modified)
        except FetchError as exc:
            status = exc.status if isinstance(exc, FeedHTTPError) else None
            return FetchResult(url, url, False, False, status, None, None, error=exc)
        except Exception as exc:  # a bug or an exotic failure: isolate it to this feed
            logger.exception("unexpected error fetching %s", url)
            error = FetchError(f"unexpected error: {type(exc).__name__}: {exc}")
            return FetchResult(url, url, False, False, None, None, None, error=error)
        result = FetchResult(
            requested_url=url,
            final_url=download.final_url,
            permanent_redirect=download.permanent and download.final_url != url,
            not_modified=download.body is None,
            http_status=download.status,
            etag=download.etag,
            last_modified=download.last_modified,
        )
        if download.body is None:  # 304: keep the validators we sent when the server omits them
            return replace(
                result,
                etag=download.etag or etag,
                last_modified=download.last_modified or last_modified,
            )
        try:
            items, warnings = await asyncio.to_thread(
                parse_feed,
                download.body,
                url=download.final_url,
                language=language,
                content_type=download.content_type,
                now=now,
            )
        except FeedError as exc:
            return replace(result, error=exc)
        except Exception as exc:
            logger.exception("unexpected error parsing %s", download.final_url)
            return replace(result, error=ParseError(f"unexpected error: {exc!r}"))
        return replace(result, items=tuple(items), warnings=tuple(warnings))

    # -- HTTP ------------------------------------------------------------------------------------
    async def _download(self, url: str, etag: str | None, last_modified: str | None) -> _Download:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        seen = {url}
        permanent = True
        for _hop in range(self.max_redirects + 1):
            async with self._host_slot(current):
                outcome = await self._request_mapped(current, headers)
            if isinstance(outcome, _Download):
                return replace(outcome, permanent=permanent)
            status, target = outcome
            permanent = permanent and status in PERMANENT_REDIRECTS
            if target in seen:
                raise RedirectError(f"redirect loop: {current} sends back to {target}")
            seen.add(target)
            current = target
        raise RedirectError(f"too many redirects (more than {self.max_redirects}) from {url}")

    async def _request_mapped(
        self, url: str, headers: dict[str, str]
    ) -> _Download | tuple[int, str]:
        """One HTTP exchange, with transport failures turned into FetchError kinds."""
        try:
            async with asyncio.timeout(self.total_timeout):
                return await self._request(url, headers)
        except TimeoutError as exc:
            raise FetchTimeoutError(
                f"timed out: the download took longer than {self.total_timeout:g} s"
            ) from exc
        except httpx.TimeoutException as exc:
            raise FetchTimeoutError(f"timed out: {self._timeout_phase(exc)}") from exc
        except httpx.UnsupportedProtocol as exc:
            raise NetworkError(f"unsupported URL: {exc}") from exc
        except httpx.InvalidURL as exc:
            raise NetworkError(f"invalid URL: {exc}") from exc
        except httpx.HTTPError as exc:
            raise NetworkError(f"network error: {_reason(exc)}") from exc

    async def _request(self, url: str, headers: dict[str, str]) -> _Download | tuple[int, str]:
        request = self._client.build_request("GET", url, headers=headers)
        response = await self._client.send(request, stream=True)
        try:
            status = response.status_code
            if not 200 <= status < 300:
                await _drain(response)  # an unread body would cost the pooled connection
            if response.has_redirect_location:
                return status, str(response.url.join(response.headers["Location"]))
            if status == 304:
                return _Download(url, True, 304, *_validators(response), None, None)
            if not 200 <= status < 300:
                raise FeedHTTPError(_status_message(response), status=status)
            body = await self._read_capped(response)
            content_type = response.headers.get("Content-Type")
            return _Download(url, True, status, *_validators(response), content_type, body)
        finally:
            await response.aclose()

    async def _read_capped(self, response: httpx.Response) -> bytes:
        limit = self.max_body_bytes
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > limit:
            raise BodyTooLargeError(
                f"body larger than {human_size(limit)} (the server announced {int(length):,} bytes)"
            )
        decoder = _decoder_for(response.headers.get("Content-Encoding", ""), limit)
        chunks: list[bytes] = []
        size = 0
        async for raw in response.aiter_raw():
            chunk = decoder.feed(raw) if decoder else raw
            size += len(chunk)
            if size > limit:
                raise too_large(limit)
            chunks.append(chunk)
        if decoder:
            chunks.append(decoder.flush())
        return b"".join(chunks)

    def _timeout_phase(self, exc: httpx.TimeoutException) -> str:
        if isinstance(exc, httpx.ConnectTimeout):
            return f"could not connect within {self.connect_timeout:g} s"
        if isinstance(exc, httpx.ReadTimeout):
            return f"the server sent nothing for {self.read_timeout:g} s"
        if isinstance(exc, httpx.PoolTimeout):
            return "no free connection in time"
        return "the server did not answer in time"

    @asynccontextmanager
    async def _host_slot(self, url: str) -> AsyncIterator[None]:
        host = httpx.URL(url).netloc.decode("ascii", "replace").lower() if "://" in url else url
        slot = self._host_slots.get(host)
        if slot is None:
            slot = self._host_slots[host] = asyncio.Semaphore(self.per_host_limit)
        async with slot:
            yield


async def _drain(response: httpx.Response, limit: int = DRAIN_LIMIT) -> None:
    """Read a short non-feed body (304, redirect, error page) so the connection can be reused."""
    read = 0
    async for chunk in response.aiter_raw():
        read += len(chunk)
        if read > limit:
            return  # a long error page: cheaper to drop the connection


def _decoder_for(content_encoding: str, limit: int) -> CappedDecoder | None:
    encoding = content_encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return CappedDecoder("deflate" if encoding == "deflate" else "gzip", limit)
    raise BodyDecodingError(f"unsupported content encoding {encoding!r}")


def _validators(response: httpx.Response) -> tuple[str | None, str | None]:
    return response.headers.get("ETag"), response.headers.get("Last-Modified")


def _status_message(response: httpx.Response) -> str:
    status = response.status_code
    phrase = response.reason_phrase or "error"
    if status == 404:
        return "HTTP 404 Not Found: the feed is not at this address any more"
    if status in (401, 403):
        return f"HTTP {status} {phrase}: the site refuses to serve this feed"
    if status == 429:
        return "HTTP 429 Too Many Requests: the site asks us to slow down"
    if status >= 500:
        return f"HTTP {status} {phrase}: the site's server failed"
    if 300 <= status < 400:
        return f"HTTP {status} {phrase}: a redirect without a Location header"
    return f"HTTP {status} {phrase}"


def _reason(exc: httpx.HTTPError) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__
