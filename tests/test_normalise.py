"""The pure rules that turn a feed entry into a report: URLs, plain text, keys, dates, fingerprints."""

from __future__ import annotations

import base64
import re
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import pytest

from bot.feeds.normalise import (
    SUMMARY_MAX_CHARS,
    EntryError,
    FeedContext,
    _canonical,
    _parsed_text,
    canonical_url,
    collapse_whitespace,
    fingerprint,
    html_to_text,
    normalise_entry,
    normalised_title,
)
from bot.feeds.unwrap import unwrap_redirect
from bot.textlang import detect_language

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        (
            "https://news.example.org/a/1?utm_source=rss&utm_medium=feed&id=7",
            "https://news.example.org/a/1?id=7",
        ),
        ("https://news.example.org/a/1?fbclid=XYZ&gclid=abc", "https://news.example.org/a/1"),
        ("HTTPS://News.Example.ORG/Path/Case", "https://news.example.org/Path/Case"),
        ("https://news.example.org/a/1#comments", "https://news.example.org/a/1"),
        ("https://news.example.org:443/a", "https://news.example.org/a"),
        ("http://news.example.org:8080/a", "http://news.example.org:8080/a"),
        ("https://news.example.org", "https://news.example.org/"),
        ("  https://news.example.org/a  ", "https://news.example.org/a"),
        ("https://news.example.org/a?b=2&a=1", "https://news.example.org/a?b=2&a=1"),
        ("https://news.example.org/s?q=a+b&flag", "https://news.example.org/s?q=a+b&flag"),
        ("mailto:desk@example.org", "mailto:desk@example.org"),
        ("http://[::1", "http://[::1"),
    ],
    ids=[
        "utm-removed",
        "click-ids-removed",
        "scheme-host-lowercased",
        "fragment-dropped",
        "default-port-dropped",
        "other-port-kept",
        "empty-path-slash",
        "whitespace-trimmed",
        "param-order-kept",
        "clean-query-untouched",
        "non-http-untouched",
        "broken-url-untouched",
    ],
)
def test_canonical_url_removes_tracking_and_noise(raw: str, canonical: str) -> None:
    assert canonical_url(raw) == canonical
    assert canonical_url(canonical_url(raw)) == canonical_url(raw)


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>Two <b>women</b> were held.</p>", "Two women were held."),
        ("Before<script>alert('x')</script> after", "Before after"),
        ("<style>p { color: red }</style>Plain words", "Plain words"),
        (
            "Tom &amp; Jerry &lt;3 &#8220;quoted&#8221; &nbsp;ok",
            "Tom & Jerry <3 \u201cquoted\u201d ok",
        ),
        ("line one<br>line two<br/>line three", "line one line two line three"),
        ("  lots \n\n of\t\tspace  ", "lots of space"),
        ("<div><p>unclosed <i>tags", "unclosed tags"),
        ("no markup at all", "no markup at all"),
        ("<img src=x onerror=alert(1)>caption", "caption"),
    ],
    ids=[
        "tags",
        "script",
        "style",
        "entities",
        "breaks",
        "whitespace",
        "unclosed",
        "plain",
        "attributes",
    ],
)
def test_html_becomes_plain_text(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


def test_whitespace_is_what_a_regex_calls_whitespace_in_every_script() -> None:
    characters = [chr(code) for code in range(0x3001)]  # U+3000, the ideographic space, is last
    spaces = [c for c in characters if re.fullmatch(r"\s", c)]
    assert len(spaces) > 20
    for c in characters:
        assert collapse_whitespace(f"a{c}{c}b") == ("a b" if c in spaces else f"a{c}{c}b")
    for c in spaces:
        assert collapse_whitespace(f"{c}a{c}") == "a"


# Summaries as feeds write them, and markup the quick reading must leave to html.parser.
MARKUP = [
    "<p>Police detained <b>four</b> people at the station, a relative said.</p>",
    '<p class="lead">Four people held</p><p><a href="https://x.example/a?b=1&amp;c=2">More</a></p>',
    "<P>Upper-case TAGS</P><BR/>and a break<br />there",
    "<img src='https://x.example/p.jpg' alt=\"a photo\" width=300>Caption under it",
    "<div><p>unclosed <i>tags and &amp; an entity &#8220;quoted&#8221; &nbsp;ok",
    "Tom &amp Jerry &notanentity; &#x41; at the end &amp",
    "<p data-id=7 hidden>bare attributes</p>",
    "<h2>Headline</h2><ul><li>one</li><li>two</li></ul><table><tr><td>cell</td></tr></table>",
    "<p>a paragraph</p><!-- a comment --><p>another</p>",
    "Before<script>alert('x')</script> after",
    "<SCRIPT>shouting()</SCRIPT>after",
    "Three < four and five > two",
    '<a href="x>y">quoted angle</a>',
    "<my-widget>custom element</my-widget>",
    "<p\x0bclass=x>vertical tab in a tag</p>",
    '<p class="a"id="b">attributes run together</p>',
    "<br/ >odd close<p / >",
    "</p class=x>an end tag with attributes",
    "<![CDATA[raw]]> and <?php echo 1 ?> and <!DOCTYPE html>",
    "<p>unfinished <b",
    "<p>&lt;b&gt;escaped markup&lt;/b&gt;</p>",
    "<span title='it&apos;s'>apostrophe</span>",
]


@pytest.mark.parametrize("markup", MARKUP)
def test_the_quick_reading_of_markup_gives_what_the_html_parser_gives(markup: str) -> None:
    assert html_to_text(markup) == collapse_whitespace(_parsed_text(markup))


@pytest.mark.parametrize(
    "link",
    [
        "https://news.example.org/2026/11/20/four-held.html",
        "http://news.example.org/a/b;jsessionid=1/c",
        "https://news.example.org/",
        "https://news.example.org/a%20b/%EC%A4%91",
        "https://google.example.org/not-google",
        "https://www.google.com/url?q=https://news.example.org/a&sa=U",
        "https://news.google.com/rss/articles/CBMiK2h0dHBzOi8vbmV3cy5leGFtcGxlLm9yZy9hcnRpY2xlLzQyP3NyYz1nbtIBAA",
        "https://news.example.org/news.google.com/x",
        "https://news.example.org./trailing-dot",
        "https://news.example.org:443/default-port",
        "https://News.example.org/upper-host",
        "https://news.example.org/a?utm_source=x",
        "https://news.example.org/a#top",
    ],
)
def test_links_already_canonical_come_back_as_the_full_rules_give_them(link: str) -> None:
    full_rules = _canonical(link)
    assert canonical_url(link) == full_rules
    assert canonical_url(f" {link}\n") == full_rules


def _entry(**fields: Any) -> dict[str, Any]:
    return {"title": "Two people detained near the border crossing", **fields}


def _normalise(entry: dict[str, Any], context: FeedContext | None = None) -> tuple[Any, list[str]]:
    warnings: list[str] = []
    item = normalise_entry(entry, context=context or FeedContext(), now=NOW, warnings=warnings)
    return item, warnings


@pytest.mark.parametrize(
    ("entry", "key"),
    [
        (
            _entry(id="tag:example.org,2026:42", link="https://x.example/a"),
            "tag:example.org,2026:42",
        ),
        (
            _entry(id="https://X.example/a?utm_campaign=z", link="https://x.example/b"),
            "https://x.example/a",
        ),
        (_entry(id="", link="https://x.example/a?utm_source=feed"), "https://x.example/a"),
        (_entry(id="null", link="https://x.example/a"), "https://x.example/a"),
        (_entry(link="https://x.example/a"), "https://x.example/a"),
    ],
    ids=["guid", "url-guid-canonical", "empty-guid-link", "bare-guid-link", "no-guid-link"],
)
def test_the_key_is_the_guid_else_the_canonical_link(entry: dict[str, Any], key: str) -> None:
    item, _ = _normalise(entry)
    assert item.key == key


def test_without_guid_or_link_the_key_is_a_content_hash() -> None:
    first, _ = _normalise(_entry(summary="Same words."))
    again, _ = _normalise(_entry(summary="Same words."))
    other, _ = _normalise(_entry(summary="Different words."))
    assert first.key.startswith("sha256:") and first.key == again.key != other.key


def test_a_guid_shared_by_several_entries_is_not_used_as_the_key() -> None:
    context = FeedContext(shared_guids=frozenset({"https://x.example/"}))
    item, _ = _normalise(_entry(id="https://x.example/", link="https://x.example/a/9"), context)
    assert item.key == "https://x.example/a/9"


def test_the_link_loses_its_tracking_parameters() -> None:
    item, _ = _normalise(_entry(link="https://x.example/a?id=3&utm_medium=rss&fbclid=1"))
    assert item.link == "https://x.example/a?id=3"


def test_published_time_is_utc_and_missing_dates_are_none() -> None:
    dated, _ = _normalise(
        _entry(published_parsed=time.struct_time((2026, 11, 3, 8, 15, 0, 1, 307, 0)))
    )
    undated, _ = _normalise(_entry())
    assert dated.published == datetime(2026, 11, 3, 8, 15, tzinfo=UTC)
    assert undated.published is None


def test_a_date_the_fast_path_read_as_a_datetime_is_the_published_time() -> None:
    item, _ = _normalise(_entry(published_parsed=datetime(2026, 11, 3, 8, 15, tzinfo=UTC)))
    assert item.published == datetime(2026, 11, 3, 8, 15, tzinfo=UTC)


def test_updated_time_stands_in_for_a_missing_published_time() -> None:
    item, _ = _normalise(
        _entry(updated_parsed=time.struct_time((2026, 10, 1, 0, 0, 0, 3, 274, 0)))
    )
    assert item.published == datetime(2026, 10, 1, tzinfo=UTC)


def test_a_date_far_in_the_future_is_clamped_to_now_with_a_warning() -> None:
    item, warnings = _normalise(
        _entry(published_parsed=time.struct_time((2027, 5, 1, 0, 0, 0, 5, 121, 0)))
    )
    assert item.published == NOW
    assert any("future" in w for w in warnings)


def test_a_date_a_few_hours_ahead_is_kept() -> None:
    item, warnings = _normalise(
        _entry(published_parsed=time.struct_time((2026, 11, 20, 20, 0, 0, 4, 324, 0)))
    )
    assert item.published == datetime(2026, 11, 20, 20, 0, tzinfo=UTC) and not warnings


def test_the_summary_is_capped() -> None:
    item, _ = _normalise(_entry(summary="word " * 5000))
    assert len(item.summary) <= SUMMARY_MAX_CHARS and item.summary.endswith("…")


def test_a_plain_text_title_keeps_its_angle_brackets() -> None:
    item, _ = _normalise({"title": "Ratio <3:1> in count", "title_detail": {"type": "text/plain"}})
    assert item.title == "Ratio <3:1> in count"


def test_an_entry_with_nothing_to_show_or_identify_is_refused() -> None:
    with pytest.raises(EntryError):
        _normalise({"id": "  ", "summary": "<p> </p>"})


def test_an_entry_with_only_a_link_is_kept_under_its_link() -> None:
    item, _ = _normalise({"link": "https://x.example/a?utm_source=z"})
    assert item.title == item.key == "https://x.example/a"


@pytest.mark.parametrize(
    ("context", "title", "language"),
    [
        (FeedContext(spec_language="ko", feed_language="en"), "Plain English words", "ko"),
        (FeedContext(feed_language="zh-CN"), "Plain English words", "zh"),
        (FeedContext(), "탈북민 일가족이 국경에서 붙잡혔다", "ko"),
        (FeedContext(), "Plain English words", "en"),
        (FeedContext(feed_language="en-us"), "탈북민 일가족이 국경에서 붙잡혔다", "ko"),
        (FeedContext(feed_language="ja"), "北朝鮮国境", "ja"),
        (FeedContext(feed_language="fr"), "Des réfugiés arrêtés à la frontière", "fr"),
    ],
    ids=[
        "feeds-yaml-wins",
        "feed-tag-next",
        "detected-last",
        "default-english",
        "wrong-tag-overruled-by-script",
        "han-only-text-keeps-ja-tag",
        "latin-text-keeps-its-tag",
    ],
)
def test_language_comes_from_the_spec_then_the_feed_then_the_text(
    context: FeedContext, title: str, language: str
) -> None:
    item, _ = _normalise({"title": title}, context)
    assert item.language == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officials confirmed the arrests on Tuesday.", "en"),
        ("중국 공안이 탈북민 다섯 명을 체포했다고 전했다.", "ko"),
        ("中国警方在边境城市拘留了五名脱北者。", "zh"),
        ("国境付近で脱北者が拘束されたと伝えられた。", "ja"),
        ("Полиция задержала пятерых человек у границы.", "ru"),
        ("Поліція затримала п'ятьох людей біля кордону.", "uk"),
        ("ตำรวจจับกุมผู้ลี้ภัยห้าคนที่ชายแดน", "th"),
        ("الشرطة اعتقلت خمسة أشخاص قرب الحدود", "ar"),
        ("پولیس نے سرحد کے قریب پانچ افراد کو گرفتار کر لیا ہے", "ur"),
        ("UN envoy met 김 in Seoul to discuss the detained families and their cases.", "en"),
        ("", "en"),
    ],
    ids=["en", "ko", "zh", "ja", "ru", "uk", "th", "ar", "ur", "en-with-hangul-name", "empty"],
)
def test_language_is_detected_from_the_script(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Seven refugees held in a northern city - Yonhap",
            "Seven refugees held in a northern city | Daily Bulletin",
        ),
        (
            "(LEAD) Seven refugees held in a northern city",
            "Seven Refugees Held in a Northern City!",
        ),
        (
            "[속보] 중국 공안, 탈북민 일곱 명 국경 도시에서 체포",
            "중국 공안, 탈북민 일곱 명 국경 도시에서 체포",
        ),
    ],
    ids=["outlet-suffix", "prefix-case-punctuation", "korean-breaking-tag"],
)
def test_syndicated_copies_share_a_fingerprint(first: str, second: str) -> None:
    day = datetime(2026, 11, 18, 3, 0, tzinfo=UTC)
    later_same_day = datetime(2026, 11, 18, 22, 0, tzinfo=UTC)
    assert fingerprint(first, day, "k1") == fingerprint(second, later_same_day, "k2")


