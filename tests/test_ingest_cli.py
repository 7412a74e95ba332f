"""The ingestion commands as an operator runs them: db upgrade, poll --once, feeds check/status."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from feedserver import Entry, FeedServer, rss
from sqlalchemy import inspect, select

from bot.cli import main
from bot.store import feeds as store
from bot.store.base import make_engine, make_session_factory, session_scope
from bot.store.reports import Report


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("REPATWATCH_DATABASE_URL", url)
    monkeypatch.setenv("REPATWATCH_WORKER_ID", "cli-test")
    monkeypatch.setenv("REPATWATCH_ALLOW_PRIVATE_FEEDS", "true")  # the feed server is on 127.0.0.1
    return url


def feeds_file(tmp_path: Path, feeds: dict[str, str]) -> Path:
    path = tmp_path / "feeds.yaml"
    lines = ["feeds:"]
    for name, url in feeds.items():
        lines += [f"  - name: {name}", f"    url: {url}", "    language: en"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def entries(*titles: str) -> bytes:
    return rss([Entry(t, link=f"https://news.example.org/{n}") for n, t in enumerate(titles)])


def test_db_upgrade_creates_the_tables(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade"]) == 0
    engine = make_engine(database)
    try:
        assert {"feeds", "reports", "report_sightings"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert "up to date" in capsys.readouterr().out


def test_poll_once_prints_a_line_per_feed_and_totals(
    database: str, server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.route("/fresh", entries("First arrest reported", "Second arrest reported"))
    server.route("/quiet", entries(), etag='"same"')
    path = feeds_file(tmp_path, {"Fresh": server.url("/fresh"), "Quiet": server.url("/quiet")})
    assert main(["poll", "--once", "--feeds", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert sorted(out[:2]) == ["Fresh: new 2", "Quiet: unchanged"]
    assert out[2] == "2 feeds polled: 2 new reports, 1 unchanged, 0 failed"
    assert main(["poll", "--once", "--feeds", str(path)]) == 0
    assert "Fresh: unchanged" in capsys.readouterr().out


def test_poll_once_exits_1_and_gives_the_reason_when_a_feed_fails(
    database: str, server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.route("/ok", entries("A report"))
    server.route("/down", "oops", status=503, content_type="text/plain")
    path = feeds_file(tmp_path, {"Ok": server.url("/ok"), "Down": server.url("/down")})
    assert main(["poll", "--once", "--feeds", str(path)]) == 1
    out = capsys.readouterr().out
    assert "Down: error: HTTP 503" in out and "Ok: new 1" in out
    assert "1 failed" in out


def test_feeds_check_lists_every_problem_and_exits_2(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(
        "feeds:\n"
        "  - name: One\n    url: ftp://example.org/feed\n"
        "  - name: One\n    url: https://example.org/rss\n    colour: blue\n",
        encoding="utf-8",
    )
    assert main(["feeds", "check", "--feeds", str(path)]) == 2
    err = capsys.readouterr().err
    assert "ftp://" in err and "colour" in err and "One" in err


def test_feeds_check_fetch_tries_every_feed(
    database: str, server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.route("/ok", entries("A report", "Another report"))
    path = feeds_file(tmp_path, {"Ok": server.url("/ok"), "Gone": server.url("/gone")})
    assert main(["feeds", "check", "--feeds", str(path), "--fetch"]) == 1
    out = capsys.readouterr().out
    assert "Ok: ok, 2 items" in out and "Gone: error: HTTP 404" in out


def test_feeds_status_shows_a_feed_failing_for_a_day_as_unhealthy(
    database: str, server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.route("/ok", entries("A report"))
    server.route("/down", "oops", status=500, content_type="text/plain")
    path = feeds_file(tmp_path, {"Ok": server.url("/ok"), "Down": server.url("/down")})
    main(["poll", "--once", "--feeds", str(path)])
    engine = make_engine(database)
    try:
        with session_scope(make_session_factory(engine)) as session:
            feed_id = {name: id_ for id_, name in store.enabled_feeds(session)}["Down"]
            later = datetime.now(UTC) + timedelta(hours=25)
            store.record_feed_failure(
                session, feed_id, kind="http", message="HTTP 500 again", now=later, worker_id="x"
            )
    finally:
        engine.dispose()
    capsys.readouterr()
    assert main(["feeds", "status"]) == 1
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("Down:"))
    assert "UNHEALTHY" in line and "2 failures in a row" in line and "HTTP 500 again" in line
    assert next(line for line in out.splitlines() if line.startswith("Ok:")).startswith("Ok: OK")
    assert "1 ok, 1 unhealthy" in out


def test_feeds_status_exits_1_while_any_feed_is_failing_and_0_when_all_are_well(
    database: str, server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.route("/ok", entries("A report"))
    server.route("/flaky", "oops", status=503, content_type="text/plain")
    path = feeds_file(tmp_path, {"Ok": server.url("/ok"), "Flaky": server.url("/flaky")})
    main(["poll", "--once", "--feeds", str(path)])
    capsys.readouterr()
    assert main(["feeds", "status"]) == 1
    assert "1 ok, 1 failing" in capsys.readouterr().out
    server.route("/flaky", entries("Back again"))
    main(["poll", "--once", "--feeds", str(path)])
    capsys.readouterr()
    assert main(["feeds", "status"]) == 0
    assert "2 ok" in capsys.readouterr().out


def test_poll_once_classifies_the_reports_it_stores(
    database: str, server: FeedServer, tmp_path: Path
) -> None:
    server.route("/a", entries("Harbour festival draws crowds", "Two held at a border post"))
    assert (
        main(["poll", "--once", "--feeds", str(feeds_file(tmp_path, {"A": server.url("/a")}))])
        == 0
    )
    engine = make_engine(database)
    try:
        with session_scope(make_session_factory(engine)) as session:
            tiers = list(session.scalars(select(Report.tier)))
    finally:
        engine.dispose()
    assert len(tiers) == 2 and None not in tiers
