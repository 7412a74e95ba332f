"""Urgent and fresh, end to end: feeds on 127.0.0.1, the real pipeline and sender, the fake Bot API.

The clock is the test's: polls and sends happen at the time it sets, and waits are on what the
chats receive, never on a stopwatch.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from feedserver import Entry
from rig import OPERATOR_ID, Rig, rig
from sqlalchemy import func, select

from bot.audience import DeliveryMode
from bot.cli import main
from bot.delivery.message import Message, MessageKind
from bot.store import outbox
from bot.store.case_rows import CaseReport
from bot.store.reports import Report

NOW = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)  # 23:00 in Seoul
SUBSCRIBER = 5001
LATECOMER = 5003
NIGHT_OWL = 5002  # a Korean chat, quiet 22:00-07:00 (in Seoul: its language's zone)
QUIET = {"quiet_start": time(22), "quiet_end": time(7)}
DETAINED = Entry(
    "Chinese police detain six North Korean defectors in Dandong",
    "https://wire.example/dandong-1",
    None,
    "Police in Dandong detained six North Korean defectors at a safe house on Monday, a Seoul "
    "rescue group said.",
    NOW - timedelta(hours=12),
)
FACING_RETURN = Entry(
    "Six North Koreans held in Dandong face forced repatriation",
    "https://wire.example/dandong-2",
    None,
    "The six North Korean defectors detained in Dandong on Monday have been moved to a border "
    "detention centre and face forced repatriation within days, the rescue group said.",
    NOW - timedelta(minutes=20),
)


def detention(n: int, published: datetime, place: str = "Dandong") -> Entry:
    return Entry(
        f"Chinese police detain {n + 3} North Korean defectors in {place}",
        f"https://wire.example/{place.lower()}-{n}",
        None,
        f"Police in {place} detained {n + 3} North Korean defectors at a safe house, a Seoul "
        "rescue group said; the group fears they will be forcibly repatriated.",
        published,
    )


async def test_a_new_feed_of_three_year_old_reports_alerts_nobody_but_files_them(
    tmp_path: Path,
) -> None:
    async with rig(tmp_path, NOW) as r:
        r.subscribe(SUBSCRIBER)
        years_ago = NOW - timedelta(days=3 * 365)
        archive = [detention(n, years_ago + timedelta(days=40 * n), "Yanji") for n in range(3)]
        r.add_feed("archive", archive)
        summary = await r.poll()
        assert summary.new_reports == 3
        assert [e.news for e in summary.events] == [False, False, False]
        r.publish("archive", [*archive, detention(9, NOW - timedelta(hours=1), "Tumen")])
        await r.poll()
        async with r.delivering():
            await r.until(lambda: r.texts(SUBSCRIBER), "the fresh report's alert")
        (alert,) = r.texts(SUBSCRIBER)
        assert "Tumen" in alert and "Yanji" not in alert
        stored = r.db(lambda s: s.scalar(select(func.count()).select_from(Report)))
        linked = r.db(lambda s: s.scalar(select(func.count()).select_from(CaseReport)))
        assert (stored, linked) == (4, 4)


def queue_background(r: Rig, chats: range) -> None:
    """Background messages already waiting for other chats (e.g. a burst of news elsewhere)."""
    notes = [
        Message(f"Background note {chat}", chat_id=chat, kind=MessageKind.UPDATE,
                dedupe_key=f"bg:{chat}", silent=True)
        for chat in chats
    ]  # fmt: skip
    r.db(lambda s: outbox.enqueue(s, notes, now=r.clock.now()))


def sends_since(r: Rig, mark: int) -> list[tuple[int, bool]]:
    """(chat, silent) of every message the bot sent after the first `mark` sends."""
    calls = [c for c in r.api.calls("sendMessage") if c.ok][mark:]
    return [(int(c.params["chat_id"]), bool(c.params.get("disable_notification"))) for c in calls]


async def test_an_urgent_status_change_reaches_a_chat_in_quiet_hours_before_500_queued_messages(
    tmp_path: Path,
) -> None:
    async with rig(tmp_path, NOW - timedelta(hours=10)) as r:  # 13:00 in Seoul
        r.subscribe(NIGHT_OWL, "ko", **QUIET)
        r.add_feed("wire", [DETAINED])
        await r.poll()
        async with r.delivering():
            (first,) = await r.until(lambda: r.api.sent(NIGHT_OWL), "the first alert")
        r.clock.advance(hours=10)  # 23:00 in Seoul: quiet hours
        queue_background(r, range(9000, 9500))
        r.publish("wire", [DETAINED, FACING_RETURN])
        (event,) = (await r.poll()).events
        assert event.urgent
        mark = len(r.api.calls("sendMessage"))
        async with r.delivering():
            await r.until(lambda: len(r.api.sent(NIGHT_OWL)) == 2, "the status change")
        sends = sends_since(r, mark)
        assert sends[0] == (NIGHT_OWL, False)
        assert len(sends) < 500 and all(silent for _, silent in sends[1:])
        change = r.api.sent(NIGHT_OWL)[1]
        assert change["reply_to_message"]["message_id"] == first["message_id"]


RELEASED = Entry(
    "Thai police free four North Korean defectors held in Chiang Rai",
    "https://wire.example/chiang-rai",
    None,
    "Four North Korean defectors detained in Chiang Rai last month were released on Tuesday "
    "and will travel on to Seoul, a rescue group said.",
    NOW - timedelta(hours=1),
)
FREED_IN_LAOS = Entry(
    "Laos releases three North Korean women arrested near Vientiane",
    "https://wire.example/vientiane",
    None,
    "Lao authorities released three North Korean women arrested near Vientiane, and they have "
    "left for a third country, an aid worker said.",
    NOW - timedelta(minutes=30),
)


async def test_quiet_hours_in_seoul_hold_background_news_at_2300_there_but_not_at_1400(
    tmp_path: Path,
) -> None:
    async with rig(tmp_path, NOW - timedelta(hours=9)) as r:  # 05:00 UTC, 14:00 in Seoul
        r.subscribe(NIGHT_OWL, "ko", **QUIET)
        r.subscribe(SUBSCRIBER)  # English, no quiet hours: hears the same news at once
        r.add_feed("wire", [RELEASED])
        (afternoon,) = (await r.poll()).events
        assert not afternoon.urgent
        async with r.delivering():
            await r.until(lambda: r.api.sent(NIGHT_OWL), "the afternoon's news")
        r.clock.advance(hours=9)  # 14:00 UTC, 23:00 in Seoul
        r.publish("wire", [RELEASED, FREED_IN_LAOS])
        await r.poll()
        async with r.delivering():
            await r.until(lambda: len(r.api.sent(SUBSCRIBER)) == 2, "the night's news elsewhere")
        assert len(r.api.sent(NIGHT_OWL)) == 1
        r.clock.advance(hours=8)  # 07:00 in Seoul
        async with r.delivering():
            await r.until(lambda: len(r.api.sent(NIGHT_OWL)) == 2, "the news after quiet hours")
        assert "Vientiane" in r.texts(NIGHT_OWL)[1]


DIGEST_AT_NINE = {"mode": DeliveryMode.DIGEST, "digest_time": time(9)}  # in Seoul


async def test_a_digest_chat_gets_one_message_listing_the_three_cases_that_moved(
    tmp_path: Path,
) -> None:
    async with rig(tmp_path, NOW) as r:  # 23:00 in Seoul
        r.subscribe(NIGHT_OWL, "ko", urgent_override=False, **DIGEST_AT_NINE)
        r.subscribe(SUBSCRIBER)  # instant: hears each case alone
        r.add_feed("wire", [DETAINED, RELEASED, FREED_IN_LAOS])
        await r.poll()
        r.publish("wire", [DETAINED, RELEASED, FREED_IN_LAOS, FACING_RETURN])
        await r.poll()  # the Dandong case moves again: still one line
        r.clock.advance(hours=10)  # 09:00 in Seoul
        await r.digest_time()
        async with r.delivering():
            await r.until(lambda: len(r.api.sent(SUBSCRIBER)) == 3, "the instant chat's three")
            await r.until(lambda: r.api.sent(NIGHT_OWL), "the digest")
        (digest,) = r.api.sent_raw(NIGHT_OWL)
        lines = digest["_raw_text"].splitlines()[1:]
        assert len(lines) == 3
        assert sum("Dandong" in line or "단둥" in line for line in lines) == 1
        assert all("/case C" in line and "start=case_" in line for line in lines)
        assert "강제북송 위기" in digest["text"]  # the Dandong case's status now, in Korean


FREED_ELSEWHERE = Entry(
    "Four North Koreans freed in Chiang Rai",
    "https://other.example/chiang-rai",
    None,
    "Thai authorities in Chiang Rai released four North Korean refugees this week; they are "
    "expected to fly to Seoul, an aid group said.",
    NOW - timedelta(minutes=10),
)
ARRIVED = Entry(
    "North Korean defectors released in Chiang Rai reach Seoul",
    "https://other.example/chiang-rai-seoul",
    None,
    "The four North Korean defectors released in Chiang Rai have arrived in Seoul, the rescue "
    "group said.",
    NOW + timedelta(hours=9),
)


async def test_a_report_landing_while_the_first_alert_waits_joins_it_and_a_later_one_replies(
    tmp_path: Path,
) -> None:
    async with rig(tmp_path, NOW) as r:  # 23:00 in Seoul: the first alert waits for 07:00
        r.subscribe(NIGHT_OWL, "ko", **QUIET)
        r.add_feed("wire", [RELEASED])
        r.add_feed("other", [])
        await r.poll()
        r.publish("other", [FREED_ELSEWHERE])
        (joined,) = (await r.poll()).events
        assert joined.case is not None and not joined.case.is_new
        r.clock.advance(hours=8)  # 07:00 in Seoul
        async with r.delivering():
            (first,) = await r.until(lambda: r.api.sent(NIGHT_OWL), "the first alert")
        assert "Chiang Rai" in first["text"] or "치앙라이" in first["text"]
        assert "추가 보도" in first["text"]  # "also reported", with the second outlet
        assert "보도 매체 2곳" in first["text"] and "매체 1곳" not in first["text"]  # 2 outlets
        r.clock.advance(hours=2)
        r.publish("other", [FREED_ELSEWHERE, ARRIVED])
        await r.poll()
        async with r.delivering():
            await r.until(lambda: len(r.api.sent(NIGHT_OWL)) == 2, "the update")
        update = r.api.sent(NIGHT_OWL)[1]
        assert update["reply_to_message"]["message_id"] == first["message_id"]


async def test_setstatus_reaches_each_following_chat_as_a_reply_to_its_first_alert(
    tmp_path: Path,
) -> None:
    async with rig(tmp_path, NOW - timedelta(hours=10)) as r:  # 13:00 in Seoul
        r.subscribe(SUBSCRIBER)
        r.subscribe(NIGHT_OWL, "ko", **QUIET)
        r.add_feed("wire", [DETAINED])
        await r.poll()
        async with r.delivering():
            await r.until(lambda: r.api.sent(SUBSCRIBER) and r.api.sent(NIGHT_OWL), "alerts")
        r.subscribe(LATECOMER)  # subscribed after the alert: does not follow the case
        r.clock.advance(hours=10)  # 23:00 in Seoul: quiet hours, but the news is urgent
        operator = r.api.user(OPERATOR_ID)
        ops = r.api.private_chat(operator)
        r.api.user_sends(ops, operator, "/setstatus C1 repatriated")
        assert await r.until(lambda: r.texts(ops["id"]), "the operator's answer") == ["Done. C1"]
        async with r.delivering():
            await r.until(
                lambda: len(r.api.sent(SUBSCRIBER)) == 2 and len(r.api.sent(NIGHT_OWL)) == 2,
                "the correction in both following chats",
            )
        for chat in (SUBSCRIBER, NIGHT_OWL):
            first, correction = r.api.sent(chat)
            assert correction["reply_to_message"]["message_id"] == first["message_id"]
        assert "repatriated" in r.texts(SUBSCRIBER)[1] and "강제북송" in r.texts(NIGHT_OWL)[1]
        assert r.api.sent(LATECOMER) == []


async def test_a_correction_from_the_command_line_reaches_the_followers_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = datetime.now(UTC)  # the command line reads the real clock
    async with rig(tmp_path, today) as r:
        r.subscribe(SUBSCRIBER)
        r.add_feed("wire", [replace(DETAINED, published=today - timedelta(hours=1))])
        await r.poll()
        async with r.delivering():
            (first,) = await r.until(lambda: r.api.sent(SUBSCRIBER), "the alert")
        monkeypatch.setenv("REPATWATCH_DATABASE_URL", r.runtime.settings.database_url)
        argv = ["case", "C1", "--status", "facing_repatriation", "--actor", "mina"]
        assert await asyncio.to_thread(main, argv) == 0
        r.clock.current = datetime.now(UTC)  # the sender's clock reaches the command's moment
        async with r.delivering():
            await r.until(lambda: len(r.api.sent(SUBSCRIBER)) == 2, "the correction")
        correction = r.api.sent(SUBSCRIBER)[1]
        assert correction["reply_to_message"]["message_id"] == first["message_id"]
        assert "facing repatriation" in correction["text"]
