"""Parsing feed bytes: formats, encodings, malformed feeds, HTML pages and compressed files."""

from __future__ import annotations

import gzip
import subprocess
import sys
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from feedserver import Entry, atom, rss

from bot.domain import BodyDecodingError, BodyTooLargeError, NotAFeedError, ParseError
from bot.feeds import decode_body, parse_feed, read_feed_file

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
URL = "https://news.example.org/feed.xml"


def test_rss_and_atom_give_the_same_items() -> None:
    entries = [
        Entry(
            "A court sentenced two helpers of defectors",
            link="https://news.example.org/a/5",
            guid="urn:story:5",
            summary="<p>The <em>helpers</em> were fined &amp; jailed.</p>",
            published=datetime(2026, 11, 2, 7, 0, tzinfo=UTC),
        )
    ]
    from_rss, _ = parse_feed(rss(entries), url=URL, now=NOW)
    from_atom, _ = parse_feed(atom(entries), url=URL, now=NOW)
    assert from_rss == from_atom
    assert from_rss[0].summary == "The helpers were fined & jailed."


def test_a_korean_feed_in_euc_kr_decodes() -> None:
    title = "탈북민 세 명이 국경 근처에서 구금되었다"
    data = rss([Entry(title, guid="ko-1")], language="ko", encoding="euc-kr")
    items, warnings = parse_feed(data, url=URL, now=NOW)
    assert [item.title for item in items] == [title] and not warnings
    assert items[0].language == "ko"


def test_a_chinese_feed_in_gb2312_decodes() -> None:
    title = "边境城市警方拘留了四名朝鲜人"
    data = rss(
        [Entry(title, guid="zh-1", summary="他们被送往看守所。")], language=None, encoding="gb2312"
    )
    items, _ = parse_feed(data, url=URL, now=NOW)
    assert items[0].title == title and items[0].summary == "他们被送往看守所。"
    assert items[0].language == "zh"  # detected from the text: the feed names no language


def test_the_spec_language_overrides_the_feed_tag() -> None:
    items, _ = parse_feed(
        rss([Entry("Some words here")], language="en"), url=URL, language="ko", now=NOW
    )
    assert items[0].language == "ko"


def test_a_malformed_feed_keeps_its_items_with_a_warning() -> None:
    data = rss(
        [Entry("First story about a hearing", guid="m-1"), Entry("Second story", guid="m-2")]
    ).replace(b"First story", b"First & story")  # a bare ampersand: not well-formed XML
    items, warnings = parse_feed(data, url=URL, now=NOW)
    assert [item.key for item in items] == ["m-1", "m-2"]
    assert any("feed has problems" in w for w in warnings)


def test_a_truncated_feed_keeps_the_items_before_the_cut() -> None:
    data = rss([Entry("Complete story one", guid="t-1"), Entry("Story two", guid="t-2")])
    cut = data[: data.index(b"Story two")]
    items, warnings = parse_feed(cut, url=URL, now=NOW)
    assert "t-1" in [item.key for item in items] and warnings


@pytest.mark.parametrize(
    ("published", "utc"),
    [
        ("Wed, 18 Nov 2026 18:30:00 +0900", datetime(2026, 11, 18, 9, 30, tzinfo=UTC)),
        ("Wed, 18 Nov 2026 01:00:00 -0500", datetime(2026, 11, 18, 6, 0, tzinfo=UTC)),
        ("Wed, 18 Nov 2026 09:30:00 GMT", datetime(2026, 11, 18, 9, 30, tzinfo=UTC)),
        ("2026-11-18T18:30:00+09:00", datetime(2026, 11, 18, 9, 30, tzinfo=UTC)),
        ("sometime last week", None),
    ],
    ids=["kst-offset", "est-offset", "gmt", "iso-8601", "unparseable"],
)
def test_publication_times_are_converted_to_utc(published: str, utc: datetime | None) -> None:
    items, _ = parse_feed(rss([Entry("A dated story", published=published)]), url=URL, now=NOW)
    assert items[0].published == utc


def test_atom_xhtml_content_becomes_plain_text() -> None:
    data = (
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        b"<title>x</title><id>urn:f</id><updated>2026-11-01T00:00:00Z</updated>"
        b"<entry><id>urn:e1</id><title>An xhtml story</title><updated>2026-11-01T00:00:00Z</updated>"
        b'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
        b"<p>First <b>bold</b> part.</p><p>Second part.</p></div></content></entry></feed>"
    )
    items, _ = parse_feed(data, url=URL, now=NOW)
    assert items[0].summary == "First bold part. Second part."


