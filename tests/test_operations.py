"""Operations: /healthz, /metrics and /cases.atom on the HTTP listener of a real running service."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import feedparser
import pytest
from clocks import SetClock
from fakebotapi import FakeBotAPI, Fault
from feedserver import Entry, FeedServer, rss
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import update

from bot import bootstrap
from bot.bootstrap import Runtime
from bot.delivery.message import Message, MessageKind
from bot.domain import FeedSpec
from bot.health import HealthLimits, HealthSnapshot, assess
from bot.settings import Settings
from bot.store import chats as chat_store
from bot.store.feeds import Feed

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
DETENTION = Entry(
    "Police in Hunchun detain three North Koreans at a bus station",
    "https://wire.example/hunchun-three",
    None,
    "Police in Hunchun detained three North Korean defectors at a bus station on Sunday and they "
    "face being sent back to North Korea, a rescue group said.",
    datetime(2026, 11, 19, 6, tzinfo=UTC),
)


class ShiftClock(SetClock):
    """Monotonic time the test can move forward (how long an outage has lasted)."""

    def __init__(self, now: datetime) -> None:
        super().__init__(now)
        self.shift = 0.0

    def monotonic(self) -> float:
        return super().monotonic() + self.shift


@asynccontextmanager
async def serving(runtime: Runtime) -> AsyncIterator[str]:
    """The service running in the background; yields the listener's root URL."""
    task = asyncio.create_task(runtime.service.run(handle_signals=False))
    try:
        assert runtime.http is not None
        for _ in range(1000):  # every part started, the scheduler running
            if runtime.service.scheduler.running or task.done():
                break
            await asyncio.sleep(0.01)
        assert runtime.http.port is not None, "the listener never started"
        yield f"http://127.0.0.1:{runtime.http.port}"
    finally:
        runtime.service.stop()
        await asyncio.wait_for(task, 20)
        await runtime.aclose()


async def get(url: str) -> tuple[int, str, dict[str, str]]:
    async with aiohttp.ClientSession() as http, http.get(url) as response:
        return (
            response.status,
            await response.text(),
            {k.lower(): v for k, v in response.headers.items()},
        )


@pytest.mark.parametrize(
    ("snapshot", "now", "problem"),
    [
        (HealthSnapshot(started_at=0, poll_finished_at=100), 200, None),
        (HealthSnapshot(started_at=0, poll_finished_at=100), 800, "no poll cycle for 700 s"),
        (HealthSnapshot(started_at=0, poll_started_at=10), 700, "a poll cycle has been running"),
        (HealthSnapshot(started_at=0), 500, None),
        (
            HealthSnapshot(started_at=0, poll_finished_at=90, api_down_since=50, api_error="x"),
            100,
            None,
        ),
        (
            HealthSnapshot(started_at=0, poll_finished_at=390, api_down_since=50, api_error="x"),
            400,
            "unreachable for 350 s",
        ),
        (
            HealthSnapshot(
                started_at=0, poll_finished_at=90, stopped=("the outbox sender: boom",)
            ),
            100,
            "the outbox sender: boom stopped",
        ),
    ],
    ids=["fresh", "stalled", "stuck-cycle", "starting", "short-outage", "long-outage", "stopped"],
)
def test_health_says_why_it_is_not_ok(
    snapshot: HealthSnapshot, now: float, problem: str | None
) -> None:
    verdict = assess(snapshot, now, HealthLimits(poll_stall_seconds=600, api_down_after=300))
    assert verdict.ok is (problem is None)
    if problem is not None:
        assert any(problem in p for p in verdict.problems), verdict.problems


async def test_healthz_turns_503_when_the_bot_api_is_unreachable_longer_than_the_limit(
    tmp_path: Path,
) -> None:
    clock = ShiftClock(NOW)
    async with FakeBotAPI() as api:
        settings = Settings(
            database_url=f"sqlite:///{tmp_path / 'rw.db'}",
            telegram_token=api.token,
            telegram_api_url=api.url,
            http_listen=("127.0.0.1", 0),
            api_down_after=120,
            worker_id="ops-test",
        )
        runtime = bootstrap.build(settings, [], clock=clock)
        async with serving(runtime) as root:
            await runtime.service.poll_cycle()
            assert (await get(f"{root}/healthz"))[:2] == (200, "ok\n")
            failing_from = clock.monotonic()
            api.fail_next("getMe", Fault.server_error(502), times=1000)
            assert runtime.probe is not None and not await runtime.probe.probe()
            assert (await get(f"{root}/healthz"))[0] == 200  # down, but not for long yet
            clock.shift += 121
            await runtime.service.poll_cycle()  # polling itself stays alive
            status, text, _ = await get(f"{root}/healthz")
            read_by = clock.monotonic()
            assert status == 503
            # The 121 s moved on, plus what the test itself took on a loaded machine.
            down = re.search(
                r"Telegram Bot API has been unreachable for (\d+) s \(limit 120 s\)", text
            )
            assert down is not None, text
            assert 121 <= int(down[1]) <= round(read_by - failing_from)
            assert "Internal Server Error" in text
            api.clear_faults()
            assert await runtime.probe.probe()
            assert (await get(f"{root}/healthz"))[:2] == (200, "ok\n")


