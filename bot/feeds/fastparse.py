"""A fast reading of plain, well-formed RSS 2.0, RSS 1.0 and Atom 1.0 with lxml, or a decline.

`read_fast` gives, for the fields normalisation reads (title, summary, content, link, id, dates,
source title, the feed's language) and those the archive keeps besides (the dates as the feed
wrote them, `links`, `guidislink`), the same entries feedparser would give, about ten times
faster; it returns None - declines - for anything it might read differently: a document that is
not well-formed, not in the encoding feedparser would pick first (or not decodable in it), with a
DOCTYPE or xml:base, a media type feedparser treats in its own way, repeated or unknown variants
of those fields, XHTML or non-text content, or elements with markup inside text fields. `parse_feed` then uses feedparser, the reference.
`bench/parse_equivalence.py` proves the two agree, item by item, on every file the fast path
accepts in the feedparser test corpus and the real feeds. Feedparser's own small helpers (date
parsing, URL joining, the HTML check, the cp1252 fix-up) are reused so the details match.

Kept whole: each field's reading sits beside the check that declines it, so the
fast path never reads a field it has not checked.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from feedparser.encodings import RE_XML_DECLARATION, RE_XML_PI_ENCODING, parse_content_type
from feedparser.html import _cp1252
from feedparser.mixin import _FeedParserMixin
from feedparser.urls import _urljoin
from lxml import etree

from bot.feeds.dates import read_date

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XLINK = "http://www.w3.org/1999/xlink"

# Local names feedparser maps onto the fields we read, in any namespace: an entry child with one
# of these names that the tables below do not handle makes the fast path decline.
_RISKY = frozenset(
    {"title", "description", "summary", "subtitle", "content", "encoded", "body", "fullitem",
     "link", "guid", "id", "date", "created", "issued", "modified", "published", "updated",
     "pubdate", "lastbuilddate", "source", "language", "abstract", "info", "tagline",
     "enclosure", "license"}
)  # fmt: skip
_DATES = {
    "pubDate": "published",
    f"{DC}date": "updated",
    f"{DCTERMS}created": "created",
    f"{DCTERMS}issued": "published",
    f"{DCTERMS}modified": "updated",
    f"{ATOM}published": "published",
    f"{ATOM}updated": "updated",
}
# An RSS 2.0 and an RSS 1.0 item's title, description, link and enclosure
_RSS_TAGS = ("title", "description", "link", "enclosure")
_RSS1_TAGS = tuple(f"{RSS1}{name}" for name in _RSS_TAGS)
_TEXT_TYPES = {None: "text/plain", "text": "text/plain", "html": "text/html"}
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# feedparser's map_content_type, for a link's type
_LINK_TYPES = {
    "text": "text/plain",
    "plain": "text/plain",
    "html": "text/html",
    "xhtml": "application/xhtml+xml",
}
_LINK_ATTRIBUTES = frozenset({"rel", "type", "href", "hreflang", "title", "length"})
_XML_MEDIA_TYPES = frozenset(
    {"application/xml", "application/xml-dtd", "application/xml-external-parsed-entity"}
)
_UTF8_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>"
_FALSE_REFERENCE = re.compile("&([A-Za-z0-9_]+);")
# An absolute http(s) URL that urllib's join gives back unchanged: lower-case scheme, a host, and
# no empty "?", "#" or ";" part, whitespace or brackets that its split-and-join would rewrite.
_UNCHANGED_BY_JOIN = re.compile(
    r"https?://[^\s/?#;\[\]@\\]+(?:/[^\s?#;]*)?(?:\?[^\s#]+)?(?:#\S+)?"
)
_local = threading.local()  # lxml parsers must not be shared between threads


class Decline(Exception):
    """The document (or one entry) is outside what the fast path reads exactly like feedparser."""


@dataclass(frozen=True, slots=True)
class FastFeed:
    entries: list[dict[str, Any]]
    language: str | None


def read_fast(data: bytes, *, url: str, content_type: str | None) -> FastFeed | None:
    """The entries as feedparser would give them, or None when the fast path declines."""
    document = _as_utf8(data, content_type)
    if document is None or _unusual(document):
        return None
    try:
        root = etree.fromstring(document, parser=_parser())
        return _read(root, url)
    except (etree.XMLSyntaxError, Decline, ValueError, UnicodeError):
        return None


def _parser() -> etree.XMLParser:
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = _local.parser = etree.XMLParser(
            resolve_entities=False, no_network=True, huge_tree=False, remove_pis=True
        )
    return parser


def _as_utf8(data: bytes, content_type: str | None) -> bytes | None:
    """The document as UTF-8, decoded with the encoding feedparser would choose (RFC 3023: the
    HTTP charset, else the XML declaration, else UTF-8), or None when its choice is not simple."""
    media, charset = parse_content_type(content_type or "application/xml")
    media = media.lower()
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data[:2] in (codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE) or data[:1] in (b"\x00", b"\x4c"):
        return None  # UTF-16/32 and EBCDIC: feedparser sniffs them its own way
    match = RE_XML_PI_ENCODING.match(data)
    declared = match.group(1).decode("ascii", "replace").lower() if match else ""
    if media in _XML_MEDIA_TYPES or (media.startswith("application/") and media.endswith("+xml")):
        encoding = charset or declared or "utf-8"
    elif media == "text/xml" and charset:
        encoding = charset  # without a charset, text/xml means US-ASCII to feedparser
    else:
        return None
    encoding = "gb18030" if encoding.lower() == "gb2312" else encoding  # as feedparser does
    if _is_utf8(encoding) and (not declared or _is_utf8(declared)):
        return data  # lxml reads it as it is (and refuses invalid bytes)
    try:
        if codecs.lookup(encoding).name.startswith(("utf-16", "utf-32")):
            return None
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None  # feedparser would try other encodings and flag the document
    if RE_XML_DECLARATION.search(text):
        text = RE_XML_DECLARATION.sub(_UTF8_DECLARATION, text)
    else:
        text = _UTF8_DECLARATION + "\n" + text
    return text.encode("utf-8")


def _is_utf8(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def _unusual(data: bytes) -> bool:
    """A DOCTYPE (entities) or xml:base (relative URLs): feedparser's to read."""
    head = data[:2048]
    return b"<!DOCTYPE" in head or b"<!doctype" in head or b"xml:base" in data


