"""Regexes opened on their first characters: a lookahead of every character a pattern can start
with, put before it, so that a search fails at once where it cannot start.

A long alternation (the count patterns of every language, the people named without a figure)
is otherwise tried branch by branch at every position of a sentence; with re.IGNORECASE the
engine cannot even skip a branch on its first letter. The lookahead only turns away positions
where no branch could match, so the matches are the same. The first characters are read from
the parsed pattern; where they cannot be bounded (a `.`, a negated class, a pattern that may
match nothing, case flags changed inside it) the pattern is left as it is, and so is one that
already opens on a character or a class (the engine skips ahead to those by itself).
"""

from __future__ import annotations

import re
from importlib import import_module
from typing import Any

# The regex parser the re module compiles with: private, but its structure is what the
# compiler reads too. Typed as Any since typeshed does not describe it.
_parser: Any = import_module("re._parser")
_sre: Any = import_module("re._constants")

_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_WORD: r"\w"}
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_SEEN_THROUGH = re.IGNORECASE  # an inline flag changing this inside a pattern: left as it is


class _Unbounded(Exception):
    """The pattern may start with any character."""


def opened(pattern: str, flags: int = 0) -> str:
    """`pattern` behind a lookahead of its possible first characters, or as it is when those
    cannot be bounded. Compile the result with the same `flags`."""
    parsed = _parser.parse(pattern, flags)
    if (parsed.state.flags ^ flags) & ~re.UNICODE:
        return pattern  # global inline flags: they must stay at the start
    if parsed.data and parsed.data[0][0] in (_sre.LITERAL, _sre.IN):
        return pattern  # the engine already skips ahead to where it can start
    try:
        firsts, may_be_empty = _firsts(parsed.data)
    except _Unbounded:
        return pattern
    if may_be_empty or not firsts:
        return pattern
    return f"(?=[{''.join(dict.fromkeys(firsts))}])(?:{pattern})"


def _firsts(items: list[tuple[Any, Any]]) -> tuple[list[str], bool]:
    """The class fragments a sequence of parsed items can start with, and whether it can match
    the empty string."""
    found: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a superset: what a lookaround would turn away stays in
        if op is _sre.LITERAL:
            return [*found, re.escape(chr(av))], False
        if op is _sre.IN:
            return [*found, *_class(av)], False
        if op is _sre.BRANCH:
            inner, may_be_empty = _either(av[1])
        elif op is _sre.SUBPATTERN:
            if (av[1] | av[2]) & _SEEN_THROUGH:
                raise _Unbounded
            inner, may_be_empty = _firsts(av[3].data)
        elif op is _sre.ATOMIC_GROUP:
            inner, may_be_empty = _firsts(av.data)
        elif op in _REPEATS:
            inner, may_be_empty = _firsts(av[2].data)
            may_be_empty = may_be_empty or av[0] == 0
        else:
            raise _Unbounded  # any character, a back reference, a negated literal
        found.extend(inner)
        if not may_be_empty:
            return found, False
    return found, True


def _either(branches: list[Any]) -> tuple[list[str], bool]:
    found: list[str] = []
    may_be_empty = False
    for branch in branches:
        inner, empty = _firsts(branch.data)
        found.extend(inner)
        may_be_empty = may_be_empty or empty
    return found, may_be_empty


def _class(items: list[tuple[Any, Any]]) -> list[str]:
    out = []
    for op, av in items:
        if op is _sre.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _sre.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            raise _Unbounded  # a negated class or category
    return out
