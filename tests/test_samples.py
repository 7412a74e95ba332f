"""The bundled sample feeds parse, are labelled as samples, and feeds.yaml lists them all."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import feedparser
import pytest
import yaml

from bot.samples import FEEDS_FILE, SAMPLE_FILES, SAMPLES_DIR, sample_feeds_yaml

SAMPLE_LABEL = "repatwatch SAMPLE feed"


def _parse(name: str) -> Any:
    return feedparser.parse((SAMPLES_DIR / name).read_bytes())


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_every_sample_file_parses_cleanly(name: str) -> None:
    parsed = _parse(name)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.entries


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_every_sample_item_has_a_title_an_original_link_and_a_date(name: str) -> None:
    for entry in _parse(name).entries:
        assert entry.title.strip()
        assert entry.link.startswith(("http://", "https://"))
        assert entry.id == entry.link, "the guid is the original report's link"
        assert entry.published_parsed is not None
        assert entry.summary.strip()


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_every_sample_file_says_it_is_a_sample(name: str) -> None:
    parsed = _parse(name)
    assert SAMPLE_LABEL in parsed.feed.title
    description = parsed.feed.get("subtitle", "")
    assert "rewritten summaries" in description
    assert "not original articles" in description


def test_the_samples_hold_between_15_and_25_items_in_english_and_korean() -> None:
    entries = [entry for name in SAMPLE_FILES for entry in _parse(name).entries]
    assert 15 <= len(entries) <= 25
    assert len({entry.link for entry in entries}) == len(entries), "a link appears twice"
    languages = {_parse(name).feed.get("language", "en")[:2] for name in SAMPLE_FILES}
    assert languages == {"en", "ko"}


def test_one_incident_is_reported_in_both_languages() -> None:
    english = " ".join(e.summary for e in _parse("samples-en.xml").entries)
    korean = " ".join(e.summary for e in _parse("samples-ko.xml").entries)
    assert "Lang Son" in english
    assert "량선" in korean


def test_feeds_yaml_lists_every_sample_file_with_a_port_placeholder() -> None:
    listed = yaml.safe_load(FEEDS_FILE.read_text(encoding="utf-8"))["feeds"]
    assert {Path(feed["url"]).name for feed in listed} == set(SAMPLE_FILES)
    assert all(feed["url"].startswith("http://127.0.0.1:{port}/") for feed in listed)
    assert len({feed["name"] for feed in listed}) == len(listed)


def test_the_port_placeholder_is_filled_in() -> None:
    listed = yaml.safe_load(sample_feeds_yaml(8765))["feeds"]
    assert [feed["url"].split("/")[2] for feed in listed] == ["127.0.0.1:8765"] * len(listed)


def test_the_sample_feeds_yaml_passes_the_feeds_yaml_validator() -> None:
    config = pytest.importorskip("bot.config", reason="feeds.yaml loader not there yet")
    specs = config.parse_feeds_yaml(sample_feeds_yaml(8765), source="bot/samples/feeds.yaml")
    assert {spec.name for spec in specs} == {"sample-en", "sample-ko", "sample-digest"}
    assert {spec.language for spec in specs} == {"en", "ko"}


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_every_sample_item_becomes_a_dated_report_without_warnings(name: str) -> None:
    from bot.feeds.parse import parse_feed

    now = datetime(2026, 11, 1, tzinfo=UTC)
    items, warnings = parse_feed(
        (SAMPLES_DIR / name).read_bytes(), url=f"http://127.0.0.1:8765/{name}", now=now
    )
    assert warnings == []
    assert len(items) == len(_parse(name).entries)
    assert all(item.published is not None and item.published < now for item in items)
    assert all(item.link and item.summary for item in items)
    expected_language = "ko" if name == "samples-ko.xml" else "en"
    assert {item.language for item in items} == {expected_language}