def _read(root: Any, url: str) -> FastFeed:
    tag = root.tag
    read: Callable[[Any, str], dict[str, Any]]
    if tag == "rss":
        if root.get("version") not in ("2.0", "0.91", "0.92"):
            raise Decline
        channel = root.find("channel")
        if channel is None or len(root) != 1:
            raise Decline
        items = channel.findall("item")
        language = _rss_language(root, channel)
        read = _rss_entry
    elif tag == f"{RDF}RDF":
        channel = root.find(f"{RSS1}channel")
        if channel is None:
            raise Decline
        items = root.findall(f"{RSS1}item")
        language = _rss_language(root, channel, namespace=RSS1)
        read = _rss_entry
    elif tag == f"{ATOM}feed":
        items = root.findall(f"{ATOM}entry")
        language = root.get(XML_LANG) or None
        read = _atom_entry
    else:
        raise Decline
    if len(items) != _count_entries(root):
        raise Decline  # entries nested elsewhere (feedparser takes every <item>)
    for item in items:
        _refuse_nested_fields(item)
    return FastFeed([read(item, url) for item in items], language)


def _refuse_nested_fields(item: Any) -> None:
    """Decline fields nested below an entry's children (an image's title, an author's id...):
    feedparser's depth rules for them are its own. An Atom source's own title is read here."""
    for child in item:
        if not len(child):
            continue  # no elements below it (most children): nothing to walk
        for inner in child.iterdescendants():
            if _lower_local(inner) not in _RISKY:
                continue
            source_title = child.tag == f"{ATOM}source" and inner.tag == f"{ATOM}title"
            if not (source_title and inner.getparent() is child):
                raise Decline


def _count_entries(root: Any) -> int:
    return sum(
        1  # elements only (no comments or instructions), so every tag is a string
        for element in root.iter(etree.Element)
        if element.tag.rsplit("}", 1)[-1].lower() in ("item", "entry")
    )


def _lower_local(element: Any) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _rss_language(root: Any, channel: Any, namespace: str = "") -> str | None:
    language = root.get(XML_LANG) or None
    for child in channel:
        if child.tag in (f"{namespace}language", f"{DC}language"):
            language = _text(child)
    return _cleaned(language) if language else language


