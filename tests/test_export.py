"""Exports of the case record: each format written from a real database and read back."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import feedparser
import pytest
from casefactory import DANDONG, DANDONG_LATER, NOW, VIENTIANE, file_report
from sqlalchemy.orm import Session, sessionmaker
from uwazi_rules import uwazi_problems

from bot.cli import main
from bot.domain import Status
from bot.export import CaseExport, ExportFormat, render
from bot.export.tabular import read_csv, read_json
from bot.export.uwazi import UWAZI_TEMPLATE
from bot.store.base import session_scope
from bot.store.corrections import close_case, set_status
from bot.store.exports import cases_for_export


def seed(factory: sessionmaker[Session]) -> tuple[int, int]:
    """Two cases: one in Dandong from two outlets (with a status moving on, a title holding a `|`
    and quotes, a name and an organisation), one in Laos, closed by an operator."""
    with session_scope(factory) as s:
        _, dandong = file_report(
            s, "dd-1", day=date(2026, 11, 16), text=DANDONG, status=Status.DETAINED,
            title='Seven held in Dandong | "safe house" raid', names=("Kim Ok-sun",),
            orgs=("Crossing Borders Aid",), groups=("children",),
        )  # fmt: skip
        _, again = file_report(
            s, "dd-2", day=date(2026, 11, 18), text=DANDONG_LATER, source="Northern Courier",
            status=Status.FACING_REPATRIATION, people=7,
        )  # fmt: skip
        assert again == dandong
        _, laos = file_report(
            s, "la-1", day=date(2025, 2, 3), text=VIENTIANE, country="LA", place="Vientiane",
            people=4, status=Status.ARRESTED, groups=("women",),
        )  # fmt: skip
        later = NOW + timedelta(hours=4)
        set_status(s, laos, Status.RELEASED, actor="telegram:777", now=later)
        close_case(s, laos, actor="telegram:777", now=later)
    return dandong, laos


@pytest.fixture
def cases(session_factory: sessionmaker[Session]) -> list[CaseExport]:
    seed(session_factory)
    with session_scope(session_factory) as s:
        return cases_for_export(s)


def test_every_case_comes_with_its_timeline_counts_sources_and_place(
    cases: list[CaseExport],
) -> None:
    dandong = next(c for c in cases if c.country == "CN")
    assert [c.status for c in dandong.timeline] == [
        Status.DETAINED,
        Status.FACING_REPATRIATION,
    ]
    assert [s.outlet for s in dandong.sources] == ["Harbour Wire", "Northern Courier"]
    assert {c.outlet for c in dandong.counts} == {"Harbour Wire", "Northern Courier"}
    assert dandong.coords is not None and 39 < dandong.coords[0] < 41
    laos = next(c for c in cases if c.country == "LA")
    assert laos.closed and laos.status is Status.RELEASED
    assert laos.timeline[-1].actor == "telegram:777"


def test_csv_reads_back_to_the_same_cases(cases: list[CaseExport]) -> None:
    text = render(ExportFormat.CSV, cases, now=NOW).decode("utf-8")
    assert read_csv(text) == cases
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["case"] == cases[0].id and "Harbour Wire|7|" in row["people_counts"]


def test_json_reads_back_to_the_same_cases(cases: list[CaseExport]) -> None:
    text = render(ExportFormat.JSON, cases, now=NOW).decode("utf-8")
    assert read_json(text) == cases


@pytest.mark.parametrize("fmt", [ExportFormat.CSV, ExportFormat.JSON])
def test_an_incident_told_only_by_its_month_is_written_as_that_month_and_read_back(
    cases: list[CaseExport], fmt: ExportFormat
) -> None:
    month = [replace(cases[0], incident_date=date(2019, 11, 1), incident_month_only=True)]
    text = render(fmt, month, now=NOW).decode("utf-8")
    assert "2019-11" in text and "2019-11-01" not in text
    assert (read_csv(text) if fmt is ExportFormat.CSV else read_json(text)) == month


def test_the_uwazi_csv_keeps_uwazis_documented_column_rules(cases: list[CaseExport]) -> None:
    text = render(ExportFormat.UWAZI, cases, now=NOW).decode("utf-8")
    assert uwazi_problems(text, UWAZI_TEMPLATE, default_language="en") == []


def test_the_uwazi_csv_reads_back_as_uwazi_would_read_it(cases: list[CaseExport]) -> None:
    rows = list(csv.DictReader(io.StringIO(render(ExportFormat.UWAZI, cases, now=NOW).decode())))
    assert len(rows) == len(cases)
    dandong = next(r for r in rows if r["country"] == "China")
    case = next(c for c in cases if c.country == "CN")
    assert case.coords is not None
    lat, lon = (float(v) for v in dandong["geolocation"].split("|"))
    assert (lat, lon) == pytest.approx(case.coords, abs=1e-4)
    assert dandong["title__en"] == case.title_en and dandong["title__ko"] == case.title_ko
    assert dandong["status_dates"].split("|") == ["2026/11/16", "2026/11/18"]
    assert dandong["status"] == "facing repatriation"
    assert dandong["organisations"] == "Crossing Borders Aid"
    assert dandong["first_source"] == "Harbour Wire|https://news.example/dd-1"
    assert "Kim Ok-sun" not in "".join(dandong.values())  # a published collection holds no names


def test_the_atom_feed_parses_and_lists_the_newest_change_first(cases: list[CaseExport]) -> None:
    feed = feedparser.parse(render(ExportFormat.ATOM, cases, now=NOW))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    newest = max(cases, key=lambda c: c.updated_at)
    first = feed.entries[0]
    assert first.id == f"urn:repatwatch:case:{newest.number}"
    assert first.title.startswith(newest.id)
    assert datetime(*first.updated_parsed[:6], tzinfo=UTC) == newest.updated_at.replace(
        microsecond=0
    )
    assert {e.id for e in feed.entries} == {f"urn:repatwatch:case:{c.number}" for c in cases}
    dandong = next(e for e in feed.entries if any(t.term == "CN" for t in e.tags))
    assert "https://news.example/dd-2" in {link.href for link in dandong.links}


def test_an_empty_record_exports_an_empty_but_valid_file(tmp_path: Path) -> None:
    assert read_csv(render(ExportFormat.CSV, [], now=NOW).decode()) == []
    assert read_json(render(ExportFormat.JSON, [], now=NOW).decode()) == []
    assert not feedparser.parse(render(ExportFormat.ATOM, [], now=NOW)).bozo


def test_the_export_command_filters_by_country_and_date(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.store.base import make_engine, make_session_factory, upgrade

    engine = make_engine(sqlite_url)
    upgrade(engine)
    seed(make_session_factory(engine))
    engine.dispose()
    monkeypatch.setenv("REPATWATCH_DATABASE_URL", sqlite_url)
    out = tmp_path / "cases.json"
    assert main(["export", "--format", "json", "--country", "la", "--out", str(out)]) == 0
    assert [c.country for c in read_json(out.read_text())] == ["LA"]
    assert main(["export", "--format", "csv", "--since", "2026-11-17", "--out", str(out)]) == 0
    # The Laos case was corrected on 2026-11-20, so it counts as changed since then too.
    assert {c.country for c in read_csv(out.read_text())} == {"CN", "LA"}
    assert main(["export", "--format", "csv", "--since", "2030-01-01", "--out", str(out)]) == 0
    assert read_csv(out.read_text()) == []


def test_a_bad_date_or_country_is_refused_with_its_reason(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--format", "csv", "--since", "yesterday", "--out", "x"])
    assert "not a date like" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "--format", "csv", "--country", "Atlantis", "--out", "x"])
    assert re.search(r"'Atlantis' is not a country", capsys.readouterr().err)


@pytest.mark.parametrize(
    ("header", "cell", "complaint"),
    [
        ("geolocation", "40.1,124.3", "not lat|lon"),
        ("incident_date", "16/11/2026", "no format Uwazi always reads"),
        ("groups", "children||women", "empty or grouped"),
        ("first_source", "https://news.example/a", "not label|url"),
    ],
    ids=["comma-geolocation", "day-first-date", "empty-multiselect-value", "link-without-label"],
)
def test_the_uwazi_rule_checker_catches_what_uwazi_refuses(
    header: str, cell: str, complaint: str
) -> None:
    text = f'title__en,{header}\r\nA case,"{cell}"\r\n'
    problems = uwazi_problems(text, UWAZI_TEMPLATE, default_language="en")
    assert any(complaint in p for p in problems), problems


def test_the_uwazi_rule_checker_refuses_a_language_column_without_the_default_language() -> None:
    problems = uwazi_problems("title__ko\r\n사건\r\n", UWAZI_TEMPLATE, default_language="en")
    assert problems == ["title: no column for the default language en"]
