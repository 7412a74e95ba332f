"""Turn one parsed feed entry into an `Item`: stable key, plain text, canonical link, UTC date.

Pure: it reads a feedparser entry as a plain mapping and takes `now` as an argument, so it imports no
I/O library. The key is the entry's guid (a URL guid is canonicalised), else its canonical link, else
a SHA-256 of title and summary. Titles and summaries lose their HTML (script and style content
included), entities are decoded and whitespace collapsed. A date more than a day in the future is
clamped to `now`. The language is feeds.yaml's, else the feed's own tag unless the text's script
contradicts it (a Korean feed tagged "en-us" by its CMS), else detected. The fingerprint is the
same for syndicated copies of one story under different URLs: a hash of the normalised title and
the publication day when the title is distinctive enough.

A little over 300 lines, kept whole: the key, text, link, date and language rules all read the
same raw entry, and the fast parser (bot.feeds.fastparse) must meet every one of them.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from html import unescape
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bot.archive import entry_json
from bot.domain import Item
from bot.feeds.unwrap import unwrap_redirect
from bot.textlang import detect_language, plausible

SUMMARY_MAX_CHARS = 4000
TITLE_MAX_CHARS = 500
KEY_MAX_CHARS = 500  # longer guids/links are replaced by their hash, so the key fits an index
FUTURE_TOLERANCE = timedelta(days=1)

_TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "twclid",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "ocid", "cmpid",
        "ref_src", "ref_url", "at_medium", "at_campaign", "at_custom1", "at_custom2", "spm",
    }
)  # fmt: skip
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_BARE_GUIDS = frozenset({"", "null", "none", "undefined", "0", "-", "guid", "id"})

_SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript", "head", "title", "svg"})
_BREAKING_TAGS = frozenset(
    {"br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
     "blockquote", "section", "article", "figure", "figcaption", "hr", "pre", "table", "img"}
)  # fmt: skip
# A tag html.parser reads as a plain start or end tag ending at its first ">": a name of letters
# and digits, attributes parted by ASCII whitespace, quoted values without "<" or ">".
_SPACE = "[ \t\n\r\f]"
_PLAIN_TAG = re.compile(
    rf"<([a-zA-Z][a-zA-Z0-9]*)(?:{_SPACE}+[^<>\"'\s=/]+(?:{_SPACE}*={_SPACE}*"
    rf"(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>=`/]+))?)*{_SPACE}*/?>"
    rf"|</([a-zA-Z][a-zA-Z0-9]*){_SPACE}*>"
)
# A URL canonical_url gives back as it is: lower-case host, no port, query or fragment.
_CANONICAL_ALREADY = re.compile(r"https?://[a-z0-9.-]+/[^\s?#]*")


class EntryError(ValueError):
    """An entry that cannot become an Item (nothing to identify or show); it is skipped."""


@dataclass(frozen=True, slots=True)
class FeedContext:
    """What an entry's normalisation needs from its feed."""

    spec_language: str | None = None  # from feeds.yaml: wins over everything
    feed_language: str | None = None  # the feed's own <language> / xml:lang
    shared_guids: frozenset[str] = frozenset()  # guids used by several entries: not identifiers


# -- URLs -------------------------------------------------------------------------------------------
def canonical_url(url: str) -> str:
    """`url` without tracking parameters or fragment, with lower-case scheme and host; a Google
    News or Google Alerts redirect link becomes the outlet's own URL (`bot.feeds.unwrap`)."""
    url = url.strip()
    if url.isascii() and _CANONICAL_ALREADY.fullmatch(url) and "google." not in url.lower():
        return url  # most links: nothing to split, drop or unwrap
    return _canonical(url)


@lru_cache(maxsize=256)  # an entry's guid is most often its link: the second call is free
def _canonical(url: str) -> str:
    url = unwrap_redirect(url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    userinfo = parts.netloc.rpartition("@")[0] if "@" in parts.netloc else ""
    netloc = f"{userinfo}@{host}" if userinfo else host
    query = _without_tracking(parts.query)
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def _without_tracking(query: str) -> str:
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not _tracking(k)]
    return query if len(kept) == len(pairs) else urlencode(kept)  # untouched unless needed


