"""Secrets kept out of every log line: the bot token, the webhook secret and the service's keys.

Libraries log what they were given: python-telegram-bot logs the Bot API URL (which carries the
token) at DEBUG, its InvalidToken error quotes the token, and httpx logs request URLs. `SecretMask`
is a logging filter that replaces each known secret (and the token's secret half, and the token
URL-encoded) with `[secret]` in a record's message, its arguments, its formatted traceback and its
stack. `install` sets it on every handler of the root logger and wraps the log record factory, so
records of every logger (PTB, httpx, httpcore, apscheduler, aiohttp, ours) are masked when they are
made, whichever handler later writes them; an exception nobody caught is printed masked too
(sys.excepthook, threading.excepthook). `redact` masks text that leaves the process by another way
(the operators' chat, error columns).

The mask is process-wide, like logging itself: the command line installs it with the token, and
bootstrap adds the secrets it makes.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import quote

PLACEHOLDER = "[secret]"
MIN_SECRET = 8  # shorter strings would mask ordinary words


class SecretMask(logging.Filter):
    """Masks every registered secret in the records it sees (and lets every record through)."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._pattern: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def add(self, *secrets: str | None) -> None:
        """Mask these from now on (a token also as its secret half and URL-encoded)."""
        with self._lock:
            for secret in secrets:
                self._secrets.update(_forms(secret or ""))
            ordered = sorted(self._secrets, key=len, reverse=True)  # longest first
            self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def redact(self, text: str) -> str:
        pattern = self._pattern
        return pattern.sub(PLACEHOLDER, text) if pattern is not None else text

    def filter(self, record: logging.LogRecord) -> bool:
        if self._pattern is None:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what there is, masked
            message = f"{record.msg!s} {record.args!r}"
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        record.exc_info = None  # only the masked text is left to print
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def _forms(secret: str) -> Iterable[str]:
    """The ways a secret shows up in text: as is, URL-encoded, and a token's part after ':'."""
    secret = secret.strip()
    if len(secret) < MIN_SECRET:
        return ()
    forms = {secret, quote(secret, safe="")}
    _, colon, after = secret.partition(":")
    if colon and len(after) >= MIN_SECRET:
        forms.add(after)
    return forms


MASK = SecretMask()


def redact(text: str) -> str:
    """`text` with every registered secret masked (for words that leave by other ways than logs)."""
    return MASK.redact(text)


def install(*secrets: str | None) -> SecretMask:
    """Mask `secrets` in every log record from now on; safe to call more than once."""
    MASK.add(*secrets)
    for handler in logging.getLogger().handlers:
        if MASK not in handler.filters:
            handler.addFilter(MASK)
    factory = logging.getLogRecordFactory()
    if not getattr(factory, "_masks", False):
        logging.setLogRecordFactory(_masking(factory))
        sys.excepthook = _print_masked
        threading.excepthook = _print_masked_in_thread
    return MASK


def _print_masked(kind: type[BaseException], value: BaseException, tb: Any) -> None:
    sys.stderr.write(redact("".join(traceback.format_exception(kind, value, tb))))


def _print_masked_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        name = args.thread.name if args.thread else "a thread"
        sys.stderr.write(f"Exception in {name}:\n")
        _print_masked(args.exc_type, args.exc_value, args.exc_traceback)


def _masking(factory: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def make(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = factory(*args, **kwargs)
        MASK.filter(record)
        return record

    make._masks = True  # type: ignore[attr-defined]
    return make
