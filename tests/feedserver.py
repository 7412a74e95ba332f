"""A real HTTP feed server on 127.0.0.1 for tests and benches (re-exports feedbodies' builders).

`FeedServer` runs a `ThreadingHTTPServer` (HTTP/1.1, keep-alive) on a random loopback port in a
background thread. Register routes, point the code under test at `server.url(path)`, then assert on
what it fetched, on `server.requests` (method, path and headers of every request, in order) and
on `server.max_in_flight` (the most requests handled at once).

Routes can carry a status code, extra headers, an ETag and/or Last-Modified (a matching
If-None-Match / If-Modified-Since gets a 304 with no body), a delay before the response (for
timeouts; `stop()` wakes delayed handlers at once), a body trickled a byte at a time, a
gzip-encoded body, a chunked body (no Content-Length), redirects (301/302/303/307/308, optionally
slow) and gzip bombs. Re-registering a path replaces it,
so a feed can gain items between two polls.

Importing: the tests folder is not a package; pytest's default "prepend" import mode puts `tests/`
on sys.path, so test modules write `from feedserver import FeedServer, rss` and define their own
small fixture::

    @pytest.fixture
    def feed_server() -> Iterator[FeedServer]:
        with FeedServer() as server:
            yield server

Scripts outside tests/ (bench/) add the folder first: `sys.path.insert(0, str(ROOT / "tests"))`.
"""

from __future__ import annotations

import contextlib
import gzip as gzip_module
import socket
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

from feedbodies import ATOM_TYPE, RSS_TYPE, Entry, atom, rss

__all__ = [
    "ATOM_TYPE",
    "RSS_TYPE",
    "Entry",
    "FeedServer",
    "RecordedRequest",
    "Route",
    "atom",
    "rss",
]


