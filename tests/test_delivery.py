"""The sender delivers the outbox through python-telegram-bot to the fake Bot API on 127.0.0.1.

Real parts throughout: PTB's Bot, HTTP on loopback, a migrated SQLite file (PostgreSQL for the
two-sender test). Waits are checked in the fake server's call log, never against a stopwatch.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import telegram
from clocks import SetClock
from fakebotapi import FakeBotAPI, Fault
from sqlalchemy.orm import Session, sessionmaker
from telegram.request import HTTPXRequest

from bot.delivery.failures import FailedSend, Outage
from bot.delivery.message import Button, DeliveryState, Message, MessageKind
from bot.delivery.pacing import CHAT_BURST, CHAT_INTERVAL
from bot.delivery.sender import Sender, SenderConfig
from bot.delivery.telegram import TelegramNotifier
from bot.store import chats, outbox
from bot.store.base import DbRunner, make_engine, make_session_factory, session_scope, upgrade
from bot.store.outbox import OutboxRow
from bot.store.reports import Report

# Retries and waits in these tests are about what the sender decides, not Telegram's clock: a
# retry to the same chat need not wait the per-chat second. The tests of the limits keep it, and
# so does the blocked chat's: the second's spacing is what lets its first answer stop the next.
FAST = {
    "backoff_base": 0.01,
    "idle_wait": 0.01,
    "heartbeat_ttl": 5.0,
    "chat_interval": 0.05,
    "outage_pause_first": 0.01,
    "outage_pause_cap": 0.05,
}


@pytest.fixture
def factory(sqlite_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(sqlite_url)
    upgrade(engine)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[telegram.Bot]:
    async with telegram.Bot(
        api.token, base_url=api.base_url, request=HTTPXRequest(connection_pool_size=8)
    ) as client:
        yield client


class Recorder:
    """Remembers the failed deliveries and outages the sender told the operators about."""

    def __init__(self) -> None:
        self.failed: list[FailedSend] = []
        self.outages: list[Outage] = []

    async def on_failed(self, failure: FailedSend) -> None:
        self.failed.append(failure)

    async def on_outage(self, outage: Outage) -> None:
        self.outages.append(outage)


def _now() -> datetime:
    return datetime.now(UTC)


def _report(factory: sessionmaker[Session], n: int = 1) -> list[int]:
    with session_scope(factory) as session:
        rows = [
            Report(key=f"k{i}-{_now().timestamp()}", fingerprint=f"f{i}-{_now().timestamp()}",
                   title="t", summary="", first_seen_at=_now())
            for i in range(n)
        ]  # fmt: skip
        session.add_all(rows)
        session.flush()
        return [r.id for r in rows]


def _enqueue(factory: sessionmaker[Session], *messages: Message) -> None:
    with session_scope(factory) as session:
        outbox.enqueue(session, messages, now=_now())


def _subscribed(factory: sessionmaker[Session], chat_id: int) -> None:
    with session_scope(factory) as session:
        chats.record_chat(session, chat_id, type="group", title=None, now=_now())
        chats.subscribe(session, chat_id, now=_now())


def _subscribers(factory: sessionmaker[Session]) -> list[int]:
    with session_scope(factory) as session:
        return chats.active_chat_ids(session)


def _alert(chat_id: int, report_id: int, **extra: Any) -> Message:
    fields: dict[str, Any] = {"kind": MessageKind.ALERT, "text": f"<b>Detention</b> #{report_id}"}
    fields.update(extra)
    return Message(chat_id=chat_id, report_id=report_id, **fields)


async def _drain(factory: sessionmaker[Session], bot: telegram.Bot, rec: Recorder | None = None,
                 worker: str = "w1", **config: Any) -> None:  # fmt: skip
    cfg = SenderConfig(worker_id=worker, **{**FAST, **config})
    hooks = {"on_failed": rec.on_failed, "on_outage": rec.on_outage} if rec else {}
    sender = Sender(DbRunner(factory), TelegramNotifier(bot), cfg, **hooks)  # type: ignore[arg-type]
    await asyncio.wait_for(sender.drain(), 30)


def _rows(factory: sessionmaker[Session]) -> list[OutboxRow]:
    with session_scope(factory) as session:
        return list(session.query(OutboxRow).order_by(OutboxRow.id))


async def test_an_alert_arrives_as_html_with_buttons_and_no_preview(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    (report,) = _report(factory)
    buttons = ((Button("Case summary", data="case:3"),
                Button("Not relevant", data="nr:3")),)  # fmt: skip
    _enqueue(factory, _alert(101, report, buttons=buttons))
    await _drain(factory, bot)
    (message,) = api.sent(101)
    (row,) = _rows(factory)
    assert message["text"] == f"Detention #{report}"
    assert [b["text"] for b in message["reply_markup"]["inline_keyboard"][0]] == [
        "Case summary",
        "Not relevant",
    ]
    assert message["link_preview_options"] == {"is_disabled": True}
    assert (row.state, row.telegram_message_id) == (DeliveryState.SENT, message["message_id"])


async def test_an_alert_enqueued_twice_is_sent_once(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    (report,) = _report(factory)
    _enqueue(factory, _alert(101, report))
    _enqueue(factory, _alert(101, report))
    await _drain(factory, bot)
    assert len(api.sent(101)) == 1


async def test_a_case_update_replies_to_the_chats_first_alert(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    first, later = _report(factory, 2)
    _enqueue(factory, _alert(101, first, case_id=4))
    await _drain(factory, bot)
    _enqueue(factory, _alert(101, later, case_id=4, kind=MessageKind.UPDATE, text="Update"))
    await _drain(factory, bot)
    alert, update = api.sent(101)
    assert update["reply_to_message"]["message_id"] == alert["message_id"]


async def test_an_update_whose_alert_was_deleted_is_sent_without_reply(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    first, later = _report(factory, 2)
    _enqueue(factory, _alert(101, first, case_id=4))
    await _drain(factory, bot)
    api.fail_next("sendMessage", Fault.bad_request("message to be replied not found"))
    _enqueue(factory, _alert(101, later, case_id=4, kind=MessageKind.UPDATE, text="Update"))
    await _drain(factory, bot)
    retried = api.calls("sendMessage")[-1]
    assert "reply_parameters" not in retried.params
    assert [m["text"] for m in api.sent(101)] == [f"Detention #{first}", "Update"]


async def test_retry_after_is_waited_out_and_not_counted_as_a_failure(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    (report,) = _report(factory)
    api.fail_next("sendMessage", Fault.retry_after(1), chat_id=101)
    _enqueue(factory, _alert(101, report))
    await _drain(factory, bot)
    refused, accepted = api.calls("sendMessage")
    (row,) = _rows(factory)
    assert (refused.status, accepted.status) == (429, 200)
    assert accepted.at - refused.at >= 0.95  # waited as told (the server's own clock)
    assert (row.state, row.attempts) == (DeliveryState.SENT, 1)


async def test_a_chat_that_blocked_the_bot_is_deactivated_and_its_alerts_dropped(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    r1, r2 = _report(factory, 2)
    _subscribed(factory, 101)
    api.block(101)
    _enqueue(factory, _alert(101, r1), _alert(101, r2), _alert(102, r1))
    await _drain(
        factory, bot, chat_interval=CHAT_INTERVAL
    )  # its second alert waits for the first's answer
    assert _subscribers(factory) == []
    assert len(api.calls("sendMessage")) == 2  # one refused for 101, one delivered to 102
    assert [r.state for r in _rows(factory)] == [
        DeliveryState.DROPPED,
        DeliveryState.DROPPED,
        DeliveryState.SENT,
    ]


async def test_a_migrated_group_gets_its_alert_at_the_new_id(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    (report,) = _report(factory)
    group = api.group("Watchers")
    _subscribed(factory, group["id"])
    new_group = api.group_migrated(group, api.user())
    _enqueue(factory, _alert(group["id"], report))
    await _drain(factory, bot)
    (row,) = _rows(factory)
    assert _subscribers(factory) == [new_group["id"]]
    assert len(api.sent(new_group["id"])) == 1
    assert (row.chat_id, row.state) == (new_group["id"], DeliveryState.SENT)


async def test_a_server_error_is_retried_then_delivered(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    (report,) = _report(factory)
    api.fail_next("sendMessage", Fault.server_error(502))
    _enqueue(factory, _alert(101, report))
    await _drain(factory, bot)
    assert [c.status for c in api.calls("sendMessage")] == [502, 200]


async def test_server_errors_never_end_a_row_however_many_before_the_horizon(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    (report,) = _report(factory)
    api.fail_next("sendMessage", Fault.server_error(500), times=12)
    _enqueue(factory, _alert(101, report))
    rec = Recorder()
    await _drain(factory, bot, rec)
    assert [c.status for c in api.calls("sendMessage")] == [500] * 12 + [200]
    (row,) = _rows(factory)
    assert row.state == DeliveryState.SENT and rec.failed == []


async def test_a_message_still_failing_past_the_horizon_is_given_up_and_reported(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    (report,) = _report(factory)
    api.fail_next("sendMessage", Fault.bad_gateway(), times=5)
    _enqueue(factory, _alert(101, report))
    rec = Recorder()
    await _drain(factory, bot, rec, horizon=timedelta(0))
    assert len(api.calls("sendMessage")) == 1
    (row,) = _rows(factory)
    assert row.state == DeliveryState.FAILED
    assert [(f.chat_id, f.expired) for f in rec.failed] == [(101, True)]
    assert "still failing after 0 h" in rec.failed[0].error


async def test_after_an_outage_the_queue_drains_in_claim_order_and_the_outage_is_told_once(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    """Every send fails for a while, then Telegram answers: urgent first, then oldest."""
    reports = _report(factory, 12)
    urgent = {3, 7, 11}
    _enqueue(
        factory,
        *[_alert(200 + n, r, urgent=n in urgent) for n, r in enumerate(reports)],
    )
    api.fail_next("sendMessage", Fault.bad_gateway(), times=9)
    rec = Recorder()
    # One at a time, and no per-chat second (the outage would outlast it): the order shows.
    await _drain(factory, bot, rec, max_in_flight=1, chat_interval=0.0)
    delivered = [c.chat_id for c in api.calls("sendMessage") if c.ok]
    expected = [200 + n for n in sorted(range(12), key=lambda n: (n not in urgent, n))]
    assert delivered == expected
    assert [(o.over, o.failed_sends) for o in rec.outages] == [(False, 3), (True, 0)]
    assert "Bad Gateway" in rec.outages[0].error and "<html>" not in rec.outages[0].error
    assert rec.failed == []
    assert {r.state for r in _rows(factory)} == {DeliveryState.SENT}


async def test_a_message_telegram_refuses_fails_at_once(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    (report,) = _report(factory)
    _enqueue(factory, _alert(101, report, text="<b>unclosed"))
    rec = Recorder()
    await _drain(factory, bot, rec)
    assert len(api.calls("sendMessage")) == 1
    assert "parse entities" in (rec.failed[0].error if rec.failed else "")


async def test_rows_claimed_by_a_crashed_sender_are_sent_after_restart(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    (report,) = _report(factory)
    _enqueue(factory, *[_alert(chat, report) for chat in (101, 102, 103)])
    with session_scope(factory) as session:  # the crashed sender: claimed, then died
        outbox.heartbeat(session, "crashed", now=_now(), ttl_seconds=0.01)
        outbox.claim_batch(session, worker_id="crashed", now=_now(), limit=10, lease_seconds=600)
    await asyncio.sleep(0.02)
    await _drain(factory, bot, worker="restarted")
    assert [len(api.sent(chat)) for chat in (101, 102, 103)] == [1, 1, 1]


async def test_alerts_for_one_chat_go_at_once_up_to_a_short_burst_then_a_second_apart(
    factory: sessionmaker[Session],
) -> None:
    reports = _report(factory, CHAT_BURST + 2)
    _enqueue(factory, *[_alert(101, r) for r in reports], _alert(102, reports[0]))
    async with (
        FakeBotAPI(flood_limits=True) as api,
        telegram.Bot(api.token, base_url=api.base_url) as bot,
    ):
        await _drain(factory, bot, chat_interval=CHAT_INTERVAL)
        times = [c.at for c in api.calls("sendMessage") if c.chat_id == 101]
        assert api.count_429 == 0
        assert len(api.sent(101)) == CHAT_BURST + 2 and len(api.sent(102)) == 1
        # The burst went at once: all of it before chat 102's one alert, queued after it, which
        # messages paced a second apart from the first would have let go second.
        order = [c.chat_id for c in api.calls("sendMessage") if c.ok]
        assert order.index(102) >= CHAT_BURST
        burst, rest = times[:CHAT_BURST], times[CHAT_BURST:]
        # After the burst, the n-th message reaches Telegram no sooner than n seconds after the
        # first (a token bucket, as Telegram counts): one request slowed on the way in may leave
        # the next less than a second behind it without either going early.
        assert all(t - burst[0] >= 0.99 * n for n, t in enumerate(rest, start=1))


async def test_a_burst_whose_first_request_reaches_telegram_late_draws_no_429(
    factory: sessionmaker[Session],
) -> None:
    """Under load the first request of a burst arrived 0.1 s after the sender started it, and the
    message after the burst, sent a second later by the sender's clock, drew a 429."""
    reports = _report(factory, CHAT_BURST + 2)
    _enqueue(factory, *[_alert(101, r) for r in reports])
    async with (
        FakeBotAPI(flood_limits=True) as api,
        telegram.Bot(api.token, base_url=api.base_url) as bot,
    ):
        api.fail_next("sendMessage", Fault(delay=0.1), chat_id=101)  # slowed on the way in
        await _drain(factory, bot, chat_interval=CHAT_INTERVAL)
        assert api.count_429 == 0 and len(api.sent(101)) == CHAT_BURST + 2


