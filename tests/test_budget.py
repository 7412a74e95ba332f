"""The byte budget shared by concurrent downloads: it bounds memory and never deadlocks."""

from __future__ import annotations

import asyncio

from bot.feeds.budget import ByteBudget


async def test_a_reservation_beyond_the_budget_waits_for_bytes_given_back() -> None:
    budget = ByteBudget(100)
    first, second = budget.holder(), budget.holder()
    await budget.reserve(first, 80)
    waiting = asyncio.create_task(budget.reserve(second, 50))
    await asyncio.sleep(0)
    assert not waiting.done() and budget.used == 80
    await budget.release(first)
    await waiting
    assert budget.used == 50 and budget.peak == 80


async def test_the_oldest_holder_may_always_go_on_so_holders_never_wait_on_each_other() -> None:
    budget = ByteBudget(100)
    oldest, younger = budget.holder(), budget.holder()
    await budget.reserve(oldest, 60)
    await budget.reserve(younger, 40)
    await asyncio.wait_for(budget.reserve(oldest, 30), timeout=5)  # overdraws by one body at most
    assert budget.used == 130
    younger_more = asyncio.create_task(budget.reserve(younger, 10))
    await asyncio.sleep(0)
    assert not younger_more.done()
    await budget.release(oldest)
    await younger_more
    assert budget.used == 50


async def test_a_cancelled_download_gives_its_bytes_back() -> None:
    budget = ByteBudget(100)
    holder = budget.holder()

    async def download() -> None:
        try:
            await budget.reserve(holder, 70)
            await asyncio.Event().wait()  # stuck reading a body
        finally:
            await budget.release(holder)

    task = asyncio.create_task(download())
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert budget.used == 0
