"""Fan-out of one alert to 1,000 chats through the fake Bot API, which enforces Telegram's limits.

Usage: python bench/fanout.py [--chats 1000] [--senders N] [--postgres URL] [--only clean|killed|mixed]
       python bench/fanout.py --channel [--paper-chats 100000] [--channel-chats 10000]

The fake Bot API (strictest reading of Telegram's flood limits) runs in a thread of this process;
the real sender (bot.delivery.sender.Sender + PTB's Bot pointed at the fake by base_url) runs in a
subprocess on an SQLite outbox. Run 1 prints the total time (target <= 35 s for 1,000; the limit is
33.3 s) and the 429s (target 0). Run 2 SIGKILLs the sender midway, restarts it, and prints how many
alerts were lost (target 0) and duplicated (target: at most the sends in flight). With
`--senders 2 --postgres postgresql+psycopg://postgres@127.0.0.1:5432/test`, run 1 drains one
PostgreSQL outbox with two sender processes (they must not duplicate, and stay under 30/s together).
Run 3 is a mixed queue: one background (silent) message to each chat is queued and the sender starts
on it; after the first 100 go out, one urgent alert to the same chats is queued. It prints when the
last urgent message went out, counted from when it was queued (target: within the time the chats'
messages alone take, about 34 s for 1,000), how many background messages went out meanwhile, and
the 429s (target 0).

`--channel` runs a section of its own instead: the time to reach everyone, with and without a
channel carrying the alert. On paper, the pacing model (bot.delivery.pacing.Pacer, the sender's
own schedule) is stepped through `--paper-chats` private chats (100,000 by default), and through
the same audience when a share of it reads the alert in a linked channel instead (one post,
queued first, reaches all its readers at once). Measured, one urgent alert to a channel plus
`--channel-chats` private chats (10,000 by default; about 6 minutes) goes through the real sender
and the fake Bot API: when the channel post went out (everyone reading the channel reached), and
when the last private chat got its copy (everyone reached without a channel).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fakebotapi import FakeBotAPI  # noqa: E402

from bot.delivery.links import start_button  # noqa: E402
from bot.delivery.message import Button, Message, MessageKind  # noqa: E402
from bot.store import outbox  # noqa: E402
from bot.store.base import make_engine, make_session_factory, session_scope, upgrade  # noqa: E402
from bot.store.reports import Report  # noqa: E402

FIRST_CHAT = 10_001
TEXT = (
    "<b>Detention reported</b>\nWho: a family of four\nWhere: a border city\n"
    "Status: detained\nWhy flagged: <i>detained</i>, <i>repatriation</i>\n"
    '<a href="https://news.example/1">Source</a>'
)


def prepare(db_url: str, chats: int, *, urgent: bool = False, report: int = 1) -> None:
    """One alert (report `report`) owed to `chats` chats; urgent, or background and silent."""
    engine = make_engine(db_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    now = datetime.now(UTC)
    with session_scope(factory) as session:
        row = Report(key=f"bench:{report}", fingerprint=f"bench:{report}", title="Bench",
                     summary="", first_seen_at=now)  # fmt: skip
        session.add(row)
        session.flush()
        buttons = ((Button("Case summary", data=f"case:{report}"),
                    Button("Not relevant", data=f"nr:{report}")),)  # fmt: skip
        alert = Message(TEXT, buttons, report_id=row.id, case_id=report, urgent=urgent,
                        silent=not urgent)  # fmt: skip
        rows = [alert.to(FIRST_CHAT + i, MessageKind.ALERT) for i in range(chats)]
        outbox.enqueue(session, rows, now=now)
    engine.dispose()


def spawn_sender(db_url: str, api: FakeBotAPI, worker: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PTB_TIMEDELTA": "1"}
    command = [sys.executable, __file__, "--sender", db_url, api.base_url, api.token, worker]
    return subprocess.Popen(command, env=env)


def run_sender(db_url: str, base_url: str, token: str, worker: str) -> None:
    """The subprocess: drain the outbox until nothing is owed."""
    import telegram
    from telegram.request import HTTPXRequest

    from bot.delivery.sender import Sender, SenderConfig
    from bot.delivery.telegram import TelegramNotifier
    from bot.store.base import DbRunner

    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)

    async def main() -> None:
        engine = make_engine(db_url)
        try:
            request = HTTPXRequest(connection_pool_size=8)
            async with telegram.Bot(token, base_url=base_url, request=request) as bot:
                sender = Sender(DbRunner(make_session_factory(engine)), TelegramNotifier(bot),
                                SenderConfig(worker_id=worker))  # fmt: skip
                await sender.drain()
        finally:
            engine.dispose()

    asyncio.run(main())


def sends(api: FakeBotAPI) -> list[float]:
    return [c.at for c in api.calls("sendMessage") if c.ok]


def delivered_per_chat(api: FakeBotAPI, chats: int) -> list[int]:
    return [len(api.sent(FIRST_CHAT + i)) for i in range(chats)]


def report(api: FakeBotAPI, chats: int) -> list[int]:
    counts = delivered_per_chat(api, chats)
    times = sends(api)
    span = times[-1] - times[0]
    print(f"  delivered: {sum(counts)}/{chats}   lost: {counts.count(0)}   "
          f"duplicated: {sum(n - 1 for n in counts if n > 1)}   429s: {api.count_429}")  # fmt: skip
    print(
        f"  delivery time (first to last send): {span:.1f} s ({(len(times) - 1) / span:.1f} msg/s)"
    )
    return counts


def run_clean(chats: int, db_url: str, senders: int) -> None:
    prepare(db_url, chats)
    with FakeBotAPI(flood_limits=True) as api:
        started = time.monotonic()
        processes = [spawn_sender(db_url, api, f"bench-clean-{i}") for i in range(senders)]
        for process in processes:
            process.wait()
        wall = time.monotonic() - started
        print(f"run 1: {senders} sender process(es), one alert to {chats} chats")
        print(f"  total time (process start to exit): {wall:.1f} s")
        report(api, chats)


def run_killed(chats: int, db_url: str) -> None:
    prepare(db_url, chats)
    with FakeBotAPI(flood_limits=True) as api:
        started = time.monotonic()
        first = spawn_sender(db_url, api, "bench-first")
        while api.sent_count < chats // 2 and first.poll() is None:
            time.sleep(0.02)
        os.kill(first.pid, signal.SIGKILL)
        first.wait()
        at_kill = api.sent_count
        spawn_sender(db_url, api, "bench-restarted").wait()
        wall = time.monotonic() - started
        print(f"run 2: sender SIGKILLed after {at_kill} sends, then restarted")
        print(f"  total time (first start to last exit): {wall:.1f} s")
        report(api, chats)


def run_mixed(chats: int, db_url: str) -> None:
    prepare(db_url, chats, urgent=False, report=1)
    with FakeBotAPI(flood_limits=True) as api:
        sender = spawn_sender(db_url, api, "bench-mixed")
        api.wait_sent(min(100, chats), timeout=60)
        prepare(db_url, chats, urgent=True, report=2)
        queued_at = time.monotonic()
        sender.wait()
        urgent, background = [], []
        for call in api.calls("sendMessage"):
            if call.ok:
                silent = bool(call.params.get("disable_notification"))
                (background if silent else urgent).append(call.at)
        last = max(urgent)
        meanwhile = sum(1 for at in background if queued_at <= at <= last)
        print(f"run 3: {chats} background messages queued, then one urgent alert to {chats} chats")
        print(f"  last urgent message out {last - queued_at:.1f} s after it was queued "
              f"({len(urgent)} urgent sent; {meanwhile} background messages went out meanwhile)")  # fmt: skip
        print(f"  all done {max(background) - queued_at:.1f} s after the urgent alert was queued;"
              f" 429s: {api.count_429}")  # fmt: skip
        counts = delivered_per_chat(api, chats)
        print(f"  delivered: {sum(counts)}/{2 * chats}   lost: {sum(max(0, 2 - n) for n in counts)}"
              f"   duplicated: {sum(max(0, n - 2) for n in counts)}")  # fmt: skip


def paper_time(chats: int) -> float:
    """Seconds until the last of `chats` private chats gets one alert, by the sender's pacer."""
    from bot.delivery.pacing import Pacer

    pacer, now = Pacer(), 0.0
    for chat in range(FIRST_CHAT, FIRST_CHAT + chats):
        now = pacer.ready_at(chat, is_group=False, now=now)
        pacer.record_send(chat, is_group=False, at=now)
    return now