def _tracking(param: str) -> bool:
    name = param.lower()
    return name in _TRACKING_PARAMS or name.startswith(_TRACKING_PREFIXES)


def _looks_like_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


# -- HTML to text -----------------------------------------------------------------------------------
class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping.append(tag)
        elif tag in _BREAKING_TAGS:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAKING_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self._skipping and tag == self._skipping[-1]:
            self._skipping.pop()
        elif tag in _BREAKING_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: tags and script/style content gone, entities decoded."""
    if "<" not in markup and "&" not in markup:
        return collapse_whitespace(markup)
    text = _plain_markup_text(markup)
    return collapse_whitespace(_parsed_text(markup) if text is None else text)


def _plain_markup_text(markup: str) -> str | None:
    """What _parsed_text gives for markup made only of text and plain tags (most summaries),
    read with one regex split; None for anything else (comments, scripts, a stray "<")."""
    pieces = _PLAIN_TAG.split(markup)  # text, start tag name, end tag name, text, ...
    parts: list[str] = []
    for position in range(0, len(pieces) - 1, 3):
        text, name = pieces[position], (pieces[position + 1] or pieces[position + 2]).lower()
        if "<" in text or name in _SKIPPED_TAGS:
            return None
        parts += (unescape(text), " " if name in _BREAKING_TAGS else "")
    if "<" in pieces[-1]:
        return None
    parts.append(unescape(pieces[-1]))
    return "".join(parts)


def _parsed_text(markup: str) -> str:
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    return "".join(extractor.parts)


def collapse_whitespace(text: str) -> str:
    """Runs of whitespace as one space, none at the ends. str.split's whitespace is re's \\s
    (both are str.isspace), and it costs a fifth of a regex substitution."""
    return " ".join(text.split())


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.8:
        cut = cut[:space]
    return cut.rstrip() + "…"


def _field_text(entry: Mapping[str, Any], name: str) -> str:
    value = entry.get(name)
    if not isinstance(value, str) or not value:
        return ""
    detail = entry.get(f"{name}_detail")
    kind = detail.get("type", "") if isinstance(detail, Mapping) else ""
    if kind == "text/plain":
        return collapse_whitespace(value)
    return html_to_text(value)


def _summary_text(entry: Mapping[str, Any]) -> str:
    summary = _field_text(entry, "summary")
    if summary:
        return summary
    for content in entry.get("content") or ():
        if isinstance(content, Mapping) and isinstance(content.get("value"), str):
            text = html_to_text(content["value"]) if content.get("type") != "text/plain" else ""
            text = text or collapse_whitespace(content["value"])
            if text:
                return text
    return ""


# -- dates ------------------------------------------------------------------------------------------
def _published(entry: Mapping[str, Any], now: datetime, warnings: list[str]) -> datetime | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(name)
        if parsed is None:
            continue
        if isinstance(parsed, datetime):  # the fast path's reading (bot.feeds.dates.read_date)
            when = parsed
        else:
            try:
                when = datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            except (TypeError, ValueError, OverflowError, OSError):
                continue
        if when > now + FUTURE_TOLERANCE:
            warnings.append(f"date {when:%Y-%m-%d %H:%M} UTC is in the future; using now")
            return now
        return when
    return None


# -- identity ---------------------------------------------------------------------------------------
def _hashed(prefix: str, text: str) -> str:
    return f"{prefix}:{hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()}"


def _bounded(key: str) -> str:
    return key if len(key) <= KEY_MAX_CHARS else _hashed("sha256", key)


def entry_key(
    guid: str, link: str | None, title: str, summary: str, shared: frozenset[str]
) -> str:
    guid = guid.strip()
    if guid.lower() not in _BARE_GUIDS and guid not in shared:
        return _bounded(canonical_url(guid) if _looks_like_url(guid) else guid)
    if link:
        return _bounded(link)
    return _hashed("sha256", f"{title}\n{summary}")


_OUTLET_PREFIX = re.compile(r"^\s*(?:[\[(【〔][^\])】〕]{1,40}[\])】〕]\s*)+")
_OUTLET_SUFFIX = re.compile(r"\s+[-|–—:]\s+[^-|–—:]{1,40}$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")


class _PunctuationToSpace(dict[int, str]):
    """A str.translate table: punctuation and symbols become spaces; each code point is looked up
    in unicodedata once, then served from the dict (the per-character lookup was a tenth of the
    parse's CPU)."""

    def __missing__(self, code: int) -> str:
        character = chr(code)
        punctuation = unicodedata.category(character).startswith(("P", "S"))
        value = self[code] = " " if punctuation else character
        return value


_PUNCTUATION_TO_SPACE = _PunctuationToSpace()


def normalised_title(title: str) -> str:
    """The title as syndication leaves it alone: no outlet tags, punctuation or case."""
    text = unicodedata.normalize("NFKC", title).casefold()
    text = _OUTLET_PREFIX.sub("", text)
    stripped = _OUTLET_SUFFIX.sub("", text)
    if len(stripped.split()) >= 3:  # keep a suffix that is most of the title
        text = stripped
    return collapse_whitespace(text.translate(_PUNCTUATION_TO_SPACE))


def fingerprint(title: str, published: datetime | None, key: str) -> str:
    """Same value for near-copies of a story (distinctive title, same UTC day), else per key."""
    norm = normalised_title(title)
    distinctive = len(norm.split()) >= 4 or len(_CJK.findall(norm)) >= 12
    day = published.date().isoformat() if published else ""
    basis = f"title:{norm}|{day}" if distinctive else f"key:{key}"
    return hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()


def primary_language(tag: str | None) -> str | None:
    """ "ko-KR" -> "ko"; None or an empty tag -> None."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-", 1)[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def _language(context: FeedContext, text: str) -> str:
    """feeds.yaml's language, else the feed's tag unless the text's script contradicts it."""
    if spec := primary_language(context.spec_language):
        return spec
    detected = detect_language(text)
    tagged = primary_language(context.feed_language)
    return tagged if tagged and plausible(tagged, detected) else detected


# -- the entry --------------------------------------------------------------------------------------
def normalise_entry(
    entry: Mapping[str, Any], *, context: FeedContext, now: datetime, warnings: list[str]
) -> Item:
    """One entry as an Item; raises EntryError when nothing in it identifies or describes it."""
    title = _clip(_field_text(entry, "title"), TITLE_MAX_CHARS)
    summary = _clip(_summary_text(entry), SUMMARY_MAX_CHARS)
    raw_link = entry.get("link")
    link = canonical_url(raw_link) if isinstance(raw_link, str) and raw_link.strip() else None
    guid = entry.get("id")
    guid = guid if isinstance(guid, str) else ""
    if not title and not summary and not link and not guid.strip():
        raise EntryError("entry has no title, summary, link or id")
    if not title:  # still a report: show what identifies it
        title = _clip(summary, 120) or link or guid.strip()
    published = _published(entry, now, warnings)
    key = entry_key(guid, link, title, summary, context.shared_guids)
    language = _language(context, f"{title} {summary}")
    return Item(
        key=key,
        title=title,
        summary=summary,
        link=link,
        published=published,
        language=language,
        fingerprint=fingerprint(title, published, key),
        source=_outlet(entry),
        entry=entry_json(entry),
    )


def _outlet(entry: Mapping[str, Any]) -> str | None:
    """The outlet an aggregating feed credits (RSS <source>, Atom <source><title>)."""
    source = entry.get("source")
    title = source.get("title") if isinstance(source, Mapping) else None
    return _clip(html_to_text(title), 120) or None if isinstance(title, str) else None
