"""`repatwatch run` (the service) and `repatwatch demo` (offline, on the bundled samples)."""

from __future__ import annotations

import argparse
import asyncio
import logging
from pathlib import Path
from typing import Any

from rich.console import Console

from bot.config import load_feeds
from bot.domain import FeedSpec
from bot.settings import Settings

log = logging.getLogger("repatwatch.service")


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    run = subparsers.add_parser(
        "run",
        help="poll the feeds and alert subscribers (console mode without TELEGRAM_BOT_TOKEN)",
    )
    run.add_argument(
        "--feeds", type=Path, help="feeds file (default: REPATWATCH_FEEDS or feeds.yaml)"
    )
    run.set_defaults(handler=run_command)
    demo = subparsers.add_parser(
        "demo", help="offline demo: the whole pipeline on the bundled sample feeds, then exit"
    )
    demo.add_argument(
        "--database",
        type=Path,
        default=Path("repatwatch-demo.db"),
        help="SQLite file for the demo data, recreated each run (default: repatwatch-demo.db)",
    )
    demo.set_defaults(handler=demo_command)


def run_command(args: argparse.Namespace, settings: Settings) -> int:
    path = args.feeds or settings.feeds_path
    specs = load_feeds(path)
    asyncio.run(serve(settings, specs, path))
    return 0


async def serve(settings: Settings, specs: list[FeedSpec], feeds_path: Path | None = None) -> None:
    """Build the service's graph and run it until SIGINT or SIGTERM (feeds.yaml re-read on
    change or SIGHUP when its path is given)."""
    from bot import bootstrap
    from bot.service import settle_heap

    runtime = bootstrap.build(settings, specs, feeds_path=feeds_path)
    settle_heap()  # the graph is built: what it holds lives as long as the process
    if runtime.console is not None:
        log.info("no TELEGRAM_BOT_TOKEN: console mode, alerts are printed here")
    try:
        await runtime.service.run()
    finally:
        await runtime.aclose()


def demo_command(args: argparse.Namespace, settings: Settings) -> int:
    from bot.demo import run_demo

    del settings
    return asyncio.run(run_demo(Console(), args.database))