@dataclass(frozen=True, slots=True)
class Route:
    """What the server answers on one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = RSS_TYPE
    headers: Mapping[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    content_encoding: str | None = None  # the body is already encoded this way (gzip, deflate)
    chunked: bool = False
    trickle: float = 0.0  # seconds between single bytes of the body (a server that trickles)


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    method: str
    path: str
    headers: Mapping[str, str]  # lower-cased names
    client_port: int = 0  # the same port on two requests means one reused connection

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@lru_cache(maxsize=4)
def gzip_of_zeros(size: int) -> bytes:
    """`size` zero bytes, gzipped: a tiny body that inflates enormously (a gzip bomb)."""
    return gzip_module.compress(bytes(size), compresslevel=9)


class FeedServer:
    """A real HTTP server on 127.0.0.1 serving registered routes; use as a context manager."""

    def __init__(self) -> None:
        self._routes: dict[str, Route] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self.requests: list[RecordedRequest] = []
        self.in_flight = 0
        self.max_in_flight = 0  # the most requests handled at once (for concurrency limits)
        self._httpd = _Server(("127.0.0.1", 0), _Handler, self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> FeedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        self._httpd.server_close()  # joins the handler threads
        self._thread.join()

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    # -- routes ----------------------------------------------------------------------------------
    def route(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        status: int = 200,
        content_type: str = RSS_TYPE,
        headers: Mapping[str, str] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        delay: float = 0.0,
        gzip: bool = False,
        chunked: bool = False,
        trickle: float = 0.0,
    ) -> str:
        """Serve `body` on `path` (replacing any earlier route); returns the full URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        encoding = None
        if gzip:
            data, encoding = gzip_module.compress(data), "gzip"
        self.set_route(
            path,
            Route(
                body=data,
                status=status,
                content_type=content_type,
                headers=dict(headers or {}),
                etag=etag,
                last_modified=last_modified,
                delay=delay,
                content_encoding=encoding,
                chunked=chunked,
                trickle=trickle,
            ),
        )
        return self.url(path)

    def set_route(self, path: str, route: Route) -> str:
        with self._lock:
            self._routes[path] = route
        return self.url(path)

    def redirect(self, path: str, to: str, *, status: int = 301, delay: float = 0.0) -> str:
        """Redirect `path` to `to` (a path on this server or an absolute URL), after `delay` s."""
        location = self.url(to) if to.startswith("/") else to
        headers = {"Location": location}
        return self.set_route(
            path, Route(status=status, content_type="text/plain", headers=headers, delay=delay)
        )

    def gzip_bomb(self, path: str, *, inflated_size: int = 50 * 1024 * 1024) -> str:
        """Serve a small gzip body (Content-Encoding: gzip) that inflates to `inflated_size` zeros."""
        return self.set_route(
            path,
            Route(
                body=gzip_of_zeros(inflated_size),
                content_type="application/rss+xml",
                content_encoding="gzip",
            ),
        )

    def requests_to(self, path: str) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    # -- used by the handler ---------------------------------------------------------------------
    def _lookup(self, path: str) -> Route | None:
        with self._lock:
            return self._routes.get(path)

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _busy(self, delta: int) -> None:
        with self._lock:
            self.in_flight += delta
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def _track(self, conn: socket.socket, *, open_: bool) -> None:
        with self._lock:
            if open_:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins every handler thread: no leaked sockets

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        owner: FeedServer,
    ) -> None:
        self.owner = owner
        super().__init__(address, handler)

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that hangs up (a size cap, a timeout, a closed keep-alive) is not a failure.
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError | OSError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.owner._track(self.connection, open_=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner._track(self.connection, open_=False)

    def log_message(self, format: str, *args: object) -> None:
        del format, args  # quiet

    def do_HEAD(self) -> None:
        self._counted(send_body=False)

    def do_GET(self) -> None:
        self._counted(send_body=True)

    def _counted(self, *, send_body: bool) -> None:
        self.server.owner._busy(+1)
        try:
            self._answer(send_body=send_body)
        finally:
            self.server.owner._busy(-1)

    def _answer(self, *, send_body: bool) -> None:
        owner = self.server.owner
        path = self.path.split("?", 1)[0]
        owner._record(
            RecordedRequest(
                self.command,
                self.path,
                {k.lower(): v for k, v in self.headers.items()},
                int(self.client_address[1]),
            )
        )
        route = owner._lookup(path)
        if route is None:
            route = Route(status=404, body=b"no such feed", content_type="text/plain")
        if route.delay and owner._stopping.wait(route.delay):
            self.close_connection = True
            return
        if self._not_modified(route):
            self.send_response(304)
            self._validators(route)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        self._validators(route)
        if route.content_encoding:
            self.send_header("Content-Encoding", route.content_encoding)
        for name, value in route.headers.items():
            self.send_header(name, value)
        if route.chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        if send_body:
            self._write_body(route)

    def _not_modified(self, route: Route) -> bool:
        if route.status != 200:
            return False
        inm = self.headers.get("If-None-Match")
        if route.etag and inm is not None:
            return route.etag in {tag.strip() for tag in inm.split(",")} or inm.strip() == "*"
        ims = self.headers.get("If-Modified-Since")
        return bool(route.last_modified and ims == route.last_modified)

    def _validators(self, route: Route) -> None:
        if route.etag:
            self.send_header("ETag", route.etag)
        if route.last_modified:
            self.send_header("Last-Modified", route.last_modified)

    def _write_body(self, route: Route) -> None:
        try:
            if route.trickle:
                self._trickle(route)
                return
            if not route.chunked:
                self.wfile.write(route.body)
                return
            step = 64 * 1024
            for start in range(0, len(route.body), step):
                chunk = route.body[start : start + step]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (e.g. a size cap): fine

    def _trickle(self, route: Route) -> None:
        for position in range(len(route.body)):
            if self.server.owner._stopping.wait(route.trickle):
                break
            self.wfile.write(route.body[position : position + 1])
            self.wfile.flush()
        self.close_connection = True
