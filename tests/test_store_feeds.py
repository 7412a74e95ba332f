"""The feeds store on SQLite and PostgreSQL: syncing feeds.yaml, leases, storing poll results once."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.domain import FeedHTTPError, FeedPriority, FeedSpec, Item, Tier, Verdict
from bot.feeds import FetchResult
from bot.store import feed_leases
from bot.store import feeds as store
from bot.store.base import session_scope
from bot.store.feed_health import feed_health
from bot.store.feeds import Feed, FeedErrorRecord, Report, ReportSighting
from bot.store.reports import add_items, unseen_items

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(hours=1)
SPECS = [
    FeedSpec("Border news", "https://border.example.org/rss", "en", 900, ("en",)),
    FeedSpec("Rights wire", "https://wire.example.net/feed", "en", 1800),
]
Factory = sessionmaker[Session]


def item(key: str, title: str, *, fingerprint: str | None = None) -> Item:
    return Item(
        key=key,
        title=title,
        summary=f"{title}, as the correspondent wrote it.",
        link=key if key.startswith("http") else None,
        published=NOW - timedelta(hours=2),
        language="en",
        fingerprint=fingerprint or f"fp:{title}",
    )


def fetched(url: str, *items: Item, etag: str | None = None) -> FetchResult:
    return FetchResult(url, url, False, False, 200, etag, None, items=items)


def not_modified(url: str, etag: str) -> FetchResult:
    return FetchResult(url, url, False, True, 304, etag, None)


def failed(url: str, message: str = "HTTP 500 Internal Server Error: the site's server failed"):
    return FetchResult(
        url, url, False, False, 500, None, None, error=FeedHTTPError(message, status=500)
    )


def synced(factory: Factory, specs: list[FeedSpec] = SPECS, now: datetime = NOW) -> dict[str, int]:
    with session_scope(factory) as s:
        store.sync_feeds(s, specs, now)
    with session_scope(factory) as s:
        return {f.name: f.id for f in s.scalars(select(Feed))}


def store_result(
    factory: Factory, feed_id: int, result: FetchResult, now: datetime = NOW, **kw: object
) -> store.StoredPoll:
    with session_scope(factory) as s:
        row = feed_leases.feed_row(s, feed_id)
        return store.store_poll_result(s, row, result, now, worker_id="w1", **kw)  # type: ignore[arg-type]


def count(factory: Factory, model: type[object]) -> int:
    with session_scope(factory) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def feed(factory: Factory, feed_id: int) -> Feed:
    with session_scope(factory) as s:
        return s.get_one(Feed, feed_id)


# -- feeds.yaml -------------------------------------------------------------------------------------
def test_new_feeds_are_due_at_once(session_factory: Factory) -> None:
    ids = synced(session_factory)
    for feed_id in ids.values():
        row = feed(session_factory, feed_id)
        assert row.next_poll_at == NOW
        assert row.enabled and row.current_url == row.url


def test_a_shorter_interval_in_the_list_takes_effect_at_once(session_factory: Factory) -> None:
    ids = synced(session_factory)
    store_result(session_factory, ids["Rights wire"], fetched(SPECS[1].url), now=NOW)
    assert feed(session_factory, ids["Rights wire"]).next_poll_at >= NOW + timedelta(minutes=30)
    faster = [SPECS[0], replace(SPECS[1], interval_seconds=300, priority=FeedPriority.HIGH)]
    synced(session_factory, faster, now=NOW + timedelta(minutes=2))
    assert feed(session_factory, ids["Rights wire"]).next_poll_at == NOW + timedelta(minutes=5)


def test_a_feed_removed_from_the_list_is_disabled_not_deleted(session_factory: Factory) -> None:
    ids = synced(session_factory)
    store_result(session_factory, ids["Rights wire"], fetched(SPECS[1].url, item("k1", "A")))
    synced(session_factory, SPECS[:1])
    assert not feed(session_factory, ids["Rights wire"]).enabled
    assert count(session_factory, ReportSighting) == 1
    synced(session_factory, SPECS)
    assert feed(session_factory, ids["Rights wire"]).enabled


def test_changing_a_feeds_url_resets_its_validators(session_factory: Factory) -> None:
    ids = synced(session_factory)
    store_result(session_factory, ids["Border news"], fetched(SPECS[0].url, etag='"v1"'))
    moved = [replace(SPECS[0], url="https://border.example.org/new.xml"), SPECS[1]]
    synced(session_factory, moved)
    row = feed(session_factory, ids["Border news"])
    assert (row.current_url, row.etag) == ("https://border.example.org/new.xml", None)


# -- leases -----------------------------------------------------------------------------------------
def claim(factory: Factory, worker: str, now: datetime, limit: int = 10) -> list[str]:
    with session_scope(factory) as s:
        rows = feed_leases.claim_due_feeds(
            s, worker_id=worker, now=now, limit=limit, lease_seconds=300
        )
    return [row.name for row in rows]


def test_a_leased_feed_is_not_claimed_by_another_worker_until_the_lease_expires(
    session_factory: Factory,
) -> None:
    synced(session_factory)
    soon = NOW + timedelta(minutes=1)
    assert sorted(claim(session_factory, "w1", soon)) == ["Border news", "Rights wire"]
    assert claim(session_factory, "w2", soon) == []
    assert len(claim(session_factory, "w2", soon + timedelta(seconds=301))) == 2


def test_only_due_feeds_are_claimed_and_the_limit_holds(session_factory: Factory) -> None:
    synced(session_factory)
    assert claim(session_factory, "w1", NOW - timedelta(seconds=1)) == []
    assert len(claim(session_factory, "w1", NOW + timedelta(minutes=1), limit=1)) == 1


def test_storing_a_result_releases_the_lease_and_schedules_the_next_poll(
    session_factory: Factory,
) -> None:
    ids = synced(session_factory)
    claim(session_factory, "w1", NOW + timedelta(minutes=1))
    store_result(session_factory, ids["Border news"], fetched(SPECS[0].url))
    row = feed(session_factory, ids["Border news"])
    assert (row.lease_owner, row.lease_expires_at) == (None, None)
    assert NOW + timedelta(seconds=900) <= row.next_poll_at <= NOW + timedelta(seconds=990)
    assert claim(session_factory, "w2", NOW + timedelta(minutes=7)) == ["Rights wire"]


def test_a_restarted_worker_takes_back_its_own_leases_for_poll_once(
    session_factory: Factory,
) -> None:
    ids = synced(session_factory)
    claim(session_factory, "w1", NOW + timedelta(minutes=1))
    with session_scope(session_factory) as s:
        other = feed_leases.claim_feeds(s, ids.values(), worker_id="w2", now=NOW, lease_seconds=60)
        same = feed_leases.claim_feeds(s, ids.values(), worker_id="w1", now=NOW, lease_seconds=60)
    assert (other, len(same)) == ([], 2)


@pytest.mark.postgres
def test_two_postgres_workers_claim_disjoint_feeds_at_the_same_moment(postgres_url: str) -> None:
    from bot.store.base import make_engine, make_session_factory, upgrade

    engine = make_engine(postgres_url)
    try:
        upgrade(engine)
        factory = make_session_factory(engine)
        specs = [FeedSpec(f"feed {n}", f"https://h{n}.example.org/rss") for n in range(10)]
        synced(factory, specs)
        soon = NOW + timedelta(minutes=1)
        with factory() as first, factory() as second:
            a = feed_leases.claim_due_feeds(
                first, worker_id="a", now=soon, limit=6, lease_seconds=60
            )
            b = feed_leases.claim_due_feeds(
                second, worker_id="b", now=soon, limit=6, lease_seconds=60
            )
            first.commit()
            second.commit()
        assert (len(a), len(b)) == (6, 4)
        assert not {r.id for r in a} & {r.id for r in b}
    finally:
        engine.dispose()


# -- reports ----------------------------------------------------------------------------------------
def test_a_feed_that_gains_items_stores_only_the_new_ones(session_factory: Factory) -> None:
    ids = synced(session_factory)
    url, first, second = SPECS[0].url, item("k1", "One"), item("k2", "Two")
    assert (
        len(store_result(session_factory, ids["Border news"], fetched(url, first)).new_reports)
        == 1
    )
    stored = store_result(session_factory, ids["Border news"], fetched(url, first, second), LATER)
    assert (len(stored.new_reports), stored.new_sightings) == (1, 1)
    assert count(session_factory, Report) == 2


def test_the_same_item_in_two_feeds_is_one_report_seen_twice(session_factory: Factory) -> None:
    ids = synced(session_factory)
    story = item("https://news.example.com/story/7", "Seven people held at the border post")
    store_result(session_factory, ids["Border news"], fetched(SPECS[0].url, story))
    again = store_result(session_factory, ids["Rights wire"], fetched(SPECS[1].url, story))
    assert (again.new_reports, again.new_sightings) == ((), 1)
    assert (count(session_factory, Report), count(session_factory, ReportSighting)) == (1, 2)


def test_a_syndicated_copy_under_another_url_is_the_same_report(session_factory: Factory) -> None:
    ids = synced(session_factory)
    original = item("https://border.example.org/a/1", "Nine held", fingerprint="same-story")
    copy = item("https://wire.example.net/x/99", "NINE HELD", fingerprint="same-story")
    store_result(session_factory, ids["Border news"], fetched(SPECS[0].url, original))
    store_result(session_factory, ids["Rights wire"], fetched(SPECS[1].url, copy))
    with session_scope(session_factory) as s:
        report_ids = set(s.scalars(select(ReportSighting.report_id)))
    assert count(session_factory, Report) == 1 and len(report_ids) == 1


def test_equal_opaque_guids_from_different_publishers_are_different_reports(
    session_factory: Factory,
) -> None:
    ids = synced(session_factory)
    store_result(session_factory, ids["Border news"], fetched(SPECS[0].url, item("1001", "Ferry")))
    store_result(session_factory, ids["Rights wire"], fetched(SPECS[1].url, item("1001", "Court")))
    assert count(session_factory, Report) == 2


def test_duplicate_entries_within_one_fetch_are_stored_once(session_factory: Factory) -> None:
    ids = synced(session_factory)
    twice = fetched(SPECS[0].url, item("k1", "Same"), item("k1", "Same"), item("k2", "Same"))
    stored = store_result(session_factory, ids["Border news"], twice)
    assert (len(stored.new_reports), stored.new_sightings) == (1, 2)


def test_a_long_feed_stores_each_new_item_once_under_its_own_id(session_factory: Factory) -> None:
    ids = synced(session_factory)
    items = [item(f"https://border.example.org/n/{n}", f"Dispatch number {n}") for n in range(150)]
    store_result(session_factory, ids["Border news"], fetched(SPECS[0].url, *items[40:45]))
    stored = store_result(
        session_factory, ids["Border news"], fetched(SPECS[0].url, *items), LATER
    )
    assert (len(stored.new_reports), stored.new_sightings) == (145, 145)
    with session_scope(session_factory) as s:
        keys: dict[int, str] = dict(s.execute(select(Report.id, Report.key)).all())
    assert {keys[r.report_id] for r in stored.new_reports} == {
        i.key for i in items[:40] + items[45:]
    }
    assert all(keys[r.report_id] == r.item.key for r in stored.new_reports)


def test_a_poll_stored_again_after_a_crash_adds_no_report_or_sighting_twice(
    session_factory: Factory,
) -> None:
    ids = synced(session_factory)
    items = [item("k1", "One"), item("k2", "Two")]
    for when in (NOW, LATER):  # the second time as if the first had never committed its poll
        with session_scope(session_factory) as s:
            stored = add_items(
                s, ids["Border news"], "Border news", items, when, scope="x", first_poll=True
            )
    assert stored == ([], 0)
    with session_scope(session_factory) as s:
        seen = s.execute(select(ReportSighting.entry_key, ReportSighting.seen_at)).all()
    assert sorted(seen) == [("k1", NOW), ("k2", NOW)]


def test_reports_classified_before_storing_are_written_with_their_verdicts(
    session_factory: Factory,
) -> None:
    ids = synced(session_factory)
    url = SPECS[0].url
    store_result(session_factory, ids["Rights wire"], fetched(SPECS[1].url, item("k0", "Old")))
    held, ferry = item("k1", "Four held in Dandong"), item("k2", "Ferry timetable changes")
    copy = item("https://wire.example.net/x/3", "Copy", fingerprint="fp:Old")
    verdicts = {
        "k1": Verdict(Tier.ALERT, 0.9),
        "k2": Verdict(Tier.IGNORE, 0.0),
        copy.key: Verdict(Tier.RELATED, 0.5),
    }
    stored = store_result(session_factory, ids["Border news"], fetched(url, held, ferry, copy),
                          verdicts=verdicts)  # fmt: skip
    assert [r.item.key for r in stored.new_reports] == ["k1", "k2"]  # the copy is "Old" again
    with session_scope(session_factory) as s:
        rows = s.execute(select(Report.title, Report.tier, Report.score, Report.classified_at))
        written = {title: (tier, score, when) for title, tier, score, when in rows}
    assert written == {
        "Old": (None, None, None),  # stored unclassified, and not classified by its copy
        "Four held in Dandong": ("alert", 0.9, NOW),
        "Ferry timetable changes": ("ignore", 0.0, NOW),
    }


def test_items_with_equal_verdicts_each_store_the_verdict_they_were_given(
    session_factory: Factory,
) -> None:
    """Equal verdicts are written once and shared; 0.0 and -0.0 are equal, not the same JSON."""
    ids = synced(session_factory)
    items = [item(f"k{n}", f"Harbour notice {n}") for n in range(4)]
    scores = [0.0, 0.0, -0.0, 0.25]
    verdicts = {i.key: Verdict(Tier.IGNORE, s) for i, s in zip(items, scores, strict=True)}
    store_result(session_factory, ids["Border news"], fetched(SPECS[0].url, *items),
                 verdicts=verdicts)  # fmt: skip
    with session_scope(session_factory) as s:
        rows = dict(s.execute(select(Report.title, Report.verdict)).all())
    written = [rows[f"Harbour notice {n}"]["score"] for n in range(4)]
    assert [str(score) for score in written] == ["0.0", "0.0", "-0.0", "0.25"]


def test_only_the_items_found_unseen_are_stored_with_verdicts(session_factory: Factory) -> None:
    ids = synced(session_factory)
    feed_id, url = ids["Border news"], SPECS[0].url
    store_result(session_factory, feed_id, fetched(url, item("k1", "One")))
    with session_scope(session_factory) as s:
        unseen = unseen_items(s, feed_id, [item("k1", "One"), item("k2", "Two")] * 2)
    assert [i.key for i in unseen] == ["k2"]
    verdicts = {i.key: Verdict(Tier.IGNORE, 0.0) for i in unseen}
    stored = store_result(session_factory, feed_id, fetched(url, item("k1", "One"),
                          item("k2", "Two")), LATER, verdicts=verdicts)  # fmt: skip
    assert (len(stored.new_reports), stored.new_sightings) == (1, 1)
    assert count(session_factory, Report) == 2


# -- feed state -------------------------------------------------------------------------------------
def test_304_keeps_the_etag_and_stores_nothing(session_factory: Factory) -> None:
    ids = synced(session_factory)
    store_result(session_factory, ids["Border news"], fetched(SPECS[0].url, etag='"v1"'))
    stored = store_result(session_factory, ids["Border news"], not_modified(SPECS[0].url, '"v1"'))
    assert stored.not_modified and stored.new_sightings == 0
    assert feed(session_factory, ids["Border news"]).etag == '"v1"'


def test_304s_written_together_reschedule_each_feed_and_release_only_this_workers_leases(
    session_factory: Factory,
) -> None:
    ids = synced(session_factory)
    for name, spec in zip(("Border news", "Rights wire"), SPECS, strict=True):
        store_result(session_factory, ids[name], fetched(spec.url, etag=f'"{name}"'))
    with session_scope(session_factory) as s:
        rows = feed_leases.claim_feeds(
            s, list(ids.values()), worker_id="w1", now=LATER, lease_seconds=300
        )
        s.get_one(Feed, ids["Rights wire"]).lease_owner = "w2"  # taken over meanwhile
    with session_scope(session_factory) as s:
        no_etag_resent = [(row, replace(not_modified(row.url, ""), etag=None)) for row in rows]
        store.record_successes(s, no_etag_resent, LATER, worker_id="w1")
    border, wire = (
        feed(session_factory, ids["Border news"]),
        feed(session_factory, ids["Rights wire"]),
    )
    assert (border.etag, wire.etag) == ('"Border news"', '"Rights wire"')
    assert border.next_poll_at > LATER + timedelta(seconds=800)
    assert wire.next_poll_at > LATER + timedelta(seconds=1700)
    assert (border.lease_owner, wire.lease_owner) == (None, "w2")


def test_a_permanent_redirect_updates_the_current_url(session_factory: Factory) -> None:
    ids = synced(session_factory)
    moved = "https://border.example.org/feeds/all.xml"
    result = FetchResult(SPECS[0].url, moved, True, False, 200, None, None)
    store_result(session_factory, ids["Border news"], result)
    row = feed(session_factory, ids["Border news"])
    assert (row.url, row.current_url) == (SPECS[0].url, moved)


def test_an_error_is_recorded_with_time_kind_and_message_and_backs_off(
    session_factory: Factory,
) -> None:
    ids = synced(session_factory)
    stored = store_result(session_factory, ids["Border news"], failed(SPECS[0].url))
    assert (stored.error_kind, stored.ok) == ("http", False)
    with session_scope(session_factory) as s:
        error = s.scalars(select(FeedErrorRecord)).one()
        assert (error.at, error.kind) == (NOW, "http")
        assert "server failed" in error.message
    second = store_result(session_factory, ids["Border news"], failed(SPECS[0].url), LATER)
    assert second.error is not None
    row = feed(session_factory, ids["Border news"])
    assert (row.consecutive_failures, row.backoff_seconds) == (2, 1800)
    assert row.next_poll_at >= LATER + timedelta(seconds=1800)


def test_only_the_latest_errors_are_kept(session_factory: Factory) -> None:
    ids = synced(session_factory)
    for n in range(store.ERRORS_KEPT_PER_FEED + 5):
        store_result(session_factory, ids["Border news"], failed(SPECS[0].url, f"error {n}"))
    with session_scope(session_factory) as s:
        messages = list(s.scalars(select(FeedErrorRecord.message)))
    assert len(messages) == store.ERRORS_KEPT_PER_FEED and "error 24" in messages


def test_a_feed_failing_for_a_day_is_unhealthy_and_recovers_on_success(
    session_factory: Factory,
) -> None:
    ids = synced(session_factory)
    feed_id = ids["Border news"]
    store_result(session_factory, feed_id, failed(SPECS[0].url), NOW)
    store_result(session_factory, feed_id, failed(SPECS[0].url), NOW + timedelta(hours=25))
    with session_scope(session_factory) as s:
        health = {h.name: h for h in feed_health(s, NOW + timedelta(hours=25))}
    sick = health["Border news"]
    assert (sick.state, sick.unhealthy, sick.last_error_kind) == ("unhealthy", True, "http")
    assert health["Rights wire"].state == "new"
    store_result(session_factory, feed_id, fetched(SPECS[0].url), NOW + timedelta(hours=26))
    with session_scope(session_factory) as s:
        healed = {h.name: h for h in feed_health(s, NOW)}["Border news"]
    assert (healed.state, healed.consecutive_failures) == ("ok", 0)
