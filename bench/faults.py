"""Faults during a fan-out: a Bot API outage of 502s, then `kill -9`, against `repatwatch run` itself.

Usage: python bench/faults.py [--chats 1000] [--outage 200] [--outage-at 300] [--only outage|killed]

The fake Bot API (tests/fakebotapi, Telegram's flood limits at their strictest) runs in a thread of
this process; `repatwatch run` runs as a subprocess, as an operator starts it (token, operators'
chat, one feed on a local server, an SQLite database), with one alert already queued for each of
`--chats` chats.

Run 1, outage: after `--outage-at` alerts went out, every Bot API call answers 502 with nginx's
page (as api.telegram.org's front does when the Bot API behind it is down) for `--outage` seconds,
then Telegram answers again. Midway through the outage an urgent alert (a second report) is queued
for every tenth chat, as the poller would while Telegram is down. Targets: every chat gets its
alerts (1,000 + 100 delivered, 0 failed), duplicates <= the sends in flight (4), operator notices
<= 5, the urgent alerts first once Telegram answers, no 429. Printed: those figures, the requests
made during the outage, and the time from recovery to the last alert.

Run 2, killed: `repatwatch run` is SIGKILLed after half the alerts went out and started again.
Targets: 0 lost, duplicates <= the sends in flight.

`--outage 20` gives a quick run; the issue's figures are for the default 200 s.
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fakebotapi import FakeBotAPI, Fault  # noqa: E402
from feedserver import Entry, FeedServer, rss  # noqa: E402

from bot.delivery.message import Message, MessageKind  # noqa: E402
from bot.store import outbox  # noqa: E402
from bot.store.base import make_engine, make_session_factory, session_scope, upgrade  # noqa: E402
from bot.store.outbox import OutboxRow  # noqa: E402
from bot.store.reports import Report  # noqa: E402

FIRST_CHAT = 20_001
OPERATORS_CHAT = -1001000000777
IN_FLIGHT = 4  # SenderConfig.max_in_flight: a crash may repeat at most these
TEXT = (
    "<b>Detention reported</b>\nWho: a family of four\nWhere: a border city\n"
    'Status: detained\n<a href="https://news.example/1">Source</a>'
)


@dataclass(frozen=True)
class Bench:
    workdir: Path
    chats: int
    feed_url: str

    def chat_ids(self) -> range:
        return range(FIRST_CHAT, FIRST_CHAT + self.chats)

    def urgent(self, chat_id: int) -> bool:
        return (chat_id - FIRST_CHAT) % 10 == 9


def prepare(bench: Bench, db_url: str) -> None:
    """One alert owed to each chat, queued before the service starts."""
    engine = make_engine(db_url)
    upgrade(engine)
    engine.dispose()
    queue(db_url, "faults:1", list(bench.chat_ids()), urgent=False)


def queue(db_url: str, key: str, chats: list[int], *, urgent: bool) -> None:
    """A report's alert owed to `chats`; its text names the report."""
    engine = make_engine(db_url)
    now = datetime.now(UTC)
    with session_scope(make_session_factory(engine)) as session:
        report = Report(key=key, fingerprint=key, title="Bench", summary="", first_seen_at=now)
        session.add(report)
        session.flush()
        alert = Message(f"{TEXT}\n{key}", report_id=report.id, case_id=report.id, urgent=urgent)
        outbox.enqueue(session, [alert.to(c, MessageKind.ALERT) for c in chats], now=now)
    engine.dispose()


def start_service(
    bench: Bench, api: FakeBotAPI, db_url: str, name: str
) -> subprocess.Popen[bytes]:
    feeds = bench.workdir / "feeds.yaml"
    feeds.write_text(
        f"feeds:\n  - name: Harbour\n    url: {bench.feed_url}\n    allow_private: true\n",
        encoding="utf-8",
    )
    base = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "REPATWATCH_"))}
    env = {
        **base,
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_URL": api.url,
        "REPATWATCH_OPERATORS_CHAT": str(OPERATORS_CHAT),
        "REPATWATCH_DATABASE_URL": db_url,
        "REPATWATCH_FEEDS": str(feeds),
        "REPATWATCH_LOG_LEVEL": "WARNING",
        "PTB_TIMEDELTA": "1",
    }
    log = (bench.workdir / f"{name}.log").open("ab")
    return subprocess.Popen([sys.executable, "-m", "bot", "run"], env=env, cwd=bench.workdir,
                            stdout=log, stderr=subprocess.STDOUT)  # fmt: skip


def wait_until(check: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def delivered(api: FakeBotAPI, bench: Bench, *, with_urgent: bool) -> list[int]:
    """How many copies of each alert owed (chat and report) arrived."""
    counts = []
    for chat in bench.chat_ids():
        keys = [report_of(m.get("text", "")) for m in api.sent(chat)]
        owed = ["faults:1", "faults:2"] if with_urgent and bench.urgent(chat) else ["faults:1"]
        counts += [keys.count(key) for key in owed]
    return counts


def states(db_url: str) -> dict[str, int]:
    engine = make_engine(db_url)
    try:
        with session_scope(make_session_factory(engine)) as session:
            return outbox.counts_by_state(session)
    finally:
        engine.dispose()


def owed_to_chats(db_url: str) -> int:
    """Alerts to the subscribers still owed (the operators' notices aside)."""
    engine = make_engine(db_url)
    try:
        with session_scope(make_session_factory(engine)) as session:
            rows = session.query(OutboxRow).filter(
                OutboxRow.chat_id >= FIRST_CHAT, OutboxRow.state.in_(outbox.OPEN_STATES)
            )
            return rows.count()
    finally:
        engine.dispose()


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)


