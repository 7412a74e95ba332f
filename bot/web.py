"""The HTTP listener of `repatwatch run` (REPATWATCH_HTTP_LISTEN): /healthz, /metrics, /cases.atom.

A part of the service (bot.parts), on aiohttp's web server, meant for a loopback address that a
service manager, a monitoring stack or a feed reader on the same machine (or behind a proxy) reads:
- `/healthz`: 200 "ok" while polling and delivery are alive, else 503 with the reasons
  (bot.health);
- `/metrics`: Prometheus text format (bot.metrics), its gauges read from the database per scrape;
- `/cases.atom`: an Atom feed of the most recently changed cases (bot.export.atom), with an ETag,
  so a reader polling it gets 304 while nothing changed.
Nothing here writes; the database is read on the listener's own database runner.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST

from bot.clock import Clock
from bot.export import ExportFormat, render
from bot.ops import Operations
from bot.parts import Job
from bot.store.base import DbRunner
from bot.store.exports import cases_for_export
from bot.store.ops import ops_counts

log = logging.getLogger("repatwatch.http")
FEED_CASES = 100


class HttpListener:
    def __init__(
        self,
        address: tuple[str, int],
        *,
        db: DbRunner,
        ops: Operations,
        clock: Clock,
    ) -> None:
        self._address = address
        self._db = db
        self._ops = ops
        self._metrics = ops.metrics
        self._clock = clock
        self._runner: web.AppRunner | None = None
        self.port: int | None = None  # the bound port (useful when 0 was asked for)

    def jobs(self) -> Sequence[Job]:
        return ()

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/metrics", self.metrics)
        app.router.add_get("/cases.atom", self.cases_atom)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        host, port = self._address
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        log.info("HTTP listener on %s:%s (/healthz, /metrics, /cases.atom)", host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def healthz(self, request: web.Request) -> web.Response:
        verdict = self._ops.verdict()
        return web.Response(status=200 if verdict.ok else 503, text=verdict.text())

    async def metrics(self, request: web.Request) -> web.Response:
        counts = await self._db(ops_counts)
        self._metrics.refresh(counts, self._ops.verdict())
        return web.Response(
            body=self._metrics.exposition(), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )

    async def cases_atom(self, request: web.Request) -> web.Response:
        cases = await self._db(cases_for_export, newest_first=True, limit=FEED_CASES)
        body = render(ExportFormat.ATOM, cases, now=self._clock.now(), self_url=str(request.url))
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        if etag in request.headers.get("If-None-Match", ""):
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(
            body=body, headers={"Content-Type": ExportFormat.ATOM.media_type, "ETag": etag}
        )
