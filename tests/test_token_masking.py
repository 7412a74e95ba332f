"""The bot token never reaches the log: `repatwatch run` at DEBUG, as an operator starts it.

Three real runs in a subprocess, every line they write captured: a normal start-up against the fake
Bot API, a token the Bot API rejects (401 Unauthorized), and a Bot API nobody answers. In each the
libraries do log the token-bearing URL or error (the mask's placeholder shows where), and no line
holds the token, its secret half or its URL-encoded form. Each run is still going when stopped:
an unreachable or refusing Bot API does not stop the service.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fakebotapi import DEFAULT_TOKEN, FakeBotAPI
from feedserver import Entry, FeedServer, rss

REJECTED_TOKEN = "424242:REJECTED-token-the-fake-answers-401"


@pytest.fixture(scope="module")
def feed_url() -> Iterator[str]:
    with FeedServer() as server:
        yield server.route("/feed.xml", rss([Entry("Harbour festival draws crowds")]))


def run_until(tmp_path: Path, env: dict[str, str], expected: str, name: str) -> str:
    """`repatwatch run` until a line matches `expected`; then SIGTERM. Returns all it wrote."""
    log_path = tmp_path / f"{name}.log"
    base = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "REPATWATCH_"))}
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            env={**base, "REPATWATCH_LOG_LEVEL": "DEBUG", **env},
            cwd=tmp_path,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
        try:
            found = wait_for_line(log_path, re.compile(expected), process)
            still_running = process.poll() is None
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=120)
    text = log_path.read_text(encoding="utf-8", errors="replace")
    assert found, f"no line matched {expected!r}:\n{text[-3000:]}"
    assert still_running, f"repatwatch run exited:\n{text[-3000:]}"
    return text


def wait_for_line(path: Path, pattern: re.Pattern[str], process: subprocess.Popen[bytes]) -> bool:
    # Generous: a start-up on a loaded CI machine took 50 s; a hung one fails all the same.
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if pattern.search(path.read_text(encoding="utf-8", errors="replace")):
            return True
        if process.poll() is not None:
            return False
        time.sleep(0.05)
    return False


def environment(tmp_path: Path, feed_url: str, api_url: str, token: str) -> dict[str, str]:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        f"feeds:\n  - name: Harbour\n    url: {feed_url}\n    allow_private: true\n",
        encoding="utf-8",
    )
    return {
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_API_URL": api_url,
        "REPATWATCH_FEEDS": str(feeds),
        "REPATWATCH_DATABASE_URL": f"sqlite:///{tmp_path / 'rw.db'}",
        "REPATWATCH_POLL_EVERY": "1",
    }


def assert_no_token(text: str, token: str) -> None:
    secret_half = token.partition(":")[2]
    for form in (token, secret_half, quote(token, safe="")):
        assert form not in text
    assert "[secret]" in text, "the libraries logged nothing token-bearing: the test proves little"


def test_a_debug_start_up_logs_no_token(tmp_path: Path, feed_url: str) -> None:
    with FakeBotAPI() as api:
        env = environment(tmp_path, feed_url, api.url, api.token)
        text = run_until(tmp_path, env, "now the leader: taking Telegram updates", "debug")
    assert "Calling Bot API endpoint `getMe`" in text  # PTB's own DEBUG lines are there
    assert_no_token(text, DEFAULT_TOKEN)


def test_a_token_telegram_rejects_is_not_logged_and_the_service_goes_on(
    tmp_path: Path, feed_url: str
) -> None:
    with FakeBotAPI() as api:
        env = environment(tmp_path, feed_url, api.url, REJECTED_TOKEN)
        text = run_until(
            tmp_path, env, r"token was rejected.*\n(.*\n)*.*token was rejected", "401"
        )
    assert_no_token(text, REJECTED_TOKEN)


def test_a_bot_api_nobody_answers_is_not_a_reason_to_log_the_token(
    tmp_path: Path, feed_url: str
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    env = environment(tmp_path, feed_url, closed, DEFAULT_TOKEN)
    text = run_until(tmp_path, env, r"Bot API unreachable.*\n(.*\n)*.*unreachable", "network")
    assert_no_token(text, DEFAULT_TOKEN)
