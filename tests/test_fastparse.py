"""The fast parse path: it reads plain feeds exactly as feedparser does, and declines the rest."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from feedbodies import Entry, atom, rss
from feedparser.urls import _urljoin

from bot.archive import entry_record
from bot.domain import FeedError, Item
from bot.feeds import parse_feed
from bot.feeds.fastparse import joined, read_fast

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
URL = "https://news.example.org/feeds/main.xml"
STORIES = [
    Entry(
        "Two women held at a checkpoint &amp; questioned",
        link="https://news.example.org/a/1?utm_source=rss&id=4",
        guid="a-1",
        summary="<p>Border police <b>stopped</b> them at dawn, a relative said.</p>",
        published=datetime(2026, 11, 18, 9, 30, tzinfo=UTC),
    ),
    Entry(
        "국경 검문소에서 세 명이 붙잡혔다",
        link="/a/2",
        summary="가족들은 연락이 끊겼다고 말했다.",
        published="Thu, 19 Nov 2026 06:00:00 +0900",
    ),
    Entry("A title that says <b>more</b>", guid="https://news.example.org/a/3"),
]


def both(body: bytes, content_type: str | None = None) -> tuple[object, object]:
    fast = parse_feed(body, url=URL, content_type=content_type, now=NOW)
    reference = parse_feed(body, url=URL, content_type=content_type, now=NOW, fast=False)
    return fast, reference


@pytest.mark.parametrize(
    "body",
    [rss(STORIES), atom(STORIES), rss(STORIES, language=None), rss([])],
    ids=["rss", "atom", "rss-without-language", "rss-without-items"],
)
def test_the_fast_path_reads_plain_feeds_as_feedparser_does(body: bytes) -> None:
    assert read_fast(body, url=URL, content_type=None) is not None
    fast, reference = both(body)
    assert fast == reference


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (rss(STORIES), "text/xml; charset=UTF-8"),
        (rss(STORIES, encoding="euc-kr"), None),
        (rss(STORIES, encoding="euc-kr"), "application/rss+xml; charset=euc-kr"),
        (rss([Entry("边境城市警方拘留了四名朝鲜人", guid="z-1")], encoding="gb2312"), None),
        (rss(STORIES), "application/rss+xml; charset=iso-8859-1"),
    ],
    ids=["text-xml-utf8", "euc-kr-declared", "euc-kr-charset", "gb2312", "latin1-charset-on-utf8"],
)
def test_documents_in_the_encoding_feedparser_picks_are_read_fast_and_alike(
    body: bytes, content_type: str | None
) -> None:
    assert read_fast(body, url=URL, content_type=content_type) is not None
    assert outcome(body, content_type, fast=True) == outcome(body, content_type, fast=False)


def test_the_fast_path_resolves_relative_links_and_html_titles_like_feedparser() -> None:
    items, _ = parse_feed(rss(STORIES), url=URL, now=NOW)
    assert items[1].link == "https://news.example.org/a/2"
    assert items[2].title == "A title that says more"
    assert items[0].link == "https://news.example.org/a/1?id=4"


RSS_HEAD = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
ITEM = "<item><title>Three people held near the river</title><link>https://x.example/1</link>"


def document(item_extra: str = "", *, head: str = RSS_HEAD) -> bytes:
    return f"{head}{ITEM}{item_extra}</item></channel></rss>".encode()


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (document(head=RSS_HEAD.replace("<rss", "<!DOCTYPE rss><rss")), None),
        (
            document(
                head=RSS_HEAD.replace("<channel>", '<channel xml:base="https://b.example/">')
            ),
            None,
        ),
        (rss(STORIES, encoding="euc-kr").replace(b"euc-kr", b"utf-16"), None),
        (rss(STORIES, encoding="euc-kr"), "application/xml; charset=utf-8"),
        (rss(STORIES), "text/xml"),
        (rss(STORIES), "text/html; charset=utf-8"),
        (document("<title>A second title</title>"), None),
        (
            document(
                '<itunes:summary xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">'
                "Another summary</itunes:summary>"
            ),
            None,
        ),
        (document("<image><title>Logo</title></image>"), None),
        (document("<description><p>markup inside</p></description>"), None),
        (document().replace(b"</channel>", b"").replace(b"</item>", b""), None),
        (atom(STORIES).replace(b'type="html"', b'type="xhtml"'), None),
        (atom(STORIES).replace(b"<link href=", b"<link rel='enclosure' x="), None),
        (
            atom(STORIES).replace(
                b"<link href=", b"<link xmlns:xl='http://www.w3.org/1999/xlink' href=", 2
            ),
            None,
        ),
        (
            document(
                '<cc:license xmlns:cc="http://web.resource.org/cc/">'
                "https://creativecommons.org/licenses/by/4.0/</cc:license>"
            ),
            None,
        ),
    ],
    ids=[
        "doctype",
        "xml-base",
        "declared-utf16-but-is-not",
        "charset-contradicts-the-bytes",
        "text-xml-without-charset",
        "not-an-xml-media-type",
        "repeated-title",
        "unknown-summary-variant",
        "nested-title",
        "markup-in-a-text-field",
        "not-well-formed",
        "xhtml-content",
        "atom-link-without-href",
        "atom-link-declaring-xlink",
        "licence-link",
    ],
)
def test_anything_unusual_is_declined_and_read_by_feedparser(
    body: bytes, content_type: str | None
) -> None:
    assert read_fast(body, url=URL, content_type=content_type) is None
    assert outcome(body, content_type, fast=True) == outcome(body, content_type, fast=False)


def outcome(body: bytes, content_type: str | None, *, fast: bool) -> object:
    try:
        return parse_feed(body, url=URL, content_type=content_type, now=NOW, fast=fast)
    except FeedError as exc:
        return exc.kind


LINKS = [
    "https://news.example.org/2026/11/20/three-held",
    "http://news.example.org/a?id=4&page=2#comments",
    "https://news.example.org:8443/a/b",
    "https://news.example.org",
    "https://news.example.org?edition=ko",
    "https://News.Example.org/Upper/Case",
    "HTTPS://news.example.org/upper-scheme",
    "https://news.example.org/a?",
    "https://news.example.org/a#",
    "https://news.example.org/a;",
    "https://news.example.org/a;jsessionid=5",
    "https://news.example.org/a b",
    " https://news.example.org/padded",
    "https://news.example.org/tab\tin/path",
    "https:///news.example.org/three-slashes",
    "https://[::1]/ipv6",
    "https://[::1/broken-ipv6",
    "https://user@news.example.org/a",
    "https://news.example.org/../up/./here",
    "https://뉴스.example.org/기사/1",
    "ftp://files.example.org/feed.xml",
    "/a/relative/path?x=1",
    "relative/path",
    "//news.example.org/scheme-relative",
    "?only=query",
    "#only-fragment",
    "mailto:desk@news.example.org",
    "tag:news.example.org,2026:story-7",
]


@pytest.mark.parametrize("link", LINKS)
@pytest.mark.parametrize("base", [URL, "http://news.example.org/feed", ""])
def test_links_are_joined_onto_the_feed_url_as_feedparser_joins_them(link: str, base: str) -> None:
    assert joined(base, link) == _urljoin(base, link)


@pytest.mark.parametrize(
    "title",
    [
        "Three people held near the river",
        "Three people held &amp; questioned",
        "Three people &lt;b&gt;held&lt;/b&gt; at the border",
        "Three people &lt;blink&gt;held&lt;/blink&gt;",
        "Three people held &amp;unknown; questioned",
        "Three &lt; four people held",
    ],
)
def test_titles_read_as_html_exactly_when_feedparser_reads_them_so(title: str) -> None:
    body = document().replace(b"Three people held near the river", title.encode())
    assert read_fast(body, url=URL, content_type=None) is not None
    assert outcome(body, None, fast=True) == outcome(body, None, fast=False)


DATED_RSS = f"""{RSS_HEAD.replace("<rss", '<rss xmlns:dc="http://purl.org/dc/elements/1.1/"')}
<item><title>Police detained two defectors at a station in Shenyang</title>
<guid>https://news.example.org/2026/11/shenyang</guid>
<link>https://news.example.org/2026/11/shenyang?from=rss</link>
<enclosure url="/img/station.jpg" length="48211" type="Image/JPEG"/>
<pubDate>
  Wed, 18 Nov 2026 21:40:00 +0900 </pubDate>
