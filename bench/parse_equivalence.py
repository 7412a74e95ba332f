"""Prove the fast parse path reads feeds as feedparser does: same Items wherever it accepts a file.

Usage: .venv/bin/python bench/parse_equivalence.py [FOLDER ...] [--show 20]

Default folders: ../shared/corpora/feedparser-tests and ../shared/corpora/real-feeds (relative to
the checkout). Every file is read like a feed body (gzip/deflate inflated under the size cap) and
parsed twice: by feedparser (`parse_feed(..., fast=False)`, the reference) and by the fast path
(`read_fast`, then the same normalisation). A file is "accepted" when the fast path reads it,
"declined" when it hands it to feedparser; an accepted file whose Items (every field, in order) or
whose outcome (an error where the other succeeds) differs is "differing", and must be zero: any
difference found here becomes a decline rule in bot/feeds/fastparse.py. Items exclude the entry the
archive keeps (`bot.archive.entry_record`), so its dates as the feed wrote them, links and guidislink
are compared apart: items whose archived fields differ must be zero too. Also printed: the CPU time
of both paths over the accepted files (items per CPU-second).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.archive import entry_record  # noqa: E402
from bot.domain import FeedError, Item  # noqa: E402
from bot.feeds import parse_feed, read_feed_file  # noqa: E402
from bot.feeds.fastparse import read_fast  # noqa: E402

NOW = datetime(2026, 12, 1, tzinfo=UTC)
BASE_URL = "http://feeds.example.org/path/feed.xml"  # relative links resolve against it
CORPORA = [
    ROOT.parent / "shared/corpora/feedparser-tests",
    ROOT.parent / "shared/corpora/real-feeds",
]
SKIPPED = {".md", ".json", ".txt"}

ARCHIVED = ("published", "updated", "created", "links", "guidislink")  # compared in the archive
Outcome = tuple[Item, ...] | str  # the Items, or the error kind


def files(folders: list[Path]) -> Iterator[Path]:
    for folder in folders:
        yield from sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix not in SKIPPED)


def outcome(data: bytes, *, fast: bool) -> Outcome:
    try:
        items, _warnings = parse_feed(data, url=BASE_URL, now=NOW, fast=fast)
    except FeedError as exc:
        return exc.kind
    return tuple(items)


def first_difference(reference: Outcome, fast: Outcome) -> str:
    if isinstance(reference, str) or isinstance(fast, str):
        return f"feedparser: {summary(reference)}; fast: {summary(fast)}"
    if len(reference) != len(fast):
        return f"{len(reference)} items vs {len(fast)}"
    for position, (a, b) in enumerate(zip(reference, fast, strict=True)):
        for name in Item.__dataclass_fields__:
            if getattr(a, name) != getattr(b, name):
                return f"item {position} {name}: {getattr(a, name)!r} vs {getattr(b, name)!r}"
    return "?"


def archived_difference(reference: Item, fast: Item) -> str | None:
    """The first archived field (as entry.json holds it) where the two readings differ."""
    a, b = json.loads(entry_record(reference)), json.loads(entry_record(fast))
    for name in ARCHIVED:
        if a.get(name) != b.get(name):
            return f"archived {name}: {a.get(name)!r} vs {b.get(name)!r}"
    return None


def summary(value: Outcome) -> str:
    return value if isinstance(value, str) else f"{len(value)} items"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=CORPORA)
    parser.add_argument("--show", type=int, default=20, help="differing files to list")
    args = parser.parse_args()
    accepted = declined = unreadable = 0
    differing: list[tuple[Path, str]] = []
    archived_differing: list[tuple[Path, str]] = []
    cpu_reference = cpu_fast = 0.0
    items = 0
    for path in files(args.folders):
        try:
            data = read_feed_file(path)
        except FeedError:
            unreadable += 1
            continue
        if read_fast(data, url=BASE_URL, content_type=None) is None:
            declined += 1
            continue
        accepted += 1
        started = time.process_time()
        reference = outcome(data, fast=False)
        middle = time.process_time()
        fast = outcome(data, fast=True)
        cpu_reference += middle - started
        cpu_fast += time.process_time() - middle
        if reference != fast:
            differing.append((path, first_difference(reference, fast)))
        elif not isinstance(reference, str) and not isinstance(fast, str):
            items += len(reference)
            for a, b in zip(reference, fast, strict=True):
                if (difference := archived_difference(a, b)) is not None:
                    archived_differing.append((path, difference))
    for path, difference in (differing + archived_differing)[: args.show]:
        print(f"DIFFERS {path}: {difference}")
    total = accepted + declined + unreadable
    print(
        f"{total} files: {accepted} accepted by the fast path, {declined} declined "
        f"(feedparser reads them), {unreadable} unreadable bodies; "
        f"{len(differing)} accepted files differ from feedparser"
    )
    print(
        f"{items} items of agreeing files: {len(archived_differing)} differ in the archived "
        f"entry's {', '.join(ARCHIVED)}"
    )
    if items:
        print(
            f"accepted files, {items} items: feedparser {items / cpu_reference:,.0f} items/CPU-s, "
            f"fast path {items / cpu_fast:,.0f} items/CPU-s (normalisation included in both)"
        )
    sys.exit(1 if differing or archived_differing else 0)


if __name__ == "__main__":
    main()
