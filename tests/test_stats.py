"""The cases-per-month chart: counts are right, the PNG is real, and the command writes it."""

from __future__ import annotations

import argparse
import struct
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.commands import stats as stats_command
from bot.settings import Settings
from bot.stats import (
    MAX_COUNTRIES,
    STATUS_COLOURS,
    CaseRow,
    caption,
    chart_png,
    draw_chart,
    monthly_counts,
    render_chart,
)
from bot.store.base import make_engine, make_session_factory, session_scope, upgrade
from bot.store.cases import Case, case_month_rows

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_size(png: bytes) -> tuple[int, int]:
    assert png.startswith(PNG_SIGNATURE)
    assert png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


@pytest.mark.parametrize(
    ("rows", "months", "by_country", "by_status"),
    [
        ([], (), (), ()),
        (
            [(date(2025, 1, 3), "CN", "arrested"), (date(2025, 1, 20), "cn", "detained")],
            ("2025-01",),
            (("CN", (2,)),),
            (("arrested", (1,)), ("detained", (1,))),
        ),
        (
            [(date(2025, 1, 3), "CN", "arrested"), (date(2025, 3, 9), "RU", "released")],
            ("2025-01", "2025-02", "2025-03"),
            (("CN", (1, 0, 0)), ("RU", (0, 0, 1))),
            (("arrested", (1, 0, 0)), ("released", (0, 0, 1))),
        ),
        (
            [(datetime(2024, 12, 31, 23, tzinfo=UTC), None, None), ("2025-01-02", "VN", "odd")],
            ("2024-12", "2025-01"),
            (("VN", (0, 1)), ("unknown", (1, 0))),
            (("unknown", (1, 1)),),
        ),
        ([(None, "CN", "arrested")], (), (), ()),
    ],
    ids=["empty", "one-month", "gap-filled", "unknown-country-and-status", "undated-skipped"],
)
def test_cases_are_counted_per_month_by_country_and_status(
    rows: list[CaseRow],
    months: tuple[str, ...],
    by_country: tuple[tuple[str, tuple[int, ...]], ...],
    by_status: tuple[tuple[str, tuple[int, ...]], ...],
) -> None:
    counts = monthly_counts(rows)
    assert counts.months == months
    assert counts.by_country == by_country
    assert counts.by_status == by_status


def test_a_long_span_keeps_every_month_so_years_apart_stay_apart() -> None:
    counts = monthly_counts(
        [(date(2006, 8, 22), "TH", "detained"), (date(2019, 11, 30), "VN", "released")]
    )
    assert len(counts.months) == 13 * 12 + 4
    assert counts.months[:2] == ("2006-08", "2006-09") and counts.months[-1] == "2019-11"
    assert sum(counts.by_country[0][1]) + sum(counts.by_country[1][1]) == 2


def test_people_are_summed_per_month_as_a_range_never_across_sources() -> None:
    counts = monthly_counts(
        [
            (date(2025, 1, 3), "CN", "detained", 600, 650),
            (date(2025, 1, 9), "RU", "arrested", 2, 2),
            (date(2025, 2, 1), "VN", "released", None, None),
            (date(2025, 3, 1), "LA", "detained", None, 5),
        ]
    )
    assert counts.people_low == (602, 0, 5)
    assert counts.people_high == (652, 0, 5)
    assert counts.uncounted == 1


def test_countries_beyond_the_few_largest_are_grouped_as_other() -> None:
    codes = [f"C{n}" for n in range(MAX_COUNTRIES + 3)]
    rows: list[CaseRow] = [(date(2025, 5, 1), code, "arrested") for code in codes]
    rows += [(date(2025, 5, 2), "CN", "arrested")] * 5
    counts = monthly_counts(rows)
    keys = [key for key, _ in counts.by_country]
    assert keys[0] == "CN"
    assert keys[-1] == "other"
    assert len(keys) == MAX_COUNTRIES
    assert counts.total == len(rows)


