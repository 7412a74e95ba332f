"""The daily digest as a chat reads it: one line per case that moved, split only at Telegram's limit.

A case's line is its status now, where, how many people (the outlets' range, never a sum) and a
link that opens it (`/case C12`, a deep link to the bot when its username is known); a report in
no case (background) is its title and source. No names appear in a case's line; a report's title
is redacted as the chat asks. The lines go into as few messages as Telegram's 4096-character limit
allows, the first under the digest's title. Pure: bot.digest reads the held news and the cases, and
queues what this returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from bot.cases import CaseRecord
from bot.domain import Facts
from bot.tg.format import MAX_LENGTH, label, link, units, where_text
from bot.tg.i18n import status_name, t

TITLE_MAX = 200
BULLET = "• "


def case_line(case_id: int, record: CaseRecord, lang: str, url: str | None = None) -> str:
    """`• <b>detained</b> · Dandong, China · 6 people · /case C12`."""
    status = status_name(lang, record.status.value) if record.status else t(lang, "unknown")
    where = where_text(Facts(country=record.country, place=record.place), lang)
    people = people_range(record)
    parts = [
        f"<b>{escape(status)}</b>",
        escape(where) if where else None,
        escape(t(lang, "people_n", n=people)) if people else None,
        link(url, f"/case {label(case_id)}"),
    ]
    return BULLET + " · ".join(part for part in parts if part)


def people_range(record: CaseRecord) -> str | None:
    """How many people the outlets count: "6", or "27-30" when they differ."""
    numbers = sorted({c.people for c in record.counts if c.people is not None})
    if not numbers:
        return None
    return str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"


def report_line(title: str, url: str | None, lang: str) -> str:
    """A background report in no case: its title, linked to the source."""
    return BULLET + link(url, title[:TITLE_MAX] or t(lang, "source"))


def digest_texts(lines: Sequence[str], lang: str) -> list[str]:
    """The digest's messages: every line once, in order, as few messages as the limit allows."""
    title = f"🗞 <b>{escape(t(lang, 'digest_title', n=len(lines)))}</b>"
    budget = MAX_LENGTH - units(t(lang, "digest_more", part=99, parts=99)) - 20
    chunks: list[list[str]] = [[]]
    used = units(title)
    for line in lines:  # each line is short: a case's facts, or a title cut to TITLE_MAX
        if chunks[-1] and used + 1 + units(line) > budget:
            chunks.append([])
            used = 0
        chunks[-1].append(line)
        used += 1 + units(line)
    texts = []
    for number, chunk in enumerate(chunks, start=1):
        head = title if number == 1 else ""
        if len(chunks) > 1:
            more = escape(t(lang, "digest_more", part=number, parts=len(chunks)))
            head = f"{head} {more}".strip()
        texts.append("\n".join([head, *chunk]))
    return texts
