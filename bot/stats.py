"""The operators' chart: cases per month by country and by status, and the people they count.

`monthly_counts` is the pure step (rows of first-seen date, country, status and the lowest and
highest head count any source gave, in; aligned series out) and is tested on its own;
`draw_chart` lays the counts out in three panels on one continuous month axis (a month without
cases is an empty slot, so 2018 never sits next to 2026), in the Okabe-Ito colours, which stay
apart for colour-blind readers; `render_chart` makes it a PNG with matplotlib's Agg backend (no
display needed). People are never added up across sources: each case counts from its lowest to its
highest figure, and the panel shows the month's sum of lows as a bar and up to the sum of highs as
a lighter range. A caption under the chart says what is shown. The rows come from
`bot.store.cases.case_month_rows`. `repatwatch stats --out FILE.png` uses `chart_png` (None when
there are no cases yet); the bot's /stats uses `cases_chart`, which always draws.

A little over 300 lines on purpose: the counting and the drawing share the series' order and
colours, and one reads best beside the other.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot.console import country_label

When = date | datetime | str | None
# (first seen, country, status, fewest people any source counted, most people any source counted)
CaseRow = tuple[When, str | None, str | None, int | None, int | None]

MAX_COUNTRIES = 8  # the rest are drawn together as "other"
UNKNOWN = "unknown"
OTHER = "other"
WIDTH, HEIGHT, DPI = 11.0, 10.0, 100

# Okabe & Ito's palette for colour-blind readers, plus a grey for "unknown" and "other".
BLACK, ORANGE, SKY, GREEN, YELLOW, BLUE, VERMILLION, PURPLE, GREY = (
    "#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
    "#BBBBBB",
)  # fmt: skip
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
    "arrested": ORANGE,
    "detained": BLUE,
    "facing_repatriation": VERMILLION,
    "repatriated": BLACK,
    "missing": PURPLE,
    "released": GREEN,
    "reached_third_country": SKY,
    UNKNOWN: GREY,
}
COUNTRY_COLOURS = {  # fixed, so a country keeps its colour from one chart to the next
    "CN": BLUE,
    "RU": VERMILLION,
    "VN": GREEN,
    "LA": ORANGE,
    "TH": SKY,
    "MN": PURPLE,
    "KH": YELLOW,
    "MM": BLACK,
    OTHER: GREY,
    UNKNOWN: "#DDDDDD",
}
_SPARE = (BLUE, VERMILLION, GREEN, ORANGE, SKY, PURPLE, YELLOW, BLACK)
Series = tuple[tuple[str, tuple[int, ...]], ...]


@dataclass(frozen=True, slots=True)
class MonthlyCounts:
    """Counts per month ("YYYY-MM", every month from the first case to the last), one aligned
    series per country and per status, and the people counted (low and high) per month."""

    months: tuple[str, ...]
    by_country: Series
    by_status: Series
    people_low: tuple[int, ...] = ()
    people_high: tuple[int, ...] = ()
    uncounted: int = 0  # cases no source gave a head count for

    @property
    def total(self) -> int:
        return sum(sum(series) for _, series in self.by_country)


def _as_date(value: When) -> date | None:
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
) -> Series:
    return tuple((key, tuple(counter[(key, m)] for m in months)) for key in keys)


@dataclass(frozen=True, slots=True)
class _Placed:
    month: str
    country: str
    status: str
    low: int | None
    high: int | None


def _place(rows: Iterable[Sequence[Any]]) -> list[_Placed]:
    placed = []
    for row in rows:
        first, country, status, *people = row
        day = _as_date(first)
        if day is None:
            continue
        low, high = [*people, None, None][:2]
        if low is None and high is not None:
            low = high
        placed.append(
            _Placed(
                _month(day),
                country.upper() if country else UNKNOWN,
                status if status in STATUS_ORDER else UNKNOWN,
                low,
                max(high, low) if high is not None and low is not None else low,
            )
        )
    return placed


def monthly_counts(rows: Iterable[Sequence[Any]]) -> MonthlyCounts:
    """Count cases per month of first sighting, by country (top few, then "other") and status,
    and sum the people they count (low and high) per month.

    Rows without a first-seen date cannot be placed on the axis and are skipped; a row may leave
    out the people counts (three fields).
    """
    placed = _place(rows)
    if not placed:
        return MonthlyCounts((), (), ())
    present = sorted({p.month for p in placed})
    months = tuple(_month_range(present[0], present[-1]))

    country_totals = Counter(p.country for p in placed)
    ranked = [c for c, _ in sorted(country_totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    shown = ranked if len(ranked) <= MAX_COUNTRIES else ranked[: MAX_COUNTRIES - 1]
    by_country: Counter[tuple[str, str]] = Counter(
        (p.country if p.country in shown else OTHER, p.month) for p in placed
    )
    country_keys = shown + ([OTHER] if len(shown) < len(ranked) else [])
    by_status: Counter[tuple[str, str]] = Counter((p.status, p.month) for p in placed)
    status_keys = [s for s in STATUS_ORDER if any(k[0] == s for k in by_status)]

    low: Counter[str] = Counter()
    high: Counter[str] = Counter()
    for p in placed:
        if p.low is not None and p.high is not None:
            low[p.month] += p.low
            high[p.month] += p.high
    return MonthlyCounts(
        months=months,
        by_country=_series(by_country, country_keys, months),
        by_status=_series(by_status, status_keys, months),
        people_low=tuple(low[m] for m in months),
        people_high=tuple(high[m] for m in months),
        uncounted=sum(1 for p in placed if p.low is None),
    )


def _country_label(key: str) -> str:
    if key in (OTHER, UNKNOWN):
        return key
    return country_label(key) or key


def _status_label(key: str) -> str:
    return key.replace("_", " ")


def _legend(axes: Any) -> None:
    handles, labels = axes.get_legend_handles_labels()  # listed top-down, as stacked
    axes.legend(
        handles[::-1],
        labels[::-1],
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=9,
        frameon=False,
    )


def _stacked(
    axes: Any,
    months: tuple[str, ...],
    series: Series,
    colours: dict[str, str],
    label: Callable[[str], str],
) -> None:
    positions = range(len(months))
    bottom = [0] * len(months)
    spare = iter(c for c in _SPARE if c not in {colours.get(k) for k, _ in series})
    for key, values in series:
        colour = colours.get(key) or next(spare, GREY)
        axes.bar(
            positions, values, bottom=bottom, width=0.9, label=label(key), color=colour,
            edgecolor="white", linewidth=0.3,
        )  # fmt: skip
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    axes.set_ylabel("Cases")
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.grid(axis="y", alpha=0.3)
    _legend(axes)


def _people(axes: Any, counts: MonthlyCounts) -> None:
    positions = range(len(counts.months))
    spread = [h - lo for lo, h in zip(counts.people_low, counts.people_high, strict=True)]
    axes.bar(positions, counts.people_low, width=0.9, color=BLUE, label="lowest count")
    axes.bar(
        positions, spread, bottom=counts.people_low, width=0.9, color=SKY, alpha=0.6,
        hatch="//", edgecolor=BLUE, linewidth=0, label="up to the highest count",
    )  # fmt: skip
    axes.set_ylabel("People")
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.grid(axis="y", alpha=0.3)
    _legend(axes)


def _month_ticks(axes: Any, months: tuple[str, ...]) -> None:
    """At most ~24 labels: every month, every quarter, or each January for long spans."""
    if len(months) <= 24:
        ticks = list(range(len(months)))
    elif len(months) <= 72:
        ticks = [i for i, m in enumerate(months) if m[5:] in ("01", "04", "07", "10")]
    else:
        step = max(1, len(months) // 12 // 20)
        ticks = [i for i, m in enumerate(months) if m[5:] == "01" and int(m[:4]) % step == 0]
    axes.set_xticks(ticks, [months[i] for i in ticks], rotation=60, ha="right")
    axes.set_xlim(-0.6, len(months) - 0.4)


def caption(counts: MonthlyCounts) -> str:
    span = f"{counts.months[0]} to {counts.months[-1]}" if counts.months else "no cases yet"
    return (
        f"{counts.total} cases, {span}, each placed in the month of its first report; months "
        "without cases are empty. Status is each case's status now. People: the sum of the "
        "lowest head count any source gave (solid) up to the sum of the highest (hatched); "
        f"sources are never added together. Cases with no head count: {counts.uncounted}."
    )


def draw_chart(counts: MonthlyCounts, *, title: str = "repatwatch: cases per month") -> Any:
    """The matplotlib Figure: cases by country, cases by status, people counted; a caption."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH, HEIGHT), dpi=DPI)
    FigureCanvasAgg(figure)
    top, middle, bottom = figure.subplots(3, 1, sharex=True)
    figure.suptitle(title, fontsize=13)
    if not counts.months:
        for axes in (top, middle, bottom):
            axes.text(0.5, 0.5, "No cases yet", ha="center", va="center", fontsize=14)
            axes.set_axis_off()
    else:
        _stacked(top, counts.months, counts.by_country, COUNTRY_COLOURS, _country_label)
        top.set_title("Cases by country of detention", loc="left", fontsize=11)
        _stacked(middle, counts.months, counts.by_status, STATUS_COLOURS, _status_label)
        middle.set_title("Cases by status now", loc="left", fontsize=11)
        _people(bottom, counts)
        bottom.set_title("People counted (a range where sources differ)", loc="left", fontsize=11)
        _month_ticks(bottom, counts.months)
        bottom.set_xlabel("Month of first report")
    figure.text(0.01, 0.005, caption(counts), fontsize=8.5, wrap=True, va="bottom")
    figure.tight_layout(rect=(0, 0.05, 1, 1))
    return figure


def render_chart(counts: MonthlyCounts, *, title: str = "repatwatch: cases per month") -> bytes:
    """A PNG of the counts (WIDTH x HEIGHT inches at DPI)."""
    buffer = io.BytesIO()
    draw_chart(counts, title=title).savefig(buffer, format="png")
    return buffer.getvalue()


def chart_png(rows: Iterable[Sequence[Any]]) -> bytes | None:
    """The chart of these cases, or None when none of them is dated."""
    counts = monthly_counts(rows)
    return render_chart(counts) if counts.months else None


def cases_chart(rows: Iterable[Sequence[Any]]) -> bytes:
    """The chart of these cases; with no cases, a chart that says so (for /stats)."""
    return render_chart(monthly_counts(rows))
