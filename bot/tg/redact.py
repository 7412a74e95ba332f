"""Names of people in what a chat is shown: shown, cut to initials, or withheld.

A chat chooses (in /settings) how the names of the people in a report appear: `shown`, as
`initials` ("Pak Chol-min" -> "P. C.", "김철민" -> "김○○") or `hidden` ("[name withheld]").
A channel, and a group of more than LARGE_GROUP members when the bot first meets it, start
hidden; everyone else starts shown. Every message type passes through here: alerts (headline,
evidence, who), case summaries and lists, search results. Only names the classifier or the case
record know can be caught, each also by its parts (a surname alone, later in a report). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from enum import StrEnum

from bot.tg.i18n import t
from bot.tg.views import AlertView, CaseView, ReportRow

LARGE_GROUP = 50
HANGUL = re.compile(r"^[\uac00-\ud7af]+$")
MIN_PART = 2  # parts of a name shorter than this ("O") are not searched for on their own


class NameMode(StrEnum):
    SHOWN = "shown"
    INITIALS = "initials"
    HIDDEN = "hidden"


def name_mode(stored: str | None) -> NameMode:
    """The chat's stored choice; shown when none was made (private chats, small groups)."""
    try:
        return NameMode(stored) if stored else NameMode.SHOWN
    except ValueError:
        return NameMode.SHOWN


def default_mode(chat_type: str, members: int | None) -> NameMode:
    """Hidden for channels and large groups, shown elsewhere (a count we could not get: shown)."""
    if chat_type == "channel":
        return NameMode.HIDDEN
    if chat_type in ("group", "supergroup") and members is not None and members > LARGE_GROUP:
        return NameMode.HIDDEN
    return NameMode.SHOWN


def initials(name: str) -> str:
    """ "Pak Chol-min" -> "P. C.", "김철민" -> "김○○"."""
    name = name.strip()
    if HANGUL.match(name):
        return name[0] + "○" * (len(name) - 1)
    parts = [p for p in re.split(r"\s+", name) if p]
    return " ".join(p[0].upper() + "." for p in parts)


def _replacements(names: Iterable[str], mode: NameMode, lang: str) -> list[tuple[str, str]]:
    """(pattern, replacement) pairs, whole names first, then their parts, longest first."""
    pairs: dict[str, str] = {}
    for name in names:
        name = " ".join(name.split())
        if not name:
            continue
        shown = initials(name) if mode is NameMode.INITIALS else t(lang, "name_hidden")
        pairs.setdefault(name, shown)
        for part in re.split(r"[\s]+", name):
            if len(part) >= MIN_PART and part != name:
                pairs.setdefault(part, initials(part) if mode is NameMode.INITIALS else shown)
    return sorted(pairs.items(), key=lambda kv: -len(kv[0]))


def redact(text: str, names: Iterable[str], mode: NameMode, lang: str) -> str:
    """`text` with every known name (and each part of it) shown as `mode` says."""
    if mode is NameMode.SHOWN or not text:
        return text
    pairs = _replacements(names, mode, lang)
    if not pairs:
        return text
    alternatives = "|".join(re.escape(name) for name, _ in pairs)
    # Latin-script names as whole words; Hangul/CJK names anywhere (no spaces between words).
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])|(?:{alternatives})(?=[가-힣])")
    table = {name.lower(): shown for name, shown in pairs}
    return pattern.sub(lambda m: table.get(m.group(0).lower(), m.group(0)), text)


def redact_names(names: tuple[str, ...], mode: NameMode, lang: str) -> tuple[str, ...]:
    if mode is NameMode.SHOWN:
        return names
    if mode is NameMode.INITIALS:
        return tuple(initials(n) for n in names)
    return (t(lang, "names_hidden_list"),) if names else ()


def redact_alert(alert: AlertView, mode: NameMode, lang: str) -> AlertView:
    """The alert with names in its headline, evidence, who-line and the words that decided
    (a name can be one of them) as the chat wants them."""
    if mode is NameMode.SHOWN or not alert.facts.names:
        return alert
    names = alert.facts.names

    def clean(text: str | None) -> str | None:
        return redact(text, names, mode, lang) if text else text

    facts = replace(
        alert.facts,
        names=redact_names(names, mode, lang),
        evidence=clean(alert.facts.evidence),
        people_text=clean(alert.facts.people_text),
    )
    return replace(
        alert,
        title=redact(alert.title, names, mode, lang),
        headline=clean(alert.headline),
        excerpt=clean(alert.excerpt),
        facts=facts,
        terms=tuple(redact(term, names, mode, lang) for term in alert.terms),
    )


def redact_case(case: CaseView, mode: NameMode, lang: str) -> CaseView:
    """A case view with its names as the chat wants them (headline, summary, source titles)."""
    if mode is NameMode.SHOWN or not case.names:
        return case
    names = case.names
    return replace(
        case,
        headline=redact(case.headline, names, mode, lang),
        summary=redact(case.summary, names, mode, lang),
        sources=tuple(redact_row(r, names, mode, lang) for r in case.sources),
        names=redact_names(names, mode, lang),
    )


def redact_row(row: ReportRow, names: Iterable[str], mode: NameMode, lang: str) -> ReportRow:
    return replace(row, title=redact(row.title, names, mode, lang))
