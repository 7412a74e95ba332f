"""One entry point for every export format: the cases rendered as the bytes of a file."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.export import atom, tabular, uwazi
from bot.export.records import CaseExport, ExportFormat


def render(
    fmt: ExportFormat, cases: Sequence[CaseExport], *, now: datetime, self_url: str | None = None
) -> bytes:
    """The cases in `fmt`, UTF-8; `self_url` is where an Atom feed is served, if it is."""
    if fmt is ExportFormat.CSV:
        return tabular.to_csv(cases).encode("utf-8")
    if fmt is ExportFormat.JSON:
        return tabular.to_json(cases, now=now).encode("utf-8")
    if fmt is ExportFormat.UWAZI:
        return uwazi.to_uwazi_csv(cases).encode("utf-8")
    return atom.to_atom(cases, now=now, self_url=self_url)
