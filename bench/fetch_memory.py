"""Peak memory of fetching many large feeds at once: 100 feeds serving 9.9 MB each, all in flight.

Usage: .venv/bin/python bench/fetch_memory.py [--feeds 100] [--mb 9.9] [--hosts 50] [--code PATH]

A separate process serves one valid RSS document of about `--mb` MB (20 items with long plain-text
descriptions) on every path of several loopback addresses. This process fetches all `--feeds` feeds
concurrently through one Fetcher (per-host limit 2, as in production), parses them, keeps only the
item counts, and prints its peak RSS and, where the Fetcher has one, the byte budget's peak.
`--code PATH` imports `bot` from another checkout (e.g. the main branch before the byte budget).
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import multiprocessing
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _body(megabytes: float) -> bytes:
    items = 20
    words = ("officials questioned a family near the river crossing " * 200).strip()
    per_item = int(megabytes * 1024 * 1024 / items)
    text = (words + " ") * (per_item // (len(words) + 1))
    parts = [
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Big</title>'
    ]
    for n in range(items):
        parts.append(
            f"<item><title>Large dispatch {n} about a family held at the border</title>"
            f"<link>https://big.example.org/{n}</link><description>{text}</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


class _Server(asyncio.Protocol):
    body = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport: asyncio.Transport = transport  # type: ignore[assignment]
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            _head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
            head = (
                "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml; charset=utf-8\r\n"
                f"Content-Length: {len(self.body)}\r\n\r\n"
            )
            self.transport.write(head.encode() + self.body)


def serve(hosts: int, megabytes: float, ready: multiprocessing.Queue[int]) -> None:
    async def main() -> None:
        _Server.body = _body(megabytes)
        loop = asyncio.get_running_loop()
        first = await loop.create_server(_Server, "127.0.0.1", 0)
        port = first.sockets[0].getsockname()[1]
        for h in range(2, hosts + 1):
            await loop.create_server(_Server, f"127.0.0.{h}", port)
        ready.put(port)
        await first.serve_forever()

    asyncio.run(main())


async def fetch_all(args: argparse.Namespace, port: int) -> None:
    from bot.feeds import Fetcher

    accepted = inspect.signature(Fetcher).parameters
    options: dict[str, object] = {"allow_private": True} if "allow_private" in accepted else {}
    if args.budget_mb is not None:
        options["body_budget_bytes"] = int(args.budget_mb * 2**20)
    urls = [f"http://127.0.0.{1 + n % args.hosts}:{port}/feed/{n}" for n in range(args.feeds)]
    started, cpu = time.perf_counter(), time.process_time()
    async with Fetcher(**options) as fetcher:  # type: ignore[arg-type]

        async def one(url: str) -> tuple[int, str | None]:
            result = await fetcher.fetch(url)
            return len(result.items), str(result.error) if result.error else None

        outcomes = await asyncio.gather(*(one(url) for url in urls))
        budget = getattr(fetcher, "budget", None)
    failed = [error for _, error in outcomes if error]
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{args.feeds} feeds x {args.mb} MB: {sum(n for n, _ in outcomes)} items, "
        f"{len(failed)} failed{' (' + failed[0] + ')' if failed else ''}; "
        f"{time.perf_counter() - started:.1f} s wall, {time.process_time() - cpu:.1f} CPU-s; "
        f"peak RSS {peak_rss:.0f} MB"
        + (
            f"; byte budget peak {budget.peak / 2**20:.0f} MB of {budget.limit / 2**20:.0f} MB"
            if budget is not None
            else ""
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--mb", type=float, default=9.9)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument(
        "--budget-mb", type=float, help="the Fetcher's byte budget (default: its own)"
    )
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout to import bot from")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    context = multiprocessing.get_context("spawn")
    ready: multiprocessing.Queue[int] = context.Queue()
    server = context.Process(target=serve, args=(args.hosts, args.mb, ready), daemon=True)
    server.start()
    try:
        asyncio.run(fetch_all(args, ready.get(timeout=60)))
    finally:
        server.terminate()
        server.join()


if __name__ == "__main__":
    main()