def test_relative_links_resolve_against_the_feed_address() -> None:
    data = rss([Entry("A story with a relative link", link="/a/9?utm_source=feed")])
    items, _ = parse_feed(data, url="https://news.example.org/feeds/main.xml", now=NOW)
    assert items[0].link == items[0].key == "https://news.example.org/a/9"


def test_an_html_page_is_refused_as_not_a_feed() -> None:
    page = b"\n<!doctype html>\n<html lang='en'><body><p>Our feed moved.</p></body></html>"
    with pytest.raises(NotAFeedError, match="looks like an HTML page"):
        parse_feed(page, url=URL, now=NOW)


def test_plain_text_is_refused_as_not_a_feed() -> None:
    with pytest.raises(NotAFeedError, match="not a feed"):
        parse_feed(b"Service temporarily unavailable", url=URL, now=NOW)


def test_an_empty_feed_has_no_items_and_no_error() -> None:
    assert parse_feed(rss([]), url=URL, now=NOW) == ([], [])


def test_entries_without_text_are_skipped_with_a_warning() -> None:
    data = rss([Entry("A story with words", guid="s-1"), Entry("")])
    items, warnings = parse_feed(data, url=URL, now=NOW)
    assert [item.key for item in items] == ["s-1"]
    assert any("entry 2 skipped" in w for w in warnings)


def test_a_feed_fails_only_when_every_entry_fails() -> None:
    with pytest.raises(ParseError, match="none of the 2 entries"):
        parse_feed(rss([Entry(""), Entry("", summary="<br>")]), url=URL, now=NOW)


def test_a_future_date_in_a_feed_is_clamped_with_a_warning() -> None:
    data = rss([Entry("A story dated next year", published=datetime(2027, 6, 1, tzinfo=UTC))])
    items, warnings = parse_feed(data, url=URL, now=NOW)
    assert items[0].published == NOW and any("future" in w for w in warnings)


def test_a_guid_repeated_on_every_entry_is_not_the_key() -> None:
    data = rss(
        [
            Entry("One story about a raid", guid="same", link="https://news.example.org/1"),
            Entry("Another story on a trial", guid="same", link="https://news.example.org/2"),
        ]
    )
    items, _ = parse_feed(data, url=URL, now=NOW)
    assert [item.key for item in items] == [
        "https://news.example.org/1",
        "https://news.example.org/2",
    ]


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (gzip.compress(b"<rss/>"), "gzip"),
        (zlib.compress(b"<rss/>"), "deflate"),
        (zlib.compress(b"<rss/>")[2:-4], "deflate"),
        (b"<rss/>", "identity"),
    ],
    ids=["gzip", "zlib-deflate", "raw-deflate", "identity"],
)
def test_compressed_bodies_are_decoded(encoded: bytes, encoding: str) -> None:
    assert decode_body(encoded, encoding) == b"<rss/>"


def test_decoding_stops_at_the_cap() -> None:
    with pytest.raises(BodyTooLargeError, match="larger than 64 kB after decompression"):
        decode_body(gzip.compress(bytes(10 * 1024 * 1024)), "gzip", limit=64 * 1024)


def test_an_unknown_encoding_is_a_clear_error() -> None:
    with pytest.raises(BodyDecodingError, match="unsupported content encoding 'br'"):
        decode_body(b"abc", "br")


def test_a_gzipped_feed_file_is_inflated_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "saved.xml"
    path.write_bytes(gzip.compress(rss([Entry("A story kept on disk", guid="d-1")])))
    items, _ = parse_feed(read_feed_file(path), url=path.as_uri(), now=NOW)
    assert [item.key for item in items] == ["d-1"]


def test_a_gzip_bomb_on_disk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xml.gz"
    path.write_bytes(gzip.compress(bytes(20 * 1024 * 1024)))
    with pytest.raises(BodyTooLargeError):
        read_feed_file(path, limit=1024 * 1024)


def test_the_corpus_bench_reads_every_file_without_crashing(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "nested").mkdir(parents=True)
    (folder / "plain.xml").write_bytes(rss([Entry("A plain story", guid="c-1")]))
    (folder / "nested" / "packed.xml.gz").write_bytes(gzip.compress(atom([Entry("Packed")])))
    (folder / "page.html").write_bytes(b"<!DOCTYPE html><html><body>no feed</body></html>")
    (folder / "broken.gz").write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    (folder / "empty.xml").write_bytes(b"")
    script = Path(__file__).resolve().parents[1] / "bench" / "corpus.py"
    run = subprocess.run(
        [sys.executable, str(script), str(folder)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "5 files; 2 parsed" in run.stdout and "unhandled exceptions 0" in run.stdout
