"""Telegram's HTML parse mode, checked the way the Bot API does: allowed tags, nesting, plain length.

`plain_text` returns the text a user would see, or raises ApiError with Telegram's wording for
malformed markup ("Bad Request: can't parse entities: ...").
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .errors import ApiError

ALLOWED_TAGS = frozenset(
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
        "a", "tg-emoji", "code", "pre", "blockquote",
    }
)  # fmt: skip
_BARE_LT = re.compile(r"<(?![a-zA-Z/])")


class _TelegramHTML(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            raise _bad(f'Unsupported start tag "{tag}" at byte offset {self._offset()}')
        if tag == "a" and not dict(attrs).get("href"):
            pass  # Telegram accepts <a> without href and shows plain text
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise _bad(f'Unmatched end tag at byte offset {self._offset()}, expected "</'
                       f'{self.stack[-1] if self.stack else ""}>", found "</{tag}>"')  # fmt: skip
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def _offset(self) -> int:
        return self.getpos()[1]


def _bad(detail: str) -> ApiError:
    return ApiError(400, f"Bad Request: can't parse entities: {detail}")


def plain_text(text: str, parse_mode: str | None) -> str:
    """The text Telegram would display for `text` under `parse_mode` (HTML checked, others raw)."""
    if (parse_mode or "").lower() != "html":
        return text
    bare = _BARE_LT.search(text)
    if bare:
        raise _bad(f"Unsupported start tag at byte offset {bare.start()}")
    parser = _TelegramHTML()
    parser.feed(text)
    parser.close()
    if parser.stack:
        raise _bad(f'Can\'t find end tag corresponding to start tag "{parser.stack[-1]}"')
    return "".join(parser.text)


def utf16_length(text: str) -> int:
    """Telegram measures lengths in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2
