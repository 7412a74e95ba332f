"""Fetching feeds from a real HTTP server on 127.0.0.1: caching, redirects, limits and failures."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from feedserver import Entry, FeedServer, rss

import bot
from bot.domain import (
    BodyDecodingError,
    BodyTooLargeError,
    FeedHTTPError,
    FetchTimeoutError,
    NetworkError,
    NotAFeedError,
    PrivateAddressError,
    RedirectError,
)
from bot.feeds import Fetcher
from bot.feeds.addresses import is_public
from bot.feeds.responses import MAX_RETRY_AFTER

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
STORIES = [
    Entry(
        "Three defectors stopped at a checkpoint near the river",
        link="https://news.example.org/a/1",
        guid="story-1",
        summary="Police in a border city held three people overnight.",
        published=datetime(2026, 11, 18, 9, 30, tzinfo=UTC),
    ),
    Entry(
        "Family of four reaches a safe house abroad",
        link="https://news.example.org/a/2",
        guid="story-2",
        summary="The family travelled for weeks before arriving.",
        published=datetime(2026, 11, 19, 6, 0, tzinfo=UTC),
    ),
]
FEED = rss(STORIES)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(read_timeout=2, max_body_bytes=1024 * 1024, allow_private=True) as client:
        yield client


async def test_a_feed_is_fetched_parsed_and_normalised(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.route("/feed.xml", FEED)
    result = await fetcher.fetch(url, now=NOW)
    assert result.ok and result.http_status == 200
    assert [item.key for item in result.items] == ["story-1", "story-2"]
    assert result.items[0].title == "Three defectors stopped at a checkpoint near the river"


async def test_requests_name_the_project_in_the_user_agent(
    server: FeedServer, fetcher: Fetcher
) -> None:
    await fetcher.fetch(server.route("/feed.xml", FEED), now=NOW)
    assert server.requests_to("/feed.xml")[0].header("User-Agent") == bot.USER_AGENT
    assert "repatwatch" in bot.USER_AGENT


async def test_an_unchanged_feed_answers_304_to_its_etag(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.route("/feed.xml", FEED, etag='"rev-7"')
    first = await fetcher.fetch(url, now=NOW)
    second = await fetcher.fetch(url, etag=first.etag, now=NOW)
    assert first.etag == '"rev-7"' and len(first.items) == 2
    assert second.ok and second.not_modified and second.http_status == 304
    assert second.items == ()
    assert server.requests_to("/feed.xml")[1].header("If-None-Match") == '"rev-7"'


async def test_an_unchanged_feed_answers_304_to_its_last_modified(
    server: FeedServer, fetcher: Fetcher
) -> None:
    stamp = "Wed, 18 Nov 2026 10:00:00 GMT"
    url = server.route("/feed.xml", FEED, last_modified=stamp)
    first = await fetcher.fetch(url, now=NOW)
    second = await fetcher.fetch(url, last_modified=first.last_modified, now=NOW)
    assert first.last_modified == stamp
    assert second.not_modified and second.items == ()
    assert server.requests_to("/feed.xml")[1].header("If-Modified-Since") == stamp


async def test_a_changed_feed_is_served_in_full_despite_an_old_etag(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.route("/feed.xml", FEED, etag='"rev-8"')
    result = await fetcher.fetch(url, etag='"rev-7"', now=NOW)
    assert not result.not_modified and len(result.items) == 2 and result.etag == '"rev-8"'


@pytest.mark.parametrize("status", [301, 308], ids=["301", "308"])
async def test_a_permanent_redirect_reports_the_new_address(
    server: FeedServer, fetcher: Fetcher, status: int
) -> None:
    new_url = server.route("/new.xml", FEED)
    old_url = server.redirect("/old.xml", "/new.xml", status=status)
    result = await fetcher.fetch(old_url, now=NOW)
    assert result.ok and result.permanent_redirect
    assert result.requested_url == old_url and result.final_url == new_url
    assert len(result.items) == 2


@pytest.mark.parametrize("status", [302, 307], ids=["302", "307"])
async def test_a_temporary_redirect_keeps_the_stored_address(
    server: FeedServer, fetcher: Fetcher, status: int
) -> None:
    new_url = server.route("/new.xml", FEED)
    old_url = server.redirect("/old.xml", "/new.xml", status=status)
    result = await fetcher.fetch(old_url, now=NOW)
    assert result.ok and result.final_url == new_url and not result.permanent_redirect


async def test_a_chain_with_one_temporary_hop_is_not_permanent(
    server: FeedServer, fetcher: Fetcher
) -> None:
    server.route("/c.xml", FEED)
    server.redirect("/b.xml", "/c.xml", status=302)
    result = await fetcher.fetch(server.redirect("/a.xml", "/b.xml", status=301), now=NOW)
    assert result.ok and not result.permanent_redirect


async def test_a_redirect_loop_is_a_clear_error(server: FeedServer, fetcher: Fetcher) -> None:
    server.redirect("/ping.xml", "/pong.xml")
    result = await fetcher.fetch(server.redirect("/pong.xml", "/ping.xml"), now=NOW)
    assert isinstance(result.error, RedirectError) and not result.ok
    assert "redirect loop" in str(result.error)


async def test_too_many_redirects_is_a_clear_error(server: FeedServer) -> None:
    for hop in range(4):
        server.redirect(f"/hop{hop}.xml", f"/hop{hop + 1}.xml", status=302)
    server.route("/hop4.xml", FEED)
    async with Fetcher(max_redirects=2, allow_private=True) as fetcher:
        result = await fetcher.fetch(server.url("/hop0.xml"), now=NOW)
    assert isinstance(result.error, RedirectError)
    assert result.error.kind == "redirect"
    assert "too many redirects" in str(result.error)


async def test_a_server_error_is_reported_with_its_status(
    server: FeedServer, fetcher: Fetcher
) -> None:
    result = await fetcher.fetch(server.route("/feed.xml", "oops", status=500), now=NOW)
    assert isinstance(result.error, FeedHTTPError)
    assert result.error.kind == "http" and result.error.status == 500
    assert result.http_status == 500 and "500" in str(result.error)


async def test_a_missing_feed_says_it_is_gone(server: FeedServer, fetcher: Fetcher) -> None:
    result = await fetcher.fetch(server.url("/nowhere.xml"), now=NOW)
    assert isinstance(result.error, FeedHTTPError) and result.error.status == 404
    assert "not at this address" in str(result.error)


async def test_a_server_that_stalls_times_out(server: FeedServer) -> None:
    url = server.route("/slow.xml", FEED, delay=5)
    async with Fetcher(read_timeout=0.2, allow_private=True) as fetcher:
        result = await fetcher.fetch(url, now=NOW)
    assert isinstance(result.error, FetchTimeoutError) and result.error.kind == "timeout"
    assert "timed out" in str(result.error)


async def test_a_refused_connection_is_a_network_error(fetcher: Fetcher) -> None:
    with FeedServer() as closed:
        url = closed.url("/feed.xml")
    result = await fetcher.fetch(url, now=NOW)
    assert isinstance(result.error, NetworkError) and result.error.kind == "network"


async def test_a_gzip_bomb_is_rejected_after_decompression(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.gzip_bomb("/bomb.xml", inflated_size=50 * 1024 * 1024)
    result = await fetcher.fetch(url, now=NOW)
    assert isinstance(result.error, BodyTooLargeError) and result.error.kind == "too_large"
    assert str(result.error) == "body larger than 1 MB after decompression"


async def test_an_oversize_body_is_rejected_by_its_content_length(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.route("/huge.xml", b"x" * (2 * 1024 * 1024))
    result = await fetcher.fetch(url, now=NOW)
    assert isinstance(result.error, BodyTooLargeError)
    assert "larger than 1 MB" in str(result.error)


async def test_an_oversize_chunked_body_is_cut_off_while_streaming(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.route("/huge.xml", b"x" * (2 * 1024 * 1024), chunked=True)
    result = await fetcher.fetch(url, now=NOW)
    assert isinstance(result.error, BodyTooLargeError)


async def test_a_gzip_encoded_feed_is_decoded(server: FeedServer, fetcher: Fetcher) -> None:
    result = await fetcher.fetch(server.route("/feed.xml", FEED, gzip=True), now=NOW)
    assert result.ok and len(result.items) == 2


async def test_a_body_that_is_not_the_gzip_it_claims_is_a_clear_error(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.route("/feed.xml", FEED, headers={"Content-Encoding": "gzip"})
    result = await fetcher.fetch(url, now=NOW)
    assert isinstance(result.error, BodyDecodingError)
    assert "not valid gzip" in str(result.error)


async def test_an_html_page_is_not_taken_for_a_feed(server: FeedServer, fetcher: Fetcher) -> None:
    page = "<!DOCTYPE html><html><head><title>Moved</title></head><body>Hi</body></html>"
    result = await fetcher.fetch(
        server.route("/feed.xml", page, content_type="text/html"), now=NOW
    )
    assert isinstance(result.error, NotAFeedError) and result.error.kind == "not_a_feed"
    assert "looks like an HTML page" in str(result.error)
    assert result.http_status == 200


async def test_the_per_host_limit_caps_parallel_requests(server: FeedServer) -> None:
    for n in range(6):
        server.route(f"/f{n}.xml", FEED, delay=0.2)
    async with Fetcher(per_host_limit=2, allow_private=True) as fetcher:
        results = await asyncio.gather(
            *(fetcher.fetch(server.url(f"/f{n}.xml"), now=NOW) for n in range(6))
        )
    assert all(r.ok for r in results)
    assert server.max_in_flight == 2


@pytest.mark.parametrize(
    ("encoding", "content_type", "title", "language"),
    [
        ("euc-kr", "text/xml", "중국 공안이 탈북민 두 명을 붙잡았다", "ko"),
        ("euc-kr", "application/rss+xml; charset=euc-kr", "탈북민 가족이 제3국에 도착했다", "ko"),
        ("gb2312", "application/xml", "边境城市警方拘留了四名朝鲜人", "zh"),
        ("gb2312", "text/xml; charset=gb2312", "他们被送往看守所等待遣返", "zh"),
    ],
    ids=["euc-kr-text-xml", "euc-kr-charset", "gb2312-application-xml", "gb2312-charset"],
)
async def test_korean_and_chinese_feeds_decode_over_http(
    server: FeedServer,
    fetcher: Fetcher,
    encoding: str,
    content_type: str,
    title: str,
    language: str,
) -> None:
    body = rss([Entry(title, guid="x-1")], language=None, encoding=encoding)
    url = server.route("/feed.xml", body, content_type=content_type)
    result = await fetcher.fetch(url, now=NOW)
    assert result.ok
    assert [(item.title, item.language) for item in result.items] == [(title, language)]


async def test_a_first_fetch_sends_no_conditional_headers(
    server: FeedServer, fetcher: Fetcher
) -> None:
    await fetcher.fetch(server.route("/feed.xml", FEED, etag='"v1"'), now=NOW)
    request = server.requests_to("/feed.xml")[0]
    assert request.header("If-None-Match") is None and request.header("If-Modified-Since") is None


async def test_a_feed_that_gains_items_shows_them_on_the_next_fetch(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.route("/feed.xml", rss(STORIES[:1]), etag='"one"')
    first = await fetcher.fetch(url, now=NOW)
    server.route("/feed.xml", FEED, etag='"two"')
    second = await fetcher.fetch(url, etag=first.etag, now=NOW)
    assert [i.key for i in first.items] == ["story-1"]
    assert [i.key for i in second.items] == ["story-1", "story-2"] and second.etag == '"two"'


async def test_an_unknown_content_encoding_is_a_clear_error(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.route("/feed.xml", FEED, headers={"Content-Encoding": "zstd"})
    result = await fetcher.fetch(url, now=NOW)
    assert isinstance(result.error, BodyDecodingError) and result.error.kind == "decoding"
    assert "unsupported content encoding 'zstd'" in str(result.error)


async def test_a_304_without_validators_keeps_the_ones_sent(server: FeedServer) -> None:
    url = server.route("/feed.xml", "", status=304, content_type="text/plain")
    async with Fetcher(allow_private=True) as fetcher:
        result = await fetcher.fetch(
            url, etag='"kept"', last_modified="Tue, 17 Nov 2026 08:00:00 GMT"
        )
    assert result.not_modified
    assert (result.etag, result.last_modified) == ('"kept"', "Tue, 17 Nov 2026 08:00:00 GMT")


async def test_polls_answered_304_reuse_one_connection(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.route("/feed.xml", FEED, etag='"same"')
    server.route("/gone.xml", "gone", status=410, content_type="text/plain")
    server.redirect("/moved.xml", "/feed.xml", status=302)
    for _ in range(3):
        await fetcher.fetch(url, etag='"same"', now=NOW)
        await fetcher.fetch(server.url("/gone.xml"), now=NOW)
        await fetcher.fetch(server.url("/moved.xml"), etag='"same"', now=NOW)
    assert len({request.client_port for request in server.requests}) == 1


# -- one deadline per fetch ---------------------------------------------------------------------
async def test_the_deadline_covers_the_whole_redirect_chain_not_each_hop(
    server: FeedServer,
) -> None:
    server.route("/end.xml", FEED)
    for hop in range(3):
        server.redirect(f"/r{hop}.xml", f"/r{hop + 1}.xml", status=302, delay=0.4)
    server.redirect("/r3.xml", "/end.xml", status=302, delay=0.4)
    async with Fetcher(total_timeout=1, read_timeout=5, allow_private=True) as fetcher:
        result = await fetcher.fetch(server.url("/r0.xml"), now=NOW)
    assert isinstance(result.error, FetchTimeoutError)
    assert "longer than 1 s in all" in str(result.error)
    assert server.requests_to("/end.xml") == []


async def test_a_server_trickling_its_body_is_cut_at_the_deadline(server: FeedServer) -> None:
    url = server.route("/drip.xml", FEED, trickle=0.05)
    async with Fetcher(total_timeout=0.5, read_timeout=5, allow_private=True) as fetcher:
        result = await fetcher.fetch(url, now=NOW)
    assert isinstance(result.error, FetchTimeoutError) and result.error.kind == "timeout"


async def test_a_deadline_given_for_one_fetch_overrides_the_default(server: FeedServer) -> None:
    url = server.route("/slow.xml", FEED, delay=0.5)
    async with Fetcher(total_timeout=60, allow_private=True) as fetcher:
        cut = await fetcher.fetch(url, now=NOW, deadline=0.1)
        whole = await fetcher.fetch(url, now=NOW)
    assert isinstance(cut.error, FetchTimeoutError) and whole.ok


# -- memory shared by concurrent fetches ---------------------------------------------------------
async def test_concurrent_fetches_hold_no_more_bodies_than_the_budget_plus_one(
    server: FeedServer,
) -> None:
    big = rss([Entry(f"Story {n} " + "words " * 40, guid=f"s-{n}") for n in range(300)])
    for n in range(6):
        server.route(f"/big{n}.xml", big, chunked=n % 2 == 0, gzip=n % 3 == 0)
    budget = len(big) * 2
    async with Fetcher(body_budget_bytes=budget, per_host_limit=6, allow_private=True) as fetcher:
        results = await asyncio.gather(
            *(fetcher.fetch(server.url(f"/big{n}.xml"), now=NOW) for n in range(6))
        )
        peak, left = fetcher.budget.peak, fetcher.budget.used
    assert [len(r.items) for r in results] == [300] * 6
    assert peak <= budget + fetcher.max_body_bytes
    assert left == 0


# -- private addresses ---------------------------------------------------------------------------
async def test_a_feed_on_a_loopback_address_is_refused_by_default(server: FeedServer) -> None:
    url = server.route("/feed.xml", FEED)
    async with Fetcher() as fetcher:
        result = await fetcher.fetch(url, now=NOW)
    assert isinstance(result.error, PrivateAddressError)
    assert result.error.kind == "private_address"
    assert "allow_private: true" in str(result.error)
    assert "REPATWATCH_ALLOW_PRIVATE_FEEDS" in str(result.error)
    assert server.requests == []


async def test_a_host_name_is_judged_by_the_address_it_resolves_to(server: FeedServer) -> None:
    server.route("/feed.xml", FEED)
    async with Fetcher() as fetcher:
        result = await fetcher.fetch(f"http://localhost:{server.port}/feed.xml", now=NOW)
    assert isinstance(result.error, PrivateAddressError)
    assert "localhost (127.0.0.1)" in str(result.error) or "localhost (::1)" in str(result.error)
    assert server.requests == []


async def test_a_feed_marked_allow_private_may_use_its_own_host(server: FeedServer) -> None:
    url = server.route("/feed.xml", FEED)
    async with Fetcher(private_hosts=["127.0.0.1"]) as fetcher:
        result = await fetcher.fetch(url, now=NOW)
    assert result.ok and len(result.items) == 2


async def test_a_redirect_to_another_private_host_is_refused_at_that_hop(
    server: FeedServer,
) -> None:
    server.route("/inner.xml", FEED)
    start = server.redirect("/feed.xml", f"http://localhost:{server.port}/inner.xml", status=302)
    async with Fetcher(private_hosts=["127.0.0.1"]) as fetcher:
        result = await fetcher.fetch(start, now=NOW)
    assert isinstance(result.error, PrivateAddressError)
    assert [r.path for r in server.requests] == ["/feed.xml"]


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.9", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("::1", False),
        ("fe80::1", False),
        ("fd00::1", False),
        ("::ffff:10.0.0.1", False),
        ("224.0.0.1", False),
        ("93.184.216.34", True),
        ("2606:4700::1111", True),
    ],
)
def test_only_globally_routable_addresses_count_as_public(address: str, public: bool) -> None:
    assert is_public(address) is public


# -- Retry-After ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "header", "expected"),
    [
        (429, "120", NOW + timedelta(seconds=120)),
        (503, "Fri, 20 Nov 2026 13:00:00 GMT", NOW + timedelta(hours=1)),
        (429, str(10 * 24 * 3600), NOW + MAX_RETRY_AFTER),
        (503, "soon", None),
        (429, "Fri, 20 Nov 2026 11:00:00 GMT", None),
    ],
    ids=["seconds", "http-date", "capped-at-a-day", "unreadable", "in-the-past"],
)
async def test_a_site_asking_to_wait_says_until_when(
    server: FeedServer,
    fetcher: Fetcher,
    status: int,
    header: str,
    expected: datetime | None,
) -> None:
    url = server.route("/feed.xml", "busy", status=status, headers={"Retry-After": header})
    result = await fetcher.fetch(url, now=NOW)
    assert isinstance(result.error, FeedHTTPError) and result.error.status == status
    assert result.retry_after == expected


async def test_retry_after_on_a_plain_server_error_is_ignored(
    server: FeedServer, fetcher: Fetcher
) -> None:
    url = server.route("/feed.xml", "oops", status=500, headers={"Retry-After": "600"})
    result = await fetcher.fetch(url, now=NOW)
    assert isinstance(result.error, FeedHTTPError) and result.retry_after is None


async def test_a_fetch_timed_out_behind_the_sites_other_feeds_says_so(server: FeedServer) -> None:
    slow = server.route("/slow.xml", FEED, delay=2)
    queued = server.route("/queued.xml", FEED)
    async with Fetcher(per_host_limit=1, total_timeout=5, allow_private=True) as fetcher:
        first = asyncio.create_task(fetcher.fetch(slow, now=NOW))
        await asyncio.sleep(0)  # let the slow fetch take the site's only slot
        result = await fetcher.fetch(queued, now=NOW, deadline=0.2)
        first.cancel()
    assert isinstance(result.error, FetchTimeoutError)
    assert "waiting behind the site's other feeds (at most 1 at a time)" in str(result.error)


async def test_a_trickling_feed_does_not_hold_up_another_feed(server: FeedServer) -> None:
    drip = server.route("/drip.xml", FEED, trickle=0.05)
    plain = server.route("/plain.xml", FEED)
    async with Fetcher(total_timeout=30, read_timeout=5, allow_private=True) as fetcher:
        dripping = asyncio.create_task(fetcher.fetch(drip, now=NOW))
        fast = asyncio.create_task(fetcher.fetch(plain, now=NOW))
        done, _pending = await asyncio.wait({dripping, fast}, return_when=asyncio.FIRST_COMPLETED)
        dripping.cancel()
    assert done == {fast} and fast.result().ok
