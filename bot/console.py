"""Console mode: alerts, case updates and case summaries printed to a terminal with rich.

When repatwatch runs without a Telegram token (and in `repatwatch demo`) this is where alerts go.
The decisions about what to show live in pure functions over bot.domain types that return plain
rows or rich renderables (`fact_rows`, `why_flagged`, `alert_panel`, `case_update_panel`,
`summary_panel`); `ConsoleNotifier` only prints and counts them, as console mode (bot.console_mode)
and the demo hand them over. A case summary arrives as ready text (bot.summary
writes it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from bot.domain import Document, Facts, Item, Status, Verdict
from bot.reasons import deciding_words
from bot.reference import country_name

MAX_TERMS = 8
MAX_EXCERPT = 280

STATUS_STYLES = {
    Status.ARRESTED: "bold red",
    Status.DETAINED: "bold red",
    Status.FACING_REPATRIATION: "bold red",
    Status.REPATRIATED: "bold magenta",
    Status.MISSING: "bold yellow",
    Status.RELEASED: "bold green",
    Status.REACHED_THIRD_COUNTRY: "bold green",
}


@dataclass(frozen=True, slots=True)
class Report:
    """What the console needs to know about one report, whichever type it came from."""

    title: str
    text: str
    link: str | None
    published: date | None
    source: str | None

    @classmethod
    def of(cls, report: Document | Item, source: str | None = None) -> Report:
        if isinstance(report, Item):
            published = report.published.date() if report.published else None
            return cls(report.title, report.summary, report.link, published, source)
        return cls(report.title, report.text, report.url, report.date, source or report.source)


def country_label(code: str | None) -> str | None:
    name = country_name(code)
    if not code or name is None:
        return None
    return name if name == code.upper() else f"{name} ({code.upper()})"


def status_label(status: Status | None) -> str | None:
    return status.value.replace("_", " ") if status else None


def people_label(facts: Facts) -> str | None:
    if facts.people is None:
        return facts.people_text
    count = f"about {facts.people}" if facts.people_approx else str(facts.people)
    if facts.people_text and facts.people_text.strip() != str(facts.people):
        return f"{count} ({facts.people_text})"
    return count


def fact_rows(facts: Facts) -> list[tuple[str, str]]:
    """The facts an advocate acts on, as (label, value) rows; unknown facts are left out."""
    rows = [
        ("Who", ", ".join((*facts.names, *facts.groups)) or None),
        ("How many", people_label(facts)),
        ("Where", ", ".join(x for x in (facts.place, country_label(facts.country)) if x) or None),
        ("Status", status_label(facts.status)),
        ("Date", facts.date_text),
        ("Named", ", ".join(facts.orgs) or None),
    ]
    return [(label, value) for label, value in rows if value]


def why_flagged(verdict: Verdict) -> str:
    """The words that decided (bot.reasons): no rule names, no pronouns; those are in
    `repatwatch classify --explain`."""
    terms = [f"“{term}”" for term in deciding_words(verdict.reasons)]
    return ", ".join(terms) if terms else "no matched terms recorded"


def excerpt(text: str, limit: int = MAX_EXCERPT) -> str:
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def _host(link: str | None) -> str | None:
    host = urlsplit(link).hostname if link else None
    return host.removeprefix("www.") if host else None


def source_text(report: Report) -> Text:
    line = Text()
    line.append(report.source or _host(report.link) or "source", style="bold")
    if report.published:
        line.append(f" · {report.published.isoformat()}")
    if report.link:
        line.append(" · ")
        line.append(report.link, style=f"link {report.link}")
    return line


def _facts_table(rows: list[tuple[str, str]]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column()
    for label, value in rows:
        table.add_row(label, value)
    return table


def case_label(case_id: int | str) -> str:
    """A case id as people see it everywhere: "C42" (stored ids are integers)."""
    return f"C{case_id}" if isinstance(case_id, int) else str(case_id)


def _case_tag(case_id: int | str | None) -> str:
    return f" · case {case_label(case_id)}" if case_id is not None else ""


def alert_panel(report: Report, verdict: Verdict, case_id: int | str | None = None) -> Panel:
    """The full alert: headline, facts, why it was flagged, an excerpt and the source."""
    rows = [*fact_rows(verdict.facts), ("Why flagged", why_flagged(verdict))]
    body: list[RenderableType] = [Text(report.title, style="bold"), _facts_table(rows)]
    if report.text.strip():
        body.append(Text(excerpt(report.text), style="italic dim"))
    body.append(source_text(report))
    kind = "ALERT" if verdict.alert else "Background"
    return Panel(
        Group(*body),
        title=f"[bold red]{kind}[/]{_case_tag(case_id)} · score {verdict.score:.2f}",
        title_align="left",
        border_style="red" if verdict.alert else "blue",
    )


def case_update_panel(
    report: Report,
    verdict: Verdict,
    case_id: int | str,
    previous_status: Status | None = None,
) -> Panel:
    """A later report on a known case; a status change is spelled out as old -> new."""
    new_status = verdict.facts.status
    changed = new_status is not None and new_status is not previous_status
    if changed and previous_status is not None:
        head = f"status: {status_label(previous_status)} → {status_label(new_status)}"
    elif changed:
        head = f"status: {status_label(new_status)}"
    else:
        head = "new report"
    style = STATUS_STYLES[new_status] if new_status is not None and changed else "bold"
    body: list[RenderableType] = [
        Text(head, style=style),
        Text(report.title),
        _facts_table(fact_rows(verdict.facts)),
        source_text(report),
    ]
    return Panel(
        Group(*body),
        title=f"[bold yellow]Case {escape(case_label(case_id))} update[/]",
        title_align="left",
        border_style="yellow",
    )


def summary_panel(case_id: int | str, summary: str, title: str | None = None) -> Panel:
    """A case summary as written by bot.summary, under the case's id and title."""
    heading = f"[bold green]Case {escape(case_label(case_id))}[/]"
    if title:
        heading += f" · {escape(title)}"
    return Panel(Text(summary), title=heading, title_align="left", border_style="green")


class ConsoleNotifier:
    """Prints what a chat would be told, and counts it; console mode and the demo call it."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console()
        self.alerts = 0
        self.updates = 0
        self.summaries = 0

    def alert(
        self,
        report: Document | Item,
        verdict: Verdict,
        *,
        case_id: int | str | None = None,
        source: str | None = None,
    ) -> None:
        self.console.print(alert_panel(Report.of(report, source), verdict, case_id))
        self.alerts += 1

    def case_update(
        self,
        report: Document | Item,
        verdict: Verdict,
        *,
        case_id: int | str,
        previous_status: Status | None = None,
        source: str | None = None,
    ) -> None:
        panel = case_update_panel(Report.of(report, source), verdict, case_id, previous_status)
        self.console.print(panel)
        self.updates += 1

    def case_summary(self, case_id: int | str, summary: str, *, title: str | None = None) -> None:
        self.console.print(summary_panel(case_id, summary, title))
        self.summaries += 1

    def note(self, message: str, *, when: datetime | None = None) -> None:
        """A one-line status message (e.g. a poll cycle's totals)."""
        line = Text(f"{when:%H:%M:%S} ", style="dim") if when else Text()
        line.append(message)
        self.console.print(line)
