"""`repatwatch stats --out FILE.png`: write the operators' chart of cases per month to a file.

Upgrades the schema (so a fresh database gives a clear "no cases yet" rather than an SQL error),
reads the cases read-only and writes the same PNG the bot's /stats sends. Exit code 0 when the
chart was written, 1 when there are no cases to draw yet.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bot.domain import RepatwatchError
from bot.settings import Settings


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    stats = subparsers.add_parser(
        "stats", help="write a chart of cases per month by country and status (PNG)"
    )
    stats.add_argument(
        "--out", type=Path, required=True, metavar="FILE.png", help="where to write the chart"
    )
    stats.set_defaults(handler=stats_command)


def stats_command(args: argparse.Namespace, settings: Settings) -> int:
    from bot import bootstrap
    from bot.stats import chart_png  # matplotlib loads only for this command
    from bot.store.cases import case_month_rows

    out: Path = args.out
    with bootstrap.database(settings) as db:
        png = chart_png(db.sync(case_month_rows))
    if png is None:
        print(
            "no cases yet: nothing to chart. Run `repatwatch demo` or `repatwatch run` first.",
            file=sys.stderr,
        )
        return 1
    try:
        out.write_bytes(png)
    except OSError as exc:
        raise RepatwatchError(f"cannot write the chart to {out}: {exc.strerror}") from exc
    print(f"chart written to {out} ({len(png):,} bytes)")
    return 0
