"""The shape of the code, read from its imports: a pure core, SQL only in the store, no cycles.

The import graph comes from `ast` over every module under bot/: every import, at module level or
inside a function (it runs when the function is called). The pure core is checked on what runs:
importing `bot.a.b` also runs `bot/__init__` and `bot/a/__init__`, so those count, and imports
under `if TYPE_CHECKING:` (which never run) do not. The store rule and the cycle check read every
import, TYPE_CHECKING ones included: they are about what depends on what.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "bot"
PURE_CORE = [
    "bot.domain",
    "bot.codec",
    "bot.reference",
    "bot.textlang",
    "bot.scripts",
    "bot.feeds.normalise",
    "bot.schedule",
    "bot.classify",
    "bot.cases",
    "bot.summary",
    "bot.audience",
    "bot.urgency",
    "bot.delivery.message",
    "bot.delivery.pacing",
    "bot.delivery.retry",
    "bot.delivery.notices",
    "bot.stats",
    "bot.tg.format",
    "bot.tg.i18n",
    "bot.tg.keyboards",
    "bot.tg.alerts",
    "bot.tg.digest",
    "bot.tg.parse",
    "bot.tg.replies",
    "bot.tg.views",
    "bot.export",
    "bot.health",
    "bot.feeds.opml",
    "bot.archive",
]
IO_LIBRARIES = {
    "httpx",
    "aiohttp",
    "sqlalchemy",
    "psycopg",
    "telegram",
    "alembic",
    "feedparser",
    "apscheduler",
    "socket",
    "sqlite3",
    "urllib.request",
    "http.client",
    "http.server",
    "subprocess",
}


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_nodes(tree: ast.AST, *, runtime: bool) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif runtime and isinstance(node, ast.If) and _is_type_checking(node):
            yield from _import_nodes(ast.Module(body=node.orelse, type_ignores=[]), runtime=True)
        else:
            yield from _import_nodes(node, runtime=runtime)


def _absolute(module: str, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    package = (
        module.split(".") if MODULES[module].name == "__init__.py" else module.split(".")[:-1]
    )
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


@cache
def imports(module: str, *, runtime: bool) -> frozenset[str]:
    """Every module `module` imports: bot modules by their full name, other libraries as named."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in _import_nodes(tree, runtime=runtime):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
            continue
        source = _absolute(module, node)
        for alias in node.names:
            submodule = f"{source}.{alias.name}"
            found.add(submodule if submodule in MODULES else source)
    return frozenset(found)


def _with_parents(name: str) -> list[str]:
    """`bot.a.b` and the packages importing it runs first: bot, bot.a."""
    parts = name.split(".")
    return [".".join(parts[:n]) for n in range(1, len(parts) + 1)]


def _chain_to_io(start: str) -> list[str] | None:
    """The import chain from `start` to an I/O library, if there is one (breadth first)."""
    came_from: dict[str, str | None] = {start: None}
    queue = [start]
    while queue:
        current = queue.pop(0)
        for target in imports(current, runtime=True):
            hit = next(
                (lib for lib in IO_LIBRARIES if target == lib or target.startswith(f"{lib}.")),
                None,
            )
            if hit is not None:
                chain = [hit, current]
                while (step := came_from[chain[-1]]) is not None:
                    chain.append(step)
                return chain[::-1]
            for loaded in _with_parents(target):
                if loaded in MODULES and loaded not in came_from:
                    came_from[loaded] = current
                    queue.append(loaded)
    return None


@pytest.mark.parametrize("module", PURE_CORE)
def test_the_pure_core_reaches_no_io_library_through_any_chain(module: str) -> None:
    assert module in MODULES, f"{module} is listed as pure but does not exist"
    start = [m for m in _with_parents(module) if m in MODULES]
    chains = [chain for m in start if (chain := _chain_to_io(m)) is not None]
    assert not chains, "imports I/O: " + " -> ".join(chains[0])


def test_no_module_outside_the_store_imports_sqlalchemy() -> None:
    outside = sorted(
        module
        for module in MODULES
        if not module.startswith("bot.store")
        and any(name.split(".")[0] == "sqlalchemy" for name in imports(module, runtime=False))
    )
    assert outside == []


def _cycles() -> list[list[str]]:
    """Strongly connected groups of bot modules that import each other (Tarjan)."""
    graph = {m: sorted(t for t in imports(m, runtime=False) if t in MODULES) for m in MODULES}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while (member := stack.pop()) != node:
                on_stack.discard(member)
                group.append(member)
            on_stack.discard(node)
            group.append(node)
            if len(group) > 1 or node in graph[node]:
                groups.append(sorted(group))

    for module in graph:
        if module not in index:
            visit(module)
    return groups


def test_no_modules_in_bot_import_each_other_in_a_cycle() -> None:
    assert _cycles() == []


def test_the_service_and_the_telegram_front_end_do_not_import_each_other() -> None:
    telegram_side = {m for m in MODULES if m.startswith("bot.tg")}
    assert not imports("bot.service", runtime=False) & telegram_side
    assert all("bot.service" not in imports(m, runtime=False) for m in telegram_side)


def test_the_checker_sees_a_chain_through_a_function_level_import() -> None:
    """The checker itself: a chain through a package's __init__ and a function-level import."""
    tree = ast.parse("def f():\n    import bot.store.base\n")
    names = {n.names[0].name for n in _import_nodes(tree, runtime=True)}
    assert names == {"bot.store.base"}
    assert _chain_to_io("bot.store.base") is not None


def test_nothing_is_named_like_the_telegram_library() -> None:
    assert not (PACKAGE / "telegram").exists()
