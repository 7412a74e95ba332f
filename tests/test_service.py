"""The service without a Telegram token (console mode), the offline demo as a newcomer runs them,
and what the operators hear of failing feeds."""

from __future__ import annotations

import asyncio
import gc
import os
import platform
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from feedserver import Entry, FeedServer, rss
from rich.console import Console
from sqlalchemy import update

from bot import bootstrap
from bot.config import load_feeds
from bot.console import ConsoleNotifier
from bot.ingest import FeedOutcome
from bot.service import (
    YOUNG_COLLECTION_AFTER,
    failure_notice,
    release_free_heap,
    settle_heap,
)
from bot.settings import Settings
from bot.store.feeds import Feed

ROOT = Path(__file__).resolve().parents[1]

DETENTION = Entry(
    "Vietnam holds nine North Koreans near the Chinese border",
    "https://south.example/vn-nine",
    None,
    "Border guards in Lang Son province detained nine North Korean defectors, including two "
    "children, on Tuesday, and they may be handed back to China, a rescue group said.",
    datetime.now(UTC) - timedelta(days=1),  # news: inside the freshness window
)


async def test_console_mode_prints_the_alert_and_the_case(tmp_path: Path) -> None:
    with FeedServer() as server:
        url = server.route("/feed.xml", rss([DETENTION], title="South Wire"))
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(
            f"feeds:\n  - name: South Wire\n    url: {url}\n    allow_private: true\n",
            encoding="utf-8",
        )
        settings = Settings(
            database_url=f"sqlite:///{tmp_path / 'rw.db'}", worker_id="t", poll_every_seconds=0.5
        )
        console = Console(record=True, width=100)
        notifier = ConsoleNotifier(console)
        runtime = bootstrap.build(settings, load_feeds(feeds), console=notifier)
        with runtime.database.factory() as session:  # due now, not within its first minute
            session.execute(update(Feed).values(next_poll_at=datetime.now(UTC)))
            session.commit()
        running = asyncio.create_task(runtime.service.run(handle_signals=False))
        for _ in range(150):
            if notifier.summaries:
                break
            await asyncio.sleep(0.2)
        runtime.service.stop()
        await asyncio.wait_for(running, 10)
        await runtime.aclose()
    text = console.export_text()
    assert notifier.alerts == 1
    assert "Lang Son" in text and "9" in text and "Vietnam" in text
    assert "Case C1" in text


def test_the_demo_prints_alerts_and_case_summaries_and_exits(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "REPATWATCH_"))}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "demo", "--database", str(tmp_path / "demo.db")],
        env={**env, "COLUMNS": "120"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,  # generous: under CI load the demo took 101 s; a hang fails all the same
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("ALERT") >= 3
    assert "Status history" in done.stdout and "People:" in done.stdout
    assert "case summaries" in done.stdout


@pytest.mark.parametrize(
    ("failures", "became_unhealthy", "notice"),
    [
        (1, False, "Feed Border Wire failed: HTTP 500"),
        (2, False, None),
        (9, True, "Feed Border Wire is now unhealthy (9 failures in a row): HTTP 500"),
        (10, False, None),
    ],
    ids=["first-failure", "a-retry", "turns-unhealthy", "still-unhealthy"],
)
def test_operators_hear_of_a_feeds_first_failure_and_of_it_turning_unhealthy_only(
    failures: int, became_unhealthy: bool, notice: str | None
) -> None:
    outcome = FeedOutcome(
        1, "Border Wire", error="HTTP 500", failures=failures, became_unhealthy=became_unhealthy
    )
    assert failure_notice(outcome) == notice


async def test_at_start_every_due_feed_is_polled_at_once_not_an_interval_later(
    tmp_path: Path,
) -> None:
    with FeedServer() as server:
        paths = [f"/feed{n}.xml" for n in range(3)]
        lines = ["feeds:"]
        for n, path in enumerate(paths):
            url = server.route(path, rss([DETENTION], title=f"Wire {n}"))
            lines += [f"  - name: Wire {n}", f"    url: {url}", "    allow_private: true"]
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text("\n".join(lines) + "\n", encoding="utf-8")
        settings = Settings(
            database_url=f"sqlite:///{tmp_path / 'rw.db'}", worker_id="t", poll_every_seconds=3600
        )
        runtime = bootstrap.build(settings, load_feeds(feeds), console=ConsoleNotifier(Console()))
        running = asyncio.create_task(runtime.service.run(handle_signals=False))
        try:
            for _ in range(200):
                if all(server.requests_to(path) for path in paths):
                    break
                await asyncio.sleep(0.05)
        finally:
            runtime.service.stop()
            await asyncio.wait_for(running, 10)
            await runtime.aclose()
    assert [len(server.requests_to(path)) for path in paths] == [1, 1, 1]


def test_settling_the_heap_leaves_what_start_up_built_out_of_every_collection() -> None:
    built = [{"lexicon": n} for n in range(1000)]  # tracked containers, as start-up leaves
    thresholds = gc.get_threshold()
    try:
        settle_heap()
        assert gc.get_freeze_count() >= len(built)
        made_later = [[]]
        made_later[0].append(made_later)  # a cycle made after start-up is still collected
        del made_later
        assert gc.collect() >= 1
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def test_settling_the_heap_collects_the_youngest_generation_less_often() -> None:
    thresholds = gc.get_threshold()
    try:
        settle_heap()
        assert gc.get_threshold() == (YOUNG_COLLECTION_AFTER, *thresholds[1:])
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def test_settling_the_heap_hands_the_c_heaps_free_pages_back_where_glibc_can() -> None:
    thresholds = gc.get_threshold()
    try:
        settle_heap()  # must not fail where the C library has no malloc_trim
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
    assert release_free_heap() == (platform.libc_ver()[0] == "glibc")
