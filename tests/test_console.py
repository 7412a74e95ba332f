"""Console mode shows an alert's facts, why it fired and its source, and case updates and summaries."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from rich.console import Console

from bot.console import ConsoleNotifier, fact_rows, people_label, why_flagged
from bot.domain import Document, Facts, Item, Reason, Status, Tier, Verdict

DOC = Document(
    id="r1",
    title="Border guards hold a family of five North Koreans near a river crossing",
    text="Guards stopped the family, two of them children, on Tuesday; an aid group fears they "
    "will be sent back across the river within days.",
    lang="en",
    url="https://news.example.org/2031/family-held",
    date=date(2031, 5, 6),
    source="Example Wire",
)
FACTS = Facts(
    country="CN",
    place="Tumen",
    people=5,
    people_text="a family of five",
    groups=("children",),
    status=Status.FACING_REPATRIATION,
    orgs=("UNHCR",),
)
VERDICT = Verdict(
    tier=Tier.ALERT,
    score=0.93,
    facts=FACTS,
    reasons=(
        Reason("detention", "hold", "title", 14, 18),
        Reason("nk_people", "North Koreans", "title", 36, 49),
        Reason("detention", "hold", "text", 0, 4),
        Reason("repatriation", "sent back", "text", 80, 89),
    ),
)


def _console() -> Console:
    return Console(record=True, width=100, color_system=None)


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (Facts(people=7), "7"),
        (Facts(people=20, people_approx=True, people_text="20여 명"), "about 20 (20여 명)"),
        (Facts(people_text="dozens"), "dozens"),
        (Facts(people=11, people_text="11"), "11"),
        (Facts(), None),
    ],
    ids=["exact", "approximate-korean", "words-only", "same-text", "unknown"],
)
def test_people_are_shown_with_the_phrase_they_came_from(
    facts: Facts, expected: str | None
) -> None:
    assert people_label(facts) == expected


def test_unknown_facts_are_left_out_rather_than_shown_empty() -> None:
    rows = dict(fact_rows(Facts(country="RU", status=Status.RELEASED)))
    assert rows == {"Where": "Russia (RU)", "Status": "released"}


def test_matched_terms_are_listed_once_each_without_rule_names() -> None:
    assert why_flagged(VERDICT) == "“hold”, “North Koreans”, “sent back”"


def test_an_alert_shows_headline_facts_reasons_and_source() -> None:
    console = _console()
    notifier = ConsoleNotifier(console)
    notifier.alert(DOC, VERDICT, case_id=12)
    out = console.export_text()
    for expected in (
        "ALERT",
        "case C12",
        "Border guards hold a family of five",
        "5 (a family of five)",
        "children",
        "Tumen, China (CN)",
        "facing repatriation",
        "UNHCR",
        "“sent back”",
        "Example Wire · 2031-05-06",
        "https://news.example.org/2031/family-held",
    ):
        assert expected in out, expected
    assert notifier.alerts == 1


def test_an_alert_from_a_feed_item_uses_its_link_and_date() -> None:
    item = Item(
        key="k",
        title="Police detain three North Koreans at a bus station",
        summary="",
        link="https://feed.example.org/3",
        published=datetime(2031, 1, 2, 8, tzinfo=UTC),
        language="en",
        fingerprint="f",
    )
    console = _console()
    ConsoleNotifier(console).alert(item, VERDICT, source="sample-en")
    out = console.export_text()
    assert "sample-en · 2031-01-02 · https://feed.example.org/3" in out
    assert "Police detain three North Koreans" in out


def test_a_status_change_is_spelled_out_from_old_to_new() -> None:
    released = Verdict(Tier.ALERT, 0.9, Facts(country="CN", status=Status.RELEASED))
    console = _console()
    ConsoleNotifier(console).case_update(
        DOC, released, case_id=12, previous_status=Status.FACING_REPATRIATION
    )
    out = console.export_text()
    assert "Case C12 update" in out
    assert "status: facing repatriation → released" in out


def test_a_report_without_news_on_the_status_is_a_plain_update() -> None:
    same = Verdict(Tier.ALERT, 0.9, Facts(status=Status.DETAINED))
    console = _console()
    ConsoleNotifier(console).case_update(DOC, same, case_id=3, previous_status=Status.DETAINED)
    assert "new report" in console.export_text()


def test_a_case_summary_is_printed_whole_under_its_case() -> None:
    summary = (
        "5 North Koreans, including children, held in Tumen (China); now facing repatriation."
    )
    console = _console()
    notifier = ConsoleNotifier(console)
    notifier.case_summary(12, summary, title="Family of five held in Tumen [CN]")
    out = console.export_text()
    assert "Case C12 · Family of five held in Tumen [CN]" in out
    assert "now facing repatriation." in out
    assert notifier.summaries == 1


def test_a_long_report_text_is_cut_to_an_excerpt() -> None:
    long_doc = Document(id="x", title="t", text="word " * 400)
    console = _console()
    ConsoleNotifier(console).alert(long_doc, VERDICT)
    assert "…" in console.export_text()


def test_a_report_without_an_outlet_name_shows_the_link_host() -> None:
    doc = Document(
        id="x", title="t", text="", url="https://www.example.org/a", date=date(2031, 1, 1)
    )
    console = _console()
    ConsoleNotifier(console).alert(doc, VERDICT, case_id="C7")
    out = console.export_text()
    assert "example.org · 2031-01-01 · https://www.example.org/a" in out
    assert "case C7" in out
