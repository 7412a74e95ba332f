"""`repatwatch feeds import FILE.opml` and `repatwatch feeds export --format opml`.

Import adds the OPML file's feeds that feeds.yaml does not list yet (same canonical URL) at the
end of feeds.yaml, in its own indentation, keeping the operator's comments; a name already taken
gets " (2)". The new file is validated whole before it replaces the old one (kept as
feeds.yaml.bak); a problem leaves feeds.yaml untouched and exits 2 with every problem listed. A
running `repatwatch run` picks the new list up by itself. Export writes feeds.yaml as OPML 2.0.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from bot.clock import SystemClock
from bot.config import load_feeds, parse_feeds_yaml
from bot.domain import ConfigError, RepatwatchError
from bot.feeds.opml import append_to_feeds_yaml, read_opml, to_opml, unique_new_feeds
from bot.settings import Settings


def register_feed_commands(feed_commands: argparse._SubParsersAction[Any]) -> None:
    """Add `import` and `export` to the `feeds` command."""
    imports = feed_commands.add_parser(
        "import", help="add the feeds of an OPML file to feeds.yaml"
    )
    imports.add_argument("opml", type=Path, metavar="FILE.opml")
    imports.add_argument("--feeds", type=Path, help="the feeds list (default: $REPATWATCH_FEEDS)")
    imports.set_defaults(handler=import_command)
    exports = feed_commands.add_parser("export", help="write feeds.yaml as OPML")
    exports.add_argument("--format", choices=["opml"], default="opml")
    exports.add_argument("--feeds", type=Path, help="the feeds list (default: $REPATWATCH_FEEDS)")
    exports.add_argument(
        "--out", default="-", metavar="FILE", help="where to write (- for stdout)"
    )
    exports.set_defaults(handler=export_command)


def import_command(args: argparse.Namespace, settings: Settings) -> int:
    path: Path = args.feeds or settings.feeds_path
    try:
        opml = read_opml(args.opml.read_bytes(), source=str(args.opml))
    except OSError as exc:
        raise ConfigError(f"{args.opml}: cannot read it ({exc.strerror})") from exc
    current_text = path.read_text(encoding="utf-8") if path.exists() else ""
    current = parse_feeds_yaml(current_text, source=str(path)) if current_text.strip() else []
    added, notes = unique_new_feeds(current, opml.feeds)
    for note in (*opml.skipped, *notes):
        print(f"skipped {note}")
    if not added:
        print(f"nothing to add: {path} already lists every feed of {args.opml}")
        return 0
    new_text = append_to_feeds_yaml(current_text, added)
    checked = parse_feeds_yaml(new_text, source=f"{path} with the feeds of {args.opml}")
    if [s.name for s in checked] != [s.name for s in current] + [s.name for s in added]:
        raise ConfigError(f"{path}: could not add the feeds safely; add them by hand")
    _replace(path, current_text, new_text)
    print(f"{len(added)} feeds added to {path} ({len(checked)} in all)")
    return 0


def _replace(path: Path, old: str, new: str) -> None:
    """Write `new` over `path` atomically, keeping the old text as `<path>.bak`."""
    try:
        if old:
            path.with_name(path.name + ".bak").write_text(old, encoding="utf-8")
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(new, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        raise RepatwatchError(f"cannot write {path}: {exc.strerror}") from exc


def export_command(args: argparse.Namespace, settings: Settings) -> int:
    specs = load_feeds(args.feeds or settings.feeds_path)
    text = to_opml(specs, now=SystemClock().now())
    if args.out == "-":
        sys.stdout.write(text)
        return 0
    try:
        Path(args.out).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise RepatwatchError(f"cannot write {args.out}: {exc.strerror}") from exc
    print(f"{len(specs)} feeds written to {args.out}", file=sys.stderr)
    return 0
