"""feeds.yaml edited while `repatwatch run` runs: picked up without a restart, or refused whole."""

from __future__ import annotations

import asyncio
import io
import os
import signal
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

from clocks import SetClock
from fakebotapi import FakeBotAPI
from feedserver import Entry, FeedServer, rss
from rich.console import Console

from bot import bootstrap
from bot.bootstrap import Runtime
from bot.config import load_feeds
from bot.console import ConsoleNotifier
from bot.domain import FeedSpec
from bot.feedlist import describe_changes
from bot.settings import Settings
from bot.store.feeds import Feed

STORY = Entry(
    "A market report from the border",
    "https://wire.example/market",
    None,
    "Traders at the border market said prices of rice rose again this month.",
    datetime(2026, 11, 19, 6, tzinfo=UTC),
)


def feeds_yaml(*feeds: tuple[str, str]) -> str:
    lines = ["feeds:"]
    for name, url in feeds:
        lines += [f"  - name: {name}", f"    url: {url}", "    allow_private: true"]
    return "\n".join(lines) + "\n"


def enabled(runtime: Runtime) -> set[str]:
    with runtime.database.factory() as session:
        return {f.name for f in session.query(Feed).filter(Feed.enabled)}


async def until(check: Callable[[], bool], what: str) -> None:
    for _ in range(1000):
        if check():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"never: {what}")


@asynccontextmanager
async def running(runtime: Runtime) -> AsyncIterator[Runtime]:
    task = asyncio.create_task(runtime.service.run(handle_signals=False))
    try:
        await until(lambda: bool(runtime.service.scheduler.running), "the service started")
        yield runtime
    finally:
        runtime.service.stop()
        await asyncio.wait_for(task, 20)
        await runtime.aclose()


def requests_for(server: FeedServer, path: str) -> int:
    return sum(1 for r in server.requests if r.path == path)


async def test_a_feeds_yaml_edit_is_picked_up_by_the_running_service(tmp_path: Path) -> None:
    clock = SetClock(datetime.now(UTC))  # the scheduler runs on it: keep it near real time
    path = tmp_path / "feeds.yaml"
    with FeedServer() as server:
        a = server.route("/a.xml", rss([STORY], title="Wire A"))
        b = server.route("/b.xml", rss([], title="Wire B"))
        path.write_text(feeds_yaml(("Wire A", a)), encoding="utf-8")
        settings = Settings(
            database_url=f"sqlite:///{tmp_path / 'rw.db'}", worker_id="w", poll_every_seconds=0.1
        )
        console = ConsoleNotifier(Console(file=io.StringIO()))
        runtime = bootstrap.build(
            settings, load_feeds(path), clock=clock, console=console, feeds_path=path
        )
        assert runtime.feeds_watcher is not None
        runtime.feeds_watcher.every = 0.05
        async with running(runtime):
            clock.advance(minutes=2)
            await until(lambda: requests_for(server, "/a.xml") == 1, "Wire A polled")
            path.write_text(feeds_yaml(("Wire B", b)), encoding="utf-8")
            await until(lambda: enabled(runtime) == {"Wire B"}, "the new list in the database")
            clock.advance(minutes=20)  # both would be due again
            await until(lambda: requests_for(server, "/b.xml") == 1, "Wire B polled")
            await runtime.service.poll_cycle()
        assert requests_for(server, "/a.xml") == 1  # removed: not polled again


def about_the_file(api: FakeBotAPI) -> list[str]:
    return [m["text"] for m in api.sent(-999) if "feeds.yaml" in m["text"]]


async def test_a_broken_feeds_yaml_keeps_the_old_list_and_tells_the_operators(
    tmp_path: Path,
) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(feeds_yaml(("Wire A", "http://127.0.0.1:9/a.xml")), encoding="utf-8")
    async with FakeBotAPI() as api:
        settings = Settings(
            database_url=f"sqlite:///{tmp_path / 'rw.db'}",
            telegram_token=api.token,
            telegram_api_url=api.url,
            operators_chat_id=-999,
            worker_id="w",
        )
        runtime = bootstrap.build(settings, load_feeds(path), feeds_path=path)
        watcher = runtime.feeds_watcher
        assert watcher is not None
        watcher.every = 0.05
        async with running(runtime):
            path.write_text(
                "feeds:\n  - name: Wire A\n    url: ftp://nowhere\n    interval: 1m\n",
                encoding="utf-8",
            )
            await until(lambda: len(about_the_file(api)) == 1, "the operators told")
            await asyncio.sleep(0.2)  # several more checks of the same broken file
        told = about_the_file(api)  # (Wire A, due at once, also fails: a notice of its own)
        assert len(told) == 1, "the same broken file is reported once"
        assert "still polled" in told[0]
        assert "url: must start with http:// or https://" in told[0]
        assert "interval: '1m' is below the floor" in told[0]
        assert enabled(runtime) == {"Wire A"}
        assert [s.name for s in watcher.specs] == ["Wire A"]


async def test_sighup_makes_the_running_service_read_feeds_yaml_again(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(feeds_yaml(("Wire A", "http://127.0.0.1:9/a.xml")), encoding="utf-8")
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'rw.db'}", worker_id="w")
    console = ConsoleNotifier(Console(file=io.StringIO()))
    runtime = bootstrap.build(settings, load_feeds(path), console=console, feeds_path=path)
    assert runtime.feeds_watcher is not None
    runtime.feeds_watcher.every = 3600  # only the signal can make it look
    async with running(runtime):
        path.write_text(
            feeds_yaml(("Wire A", "http://127.0.0.1:9/a.xml"), ("Wire C", "http://127.0.0.1:9/c")),
            encoding="utf-8",
        )
        os.kill(os.getpid(), signal.SIGHUP)
        await until(lambda: enabled(runtime) == {"Wire A", "Wire C"}, "Wire C added")


def test_the_operators_hear_what_changed() -> None:
    old = [FeedSpec("A", "https://a.example/f"), FeedSpec("B", "https://b.example/f")]
    new = [FeedSpec("B", "https://b.example/g"), FeedSpec("C", "https://c.example/f")]
    assert describe_changes(old, new) == (
        "feeds.yaml reloaded: 1 added (C), 1 removed (A), 1 changed (B); 2 feeds."
    )
