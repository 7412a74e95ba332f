"""Settings read from the environment, validated once at start-up.

Only the composition root (bot.cli) calls `Settings.from_env`; everything else receives a Settings.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.domain import ConfigError

DEFAULT_API_URL = "https://api.telegram.org"


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
        )


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