def run_outage(bench: Bench, db_url: str, outage: float, outage_at: int) -> None:
    prepare(bench, db_url)
    with FakeBotAPI(flood_limits=True) as api:
        api.group("Operators", supergroup=True, chat_id=OPERATORS_CHAT)
        service = start_service(bench, api, db_url, "outage")
        try:
            wait_until(lambda: api.sent_count >= outage_at, 120)
            api.outage(Fault.bad_gateway())
            down_at, sent_before = time.monotonic(), api.sent_count
            print(f"run 1: Bot API answers 502 (nginx page) after {sent_before} alerts, "
                  f"for {outage:.0f} s")  # fmt: skip
            time.sleep(outage / 2)
            urgent = [chat for chat in bench.chat_ids() if bench.urgent(chat)]
            queue(db_url, "faults:2", urgent, urgent=True)  # news while Telegram is down
            time.sleep(outage / 2)
            api.outage(None)
            back_at = time.monotonic()
            wait_until(lambda: owed_to_chats(db_url) == 0, 600)
            done_at = time.monotonic()
            # the recovery notice is queued at the operators' desk's next flush (every 15 s)
            wait_until(lambda: len(api.sent(OPERATORS_CHAT)) >= 2, 60)
            wait_until(lambda: states(db_url).get("pending", 0) == 0, 60)
        finally:
            stop(service)
        calls = api.calls("sendMessage")
        during = [c for c in calls if down_at <= c.at < back_at]
        after = [c for c in calls if c.at >= back_at and c.ok and c.chat_id != OPERATORS_CHAT]
        counts = delivered(api, bench, with_urgent=True)
        in_order = urgent_first([report_of(c.params.get("text", "")) for c in after])
        notices = [m.get("text", "") for m in api.sent(OPERATORS_CHAT)]
        final = states(db_url)
        owed = bench.chats + len([c for c in bench.chat_ids() if bench.urgent(c)])
        print(f"  delivered: {sum(1 for n in counts if n)}/{owed}   "
              f"failed: {final.get('failed', 0)}   lost: {counts.count(0)}   "
              f"duplicates: {sum(n - 1 for n in counts if n > 1)} (in flight at most {IN_FLIGHT})"
              f"   429s: {api.count_429}")  # fmt: skip
        print(
            f"  during the outage: {len(during)} sendMessage requests answered 502 "
            f"({len(during) / outage:.2f}/s), {len(api.calls('getUpdates'))} getUpdates in all"
        )
        print(
            f"  after recovery: {len(after)} alerts in {done_at - back_at:.1f} s "
            f"({len(after) / max(done_at - back_at, 0.001):.1f} msg/s); urgent first: {in_order}"
        )
        print(f"  operator notices: {len(notices)}")
        for text in notices:
            print(f"    - {text[:150]}")


def report_of(text: str) -> str:
    return text.rsplit("\n", 1)[-1]


def urgent_first(order: list[str]) -> str:
    """Whether the urgent alerts queued during the outage went before the background ones."""
    urgent = [i for i, key in enumerate(order) if key == "faults:2"]
    background = [i for i, key in enumerate(order) if key != "faults:2"]
    if not urgent or not background:
        return f"n/a ({len(urgent)} urgent, {len(background)} background)"
    verdict = "yes" if max(urgent) < min(background) else "no"
    return f"{verdict} ({len(urgent)} urgent, then {len(background)} background)"


def run_killed(bench: Bench, db_url: str) -> None:
    prepare(bench, db_url)
    with FakeBotAPI(flood_limits=True) as api:
        api.group("Operators", supergroup=True, chat_id=OPERATORS_CHAT)
        first = start_service(bench, api, db_url, "killed")
        wait_until(lambda: api.sent_count >= bench.chats // 2, 120)
        os.kill(first.pid, signal.SIGKILL)
        first.wait()
        at_kill = api.sent_count
        started = time.monotonic()
        second = start_service(bench, api, db_url, "restarted")
        try:
            wait_until(lambda: owed_to_chats(db_url) == 0, 300)
            took = time.monotonic() - started
        finally:
            stop(second)
        counts = delivered(api, bench, with_urgent=False)
        print(f"run 2: repatwatch run SIGKILLed after {at_kill} alerts, then started again")
        print(
            f"  delivered: {sum(1 for n in counts if n)}/{len(counts)}   lost: {counts.count(0)}"
            f"   duplicates: {sum(n - 1 for n in counts if n > 1)} (in flight at most "
            f"{IN_FLIGHT})   429s: {api.count_429}   the rest sent {took:.1f} s after restart"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--outage", type=float, default=200.0, help="seconds of 502s")
    parser.add_argument("--outage-at", type=int, default=300, help="alerts sent before it")
    parser.add_argument("--only", choices=["outage", "killed"])
    args = parser.parse_args()
    # The fake Bot API answers from this process: a full garbage collection would pause it and
    # bunch the requests queued meanwhile into its flood model. Telegram does not pause like that.
    gc.collect()
    gc.freeze()
    with tempfile.TemporaryDirectory() as tmp, FeedServer() as feeds:
        url = feeds.route("/feed.xml", rss([Entry("Harbour festival draws crowds")]))
        bench = Bench(Path(tmp), args.chats, url)
        if args.only in (None, "outage"):
            run_outage(bench, f"sqlite:///{Path(tmp) / 'outage.db'}", args.outage, args.outage_at)
        if args.only in (None, "killed"):
            run_killed(bench, f"sqlite:///{Path(tmp) / 'killed.db'}")


if __name__ == "__main__":
    main()
