"""The article pages of flagged reports, fetched once into the source archive (REPATWATCH_ARCHIVE).

A part of the service (bot.parts) with one job: claim the pages not fetched yet of the reports
classified alert or related in the last week (bot.store.archive; a claim is one worker's), fetch
each through the feeds' own Fetcher, so a page gets the same politeness as a feed (at most two
requests at a time to one site, private addresses refused unless the feed's host is allowed, one
deadline, the shared byte budget), capped at PAGE_MAX_BYTES, and keep it compressed with its
SHA-256, or keep why it failed. A page is never fetched again: what the archive holds is what the
site showed then, even once it is gone.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import timedelta

from bot.clock import Clock
from bot.feeds.fetch import Fetcher, PageResult
from bot.parts import Job
from bot.store import archive as archive_store
from bot.store.base import DbRunner

log = logging.getLogger("repatwatch.archive")
PAGE_MAX_BYTES = 3 * 1024 * 1024
ARCHIVE_EVERY_SECONDS = 30.0
BATCH = 8
RECENT = timedelta(days=7)


class Archiver:
    def __init__(
        self,
        db: DbRunner,
        fetcher: Fetcher,
        clock: Clock,
        *,
        every: float = ARCHIVE_EVERY_SECONDS,
        max_bytes: int = PAGE_MAX_BYTES,
    ) -> None:
        self._db = db
        self._fetcher = fetcher
        self._clock = clock
        self.every = every
        self.max_bytes = max_bytes

    def jobs(self) -> Sequence[Job]:
        return (Job("archive-pages", self.every, self.archive_due),)

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def archive_due(self) -> int:
        """Fetch the pages waiting for the archive, a batch at a time; how many were kept."""
        kept = 0
        while True:
            now = self._clock.now()
            claimed = await self._db(
                archive_store.claim_pages, now=now, since=now - RECENT, limit=BATCH
            )
            if not claimed:
                return kept
            results = await asyncio.gather(*(self._fetch(url) for _, url in claimed))
            for (report_id, _), result in zip(claimed, results, strict=True):
                kept += await self._keep(report_id, result)

    async def _fetch(self, url: str) -> PageResult:
        return await self._fetcher.fetch_page(url, max_bytes=self.max_bytes, now=self._clock.now())

    async def _keep(self, report_id: int, result: PageResult) -> bool:
        now = self._clock.now()
        if result.error is not None or result.body is None or result.status is None:
            error = str(result.error or "no body")
            log.info("page of report %s not archived: %s", report_id, error)
            await self._db(
                archive_store.page_failed, report_id, error=error, status=result.status, now=now
            )
            return False
        await self._db(
            archive_store.keep_page,
            report_id,
            seen=result.body,
            final_url=result.final_url,
            content_type=result.content_type,
            status=result.status,
            now=now,
        )
        return True
