"""The case record for other tools: every case as CSV, JSON, an Uwazi import file or an Atom feed.

`records` turns the store's case records into `CaseExport` values (with the place's coordinates
from the gazetteer); `tabular` writes and reads back CSV and JSON, `uwazi` writes the CSV that
HURIDOCS Uwazi imports, `atom` an Atom feed of case updates. Pure: text in, text out; the command
line (bot.commands.export), the bot's /export and the HTTP listener do the I/O.
"""

from bot.export.formats import render
from bot.export.records import CaseExport, ExportFormat, case_export

__all__ = ["CaseExport", "ExportFormat", "case_export", "render"]
