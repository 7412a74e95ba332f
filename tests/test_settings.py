"""Settings come from the environment; bad values are all reported at once, the token never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import cli
from bot.domain import ConfigError
from bot.settings import DEFAULT_API_URL, Settings


def test_an_empty_environment_gives_console_mode_on_sqlite() -> None:
    settings = Settings.from_env({})
    assert settings.telegram_token is None
    assert settings.database_url.startswith("sqlite:///")
    assert settings.telegram_api_url == DEFAULT_API_URL
    assert settings.webhook_url is None


def test_operators_and_api_url_are_read() -> None:
    settings = Settings.from_env(
        {
            "REPATWATCH_OPERATORS": "11, 22;33",
            "REPATWATCH_OPERATORS_CHAT": "-1001234",
            "TELEGRAM_API_URL": "http://127.0.0.1:8081/",
            "REPATWATCH_INVITE_ONLY": "yes",
        }
    )
    assert settings.operators == {11, 22, 33}
    assert settings.operators_chat_id == -1001234
    assert settings.telegram_api_url == "http://127.0.0.1:8081"
    assert settings.invite_only


def test_every_bad_value_is_named_in_one_error() -> None:
    with pytest.raises(ConfigError) as error:
        Settings.from_env(
            {
                "REPATWATCH_OPERATORS": "alice",
                "TELEGRAM_API_URL": "api.telegram.org",
                "REPATWATCH_POLL_EVERY": "-5",
                "REPATWATCH_WEBHOOK_URL": "http://bot.example.org/hook",
            }
        )
    message = str(error.value)
    for name in ("REPATWATCH_OPERATORS", "TELEGRAM_API_URL", "REPATWATCH_POLL_EVERY", "WEBHOOK"):
        assert name in message


def test_the_token_never_appears_in_the_settings_repr() -> None:
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": "123456:SECRET-token-of-the-right-length"})
    assert settings.telegram_token == "123456:SECRET-token-of-the-right-length"
    assert "SECRET" not in repr(settings)


def test_private_feed_addresses_are_refused_unless_the_environment_allows_them() -> None:
    assert Settings.from_env({}).allow_private_feeds is False
    allowed = Settings.from_env({"REPATWATCH_ALLOW_PRIVATE_FEEDS": "true"})
    assert allowed.allow_private_feeds is True


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("127.0.0.1:8080", ("127.0.0.1", 8080)), ("[::1]:9100", ("::1", 9100)), ("", None)],
    ids=["ipv4", "ipv6", "unset"],
)
def test_the_http_listener_address_is_host_and_port(
    raw: str, expected: tuple[str, int] | None
) -> None:
    assert Settings.from_env({"REPATWATCH_HTTP_LISTEN": raw}).http_listen == expected


@pytest.mark.parametrize("raw", ["8080", "localhost", "127.0.0.1:http", "127.0.0.1:70000"])
def test_a_listener_address_without_a_port_is_refused(raw: str) -> None:
    with pytest.raises(ConfigError, match="REPATWATCH_HTTP_LISTEN must be host:port"):
        Settings.from_env({"REPATWATCH_HTTP_LISTEN": raw})


BAD_SETTINGS = [
    ("REPATWATCH_LOG_LEVEL", "LOUD"),
    ("TELEGRAM_BOT_TOKEN", "not-a-token"),
    ("TELEGRAM_BOT_TOKEN", "123456:short"),
    ("TELEGRAM_API_URL", "api.telegram.org"),
    ("TELEGRAM_API_URL", "https://"),
    ("TELEGRAM_API_URL", "https://api.telegram.org:99999"),
    ("TELEGRAM_API_URL", "https://api.telegram.org/bot123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    ("REPATWATCH_DATABASE_URL", "repatwatch.db"),
    ("REPATWATCH_DATABASE_URL", "mysql://db.example.org/repatwatch"),
    ("REPATWATCH_OPERATORS", "9" * 5000),
    ("REPATWATCH_OPERATORS_CHAT", "-100, -200"),
    ("REPATWATCH_INVITE_ONLY", "maybe"),
    ("REPATWATCH_ALLOW_PRIVATE_FEEDS", "sometimes"),
    ("REPATWATCH_POLL_EVERY", "nan"),
    ("REPATWATCH_LEADER_TTL", "0"),
    ("REPATWATCH_WEBHOOK_PORT", "70000"),
    ("REPATWATCH_WEBHOOK_URL", "http://bot.example.org/hook"),
    ("REPATWATCH_HTTP_LISTEN", "localhost"),
    ("REPATWATCH_FRESH_DAYS", "soon"),
]


@pytest.mark.parametrize(
    ("name", "value"), BAD_SETTINGS, ids=[f"{n}={v[:12]}" for n, v in BAD_SETTINGS]
)
def test_a_bad_setting_exits_2_with_one_line_naming_it(
    name: str, value: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for variable in {n for n, _ in BAD_SETTINGS}:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv(name, value)
    assert cli.main(["feeds", "status"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"repatwatch: {name}")
    assert len(lines[0]) < 200 and "Traceback" not in lines[0]


def test_a_bad_token_is_not_echoed() -> None:
    with pytest.raises(ConfigError) as error:
        Settings.from_env({"TELEGRAM_BOT_TOKEN": "123456:SECRET token with spaces"})
    assert "SECRET" not in str(error.value)


def test_the_token_may_be_read_from_a_file_as_container_secrets_are_mounted(
    tmp_path: Path,
) -> None:
    secret = tmp_path / "telegram_token"
    secret.write_text("123456:FROM-a-mounted-secret-file\n", encoding="utf-8")
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN_FILE": str(secret)})
    assert settings.telegram_token == "123456:FROM-a-mounted-secret-file"


@pytest.mark.parametrize(
    ("contents", "also_env", "expected"),
    [
        (None, False, "cannot read"),
        ("", False, "is empty"),
        ("123456:ONE-two-three-four-five six", False, "is not a bot token"),
        ("123456:FROM-a-mounted-secret-file", True, "not both"),
    ],
    ids=["missing-file", "empty-file", "two-words", "both-set"],
)
def test_a_token_file_that_cannot_be_used_is_a_clear_error_that_never_shows_its_contents(
    tmp_path: Path, contents: str | None, also_env: bool, expected: str
) -> None:
    path = tmp_path / "telegram_token"
    if contents is not None:
        path.write_text(contents, encoding="utf-8")
    env = {"TELEGRAM_BOT_TOKEN_FILE": str(path)}
    if also_env:
        env["TELEGRAM_BOT_TOKEN"] = "123456:FROM-the-environment-itself"
    with pytest.raises(ConfigError, match=expected) as error:
        Settings.from_env(env)
    assert "TELEGRAM_BOT_TOKEN" in str(error.value)
    assert "FROM" not in str(error.value) and "ONE" not in str(error.value)
