"""Settings read from the environment, validated once at start-up.

Only the command line (bot.cli) calls `Settings.from_env`; everything else receives a Settings, and
bot.bootstrap builds the running graph from it.
"""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.domain import ConfigError
from bot.urgency import DEFAULT_FRESH_DAYS

DEFAULT_API_URL = "https://api.telegram.org"
WEBHOOK_SECRET_SHAPE = re.compile(r"[A-Za-z0-9_-]{1,256}")


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str = "sqlite:///repatwatch.db"
    feeds_path: Path = Path("feeds.yaml")
    telegram_token: str | None = field(default=None, repr=False)
    telegram_api_url: str = DEFAULT_API_URL
    operators: frozenset[int] = frozenset()
    operators_chat_id: int | None = None
    invite_only: bool = False
    worker_id: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}")
    log_level: str = "INFO"
    poll_every_seconds: float = 20.0
    leader_ttl_seconds: float = 30.0
    webhook_url: str | None = None  # take Telegram updates by webhook instead of long polling
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: str | None = field(default=None, repr=False)
    allow_private_feeds: bool = False  # every feed may reach loopback/private addresses
    fresh_days: float = DEFAULT_FRESH_DAYS  # older reports are history: filed, never alerted
    http_listen: tuple[str, int] | None = None  # /healthz, /metrics, /cases.atom (bot.web)
    api_down_after: float = 300.0  # the Bot API unreachable longer than this: /healthz says 503

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        problems: list[str] = []
        operators = _int_list(
            env.get("REPATWATCH_OPERATORS", ""), "REPATWATCH_OPERATORS", problems
        )
        ops_chat = env.get("REPATWATCH_OPERATORS_CHAT", "").strip()
        ops_chat_id = _int_list(ops_chat, "REPATWATCH_OPERATORS_CHAT", problems)
        api_url = env.get("TELEGRAM_API_URL", DEFAULT_API_URL).strip().rstrip("/")
        if not api_url.startswith(("http://", "https://")):
            problems.append(
                f"TELEGRAM_API_URL must start with http:// or https://, got {api_url!r}"
            )
        poll_every = _positive(env, "REPATWATCH_POLL_EVERY", 20.0, problems)
        leader_ttl = _positive(env, "REPATWATCH_LEADER_TTL", 30.0, problems)
        fresh_days = _positive(env, "REPATWATCH_FRESH_DAYS", DEFAULT_FRESH_DAYS, problems, "days")
        webhook_url = env.get("REPATWATCH_WEBHOOK_URL", "").strip() or None
        if webhook_url and not webhook_url.startswith("https://"):
            problems.append(
                f"REPATWATCH_WEBHOOK_URL must start with https://, got {webhook_url!r}"
            )
        webhook_port = int(_positive(env, "REPATWATCH_WEBHOOK_PORT", 8443, problems))
        webhook_secret = env.get("REPATWATCH_WEBHOOK_SECRET", "").strip() or None
        if webhook_secret and not WEBHOOK_SECRET_SHAPE.fullmatch(webhook_secret):
            problems.append(
                "REPATWATCH_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and - "
                "(what Telegram accepts)"
            )
        http_listen = _address(env.get("REPATWATCH_HTTP_LISTEN", ""), problems)
        api_down_after = _positive(env, "REPATWATCH_API_DOWN_AFTER", 300.0, problems)
        if problems:
            raise ConfigError("invalid environment:\n  " + "\n  ".join(problems))
        defaults = cls()
        return cls(
            database_url=env.get("REPATWATCH_DATABASE_URL", "").strip() or defaults.database_url,
            feeds_path=Path(env.get("REPATWATCH_FEEDS", "").strip() or defaults.feeds_path),
            telegram_token=env.get("TELEGRAM_BOT_TOKEN", "").strip() or None,
            telegram_api_url=api_url,
            operators=frozenset(operators),
            operators_chat_id=ops_chat_id[0] if ops_chat_id else None,
            invite_only=env.get("REPATWATCH_INVITE_ONLY", "").strip().lower()
            in {"1", "true", "yes"},
            worker_id=env.get("REPATWATCH_WORKER_ID", "").strip() or defaults.worker_id,
            log_level=env.get("REPATWATCH_LOG_LEVEL", "INFO").strip().upper() or "INFO",
            poll_every_seconds=poll_every,
            leader_ttl_seconds=leader_ttl,
            webhook_url=webhook_url,
            webhook_listen=env.get("REPATWATCH_WEBHOOK_LISTEN", "").strip() or "127.0.0.1",
            webhook_port=webhook_port,
            webhook_secret=webhook_secret,
            allow_private_feeds=_true(env, "REPATWATCH_ALLOW_PRIVATE_FEEDS"),
            fresh_days=fresh_days,
            http_listen=http_listen,
            api_down_after=api_down_after,
        )


def _true(env: Mapping[str, str], name: str) -> bool:
    return env.get(name, "").strip().lower() in {"1", "true", "yes"}


def _int_list(raw: str, name: str, problems: list[str]) -> list[int]:
    values: list[int] = []
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            values.append(int(part))
        except ValueError:
            problems.append(f"{name}: {part!r} is not a Telegram id (a whole number)")
    return values


def _positive(
    env: Mapping[str, str], name: str, default: float, problems: list[str], unit: str = "seconds"
) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if value <= 0:
        problems.append(f"{name}: {raw!r} is not a positive number of {unit}")
        return default
    return value


def _address(raw: str, problems: list[str]) -> tuple[str, int] | None:
    """`host:port` (an IPv6 host in brackets: `[::1]:8080`), or None when unset."""
    raw = raw.strip()
    if not raw:
        return None
    host, _, port = raw.rpartition(":")
    host = host.strip("[]")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        problems.append(
            f"REPATWATCH_HTTP_LISTEN must be host:port, like 127.0.0.1:8080, got {raw!r}"
        )
        return None
    return host, int(port)