def test_the_chart_is_a_png_of_a_readable_size() -> None:
    counts = monthly_counts(
        [
            (date(2025, 1, 3), "CN", "arrested"),
            (date(2025, 2, 3), "RU", "facing_repatriation"),
            (date(2025, 4, 3), "VN", "released"),
        ]
    )
    png = render_chart(counts)
    width, height = _png_size(png)
    assert (width, height) == (1100, 1000)
    assert 20_000 < len(png) < 1_000_000


def test_the_chart_draws_one_slot_per_month_in_colours_apart_and_says_what_it_shows() -> None:
    rows: list[CaseRow] = [
        (date(2024, 3, 1), "CN", "repatriated", 600, 650),
        (date(2026, 11, 2), "CN", "facing_repatriation", 7, 8),
        (date(2026, 11, 20), "LA", "released", None, None),
    ]
    counts = monthly_counts(rows)
    figure = draw_chart(counts)
    _, by_status, people = figure.axes
    months = len(counts.months)
    assert months == 33  # 2024-03 .. 2026-11, the empty months included
    assert len(by_status.patches) == months * len(counts.by_status)
    assert len(people.patches) == months * 2  # the lowest count, and the range above it
    colours = {tuple(bar.get_facecolor()) for bar in by_status.patches}
    assert len(colours) == 3  # repatriated, facing repatriation and released drawn apart
    assert STATUS_COLOURS["repatriated"] != STATUS_COLOURS["facing_repatriation"]
    assert "Cases with no head count: 1" in caption(counts)
    assert any("months without cases are empty" in t.get_text() for t in figure.texts)
    assert _png_size(render_chart(counts)) == (1100, 1000)


def test_an_empty_chart_still_renders() -> None:
    assert _png_size(render_chart(monthly_counts([]))) == (1100, 1000)


def _add_cases(
    factory: sessionmaker[Session], rows: list[tuple[date | None, str | None, str | None]]
) -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    with session_scope(factory) as session:
        cases = [
            Case(
                title=f"case {n}",
                country=country,
                status=status,
                corroboration="single",
                report_count=1,
                first_seen=first,
                last_seen=first,
                created_at=now,
                updated_at=now,
            )
            for n, (first, country, status) in enumerate(rows)
        ]
        session.add_all(cases)
        session.flush()
        cases[-1].merged_into_id = cases[0].id  # the last one was merged into the first


def test_rows_are_read_from_the_cases_table_without_merged_cases(
    session_factory: sessionmaker[Session],
) -> None:
    _add_cases(
        session_factory,
        [
            (date(2019, 11, 29), "VN", "released"),
            (None, "CN", None),
            (date(2019, 12, 1), "VN", "detained"),
        ],
    )
    with session_scope(session_factory) as session:
        rows = case_month_rows(session)
    png = chart_png(rows)
    assert sorted(rows, key=str) == sorted(
        [(date(2019, 11, 29), "VN", "released", None, None), (None, "CN", None, None, None)],
        key=str,
    )
    assert png is not None and png.startswith(PNG_SIGNATURE)


def _run_stats(out: Path, database_url: str) -> int:
    parser = argparse.ArgumentParser()
    stats_command.register(parser.add_subparsers())
    args = parser.parse_args(["stats", "--out", str(out)])
    code: int = args.handler(args, Settings(database_url=database_url))
    return code


def test_stats_on_an_empty_database_says_there_are_no_cases(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chart.png"
    assert _run_stats(out, sqlite_url) == 1
    assert "no cases yet" in capsys.readouterr().err
    assert not out.exists()


def test_stats_writes_the_chart_of_the_stored_cases(sqlite_url: str, tmp_path: Path) -> None:
    engine = make_engine(sqlite_url)
    try:
        upgrade(engine)
        _add_cases(
            make_session_factory(engine),
            [(date(2013, 11, 15), "CN", "arrested"), (date(2017, 2, 1), "RU", "released")] * 2,
        )
    finally:
        engine.dispose()
    out = tmp_path / "chart.png"
    assert _run_stats(out, sqlite_url) == 0
    assert _png_size(out.read_bytes()) == (1100, 1000)
