"""A byte budget shared by all downloads, so the bodies held at once fit in a fixed amount of memory.

Each download reserves bytes before it keeps them (its announced length up front, or blocks as a
chunked or compressed body grows) and gives all of them back once its body has been parsed. A
download that would overdraw the budget waits for others to give bytes back, except the oldest
holder, which may always go on: that keeps the budget free of deadlock (every holder waiting for
another) at the price of overdrawing by at most one body. So the bodies in memory at once stay under
`limit + one body cap`, whatever the number of feeds fetched concurrently.
"""

from __future__ import annotations

import asyncio
import itertools


class ByteBudget:
    """Bytes that concurrent downloads may hold; `reserve` waits, `release` gives back."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0
        self.peak = 0  # the most bytes held at once, for benches
        self._held: dict[int, int] = {}  # holder -> bytes, in order of first reservation
        self._ids = itertools.count()
        self._changed = asyncio.Condition()

    def holder(self) -> int:
        """A new holder id for one download."""
        return next(self._ids)

    async def reserve(self, holder: int, size: int) -> None:
        """Take `size` more bytes for `holder`, waiting while that would overdraw the budget."""
        if size <= 0:
            return
        async with self._changed:
            await self._changed.wait_for(lambda: self._may_take(holder, size))
            self._held[holder] = self._held.get(holder, 0) + size
            self.used += size
            self.peak = max(self.peak, self.used)

    def _may_take(self, holder: int, size: int) -> bool:
        if self.used + size <= self.limit:
            return True
        oldest = next(iter(self._held), holder)
        return holder == oldest

    async def release(self, holder: int) -> None:
        """Give back everything `holder` reserved (the count first, so a fetch cancelled while
        waiting to notify the others still gives its bytes back)."""
        self.used -= self._held.pop(holder, 0)
        async with self._changed:
            self._changed.notify_all()

    def held_by(self, holder: int) -> int:
        return self._held.get(holder, 0)
