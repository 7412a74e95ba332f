"""The source archive: a report's feed entry and its page kept, and still there once the page is gone."""

from __future__ import annotations

import hashlib
import io
import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from feedserver import Entry, FeedServer, rss
from rich.console import Console
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from bot import bootstrap
from bot.archive import entry_json, entry_record, entry_snapshot, pack, unpack
from bot.bootstrap import Runtime
from bot.cli import main
from bot.console import ConsoleNotifier
from bot.domain import FeedSpec, Item
from bot.settings import Settings
from bot.store import archive as archive_store
from bot.store import feeds as feed_store
from bot.store.base import session_scope
from bot.store.feeds import Feed
from bot.store.reports import Report, add_items
from bot.tg import queries

NOW = datetime.now(UTC).replace(microsecond=0)
ARTICLE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Seven held</title></head><body>"
    "<h1>Seven North Koreans held in Dandong</h1><p>Border police in Dandong detained seven "
    "North Koreans at a safe house near the river and may send them back, a rescue group "
    "said.</p>\u00a0<p>한국어 문단도 있습니다.</p></body></html>"
).encode()
WEATHER = "Rain is expected across the border region this weekend, forecasters said."


def entries(base: str) -> list[Entry]:
    return [
        Entry(
            "Seven North Koreans held in Dandong, may be sent back",
            f"{base}/articles/held.html",
            None,
            "Border police in Dandong detained seven North Koreans at a safe house near the "
            "river and they may be sent back to North Korea, a rescue group said.",
            NOW - timedelta(hours=3),
        ),
        Entry("Weekend weather", f"{base}/articles/weather.html", None, WEATHER, NOW),
    ]


def build(tmp_path: Path, server: FeedServer, *, archive: bool = True) -> Runtime:
    base = server.url("").rstrip("/")
    feed = server.route("/feed.xml", rss(entries(base), title="Harbour Wire"))
    server.route("/articles/held.html", ARTICLE, content_type="text/html; charset=utf-8")
    server.route("/articles/weather.html", "<html>rain</html>", content_type="text/html")
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'rw.db'}", worker_id="archive", archive_pages=archive
    )
    console = ConsoleNotifier(Console(file=io.StringIO()))
    runtime = bootstrap.build(
        settings, [FeedSpec("Harbour Wire", feed, allow_private=True)], console=console
    )
    runtime.database.sync(lambda s: s.execute(update(Feed).values(next_poll_at=NOW)))
    return runtime


def report_id(runtime: Runtime, title_start: str) -> int:
    found = runtime.database.sync(
        lambda s: s.scalar(select(Report.id).where(Report.title.startswith(title_start)))
    )
    assert found is not None
    return int(found)


async def test_a_page_that_vanished_later_is_still_in_the_archive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FeedServer() as server:
        runtime = build(tmp_path, server)
        try:
            await runtime.service.poll_cycle()
            assert runtime.archiver is not None
            assert await runtime.archiver.archive_due() == 1  # the flagged report's page only
            server.route("/articles/held.html", "gone", status=404, content_type="text/html")
            assert await runtime.archiver.archive_due() == 0  # fetched once, never again
            held = report_id(runtime, "Seven North Koreans")
            view = runtime.database.sync(queries.case, 1, "en")
        finally:
            await runtime.aclose()
        fetched = [r.path for r in server.requests if r.path.startswith("/articles/")]
    assert fetched == ["/articles/held.html"]
    assert view is not None and "/articles/held.html (archived)" in view.summary
    monkeypatch.setenv("REPATWATCH_DATABASE_URL", f"sqlite:///{tmp_path / 'rw.db'}")
    assert main(["archive", str(held), "--out", str(tmp_path / "out")]) == 0
    folder = tmp_path / "out" / f"report-{held}"
    assert (folder / "page.html").read_bytes() == ARTICLE
    entry = json.loads((folder / "entry.json").read_text(encoding="utf-8"))
    assert entry["title"] == "Seven North Koreans held in Dandong, may be sent back"
    assert entry["link"].endswith("/articles/held.html")
    about = {copy["kind"]: copy for copy in json.loads((folder / "archive.json").read_text())}
    assert about["page"]["sha256"] == hashlib.sha256(ARTICLE).hexdigest()
    assert about["page"]["http_status"] == 200 and about["page"]["size"] == len(ARTICLE)
    assert datetime.fromisoformat(about["page"]["fetched_at"]) >= NOW


async def test_every_new_report_keeps_its_entry_even_without_page_archiving(
    tmp_path: Path,
) -> None:
    with FeedServer() as server:
        runtime = build(tmp_path, server, archive=False)
        try:
            await runtime.service.poll_cycle()
            assert runtime.archiver is None
            weather = report_id(runtime, "Weekend weather")
            kept = runtime.database.sync(archive_store.copies, weather)
        finally:
            await runtime.aclose()
    assert [c.kind.value for c in kept] == ["entry"]
    assert WEATHER in json.loads(kept[0].seen or b"{}")["summary"]
    assert not any(r.path.startswith("/articles/") for r in server.requests)


async def test_a_page_over_the_size_cap_is_not_kept_and_says_why(tmp_path: Path) -> None:
    with FeedServer() as server:
        runtime = build(tmp_path, server)
        try:
            await runtime.service.poll_cycle()
            assert runtime.archiver is not None
            runtime.archiver.max_bytes = 100
            assert await runtime.archiver.archive_due() == 0
            held = report_id(runtime, "Seven North Koreans")
            page = next(
                c
                for c in runtime.database.sync(archive_store.copies, held)
                if c.kind.value == "page"
            )
        finally:
            await runtime.aclose()
    assert page.state.value == "failed" and page.seen is None
    assert "larger than 100 bytes" in (page.error or "")