async def test_metrics_parse_with_prometheus_clients_own_parser(tmp_path: Path) -> None:
    async with FakeBotAPI() as api:
        with FeedServer() as feeds:
            url = feeds.route("/wire.xml", rss([DETENTION], title="Border Wire"))
            settings = Settings(
                database_url=f"sqlite:///{tmp_path / 'rw.db'}",
                telegram_token=api.token,
                telegram_api_url=api.url,
                http_listen=("127.0.0.1", 0),
                worker_id="metrics-test",
            )
            specs = [FeedSpec("Border Wire", url, allow_private=True)]
            runtime = bootstrap.build(settings, specs, clock=SetClock(NOW))
            runtime.database.sync(lambda s: s.execute(update(Feed).values(next_poll_at=NOW)))
            reader = api.user()
            api.private_chat(reader)
            runtime.database.sync(chat_store.record_chat, reader["id"], type="private",
                                  title=None, now=NOW)  # fmt: skip
            runtime.database.sync(chat_store.subscribe, reader["id"], now=NOW)
            async with serving(runtime) as root:
                await runtime.service.poll_cycle()
                notifier = runtime.notifier
                assert notifier is not None
                user = api.user()
                api.private_chat(user)
                api.fail_next("sendMessage", Fault.retry_after(3), chat_id=user["id"])
                message = Message("Hello", chat_id=user["id"], kind=MessageKind.BROADCAST)
                await notifier.send(message)
                await notifier.send(message)
                status, text, headers = await get(f"{root}/metrics")
    assert status == 200 and headers["content-type"].startswith("text/plain")
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }
    assert samples[("repatwatch_reports_total", (("tier", "alert"),))] == 1
    assert samples[("repatwatch_poll_cycle_seconds_count", ())] >= 1  # the scheduler's may run too
    assert samples[("repatwatch_feed_polls_total", (("result", "ok"),))] == 1
    assert samples[("repatwatch_feeds", (("state", "ok"),))] == 1
    assert samples[("repatwatch_telegram_429_total", ())] == 1
    assert samples[("repatwatch_alerts_queued_total", ())] == 1
    owed = {k: v for k, v in samples.items() if k[0] == "repatwatch_outbox_depth"}
    assert set(owed) == {
        ("repatwatch_outbox_depth", (("urgency", "urgent"),)),
        ("repatwatch_outbox_depth", (("urgency", "background"),)),
    }
    alerts = [v for k, v in samples.items() if k[0] == "repatwatch_outbox_messages"
              and ("kind", "alert") in k[1]]  # fmt: skip
    assert sum(alerts) == 1  # the reader's alert, sent by now or still owed
    sent = samples[("repatwatch_alerts_sent_total", ())]
    assert sent in (1, 2)  # the direct send, and the alert if the sender got to it
    assert samples[("repatwatch_healthy", ())] == 1


async def test_the_atom_feed_is_served_and_unchanged_cases_answer_304(tmp_path: Path) -> None:
    with FeedServer() as feeds:
        url = feeds.route("/wire.xml", rss([DETENTION], title="Border Wire"))
        settings = Settings(
            database_url=f"sqlite:///{tmp_path / 'rw.db'}",
            http_listen=("127.0.0.1", 0),
            worker_id="atom-test",
        )
        specs = [FeedSpec("Border Wire", url, allow_private=True)]
        runtime = bootstrap.build(settings, specs, clock=SetClock(NOW))
        runtime.database.sync(lambda s: s.execute(update(Feed).values(next_poll_at=NOW)))
        async with serving(runtime) as root:
            status, _, _ = await get(f"{root}/cases.atom")
            assert status == 200
            await runtime.service.poll_cycle()
            status, body, headers = await get(f"{root}/cases.atom")
            async with (
                aiohttp.ClientSession() as http,
                http.get(
                    f"{root}/cases.atom", headers={"If-None-Match": headers["etag"]}
                ) as again,
            ):
                assert again.status == 304
    feed = feedparser.parse(body)
    assert not feed.bozo and len(feed.entries) == 1
    assert "Hunchun" in feed.entries[0].title
    assert feed.feed.links[0].href == f"{root}/cases.atom"
