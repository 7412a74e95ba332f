"""Fetch one feed over HTTP politely and safely, and parse it off the event loop.

`Fetcher` owns one shared aiohttp session for every feed: connect and read timeouts plus one overall
deadline per fetch (every redirect hop, the wait for a per-host slot and the body included, so a
server trickling a byte a second is cut there), a per-host concurrency limit (one semaphore per
host), conditional GET (ETag and Last-Modified; a 304 means nothing new), redirects followed by hand
up to a limit so that the caller learns whether every hop was permanent (then it should update the
stored URL), no loopback/private addresses unless allowed (`bot.feeds.addresses`), a cap on each
body after decompression (it inflates gzip/deflate itself, in bounded steps, so a gzip bomb never
fills memory) and a byte budget shared by all fetches (`bot.feeds.budget`), so memory stays bounded
however many feeds are fetched at once. A 429/503's Retry-After travels with the error. `fetch`
never raises for a feed's failure: it returns a `FetchResult` whose `error` carries a `FeedError`
subclass with a `kind` and a plain-words message.

Kept whole: the deadline, the per-host slot and the byte budget are held across
every step of one fetch (each redirect hop, the conditional headers, the bounded inflation), so
those steps live beside the one function that holds them.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from types import TracebackType

import aiohttp
from yarl import URL

import bot
from bot.domain import (
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
from bot.feeds.addresses import GuardedResolver, PrivateAccess, RefusedAddress, check_literal
from bot.feeds.budget import ByteBudget
from bot.feeds.parse import human_size, parse_feed, too_large
from bot.feeds.responses import RETRY_AFTER_STATUSES, decoder_for, retry_after, status_message

logger = logging.getLogger(__name__)
DRAIN_LIMIT = 64 * 1024
BUDGET_BLOCK = 256 * 1024  # a body of unknown length reserves budget in blocks at least this big
REDIRECTS = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
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

    @property
    def retry_after(self) -> datetime | None:
        """The time before which the site asked not to be polled again (429/503 Retry-After)."""
        return self.error.retry_after if isinstance(self.error, FeedHTTPError) else None


@dataclass(frozen=True, slots=True)
class _Want:
    """What a fetch other than a feed's asks for: its media types and its own size cap."""

    accept: str
    max_bytes: int


@dataclass(frozen=True, slots=True)
class PageResult:
    """One fetch of a web page (an article, for the source archive); `error` instead of raising."""

    url: str
    final_url: str
    status: int | None
    content_type: str | None
    body: bytes | None
    error: FeedError | None = None


@dataclass(frozen=True, slots=True)
class _Download:
    final_url: str
    permanent: bool
    status: int
    etag: str | None
    last_modified: str | None
    content_type: str | None
    body: bytes | None  # None on 304


class _Phase:
    """Where one fetch is, for the words of a timeout."""

    waiting_for_site = False