# -- entries ----------------------------------------------------------------------------------------
def _rss_entry(item: Any, base: str) -> dict[str, Any]:
    ns = RSS1 if item.tag.startswith(RSS1) else ""
    title, description, link, enclosure = _RSS1_TAGS if ns else _RSS_TAGS
    entry: dict[str, Any] = {}
    about = item.get(f"{RDF}about")
    if about:
        entry["id"] = about
    seen: set[str] = set()
    permalink_guid: str | None = None
    for child in item:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        repeatable = tag in _DATES or tag == enclosure
        if tag in seen and not repeatable and _lower_local(child) in _RISKY:
            raise Decline  # feedparser's rules for repeats depend on order
        seen.add(tag)
        if tag == title:
            entry["title"], entry["title_detail"] = _plain_or_html(_text(child), atom=False)
        elif tag == description:
            entry["summary"] = _cleaned(_text(child))
            entry["summary_detail"] = {"type": "text/html"}
        elif tag == f"{CONTENT}encoded":
            entry["content"] = [{"type": "text/html", "value": _cleaned(_text(child))}]
        elif tag == link:
            entry["link"] = _link_text(_cleaned(_text(child), base=base))
            entry.setdefault("links", []).append(_rss_link(child, entry["link"]))
        elif tag == "guid" and not ns:
            permalink, value = _guid(child, base)
            entry["id"] = value
            entry["guidislink"] = permalink and "link" not in entry
            permalink_guid = value if permalink else None
        elif tag in _DATES:
            _read_date(entry, _DATES[tag], child)
        elif tag == enclosure:
            entry.setdefault("links", []).append(_enclosure(child))
        elif tag == "source" and not ns:
            title = _cleaned(_text(child))
            entry["source"] = {"title": title} if title else {}
        elif _lower_local(child) in _RISKY:
            raise Decline
    if "summary" not in entry and "content" in entry:
        entry["summary"] = entry["content"][0]["value"]
    if permalink_guid is not None and "link" not in entry:
        entry["link"] = permalink_guid
    return entry


def _read_date(entry: dict[str, Any], name: str, element: Any) -> None:
    """The date as the feed wrote it (for the archive) and parsed, as feedparser keeps both (the
    parsed one as a datetime where `read_date` gives one); a repeated date element overwrites the
    earlier one in both, as in feedparser."""
    written = _cleaned(_text(element))
    entry[name] = written
    entry[f"{name}_parsed"] = read_date(written)


def _guid(element: Any, base: str) -> tuple[bool, str]:
    attributes = {name.lower(): value for name, value in element.items()}
    permalink = attributes.get("ispermalink", "true") == "true"
    return permalink, _cleaned(_text(element), base=base if permalink else None)


def _atom_entry(entry_element: Any, base: str) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    seen: set[str] = set()
    for child in entry_element:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        repeatable = tag in (f"{ATOM}link", f"{ATOM}updated", f"{ATOM}published")
        if tag in seen and not repeatable and _lower_local(child) in _RISKY:
            raise Decline
        seen.add(tag)
        if tag == f"{ATOM}title":
            entry["title"], entry["title_detail"] = _atom_text(child)
        elif tag == f"{ATOM}summary":
            entry["summary"], entry["summary_detail"] = _atom_text(child)
        elif tag == f"{ATOM}content":
            value, detail = _atom_text(child)
            entry["content"] = [{"type": detail["type"], "value": value}]
        elif tag == f"{ATOM}link":
            link = _atom_link(child, base)
            entry.setdefault("links", []).append(link)
            if (
                link["rel"] == "alternate"
                and _LINK_TYPES.get(link["type"], link["type"]) in _HTML_TYPES
            ):
                entry["link"] = link["href"]
        elif tag == f"{ATOM}id":
            permalink, entry["id"] = _guid(child, base)
            if not permalink:
                raise Decline  # an Atom id marked as no permalink: feedparser's to read
            entry["guidislink"] = "link" not in entry
        elif tag in _DATES:
            _read_date(entry, _DATES[tag], child)
        elif tag == f"{ATOM}source":
            entry["source"] = _atom_source(child)
        elif _lower_local(child) in _RISKY:
            raise Decline
    if "summary" not in entry and "content" in entry:
        entry["summary"] = entry["content"][0]["value"]
    if "link" not in entry and entry.get("id"):
        entry["link"] = entry["id"]
    return entry


