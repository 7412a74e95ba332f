"""The bot's answers to /case, /cases, /search, /sources and /feeds: pure functions over views.

Like bot.tg.format (whose helpers they use), each takes plain views and a language and returns a
Message of escaped HTML that fits Telegram's limit, with the buttons that open a case or turn a
page. No I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from html import escape

from bot.delivery.message import Button, Keyboard, Message
from bot.tg.format import (
    FLEX,
    HEADLINE_MAX,
    MAX_LENGTH,
    assemble,
    day,
    fit,
    label,
    link_html,
    units,
)
from bot.tg.i18n import country_name, status_name, t
from bot.tg.views import CaseRow, CaseView, FeedbackRow, FeedRow, ReportRow

MAX_SOURCES = 15
OLD_AFTER = timedelta(days=90)  # a case with no report for this long is shown as old


def reported(last: date | None, today: date | None, lang: str) -> str:
    """The day of a case's newest report, or "last reported 2021-03" when that is long ago."""
    if last is None:
        return ""
    if today is not None and today - last > OLD_AFTER:
        return t(lang, "last_reported", month=f"{last:%Y-%m}")
    return last.isoformat()


MAX_REPORT_IDS = 60


def case_meta(status: object, country: str | None, lang: str) -> str:
    bits = []
    if country:
        bits.append(country_name(lang, country))
    if status is not None:
        bits.append(status_name(lang, str(status)))
    return " · ".join(escape(b) for b in bits)


def format_case(
    case: CaseView, lang: str, *, operator: bool = False, today: date | None = None
) -> Message:
    """/case: headline, summary, status timeline and sources (and report ids for operators);
    a case whose newest report is old says "last reported 2021-03" on its first line."""
    header = f"<b>{t(lang, 'case_header', case_id=label(case.id))}</b>"
    meta = case_meta(case.status, case.country, lang)
    when = reported(case.last_seen, today, lang)
    if when and today is not None and today - (case.last_seen or today) > OLD_AFTER:
        meta = f"{meta} · {escape(when)}" if meta else escape(when)
    parts = [header + (f" · {meta}" if meta else ""), f"<b>{fit(case.headline, HEADLINE_MAX)}</b>"]
    if case.summary:
        parts.append(FLEX)
    if case.timeline:
        parts.append(f"\n<b>{t(lang, 'timeline')}</b>")
        parts += [
            f"{e.at.isoformat()} — {escape(status_name(lang, e.status.value))}"
            + (f" ({escape(e.note)})" if e.note else "")
            for e in case.timeline
        ]
    if case.sources:
        parts.append(
            f"\n<b>{t(lang, 'sources')}</b> ({t(lang, 'reports_n', n=len(case.sources))})"
        )
        for i, report in enumerate(case.sources[:MAX_SOURCES], 1):
            title = fit(report.title, 200)
            via = escape(report.source) if report.source else ""
            when = day(report.published)
            tail = " · ".join(x for x in (via, when) if x)
            parts.append(f"{i}. {link_html(report.link, title)}" + (f" — {tail}" if tail else ""))
        if len(case.sources) > MAX_SOURCES:
            parts.append(f"+{len(case.sources) - MAX_SOURCES}")
    if operator and case.report_ids:
        ids = ", ".join(str(i) for i in case.report_ids[:MAX_REPORT_IDS])
        more = "…" if len(case.report_ids) > MAX_REPORT_IDS else ""
        parts.append(f"\n<i>{t(lang, 'report_ids', case_id=label(case.id), ids=ids + more)}</i>")
    return Message(assemble(parts, case.summary or None))


def case_row_lines(rows: Sequence[CaseRow], lang: str, today: date | None = None) -> list[str]:
    lines = []
    for row in rows:
        meta = case_meta(row.status, row.country, lang)
        when = escape(reported(row.updated, today, lang))
        tail = " · ".join(x for x in (meta, when) if x)
        lines.append(
            f"<b>{label(row.id)}</b> {fit(row.headline, 160)}" + (f"\n   {tail}" if tail else "")
        )
    return lines


def format_case_list(
    rows: Sequence[CaseRow],
    lang: str,
    *,
    offset: int,
    page_size: int,
    has_more: bool,
    page_data: str,
    today: date | None = None,
) -> Message:
    """One page of /cases; `page_data` is the callback prefix, `{offset}` marks the page offset."""
    if not rows:
        return Message(t(lang, "no_cases"))
    header = f"<b>{t(lang, 'cases_header', first=offset + 1, last=offset + len(rows))}</b>"
    text = "\n".join([header, *case_row_lines(rows, lang, today)])
    nav: list[Button] = []
    if offset > 0:
        nav.append(
            Button(t(lang, "btn_prev"), data=page_data.format(offset=max(0, offset - page_size)))
        )
    if has_more:
        nav.append(Button(t(lang, "btn_next"), data=page_data.format(offset=offset + page_size)))
    case_buttons = tuple(Button(label(row.id), data=f"case:{row.id}") for row in rows[:8])
    keyboard: Keyboard = tuple(r for r in (case_buttons, tuple(nav)) if r)
    return Message(text, keyboard)


def format_search(
    query: str,
    cases: Sequence[CaseRow],
    reports: Sequence[ReportRow],
    lang: str,
    today: date | None = None,
) -> Message:
    if not cases and not reports:
        return Message(t(lang, "no_results"))
    parts = [f"<b>{escape(t(lang, 'search_header', query=query[:100]))}</b>"]
    if cases:
        parts.append(f"\n<b>{t(lang, 'search_cases')}</b>")
        parts += case_row_lines(cases[:10], lang, today)
    if reports:
        parts.append(f"\n<b>{t(lang, 'search_reports')}</b>")
        for report in reports[:10]:
            case = f" ({label(report.case_id)})" if report.case_id else ""
            parts.append(f"• {link_html(report.link, fit(report.title, 200))}{case}")
    keyboard = tuple(Button(label(row.id), data=f"case:{row.id}") for row in cases[:8])
    return Message("\n".join(parts), (keyboard,) if keyboard else ())


def format_sources(feeds: Sequence[FeedRow], lang: str, *, with_errors: bool = False) -> Message:
    """/sources (and /feeds for operators, with the last error of each failing feed)."""
    parts = [f"<b>{t(lang, 'sources_header')}</b> ({len(feeds)})"]
    for feed in feeds:
        state = (
            t(lang, "feed_never")
            if feed.ok is None
            else t(lang, "feed_ok" if feed.ok else "feed_failing")
        )
        icon = "⚪" if feed.ok is None else ("🟢" if feed.ok else "🔴")
        line = f"{icon} {escape(feed.name)} — {state}"
        if feed.last_ok and not feed.ok:
            line += f" ({t(lang, 'last_ok', when=day(feed.last_ok))})"
        if with_errors and feed.error and not feed.ok:
            line += f"\n   <code>{fit(feed.error, 200)}</code>"
        parts.append(line)
    text = "\n".join(parts)
    if units(text) > MAX_LENGTH:
        text = "\n".join(parts[:60]) + f"\n… +{len(parts) - 60}"
    return Message(text)


def format_feedback(rows: Sequence[FeedbackRow], lang: str) -> Message:
    """/feedback: the reports marked not relevant most often, for the operators."""
    if not rows:
        return Message(t(lang, "feedback_none"))
    parts = [f"<b>{t(lang, 'feedback_header')}</b>"]
    for row in rows:
        who = t(lang, "feedback_counts", people=row.people, chats=row.chats)
        parts.append(f"• {link_html(row.link, fit(row.title, 160))} — #{row.report_id} · {who}")
    return Message("\n".join(parts))
