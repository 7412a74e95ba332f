"""The literal an age pattern opens on, which lets a relative's age be looked for cheaply."""

from __future__ import annotations

import pytest

from bot.classify.names import _literal_prefix

PREFIXES = [
    ("bracket", r"（\d{1,2}）", "（"),
    ("escaped", r"\(\d{1,2}\s*tuổi\)", "("),
    ("word", r"อายุ\s*\d{1,2}\s*ปี", "อายุ"),
    ("quantified-literal-left-out", r"ab*c", "a"),
    ("opens-on-a-class", r"\d{1,2}", ""),
    ("alternation-opens-on-nothing-for-sure", r"ab|cd", ""),
]


@pytest.mark.parametrize(
    ("pattern", "prefix"), [p[1:] for p in PREFIXES], ids=[p[0] for p in PREFIXES]
)
def test_an_age_pattern_opens_on_its_literal(pattern: str, prefix: str) -> None:
    assert _literal_prefix(pattern) == prefix
