"""The operators' chart: cases per month, stacked by country and, in a second panel, by status.

`monthly_counts` is the pure step (rows of first-seen date, country and status in, aligned counts
out) and is tested on its own; `render_chart` draws those counts with matplotlib's Agg backend (no
display needed) and returns PNG bytes. The rows come from `bot.store.cases.case_month_rows`.
`repatwatch stats --out FILE.png` uses `chart_png` (None when there are no cases yet); the bot's
/stats uses `cases_chart`, which always draws (an empty chart says so).
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot.console import country_label

CaseRow = tuple[date | datetime | str | None, str | None, str | None]

MAX_FILLED_MONTHS = 36  # longer spans show only the months that have cases
MAX_COUNTRIES = 8  # the rest are drawn together as "other"
UNKNOWN = "unknown"
OTHER = "other"

STATUS_ORDER = (
    "arrested",
    "detained",
    "facing_repatriation",
    "repatriated",
    "missing",
    "released",
    "reached_third_country",
    UNKNOWN,
)
STATUS_COLOURS = {
    "arrested": "#f4a261",
    "detained": "#e76f51",
    "facing_repatriation": "#c1121f",
    "repatriated": "#6a040f",
    "missing": "#8d99ae",
    "released": "#52b788",
    "reached_third_country": "#1b4332",
    UNKNOWN: "#d9d9d9",
}
COUNTRY_COLOURS = {  # fixed, so a country keeps its colour from one chart to the next
    "CN": "#264653",
    "RU": "#2a9d8f",
    "VN": "#e9c46a",
    "LA": "#8ab17d",
    "TH": "#6d597a",
    "MN": "#b56576",
    "KH": "#457b9d",
    "MM": "#a8dadc",
    OTHER: "#bbbbbb",
    UNKNOWN: "#d9d9d9",
}


@dataclass(frozen=True, slots=True)
class MonthlyCounts:
    """Case counts per month ("YYYY-MM"), one aligned series per country and per status."""

    months: tuple[str, ...]
    by_country: tuple[tuple[str, tuple[int, ...]], ...]
    by_status: tuple[tuple[str, tuple[int, ...]], ...]
    gaps_filled: bool  # False when months without cases were left out of a long span

    @property
    def total(self) -> int:
        return sum(sum(series) for _, series in self.by_country)


def _as_date(value: date | datetime | str | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:])
    months = []
    while (current := f"{year:04d}-{month:02d}") <= last:
        months.append(current)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _series(
    counter: Counter[tuple[str, str]], keys: Iterable[str], months: tuple[str, ...]
) -> tuple[tuple[str, tuple[int, ...]], ...]:
    return tuple((key, tuple(counter[(key, m)] for m in months)) for key in keys)


def monthly_counts(rows: Iterable[CaseRow]) -> MonthlyCounts:
    """Count cases per month of first sighting, by country (top few, then "other") and by status.

    Rows without a first-seen date cannot be placed on the axis and are skipped.
    """
    placed = [(_as_date(first), country, status) for first, country, status in rows]
    dated = [(_month(d), c.upper() if c else UNKNOWN, s or UNKNOWN) for d, c, s in placed if d]
    if not dated:
        return MonthlyCounts((), (), (), gaps_filled=True)
    present = sorted({month for month, _, _ in dated})
    span = _month_range(present[0], present[-1])
    gaps_filled = len(span) <= MAX_FILLED_MONTHS
    months = tuple(span if gaps_filled else present)

    country_totals = Counter(country for _, country, _ in dated)
    ranked = [c for c, _ in sorted(country_totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    shown = ranked if len(ranked) <= MAX_COUNTRIES else ranked[: MAX_COUNTRIES - 1]
    by_country: Counter[tuple[str, str]] = Counter(
        (country if country in shown else OTHER, month) for month, country, _ in dated
    )
    country_keys = shown + ([OTHER] if len(shown) < len(ranked) else [])

    by_status: Counter[tuple[str, str]] = Counter(
        (status if status in STATUS_ORDER else UNKNOWN, month) for month, _, status in dated
    )
    status_keys = [s for s in STATUS_ORDER if any(k[0] == s for k in by_status)]
    return MonthlyCounts(
        months=months,
        by_country=_series(by_country, country_keys, months),
        by_status=_series(by_status, status_keys, months),
        gaps_filled=gaps_filled,
    )


def _country_label(key: str) -> str:
    if key in (OTHER, UNKNOWN):
        return key
    return country_label(key) or key


def _status_label(key: str) -> str:
    return key.replace("_", " ")


def _stacked(
    axes: Any,
    months: tuple[str, ...],
    series: tuple[tuple[str, tuple[int, ...]], ...],
    colours: dict[str, str],
    label: Callable[[str], str],
) -> None:
    positions = range(len(months))
    bottom = [0] * len(months)
    palette = iter(_PALETTE)
    for key, values in series:
        colour = colours.get(key) or next(palette, "#999999")
        axes.bar(positions, values, bottom=bottom, label=label(key), color=colour)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    axes.set_ylabel("Cases")
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.grid(axis="y", alpha=0.3)
    handles, labels = axes.get_legend_handles_labels()  # listed top-down, as stacked
    axes.legend(
        handles[::-1],
        labels[::-1],
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=9,
        frameon=False,
    )


_PALETTE = ("#e76f51", "#f4a261", "#1d3557", "#cdb4db", "#606c38", "#dda15e", "#3a86ff", "#8338ec")


def render_chart(counts: MonthlyCounts, *, title: str = "repatwatch: cases per month") -> bytes:
    """A PNG of the counts: stacked bars by country (top) and by status (bottom)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(11, 7.5), dpi=100)
    FigureCanvasAgg(figure)
    top, bottom = figure.subplots(2, 1, sharex=True)
    subtitle = f"{counts.total} cases, by the month of their first report"
    if not counts.gaps_filled:
        subtitle += " (months without cases left out)"
    figure.suptitle(f"{title}\n{subtitle}", fontsize=13)
    if not counts.months:
        for axes in (top, bottom):
            axes.text(0.5, 0.5, "No cases yet", ha="center", va="center", fontsize=14)
            axes.set_axis_off()
    else:
        _stacked(top, counts.months, counts.by_country, COUNTRY_COLOURS, _country_label)
        top.set_title("By country of detention", loc="left", fontsize=11)
        _stacked(bottom, counts.months, counts.by_status, STATUS_COLOURS, _status_label)
        bottom.set_title("By current status", loc="left", fontsize=11)
        step = max(1, len(counts.months) // 24)
        ticks = list(range(0, len(counts.months), step))
        bottom.set_xticks(ticks, [counts.months[i] for i in ticks], rotation=60, ha="right")
        bottom.set_xlabel("Month of first report")
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def chart_png(rows: Iterable[CaseRow]) -> bytes | None:
    """The chart of these cases, or None when none of them is dated."""
    counts = monthly_counts(rows)
    return render_chart(counts) if counts.months else None


def cases_chart(rows: Iterable[CaseRow]) -> bytes:
    """The chart of these cases; with no cases, a chart that says so (for /stats)."""
    return render_chart(monthly_counts(rows))
