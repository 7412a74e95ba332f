"""`repatwatch demo`: the whole pipeline, offline, on the bundled sample feeds.

Serves bot/samples/ from 127.0.0.1, builds console mode's graph (bot.bootstrap) on a fresh demo
database, polls every sample feed once, prints each alert and case update as console mode would,
then every case's summary, and exits. The samples are old reports, which a real run would file as
history without alerting; the demo widens the freshness window so that they show as news.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from rich.console import Console

from bot import bootstrap
from bot.config import parse_feeds_yaml
from bot.console import ConsoleNotifier
from bot.localserve import serve_directory
from bot.samples import SAMPLES_DIR, sample_feeds_yaml
from bot.settings import Settings

DEMO_DATABASE = Path("repatwatch-demo.db")
EVERY_SAMPLE_IS_NEWS = 365.0 * 100  # days: the freshness window that takes in the oldest sample


def fresh_sqlite_url(path: Path) -> str:
    """A new, empty SQLite database at `path` (the demo starts over every time)."""
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return f"sqlite:///{path}"


async def run_demo(console: Console, database: Path = DEMO_DATABASE) -> int:
    notifier = ConsoleNotifier(console)
    settings = Settings(
        database_url=fresh_sqlite_url(database),
        worker_id="demo",
        fresh_days=EVERY_SAMPLE_IS_NEWS,
    )
    with serve_directory(SAMPLES_DIR) as base_url:
        port = urlsplit(base_url).port or 80
        specs = parse_feeds_yaml(sample_feeds_yaml(port), source="bundled sample feeds")
        # One feed at a time, so that the reports are linked in the same order on every run and
        # the demo prints the same cases, timelines and summaries each time.
        runtime = bootstrap.build(settings, specs, console=notifier, poll_concurrency=1)
        try:
            notifier.note(f"Polling {len(specs)} sample feeds served from {base_url} ...")
            notifier.note(
                "The samples are old reports: a real run files reports older than "
                f"{Settings().fresh_days:g} days as history, without alerting. "
                "The demo shows them as news."
            )
            summary = await runtime.poller.poll_all()
            events = sorted(summary.events, key=lambda e: e.day)
            assert runtime.console is not None  # no token: console mode
            await runtime.console(events)
        finally:
            await runtime.aclose()
    notifier.note(
        f"Done: {summary.polled} feeds, {summary.new_reports} reports, "
        f"{notifier.alerts} alerts, {notifier.updates} case updates, "
        f"{notifier.summaries} case summaries. Demo data kept in {database}."
    )
    return 0 if summary.failed == 0 else 1
