"""OPML in and out of feeds.yaml: other readers' lists imported, ours exported, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.config import load_feeds
from bot.domain import FeedSpec

FEEDS_YAML = """\
# Our network's feeds (this comment must survive an import)
feeds:
    - name: Harbour Wire
      url: https://harbour.example/feed.xml
      language: en
      tags: [english]
"""

READER_OPML = """\
<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My reader</title></head>
  <body>
    <outline text="Korean press" title="Korean press">
      <outline type="rss" text="Morning Post" xmlUrl="https://morning.example/rss" language="ko"/>
      <outline type="rss" text="Harbour Wire" xmlUrl="https://HARBOUR.example/feed.xml?utm_source=x"/>
    </outline>
    <outline type="rss" text="Harbour Wire" xmlUrl="https://other-harbour.example/atom"
             category="/rights,asia"/>
    <outline type="rss" text="A podcast" xmlUrl="ftp://files.example/pod.xml"/>
  </body>
</opml>
"""


def test_an_opml_import_adds_new_feeds_after_the_existing_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feeds, opml = tmp_path / "feeds.yaml", tmp_path / "reader.opml"
    feeds.write_text(FEEDS_YAML, encoding="utf-8")
    opml.write_text(READER_OPML, encoding="utf-8")
    assert main(["feeds", "import", str(opml), "--feeds", str(feeds)]) == 0
    specs = load_feeds(feeds)
    assert specs == [
        FeedSpec("Harbour Wire", "https://harbour.example/feed.xml", "en", 600, ("english",)),
        FeedSpec("Morning Post", "https://morning.example/rss", "ko", 600, ("korean-press",)),
        FeedSpec("Harbour Wire (2)", "https://other-harbour.example/atom", None, 600,
                 ("rights", "asia")),
    ]  # fmt: skip
    text = feeds.read_text(encoding="utf-8")
    assert text.startswith(FEEDS_YAML)  # comments, order and indentation kept
    assert (tmp_path / "feeds.yaml.bak").read_text(encoding="utf-8") == FEEDS_YAML
    out = capsys.readouterr().out
    assert "skipped Harbour Wire: already listed as 'Harbour Wire'" in out
    assert "skipped A podcast: ftp://files.example/pod.xml is not an http(s) feed" in out
    assert "2 feeds added" in out


def test_importing_the_same_opml_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    feeds, opml = tmp_path / "feeds.yaml", tmp_path / "reader.opml"
    feeds.write_text(FEEDS_YAML, encoding="utf-8")
    opml.write_text(READER_OPML, encoding="utf-8")
    assert main(["feeds", "import", str(opml), "--feeds", str(feeds)]) == 0
    once = feeds.read_text(encoding="utf-8")
    assert main(["feeds", "import", str(opml), "--feeds", str(feeds)]) == 0
    assert feeds.read_text(encoding="utf-8") == once


def test_an_export_imported_into_an_empty_list_gives_the_same_feeds(tmp_path: Path) -> None:
    feeds, opml, copy = tmp_path / "feeds.yaml", tmp_path / "out.opml", tmp_path / "copy.yaml"
    feeds.write_text(
        FEEDS_YAML + '    - name: "Seoul: Daily"\n      url: https://seoul.example/f\n',
        encoding="utf-8",
    )
    assert (
        main(["feeds", "export", "--format", "opml", "--feeds", str(feeds), "--out", str(opml)])
        == 0
    )
    assert main(["feeds", "import", str(opml), "--feeds", str(copy)]) == 0
    assert load_feeds(copy) == load_feeds(feeds)


def test_a_file_that_is_not_opml_changes_nothing_and_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feeds, opml = tmp_path / "feeds.yaml", tmp_path / "reader.opml"
    feeds.write_text(FEEDS_YAML, encoding="utf-8")
    opml.write_text("<html><body>not a feed list</body></html>", encoding="utf-8")
    assert main(["feeds", "import", str(opml), "--feeds", str(feeds)]) == 2
    assert "not an OPML document" in capsys.readouterr().err
    assert feeds.read_text(encoding="utf-8") == FEEDS_YAML
