"""Checks for the classifier's data files: each takes the file name and where in the file a value
sits, and raises a ConfigError naming both when the value has the wrong shape."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

from bot.domain import ConfigError
from bot.reference.checked import listing as listing
from bot.reference.checked import mapping as mapping

# {day}, {surname}: never a regex quantifier ({1,6})
PLACEHOLDER: Final = re.compile(r"\{([a-z_]+)\}")


def only(name: str, data: Mapping[str, Any], allowed: Iterable[str]) -> None:
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise ConfigError(f"{name}: unknown section(s) {unknown}; allowed: {sorted(allowed)}")


def strings(name: str, where: str, value: Any) -> list[str]:
    """Non-empty strings, stripped (a lone `*` is not a term)."""
    out: list[str] = []
    for i, item in enumerate(listing(name, where, value)):
        if not isinstance(item, str) or not item.strip() or item.strip() == "*":
            raise ConfigError(f"{name}: {where}[{i}]: must be a non-empty string, got {item!r}")
        out.append(item.strip())
    return out


def whole(name: str, where: str, value: Any, low: int = 0, high: int | None = None) -> int:
    ok = isinstance(value, int) and not isinstance(value, bool) and value >= low
    if not ok or (high is not None and value > high):
        bounds = f"from {low}" + (f" to {high}" if high is not None else "")
        raise ConfigError(f"{name}: {where}: must be a whole number {bounds}, got {value!r}")
    return int(value)


def numbered(
    name: str, where: str, value: Any, low: int = 0, high: int | None = None
) -> dict[str, int]:
    """A mapping of words to whole numbers ("eleven": 11, "march": 3)."""
    return {
        str(word).strip().lower(): whole(name, f"{where}.{word}", number, low, high)
        for word, number in mapping(name, where, value).items()
    }


def flag(name: str, where: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{name}: {where}: must be true or false, got {value!r}")
    return value


def patterns(
    name: str,
    where: str,
    value: Any,
    fills: Mapping[str, str],
    need: Iterable[str] = (),
    *,
    groups: Iterable[str] = (),
) -> list[str]:
    """Regular expressions with {placeholders}: each must use only the placeholders in `fills`,
    at least one of `need` (when given), compile once they are filled in, and have the named
    `groups`."""
    needed = set(need)
    out: list[str] = []
    for i, text in enumerate(strings(name, where, value)):
        used = set(PLACEHOLDER.findall(text))
        unknown = sorted(used - set(fills))
        if unknown:
            raise ConfigError(
                f"{name}: {where}[{i}]: unknown placeholder(s) {unknown}; known: {sorted(fills)}"
            )
        if needed and not used & needed:
            raise ConfigError(f"{name}: {where}[{i}]: must use one of {sorted(needed)}")
        try:
            compiled = re.compile(fill(text, fills, numbered_groups=True))
        except re.error as exc:
            raise ConfigError(f"{name}: {where}[{i}]: not a valid pattern: {exc}") from exc
        missing = sorted(set(groups) - set(compiled.groupindex))
        if missing:
            raise ConfigError(f"{name}: {where}[{i}]: needs the named group(s) {missing}")
        out.append(text)
    return out


def fill(template: str, fills: Mapping[str, str], *, numbered_groups: bool = False) -> str:
    """The template with each {placeholder} replaced by its pattern. A placeholder used twice
    would repeat a named group, so with `numbered_groups` later uses get a numbered name."""
    seen: dict[str, int] = {}

    def one(m: re.Match[str]) -> str:
        key = m.group(1)
        seen[key] = seen.get(key, 0) + 1
        pattern = fills[key]
        if numbered_groups and seen[key] > 1:
            pattern = pattern.replace(f"?P<{key}>", f"?P<{key}{seen[key]}>")
        return pattern

    return PLACEHOLDER.sub(one, template)
