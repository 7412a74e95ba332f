"""Benchmark poll cycles: N feeds served from 127.0.0.1, polled by the real Poller into SQLite.

Usage: .venv/bin/python bench/poll.py [--feeds 1000] [--hosts 50] [--cycles 3] [--changed 0.1]
                                      [--database URL]

A separate process runs a small asyncio HTTP/1.1 server (keep-alive, ETag / If-None-Match) on
several loopback addresses (127.0.0.1, 127.0.0.2, ...), so the Fetcher's per-host limit applies as
it would across many real sites and the server's CPU is not counted as the poller's. Feeds carry
10-20 items each. Cycle 1 is cold (every feed answers 200, every item is new); before each later
cycle the server changes a fraction of the feeds (`--changed`, one new item each) and the others
answer 304. Each cycle goes through `Poller.poll_due` (claims, leases, fetch, parse, and the
ingest step: store, classify, link cases, queue alerts), as `repatwatch run` does. Printed: feeds/s, the poller process's CPU seconds (all its threads), peak
RSS, and the projection for 10,000 feeds per 5-minute cycle on this machine.

Then, each in its own process over the same server (so CPU and peak RSS are their own): the
Fetcher alone (fetch, parse, normalise; no store) and the floor, a plain aiohttp + fastfeedparser
loop with the same concurrency and conditional GETs, each for a first poll and steady cycles:
CPU-s per 1,000 feeds, items per CPU-second and peak RSS. `--code PATH` imports `bot` from another
checkout (e.g. main before a change) for before/after figures; fastfeedparser comes with `.[dev]`.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import inspect
import multiprocessing
import resource
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]

TARGET_FEEDS = 10_000
TARGET_SECONDS = 300
BASE_DAY = datetime(2026, 11, 1, tzinfo=UTC)


# -- the feed server (its own process) --------------------------------------------------------------
def _changed(feed: int, generation: int, fraction: float) -> bool:
    digest = hashlib.blake2b(f"{feed}:{generation}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big") / 2**32 < fraction


def _version(feed: int, generation: int, fraction: float) -> int:
    return sum(_changed(feed, g, fraction) for g in range(1, generation + 1))


def _feed_body(feed: int, version: int) -> bytes:
    size = 10 + feed % 11
    newest = size + version
    items = []
    for n in range(newest, newest - size, -1):
        when = format_datetime(BASE_DAY + timedelta(hours=n), usegmt=True)
        title = f"Desk {feed} dispatch {n}: officials questioned a family near the river crossing"
        summary = (
            f"<p>Dispatch {n} from desk {feed}. Local sources described the questioning of a "
            "family at a checkpoint and said relatives had not heard from them since.</p>"
        )
        items.append(
            f"<item><title>{escape(title)}</title>"
            f"<link>https://desk{feed}.example.org/news/{n}</link>"
            f"<guid>https://desk{feed}.example.org/news/{n}</guid>"
            f"<description>{escape(summary)}</description><pubDate>{when}</pubDate></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Desk {feed}</title><link>https://desk{feed}.example.org/</link>"
        "<description>bench</description><language>en</language>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


_STATE = {"generation": 0, "fraction": 0.1}  # the server process's only state


class _FeedProtocol(asyncio.Protocol):
    state = _STATE

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport: asyncio.Transport = transport  # type: ignore[assignment]
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
            self._answer(head.decode("latin-1"))

    def _answer(self, head: str) -> None:
        lines = head.split("\r\n")
        path = lines[0].split(" ")[1]
        headers = {
            k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in lines[1:])
        }
        if path == "/tick":
            self.state["generation"] += 1
            self._send(200, b"ok", {})
            return
        feed = int(path.rsplit("/", 1)[1])
        version = _version(feed, self.state["generation"], self.state["fraction"])
        etag = f'"{feed}-{version}"'
        if headers.get("if-none-match") == etag:
            self._send(304, b"", {"ETag": etag})
        else:
            self._send(200, _feed_body(feed, version), {"ETag": etag})

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        reason = {200: "OK", 304: "Not Modified"}[status]
        lines = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(body)}"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        if status == 200:
            lines.append("Content-Type: application/rss+xml; charset=utf-8")
        self.transport.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)


def serve(hosts: int, fraction: float, ready: multiprocessing.Queue[int]) -> None:
    async def main() -> None:
        _FeedProtocol.state["fraction"] = fraction
        loop = asyncio.get_running_loop()
        first = await loop.create_server(_FeedProtocol, "127.0.0.1", 0, backlog=1024)
        port = first.sockets[0].getsockname()[1]
        others = [
            await loop.create_server(_FeedProtocol, f"127.0.0.{h}", port, backlog=1024)
            for h in range(2, hosts + 1)
        ]
        ready.put(port)
        await asyncio.gather(first.serve_forever(), *(s.serve_forever() for s in others))

    asyncio.run(main())


# -- the poller (this process) ----------------------------------------------------------------------
def _peak_rss_mb() -> float:
    """This process's peak RSS: VmHWM, which (unlike ru_maxrss) a spawned child does not inherit."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _tick(port: int) -> None:
    """Tell the server to change a fraction of its feeds."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/tick") as response:
        response.read()


async def bench(args: argparse.Namespace, port: int, database: str) -> None:
    from bot.domain import FeedSpec
    from bot.store import feeds as store
    from bot.store.base import make_engine, make_session_factory, session_scope, upgrade

    engine = make_engine(database)
    upgrade(engine)
    factory = make_session_factory(engine)
    specs = [
        FeedSpec(
            f"feed-{n:05d}", f"http://127.0.0.{1 + n % args.hosts}:{port}/feed/{n}", "en", 900
        )
        for n in range(args.feeds)
    ]
    with session_scope(factory) as session:
        store.sync_feeds(session, specs, datetime.now(UTC))
    print(f"{args.feeds} feeds on {args.hosts} loopback hosts, database {database}")
    steady: list[tuple[float, float]] = []
    async with _fetcher() as fetcher:
        poller = _poller(factory, fetcher, args.concurrency)
        for cycle in range(1, args.cycles + 1):
            if cycle > 1:
                await asyncio.to_thread(_tick, port)
            when = datetime.now(UTC) + timedelta(days=cycle)  # every feed is due
            cpu, wall = time.process_time(), time.perf_counter()
            summary = await poller.poll_due(when)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            not_modified = sum(o.not_modified for o in summary.outcomes)
            print(
                f"cycle {cycle} ({'cold' if cycle == 1 else 'steady'}): {summary.polled} feeds "
                f"in {wall:.1f} s = {summary.polled / wall:.0f} feeds/s; CPU {cpu:.1f} s "
                f"({cpu / wall:.0%} of a core, {1000 * cpu / max(summary.polled, 1):.2f} ms/feed); "
                f"{not_modified} x 304, {summary.new_reports} new reports, "
                f"{summary.failed} failed; peak RSS {_peak_rss_mb():.0f} MB"
            )
            if cycle > 1:
                steady.append((cpu / summary.polled, wall / summary.polled))
    engine.dispose()
    if steady:
        cpu_per_feed = sum(c for c, _ in steady) / len(steady)
        wall_per_feed = sum(w for _, w in steady) / len(steady)
        print(
            f"projection for {TARGET_FEEDS:,} feeds per {TARGET_SECONDS // 60} minutes (steady): "
            f"{TARGET_FEEDS * wall_per_feed:.0f} s of wall time, "
            f"{TARGET_FEEDS * cpu_per_feed:.0f} CPU s = "
            f"{TARGET_FEEDS * cpu_per_feed / TARGET_SECONDS:.0%} of one core; "
            f"peak RSS {_peak_rss_mb():.0f} MB (target: under 100% and 200 MB)"
        )


def _fetcher() -> Any:
    """A Fetcher allowed to reach the bench server on 127.0.0.x (older ones had no such rule)."""
    from bot.feeds import Fetcher

    allowed = "allow_private" in inspect.signature(Fetcher).parameters
    return Fetcher(allow_private=True) if allowed else Fetcher()


def _poller(factory: Any, fetcher: Any, concurrency: int) -> Any:
    """The real Poller with the real classifier, as `repatwatch run` builds it (older checkouts
    classified through Pipeline's hook; the same work, so before/after figures compare)."""
    from bot.classify import classify
    from bot.poller import Poller

    if "classify" not in inspect.signature(Poller).parameters:
        from bot.pipeline import Pipeline  # type: ignore[import-not-found]

        hook = Pipeline(classify).on_new_reports
        return Poller(
            factory, fetcher, worker_id="bench", on_new_reports=hook, concurrency=concurrency
        )
    from bot.clock import SystemClock
    from bot.store.base import DbRunner

    # A cycle of `repatwatch run` stops waiting for slow feeds after a while (the rest report to
    # the next cycle); a bench cycle waits for every feed, so that it measures all of them.
    patience = {"patience": None} if "patience" in inspect.signature(Poller).parameters else {}
    return Poller(
        DbRunner(factory),
        fetcher,
        classify=classify,
        worker_id="bench",
        clock=SystemClock(),
        concurrency=concurrency,
        **patience,
    )


def _urls(args: argparse.Namespace, port: int) -> list[str]:
    return [f"http://127.0.0.{1 + n % args.hosts}:{port}/feed/{n}" for n in range(args.feeds)]


def _report(label: str, cycle: int, feeds: int, items: int, cpu: float) -> None:
    kind = "first poll" if cycle == 1 else "steady"
    print(
        f"  {label}, {kind}: {1000 * cpu / feeds:.2f} CPU-s per 1,000 feeds "
        f"({1000 * cpu / feeds:.2f} ms/feed), {items} items, "
        f"{items / cpu if cpu else 0:,.0f} items/CPU-s; peak RSS {_peak_rss_mb():.0f} MB"
    )


async def _fetcher_alone(args: argparse.Namespace, port: int) -> None:
    urls = _urls(args, port)
    etags: dict[str, str | None] = {}
    gate = asyncio.Semaphore(args.concurrency)
    async with _fetcher() as fetcher:

        async def one(url: str) -> int:
            async with gate:
                result = await fetcher.fetch(url, etag=etags.get(url))
            etags[url] = result.etag
            return len(result.items)

        for cycle in range(1, args.cycles + 1):
            if cycle > 1:
                await asyncio.to_thread(_tick, port)
            cpu = time.process_time()
            items = sum(await asyncio.gather(*(one(url) for url in urls)))
            _report("Fetcher alone (fetch, parse, normalise)", cycle, len(urls), items,
                    time.process_time() - cpu)  # fmt: skip


async def _floor(args: argparse.Namespace, port: int) -> None:
    import aiohttp
    import fastfeedparser  # type: ignore[import-untyped]

    urls = _urls(args, port)
    etags: dict[str, str] = {}
    gate = asyncio.Semaphore(args.concurrency)
    connector = aiohttp.TCPConnector(limit=100)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def one(url: str) -> int:
            headers = {"If-None-Match": etags[url]} if url in etags else {}
            async with gate, session.get(url, headers=headers) as response:
                if response.status == 304:
                    return 0
                body = await response.read()
                etags[url] = response.headers.get("ETag", "")
            return len(fastfeedparser.parse(body).get("entries", []))

        for cycle in range(1, args.cycles + 1):
            if cycle > 1:
                await asyncio.to_thread(_tick, port)
            cpu = time.process_time()
            items = sum(await asyncio.gather(*(one(url) for url in urls)))
            _report("floor: aiohttp + fastfeedparser", cycle, len(urls), items,
                    time.process_time() - cpu)  # fmt: skip


def _child(mode: str, args: argparse.Namespace, port: int) -> None:
    sys.path.insert(0, str(args.code.resolve()))
    asyncio.run(_fetcher_alone(args, port) if mode == "fetcher" else _floor(args, port))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=50, help="loopback addresses to spread over")
    parser.add_argument("--cycles", type=int, default=3)
    parser.add_argument("--changed", type=float, default=0.1, help="feeds changed per cycle")
    parser.add_argument("--concurrency", type=int, default=100, help="feeds in flight")
    parser.add_argument("--database", help="SQLAlchemy URL (default: a temporary SQLite file)")
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout to import bot from")
    parser.add_argument("--only", choices=["poller", "fetcher", "floor"], action="append")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    parts = args.only or ["poller", "fetcher", "floor"]
    context = multiprocessing.get_context("spawn")
    ready: multiprocessing.Queue[int] = context.Queue()
    server = context.Process(target=serve, args=(args.hosts, args.changed, ready), daemon=True)
    server.start()
    try:
        port = ready.get(timeout=30)
        if "poller" in parts:
            with tempfile.TemporaryDirectory() as folder:
                database = args.database or f"sqlite:///{Path(folder) / 'bench.db'}"
                asyncio.run(bench(args, port, database))
        for mode in ("fetcher", "floor"):
            if mode in parts:
                child = context.Process(target=_child, args=(mode, args, port))
                child.start()
                child.join()
    finally:
        server.terminate()
        server.join()


if __name__ == "__main__":
    main()