def test_the_same_title_on_another_day_is_another_story() -> None:
    title = "Seven refugees held in a northern city"
    assert fingerprint(title, datetime(2026, 11, 18, tzinfo=UTC), "k1") != fingerprint(
        title, datetime(2026, 11, 25, tzinfo=UTC), "k2"
    )


def test_a_short_title_falls_back_to_the_key() -> None:
    when = datetime(2026, 11, 18, tzinfo=UTC)
    assert fingerprint("News update", when, "k1") != fingerprint("News update", when, "k2")
    assert fingerprint("News update", when, "k1") == fingerprint("News update", None, "k1")


def test_normalised_title_drops_outlet_tags_and_punctuation() -> None:
    assert normalised_title("(2nd LD) Court Hears the Case, Again - Example Wire") == (
        "court hears the case again"
    )


# -- aggregators' redirect links -------------------------------------------------------------------
OUTLET = "https://www.example.org/world/2026/11/19/border-arrests?id=5"


def _google_news_id(*fields: tuple[int, bytes]) -> str:
    """An article id as Google News writes it: base64url of a protobuf message, no padding."""
    message = b"\x08\x13"  # field 1, a varint
    for number, value in fields:
        message += bytes([number << 3 | 2, len(value)]) + value
    return base64.urlsafe_b64encode(message).decode().rstrip("=")


