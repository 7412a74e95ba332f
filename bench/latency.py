"""From the poll that sees a report to its sendMessage: `repatwatch run` timed from outside.

Usage: .venv/bin/python bench/latency.py [--alerts 1 5] [--rounds 3] [--code PATH]

Each round starts `python -m bot run` (the checkout `--code`, with its own .venv when it has one)
against the fake Bot API (tests/fakebotapi, enforcing Telegram's flood limits; in this process)
and feeds served from 127.0.0.1 by this process. A user subscribes a private chat with
/subscribe; then the wire feed is added to feeds.yaml, which `run` re-reads (a checkout without
that lists it from the start, and its name puts its first poll about 20 s after start). Its first
poll finds `--alerts` new reports of as many incidents, each an alert for that chat. Printed: for each alert, the
seconds from the moment the feed was served to that poll to the moment its sendMessage reached
the fake; then the median and the maximum over every round, and the 429s. Goal (issue 14): median
under 0.5 s and maximum under 2 s with five alerts for one chat in one cycle.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests")]

from fakebotapi import FakeBotAPI  # noqa: E402

FEED_NAME = "Border Wire 8"  # first polled ~20 s after start (bot.schedule.first_poll_at)
# (city, country, people): one incident each, written for this bench.
INCIDENTS = [
    ("Shenyang", "China", 7), ("Vientiane", "Laos", 4), ("Lang Son", "Vietnam", 11),
    ("Vladivostok", "Russia", 3), ("Ulaanbaatar", "Mongolia", 6), ("Kunming", "China", 9),
]  # fmt: skip


class _Feed(BaseHTTPRequestHandler):
    """The one feed: its items, and when it was served with them."""

    items: ClassVar[list[str]] = []
    served: ClassVar[list[float]] = []

    def do_GET(self) -> None:
        items = self.items if self.path == "/wire.xml" else []
        body = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            "<title>Border Wire</title><link>https://wire.example.org/</link>"
            "<description>bench</description><language>en</language>"
            + "".join(items)
            + "</channel></rss>"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        if items:
            self.served.append(time.monotonic())

    def log_message(self, *args: object) -> None:
        pass


def _items(count: int) -> list[str]:
    now = format_datetime(datetime.now(UTC), usegmt=True)
    items = []
    for n, (city, country, people) in enumerate(INCIDENTS[:count]):
        title = f"{city} police detain {people} North Korean defectors"
        text = (
            f"Police in {city}, {country}, detained {people} North Korean defectors this "
            "morning, a rights group said. The group fears they will be forcibly repatriated."
        )
        link = f"https://wire.example.org/news/{n}"
        items.append(
            f"<item><title>{escape(title)}</title><link>{link}</link><guid>{link}</guid>"
            f"<description>{escape(text)}</description><pubDate>{now}</pubDate></item>"
        )
    return items


def _python(code: Path) -> str:
    venv = code / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def one_round(code: Path, alerts: int) -> tuple[list[float], int]:
    """Latencies (s) of `alerts` alerts to one chat, and the 429s, for one fresh run."""
    _Feed.items, _Feed.served = [], []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    reloads = (code / "bot" / "feedlist.py").exists()  # run re-reads feeds.yaml on change
    with FakeBotAPI(flood_limits=True) as api, tempfile.TemporaryDirectory() as folder:
        feeds = Path(folder) / "feeds.yaml"
        root = f"http://127.0.0.1:{server.server_address[1]}"
        quiet = f"feeds:\n  - name: Quiet Desk\n    url: {root}/quiet.xml\n"
        both = quiet + f"  - name: {FEED_NAME}\n    url: {root}/wire.xml\n"
        feeds.write_text(quiet if reloads else both)
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": api.token,
            "TELEGRAM_API_URL": api.url,
            "REPATWATCH_DATABASE_URL": f"sqlite:///{Path(folder) / 'rw.db'}",
            "REPATWATCH_FEEDS": str(feeds),
            "REPATWATCH_POLL_EVERY": "1",
            "REPATWATCH_ALLOW_PRIVATE_FEEDS": "true",
            "REPATWATCH_LOG_LEVEL": "WARNING",
        }
        bot = subprocess.Popen([_python(code), "-m", "bot", "run"], cwd=code, env=env)
        try:
            user = api.user()
            chat = api.private_chat(user)
            api.user_sends(chat, user, "/subscribe")
            if not api.wait_sent(1, timeout=60):
                raise SystemExit("the bot never answered /subscribe")
            answered = len(api.sent(chat["id"]))
            _Feed.items = _items(alerts)
            if reloads:
                feeds.write_text(both)
            deadline = time.monotonic() + 120
            while len(api.sent(chat["id"])) < answered + alerts:
                if time.monotonic() > deadline or bot.poll() is not None:
                    raise SystemExit("the alerts never came")
                time.sleep(0.05)
        finally:
            bot.terminate()
            bot.wait(30)
            server.shutdown()
        polled = min(_Feed.served)
        ours = [c.at for c in api.calls("sendMessage") if c.ok and c.chat_id == chat["id"]]
        sends = sorted(ours)[answered:]
        return [at - polled for at in sends], api.count_429


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, nargs="+", default=[1, 5])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout to run")
    args = parser.parse_args()
    code = args.code.resolve()
    print(f"repatwatch run from {code}, fake Bot API with Telegram's flood limits")
    for alerts in args.alerts:
        every: list[float] = []
        floods = 0
        for round_ in range(1, args.rounds + 1):
            latencies, count_429 = one_round(code, alerts)
            every += latencies
            floods += count_429
            shown = ", ".join(f"{s:.2f}" for s in latencies)
            print(
                f"  {alerts} alert(s) for one chat, round {round_}: {shown} s; 429s: {count_429}"
            )
        print(
            f"{alerts} alert(s) for one chat in a cycle: median {statistics.median(every):.2f} s, "
            f"max {max(every):.2f} s from the poll to sendMessage; {floods} x 429 "
            f"({args.rounds} rounds)"
        )


if __name__ == "__main__":
    main()
