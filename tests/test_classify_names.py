"""The literal an age pattern needs, which lets an age be looked for cheaply."""

from __future__ import annotations

import re

import pytest

from bot.classify.starts import required_literal

LITERALS = [
    ("bracket", r"（\d{1,2}）", "（"),
    ("after-the-figure", r"\(\d{1,2}\s*tuổi\)", "tuổi)"),
    ("word", r"อายุ\s*\d{1,2}\s*ปี", "อายุ"),
    ("before-a-look-ahead", r"씨(?!앗)", "씨"),
    ("longest-of-several", r",\s*\d{4}\s*г\.\s*р\.", "г."),
    ("quantified-literal-left-out", r"ab*c", "a"),
    ("only-classes", r"\d{1,2}", ""),
    ("alternation-needs-nothing-for-sure", r"ab|cd", ""),
    ("case-ignored", r"(?i)age \d+", ""),
]


@pytest.mark.parametrize(
    ("pattern", "literal"), [p[1:] for p in LITERALS], ids=[p[0] for p in LITERALS]
)
def test_an_age_pattern_needs_its_literal(pattern: str, literal: str) -> None:
    assert required_literal(re.compile(pattern)) == literal


@pytest.mark.parametrize("pattern", [p[1] for p in LITERALS], ids=[p[0] for p in LITERALS])
def test_every_match_holds_the_literal(pattern: str) -> None:
    compiled = re.compile(pattern)
    literal = required_literal(compiled)
    text = "Kim, 41, and (7 tuổi) 최씨（3）อายุ 5 ปี, 1990 г. р. abbbc ac cd AGE 9"
    matches = [m.group() for m in compiled.finditer(text)]
    assert matches
    assert all(literal in m for m in matches), (pattern, matches)