<dc:date>2026-11-19T08:05:00+09:00</dc:date>
</item></channel></rss>""".encode()
DATED_ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:feed</id>
<updated>2026-11-19T00:00:00Z</updated>
<entry><title>Family says a woman sent back from China is held in Sinuiju</title>
<id>https://news.example.org/2026/11/sinuiju</id>
<link rel="Alternate" type="text/html" href="/2026/11/sinuiju.html" hreflang="en"/>
<link rel="enclosure" type="audio/mpeg" href="https://cdn.example.org/a.mp3" length="9000"/>
<published>2026-11-17T10:00:00+09:00</published>
<updated> 2026-11-19T07:30:00+09:00 </updated>
</entry></feed>"""


@pytest.mark.parametrize("body", [DATED_RSS, DATED_ATOM], ids=["rss", "atom"])
def test_the_archive_keeps_the_same_entry_from_either_parser(body: bytes) -> None:
    assert read_fast(body, url=URL, content_type=None) is not None
    (fast,), _ = parse_feed(body, url=URL, now=NOW)
    (reference,), _ = parse_feed(body, url=URL, now=NOW, fast=False)
    fast_entry, reference_entry = archived(fast), archived(reference)
    for name in ("published", "updated", "links", "guidislink"):
        assert fast_entry[name] == reference_entry[name], name


def test_archived_dates_are_the_feeds_own_strings() -> None:
    rss_entry = archived(parse_feed(DATED_RSS, url=URL, now=NOW)[0][0])
    atom_entry = archived(parse_feed(DATED_ATOM, url=URL, now=NOW)[0][0])
    assert rss_entry["published"] == "Wed, 18 Nov 2026 21:40:00 +0900"
    assert rss_entry["updated"] == "2026-11-19T08:05:00+09:00"
    assert atom_entry["published"] == "2026-11-17T10:00:00+09:00"
    assert atom_entry["updated"] == "2026-11-19T07:30:00+09:00"


def archived(item: object) -> dict[str, object]:
    assert isinstance(item, Item)
    record: dict[str, object] = json.loads(entry_record(item))
    return record
