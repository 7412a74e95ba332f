"""`repatwatch export --format csv|json|uwazi|atom [--since DATE] [--country CC] --out FILE`.

Writes every case (not merged into another) with its status timeline, the people counted per
source and its sources; `--since` keeps the cases reported or changed on or after a day,
`--country` those of one country. `--out -` writes to standard output. Exit code 0, also when no
case matched (the file then holds the header, or an empty list or feed), with the count on
standard error.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from bot.clock import SystemClock
from bot.domain import RepatwatchError
from bot.export import ExportFormat, render
from bot.reference.countries import country_code
from bot.settings import Settings


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    export = subparsers.add_parser(
        "export", help="write every case with its timeline and sources (CSV, JSON, Uwazi, Atom)"
    )
    export.add_argument(
        "--format", choices=[f.value for f in ExportFormat], required=True, dest="fmt"
    )
    export.add_argument("--since", type=since_date, metavar="DATE", help="YYYY-MM-DD")
    export.add_argument("--country", type=country, metavar="CC", help="ISO code, e.g. CN")
    export.add_argument(
        "--out", required=True, metavar="FILE", help="where to write (- for stdout)"
    )
    export.set_defaults(handler=export_command)


def since_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-01-31") from exc


def country(text: str) -> str:
    code = country_code(text)
    if code is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a country (an ISO code like CN)")
    return code


def export_command(args: argparse.Namespace, settings: Settings) -> int:
    from bot import bootstrap
    from bot.store.exports import cases_for_export

    fmt = ExportFormat(args.fmt)
    now = SystemClock().now()
    with bootstrap.database(settings) as db:
        cases = db.sync(cases_for_export, since=args.since, country=args.country)
    data = render(fmt, cases, now=now)
    if args.out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        try:
            Path(args.out).write_bytes(data)
        except OSError as exc:
            raise RepatwatchError(f"cannot write {args.out}: {exc.strerror}") from exc
    noun = "case" if len(cases) == 1 else "cases"
    print(f"{len(cases)} {noun} written as {fmt.value} to {args.out}", file=sys.stderr)
    return 0