@pytest.mark.postgres
async def test_two_senders_share_one_postgres_outbox_without_duplicates(
    postgres_url: str,
) -> None:
    engine = make_engine(postgres_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    try:
        (report,) = _report(factory)
        _enqueue(factory, *[_alert(chat, report) for chat in range(1, 41)])
        async with (
            FakeBotAPI(flood_limits=True) as api,
            telegram.Bot(api.token, base_url=api.base_url) as bot,
        ):
            await asyncio.gather(
                _drain(factory, bot, worker="a", batch_size=5, chat_interval=CHAT_INTERVAL),
                _drain(factory, bot, worker="b", batch_size=5, chat_interval=CHAT_INTERVAL),
            )
            assert [len(api.sent(chat)) for chat in range(1, 41)] == [1] * 40
            assert api.count_429 == 0
    finally:
        engine.dispose()


async def test_a_second_sender_sends_nothing_until_the_first_has_slowed_down(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    """The first sender runs at the whole rate until its next heartbeat counts the newcomer; the
    newcomer waits for that beat (late, but within three beats) and a second more, so that
    together they never put more than 30 messages into one second."""
    (report,) = _report(factory)
    _enqueue(factory, _alert(101, report))
    with session_scope(factory) as session:  # the first sender, alive, not beaten since
        outbox.heartbeat(session, "first", now=_now(), ttl_seconds=60)
    config = SenderConfig(
        worker_id="second", **{**FAST, "heartbeat_ttl": 60.0, "beat_interval": 5.0}
    )
    sender = Sender(DbRunner(factory), TelegramNotifier(bot), config)
    draining = asyncio.create_task(sender.drain())
    await asyncio.sleep(2.5)  # longer than a fixed wait of 1.5 heartbeats would last
    assert api.sent_count == 0
    with session_scope(factory) as session:  # the first sender's next beat, late
        outbox.heartbeat(session, "first", now=_now(), ttl_seconds=60)
    beaten = asyncio.get_running_loop().time()
    await asyncio.wait_for(draining, 30)
    assert len(api.sent(101)) == 1
    assert asyncio.get_running_loop().time() - beaten >= 1.0


async def test_a_sender_restarted_after_a_crash_does_not_wait_out_its_old_heartbeat(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    """A SIGKILLed sender leaves its heartbeat behind until it expires; the new process (another
    pid, so another worker id) stops waiting for it after three missed beats, not a minute."""
    (report,) = _report(factory)
    _enqueue(factory, _alert(101, report))
    with session_scope(factory) as session:
        outbox.heartbeat(session, "killed", now=_now(), ttl_seconds=60)
    config = SenderConfig(
        worker_id="restarted", **{**FAST, "heartbeat_ttl": 60.0, "beat_interval": 0.2}
    )
    sender = Sender(DbRunner(factory), TelegramNotifier(bot), config)
    await asyncio.wait_for(sender.drain(), 20)
    assert len(api.sent(101)) == 1


class WatchedRunner(DbRunner):
    """The sender's database runner, telling the test when the sender has gone to sleep."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        super().__init__(factory)
        self.asleep = asyncio.Event()

    async def __call__(self, work: Any, *args: Any, **kwargs: Any) -> Any:
        result = await super().__call__(work, *args, **kwargs)
        if work is outbox.next_due_at:  # asked when to wake up: nothing was due
            self.asleep.set()
        return result


async def test_an_idle_sender_is_woken_by_the_commit_that_queues_a_message(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    (report,) = _report(factory)
    runner = WatchedRunner(factory)
    config = SenderConfig(worker_id="service", **{**FAST, "idle_wait": 600.0})
    sender = Sender(runner, TelegramNotifier(bot), config)
    running = asyncio.create_task(sender.run())
    await asyncio.wait_for(runner.asleep.wait(), 10)
    _enqueue(factory, _alert(101, report))  # no poll would look for ten minutes
    await api.until_sent(1)
    sender.stop()
    await asyncio.wait_for(running, 10)
    assert len(api.sent(101)) == 1


@pytest.mark.postgres
async def test_an_idle_sender_is_woken_by_another_workers_commit_on_postgres(
    postgres_url: str, api: FakeBotAPI, bot: telegram.Bot
) -> None:
    ours, theirs = (
        make_engine(postgres_url),
        make_engine(postgres_url),
    )  # two processes, as it were
    try:
        factory, other = make_session_factory(ours), make_session_factory(theirs)
        (report,) = _report(other)
        runner = WatchedRunner(factory)
        config = SenderConfig(worker_id="ours", **{**FAST, "idle_wait": 600.0})
        sender = Sender(runner, TelegramNotifier(bot), config)
        running = asyncio.create_task(sender.run())
        await asyncio.wait_for(runner.asleep.wait(), 10)
        _enqueue(other, _alert(101, report))  # committed by the other worker's engine
        await api.until_sent(1)
        sender.stop()
        await asyncio.wait_for(running, 10)
        assert len(api.sent(101)) == 1
    finally:
        ours.dispose()
        theirs.dispose()


async def test_an_idle_sender_wakes_when_a_held_message_falls_due(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    (report,) = _report(factory)
    config = SenderConfig(worker_id="service", **{**FAST, "idle_wait": 600.0})
    sender = Sender(DbRunner(factory), TelegramNotifier(bot), config)
    soon = _now() + timedelta(seconds=0.3)  # quiet hours ending, say
    _enqueue(factory, _alert(101, report, deliver_after=soon))
    running = asyncio.create_task(sender.run())
    await api.until_sent(1)
    sender.stop()
    await asyncio.wait_for(running, 10)
    assert len(api.sent(101)) == 1


class StallingRunner(DbRunner):
    """The sender's database runner on a machine that stalls: right after the sender's first
    claim, wall time jumps ahead by `stall` before the sender's next step."""

    def __init__(self, factory: sessionmaker[Session], clock: SetClock, stall: timedelta) -> None:
        super().__init__(factory)
        self.clock, self.stall = clock, stall
        self.stalled = False

    async def __call__(self, work: Any, *args: Any, **kwargs: Any) -> Any:
        result = await super().__call__(work, *args, **kwargs)
        if work is outbox.claim_batch and not self.stalled:
            self.stalled = True
            self.clock.advance(seconds=self.stall.total_seconds())
        return result


async def test_a_message_falling_due_during_a_stall_after_the_claim_goes_without_an_idle_wait(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    """The claim finds nothing due; by the time the sender asks when the next message falls due,
    the held one has: it goes at once, not after the ten minutes of idle_wait."""
    (report,) = _report(factory)
    clock = SetClock(_now())
    _enqueue(factory, _alert(101, report, deliver_after=clock.now() + timedelta(seconds=30)))
    runner = StallingRunner(factory, clock, stall=timedelta(seconds=60))
    config = SenderConfig(worker_id="service", **{**FAST, "idle_wait": 600.0})
    sender = Sender(runner, TelegramNotifier(bot), config, clock=clock)
    running = asyncio.create_task(sender.run())
    await api.until_sent(1)
    sender.stop()
    await asyncio.wait_for(running, 10)
    assert runner.stalled and len(api.sent(101)) == 1


async def test_a_sender_stopped_while_it_waits_out_a_flood_limit_leaves_at_once(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    """The stop lands in the flood wait, between two claims: no idle wait may follow it."""
    (report,) = _report(factory)
    _enqueue(factory, _alert(101, report))
    api.fail_next("sendMessage", Fault.retry_after(60))
    config = SenderConfig(worker_id="service", **{**FAST, "idle_wait": 600.0})
    sender = Sender(DbRunner(factory), TelegramNotifier(bot), config)
    running = asyncio.create_task(sender.run())
    for _ in range(1000):  # until Telegram has refused the first send
        if api.calls("sendMessage"):
            break
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.2)  # the sender now holds every send for the minute Telegram asked
    sender.stop()
    await asyncio.wait_for(running, 10)  # not the rest of that minute, idling
    assert api.sent(101) == []


async def test_a_running_sender_delivers_new_rows_and_stops_cleanly(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    (report,) = _report(factory)
    config = SenderConfig(worker_id="service", **FAST)
    sender = Sender(DbRunner(factory), TelegramNotifier(bot), config)
    running = asyncio.create_task(sender.run())
    await asyncio.sleep(0.05)
    _enqueue(factory, _alert(101, report))
    await api.until_sent(1)
    sender.stop()
    await asyncio.wait_for(running, 10)
    with session_scope(factory) as session:
        outbox.heartbeat(session, "probe", now=_now(), ttl_seconds=1)
        live = outbox.live_senders(session, now=_now())
    assert len(api.sent(101)) == 1
    assert live == 1  # the stopped sender took its heartbeat with it


async def test_urgent_news_overtakes_the_rest_of_a_batch_already_being_sent(
    factory: sessionmaker[Session], api: FakeBotAPI, bot: telegram.Bot
) -> None:
    reports = _report(factory, 61)
    background = [_alert(2000 + n, r, silent=True) for n, r in enumerate(reports[:60])]
    _enqueue(factory, *background)
    config = SenderConfig(worker_id="w1", batch_size=60, **FAST)
    sender = Sender(DbRunner(factory), TelegramNotifier(bot), config)
    running = asyncio.create_task(sender.run())
    await api.until_sent(3)
    _enqueue(factory, _alert(999, reports[60], urgent=True))
    before = api.sent_count
    for _ in range(1000):
        if api.sent(999):
            break
        await asyncio.sleep(0.01)
    sender.stop()
    await asyncio.wait_for(running, 10)
    sends = [int(c.params["chat_id"]) for c in api.calls("sendMessage") if c.ok]
    ahead = sends.index(999) - before
    assert ahead < (60 - before) // 2, f"{ahead} background messages went first"
