"""Subcommands of the `repatwatch` command line, one module per area."""

from types import ModuleType

from bot.commands import archive, cases, classify, export, ingest, service, stats

COMMAND_MODULES: tuple[ModuleType, ...] = (
    ingest,
    classify,
    cases,
    export,
    archive,
    service,
    stats,
)
