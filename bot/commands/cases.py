"""`repatwatch cases [FILE|-]` links a JSON Lines batch into cases; `repatwatch case ID` shows one.

`cases` reads the same input as `classify` (one object a line: id, title, text, optional lang, url,
date, source), classifies every report, links the alerts in memory in date order, and writes one
JSON object per input line, in input order: {"id": ..., "case": "C1" or null, "score": 4.5,
"why": [...]}, where `why` says why the report joined its case or opened a new one (the evidence
weighed, item by item) or why it has no case. A line that cannot be read gets {"id": ..., "case":
null, "error": "..."} and the command exits 1 after the rest. With --text, a readable explanation
per report instead of JSON.
`case` prints a stored case's summary (English, or Korean with --lang ko); with --merge, --split,
--status or --close (and --actor) it first applies that operator correction.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from bot.cases import BatchResult, link_batch
from bot.clock import SystemClock
from bot.domain import Document, RepatwatchError, Status, Verdict
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.store.base import Session


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    batch = subparsers.add_parser(
        "cases", help="link JSON Lines reports into cases (one JSON object per input line)"
    )
    batch.add_argument("file", nargs="?", default="-", help="JSON Lines file, or - for stdin")
    batch.add_argument(
        "--text", action="store_true", help="a readable explanation per report instead of JSON"
    )
    batch.set_defaults(handler=run_cases)
    show = subparsers.add_parser("case", help="print a stored case's summary")
    show.add_argument("case_id", help="the case id, e.g. C42")
    show.add_argument("--lang", choices=("en", "ko"), default="en")
    fix = show.add_mutually_exclusive_group()
    fix.add_argument("--merge", metavar="OTHER", help="merge case OTHER into this case")
    fix.add_argument(
        "--split", metavar="REPORT", type=int, help="move report REPORT to a new case"
    )
    fix.add_argument("--status", choices=[s.value for s in Status], help="set the status")
    fix.add_argument("--close", action="store_true", help="close the case")
    show.add_argument("--actor", help="who makes the correction (required with a correction)")
    show.set_defaults(handler=run_case)


def run_cases(args: argparse.Namespace, settings: Settings) -> int:
    """Classify and link every line of the input; print {"id", "case"} per line."""
    del settings
    if args.file == "-":
        lines = list(sys.stdin)
    else:
        try:
            lines = Path(args.file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise RepatwatchError(f"cannot read {args.file}: {exc.strerror}") from exc
    parsed = [
        parse_line(line, number) for number, line in enumerate(lines, start=1) if line.strip()
    ]
    docs = [p for p in parsed if isinstance(p, Document)]
    verdicts = verdicts_for(docs)
    result = link_batch(list(zip(docs, verdicts, strict=True)))
    explained = explanations(docs, verdicts, result)
    try:
        if args.text:
            write_text(parsed, result.case_of, explained, sys.stdout)
        else:
            write_results(parsed, result.case_of, sys.stdout, explained)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped early (`| head`): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1 if any(isinstance(p, LineError) for p in parsed) else 0


@dataclass(frozen=True, slots=True)
class LineError:
    """An input line that could not be read, kept so the output stays one line per input line."""

    id: object
    message: str


def parse_line(line: str, number: int) -> Document | LineError:
    """One input line as a Document, or a LineError saying what is wrong with it."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return LineError(None, f"line {number}: not JSON ({exc.msg})")
    if not isinstance(row, dict):
        return LineError(None, f"line {number}: expected a JSON object")
    rid = row.get("id")
    if rid is None or not isinstance(row.get("text", ""), str):
        return LineError(rid, f"line {number}: needs an id and a text")
    try:
        day = parse_date(row.get("date"))
    except ValueError:
        return LineError(rid, f"line {number}: date {row.get('date')!r} is not YYYY[-MM[-DD]]")
    return Document(
        id=str(rid),
        title=row.get("title") or "",
        text=row.get("text") or "",
        lang=row.get("lang"),
        url=row.get("url"),
        date=day,
        source=row.get("source"),
    )


def parse_date(raw: object) -> date | None:
    """An ISO date, or a partial one ("2020-10", "2012") taken as its first day."""
    parts = _date_parts(raw)
    if parts is None:
        return None
    year, month, day = [*parts, 1, 1][:3]
    return date(year, month, day)


