"""The pure core imports no I/O library: it stays testable without servers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "bot"
PURE_MODULES = [
    "domain.py",
    "codec.py",
    "textlang.py",
    "feeds/normalise.py",
    "schedule.py",
    "classify",
    "cases",
    "summary.py",
    "audience.py",
    "delivery/message.py",
    "delivery/pacing.py",
    "tg/format.py",
    "tg/i18n.py",
    "tg/keyboards.py",
    "tg/alerts.py",
]
IO_LIBRARIES = {"httpx", "sqlalchemy", "telegram", "alembic", "feedparser", "apscheduler"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _files(entry: str) -> list[Path]:
    path = PACKAGE / entry
    if path.is_dir():
        return sorted(path.rglob("*.py"))
    return [path] if path.exists() else []


@pytest.mark.parametrize("entry", PURE_MODULES)
def test_pure_core_does_no_io(entry: str) -> None:
    files = _files(entry)
    assert files, f"{entry} is listed as pure but does not exist"
    for file in files:
        assert not (_imports(file) & IO_LIBRARIES), f"{file} imports an I/O library"


def test_nothing_is_named_like_the_telegram_library() -> None:
    assert not (PACKAGE / "telegram").exists()