def run_channel_paper(chats: int) -> None:
    print(f"channel, on paper: one alert to an audience of {chats:,} (pacing model)")
    for share in (0.0, 0.5, 0.9, 0.99, 1.0):
        private = round(chats * (1 - share))
        # The channel post goes first (one slot); then the private chats, one slot each.
        last = paper_time(private + (1 if share else 0))
        via = f"{chats - private:,} in a channel + {private:,} private" if share else "no channel"
        print(f"  {via:>40}: everyone reached after {last:,.1f} s ({last / 60:.1f} min)")


def run_channel_measured(chats: int, db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    with FakeBotAPI(flood_limits=True) as api:
        admin = api.user(first_name="Channel Admin")
        channel = api.channel("Network Alerts", "netalerts")
        api.bot_promoted(channel, admin)
        now = datetime.now(UTC)
        with session_scope(factory) as session:
            row = Report(key="bench:channel", fingerprint="bench:channel", title="Bench",
                         summary="", first_seen_at=now)  # fmt: skip
            session.add(row)
            session.flush()
            alert = Message(TEXT, report_id=row.id, case_id=1, urgent=True)
            post = Message(TEXT, ((start_button("Case C1 in the bot", "case_1"),),),
                           report_id=row.id, case_id=1, urgent=True)  # fmt: skip
            rows = [post.to(channel["id"], MessageKind.ALERT)]
            rows += [alert.to(FIRST_CHAT + i, MessageKind.ALERT) for i in range(chats)]
            outbox.enqueue(session, rows, now=now)
        engine.dispose()
        spawn_sender(db_url, api, "bench-channel").wait()
        started = min(c.at for c in api.calls())  # the sender's first request (its getMe)
        posted = next(
            c.at for c in api.calls("sendMessage") if c.params["chat_id"] == channel["id"]
        )
        private = [c.at for c in api.calls("sendMessage") if c.ok and c.params["chat_id"] > 0]
        print(f"channel, measured: one urgent alert to a channel and {chats:,} private chats")
        print(f"  channel post out {posted - started:.2f} s after the sender's first request "
              f"(every reader of the channel reached)")  # fmt: skip
        print(f"  last private chat reached {max(private) - started:.1f} s after it "
              f"({len(private):,} sent; {(len(private) - 1) / (max(private) - min(private)):.1f}"
              f" msg/s; 429s: {api.count_429})")  # fmt: skip


def fresh_database(base_url: str | None, workdir: Path, name: str) -> str:
    """An empty database: an SQLite file in workdir, or a new database on the PostgreSQL server."""
    if base_url is None:
        return f"sqlite:///{workdir / name}.db"
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    admin = create_engine(base_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    database = f"rw_bench_{name}_{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{database}"'))
    admin.dispose()
    return base_url.rsplit("/", 1)[0] + f"/{database}"


def drop_databases(base_url: str, urls: list[str]) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    admin = create_engine(base_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        for url in urls:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    admin.dispose()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--sender":
        run_sender(*sys.argv[2:6])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--senders", type=int, default=1, help="sender processes in run 1")
    parser.add_argument(
        "--postgres", metavar="URL", help="a PostgreSQL server URL (a fresh database is made)"
    )
    parser.add_argument("--only", choices=["clean", "killed", "mixed"], help="one run only")
    parser.add_argument(
        "--channel", action="store_true", help="the channel section instead (see above)"
    )
    parser.add_argument("--paper-chats", type=int, default=100_000)
    parser.add_argument("--channel-chats", type=int, default=10_000)
    args = parser.parse_args()
    # The fake Bot API answers from this process: a full garbage collection over everything
    # imported here pauses it ~150 ms, and requests queued meanwhile would then reach its flood
    # model bunched together. Telegram's own servers do not pause like that; freeze the heap.
    gc.collect()
    gc.freeze()
    if args.channel:
        run_channel_paper(args.paper_chats)
        with tempfile.TemporaryDirectory() as tmp:
            run_channel_measured(args.channel_chats, f"sqlite:///{Path(tmp) / 'channel.db'}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        runs = [args.only] if args.only else ["clean", "killed", "mixed"]
        urls = {name: fresh_database(args.postgres, workdir, name) for name in runs}
        try:
            if "clean" in urls:
                run_clean(args.chats, urls["clean"], args.senders)
            if "killed" in urls:
                run_killed(args.chats, urls["killed"])
            if "mixed" in urls:
                run_mixed(args.chats, urls["mixed"])
        finally:
            if args.postgres:
                drop_databases(args.postgres, list(urls.values()))


if __name__ == "__main__":
    main()
