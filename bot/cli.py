"""The command line: reads the environment (the only place that does), then runs a command.

Each subcommand lives in a module of `bot.commands` exposing `register(subparsers)`; the function a
subcommand sets as `handler` receives the parsed arguments and the Settings, builds what it needs
through the composition root (bot.bootstrap) and returns an exit code.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Sequence

from bot import __version__, logmask
from bot.commands import COMMAND_MODULES
from bot.domain import RepatwatchError
from bot.settings import Settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="repatwatch",
        description="Watch the news for detentions and forced repatriations of North Koreans.",
    )
    parser.add_argument("--version", action="version", version=f"repatwatch {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def configure_logging(level: str, *secrets: str | None) -> None:
    """Log to stderr at `level`, with `secrets` (the bot token) masked in every line."""
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    logmask.install(*secrets)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if level != "DEBUG":  # at DEBUG, everything (masked)
        # httpx logs every request URL at INFO; quiet, and a second line of defence for the token
        logging.getLogger("httpx").setLevel(logging.WARNING)
        logging.getLogger("httpcore").setLevel(logging.WARNING)
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
        # "skipped: maximum number of running instances" only means a poll cycle is still running
        logging.getLogger("apscheduler.scheduler").setLevel(logging.ERROR)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # python-telegram-bot 22 warns on every RetryAfter unless told we read periods as timedeltas.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    try:
        settings = Settings.from_env(os.environ)
        configure_logging(settings.log_level, settings.telegram_token, settings.webhook_secret)
        code: int = args.handler(args, settings)
    except RepatwatchError as exc:
        for line in logmask.redact(str(exc)).splitlines() or [type(exc).__name__]:
            print(f"repatwatch: {line}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_gone()
    return code


def _reader_gone() -> int:
    """The reader of stdout went away (`repatwatch classify big.jsonl | head`): stop quietly, as
    Unix tools do, rather than with a traceback, and keep the exit's flush of the output buffer
    from raising again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 128 + signal.SIGPIPE
