"""Run every file of a feed corpus through read, parse and normalise; report per file and totals.

Usage: python bench/corpus.py FOLDER [--quiet] [--max-bytes N]

Each file is read from disk (gzip and deflate bodies are inflated with the same size cap as HTTP
bodies), parsed with feedparser and normalised into Items exactly as the poller does. A feed error
(not a feed, a bad body, every entry unreadable) is an expected outcome and is counted by kind; any
other exception is a bug and is printed with its traceback. Exits 0 when no file raised an unhandled
exception, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.domain import FeedError  # noqa: E402
from bot.feeds import parse_feed, read_feed_file  # noqa: E402

SKIPPED_NAMES = {"README.md", "LICENSE", ".gitattributes"}


def corpus_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name not in SKIPPED_NAMES)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--quiet", action="store_true", help="print only problems and totals")
    parser.add_argument("--max-bytes", type=int, default=10 * 1024 * 1024)
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"{args.folder}: not a folder", file=sys.stderr)
        return 2
    now = datetime.now(UTC)
    files = corpus_files(args.folder)
    errors: Counter[str] = Counter()
    items_total = warnings_total = with_warnings = unhandled = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    slowest = (0.0, "")
    for path in files:
        name = path.relative_to(args.folder)
        file_started = time.perf_counter()
        try:
            data = read_feed_file(path, limit=args.max_bytes)
            items, warnings = parse_feed(data, url=path.resolve().as_uri(), now=now)
        except FeedError as exc:
            errors[exc.kind] += 1
            print(f"error  {name}: {exc.kind}: {exc}")
            continue
        except Exception:
            unhandled += 1
            print(f"CRASH  {name}:\n{traceback.format_exc()}")
            continue
        finally:
            slowest = max(slowest, (time.perf_counter() - file_started, str(name)))
        items_total += len(items)
        warnings_total += len(warnings)
        with_warnings += bool(warnings)
        if not args.quiet or warnings:
            first = f"  ({warnings[0]})" if warnings else ""
            print(f"ok     {name}: {len(items)} items, {len(warnings)} warnings{first}")
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(
        f"\n{args.folder}: {len(files)} files; {len(files) - sum(errors.values()) - unhandled} parsed"
        f" ({with_warnings} with warnings, {warnings_total} warnings), {items_total} items;"
        f" feed errors {sum(errors.values())} {dict(sorted(errors.items()))};"
        f" unhandled exceptions {unhandled}"
    )
    print(
        f"time {elapsed:.2f} s wall, {cpu:.2f} s CPU; "
        f"{len(files) / elapsed:.0f} files/s, {items_total / elapsed:.0f} items/s; "
        f"slowest {slowest[1]} ({slowest[0]:.2f} s)"
    )
    return 1 if unhandled else 0


if __name__ == "__main__":
    raise SystemExit(main())
