"""The log mask hides the token wherever a record carries it: message, arguments, traceback, stack."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from telegram.error import InvalidToken

from bot.logmask import PLACEHOLDER, SecretMask

TOKEN = "987654:AAH-secret-half-of-the-token"


@pytest.fixture
def captured() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    mask = SecretMask()
    mask.add(TOKEN)
    handler.addFilter(mask)
    logger = logging.getLogger("test.logmask")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield logger, out
    finally:
        logger.removeHandler(handler)


def test_the_token_is_masked_in_messages_arguments_tracebacks_and_stacks(
    captured: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, out = captured
    logger.warning("GET https://api.telegram.org/bot%s/getMe", TOKEN)
    logger.warning("its secret half %s, url-encoded %s", TOKEN.partition(":")[2], quote(TOKEN))
    try:
        raise InvalidToken(f"The token `{TOKEN}` was rejected by the server.")
    except InvalidToken:
        logger.exception("start-up failed", stack_info=True)
    text = out.getvalue()
    assert TOKEN not in text and TOKEN.partition(":")[2] not in text
    assert text.count(PLACEHOLDER) >= 4
    assert "InvalidToken: The token `[secret]` was rejected" in text
    assert "Stack (most recent call last)" in text


def test_short_or_empty_secrets_mask_nothing() -> None:
    mask = SecretMask()
    mask.add(None, "", "abc")
    assert mask.redact("abc and everything else") == "abc and everything else"
