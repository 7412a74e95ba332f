"""`repatwatch classify [FILE|-]`: classify reports given as JSON Lines, or explain one report.

Input: one JSON object a line with `id`, `title`, `text` and optionally `lang`, `url`, `date`
(ISO date). Output: exactly one JSON object a line on stdout for each non-blank input line (the
verdict's fields after `id`), nothing else; a line that cannot be read gives an object with an
`error` field (and a message on stderr) and the run goes on; the exit code is then 1. With
`--explain`, the input is the plain text of one report (first line = headline) and the output a
readable explanation.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import IO, Any

from bot.classify import Classifier, default_classifier, explain
from bot.codec import verdict_to_json
from bot.domain import ConfigError, Document
from bot.settings import Settings


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "classify",
        help="classify reports (JSON Lines) or explain one report (--explain)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", default="-", help="input file, or - for stdin")
    parser.add_argument(
        "--explain", action="store_true", help="read one report as plain text and explain it"
    )
    parser.add_argument("--lang", help="language of the report (with --explain)")
    parser.add_argument("--date", type=date.fromisoformat, help="report date (with --explain)")
    parser.add_argument(
        "--lexicon",
        action="append",
        type=Path,
        help="lexicon file to use instead of the bundled ones (repeatable)",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    del settings
    classifier = Classifier.from_lexicons(args.lexicon) if args.lexicon else default_classifier()
    with _open(args.file) as stream:
        if args.explain:
            text = stream.read()
            title, _, _ = text.strip().partition("\n")
            doc = Document("stdin", title.strip(), text, args.lang, date=args.date)
            print(explain(doc, classifier.classify(doc, thorough=True)))
            return 0
        return classify_lines(classifier, stream, sys.stdout, sys.stderr)


def classify_lines(
    classifier: Classifier, lines: Iterable[str], out: IO[str], err: IO[str]
) -> int:
    """Write one JSON object per non-blank input line to `out`; 1 if any line was bad."""
    failed = False
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = parse_document(line, number)
            record = {"id": doc.id, **verdict_to_json(classifier.classify(doc))}
        except ValueError as exc:
            failed = True
            record = {"id": _loose_id(line), "line": number, "error": str(exc)}
            print(f"repatwatch classify: line {number}: {exc}", file=err)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    return 1 if failed else 0


def parse_document(line: str, number: int) -> Document:
    """One input line as a Document; ValueError with a readable message when it is not one."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON: {exc.msg} at column {exc.colno}") from exc
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object with id, title and text")
    text, title = data.get("text"), data.get("title")
    if not isinstance(text, str) and not isinstance(title, str):
        raise ValueError("needs a `text` or `title` string")
    for key in ("text", "title", "lang", "url"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise ValueError(f"`{key}` must be a string")
    return Document(
        id=str(data.get("id") if data.get("id") is not None else f"line-{number}"),
        title=title or "",
        text=text or "",
        lang=data.get("lang"),
        url=data.get("url"),
        date=_date(data.get("date")),
    )


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError("`date` must be an ISO date string")
    for candidate in (value[:10], f"{value[:7]}-01", f"{value[:4]}-01-01"):
        try:
            return date.fromisoformat(candidate)
        except ValueError:
            continue
    raise ValueError(f"`date` is not an ISO date: {value!r}")


def _loose_id(line: str) -> Any:
    try:
        data = json.loads(line)
    except json.JSONDecodeError:
        return None
    return data.get("id") if isinstance(data, dict) else None


def _open(name: str) -> contextlib.AbstractContextManager[IO[str]]:
    if name == "-":
        return contextlib.nullcontext(sys.stdin)
    try:
        return open(name, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read {name}: {exc.strerror}") from exc
