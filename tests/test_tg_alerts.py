"""Alerts rendered into outbox rows: one per chat, in the chat's language, with the right kind."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from bot.audience import Recipient
from bot.cases import ReportRef, build_record
from bot.delivery.message import Message, MessageKind
from bot.domain import Facts, Reason, Status, Tier, Verdict
from bot.tg.alerts import (
    alert_messages,
    alert_view,
    broadcast_messages,
    fold_into,
    later_report_line,
)
from bot.tg.views import AlertView

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
ALERT = AlertView(
    report_id=5,
    case_id=2,
    title="Three held after crossing",
    facts=Facts(country="RU", people=3, status=Status.DETAINED),
    terms=("detained",),
)


def recipients() -> list[Recipient]:
    return [
        Recipient(chat_id=1, message_thread_id=None, language="en", not_before=None),
        Recipient(chat_id=-100, message_thread_id=7, language="ko", not_before=None),
        Recipient(chat_id=3, message_thread_id=None, language=None, not_before=None),
    ]


def test_each_chat_gets_one_row_in_its_language() -> None:
    rows = alert_messages(ALERT, MessageKind.ALERT, recipients())
    assert [(r.chat_id, r.lang, r.message_thread_id) for r in rows] == [
        (1, "en", None),
        (-100, "ko", 7),
        (3, "en", None),
    ]
    assert "Russia" in rows[0].text and "러시아" in rows[1].text
    assert all(r.report_id == 5 and r.case_id == 2 and not r.link_preview for r in rows)
    assert [b.data for b in rows[0].buttons[0]] == ["case:2", "fb:5"]


def test_a_chat_in_quiet_hours_gets_its_alert_held_until_they_end() -> None:
    morning = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
    quiet = Recipient(chat_id=8, message_thread_id=None, language="en", not_before=morning)
    (held, at_once) = alert_messages(ALERT, MessageKind.ALERT, [quiet, *recipients()[:1]])
    assert held.deliver_after == morning and at_once.deliver_after is None


@pytest.mark.parametrize(
    ("kind", "marker"),
    [
        (MessageKind.ALERT, "🚨 <b>Detained · 3 people · Russia</b>"),
        (MessageKind.UPDATE, "🔁 <b>Case C2 update"),
        (MessageKind.STATUS_CHANGE, "🚨 <b>Case C2: now detained"),
    ],
    ids=["alert", "update", "status-change"],
)
def test_the_kind_picks_the_format(kind: MessageKind, marker: str) -> None:
    (row,) = alert_messages(ALERT, kind, recipients()[:1])
    assert marker in row.text and row.kind is kind


def test_a_broadcast_is_escaped_and_deduplicated_per_request() -> None:
    rows = broadcast_messages("Vigil <tonight> & tomorrow", [(1, None), (2, 9)], NOW)
    assert [r.text for r in rows] == ["📣 Vigil &lt;tonight&gt; &amp; tomorrow"] * 2
    assert rows[0].dedupe_key == rows[1].dedupe_key
    assert rows[1].message_thread_id == 9
    again = broadcast_messages("Vigil <tonight> & tomorrow", [(1, None)], NOW)
    assert again[0].dedupe_key == rows[0].dedupe_key


def test_alert_view_takes_facts_and_the_deciding_words_from_the_verdict() -> None:
    verdict = Verdict(
        tier=Tier.ALERT,
        score=0.8,
        facts=Facts(country="CN"),
        reasons=(
            Reason("tier:alert.incident", "arrested", "title", 0, 8),
            Reason("subject", "They", "text", 0, 4),
            Reason("subject", "The group", "text", 10, 19),
            Reason("veto:trap_workers", "dispatched workers", "text", 30, 48),
            Reason("status:facing (cue 'faces')", "forced repatriation", "text", 50, 69),
            Reason("subject", "North Koreans", "title", 20, 33),
            Reason("country:CN", "Dandong", "title", 40, 47),
        ),
    )
    view = alert_view(report_id=1, title="t", verdict=verdict, case_id=4)
    assert (view.facts.country, view.terms, view.tier, view.case_id) == (
        "CN",
        ("forced repatriation", "arrested", "North Koreans", "Dandong"),
        Tier.ALERT,
        4,
    )


def test_an_undated_report_shows_its_cases_incident_date_as_the_case_gives_it() -> None:
    told = ReportRef(
        "r1", "Harbour Times", None, date(2019, 11, 20), "en", "r1",
        Facts(country="CN", date=date(2019, 11, 1), date_month_only=True),
    )  # fmt: skip
    case = build_record("C4", [told])
    verdict = Verdict(Tier.ALERT, 0.8, facts=Facts(country="CN"))
    view = alert_view(report_id=2, title="t", verdict=verdict, case_id=4, case=case)
    assert (view.incident_date, view.incident_month_only) == (date(2019, 11, 1), True)


MORNING = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
NINE = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
LATER = AlertView(
    report_id=6,
    case_id=2,
    title="Three held after crossing face deportation",
    source="Border Wire",
    link="https://border.example/2",
    published=NOW,
    facts=Facts(country="RU", people=3, status=Status.FACING_REPATRIATION),
)


def queued_first(**fields: object) -> Message:
    (first,) = alert_messages(ALERT, MessageKind.ALERT, recipients()[:1])
    return replace(first, **fields)  # type: ignore[arg-type]


def later_message(**fields: object) -> Message:
    (later,) = alert_messages(LATER, MessageKind.STATUS_CHANGE, recipients()[:1])
    return replace(later, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("first", "later", "expected"),
    [
        (
            {"deliver_after": MORNING, "silent": True},
            {"deliver_after": None, "urgent": True},
            (None, True, False, False),
        ),
        (
            {"deliver_after": MORNING, "silent": True},
            {"deliver_after": MORNING, "silent": True},
            (MORNING, False, True, False),
        ),
        (
            {"deliver_after": NINE, "digest": True, "silent": True},
            {"deliver_after": NINE, "digest": True, "silent": True},
            (NINE, False, True, True),
        ),
        (
            {"deliver_after": NINE, "digest": True, "silent": True},
            {"deliver_after": None, "urgent": True},
            (None, True, False, False),
        ),
    ],
    ids=[
        "urgent-news-sends-it-now",
        "both-wait",
        "both-in-the-digest",
        "urgent-leaves-the-digest",
    ],
)
def test_a_later_report_folds_into_the_first_alert_going_as_soon_and_loud_as_either(
    first: dict[str, object], later: dict[str, object], expected: tuple[object, ...]
) -> None:
    line = later_report_line(LATER, "en", status_changed=True)
    merged = fold_into(queued_first(**first), later_message(**later), line)
    assert merged is not None
    assert (merged.deliver_after, merged.urgent, merged.silent, merged.digest) == expected
    assert merged.report_id == 5 and merged.kind is MessageKind.ALERT
    assert merged.text.endswith(
        '➕ <b>Also reported:</b> <a href="https://border.example/2">Border Wire</a> · 2026-11-23\n'
        "⚠️ <b>Status now: facing repatriation</b>"
    )


def test_a_fold_that_would_pass_telegrams_limit_is_refused() -> None:
    long_first = queued_first(text="x" * 4090)
    assert fold_into(long_first, later_message(), "➕ one more line") is None


@pytest.mark.parametrize(
    ("lang", "before", "after"),
    [
        ("en", "Case C2 · 1 outlet so far", "Case C2 · 2 outlets in 2 languages"),
        ("ko", "사건 C2 · 현재 보도 매체 1곳", "사건 C2 · 보도 매체 2곳, 2개 언어"),
    ],
)
def test_a_folded_alert_counts_the_outlets_its_case_has_now(
    lang: str, before: str, after: str
) -> None:
    (first,) = alert_messages(ALERT, MessageKind.ALERT, [recipients()[lang == "ko"]])
    case_now = replace(LATER, outlets=2, languages=2)
    line = later_report_line(case_now, lang, status_changed=False)
    merged = fold_into(first, later_message(lang=lang), line, case_now=case_now)
    assert merged is not None and before in first.text.split("\n")
    assert after in merged.text.split("\n") and before not in merged.text
