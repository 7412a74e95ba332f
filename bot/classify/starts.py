"""Where a pattern can start: the characters a match of it can begin with, read from the parsed
pattern, so that a caller trying it at many positions can pass over those where none can begin.

The count patterns are tried at every character of a stretch before a figure in the scripts
without spaces (a word like 약 or 约 may open the count); a class of their first characters
finds the few positions worth trying in one search. Where the first characters cannot be
bounded (any character, a negated class, a pattern that may match nothing, case turned on
inside it) there is no class, and every position is tried as before.

`opened` puts the same class in front of a pattern, as a look ahead, where the regex engine
would otherwise start a whole match attempt at every position of a search: one that opens on a
look around, a word boundary or a case-insensitive letter, as many date, name and count patterns
do. The engine skips ahead by itself only to a literal prefix or a case-sensitive class.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import import_module
from typing import Any, Final

# The regex parser the re module compiles with: private, but its tree is what the compiler
# reads too. Typed as Any since typeshed does not describe it.
_parser: Any = import_module("re._parser")
_sre: Any = import_module("re._constants")
_compiler: Any = import_module("re._compiler")

_CATEGORIES: Final = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_WORD: r"\w",
}
_REPEATS: Final = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH: Final = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)


class _Unbounded(Exception):
    """The pattern may start with any character."""


def starts(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-character class matching every character a non-empty match of `pattern` can start
    with (compiled with its flags), or None when that cannot be bounded."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags != pattern.flags:
        return None  # global inline flags
    try:
        firsts, may_be_empty = _firsts(parsed.data)
    except _Unbounded:
        return None
    if may_be_empty or not firsts:
        return None
    return re.compile(f"[{''.join(dict.fromkeys(firsts))}]", pattern.flags)


def opened(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, behind a look at its first character when a search for it would otherwise try a
    match at every position (the same matches, found sooner); else `pattern` itself."""
    if pattern.flags & re.VERBOSE or _engine_skips_ahead(pattern):
        return pattern
    first = starts(pattern)
    if first is None:
        return pattern
    return re.compile(f"(?={first.pattern})(?:{pattern.pattern})", pattern.flags)


class Skipping:
    """A pattern `opened`, with the class of its first characters where the engine skips ahead
    to one by itself (a class of case-sensitive or caseless characters) and not to the pattern:
    `finditer` then starts at the first of them. A text holding none, as most do for a pattern
    of another script (a Korean name in an English sentence), is passed over in one search the
    engine makes fast, not a match attempt at each of its positions. The matches are the same:
    each starts on one of those characters, and a look behind still sees the text before.
    `pattern` and `flags` are the opened pattern's, as a compiled pattern's are."""

    __slots__ = ("_first", "flags", "pattern", "regex")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.regex = opened(pattern)
        self.pattern = self.regex.pattern
        self.flags = self.regex.flags
        first = starts(pattern)
        skips = first is not None and _has_prefix(first) and not _has_prefix(pattern)
        self._first = first if skips else None

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        if self._first is None:
            return self.regex.finditer(text, pos, end)
        at = self._first.search(text, pos, end)
        if at is None:
            return iter(())
        return self.regex.finditer(text, at.start(), end)


def required_literal(pattern: re.Pattern[str]) -> str:
    """The longest run of literal characters every match of `pattern` holds ("tuổi" in
    ",\\s*\\d{1,2}\\s*tuổi", "씨" in "씨(?!앗)"): a text without it holds no match, which a
    substring test tells far sooner than a search, above all for a literal of another script.
    "" when none is certain: an alternation at the top, case ignored."""
    if pattern.flags & re.IGNORECASE:
        return ""
    runs = [""]
    for op, av in _parser.parse(pattern.pattern, pattern.flags).data:
        if op is _sre.LITERAL:
            runs[-1] += chr(av)
        elif runs[-1]:
            runs.append("")
    return max(runs, key=len)


def _engine_skips_ahead(pattern: re.Pattern[str]) -> bool:
    """Whether the regex compiler finds a literal prefix or a first-character class itself
    (the test its _compile_info makes), or the pattern opens on a look ahead already."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if parsed.data and parsed.data[0][0] is _sre.ASSERT:
        return True  # it opens on a look ahead of its own
    return _has_prefix(pattern)


def _has_prefix(pattern: re.Pattern[str]) -> bool:
    """Whether the regex compiler finds a literal prefix or a first-character class itself."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    prefix, _skip, _all = _compiler._get_literal_prefix(parsed, parsed.state.flags)
    return bool(prefix) or _compiler._get_charset_prefix(parsed, parsed.state.flags) is not None


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
            if av[1] & _sre.SRE_FLAG_IGNORECASE:
                # Turned on inside, case would widen what can start it. Any other change
                # ("(?-i:[A-Z])" in a pattern ignoring case) leaves a class compiled with the
                # pattern's own flags a superset.
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
