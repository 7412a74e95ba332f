"""A `poll --once` killed with SIGKILL mid-poll and run again loses no report and stores none twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from feedserver import Entry, FeedServer, rss
from sqlalchemy import func, select

from bot.store.base import make_engine, make_session_factory, session_scope
from bot.store.feeds import Feed, Report, ReportSighting

ROOT = Path(__file__).resolve().parents[1]
FEEDS = 30
SLOW_EVERY = 5  # every fifth feed answers after a pause, so the kill lands mid-poll
PAUSE = 0.5  # seconds; with two requests at a time to one host, the first run takes > 1.5 s
SHARED = 3  # stories that every feed carries, besides its own


def stories(feed: int) -> list[Entry]:
    day = datetime(2026, 11, 20, tzinfo=UTC)
    own = [
        Entry(
            f"Report {n} from desk {feed} on the detention of travellers",
            link=f"https://desk{feed}.example.org/{n}",
            published=day - timedelta(hours=n),
        )
        for n in range(6)
    ]
    shared = [
        Entry(
            f"Agency story {n} about a group sent back across the border",
            link=f"https://agency.example.com/story/{n}",
            published=day,
        )
        for n in range(SHARED)
    ]
    return own + shared


def serve(server: FeedServer, *, slow: bool) -> None:
    for feed in range(FEEDS):
        delay = PAUSE if slow and feed % SLOW_EVERY == 0 else 0.0
        server.route(f"/feed/{feed}", rss(stories(feed)), delay=delay)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        serve(running, slow=True)
        yield running


def poll_once(feeds: Path, database: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "REPATWATCH_DATABASE_URL": database,
        "REPATWATCH_WORKER_ID": "crash-test-worker",
        "REPATWATCH_LOG_LEVEL": "WARNING",
        "REPATWATCH_ALLOW_PRIVATE_FEEDS": "true",  # the feed server is on 127.0.0.1
    }
    command = [sys.executable, "-m", "bot", "poll", "--once", "--feeds", str(feeds)]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def counts(database: str) -> tuple[int, int, int]:
    engine = make_engine(database)
    try:
        with session_scope(make_session_factory(engine)) as session:
            return tuple(  # type: ignore[return-value]
                session.scalar(select(func.count()).select_from(model)) or 0
                for model in (Feed, Report, ReportSighting)
            )
    finally:
        engine.dispose()


def test_a_poll_killed_mid_way_and_run_again_stores_every_report_exactly_once(
    server: FeedServer, tmp_path: Path
) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        "feeds:\n"
        + "".join(
            f"  - name: Desk {n}\n    url: {server.url(f'/feed/{n}')}\n    language: en\n"
            for n in range(FEEDS)
        ),
        encoding="utf-8",
    )
    database = f"sqlite:///{tmp_path / 'crash.db'}"

    with poll_once(feeds, database) as first:
        assert first.stdout is not None
        done = [first.stdout.readline() for _ in range(FEEDS // 2)]
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=30)
    assert first.returncode == -signal.SIGKILL
    assert all(": new " in line for line in done)
    _, _, sightings_before = counts(database)
    assert 0 < sightings_before < FEEDS * 9

    serve(server, slow=False)  # the rerun need not wait: what it must do is store the rest once
    with poll_once(feeds, database) as second:
        out, err = second.communicate(timeout=300)  # generous: a loaded CI machine is slow
    assert second.returncode == 0, err
    assert f"{FEEDS} feeds polled" in out

    feeds_stored, reports, sightings = counts(database)
    assert feeds_stored == FEEDS
    assert reports == FEEDS * 6 + SHARED  # each story once, shared ones included
    assert sightings == FEEDS * 9  # every feed saw each of its items once
