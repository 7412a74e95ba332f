"""Checks shared by the reference files: each mistake is a ConfigError naming the file and entry.

`name` is the file's name and `where` the entry's path inside it ("places[3] (shenyang).names").
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from bot.domain import ConfigError
from bot.yamltext import parse_yaml


def read_yaml(path: Path, what: str) -> Any:
    """The parsed file; a ConfigError naming it when it cannot be read or is not YAML."""
    try:
        return parse_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the {what}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc


def fields(
    name: str, where: str, entry: Any, allowed: frozenset[str], *, required: set[str]
) -> Mapping[str, Any]:
    if not isinstance(entry, dict):
        raise ConfigError(f"{name}: {where}: must be a mapping")
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise ConfigError(
            f"{name}: {where}: unknown field(s) {unknown}; allowed: {sorted(allowed)}"
        )
    missing = sorted(required - set(entry))
    if missing:
        raise ConfigError(f"{name}: {where}: missing field(s) {missing}")
    return entry


def mapping(name: str, where: str, value: Any) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{name}: {where}: must be a mapping")
    return value


def listing(name: str, where: str, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise ConfigError(f"{name}: {where}: must be a list")
    return value


def text(name: str, where: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{name}: {where}: must be a non-empty string, got {value!r}")
    return value.strip()


def strings(name: str, where: str, value: Any) -> list[str]:
    return [text(name, f"{where}[{i}]", v) for i, v in enumerate(listing(name, where, value))]