def test_the_archive_command_says_when_it_holds_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REPATWATCH_DATABASE_URL", f"sqlite:///{tmp_path / 'rw.db'}")
    assert main(["archive", "12345", "--out", str(tmp_path / "out")]) == 1
    assert "holds nothing for report 12345" in capsys.readouterr().err


@pytest.mark.parametrize("size", [0, 300, 4096, 4097, 200_000], ids=lambda n: f"{n}-bytes")
def test_a_copy_of_any_size_comes_back_exactly_as_seen(size: int) -> None:
    seen = (json.dumps({"summary": "탈북민 " * 9000}) * 3).encode()[:size]
    packed = pack(seen)
    assert (packed.size, packed.sha256) == (size, hashlib.sha256(seen).hexdigest())
    assert unpack(packed.data, packed.sha256) == seen


def test_an_entry_kept_twice_is_one_copy_with_the_first_time_it_was_seen(
    session_factory: sessionmaker[Session],
) -> None:
    with session_scope(session_factory) as s:
        feed_store.sync_feeds(
            s, [FeedSpec("Wire", "https://wire.example.org/rss", None, 900)], NOW
        )
        feed_id = s.scalars(select(Feed.id)).one()
        item = Item(
            "https://wire.example.org/1", "Seven held", "In Dandong", None, None, None, "f"
        )
        (report,), _ = add_items(s, feed_id, "Wire", [item], NOW, scope="wire", first_poll=True)
    seen = entry_json({"title": "Seven held", "summary": "탈북민 7명"})
    for when in (NOW, NOW + timedelta(hours=1)):
        with session_scope(session_factory) as s:
            archive_store.keep_entries(s, [(report.report_id, item.link, seen)], when)
    with session_scope(session_factory) as s:
        (copy,) = archive_store.copies(s, report.report_id)
    assert (copy.kind, copy.state, copy.fetched_at, copy.seen) == ("entry", "kept", NOW, seen)
    assert (copy.size, copy.content_type) == (len(seen), "application/json")


HEADLINE = "Seven held in Dandong"
AS_READ: dict[str, dict[str, object]] = {
    "parsed dates": {
        "published": "Tue, 03 Nov 2026 08:15:00 GMT",
        "published_parsed": time.struct_time((2026, 11, 3, 8, 15, 0, 1, 307, 0)),
    },
    "a detail that repeats its field": {
        "title": HEADLINE,
        "title_detail": {"type": "text/plain", "value": HEADLINE},
    },
    "a detail with a value of its own": {"title": "Seven", "title_detail": {"value": "Eight"}},
    "a long text": {"summary": "탈북민 " * 5000},
    "a long list": {"tags": [{"term": f"tag {n}"} for n in range(70)]},
    "keys that are not text": {"geo": {1: "41.8", 2: "124.39"}},
    "keys of several kinds": {"geo": {1: "41.8", "long": "124.39"}},
    "an object": {"when": datetime(2026, 11, 3, tzinfo=UTC), "rating": 4.5},
}


@pytest.mark.parametrize("entry", AS_READ.values(), ids=AS_READ.keys())
def test_an_entry_is_kept_as_its_snapshot_written_out(entry: dict[str, object]) -> None:
    expected = json.dumps(entry_snapshot(entry), ensure_ascii=False, indent=1, sort_keys=True)
    assert entry_json(entry) == expected.encode("utf-8")


def test_the_archive_leaves_out_parsed_dates_and_a_detail_repeating_its_field() -> None:
    kept = json.loads(
        entry_json(AS_READ["parsed dates"] | AS_READ["a detail that repeats its field"])
    )
    assert kept == {
        "published": "Tue, 03 Nov 2026 08:15:00 GMT",
        "title": HEADLINE,
        "title_detail": {"type": "text/plain"},
    }


def test_an_item_read_without_its_entry_is_kept_from_its_fields() -> None:
    item = Item("urn:x:1", "Seven held", "In Dandong", "https://example.org/1", None, None, "fp")
    assert json.loads(entry_record(item)) == {
        "id": "urn:x:1",
        "title": "Seven held",
        "summary": "In Dandong",
        "link": "https://example.org/1",
        "published": None,
    }


SNAPSHOTS = {
    "empty": {},
    "plain": {"title": "Seven held", "id": "https://example.org/1", "guidislink": False},
    "scripts and escapes": {
        "title": '탈북민 "7명" \\ 체포\n\t\u2028\x00',
        "summary": "据称，7名脱北者在丹东被扣押。\u00a0",
    },
    "nested": {
        "links": [{"href": "https://example.org/1", "rel": "alternate"}, {}],
        "tags": [],
        "title_detail": {"type": "text/plain", "language": None, "base": ""},
        "count": [1, -2, 10**30, True],
    },
    "a float": {"geo": {"lat": 41.8, "long": 124.39}, "x": [float("nan"), 1e300]},
    "a tuple": {"authors": ({"name": "A"}, {"name": "B"})},
}


@pytest.mark.parametrize("fields", SNAPSHOTS.values(), ids=SNAPSHOTS.keys())
def test_an_entry_is_kept_as_json_dumps_writes_it(fields: dict[str, object]) -> None:
    expected = json.dumps(fields, ensure_ascii=False, indent=1, sort_keys=True)
    assert entry_json(fields) == expected.encode("utf-8")
