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

from bot.cases.places import place, resolve
from bot.delivery.message import Button, Keyboard, Message
from bot.domain import Facts, Status, Tier, day_or_month
from bot.tg.i18n import country_name, has, org_name, status_name, t
from bot.tg.views import AlertView, ReportRow

MAX_LENGTH = 4096
HEADLINE_MAX = 300
MAX_TERMS = 6
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
# An alert says what happened, to how many, where and when on its first line; then the report's
# headline, the status with the sentence it was read from, who, the organisations named, how many
# outlets carry the case, the words that decided, and the source. Nothing else: the link is there
# for the rest, so an alert stays near ALERT_BUDGET characters however long the report.

ALERT_BUDGET = 1000
LEAD_MAX, TITLE_MAX = 160, 200
EVIDENCE_MAX = 220
ORGS_MAX, NAMES_MAX = 3, 3
STATUS_ICONS = {
    Status.ARRESTED: "🚨",
    Status.DETAINED: "🚨",
    Status.FACING_REPATRIATION: "🆘",
    Status.MISSING: "❓",
    Status.REPATRIATED: "⛔",
    Status.RELEASED: "✅",  # good news looks like good news
    Status.REACHED_THIRD_COUNTRY: "✅",
}
BACKGROUND_ICON, UPDATE_ICON = "ℹ️", "🔁"


def icon(status: Status | None, tier: Tier = Tier.ALERT) -> str:
    if tier is not Tier.ALERT:
        return BACKGROUND_ICON
    return STATUS_ICONS.get(status, "🚨") if status else "🚨"


def how_many(facts: Facts, lang: str) -> str | None:
    if facts.people is None:
        return None
    count = t(lang, "person_one" if facts.people == 1 else "people_n", n=facts.people)
    return t(lang, "approx", n=count) if facts.people_approx else count


def place_name(raw: str, lang: str) -> str:
    """A place as written, in the chat's language when the gazetteer knows it."""
    keys = resolve(raw)
    if len(keys) != 1:
        return raw
    known = place(next(iter(keys)))
    return (known.name_ko if lang == "ko" else known.name_en) or raw


def where_text(facts: Facts, lang: str) -> str | None:
    country = country_name(lang, facts.country) if facts.country else None
    here = place_name(facts.place, lang) if facts.place else None
    if here and country and here != country:
        return t(lang, "place_in", place=here, country=country)
    return here or country


def what_happened(facts: Facts, tier: Tier, lang: str) -> str:
    if tier is not Tier.ALERT:
        return t(lang, "background")
    if facts.status is None:
        return t(lang, "incident")
    name = status_name(lang, facts.status.value)
    return name[:1].upper() + name[1:]


def lead_line(alert: AlertView, lang: str, *, head: str | None = None, mark: str = "") -> str:
    """🚨 Detained · 5 people · Tumen, China · 2026-11-20 (incident date, when known)."""
    facts = alert.facts
    bits = [head or what_happened(facts, alert.tier, lang)]
    bits += [b for b in (how_many(facts, lang), where_text(facts, lang)) if b]
    if alert.incident_date is not None:
        bits.append(day_or_month(alert.incident_date, alert.incident_month_only))
    text = fit(" · ".join(bits), LEAD_MAX)
    return f"{mark or icon(facts.status, alert.tier)} <b>{text}</b>"


def status_line(facts: Facts, lang: str, headline: str = "") -> str | None:
    if facts.status is None:
        return None
    line = f"<b>{t(lang, 'status')}:</b> {escape(status_name(lang, facts.status.value))}"
    evidence = " ".join((facts.evidence or "").split())
    if evidence and evidence != " ".join(headline.split()):  # a headline is not quoted twice
        line += f" — <i>“{fit(evidence, EVIDENCE_MAX)}”</i>"
    return line


def who_line(facts: Facts, lang: str) -> str | None:
    groups = [t(lang, f"group_{g}") if has(lang, f"group_{g}") else g for g in facts.groups]
    names = list(facts.names[:NAMES_MAX]) + (["…"] if len(facts.names) > NAMES_MAX else [])
    bits = [", ".join(groups)] if groups else []
    if names:
        bits.append(", ".join(names))
    return f"<b>{t(lang, 'who')}:</b> {fit(' · '.join(bits), 200)}" if bits else None


def orgs_line(facts: Facts, lang: str) -> str | None:
    if not facts.orgs:
        return None
    names = [org_name(org, lang) for org in facts.orgs[:ORGS_MAX]]
    orgs = ", ".join(names) + (" …" if len(facts.orgs) > ORGS_MAX else "")
    return f"<b>{t(lang, 'orgs')}:</b> {fit(orgs, 200)}"


