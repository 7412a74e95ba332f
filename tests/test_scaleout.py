"""Two `repatwatch run` processes on one PostgreSQL database share the work safely.

Real parts only: a feed server and a fake Bot API on 127.0.0.1, the PostgreSQL on 127.0.0.1:5432,
and two worker processes started as an operator would start them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fakebotapi import FakeBotAPI
from feedserver import Entry, FeedServer, rss
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.config import load_feeds
from bot.store import chats as chat_store
from bot.store import feeds as feed_store
from bot.store import locks
from bot.store.base import make_engine, make_session_factory, session_scope
from bot.store.feed_health import feed_health
from bot.store.outbox import OutboxRow
from bot.store.reports import Report

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[1]
FEEDS = 12
INCIDENTS = [
    ("Shenyang", "Police in Shenyang arrested seven North Korean defectors, among them a "
     "nine-year-old girl, activists said; the group faces forced repatriation."),
    ("Vladivostok", "Russian border guards detained two North Korean escapees near "
     "Vladivostok, and rights groups fear they will be deported to North Korea."),
]  # fmt: skip
DETENTION_FEEDS = 4  # each incident in two feeds: four messages a chat, paced 1 s apart


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def serve_feeds(server: FeedServer, folder: Path) -> Path:
    """FEEDS feeds, each with an unrelated story; the first DETENTION_FEEDS also carry a
    detention report (two incidents, each in two feeds' own wording, so the workers link reports
    of one incident polled by either). Returns the feeds.yaml listing them."""
    lines = ["feeds:"]
    today = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)
    for n in range(FEEDS):
        place, text = INCIDENTS[n % len(INCIDENTS)]
        published = today - timedelta(days=1 + n % len(INCIDENTS))  # news: inside the window
        entries = [
            Entry(f"Rice prices rise ({n})", f"https://outlet{n}.example/b/{n}", None,
                  "Rice prices rose again this autumn at markets near the border.", published),
        ]  # fmt: skip
        if n < DETENTION_FEEDS:
            entries.append(
                Entry(f"{place}: defectors held ({n})", f"https://outlet{n}.example/a/{n}", None,
                      f"Outlet {n} reports. {text}", published)
            )  # fmt: skip
        url = server.route(f"/feed{n}.xml", rss(entries, title=f"Outlet {n}"))
        lines += [f"  - name: outlet-{n}", f"    url: {url}", "    language: en"]
    path = folder / "feeds.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def prepare_database(url: str, feeds_path: Path, chat_ids: list[int]) -> None:
    """As an operator would: the schema, the feeds (all due), and three subscribed chats."""
    subprocess.run(
        [sys.executable, "-m", "bot", "db", "upgrade"],
        env={**os.environ, "REPATWATCH_DATABASE_URL": url}, check=True, cwd=ROOT,
        capture_output=True,
    )  # fmt: skip
    engine = make_engine(url)
    now = datetime.now(UTC)
    with session_scope(make_session_factory(engine)) as session:
        feed_store.sync_feeds(session, load_feeds(feeds_path), now - timedelta(minutes=5))
        for chat_id in chat_ids:
            chat_store.record_chat(session, chat_id, type="private", title=None, now=now)
            chat_store.subscribe(session, chat_id, now=now)
    engine.dispose()


def start_worker(
    name: str, url: str, api: FakeBotAPI, feeds: Path, logs: Path
) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "REPATWATCH_DATABASE_URL": url,
        "REPATWATCH_FEEDS": str(feeds),
        "REPATWATCH_WORKER_ID": name,
        "REPATWATCH_POLL_EVERY": "1",
        "REPATWATCH_LEADER_TTL": "2",
        "REPATWATCH_ALLOW_PRIVATE_FEEDS": "true",  # the feed server is on 127.0.0.1
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_URL": api.url,
    }
    with (logs / f"{name}.log").open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], env=env, cwd=ROOT, stdout=log, stderr=log
        )


@pytest.fixture
def workers() -> Iterator[dict[str, subprocess.Popen[bytes]]]:
    procs: dict[str, subprocess.Popen[bytes]] = {}
    yield procs
    for proc in procs.values():
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


def query(factory: sessionmaker[Session], fn: Callable[[Session], object]) -> object:
    with session_scope(factory) as session:
        return fn(session)


def test_two_workers_share_feeds_outbox_and_leadership(
    postgres_url: str, tmp_path: Path, workers: dict[str, subprocess.Popen[bytes]]
) -> None:
    with FeedServer() as server, FakeBotAPI() as api:
        feeds_path = serve_feeds(server, tmp_path)
        chats = [api.private_chat(api.user(first_name=f"Advocate {i}"))["id"] for i in range(3)]
        prepare_database(postgres_url, feeds_path, chats)
        for name in ("worker-a", "worker-b"):
            workers[name] = start_worker(name, postgres_url, api, feeds_path, tmp_path)
        engine = make_engine(postgres_url)
        factory = make_session_factory(engine)
        try:

            def polled_and_delivered(session: Session) -> bool:
                health = feed_health(session, datetime.now(UTC))
                pending = session.scalar(
                    select(func.count()).select_from(OutboxRow).where(OutboxRow.state != "sent")
                )
                sent = session.scalar(select(func.count()).select_from(OutboxRow))
                return all(f.last_success_at for f in health) and pending == 0 and bool(sent)

            # The limits are generous: under CI load the work alone took 90 s; a stuck worker
            # fails all the same.
            wait_until(lambda: bool(query(factory, polled_and_delivered)), 300, "the work")

            # Each feed was fetched once: a feed is polled by one worker at a time.
            for n in range(FEEDS):
                assert len(server.requests_to(f"/feed{n}.xml")) == 1
            # Every report once; every chat got exactly one message per outbox row.
            reports = query(factory, lambda s: s.scalar(select(func.count()).select_from(Report)))
            assert reports == FEEDS + DETENTION_FEEDS
            for chat_id in chats:
                rows = query(factory, lambda s, c=chat_id: s.scalar(
                    select(func.count()).select_from(OutboxRow).where(OutboxRow.chat_id == c)
                ))  # fmt: skip
                assert rows and len(api.sent(chat_id)) == rows

            # The leader lock passes over when its holder dies.
            def holder() -> str | None:
                return query(
                    factory, lambda s: locks.current_holder(s, locks.LEADER, datetime.now(UTC))
                )  # type: ignore[return-value]

            wait_until(lambda: holder() in workers, 60, "a leader")
            leader = holder()
            assert leader is not None
            workers[leader].send_signal(signal.SIGKILL)
            workers[leader].wait(timeout=10)
            survivor = next(name for name in workers if name != leader)
            wait_until(lambda: holder() == survivor, 120, "the leader lock to move")

            workers[survivor].send_signal(signal.SIGTERM)
            assert workers[survivor].wait(timeout=120) == 0
            # The logs show the work but never the bot token (Bot API URLs carry it).
            logs = "".join((tmp_path / f"{name}.log").read_text() for name in workers)
            assert "poll cycle" in logs and api.token not in logs
        finally:
            engine.dispose()
