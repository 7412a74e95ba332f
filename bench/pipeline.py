"""Benchmark the whole ingest path: feeds served from 127.0.0.1, polled, classified, stored, linked.

Usage: .venv/bin/python bench/pipeline.py [--feeds 1000] [--items 50] [--topical 0.2]
                                          [--cycles 2] [--changed 0.1] [--per-incident 5]
                                          [--database URL] [--code PATH] [--only NAME]
                                          [--decisions-hash]

A separate process serves `--feeds` RSS feeds of `--items` items each on several loopback
addresses (so the fetcher's per-host limit applies as across real sites). Each run then polls
them all in a process of its own (so its CPU time and peak RSS are its own), through the real
`Poller` as `repatwatch run` builds it: fetch, parse, normalise, store, classify, link alerts into
cases, queue alerts. Cycle 1 is the first poll (every item new); before each later cycle the
server changes `--changed` of the feeds (one new item each) and the others answer 304.

The runs, side by side over the same server:
  plain     no item on topic (what most of the news is)
  topical   a share `--topical` of the items report an arrest of North Koreans somewhere abroad,
            in their feed's language (English, Korean or Chinese); each incident is told by about `--per-incident`
            reports in different feeds and scripts, incidents spread over two years and thirty
            cities, so case linking has real work: one case per incident, across scripts
  floor     a plain aiohttp + fastfeedparser loop (fetch and parse, nothing stored) over the
            topical run's feeds: what fetching and parsing alone cost

Printed for each cycle: CPU-s per 1,000 feeds (ms per feed), items per CPU-second, peak RSS, and
the CPU-s spent parsing, classifying, linking, storing (reports, sightings, the feed's row), keeping
the source archive's entries and committing (each in its own thread's CPU time); for the
topical run also the alerts, the cases and the CPU spent linking them (ms per alert: run with
--feeds 100 and --feeds 1000 for 1k and 10k alerts; with --span-days 73 and 730 the incidents are
as dense in both, so the cost per alert shows how linking scales, not how crowded the cases are).
Goals (issue 14): first poll >= 5,000 items per CPU-second end to end, steady cycle <= 2 ms of
CPU per feed, peak RSS < 200 MB, linking cost per alert flat from 1k to 10k alerts. `--code PATH`
imports `bot` from another checkout (before/after figures), and `REPATWATCH_BENCH_INSTALLED=1
VENV/bin/python -P bench/pipeline.py` the `bot` installed in VENV (a compiled build: setup.py).
`--database` takes a PostgreSQL URL whose server may create scratch databases.
`--decisions-hash` polls one feed at a time, so that the reports are linked in one order, and
prints after the first poll a hash of what linking decided (which report joined which case, in
order, with its score and evidence, and each case's headline and timeline): equal hashes before
and after a change to linking show it decides alike. Only the first poll's: a steady cycle polls
its feeds in the order their first polls ended, which the machine's timing decides.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import multiprocessing
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any, ClassVar
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
INSTALLED = os.environ.get("REPATWATCH_BENCH_INSTALLED") == "1"

from poll import _fetcher, _peak_rss_mb, _poller, _tick  # noqa: E402

BASE_DAY = datetime(2026, 11, 1, tzinfo=UTC)

# (English, Korean, Chinese, country): places of detention the classifier and the linker know.
CITIES = [
    ("Shenyang", "선양", "沈阳", "China"), ("Dandong", "단둥", "丹东", "China"),
    ("Dalian", "다롄", "大连", "China"), ("Changchun", "창춘", "长春", "China"),
    ("Yanji", "옌지", "延吉", "China"), ("Tumen", "투먼", "图们", "China"),
    ("Hunchun", "훈춘", "珲春", "China"), ("Changbai", "창바이", "长白", "China"),
    ("Tonghua", "퉁화", "通化", "China"), ("Harbin", "하얼빈", "哈尔滨", "China"),
    ("Mudanjiang", "무단장", "牡丹江", "China"), ("Tianjin", "톈진", "天津", "China"),
    ("Shanghai", "상하이", "上海", "China"), ("Qingdao", "칭다오", "青岛", "China"),
    ("Yantai", "옌타이", "烟台", "China"), ("Kunming", "쿤밍", "昆明", "China"),
    ("Jinghong", "징훙", "景洪", "China"), ("Nanning", "난닝", "南宁", "China"),
    ("Guangzhou", "광저우", "广州", "China"), ("Vladivostok", "블라디보스토크", "符拉迪沃斯托克", "Russia"),
    ("Khabarovsk", "하바롭스크", "哈巴罗夫斯克", "Russia"), ("Ussuriysk", "우수리스크", "乌苏里斯克", "Russia"),
    ("Hanoi", "하노이", "河内", "Vietnam"), ("Lang Son", "랑선", "谅山", "Vietnam"),
    ("Vientiane", "비엔티안", "万象", "Laos"), ("Bangkok", "방콕", "曼谷", "Thailand"),
    ("Chiang Rai", "치앙라이", "清莱", "Thailand"), ("Ulaanbaatar", "울란바토르", "乌兰巴托", "Mongolia"),
    ("Phnom Penh", "프놈펜", "金边", "Cambodia"), ("Kuala Lumpur", "쿠알라룸푸르", "吉隆坡", "Malaysia"),
]  # fmt: skip
# (title, text, language): written for this bench; {en}/{ko}/{zh} the city, {n} the people.
TOPICAL = [
    ("{en} police detain {n} North Korean defectors",
     "Police in {en}, {country}, detained {n} North Korean defectors on {day}, a rights group "
     "said. The group fears they will be forcibly repatriated to North Korea.", "en"),
    ("{n} North Koreans held in {en} face forced return",
     "{n} North Korean refugees arrested in {en} last week are being held at a detention centre "
     "and face forced repatriation, activists said on {day}.", "en"),
    ("{ko}서 탈북민 {n}명 체포",
     "{ko}에서 탈북민 {n}명이 현지 공안에 체포됐다고 대북 인권단체가 밝혔다. 단체는 이들이 북한으로 "
     "강제송환될 우려가 크다고 전했다.", "ko"),
    ("{n}名脱北者在{zh}被捕",
     "据人权团体称，{n}名脱北者日前在{zh}被当地警方逮捕，他们面临被强制遣返朝鲜的危险。", "zh"),
]  # fmt: skip


# -- the feed server (its own process) --------------------------------------------------------------
def _fraction(*parts: object) -> float:
    digest = hashlib.blake2b(":".join(map(str, parts)).encode(), digest_size=6).digest()
    return int.from_bytes(digest, "big") / 2**48


def _item(feed: int, n: int, layout: dict[str, float]) -> str:
    """Entry `n` of `feed`: on topic with probability `topical`, about one of `incidents`."""
    link = f"https://desk{feed}.example.org/news/{n}"
    if _fraction("topical", feed, n) < layout["topical"]:
        incident = int(_fraction("incident", feed, n) * layout["incidents"])
        city = CITIES[int(_fraction("city", incident) * len(CITIES))]
        happened = BASE_DAY - timedelta(days=int(_fraction("day", incident) * layout["span"]))
        people = 2 + int(_fraction("people", incident) * 29)
        written = [t for t in TOPICAL if t[2] == _language(feed)]
        title, text, _ = written[int(_fraction("template", feed, n) * len(written))]
        fields = {"en": city[0], "ko": city[1], "zh": city[2], "country": city[3], "n": people,
                  "day": f"{happened:%B} {happened.day}"}  # fmt: skip
        published = happened + timedelta(hours=int(_fraction("lag", feed, n) * 96))
        title, summary = title.format(**fields), text.format(**fields)
    else:
        published = BASE_DAY + timedelta(hours=n)
        title = f"Desk {feed} dispatch {n}: officials questioned a family near the river crossing"
        summary = (
            f"<p>Dispatch {n} from desk {feed}. Local sources described the questioning of a "
            "family at a checkpoint and said relatives had not heard from them since.</p>"
        )
    return (
        f"<item><title>{escape(title)}</title><link>{link}</link><guid>{link}</guid>"
        f"<description>{escape(summary)}</description>"
        f"<pubDate>{format_datetime(published, usegmt=True)}</pubDate></item>"
    )


def _language(feed: int) -> str:
    """Each feed writes in one language: half in English, a quarter each in Korean and Chinese."""
    return ("en", "ko", "en", "zh")[feed % 4]


def _feed_body(feed: int, version: int, layout: dict[str, float]) -> bytes:
    size = int(layout["items"])
    newest = size + version
    items = "".join(_item(feed, n, layout) for n in range(newest, newest - size, -1))
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0"><channel>'
        f"<title>Desk {feed}</title><link>https://desk{feed}.example.org/</link>"
        f"<description>bench</description><language>{_language(feed)}</language>{items}"
        "</channel></rss>"
    ).encode()


class _FeedProtocol(asyncio.Protocol):
    """GET /<topical per mille>/feed/<n> with ETag / If-None-Match; GET /tick changes feeds."""

    state: ClassVar[dict[str, Any]] = {"generation": 0}

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
        etag_in = next(
            (v.strip() for k, _, v in (h.partition(":") for h in lines[1:])
             if k.strip().lower() == "if-none-match"),
            None,
        )  # fmt: skip
        if path == "/tick":
            self.state["generation"] += 1
            self._send(200, b"ok", {})
            return
        _, permille, _, number = path.split("/")
        feed = int(number)
        layout = dict(self.state["layout"], topical=int(permille) / 1000)
        version = sum(
            _fraction("changed", feed, g) < layout["changed"]
            for g in range(1, self.state["generation"] + 1)
        )
        etag = f'"{feed}-{version}"'
        if etag_in == etag:
            self._send(304, b"", {"ETag": etag})
        else:
            self._send(200, _feed_body(feed, version, layout), {"ETag": etag})

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        reason = {200: "OK", 304: "Not Modified"}[status]
        lines = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(body)}"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        if status == 200:
            lines.append("Content-Type: application/rss+xml; charset=utf-8")
        self.transport.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)


def serve(hosts: int, layout: dict[str, float], ready: multiprocessing.Queue[int]) -> None:
    async def main() -> None:
        _FeedProtocol.state["layout"] = layout
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


# -- the runs (each in its own process) ---------------------------------------------------------------
def _urls(args: argparse.Namespace, port: int, topical: float) -> list[str]:
    permille = round(topical * 1000)
    return [
        f"http://127.0.0.{1 + n % args.hosts}:{port}/{permille}/feed/{n}"
        for n in range(args.feeds)
    ]


def _line(
    label: str,
    cycle: int,
    feeds: int,
    items: int,
    cpu: float,
    wall: float,
    noun: str = "new items",
) -> str:
    kind = "first poll" if cycle == 1 else "steady"
    return (
        f"  {label:8} {kind:10}: {feeds} feeds, {items} {noun} in {wall:.1f} s: "
        f"{1000 * cpu / feeds:6.2f} CPU-s per 1,000 feeds ({1000 * cpu / feeds:.2f} ms/feed), "
        f"{items / cpu if cpu else 0:7,.0f} items/CPU-s; peak RSS {_peak_rss_mb():4.0f} MB"
    )


class _Spent:
    """CPU time (of the calling thread) spent in one step, and how many times it ran."""

    def __init__(self) -> None:
        self.cpu = 0.0
        self.calls = 0
        self._lock = threading.Lock()

    def wrap(self, function: Callable[..., Any], *, count: bool = True) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                with self._lock:
                    self.cpu += time.thread_time() - started
                    self.calls += count

        return timed

    def since(self, mark: tuple[float, int]) -> tuple[float, int]:
        return self.cpu - mark[0], self.calls - mark[1]

    def mark(self) -> tuple[float, int]:
        return self.cpu, self.calls


def _instrument() -> dict[str, _Spent]:
    """Time parsing, classifying, linking, storing, archiving and committing, whatever this
    checkout calls them (a step it does not have stays at zero)."""
    import importlib

    import bot.classify
    from bot.feeds import fetch
    from bot.store import cases
    from bot.store import feeds as feed_store
    from bot.store.base import Session

    steps = {
        name: _Spent() for name in ("parse", "classify", "link", "store", "archive", "commit")
    }
    fetch.parse_feed = steps["parse"].wrap(fetch.parse_feed)  # type: ignore[attr-defined]
    bot.classify.classify = steps["classify"].wrap(bot.classify.classify)
    for name in ("attach_report", "attach_reports"):
        if hasattr(cases, name):
            setattr(cases, name, steps["link"].wrap(getattr(cases, name)))
    if hasattr(cases, "CaseWrites"):  # the case writes held until a feed's alerts are linked
        held = cases.CaseWrites
        held.flush = steps["link"].wrap(held.flush, count=False)  # type: ignore[method-assign]
    feed_store.store_poll_result = steps["store"].wrap(feed_store.store_poll_result)
    try:  # older checkouts kept no source archive
        archive = importlib.import_module("bot.store.archive")
        archive.keep_entries = steps["archive"].wrap(archive.keep_entries)
    except (ImportError, AttributeError):
        pass
    Session.commit = steps["commit"].wrap(Session.commit)  # type: ignore[method-assign]
    return steps


def _build_classifier() -> None:
    """Build the classifier before the first poll, and settle the heap, as `repatwatch run`
    does at start-up."""
    import bot.classify
    import bot.service

    if hasattr(bot.classify, "default_classifier"):
        bot.classify.default_classifier()
    else:  # older checkouts built it on first use
        from bot.domain import Document

        bot.classify.classify(Document("warm-up", "", ""))
    if hasattr(bot.service, "settle_heap"):  # older checkouts left the heap as it was
        bot.service.settle_heap()


def _decisions_hash(factory: Any) -> tuple[int, str]:
    """The linking decisions in the order they were made, by report link rather than by id."""
    from sqlalchemy import select

    from bot.store.base import session_scope
    from bot.store.cases import Case, CaseEvent, CaseReport
    from bot.store.reports import Report

    digest = hashlib.sha256()
    with session_scope(factory) as session:
        rows = session.execute(
            select(CaseReport.case_id, Report.link, CaseReport.score, CaseReport.why)
            .join(Report, Report.id == CaseReport.report_id)
            .order_by(CaseReport.id)
        ).all()
        first: dict[int, str] = {}
        for case_id, link, score, why in rows:
            case = first.setdefault(case_id, link)
            digest.update(repr((link, case, score, why)).encode())
        cases = session.execute(select(Case).order_by(Case.id)).scalars()
        for c in cases:
            head = (c.title, c.country, c.place_key, c.status, c.corroboration, c.report_count)
            digest.update(repr((first.get(c.id), head, c.first_seen, c.last_seen)).encode())
        e = CaseEvent
        timelines = select(e.case_id, e.seq, e.status, e.on_date).order_by(e.case_id, e.seq)
        events = session.execute(timelines).all()
        for case_id, *event in events:
            digest.update(repr((first.get(case_id), *event)).encode())
    return len(rows), digest.hexdigest()[:16]


def _case_counts(factory: Any) -> tuple[int, int]:
    from sqlalchemy import func, select

    from bot.store.base import session_scope
    from bot.store.cases import Case, CaseReport

    with session_scope(factory) as session:
        cases = session.scalar(select(func.count()).select_from(Case)) or 0
        linked = session.scalar(select(func.count()).select_from(CaseReport)) or 0
    return cases, linked


async def _pipeline(args: argparse.Namespace, port: int, topical: float, database: str) -> None:
    from bot.domain import FeedSpec
    from bot.store import feeds as store
    from bot.store.base import make_engine, make_session_factory, session_scope, upgrade

    label = "topical" if topical else "plain"
    steps = _instrument()
    engine = make_engine(database)
    upgrade(engine)
    factory = make_session_factory(engine)
    specs = [
        FeedSpec(f"feed-{n:05d}", url, None, 900)
        for n, url in enumerate(_urls(args, port, topical))
    ]
    with session_scope(factory) as session:
        store.sync_feeds(session, specs, datetime.now(UTC))
    async with _fetcher() as fetcher:
        poller = _poller(factory, fetcher, args.concurrency)
        _build_classifier()
        for cycle in range(1, args.cycles + 1):
            if cycle > 1:
                await asyncio.to_thread(_tick, port)
            when = datetime.now(UTC) + timedelta(days=cycle)  # every feed is due
            marks = {name: step.mark() for name, step in steps.items()}
            cpu, wall = time.process_time(), time.perf_counter()
            summary = await poller.poll_due(when)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            items = sum(getattr(o, "new_sightings", 0) for o in summary.outcomes)
            print(_line(label, cycle, summary.polled, items, cpu, wall), flush=True)
            if summary.failed:
                print(f"           {summary.failed} feeds failed", flush=True)
            spent = {name: step.since(marks[name])[0] for name, step in steps.items()}
            rest = cpu - sum(spent.values())
            print(
                "           CPU-s: "
                + ", ".join(f"{name} {seconds:.2f}" for name, seconds in spent.items())
                + f", the rest (fetch, queue, threads) {rest:.2f}",
                flush=True,
            )
            if topical:
                spent_linking, calls = steps["link"].since(marks["link"])
                cases, linked = _case_counts(factory)
                per = f"{1000 * spent_linking / calls:.2f} ms per alert" if calls else "none"
                print(
                    f"           {calls} alerts linked ({linked} in {cases} cases so far): "
                    f"{spent_linking:.2f} CPU-s, {per}",
                    flush=True,
                )
                if cycle == 1 and args.decisions_hash:
                    linked, digest = _decisions_hash(factory)
                    print(
                        f"           linking decisions: {linked} linked, hash {digest}", flush=True
                    )
    engine.dispose()


async def _floor(args: argparse.Namespace, port: int, topical: float) -> None:
    import aiohttp
    import fastfeedparser  # type: ignore[import-untyped]

    urls = _urls(args, port, topical)
    etags: dict[str, str] = {}
    gate = asyncio.Semaphore(args.concurrency)
    connector = aiohttp.TCPConnector(limit=args.concurrency)
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
            cpu, wall = time.process_time(), time.perf_counter()
            items = sum(await asyncio.gather(*(one(url) for url in urls)))
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            print(_line("floor", cycle, len(urls), items, cpu, wall, "items parsed"), flush=True)


@contextmanager
def _scratch_database(args: argparse.Namespace, name: str) -> Iterator[str]:
    """A fresh database for one run: a temporary SQLite file, or a scratch PostgreSQL database."""
    if not args.database:
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{Path(folder) / 'bench.db'}"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(args.database)
    scratch = f"bench_pipeline_{name}_{int(time.time())}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{scratch}"'))
    try:
        yield url.set(database=scratch).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)'))
        admin.dispose()


def _child(mode: str, args: argparse.Namespace, port: int) -> None:
    if not INSTALLED:
        sys.path.insert(0, str(args.code.resolve()))
    if mode == "floor":
        asyncio.run(_floor(args, port, args.topical))
        return
    topical = args.topical if mode == "topical" else 0.0
    with _scratch_database(args, mode) as database:
        asyncio.run(_pipeline(args, port, topical, database))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=50, help="items per feed")
    parser.add_argument("--topical", type=float, default=0.2, help="share of items on topic")
    parser.add_argument("--per-incident", type=float, default=5.0, help="reports per incident")
    parser.add_argument(
        "--span-days", type=int, default=730, help="days the incidents are spread over"
    )
    parser.add_argument("--cycles", type=int, default=2)
    parser.add_argument("--changed", type=float, default=0.1, help="feeds changed per cycle")
    parser.add_argument("--hosts", type=int, default=50, help="loopback addresses to spread over")
    parser.add_argument("--concurrency", type=int, default=100, help="feeds in flight")
    parser.add_argument("--database", help="PostgreSQL URL (default: temporary SQLite files)")
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout to import bot from")
    parser.add_argument("--only", choices=["plain", "topical", "floor"], action="append")
    parser.add_argument(
        "--decisions-hash",
        action="store_true",
        help="poll one feed at a time and print a hash of the first poll's linking decisions",
    )
    args = parser.parse_args()
    if args.decisions_hash:
        args.concurrency = 1
    incidents = max(1.0, round(args.feeds * args.items * args.topical / args.per_incident))
    layout = {
        "items": args.items,
        "changed": args.changed,
        "incidents": incidents,
        "span": args.span_days,
    }
    print(
        f"{args.feeds} feeds x {args.items} items, {args.topical:.0%} on topic "
        f"(~{incidents:.0f} incidents over {args.span_days} days), {args.changed:.0%} changed "
        "per steady cycle; "
        f"code {'installed in ' + sys.prefix if INSTALLED else args.code}; "
        f"{args.database or 'SQLite'}",
        flush=True,
    )
    context = multiprocessing.get_context("spawn")
    ready: multiprocessing.Queue[int] = context.Queue()
    server = context.Process(target=serve, args=(args.hosts, layout, ready), daemon=True)
    server.start()
    try:
        port = ready.get(timeout=30)
        for mode in args.only or ["plain", "topical", "floor"]:
            child = context.Process(target=_child, args=(mode, args, port))
            child.start()
            child.join()
    finally:
        server.terminate()
        server.join()


if __name__ == "__main__":
    main()
