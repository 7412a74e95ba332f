"""Settings read from the environment, validated once at start-up.

Only the command line (bot.cli) calls `Settings.from_env`; everything else receives a Settings, and
bot.bootstrap builds the running graph from it. Every variable is checked before anything runs,
and every bad one becomes one line of the ConfigError naming it (the command line prints those
lines and exits 2): a log level, a token, a URL, a yes/no or a number that cannot be used never
gets as far as a traceback.
"""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from bot.domain import ConfigError
from bot.urgency import DEFAULT_FRESH_DAYS

DEFAULT_HORIZON_HOURS = 72.0  # how long a repatriation case stays actionable
DEFAULT_API_URL = "https://api.telegram.org"
WEBHOOK_SECRET_SHAPE = re.compile(r"[A-Za-z0-9_-]{1,256}")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
# BotFather's tokens: the bot's numeric id, a colon, then 30-odd letters, digits, - and _.
TOKEN_RE = re.compile(r"^[0-9]{1,20}:[A-Za-z0-9_-]{20,100}$")
DATABASE_SCHEMES = ("sqlite", "sqlite+pysqlite", "postgresql+psycopg")
YES, NO = frozenset({"1", "true", "yes", "on"}), frozenset({"", "0", "false", "no", "off"})
URL_RE = re.compile(
    r"^(https?)://([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::([0-9]{1,5}))?(/[^?#\s]*)?$"
)


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
    # Transient send failures (Telegram down) give an alert up only once it is this old.
    delivery_horizon: timedelta = timedelta(hours=DEFAULT_HORIZON_HOURS)
    http_listen: tuple[str, int] | None = None  # /healthz, /metrics, /cases.atom (bot.web)
    api_down_after: float = 300.0  # the Bot API unreachable longer than this: /healthz says 503
    archive_pages: bool = False  # fetch each flagged report's page once into the source archive

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        problems: list[str] = []
        operators = _int_list(
            env.get("REPATWATCH_OPERATORS", ""), "REPATWATCH_OPERATORS", problems
        )
        ops_chat = env.get("REPATWATCH_OPERATORS_CHAT", "").strip()
        ops_chat_id = _int_list(ops_chat, "REPATWATCH_OPERATORS_CHAT", problems)
        if len(ops_chat_id) > 1:
            problems.append(f"REPATWATCH_OPERATORS_CHAT: one chat id, got {ops_chat!r}")
        api_url = _api_url(env, problems)
        token = _token(env, problems)
        database_url = _database_url(env, problems)
        log_level = _log_level(env, problems)
        poll_every = _positive(env, "REPATWATCH_POLL_EVERY", 20.0, problems)
        leader_ttl = _positive(env, "REPATWATCH_LEADER_TTL", 30.0, problems)
        fresh_days = _positive(env, "REPATWATCH_FRESH_DAYS", DEFAULT_FRESH_DAYS, problems, "days")
        horizon = _positive(
            env, "REPATWATCH_DELIVERY_HORIZON", DEFAULT_HORIZON_HOURS, problems, "hours"
        )
        webhook_url = env.get("REPATWATCH_WEBHOOK_URL", "").strip() or None
        if webhook_url and not webhook_url.startswith("https://"):
            problems.append(
                f"REPATWATCH_WEBHOOK_URL must start with https://, got {webhook_url!r}"
            )
        webhook_port = _port(env, "REPATWATCH_WEBHOOK_PORT", 8443, problems)
        invite_only = _yes_no(env, "REPATWATCH_INVITE_ONLY", problems)
        allow_private = _yes_no(env, "REPATWATCH_ALLOW_PRIVATE_FEEDS", problems)
        archive_pages = _yes_no(env, "REPATWATCH_ARCHIVE", problems)
        webhook_secret = env.get("REPATWATCH_WEBHOOK_SECRET", "").strip() or None
        if webhook_secret and not WEBHOOK_SECRET_SHAPE.fullmatch(webhook_secret):
            problems.append(
                "REPATWATCH_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and - "
                "(what Telegram accepts)"
            )
        http_listen = _address(env.get("REPATWATCH_HTTP_LISTEN", ""), problems)
        api_down_after = _positive(env, "REPATWATCH_API_DOWN_AFTER", 300.0, problems)
        if problems:
            raise ConfigError("\n".join(problems))
        defaults = cls()
        return cls(
            database_url=database_url or defaults.database_url,
            feeds_path=Path(env.get("REPATWATCH_FEEDS", "").strip() or defaults.feeds_path),
            telegram_token=token,
            telegram_api_url=api_url,
            operators=frozenset(operators),
            operators_chat_id=ops_chat_id[0] if ops_chat_id else None,
            invite_only=invite_only,
            worker_id=env.get("REPATWATCH_WORKER_ID", "").strip() or defaults.worker_id,
            log_level=log_level,
            poll_every_seconds=poll_every,
            leader_ttl_seconds=leader_ttl,
            webhook_url=webhook_url,
            webhook_listen=env.get("REPATWATCH_WEBHOOK_LISTEN", "").strip() or "127.0.0.1",
            webhook_port=webhook_port,
            webhook_secret=webhook_secret,
            allow_private_feeds=allow_private,
            fresh_days=fresh_days,
            delivery_horizon=timedelta(hours=horizon),
            http_listen=http_listen,
            api_down_after=api_down_after,
            archive_pages=archive_pages,
        )