def corroboration_line(alert: AlertView, lang: str) -> str | None:
    if alert.case_id is None:
        return None
    if alert.outlets <= 1:
        reach = t(lang, "outlets_one")
    elif alert.languages <= 1:
        reach = t(lang, "outlets_n", outlets=alert.outlets)
    else:
        reach = t(lang, "outlets_langs", outlets=alert.outlets, languages=alert.languages)
    if alert.confirmed:
        reach += " · " + t(lang, "confirmed")
    return _case_head(alert.case_id, lang) + escape(reach)


def with_current_corroboration(text: str, alert: AlertView, lang: str) -> str:
    """`text`, a case's alert rendered earlier, with its outlets line as `alert` (a later report
    of the same case) counts them now."""
    line = corroboration_line(alert, lang)
    if alert.case_id is None or line is None:
        return text
    head = _case_head(alert.case_id, lang)
    return "\n".join(line if old.startswith(head) else old for old in text.split("\n"))


def _case_head(case_id: int, lang: str) -> str:
    return escape(t(lang, "case_header", case_id=label(case_id)) + " · ")


def why_line(alert: AlertView, lang: str) -> str | None:
    terms = unique_terms(alert.terms)
    if not terms:
        return None
    return f"<b>{t(lang, 'why')}:</b> " + fit(", ".join(terms), 160)


def source_line(alert: AlertView | ReportRow, lang: str) -> str:
    label = fit(alert.source or t(lang, "source"), 60)
    when = day(alert.published)
    return f"<b>{t(lang, 'source')}:</b> {link_html(alert.link, label)}" + (
        f" · {when}" if when else ""
    )


def link_html(url: str | None, label_html: str) -> str:
    """Like `link`, for a label that is already escaped."""
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{escape(url, quote=True)}">{label_html}</a>'
    return label_html


def alert_buttons(report_id: int, case_id: int | None, lang: str) -> Keyboard:
    row: list[Button] = []
    if case_id is not None:
        row.append(Button(t(lang, "btn_case"), data=f"case:{case_id}"))
    row.append(Button(t(lang, "btn_not_relevant"), data=f"fb:{report_id}"))
    return (tuple(row),)


def headline_of(alert: AlertView) -> str:
    return fit(alert.headline or alert.title, TITLE_MAX)


def unique_terms(terms: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for term in terms:
        seen.setdefault(term.strip().lower(), term.strip())
    return [term for term in seen.values() if term][:MAX_TERMS]


def _message(alert: AlertView, lang: str, lines: Sequence[str | None]) -> Message:
    text = "\n".join(line for line in lines if line)
    return Message(text, alert_buttons(alert.report_id, alert.case_id, lang))


def format_alert(alert: AlertView, lang: str) -> Message:
    """The full alert for the first report of a case in a chat."""
    facts, title = alert.facts, alert.headline or alert.title
    background = alert.tier is not Tier.ALERT
    return _message(
        alert,
        lang,
        [
            lead_line(alert, lang),
            f"<b>{headline_of(alert)}</b>",
            None if background else status_line(facts, lang, title),
            who_line(facts, lang),
            orgs_line(facts, lang),
            corroboration_line(alert, lang),
            why_line(alert, lang),
            source_line(alert, lang),
        ],
    )


def format_update(alert: AlertView, lang: str) -> Message:
    """The short note for a later report on a case the chat was already alerted to."""
    head = t(lang, "update_title", case_id=label(alert.case_id)) if alert.case_id else None
    return _message(
        alert,
        lang,
        [
            lead_line(alert, lang, head=head, mark=UPDATE_ICON if head else ""),
            headline_of(alert),
            status_line(alert.facts, lang, alert.headline or alert.title),
            source_line(alert, lang),
        ],
    )


def format_status_change(alert: AlertView, lang: str) -> Message:
    """Always sent: the case's status moved (e.g. to released, or to repatriated)."""
    status = alert.facts.status
    name = status_name(lang, status.value) if status else t(lang, "unknown")
    case = label(alert.case_id) if alert.case_id else "?"
    head = t(lang, "status_change_title", case_id=case, status=name)
    return _message(
        alert,
        lang,
        [
            lead_line(alert, lang, head=head),
            headline_of(alert),
            status_line(alert.facts, lang, alert.headline or alert.title),
            who_line(alert.facts, lang),
            corroboration_line(alert, lang),
            source_line(alert, lang),
        ],
    )


def format_error_for_operators(update_text: str, error: str) -> str:
    """The note the operators' chat gets when a handler fails (no subscriber data in it)."""
    return assemble(
        ["⚠️ <b>repatwatch error</b>", f"<code>{FLEX}</code>"], f"{error}\n{update_text}"
    )
