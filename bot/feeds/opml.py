"""OPML, the feed list other readers import and export: read into feeds, written from feeds.yaml.

`read_opml` takes every outline with an `xmlUrl` (nested folders become tags, as does a
`category` attribute), skipping outlines that are not http(s) feeds with a note saying why.
`to_opml` writes OPML 2.0 with one `rss` outline per feed. `append_to_feeds_yaml` adds feeds at the
end of a feeds.yaml text in its own indentation, so the operator's comments and order stay as
they were; the caller validates the result (bot.config). Pure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from xml.etree import ElementTree as ET

from bot.domain import ConfigError, FeedSpec
from bot.feeds.normalise import canonical_url

_LIST_ITEM = re.compile(r"^([ \t]*)-[ \t]+\S", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class OpmlRead:
    feeds: tuple[FeedSpec, ...]
    skipped: tuple[str, ...]  # outlines left out, each with why


def read_opml(text: str | bytes, *, source: str = "OPML") -> OpmlRead:
    """The feeds an OPML document lists; ConfigError when it is not OPML at all."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise ConfigError(f"{source}: not valid XML ({exc})") from exc
    body = root.find("body")
    if root.tag != "opml" or body is None:
        raise ConfigError(f"{source}: not an OPML document (no <opml><body>)")
    feeds: list[FeedSpec] = []
    skipped: list[str] = []
    for outline, folders in _outlines(body, ()):
        url = (outline.get("xmlUrl") or "").strip()
        name = (outline.get("title") or outline.get("text") or "").strip() or url
        if not url:
            continue  # a folder, or a link that is not a feed
        if not url.lower().startswith(("http://", "https://")):
            skipped.append(f"{name}: {url} is not an http(s) feed")
            continue
        tags = [*folders, *_categories(outline.get("category"))]
        language = (outline.get("language") or "").strip().lower() or None
        feeds.append(FeedSpec(name, url, language, tags=tuple(dict.fromkeys(tags))))
    return OpmlRead(tuple(feeds), tuple(skipped))


def _outlines(
    parent: ET.Element, folders: tuple[str, ...]
) -> Iterator[tuple[ET.Element, tuple[str, ...]]]:
    for outline in parent.findall("outline"):
        yield outline, folders
        label = _tag(outline.get("title") or outline.get("text") or "")
        inner = (*folders, label) if label and not outline.get("xmlUrl") else folders
        yield from _outlines(outline, inner)


def _categories(value: str | None) -> list[str]:
    """OPML categories: comma-separated, each possibly a /path/of/words."""
    if not value:
        return []
    words = [part for item in value.split(",") for part in item.split("/")]
    return [tag for tag in (_tag(word) for word in words) if tag]


def _tag(text: str) -> str:
    return "-".join(text.strip().lower().split())


def to_opml(specs: Sequence[FeedSpec], *, now: datetime, title: str = "repatwatch feeds") -> str:
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(now)
    body = ET.SubElement(root, "body")
    for spec in specs:
        attrs = {"type": "rss", "text": spec.name, "title": spec.name, "xmlUrl": spec.url}
        if spec.language:
            attrs["language"] = spec.language
        if spec.tags:
            attrs["category"] = ",".join(spec.tags)
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def unique_new_feeds(
    existing: Sequence[FeedSpec], imported: Sequence[FeedSpec]
) -> tuple[list[FeedSpec], list[str]]:
    """Imported feeds not listed yet (by canonical URL), renamed apart from existing names; and a
    note for each one left out."""
    key = canonical_url
    urls = {key(spec.url): spec.name for spec in existing}
    names = {spec.name.casefold() for spec in existing}
    added: list[FeedSpec] = []
    notes: list[str] = []
    for spec in imported:
        listed = urls.get(key(spec.url))
        if listed is not None:
            notes.append(f"{spec.name}: already listed as {listed!r}")
            continue
        name, n = spec.name, 2
        while name.casefold() in names:
            name, n = f"{spec.name} ({n})", n + 1
        names.add(name.casefold())
        urls[key(spec.url)] = name
        added.append(FeedSpec(name, spec.url, spec.language, tags=spec.tags))
    return added, notes


def append_to_feeds_yaml(text: str, feeds: Sequence[FeedSpec]) -> str:
    """`text` (a feeds.yaml) with `feeds` added at the end of its list, in its indentation."""
    first = _LIST_ITEM.search(text)
    indent = first.group(1) if first else "  "
    if first is None and text.strip():
        raise ConfigError("the feeds list is not a block list ('- name: ...' lines): add by hand")
    head = text if text.strip() else "feeds:\n"
    if not head.endswith("\n"):
        head += "\n"
    return head + "".join(_entry(spec, indent) for spec in feeds)


def _entry(spec: FeedSpec, indent: str) -> str:
    lines = [f"{indent}- name: {json.dumps(spec.name, ensure_ascii=False)}"]
    lines.append(f"{indent}  url: {json.dumps(spec.url)}")
    if spec.language:
        lines.append(f"{indent}  language: {json.dumps(spec.language)}")
    if spec.tags:
        lines.append(f"{indent}  tags: {json.dumps(list(spec.tags), ensure_ascii=False)}")
    return "\n".join(lines) + "\n"
