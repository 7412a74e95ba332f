"""feeds.yaml loading: a valid file gives FeedSpecs; a broken one lists every problem at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import (
    DEFAULT_INTERVAL_SECONDS,
    MIN_INTERVAL_SECONDS,
    load_feeds,
    parse_feeds_yaml,
)
from bot.domain import ConfigError, FeedSpec

ROOT = Path(__file__).resolve().parents[1]

VALID = """
feeds:
  - name: Border Desk
    url: https://news.example.org/border.xml
    language: ko
    interval: 30m
    tags: [korean, border]
  - name: Rights Wire
    url: http://rights.example.net/feed
"""


def _problems(text: str) -> str:
    with pytest.raises(ConfigError) as caught:
        parse_feeds_yaml(text)
    return str(caught.value)


def test_a_valid_file_gives_one_spec_per_feed() -> None:
    assert parse_feeds_yaml(VALID) == [
        FeedSpec(
            name="Border Desk",
            url="https://news.example.org/border.xml",
            language="ko",
            interval_seconds=1800,
            tags=("korean", "border"),
        ),
        FeedSpec(
            name="Rights Wire",
            url="http://rights.example.net/feed",
            interval_seconds=DEFAULT_INTERVAL_SECONDS,
        ),
    ]


def test_the_shipped_feeds_file_is_valid_and_covers_korean_and_chinese() -> None:
    specs = load_feeds(ROOT / "feeds.yaml")
    assert len(specs) >= 10
    assert {"en", "ko", "zh"} <= {spec.language for spec in specs}


def test_every_problem_is_reported_at_once_naming_feed_and_field() -> None:
    message = _problems(
        """
feeds:
  - name: Alpha
    url: ftp://files.example.org/feed.xml
    colour: blue
  - url: https://beta.example.org/feed
  - name: Gamma
    url: https://gamma.example.org/feed
    interval: 60
    language: "Korean!"
    tags: korean
  - name: Alpha
    url: https://HTTPS-dup.example.org/feed?utm_source=x
  - name: Delta
    url: https://https-dup.example.org/feed
    interval: often
  - name: Epsilon
    url: "https:///no-host"
"""
    )
    expected = [
        "feed 1 ('Alpha'): url: must start with http:// or https://",
        "feed 1 ('Alpha'): unknown key 'colour'",
        "feed 2: name: missing",
        "feed 3 ('Gamma'): interval: 60 is below the floor of 600 s",
        "feed 3 ('Gamma'): language: 'Korean!' is not a language code",
        "feed 3 ('Gamma'): tags: must be a list",
        "feed 4 ('Alpha'): name: duplicates feed 1's name",
        "feed 5 ('Delta'): interval: 'often' is not a duration",
        "feed 5 ('Delta'): url: same feed as feed 4",
        "feed 6 ('Epsilon'): url: has no host name",
    ]
    for fragment in expected:
        assert fragment in message, fragment
    assert message.startswith(f"feeds.yaml has {len(expected)} problems:")


def test_a_field_given_twice_is_refused_naming_its_line() -> None:
    text = (
        "feeds:\n  - name: A\n    url: https://a.example/feed\n    url: https://b.example/feed\n"
    )
    message = _problems(text)
    assert "not valid YAML: line 4" in message and "'url' is given twice" in message


def test_a_yaml_syntax_error_names_the_line() -> None:
    message = _problems("feeds:\n  - name: A\n    url: [unclosed\n  - name: B\n")
    assert "not valid YAML" in message and "line " in message


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "must be a mapping with a 'feeds:' list"),
        ("- name: A\n  url: https://a.example/", "must be a mapping with a 'feeds:' list"),
        ("feeds: {}\n", "'feeds' must be a list"),
        ("feeds: []\n", "'feeds' is empty"),
        ("feeds:\n  - https://a.example/feed\n", "feed 1: must be a mapping"),
        ("feed:\n  - name: A\n", "unknown top-level key 'feed'"),
    ],
    ids=[
        "empty-file",
        "bare-list",
        "feeds-not-list",
        "no-feeds",
        "feed-not-mapping",
        "typo-top-key",
    ],
)
def test_a_misshapen_file_is_explained(text: str, fragment: str) -> None:
    assert fragment in _problems(text)


@pytest.mark.parametrize(
    ("interval", "seconds"),
    [
        ("300", 300),
        ("'5m'", 300),
        ("'2h'", 7200),
        ("'1d'", 86400),
        ("'900s'", 900),
        ("600.0", 600),
    ],
    ids=["seconds", "minutes", "hours", "day", "suffix-s", "float"],
)
def test_intervals_accept_seconds_or_units(interval: str, seconds: int) -> None:
    text = (
        "feeds:\n  - name: A\n    url: https://a.example/f\n    priority: high\n"
        f"    interval: {interval}\n"
    )
    assert parse_feeds_yaml(text)[0].interval_seconds == seconds


FEED = "feeds:\n  - name: A\n    url: https://a.example/f\n"


@pytest.mark.parametrize(
    ("lines", "seconds"),
    [("", 600), ("    priority: high\n", 300), ("    priority: normal\n    interval: 1h\n", 3600)],
    ids=["ordinary-every-10-minutes", "high-priority-every-5", "its-own-interval"],
)
def test_feeds_are_polled_every_10_minutes_and_high_priority_ones_every_5(
    lines: str, seconds: int
) -> None:
    assert parse_feeds_yaml(FEED + lines)[0].interval_seconds == seconds


def test_only_a_high_priority_feed_may_be_polled_every_5_minutes() -> None:
    assert MIN_INTERVAL_SECONDS == 300
    ordinary = _problems(FEED + "    interval: 5m\n")
    assert "below the floor of 600 s (10 minutes); mark the feed 'priority: high'" in ordinary
    assert "below the floor of 300 s" in _problems(FEED + "    priority: high\n    interval: 4m\n")
    assert "priority: must be high or normal, got 'urgent'" in _problems(
        FEED + "    priority: urgent\n"
    )


def test_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_feeds(tmp_path / "absent.yaml")


def test_the_error_names_the_file_it_came_from(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("feeds:\n  - name: A\n", encoding="utf-8")
    with pytest.raises(
        ConfigError, match=r"mine\.yaml has 1 problem:\n  feed 1 \('A'\): url: missing"
    ):
        load_feeds(path)


def test_a_feed_may_be_marked_to_allow_a_private_address() -> None:
    text = (
        "feeds:\n  - name: Intranet\n    url: http://10.0.0.5/feed.xml\n    allow_private: true\n"
        "  - name: Public\n    url: https://news.example.org/feed.xml\n"
    )
    assert [spec.allow_private for spec in parse_feeds_yaml(text)] == [True, False]


def test_allow_private_must_be_true_or_false() -> None:
    text = (
        "feeds:\n  - name: Intranet\n    url: http://10.0.0.5/feed.xml\n    allow_private: maybe\n"
    )
    assert "allow_private: must be true or false, got 'maybe'" in _problems(text)
