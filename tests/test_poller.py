"""Poll cycles against a real HTTP server on 127.0.0.1 and a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from clocks import SetClock
from feedserver import Entry, FeedServer, rss
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.classify import classify
from bot.domain import Document, FeedSpec, Verdict
from bot.feeds import Fetcher, FetchResult
from bot.poller import Poller
from bot.store import feeds as store
from bot.store.base import DbRunner, make_engine, make_session_factory, session_scope
from bot.store.feeds import Feed, FeedErrorRecord, Report, ReportSighting

T0 = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
Factory = sessionmaker[Session]
Clock = SetClock


def story(n: int, title: str | None = None, *, site: str = "news.example.org") -> Entry:
    return Entry(
        title or f"Story number {n} about people held near the border",
        link=f"https://{site}/story/{n}",
        summary=f"What the correspondent saw on day {n}.",
        published=T0 - timedelta(hours=n),
    )


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(
        read_timeout=0.5, connect_timeout=2, total_timeout=5, allow_private=True
    ) as client:
        yield client


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


def add_feeds(factory: Factory, server: FeedServer, *paths: str) -> None:
    specs = [FeedSpec(path.strip("/"), server.url(path), "en", 900) for path in paths]
    with session_scope(factory) as session:
        store.sync_feeds(session, specs, T0)


def make_poller(factory: Factory, fetcher: Fetcher, clock: Clock, **kw: object) -> Poller:
    kw.setdefault("classify", classify)
    kw.setdefault("worker_id", "test")
    return Poller(DbRunner(factory), fetcher, clock=clock, **kw)  # type: ignore[arg-type]


def rows(factory: Factory, model: type[object]) -> int:
    with session_scope(factory) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def feed(factory: Factory, name: str) -> Feed:
    with session_scope(factory) as session:
        return session.scalars(select(Feed).where(Feed.name == name)).one()


async def test_a_feed_that_gains_items_stores_only_the_new_ones(
    session_factory: Factory, server: FeedServer, fetcher: Fetcher, clock: Clock
) -> None:
    server.route("/a", rss([story(1), story(2)]))
    add_feeds(session_factory, server, "/a")
    poller = make_poller(session_factory, fetcher, clock)
    first = await poller.poll_all()
    assert [o.line for o in first.outcomes] == ["new 2"]
    server.route("/a", rss([story(3), story(1), story(2)]))
    clock.advance(minutes=20)
    second = await poller.poll_due()
    assert [o.line for o in second.outcomes] == ["new 1"]
    assert rows(session_factory, Report) == 3


@pytest.mark.parametrize(
    ("concurrency", "order"), [(1, ["a-slow", "b-fast"]), (2, ["b-fast", "a-slow"])]
)
async def test_feeds_polled_one_at_a_time_are_taken_in_name_order(
    session_factory: Factory,
    server: FeedServer,
    fetcher: Fetcher,
    clock: Clock,
    concurrency: int,
    order: list[str],
) -> None:
    # The demo polls one at a time so that its reports are linked in the same order every run.
    server.route("/a-slow", rss([story(1)]), delay=0.3)
    server.route("/b-fast", rss([story(2)]))
    add_feeds(session_factory, server, "/a-slow", "/b-fast")
    poller = make_poller(session_factory, fetcher, clock, concurrency=concurrency)
    polled = await poller.poll_all()
    assert [o.name for o in polled.outcomes] == order


async def test_304_with_etag_sends_if_none_match_and_stores_nothing(
    session_factory: Factory, server: FeedServer, fetcher: Fetcher, clock: Clock
) -> None:
    server.route("/a", rss([story(1)]), etag='"v1"')
    add_feeds(session_factory, server, "/a")
    poller = make_poller(session_factory, fetcher, clock)
    await poller.poll_all()
    again = await poller.poll_all()
    assert server.requests_to("/a")[-1].header("If-None-Match") == '"v1"'
    assert [o.line for o in again.outcomes] == ["unchanged"]
    assert again.outcomes[0].not_modified
    assert rows(session_factory, Report) == 1


async def test_a_cycle_of_304s_reschedules_every_feed_and_releases_its_lease(
    session_factory: Factory, server: FeedServer, fetcher: Fetcher, clock: Clock
) -> None:
    paths = [f"/f{n}" for n in range(12)]
    for n, path in enumerate(paths):
        server.route(path, rss([story(n, site=f"site{n}.example.org")]), etag=f'"v{n}"')
    add_feeds(session_factory, server, *paths)
    poller = make_poller(session_factory, fetcher, clock, batch_size=4, concurrency=4)
    await poller.poll_all()
    clock.advance(hours=1)
    again = await poller.poll_due()
    assert sorted(o.line for o in again.outcomes) == ["unchanged"] * len(paths)
    for n, path in enumerate(paths):
        row = feed(session_factory, path.strip("/"))
        assert (row.last_success_at, row.lease_owner, row.etag) == (clock.now(), None, f'"v{n}"')
        assert row.next_poll_at > clock.now() + timedelta(minutes=14)


async def test_last_modified_is_sent_back_as_if_modified_since(
    session_factory: Factory, server: FeedServer, fetcher: Fetcher, clock: Clock
) -> None:
    stamp = "Mon, 23 Nov 2026 10:00:00 GMT"
    server.route("/a", rss([story(1)]), last_modified=stamp)
    add_feeds(session_factory, server, "/a")
    poller = make_poller(session_factory, fetcher, clock)
    await poller.poll_all()
    again = await poller.poll_all()
    assert server.requests_to("/a")[-1].header("If-Modified-Since") == stamp
    assert again.outcomes[0].not_modified


async def test_a_301_updates_the_stored_url_and_later_polls_go_there(
    session_factory: Factory, server: FeedServer, fetcher: Fetcher, clock: Clock
) -> None:
    server.route("/new", rss([story(1)]))
    server.redirect("/old", "/new", status=301)
    add_feeds(session_factory, server, "/old")
    poller = make_poller(session_factory, fetcher, clock)
    await poller.poll_all()
    assert feed(session_factory, "old").current_url == server.url("/new")
    await poller.poll_all()
    assert (len(server.requests_to("/old")), len(server.requests_to("/new"))) == (1, 2)


async def test_500s_and_timeouts_back_off_exponentially_and_are_recorded(
    session_factory: Factory, server: FeedServer, fetcher: Fetcher, clock: Clock
) -> None:
    server.route("/down", "oops", status=500, content_type="text/plain")
    server.route("/slow", rss([story(1)]), delay=2)
    add_feeds(session_factory, server, "/down", "/slow")
    poller = make_poller(session_factory, fetcher, clock)
    delays = []
    for _ in range(3):
        summary = await poller.poll_all()
        assert summary.failed == 2
        down = feed(session_factory, "down")
        delays.append(down.next_poll_at - clock.current)
        clock.advance(seconds=down.backoff_seconds)
    assert [round(d.total_seconds() / 900) for d in delays] == [1, 2, 4]
    with session_scope(session_factory) as session:
        kinds = {(e.kind, e.feed_id) for e in session.scalars(select(FeedErrorRecord))}
        errors = list(session.scalars(select(FeedErrorRecord).order_by(FeedErrorRecord.id)))
    assert {kind for kind, _ in kinds} == {"http", "timeout"}
    assert errors[0].at == T0 and "500" in errors[0].message


async def test_one_broken_feed_does_not_stop_the_others(
    session_factory: Factory, server: FeedServer, fetcher: Fetcher, clock: Clock
) -> None:
    server.route("/good", rss([story(1), story(2)]))
    server.route("/down", "oops", status=500, content_type="text/plain")
    server.route("/slow", rss([story(3)]), delay=2)
    server.route("/page", "<html><body><p>Welcome!</p></body></html>", content_type="text/html")
    add_feeds(session_factory, server, "/good", "/down", "/slow", "/page", "/missing")
    summary = await make_poller(session_factory, fetcher, clock).poll_all()
    lines = {o.name: o.line for o in summary.outcomes}
    assert lines["good"] == "new 2"
    assert all(lines[name].startswith("error: ") for name in ("down", "slow", "page", "missing"))
    assert (summary.failed, summary.new_reports) == (4, 2)


class FlakyFetcher:
    """A real Fetcher that crashes (a bug, not a feed problem) for one URL."""

    def __init__(self, inner: Fetcher, broken_url: str) -> None:
        self.inner, self.broken_url = inner, broken_url

    async def fetch(self, url: str, **kw: object) -> FetchResult:
        if url == self.broken_url:
            raise RuntimeError("bug in the fetcher")
        return await self.inner.fetch(url, **kw)  # type: ignore[arg-type]


async def test_an_unexpected_exception_for_one_feed_is_recorded_as_its_error(
    session_factory: Factory, server: FeedServer, fetcher: Fetcher, clock: Clock
) -> None:
    server.route("/good", rss([story(1)]))
    server.route("/bad", rss([story(2)]))
    add_feeds(session_factory, server, "/good", "/bad")
    poller = make_poller(session_factory, FlakyFetcher(fetcher, server.url("/bad")), clock)  # type: ignore[arg-type]
    summary = await poller.poll_all()
    lines = {o.name: o.line for o in summary.outcomes}
    assert lines == {
        "good": "new 1",
        "bad": "error: unexpected error: RuntimeError('bug in the fetcher')",
    }
    assert feed(session_factory, "bad").consecutive_failures == 1


async def test_a_classifier_crash_for_one_feed_is_recorded_and_its_reports_come_again(
    session_factory: Factory, server: FeedServer, fetcher: Fetcher, clock: Clock
) -> None:
    server.route("/good", rss([story(1)]))
    server.route("/bad", rss([story(2, "A story the classifier chokes on today")]))
    add_feeds(session_factory, server, "/good", "/bad")
    crashes: list[str] = []

    def chokes_once(doc: Document) -> Verdict:
        if "chokes" in doc.title and not crashes:
            crashes.append("once")
            raise ValueError("classifier crashed")
        return classify(doc)

    poller = make_poller(session_factory, fetcher, clock, classify=chokes_once)
    first = {o.name: o for o in (await poller.poll_all()).outcomes}
    assert first["bad"].error_kind == "store" and first["good"].new_reports == 1
    second = {o.name: o for o in (await poller.poll_all()).outcomes}
    assert second["bad"].new_reports == 1
    assert rows(session_factory, Report) == 2


async def test_the_same_item_in_two_feeds_is_stored_once_with_two_sightings(
    session_factory: Factory, server: FeedServer, fetcher: Fetcher, clock: Clock
) -> None:
    server.route("/a", rss([story(1), story(2)]))
    server.route("/b", rss([story(2), story(3)]))
    add_feeds(session_factory, server, "/a", "/b")
    summary = await make_poller(session_factory, fetcher, clock).poll_all()
    assert summary.new_reports == 3
    assert (rows(session_factory, Report), rows(session_factory, ReportSighting)) == (3, 4)


async def test_a_syndicated_copy_under_another_url_is_one_report(
    session_factory: Factory, server: FeedServer, fetcher: Fetcher, clock: Clock
) -> None:
    title = "Eleven people detained after crossing the river at night"
    server.route("/a", rss([story(1, title, site="first.example.org")]))
    server.route("/b", rss([story(1, f"[Wire] {title}", site="second.example.com")]))
    add_feeds(session_factory, server, "/a", "/b")
    summary = await make_poller(session_factory, fetcher, clock).poll_all()
    assert summary.new_reports == 1
    assert (rows(session_factory, Report), rows(session_factory, ReportSighting)) == (1, 2)


async def test_next_poll_times_survive_a_restart(
    database_url: str, server: FeedServer, fetcher: Fetcher, clock: Clock, engine: Engine
) -> None:
    server.route("/a", rss([story(1)]))
    add_feeds(make_session_factory(engine), server, "/a")
    await make_poller(make_session_factory(engine), fetcher, clock).poll_due(
        T0 + timedelta(minutes=1)
    )
    engine.dispose()
    restarted = make_engine(database_url)
    try:
        poller = make_poller(make_session_factory(restarted), fetcher, clock)
        soon = await poller.poll_due(clock.advance(minutes=5))
        later = await poller.poll_due(clock.advance(minutes=15))
    finally:
        restarted.dispose()
    assert (soon.polled, later.polled) == (0, 1)
    assert len(server.requests_to("/a")) == 2


async def test_two_workers_polling_at_once_fetch_each_feed_once(
    session_factory: Factory, server: FeedServer, clock: Clock
) -> None:
    paths = [f"/f{n}" for n in range(30)]
    for n, path in enumerate(paths):
        server.route(path, rss([story(n), story(n + 100)]), delay=0.02)
    add_feeds(session_factory, server, *paths)
    # The default timeouts, not the fixture's half-second, and a patient cycle: on a busy machine
    # a feed answering late would fail or be left running, for reasons this test is not about.
    async with Fetcher(allow_private=True) as fetcher:
        workers = [
            make_poller(session_factory, fetcher, clock, worker_id=name, batch_size=4, patience=60)
            for name in ("w1", "w2")
        ]
        moment = T0 + timedelta(minutes=1)
        a, b = await asyncio.gather(*(w.poll_due(moment) for w in workers))
    assert a.polled + b.polled == 30 and a.failed + b.failed == 0
    assert sorted(r.path for r in server.requests) == sorted(paths)
    assert rows(session_factory, Report) == 60


async def test_a_feed_asking_to_wait_is_not_polled_again_before_its_retry_after(
    session_factory: Factory, server: FeedServer, fetcher: Fetcher, clock: Clock
) -> None:
    server.route("/a", "slow down", status=429, headers={"Retry-After": "7200"})
    add_feeds(session_factory, server, "/a")
    poller = make_poller(session_factory, fetcher, clock)
    await poller.poll_all()
    assert feed(session_factory, "a").next_poll_at.replace(tzinfo=UTC) >= T0 + timedelta(hours=2)
    clock.advance(minutes=90)
    assert (await poller.poll_due()).outcomes == ()
    clock.advance(minutes=40)
    assert len((await poller.poll_due()).outcomes) == 1


async def test_a_feed_trickling_a_byte_a_second_does_not_delay_the_sixteen_others(
    session_factory: Factory, server: FeedServer, clock: Clock
) -> None:
    paths = [f"/quick{n}" for n in range(16)]
    for n, path in enumerate(paths):
        server.route(path, rss([story(n)]))
    server.route("/trickle", rss([story(99)]), trickle=1.0)
    every_two_minutes = [  # the shortest interval that keeps the next poll inside the 5 min lease
        FeedSpec(path.strip("/"), server.url(path), "en", 120) for path in [*paths, "/trickle"]
    ]
    with session_scope(session_factory) as session:
        store.sync_feeds(session, every_two_minutes, T0)
    async with Fetcher(total_timeout=120, allow_private=True) as patient:
        # Patience leaves room for a loaded machine; the trickling feed needs minutes either way.
        poller = make_poller(session_factory, patient, clock, patience=3.0)
        try:
            first = await poller.poll_due(T0)
            assert "trickle" not in {o.name for o in first.outcomes}
            await until(lambda: poller.in_flight == 1)  # the sixteen are done; it trickles on
            second = await poller.poll_due(clock.advance(minutes=3))  # past one interval
            assert poller.in_flight == 1 and "trickle" not in {o.name for o in second.outcomes}
            assert [len(server.requests_to(path)) for path in paths] == [2] * 16
            assert len(server.requests_to("/trickle")) == 1
        finally:
            await poller.stop()
    assert feed(session_factory, "trickle").lease_owner is None  # handed back for the next run


async def until(check: Callable[[], bool]) -> None:
    for _ in range(2000):
        if check():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the condition never held")
