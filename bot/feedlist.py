"""feeds.yaml while `repatwatch run` runs: re-read when the file changes or on SIGHUP.

`FeedsWatcher` is a part of the service (bot.parts). Every few seconds it compares the file's
bytes with what it last loaded; when they differ, or when the process gets SIGHUP, it validates
the whole file (bot.config). A good file is synced into the database in one transaction (added
feeds are due at once, removed ones are disabled and no longer polled, changed ones take
their new settings) and the fetcher learns which hosts may now be private; the operators hear
what changed. A broken file changes nothing: the service keeps polling the list it had, and the
operators hear what is wrong, once per version of the file.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import signal
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Protocol

from bot.clock import Clock
from bot.config import parse_feeds_yaml
from bot.domain import ConfigError, FeedSpec
from bot.feeds import private_feed_hosts
from bot.parts import Job
from bot.store import feeds as feed_store
from bot.store.base import DbRunner

log = logging.getLogger("repatwatch.feeds")
CHECK_EVERY_SECONDS = 5.0
Tell = Callable[[str], Awaitable[None]]


class PrivateHosts(Protocol):
    def allow_private_hosts(self, hosts: frozenset[str]) -> None: ...


def describe_changes(old: Sequence[FeedSpec], new: Sequence[FeedSpec]) -> str:
    """'feeds.yaml reloaded: 1 added (A), 1 removed (B), 1 changed (C); 12 feeds.'"""
    before = {spec.name: spec for spec in old}
    after = {spec.name: spec for spec in new}
    added = [name for name in after if name not in before]
    removed = [name for name in before if name not in after]
    changed = [name for name in after if name in before and after[name] != before[name]]
    parts = [
        f"{len(names)} {label} ({', '.join(names)})"
        for names, label in ((added, "added"), (removed, "removed"), (changed, "changed"))
        if names
    ]
    what = ", ".join(parts) if parts else "no feed changed"
    return f"feeds.yaml reloaded: {what}; {len(new)} feeds."


class FeedsWatcher:
    def __init__(
        self,
        path: Path,
        specs: Sequence[FeedSpec],
        *,
        db: DbRunner,
        clock: Clock,
        fetcher: PrivateHosts | None = None,
        tell: Tell | None = None,
        every: float = CHECK_EVERY_SECONDS,
    ) -> None:
        self.path = path
        self.specs = list(specs)
        self.every = every
        self._db = db
        self._clock = clock
        self._fetcher = fetcher
        self._tell = tell
        self._loaded = self._digest(self._read())  # what `specs` came from
        self._refused: str | None = None  # the digest of a broken version already reported
        self._turn = asyncio.Lock()
        self._hangups: set[asyncio.Task[bool]] = set()

    def jobs(self) -> Sequence[Job]:
        return (Job("feeds-reload", self.every, self.check),)

    async def start(self) -> None:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self._hangup)

    async def stop(self) -> None:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)
        for task in list(self._hangups):
            await task

    def _hangup(self) -> None:
        log.info("SIGHUP: reading %s again", self.path)
        task = asyncio.create_task(self.check(force=True))
        self._hangups.add(task)
        task.add_done_callback(self._hangups.discard)

    async def check(self, *, force: bool = False) -> bool:
        """Reload when the file changed (or `force`); True when a new list took effect."""
        async with self._turn:
            data = self._read()
            digest = self._digest(data)
            if not force and digest in (self._loaded, self._refused):
                return False
            try:
                specs = self._parse(data)
            except ConfigError as exc:
                await self._refuse(digest, str(exc))
                return False
            await self._db(feed_store.sync_feeds, specs, self._clock.now())
            if self._fetcher is not None:
                self._fetcher.allow_private_hosts(private_feed_hosts(specs))
            notice = describe_changes(self.specs, specs)
            self.specs, self._loaded, self._refused = specs, digest, None
            log.info("%s", notice)
            await self._say(notice)
            return True

    def _read(self) -> bytes | None:
        try:
            return self.path.read_bytes()
        except OSError:
            return None

    @staticmethod
    def _digest(data: bytes | None) -> str:
        return "missing" if data is None else hashlib.sha256(data).hexdigest()

    def _parse(self, data: bytes | None) -> list[FeedSpec]:
        if data is None:
            raise ConfigError(f"{self.path}: cannot read the file (was it moved or deleted?)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ConfigError(f"{self.path}: not UTF-8 text ({exc.reason})") from exc
        return parse_feeds_yaml(text, source=str(self.path))

    async def _refuse(self, digest: str, problem: str) -> None:
        if digest == self._refused:
            return
        self._refused = digest
        notice = (
            f"feeds.yaml changed but cannot be used, so the {len(self.specs)} feeds "
            f"already listed are still polled. Fix this and save again:\n{problem}"
        )
        log.warning("%s", notice)
        await self._say(notice)

    async def _say(self, text: str) -> None:
        if self._tell is not None:
            await self._tell(text)