class Fetcher:
    """Fetches feeds through one shared HTTP session; use `async with Fetcher() as fetcher:`.

    `total_timeout` is each fetch's overall deadline (keep it below the feed lease);
    `body_budget_bytes` caps the bodies held by all fetches at once (plus one body);
    `allow_private` / `private_hosts` say who may reach non-public addresses.
    """

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
        total_timeout: float | None = 120,
        body_budget_bytes: int = 32 * 1024 * 1024,
        allow_private: bool = False,
        private_hosts: Iterable[str] = (),
    ) -> None:
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.max_body_bytes = max_body_bytes
        self.max_redirects = max_redirects
        self.per_host_limit = per_host_limit
        self.max_connections = max_connections
        self.total_timeout = total_timeout
        self.user_agent = user_agent
        self.budget = ByteBudget(body_budget_bytes)
        self.access = PrivateAccess(allow_private, frozenset(h.lower() for h in private_hosts))
        self._host_slots: dict[str, asyncio.Semaphore] = {}
        self._session: aiohttp.ClientSession | None = None
        self._resolver: GuardedResolver | None = None

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
        if self._session is not None:
            await self._session.close()
            self._session = None

    def allow_private_hosts(self, hosts: Iterable[str]) -> None:
        """Replace the hosts that may be private (after feeds.yaml changed)."""
        self.access = replace(self.access, hosts=frozenset(h.lower() for h in hosts))
        if self._resolver is not None:
            self._resolver.access = self.access

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._resolver = GuardedResolver(self.access)
            connector = aiohttp.TCPConnector(
                limit=self.max_connections, limit_per_host=0, resolver=self._resolver
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                timeout=aiohttp.ClientTimeout(
                    total=None, sock_connect=self.connect_timeout, sock_read=self.read_timeout
                ),
                headers={
                    "User-Agent": self.user_agent,
                    "Accept": ACCEPT,
                    "Accept-Encoding": "gzip, deflate",
                },
                auto_decompress=False,  # inflated here, under the size cap
                max_line_size=16 * 1024,
                max_field_size=32 * 1024,
            )
        return self._session

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        language: str | None = None,
        now: datetime | None = None,
        deadline: float | None = None,
    ) -> FetchResult:
        """Fetch and parse `url`; conditional when `etag`/`last_modified` come from the last fetch.
        `deadline` (seconds) overrides the overall `total_timeout` for this fetch."""
        now = now or datetime.now(UTC)
        holder = self.budget.holder()
        try:
            return await self._fetch(url, etag, last_modified, language, now, deadline, holder)
        finally:
            await self.budget.release(holder)  # the body is parsed (or dropped) by now

    async def _fetch(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        language: str | None,
        now: datetime,
        deadline: float | None,
        holder: int,
    ) -> FetchResult:
        try:
            download = await self._download_in_time(
                url, etag, last_modified, now, deadline, holder
            )
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

    async def fetch_page(
        self, url: str, *, max_bytes: int, now: datetime | None = None
    ) -> PageResult:
        """Fetch a web page once, as politely and safely as a feed (the same per-site slots,
        private-address refusal, deadline and byte budget), capped at `max_bytes`; not parsed."""
        now = now or datetime.now(UTC)
        holder = self.budget.holder()
        want = _Want(PAGE_ACCEPT, max_bytes)
        try:
            download = await self._download_in_time(url, None, None, now, None, holder, want)
        except FetchError as exc:
            status = exc.status if isinstance(exc, FeedHTTPError) else None
            return PageResult(url, url, status, None, None, exc)
        except Exception as exc:  # a bug or an exotic failure: isolate it to this page
            logger.exception("unexpected error fetching %s", url)
            return PageResult(url, url, None, None, None, FetchError(f"unexpected error: {exc}"))
        finally:
            await self.budget.release(holder)
        return PageResult(
            url, download.final_url, download.status, download.content_type, download.body
        )

    # -- HTTP ------------------------------------------------------------------------------------
    async def _download_in_time(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        now: datetime,
        deadline: float | None,
        holder: int,
        want: _Want | None = None,
    ) -> _Download:
        limit = deadline if deadline is not None else self.total_timeout
        phase = _Phase()
        try:
            async with asyncio.timeout(limit) as scope:
                return await self._download(url, etag, last_modified, now, holder, phase, want)
        except TimeoutError as exc:
            if not scope.expired():
                raise  # a timeout of aiohttp's own that escaped the mapping: a bug
            queued = (
                f", still waiting behind the site's other feeds (at most {self.per_host_limit} "
                "at a time)"
                if phase.waiting_for_site
                else ""
            )
            raise FetchTimeoutError(
                f"timed out: the fetch took longer than {limit:g} s in all{queued}"
            ) from exc

    async def _download(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        now: datetime,
        holder: int,
        phase: _Phase,
        want: _Want | None = None,
    ) -> _Download:
        headers = {"Accept": want.accept} if want is not None else {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        seen = {url}
        permanent = True
        for _hop in range(self.max_redirects + 1):
            target = _parsed(current)
            check_literal(target.host or "", self.access)
            async with self._host_slot(target, phase):
                outcome = await self._exchange(target, headers, now, holder, want)
            if isinstance(outcome, _Download):
                return replace(outcome, final_url=current, permanent=permanent)
            status, location = outcome
            permanent = permanent and status in PERMANENT_REDIRECTS
            if location in seen:
                raise RedirectError(f"redirect loop: {current} sends back to {location}")
            seen.add(location)
            current = location
        raise RedirectError(f"too many redirects (more than {self.max_redirects}) from {url}")

    async def _exchange(
        self,
        url: URL,
        headers: dict[str, str],
        now: datetime,
        holder: int,
        want: _Want | None = None,
    ) -> _Download | tuple[int, str]:
        """One HTTP exchange, with transport failures turned into FetchError kinds."""
        try:
            return await self._request(url, headers, now, holder, want)
        except aiohttp.ConnectionTimeoutError as exc:
            raise FetchTimeoutError(
                f"timed out: could not connect within {self.connect_timeout:g} s"
            ) from exc
        except aiohttp.SocketTimeoutError as exc:
            raise FetchTimeoutError(
                f"timed out: the server sent nothing for {self.read_timeout:g} s"
            ) from exc
        except aiohttp.ServerTimeoutError as exc:
            raise FetchTimeoutError("timed out: the server did not answer in time") from exc
        except aiohttp.ClientConnectorError as exc:
            if isinstance(exc.os_error, RefusedAddress):
                raise exc.os_error.error from exc
            raise NetworkError(f"network error: {_reason(exc)}") from exc
        except aiohttp.NonHttpUrlClientError as exc:
            raise NetworkError(f"unsupported URL: {exc}") from exc
        except aiohttp.InvalidURL as exc:
            raise NetworkError(f"invalid URL: {exc}") from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"network error: {_reason(exc)}") from exc

    async def _request(
        self,
        url: URL,
        headers: dict[str, str],
        now: datetime,
        holder: int,
        want: _Want | None = None,
    ) -> _Download | tuple[int, str]:
        async with self._http().get(url, headers=headers, allow_redirects=False) as response:
            status = response.status
            location = response.headers.get("Location")
            if not 200 <= status < 300:
                await _drain(response)  # an unread body would cost the pooled connection
            if status in REDIRECTS and location:
                return status, str(url.join(URL(location)))
            validators = response.headers.get("ETag"), response.headers.get("Last-Modified")
            if status == 304:
                return _Download(str(url), True, 304, *validators, None, None)
            if not 200 <= status < 300:
                pause = None
                if status in RETRY_AFTER_STATUSES:
                    pause = retry_after(response.headers.get("Retry-After"), now)
                message = status_message(status, response.reason, pause)
                raise FeedHTTPError(message, status=status, retry_after=pause)
            limit = want.max_bytes if want is not None else self.max_body_bytes
            body = await self._read_capped(response, holder, limit)
            content_type = response.headers.get("Content-Type")
            return _Download(str(url), True, status, *validators, content_type, body)

    async def _read_capped(
        self, response: aiohttp.ClientResponse, holder: int, limit: int
    ) -> bytes:
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > limit:
            raise BodyTooLargeError(
                f"body larger than {human_size(limit)} (the server announced {int(length):,} bytes)"
            )
        decoder = decoder_for(response.headers.get("Content-Encoding", ""), limit)
        if length.isdigit() and decoder is None:
            await self.budget.reserve(holder, int(length))
        chunks: list[bytes] = []
        size = 0
        async for raw in response.content.iter_any():
            chunk = decoder.feed(raw) if decoder else raw
            size += len(chunk)
            if size > limit:
                raise too_large(limit)
            await self._grow(holder, size)
            chunks.append(chunk)
        if decoder:
            chunks.append(decoder.flush())
            await self._grow(holder, decoder.size)
        return b"".join(chunks)

    async def _grow(self, holder: int, size: int) -> None:
        """Make sure `holder` has reserved at least `size` bytes (doubling, so few waits)."""
        held = self.budget.held_by(holder)
        if size > held:
            target = min(max(size, 2 * held, BUDGET_BLOCK), max(self.max_body_bytes, size))
            await self.budget.reserve(holder, max(target, size) - held)

    @asynccontextmanager
    async def _host_slot(self, url: URL, phase: _Phase) -> AsyncIterator[None]:
        host = f"{url.host}:{url.port}".lower()
        slot = self._host_slots.get(host)
        if slot is None:
            slot = self._host_slots[host] = asyncio.Semaphore(self.per_host_limit)
        phase.waiting_for_site = True
        async with slot:
            phase.waiting_for_site = False
            yield


def _parsed(url: str) -> URL:
    try:
        parsed = URL(url)
    except (ValueError, TypeError) as exc:
        raise NetworkError(f"invalid URL: {url!r} ({exc})") from exc
    if parsed.scheme not in ("http", "https"):
        raise NetworkError(f"unsupported URL: {url!r} (only http:// and https:// feeds)")
    if not parsed.host:
        raise NetworkError(f"invalid URL: {url!r} has no host name")
    return parsed


async def _drain(response: aiohttp.ClientResponse, limit: int = DRAIN_LIMIT) -> None:
    """Read a short non-feed body (304, redirect, error page) so the connection can be reused."""
    read = 0
    async for chunk in response.content.iter_any():
        read += len(chunk)
        if read > limit:
            response.close()  # a long error page: cheaper to drop the connection
            return


def _reason(exc: aiohttp.ClientError) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__
