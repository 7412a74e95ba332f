"""`repatwatch classify`: one JSON object per input line on stdout, nothing else, never a crash."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

REPORTS = [
    {"id": "a1", "title": "Laos police detain six North Korean defectors",
     "text": "Six North Korean defectors were detained in Vientiane on Monday.", "lang": "en",
     "date": "2024-05-20"},
    {"id": "b2", "title": "Stocks rally", "text": "Shares rose on strong chip demand."},
]  # fmt: skip
FIELDS = {"id", "tier", "alert", "score", "country", "place", "people", "groups", "status",
          "orgs", "date", "reasons"}  # fmt: skip


def run_cli(args: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["classify", *args])


def test_each_input_line_gives_one_json_object(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_cli(["-"], "".join(json.dumps(r) + "\n" for r in REPORTS), monkeypatch)
    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first.keys() >= FIELDS
    assert (first["id"], first["tier"], first["alert"]) == ("a1", "alert", True)
    assert (first["country"], first["people"], first["status"]) == ("LA", 6, "detained")
    assert (second["id"], second["alert"]) == ("b2", False)


def test_bad_lines_give_an_error_object_and_the_run_goes_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = "{not json\n" + '{"id": 7, "text": 5}\n' + "\n" + json.dumps(REPORTS[0]) + "\n"
    code = run_cli([], stdin, monkeypatch)
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert code == 1
    assert [r.get("error") is not None for r in records] == [True, True, False]
    assert records[0]["line"] == 1
    assert records[1]["id"] == 7
    assert records[2]["id"] == "a1"
    assert "line 1" in captured.err and "line 2" in captured.err


def test_a_file_argument_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(REPORTS[0], ensure_ascii=False) + "\n", encoding="utf-8")
    assert run_cli([str(path)], "", monkeypatch) == 0
    assert json.loads(capsys.readouterr().out)["alert"] is True


def test_a_missing_file_is_reported_not_raised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run_cli([str(tmp_path / "nope.jsonl")], "", monkeypatch) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "cannot read" in captured.err


def test_explain_prints_a_readable_account_of_plain_text(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "Laos police detain six defectors\nSix North Korean defectors were detained in Vientiane."
    )
    assert run_cli(["--explain"], text, monkeypatch) == 0
    out = capsys.readouterr().out
    assert "Tier: alert" in out
    assert "Country of detention: LA" in out
    assert "Why:" in out


def test_the_installed_command_writes_only_json_to_stdout() -> None:
    stdin = "".join(json.dumps(r) + "\n" for r in REPORTS) + "oops\n"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "classify", "-"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,  # generous: the interpreter starts slowly on a loaded CI machine
        check=False,
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert all(isinstance(json.loads(line), dict) for line in lines)
    assert "line 3" in result.stderr


def test_verdicts_do_not_depend_on_the_interpreter_hash_seed() -> None:
    # Sets of concepts are iterated in hash order; a term with two senses ("expulsion": expelled
    # to a neighbour, or repatriation as a topic) must still read the same on every run.
    reports = [
        {"id": "x1", "title": "North Korean defectors face expulsion from Laos",
         "text": "Six North Korean defectors held in Vientiane face expulsion, activists said."},
        {"id": "x2", "title": "",
         "text": "The expulsion of nine North Korean defectors arrested in Yanji was halted."},
        *REPORTS,
    ]  # fmt: skip
    stdin = "".join(json.dumps(r) + "\n" for r in reports)
    runs = [  # side by side: the six interpreters start at once
        subprocess.Popen(
            [sys.executable, "-m", "bot", "classify", "-"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        for seed in ("1", "2", "3", "4", "5", "6")
    ]
    outputs = set()
    for run in runs:
        out, err = run.communicate(stdin, timeout=300)  # six at once on a loaded machine
        assert run.returncode == 0, err
        outputs.add(out)
    assert len(outputs) == 1


def test_a_reader_that_stops_early_ends_the_run_quietly(tmp_path: Path) -> None:
    # `repatwatch classify big.jsonl | head -1`: the pipe closes while verdicts are still being
    # written; the command stops without a traceback.
    big = tmp_path / "big.jsonl"
    report = {
        "id": "r",
        "title": "",
        "text": "Five North Korean defectors were arrested in Yanji.",
    }
    big.write_text("".join(json.dumps({**report, "id": f"r{i}"}) + "\n" for i in range(3000)))
    with subprocess.Popen(
        [sys.executable, "-m", "bot", "classify", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as run:
        assert run.stdout is not None and run.stderr is not None
        assert json.loads(run.stdout.readline())["id"] == "r0"
        run.stdout.close()
        err = run.stderr.read().decode()
        assert run.wait(timeout=300) == 141
    assert "Traceback" not in err
    assert "BrokenPipeError" not in err