@pytest.mark.parametrize(
    ("link", "unwrapped"),
    [
        (
            "https://www.google.com/url?rct=j&sa=t&url="
            + quote(OUTLET, safe="")
            + "&ct=ga&cd=CAIyGjA&usg=AOvVaw0",
            OUTLET,
        ),
        ("https://news.google.com/news/url?sa=t&fd=R&url=" + quote(OUTLET, safe=""), OUTLET),
        (
            "https://news.google.com/rss/articles/"
            + _google_news_id((4, OUTLET.encode()), (5, b"amp"))
            + "?oc=5",
            OUTLET,
        ),
        (
            "https://news.google.com/rss/articles/" + _google_news_id((4, b"AU_yqLopaque")),
            None,
        ),
        ("https://www.google.com/search?q=" + quote(OUTLET, safe=""), None),
        ("https://www.google.com/url?url=javascript:alert(1)", None),
        ("https://news.example.org/url?url=" + quote(OUTLET, safe=""), None),
    ],
    ids=[
        "google-alerts",
        "old-google-news",
        "google-news-article-id",
        "new-google-news-id-kept",
        "google-search-kept",
        "non-web-target-kept",
        "not-google-kept",
    ],
)
def test_google_redirect_links_become_the_outlets_own_url(
    link: str, unwrapped: str | None
) -> None:
    expected = canonical_url(unwrapped) if unwrapped else canonical_url(link.split("#")[0])
    assert unwrap_redirect(link) == (unwrapped or link)
    assert canonical_url(link) == expected


def test_a_story_reached_through_google_and_directly_gets_one_key() -> None:
    via_google = {
        "title": "Held at the border",
        "link": "https://www.google.com/url?url=" + quote(OUTLET, safe=""),
    }
    direct = {"title": "Held at the border", "link": OUTLET}
    context = FeedContext(spec_language="en")
    items = [
        normalise_entry(e, context=context, now=NOW, warnings=[]) for e in (via_google, direct)
    ]
    assert items[0].link == items[1].link == canonical_url(OUTLET)
    assert items[0].key == items[1].key
