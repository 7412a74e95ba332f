"""Alerts as the bot sends them, and the text helpers every message uses: pure functions.

Each function takes a view (bot.tg.views) and a language and returns a Message whose text is
HTML with every outside string escaped and which fits Telegram's 4096-character limit. Long parts
(an excerpt, a summary) are cut on the raw text before escaping, so a cut never lands inside a tag
or an entity. Lengths are counted in UTF-16 code units of the whole HTML, which over-counts what
Telegram counts (text after entity parsing), so the limit holds with a margin.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from html import escape

from bot.delivery.message import Button, Keyboard, Message
from bot.domain import Facts, Tier
from bot.tg.i18n import country_name, status_name, t
from bot.tg.views import AlertView, ReportRow

MAX_LENGTH = 4096
HEADLINE_MAX = 300
MAX_TERMS = 8
FLEX = "\x00flex\x00"  # where the one cuttable part goes


def label(case_id: int) -> str:
    """A case as people see it: C42 (the case store's own label)."""
    return f"C{case_id}"


def units(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def fit(raw: str, budget: int, ellipsis: str = "…") -> str:
    """`raw` escaped for HTML, cut (at a word boundary when possible) to at most `budget` units."""
    escaped = escape(raw, quote=False)
    if units(escaped) <= budget:
        return escaped
    if budget <= units(ellipsis):
        return ""
    low, high = 0, len(raw)
    while low < high:  # the longest prefix whose escaped form fits with the ellipsis
        mid = (low + high + 1) // 2
        if units(escape(raw[:mid], quote=False)) + units(ellipsis) <= budget:
            low = mid
        else:
            high = mid - 1
    cut = raw[:low]
    space = cut.rfind(" ")
    if space > low * 0.7:
        cut = cut[:space]
    return escape(cut.rstrip(), quote=False) + ellipsis


def link(url: str | None, label: str) -> str:
    """An <a> tag for http(s) links only; otherwise just the escaped label."""
    label_html = escape(label, quote=False)
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{escape(url, quote=True)}">{label_html}</a>'
    return label_html


def day(value: datetime | date | None) -> str:
    if value is None:
        return ""
    return value.date().isoformat() if isinstance(value, datetime) else value.isoformat()


def assemble(parts: Sequence[str], flexible: str | None, *, joiner: str = "\n") -> str:
    """Join fixed HTML parts with one raw flexible part (FLEX marks its place), cut to fit."""
    fixed = joiner.join(parts)
    if flexible is None or FLEX not in fixed:
        return fixed.replace(FLEX, "")
    budget = MAX_LENGTH - units(fixed.replace(FLEX, ""))
    return fixed.replace(FLEX, fit(flexible, max(budget, 0)))


# --- alerts ----------------------------------------------------------------------------------


def who_line(facts: Facts, lang: str) -> str | None:
    bits = list(facts.names) + list(facts.groups)
    if facts.people_text:
        bits.append(facts.people_text)
    return ", ".join(bits) if bits else None


def how_many(facts: Facts, lang: str) -> str | None:
    if facts.people is None:
        return None
    count = t(lang, "people_n", n=facts.people)
    return t(lang, "approx", n=count) if facts.people_approx else count


def where_line(facts: Facts, lang: str) -> str | None:
    bits = [facts.place] if facts.place else []
    if facts.country:
        bits.append(country_name(lang, facts.country))
    return ", ".join(bits) if bits else None


def fact_lines(facts: Facts, lang: str) -> list[str]:
    rows = [
        ("who", who_line(facts, lang)),
        ("how_many", how_many(facts, lang)),
        ("where", where_line(facts, lang)),
        ("status", status_name(lang, facts.status.value) if facts.status else None),
    ]
    return [f"<b>{t(lang, key)}:</b> {escape(value)}" for key, value in rows if value]


def source_line(alert: AlertView | ReportRow, lang: str) -> str:
    label = alert.source or t(lang, "source")
    when = day(alert.published)
    return f"<b>{t(lang, 'source')}:</b> {link(alert.link, label)}" + (
        f" · {when}" if when else ""
    )


def alert_buttons(report_id: int, case_id: int | None, lang: str) -> Keyboard:
    row: list[Button] = []
    if case_id is not None:
        row.append(Button(t(lang, "btn_case"), data=f"case:{case_id}"))
    row.append(Button(t(lang, "btn_not_relevant"), data=f"fb:{report_id}"))
    return (tuple(row),)


def headline_of(alert: AlertView) -> str:
    return fit(alert.headline or alert.title, HEADLINE_MAX)


def unique_terms(terms: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for term in terms:
        seen.setdefault(term.strip(), None)
    return [term for term in seen if term][:MAX_TERMS]


def format_alert(alert: AlertView, lang: str) -> Message:
    """The full alert for the first report of a case in a chat."""
    title_key = "alert_title" if alert.tier is Tier.ALERT else "related_title"
    icon = "🚨" if alert.tier is Tier.ALERT else "ℹ️"
    case = f" · {t(lang, 'case_header', case_id=label(alert.case_id))}" if alert.case_id else ""
    parts = [f"{icon} <b>{t(lang, title_key)}</b>{case}", f"<b>{headline_of(alert)}</b>"]
    parts += fact_lines(alert.facts, lang)
    terms = unique_terms(alert.terms)
    if terms:
        parts.append(f"<b>{t(lang, 'why')}:</b> " + ", ".join(escape(x) for x in terms))
    if alert.excerpt:
        parts.append(f"\n<i>{FLEX}</i>\n")
    parts.append(source_line(alert, lang))
    text = assemble(parts, alert.excerpt)
    return Message(text, alert_buttons(alert.report_id, alert.case_id, lang))


def format_update(alert: AlertView, lang: str) -> Message:
    """The short note for a later report on a case the chat was already alerted to."""
    head = (
        t(lang, "update_title", case_id=label(alert.case_id))
        if alert.case_id
        else t(lang, "alert_title")
    )
    parts = [f"🔁 <b>{escape(head)}</b>", headline_of(alert)]
    parts += fact_lines(alert.facts, lang)
    parts.append(source_line(alert, lang))
    return Message("\n".join(parts), alert_buttons(alert.report_id, alert.case_id, lang))


def format_status_change(alert: AlertView, lang: str) -> Message:
    """Always sent: the case's status moved (e.g. to repatriated)."""
    status = (
        status_name(lang, alert.facts.status.value) if alert.facts.status else t(lang, "unknown")
    )
    head = t(
        lang,
        "status_change_title",
        case_id=label(alert.case_id) if alert.case_id else "?",
        status=status,
    )
    parts = [f"⚠️ <b>{escape(head)}</b>", headline_of(alert)]
    parts += fact_lines(alert.facts, lang)
    parts.append(source_line(alert, lang))
    return Message("\n".join(parts), alert_buttons(alert.report_id, alert.case_id, lang))


def format_error_for_operators(update_text: str, error: str) -> str:
    """The note the operators' chat gets when a handler fails (no subscriber data in it)."""
    return assemble(
        ["⚠️ <b>repatwatch error</b>", f"<code>{FLEX}</code>"], f"{error}\n{update_text}"
    )
