"""The `repatwatch cases` and `repatwatch case` commands, end to end through the CLI root."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.cli import main
from bot.commands.cases import LineError, parse_date, parse_line
from bot.domain import Document, Facts, Status, Tier, Verdict
from bot.store.base import make_engine, make_session_factory, session_scope, upgrade
from bot.store.cases import attach_report
from bot.store.reports import Report


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2019-12-02", date(2019, 12, 2)),
        ("2020-10", date(2020, 10, 1)),
        ("2012", date(2012, 1, 1)),
        ("2019-12-02T08:00:00Z", date(2019, 12, 2)),
        (None, None),
    ],
    ids=["day", "month", "year", "timestamp", "none"],
)
def test_dates_may_be_partial(raw: str | None, expected: date | None) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "line 3: not JSON"),
        ("[1, 2]", "line 3: expected a JSON object"),
        ('{"text": "no id"}', "line 3: needs an id"),
        ('{"id": "x", "text": "t", "date": "soon"}', "line 3: date 'soon'"),
    ],
    ids=["broken-json", "not-an-object", "no-id", "bad-date"],
)
def test_a_bad_line_is_reported_with_its_number(line: str, message: str) -> None:
    parsed = parse_line(line, 3)
    assert isinstance(parsed, LineError)
    assert parsed.message.startswith(message)


def test_a_good_line_becomes_a_document() -> None:
    line = json.dumps({"id": 7, "title": None, "text": "t", "lang": "ko", "date": "2020-01"})
    assert parse_line(line, 1) == Document("7", "", "t", "ko", None, date(2020, 1, 1), None)


def seed(url: str, *reports: tuple[str, str, int]) -> list[str]:
    """Store reports (key, place, people) dated days apart in March 2024; returns their cases."""
    now = datetime(2024, 4, 1, tzinfo=UTC)
    engine = make_engine(url)
    upgrade(engine)
    case_ids: list[str] = []
    with session_scope(make_session_factory(engine)) as session:
        for day, (key, place, people) in enumerate(reports, start=1):
            report = Report(key=key, fingerprint=key, title=key, summary="", first_seen_at=now)
            session.add(report)
            session.flush()
            doc = Document(
                key,
                f"Arrests in {place}",
                f"Police in {place} held {people} North Koreans.",
                "en",
                f"https://news.example/{key}",
                date(2024, 3, day),
                "Northwind Radio",
            )
            facts = Facts(country="CN", place=place, people=people, status=Status.DETAINED)
            verdict = Verdict(Tier.ALERT, 1.0, facts)
            update = attach_report(session, report_id=report.id, doc=doc, verdict=verdict, now=now)
            assert update is not None
            case_ids.append(update.case_id)
    engine.dispose()
    return case_ids


def test_case_prints_a_stored_case_summary_in_english_and_korean(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    [case_id] = seed(sqlite_url, ("k1", "Yanji", 5))
    monkeypatch.setenv("REPATWATCH_DATABASE_URL", sqlite_url)

    assert main(["case", case_id]) == 0
    english = capsys.readouterr().out
    assert main(["case", case_id, "--lang", "ko"]) == 0
    korean = capsys.readouterr().out
    assert main(["case", "C404"]) == 1

    assert english.startswith("5 North Koreans detained in Yanji (Jilin, China)")
    assert "https://news.example/k1" in english
    assert korean.startswith("탈북민 5명, 중국 지린성 옌지에서 구금")
    assert "no case C404" in capsys.readouterr().err


def test_an_operator_can_merge_set_status_and_close_from_the_command_line(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = seed(sqlite_url, ("k1", "Yanji", 5), ("k2", "Kunming", 5))
    monkeypatch.setenv("REPATWATCH_DATABASE_URL", sqlite_url)
    assert first != second

    assert main(["case", first, "--merge", second, "--actor", "mina"]) == 0
    merged = capsys.readouterr().out
    assert main(["case", first, "--status", "released"]) == 2
    assert "--actor" in capsys.readouterr().err
    assert main(["case", first, "--status", "released", "--actor", "mina"]) == 0
    released = capsys.readouterr().out
    assert main(["case", first, "--close", "--actor", "mina"]) == 0
    closed = capsys.readouterr().out

    assert "2 reports:" in merged
    assert "released (set by mina)" in released
    assert closed.rstrip().endswith("This case is closed.")


def test_cases_links_a_jsonl_batch_one_output_line_per_input_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        {
            "id": "r1",
            "title": "China detains eight North Korean defectors in Shenyang",
            "text": "Chinese police detained eight North Korean defectors in Shenyang on Monday and "
            "plan to send them back to North Korea, a Seoul-based rights group said.",
            "lang": "en",
            "date": "2023-05-08",
            "source": "Northwind Radio",
        },
        {
            "id": "r2",
            "title": "Central bank holds rates",
            "text": "The central bank left interest rates unchanged on Tuesday.",
            "date": "2023-05-09",
        },
        {
            "id": "r3",
            "title": "중국 선양서 탈북민 8명 체포…강제북송 우려",
            "text": "중국 선양에서 탈북민 8명이 공안에 체포돼 강제북송될 위기에 처했다고 인권단체가 밝혔다.",
            "lang": "ko",
            "date": "2023-05-09",
            "source": "한빛일보",
        },
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n{broken\n")

    code = main(["cases", str(path)])
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    assert code == 1
    assert [o["id"] for o in out] == ["r1", "r2", "r3", None]
    assert out[0]["case"] is not None and out[0]["case"] == out[2]["case"]
    assert out[2]["why"][0] == f"joined {out[0]['case']} with {out[2]['score']:.1f}"
    assert "+2.0 same place" in out[2]["why"]  # Shenyang and 선양 are one place
    assert out[1]["case"] is None
    assert "did not raise an alert" in out[1]["why"][0]
    assert "not JSON" in out[3]["error"]
