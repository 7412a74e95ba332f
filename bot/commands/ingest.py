"""Ingestion commands: `db upgrade`, `poll --once`, `feeds check [--fetch]` and `feeds status`
(`feeds import` and `feeds export` live in bot.commands.feedlist).

Each handler gets what it needs from bot.bootstrap (the database; for `poll --once` the whole
graph, so a report polled here is classified, filed and queued exactly as in `run`), runs, closes
it and returns an exit code: 0 when all is well, 1 when some feeds failed (or are unhealthy, for
`feeds status`), 2 for a configuration error (raised as ConfigError and reported by bot.cli).
In a terminal `poll --once` shows a progress bar; piped, it prints plain lines only. The database,
HTTP and Telegram libraries are imported by the handlers that use them, so the command line (and
`repatwatch classify`) starts without them.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.commands.feedlist import register_feed_commands
from bot.config import load_feeds
from bot.domain import FeedSpec
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.feeds import FetchResult
    from bot.ingest import FeedOutcome
    from bot.poller import CycleSummary
    from bot.store.feed_health import FeedHealth


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    db = subparsers.add_parser("db", help="manage the database")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_upgrade = db_commands.add_parser("upgrade", help="bring the schema up to date")
    db_upgrade.set_defaults(handler=upgrade_command)

    poll = subparsers.add_parser("poll", help="poll the feeds")
    poll.add_argument(
        "--once", action="store_true", required=True, help="poll every feed once, then exit"
    )
    poll.add_argument("--feeds", type=Path, help="the feeds list (default: $REPATWATCH_FEEDS)")
    poll.set_defaults(handler=poll_command)

    feeds = subparsers.add_parser("feeds", help="check the feeds list, show feed health")
    feed_commands = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    check = feed_commands.add_parser("check", help="validate feeds.yaml (exit 2 on problems)")
    check.add_argument("--feeds", type=Path, help="the feeds list (default: $REPATWATCH_FEEDS)")
    check.add_argument("--fetch", action="store_true", help="also fetch every feed once")
    check.set_defaults(handler=check_command)
    status = feed_commands.add_parser(
        "status", help="each feed's health from the database (exit 1 if any is failing)"
    )
    status.set_defaults(handler=status_command)
    register_feed_commands(feed_commands)


def upgrade_command(args: argparse.Namespace, settings: Settings) -> int:
    from bot import bootstrap

    del args
    with bootstrap.database(settings):
        print("database schema is up to date")
    return 0


# -- poll --once ------------------------------------------------------------------------------------
def poll_command(args: argparse.Namespace, settings: Settings) -> int:
    specs = load_feeds(args.feeds or settings.feeds_path)
    summary = asyncio.run(_poll_once(settings, specs))
    print(
        f"{_count(summary.polled, 'feed')} polled: {_count(summary.new_reports, 'new report')}, "
        f"{summary.unchanged} unchanged, {summary.failed} failed"
        + (f", {summary.skipped} skipped" if summary.skipped else "")
    )
    return 1 if summary.failed else 0


async def _poll_once(settings: Settings, specs: list[FeedSpec]) -> CycleSummary:
    from bot import bootstrap

    runtime = bootstrap.build(settings, specs)
    try:
        with _progress(len(specs)) as report:
            return await runtime.poller.poll_all(progress=report)
    finally:
        await runtime.aclose()


@contextmanager
def _progress(total: int) -> Iterator[Callable[[FeedOutcome], None]]:
    """One line per feed; in a terminal, also a rich progress bar below the lines."""
    if not sys.stdout.isatty():

        def plain(outcome: FeedOutcome) -> None:
            print(f"{outcome.name}: {outcome.line}", flush=True)

        yield plain
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    columns = (BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress("polling", *columns, transient=True) as bar:
        task = bar.add_task("poll", total=total)

        def fancy(outcome: FeedOutcome) -> None:
            style = "red" if outcome.error else "green" if outcome.new_reports else "dim"
            bar.console.print(f"{outcome.name}: [{style}]{outcome.line}[/]", highlight=False)
            bar.advance(task)

        yield fancy


# -- feeds check ------------------------------------------------------------------------------------
def check_command(args: argparse.Namespace, settings: Settings) -> int:
    path: Path = args.feeds or settings.feeds_path
    specs = load_feeds(path)  # a ConfigError lists every problem; bot.cli exits 2
    print(f"{path}: {len(specs)} feeds, no problems found")
    if not args.fetch:
        return 0
    results = asyncio.run(_fetch_all(specs, settings))
    failed = 0
    for spec, result in zip(specs, results, strict=True):
        print(f"{spec.name}: {_fetch_line(result)}")
        failed += result.error is not None
    print(f"{len(specs) - failed} of {len(specs)} feeds fetched")
    return 1 if failed else 0


async def _fetch_all(specs: list[FeedSpec], settings: Settings) -> list[FetchResult]:
    from bot.feeds import Fetcher, private_feed_hosts

    fetcher = Fetcher(
        allow_private=settings.allow_private_feeds, private_hosts=private_feed_hosts(specs)
    )
    async with fetcher, asyncio.TaskGroup() as tasks:
        jobs = [tasks.create_task(fetcher.fetch(s.url, language=s.language)) for s in specs]
    return [job.result() for job in jobs]


def _fetch_line(result: FetchResult) -> str:
    if result.error is not None:
        return f"error: {result.error}"
    moved = f", moved permanently to {result.final_url}" if result.permanent_redirect else ""
    warned = f", {len(result.warnings)} warnings" if result.warnings else ""
    return f"ok, {len(result.items)} items{moved}{warned}"


# -- feeds status -----------------------------------------------------------------------------------
def status_command(args: argparse.Namespace, settings: Settings) -> int:
    from bot import bootstrap
    from bot.clock import SystemClock
    from bot.store.feed_health import feed_health

    del args
    with bootstrap.database(settings) as db:
        health = db.sync(feed_health, SystemClock().now())
    if not health:
        print("no feeds in the database yet: run `repatwatch poll --once` or `repatwatch run`")
        return 0
    for feed in health:
        print(_status_line(feed))
    counts = {state: sum(f.state == state for f in health) for state in _STATES}
    print(", ".join(f"{n} {state}" for state, n in counts.items() if n))
    return 1 if counts["failing"] or counts["unhealthy"] else 0


_STATES = ("ok", "new", "failing", "unhealthy", "disabled")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "never"


def _status_line(feed: FeedHealth) -> str:
    parts = [f"{feed.name}: {feed.state.upper()}", f"last success {_when(feed.last_success_at)}"]
    if feed.consecutive_failures:
        parts.append(f"{_count(feed.consecutive_failures, 'failure')} in a row")
    if feed.unhealthy_since:
        parts.append(f"unhealthy since {_when(feed.unhealthy_since)}")
    if feed.enabled:
        parts.append(f"next poll {_when(feed.next_poll_at)}")
    if feed.last_error:
        parts.append(
            f"last error {_when(feed.last_error_at)} ({feed.last_error_kind}): {feed.last_error}"
        )
    return "; ".join(parts)
