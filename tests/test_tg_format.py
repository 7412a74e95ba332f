"""Alert, update, case and list messages: escaped, within Telegram's limit, with their buttons."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest

from bot.domain import Facts, Status, Tier
from bot.tg.format import MAX_LENGTH, fit, format_alert, format_status_change, format_update, units
from bot.tg.replies import format_case, format_case_list, format_search, format_sources
from bot.tg.views import AlertView, CaseRow, CaseView, FeedRow, ReportRow, TimelineEntry

FACTS = Facts(
    country="CN",
    place="Tumen",
    people=5,
    people_text="a family of five",
    groups=("children",),
    status=Status.DETAINED,
)
ALERT = AlertView(
    report_id=41,
    case_id=7,
    title="Family of five held near the border",
    link="https://news.example/a?x=1&y=2",
    source="Example <News>",
    published=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
    facts=FACTS,
    terms=("detained", "forced repatriation", "detained"),
)


class TagBalance(HTMLParser):
    """Counts open tags; Telegram rejects unbalanced HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag


def balanced(html: str) -> bool:
    parser = TagBalance()
    parser.feed(html)
    parser.close()
    return not parser.stack


def test_alert_shows_what_happened_to_how_many_where_then_headline_reasons_and_source() -> None:
    out = format_alert(ALERT, "en")
    assert out.text.startswith("🚨 <b>Detained · 5 people · Tumen, China</b>\n")
    assert "Family of five held near the border" in out.text
    assert "<b>Status:</b> detained" in out.text
    assert "<b>Who:</b> children" in out.text
    assert "<b>Why flagged:</b> detained, forced repatriation\n" in out.text
    assert '<a href="https://news.example/a?x=1&amp;y=2">Example &lt;News&gt;</a>' in out.text
    assert not out.link_preview


def test_alert_has_case_summary_and_not_relevant_buttons() -> None:
    (row,) = format_alert(ALERT, "en").buttons
    assert [(b.text, b.data) for b in row] == [
        ("Case summary", "case:7"),
        ("Not relevant", "fb:41"),
    ]


def test_alert_in_korean_uses_korean_labels() -> None:
    out = format_alert(ALERT, "ko")
    assert out.text.startswith("🚨 <b>구금 · 5명 · 중국 투먼</b>")
    assert "<b>상태:</b> 구금" in out.text and "<b>누가:</b> 어린이" in out.text
    assert out.buttons[0][0].text == "사건 요약"


@pytest.mark.parametrize(
    "title",
    ["<script>alert(1)</script>", "Tom & Jerry <b>bold</b>", "a &amp; b"],
    ids=["script", "tags", "entity"],
)
def test_every_outside_string_is_escaped(title: str) -> None:
    out = format_alert(AlertView(report_id=1, title=title, source=title), "en")
    assert "<script>" not in out.text and balanced(out.text)


def test_a_huge_report_is_cut_short_without_breaking_html() -> None:
    evidence = "Detained & questioned <again>. " * 400 + "🙂" * 500
    facts = Facts(status=Status.DETAINED, evidence=evidence, orgs=("A & B <org>",) * 40)
    out = format_alert(
        AlertView(report_id=1, title="t & " * 1000, excerpt=evidence, facts=facts), "en"
    )
    assert units(out.text) <= 1500
    assert balanced(out.text)
    assert not re.search(r"&[a-z]*…", out.text), "cut inside an entity"
    assert "…" in out.text and "questioned" in out.text


@pytest.mark.parametrize(
    ("raw", "budget", "expected"),
    [
        ("short", 100, "short"),
        ("a & b", 100, "a &amp; b"),
        ("one two three four", 10, "one two…"),
        ("&&&&&&", 12, "&amp;&amp;…"),
        ("abc", 1, ""),
    ],
    ids=["fits", "escaped", "word-boundary", "no-half-entity", "no-room"],
)
def test_fit_cuts_raw_text_before_escaping(raw: str, budget: int, expected: str) -> None:
    assert fit(raw, budget) == expected


def test_update_and_status_change_are_short_and_name_the_case() -> None:
    update = format_update(ALERT, "en")
    assert update.text.startswith("🔁 <b>Case C7 update · 5 people · Tumen, China</b>")
    change = format_status_change(
        AlertView(
            report_id=2, case_id=7, title="Sent back", facts=Facts(status=Status.REPATRIATED)
        ),
        "en",
    )
    assert change.text.startswith("⛔ <b>Case C7: now repatriated</b>")
    assert len(update.text) < len(format_alert(ALERT, "en").text)