def _date_parts(raw: object) -> list[int] | None:
    if raw is None or raw == "":
        return None
    if not isinstance(raw, str):
        raise ValueError(raw)
    parts = [int(p) for p in raw.strip()[:10].split("-")]
    if not 1 <= len(parts) <= 3:
        raise ValueError(raw)
    return parts


def explanations(
    docs: Sequence[Document], verdicts: Sequence[Verdict], result: BatchResult
) -> dict[str, tuple[float | None, tuple[str, ...]]]:
    """Each report's linking score (None for a report with no case) and the reasons."""
    out: dict[str, tuple[float | None, tuple[str, ...]]] = {}
    for doc, verdict in zip(docs, verdicts, strict=True):
        decision = result.decisions.get(doc.id)
        if decision is None:
            out[doc.id] = (
                None,
                (f"no case: the classifier did not raise an alert ({verdict.tier})",),
            )
        else:
            out[doc.id] = (round(decision.score, 2), decision.why)
    return out


def write_results(
    parsed: Iterable[Document | LineError],
    case_of: dict[str, str | None],
    out: IO[str],
    explained: dict[str, tuple[float | None, tuple[str, ...]]] | None = None,
) -> None:
    for item in parsed:
        if isinstance(item, LineError):
            row: dict[str, object] = {"id": item.id, "case": None, "error": item.message}
        else:
            row = {"id": item.id, "case": case_of.get(item.id)}
            if explained and item.id in explained:
                row["score"], row["why"] = explained[item.id]
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_text(
    parsed: Iterable[Document | LineError],
    case_of: dict[str, str | None],
    explained: dict[str, tuple[float | None, tuple[str, ...]]],
    out: IO[str],
) -> None:
    """One block per report: its case, then the reasons, one a line."""
    for item in parsed:
        if isinstance(item, LineError):
            out.write(f"{item.id}: {item.message}\n\n")
            continue
        _, why = explained[item.id]
        out.write(f"{item.id} -> {case_of.get(item.id) or 'no case'}  {item.title[:70]}\n")
        out.writelines(f"    {line}\n" for line in why)
        out.write("\n")


def run_case(args: argparse.Namespace, settings: Settings) -> int:
    """Print the summary of one stored case, after applying an operator correction if asked."""
    from bot import bootstrap

    correcting = args.merge or args.split is not None or args.status or args.close
    if correcting and not args.actor:
        raise RepatwatchError("a correction needs --actor NAME (who makes it)")
    now = SystemClock().now()
    with bootstrap.database(settings) as db:
        text = db.sync(_correct_and_summarise, args, now if correcting else None)
    if text is None:
        print(f"repatwatch: there is no case {args.case_id}", file=sys.stderr)
        return 1
    print(text)
    return 0


def _correct_and_summarise(
    session: Session, args: argparse.Namespace, now: datetime | None
) -> str | None:
    """The case's summary, after the correction the arguments ask for (when `now` is given)."""
    from bot.store.cases import get_case
    from bot.summary import summarise

    case_id = _correct(session, args, now) if now is not None else args.case_id
    case = get_case(session, case_id)
    return summarise(case, args.lang, actors=True) if case is not None else None


def _correct(session: Session, args: argparse.Namespace, now: datetime) -> str:
    """Apply the correction the arguments ask for; returns the case to show afterwards."""
    from bot import casework
    from bot.store import corrections as store

    if args.merge:
        return store.merge_cases(session, args.case_id, args.merge, actor=args.actor, now=now).id
    if args.split is not None:
        return store.split_report(session, args.case_id, args.split, actor=args.actor, now=now)
    if args.status:
        status = Status(args.status)
        # like /setstatus: the chats following the case are told, as a reply to their alert
        return casework.set_status(session, args.case_id, status, actor=args.actor, now=now).id
    return store.close_case(session, args.case_id, actor=args.actor, now=now).id


def verdicts_for(docs: list[Document]) -> list[Verdict]:
    """The real classifier's verdicts (kept apart so the import stays lazy)."""
    from bot.classify import classify

    return [classify(doc) for doc in docs]