def _atom_text(element: Any) -> tuple[str, dict[str, str]]:
    if element.get("src") is not None or element.get("mode") is not None:
        raise Decline
    kind = element.get("type")
    if kind not in _TEXT_TYPES:
        raise Decline  # xhtml, base64 and other media types are feedparser's to read
    return _cleaned(_text(element)), {"type": _TEXT_TYPES[kind]}


def _atom_link(element: Any, base: str) -> dict[str, str]:
    """The link as feedparser keeps it in `links`: attribute names and the rel and type values
    lower-cased, rel and type defaulted, the href joined onto the feed URL."""
    link = _lowered_attributes(element)
    if "href" not in link or not link.keys() <= _LINK_ATTRIBUTES:
        raise Decline  # no href (feedparser reads the text), or a url/uri feedparser prefers
    rel = link.setdefault("rel", "alternate")
    link.setdefault("type", "application/atom+xml" if rel == "self" else "text/html")
    link["href"] = joined(base, link["href"])
    return link


def _enclosure(element: Any) -> dict[str, str]:
    """An RSS enclosure as feedparser adds it to `links`: its URL as the href, not joined."""
    link = _lowered_attributes(element)
    href = link.get("url", link.get("uri", link.get("href")))
    if href:
        link.pop("url", None)
        link.pop("uri", None)
        link["href"] = href
    link["rel"] = "enclosure"
    return link


def _lowered_attributes(element: Any) -> dict[str, str]:
    """Attributes as feedparser reads them: names, and the rel and type values, lower-cased;
    namespaced attributes (feedparser names them by its own prefixes) decline."""
    if XLINK in element.nsmap.values() and XLINK not in element.getparent().nsmap.values():
        raise Decline  # feedparser copies an XLink declaration into the link's attributes
    attributes: dict[str, str] = {}
    for name, value in element.attrib.items():
        if name.startswith("{"):
            raise Decline
        lowered = name.lower()
        attributes[lowered] = value.lower() if lowered in ("rel", "type") else value
    return attributes


def _rss_link(element: Any, href: str) -> dict[str, str]:
    """The entry feedparser adds to `links` for an RSS <link>: its text is the href."""
    if len(element.attrib):
        raise Decline  # feedparser would read attributes as an Atom link's
    link = {"rel": "alternate", "type": "text/html"}
    if href:
        link["href"] = href
    return link


def _atom_source(element: Any) -> dict[str, str]:
    titles = element.findall(f"{ATOM}title")
    if len(titles) > 1:
        raise Decline
    if not titles:
        return {}
    title, _detail = _atom_text(titles[0])
    return {"title": title} if title else {}


# -- text -------------------------------------------------------------------------------------------
def _text(element: Any) -> str:
    if len(element):
        raise Decline  # markup inside a text field: feedparser keeps it as text
    return element.text or ""


def _plain_or_html(text: str, *, atom: bool) -> tuple[str, dict[str, str]]:
    html = not atom and _looks_like_html(text.strip())
    return _cleaned(text), {"type": "text/html" if html else "text/plain"}


def _cleaned(text: str, *, base: str | None = None) -> str:
    """What feedparser's pop() does to every text of a UTF-8 document (URLs resolved on `base`)."""
    value = text.strip()
    if base is not None and value:
        value = joined(base, value)
    if value.isascii():
        return value  # neither the repair nor the cp1252 table changes ASCII
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        value = value.encode("iso-8859-1").decode("utf-8")  # its mojibake repair
    return value.translate(_cp1252)


def joined(base: str, value: str) -> str:
    """feedparser's join of `value` onto `base`, without urllib's split and join where they
    cannot change it (the links and guids of most feeds are absolute already)."""
    if value.isascii() and _UNCHANGED_BY_JOIN.fullmatch(value):
        return value
    return str(_urljoin(base, value))


def _looks_like_html(text: str) -> bool:
    """feedparser's check, which needs a close tag or an entity before anything else."""
    return ("</" in text or "&" in text) and bool(_FeedParserMixin.looks_like_html(text))


def _link_text(value: str) -> str:
    """feedparser's repair of query strings taken for character references (`&b;=2`)."""
    if "&" not in value:
        return value
    return _FALSE_REFERENCE.sub(r"&\g<1>", value.replace("&amp;", "&"))