def test_non_http_links_are_not_made_clickable() -> None:
    out = format_alert(AlertView(report_id=1, title="x", link="javascript:alert(1)"), "en")
    assert "href" not in out.text


def test_case_shows_summary_timeline_and_sources() -> None:
    case = CaseView(
        id=3,
        headline="Two women held",
        summary="Two women were held & moved.",
        status=Status.FACING_REPATRIATION,
        country="LA",
        timeline=(
            TimelineEntry(date(2026, 10, 1), Status.ARRESTED),
            TimelineEntry(date(2026, 10, 9), Status.FACING_REPATRIATION),
        ),
        sources=(ReportRow(9, "First report", "https://a.example/1", "A News"),),
    )
    text = format_case(case, "en").text
    assert "<b>Case C3</b> · Laos · facing repatriation" in text
    assert "Two women were held &amp; moved." in text
    assert "2026-10-01 — arrested" in text
    assert '1. <a href="https://a.example/1">First report</a> — A News' in text


def test_a_case_with_a_huge_summary_still_fits() -> None:
    case = CaseView(id=1, headline="h", summary="x & y " * 3000)
    text = format_case(case, "en").text
    assert units(text) <= MAX_LENGTH and balanced(text)


def test_case_list_pages_forward_and_back() -> None:
    rows = [CaseRow(id=i, headline=f"Case {i}", status=Status.DETAINED) for i in range(9, 1, -1)]
    out = format_case_list(
        rows, "en", offset=8, page_size=8, has_more=True, page_data="cases:{offset}:-:-:-"
    )
    nav = [b.data for b in out.buttons[-1]]
    assert nav == ["cases:0:-:-:-", "cases:16:-:-:-"]
    assert "Cases (9–16)" in out.text


def test_an_empty_case_list_says_so() -> None:
    out = format_case_list([], "en", offset=0, page_size=8, has_more=False, page_data="x{offset}")
    assert out.text == "No cases match." and out.buttons == ()


def test_search_lists_cases_and_reports() -> None:
    out = format_search(
        "border",
        [CaseRow(id=4, headline="Border case")],
        [ReportRow(id=5, title="A <border> story", case_id=4)],
        "en",
    )
    assert "<b>C4</b> Border case" in out.text and "A &lt;border&gt; story (C4)" in out.text


def test_sources_show_health_and_operators_also_see_errors() -> None:
    feeds = [
        FeedRow("Good feed", True),
        FeedRow("Bad feed", False, error="HTTP 500"),
        FeedRow("New", None),
    ]
    public = format_sources(feeds, "en").text
    assert "🟢 Good feed — ok" in public and "🔴 Bad feed — failing" in public
    assert "HTTP 500" not in public
    assert "HTTP 500" in format_sources(feeds, "en", with_errors=True).text


def test_unknown_tier_labels_related_reports_as_background() -> None:
    out = format_alert(AlertView(report_id=1, title="x", tier=Tier.RELATED), "en")
    assert out.text.startswith("ℹ️ <b>Background</b>")


def test_a_case_whose_newest_report_is_old_says_when_it_was_last_reported() -> None:
    today = date(2026, 12, 2)
    old = CaseView(id=5, headline="Two held", country="CN", last_seen=date(2021, 3, 14))
    first_line = format_case(old, "en", today=today).text.splitlines()[0]
    assert first_line == "<b>Case C5</b> · China · last reported 2021-03"
    assert "마지막 보도 2021-03" in format_case(old, "ko", today=today).text
    fresh = CaseView(id=6, headline="Two held", country="CN", last_seen=date(2026, 11, 30))
    assert "last reported" not in format_case(fresh, "en", today=today).text
    rows = [CaseRow(id=5, headline="Two held", updated=date(2021, 3, 14))]
    listing = format_case_list(
        rows, "en", offset=0, page_size=8, has_more=False, page_data="x", today=today
    )
    assert "last reported 2021-03" in listing.text


def test_an_incident_date_given_only_as_a_month_is_shown_as_that_month() -> None:
    day = replace(ALERT, incident_date=date(2019, 11, 7))
    month = replace(ALERT, incident_date=date(2019, 11, 1), incident_month_only=True)
    assert "· 2019-11-07</b>" in format_alert(day, "en").text
    assert "· 2019-11</b>" in format_alert(month, "en").text
