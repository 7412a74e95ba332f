"""`repatwatch archive REPORT_ID --out DIR`: what the source archive kept of one report, as files.

Writes, under DIR/report-<id>/: `entry.json` (the feed entry as it was read), the page as it was
fetched (`page.html`, or another extension after its media type) when REPATWATCH_ARCHIVE kept it,
and `archive.json` describing each copy (URL, fetch time, SHA-256, size, media type, HTTP status,
or why the page could not be fetched). Each copy is checked against its SHA-256 first. Exit 0
when something was written, 1 when the archive holds nothing for the report.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.archive import page_file
from bot.domain import RepatwatchError
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.store.archive import Copy


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    archive = subparsers.add_parser(
        "archive", help="write out what the source archive kept of a report (entry, page)"
    )
    archive.add_argument("report_id", type=int, metavar="REPORT_ID")
    archive.add_argument("--out", type=Path, required=True, metavar="DIR")
    archive.set_defaults(handler=archive_command)


def archive_command(args: argparse.Namespace, settings: Settings) -> int:
    from bot import bootstrap
    from bot.store.archive import copies

    with bootstrap.database(settings) as db:
        try:
            kept = db.sync(copies, args.report_id)
        except ValueError as exc:
            raise RepatwatchError(f"report {args.report_id}: {exc}") from exc
    if not kept:
        print(
            f"repatwatch: the archive holds nothing for report {args.report_id}", file=sys.stderr
        )
        return 1
    folder: Path = args.out / f"report-{args.report_id}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        described = [_write(folder, copy) for copy in kept]
        (folder / "archive.json").write_text(
            json.dumps(described, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    except OSError as exc:
        raise RepatwatchError(f"cannot write to {folder}: {exc.strerror}") from exc
    for item in described:
        print(f"{item['kind']}: {item.get('file') or item['state']} ({item['url']})")
    return 0


def _write(folder: Path, copy: Copy) -> dict[str, object]:
    name = None
    if copy.seen is not None:
        name = "entry.json" if copy.kind.value == "entry" else page_file(copy.content_type)
        (folder / name).write_bytes(copy.seen)
    return {
        "kind": copy.kind.value,
        "state": copy.state.value,
        "file": name,
        "url": copy.url,
        "fetched_at": copy.fetched_at.isoformat(),
        "sha256": copy.sha256,
        "size": copy.size,
        "content_type": copy.content_type,
        "http_status": copy.http_status,
        "error": copy.error,
    }
