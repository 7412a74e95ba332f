"""`repatwatch demo`: the whole pipeline, offline, on the bundled sample feeds.

Serves bot/samples/ from 127.0.0.1, polls every sample feed once into a fresh demo database,
prints each alert and case update as console mode would, then every case's summary, and exits.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from rich.console import Console

from bot.classify import classify
from bot.config import parse_feeds_yaml
from bot.console import ConsoleNotifier
from bot.feeds import Fetcher, private_feed_hosts
from bot.localserve import serve_directory
from bot.pipeline import Pipeline
from bot.poller import Poller
from bot.samples import SAMPLES_DIR, sample_feeds_yaml
from bot.service import ConsoleReporter, open_store, sync_feed_list

DEMO_DATABASE = Path("repatwatch-demo.db")


def fresh_sqlite_url(path: Path) -> str:
    """A new, empty SQLite database at `path` (the demo starts over every time)."""
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return f"sqlite:///{path}"


async def run_demo(console: Console, database: Path = DEMO_DATABASE) -> int:
    notifier = ConsoleNotifier(console)
    engine, factory = open_store(fresh_sqlite_url(database))
    try:
        with serve_directory(SAMPLES_DIR) as base_url:
            port = urlsplit(base_url).port or 80
            specs = parse_feeds_yaml(sample_feeds_yaml(port), source="bundled sample feeds")
            sync_feed_list(factory, specs)
            pipeline = Pipeline(classify)
            notifier.note(f"Polling {len(specs)} sample feeds served from {base_url} ...")
            async with Fetcher(private_hosts=private_feed_hosts(specs)) as fetcher:
                poller = Poller(
                    factory, fetcher, worker_id="demo", on_new_reports=pipeline.on_new_reports
                )
                summary = await poller.poll_all()
        events = sorted(pipeline.take_events(), key=lambda e: (e.doc.date is None, e.doc.date))
        reporter = ConsoleReporter(notifier, factory)
        reporter.show(events)
        reporter.summaries(events)
    finally:
        engine.dispose()
    notifier.note(
        f"Done: {summary.polled} feeds, {summary.new_reports} reports, "
        f"{notifier.alerts} alerts, {notifier.updates} case updates, "
        f"{notifier.summaries} case summaries. Demo data kept in {database}."
    )
    return 0 if summary.failed == 0 else 1
