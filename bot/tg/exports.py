"""/export for operators: the case record as a file in the chat, the same as `repatwatch export`.

`/export [csv|json|uwazi|atom] [YYYY-MM-DD] [country]` (any order; CSV when no format is named)
sends a document (sendDocument, uploaded as multipart) with every matching case; rendering runs
off the event loop.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date
from html import escape

from telegram import InputFile, Update

from bot.export import ExportFormat, render
from bot.reference.countries import country_code
from bot.store.exports import cases_for_export
from bot.tg.context import Context, deps, in_db, language, reply
from bot.tg.i18n import t
from bot.tg.operators import operators_only


@dataclass(frozen=True, slots=True)
class ExportRequest:
    fmt: ExportFormat = ExportFormat.CSV
    since: date | None = None
    country: str | None = None


def parse_export(args: list[str]) -> ExportRequest | None:
    """The words after /export, in any order; None when one of them means nothing here."""
    fmt, since, country = ExportFormat.CSV, None, None
    for word in args:
        lowered = word.lower()
        if lowered in {f.value for f in ExportFormat}:
            fmt = ExportFormat(lowered)
            continue
        try:
            since = date.fromisoformat(word)
            continue
        except ValueError:
            pass
        code = country_code(word)
        if code is None:
            return None
        country = code
    return ExportRequest(fmt, since, country)


@operators_only
async def export_command(update: Update, context: Context) -> None:
    """/export: the matching cases as a file."""
    lang = await language(update, context)
    message = update.effective_message
    wanted = parse_export(list(context.args or []))
    if wanted is None or message is None:
        await reply(update, escape(t(lang, "usage_export")))
        return
    cases = await in_db(context, cases_for_export, since=wanted.since, country=wanted.country)
    now = deps(context).clock.now()
    data = await asyncio.to_thread(render, wanted.fmt, cases, now=now)
    name = f"repatwatch-cases-{now:%Y-%m-%d}{wanted.fmt.suffix}"
    await message.reply_document(
        InputFile(data, filename=name),
        caption=t(lang, "export_caption", n=len(cases), format=wanted.fmt.value),
        do_quote=False,
    )