def _api_url(env: Mapping[str, str], problems: list[str]) -> str:
    raw = env.get("TELEGRAM_API_URL", DEFAULT_API_URL).strip().rstrip("/") or DEFAULT_API_URL
    match = URL_RE.match(raw)
    if match is None:
        problems.append(
            "TELEGRAM_API_URL must be http:// or https:// and a host (like "
            f"{DEFAULT_API_URL}), got {raw!r}"
        )
    elif match.group(3) and not 0 < int(match.group(3)) < 65536:
        problems.append(f"TELEGRAM_API_URL: port {match.group(3)} is not a port (1-65535)")
    elif re.search(r"/bot[^/]*$", match.group(4) or ""):
        problems.append(
            "TELEGRAM_API_URL is the server's root, without /bot<token> (that is added), "
            f"got {raw.split('/bot')[0]}/bot…"
        )
    return raw


def _token(env: Mapping[str, str], problems: list[str]) -> str | None:
    """TELEGRAM_BOT_TOKEN, or the contents of the file TELEGRAM_BOT_TOKEN_FILE names (the way
    container secrets are mounted); never both. Problems never show the token."""
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip() or None
    path = env.get("TELEGRAM_BOT_TOKEN_FILE", "").strip()
    name = "TELEGRAM_BOT_TOKEN"
    if path and token:
        problems.append("set TELEGRAM_BOT_TOKEN or TELEGRAM_BOT_TOKEN_FILE, not both")
        return None
    if path:
        token, name = _read_token_file(path, problems), f"TELEGRAM_BOT_TOKEN_FILE ({path})"
    if token is not None and not TOKEN_RE.match(token):
        problems.append(
            f"{name} is not a bot token (BotFather's look like 123456789:AA...; "
            "check for quotes, spaces or a missing part)"
        )
    return token


def _read_token_file(path: str, problems: list[str]) -> str | None:
    try:
        token = Path(path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not text"
        problems.append(f"TELEGRAM_BOT_TOKEN_FILE: cannot read {path}: {reason}")
        return None
    if not token:
        problems.append(f"TELEGRAM_BOT_TOKEN_FILE: {path} is empty")
        return None
    return token


def _database_url(env: Mapping[str, str], problems: list[str]) -> str | None:
    url = env.get("REPATWATCH_DATABASE_URL", "").strip() or None
    if url is None:
        return None
    scheme, sep, rest = url.partition("://")
    if not sep or scheme not in DATABASE_SCHEMES or (scheme.startswith("postgres") and not rest):
        shown = scheme if sep else url[:40]
        problems.append(
            "REPATWATCH_DATABASE_URL must be sqlite:///FILE or "
            f"postgresql+psycopg://USER@HOST/DB, got {shown!r}"
        )
    return url


def _log_level(env: Mapping[str, str], problems: list[str]) -> str:
    level = env.get("REPATWATCH_LOG_LEVEL", "").strip().upper() or "INFO"
    if level not in LOG_LEVELS:
        problems.append(
            f"REPATWATCH_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {level!r}"
        )
        return "INFO"
    return level


def _yes_no(env: Mapping[str, str], name: str, problems: list[str]) -> bool:
    raw = env.get(name, "").strip().lower()
    if raw not in YES | NO:
        problems.append(f"{name} must be true or false (or yes/no, 1/0), got {raw!r}")
    return raw in YES


def _port(env: Mapping[str, str], name: str, default: int, problems: list[str]) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isascii() or not raw.isdigit() or not 0 < int(raw) < 65536:
        problems.append(f"{name} must be a port number (1-65535), got {raw[:20]!r}")
        return default
    return int(raw)


def _int_list(raw: str, name: str, problems: list[str]) -> list[int]:
    values: list[int] = []
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not re.fullmatch(r"-?[0-9]{1,19}", part):
            shown = part if len(part) <= 24 else part[:20] + "…"
            problems.append(f"{name}: {shown!r} is not a Telegram id (a whole number)")
            continue
        values.append(int(part))
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
    if not 0 < value < 10**9:  # also refuses nan and inf
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
