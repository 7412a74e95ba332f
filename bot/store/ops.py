"""Counts for monitoring: feeds by state, the outbox by state and kind, and what it still owes
by urgency, in three queries.

`ops_counts` is what /metrics reads at each scrape (the counts are the database's, so they hold
for every worker and survive restarts). Read-only; takes a Session owned by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from bot.store.feeds import Feed
from bot.store.outbox import OPEN_STATES, URGENT, OutboxRow


@dataclass(frozen=True, slots=True)
class OpsCounts:
    feeds: dict[str, int] = field(default_factory=dict)  # ok, failing, unhealthy, new, disabled
    outbox: dict[tuple[str, str], int] = field(default_factory=dict)  # (state, kind) -> rows
    depth: dict[str, int] = field(default_factory=dict)  # urgent / background -> rows still owed


def ops_counts(session: Session) -> OpsCounts:
    state = case(
        (Feed.enabled.is_(False), "disabled"),
        (Feed.unhealthy.is_(True), "unhealthy"),
        (Feed.consecutive_failures > 0, "failing"),
        (Feed.last_polled_at.is_(None), "new"),
        else_="ok",
    )
    feeds = dict.fromkeys(("ok", "failing", "unhealthy", "new", "disabled"), 0)
    for name, count in session.execute(select(state, func.count()).group_by(state)):
        feeds[str(name)] = int(count)
    outbox = {
        (str(row_state), str(kind)): int(count)
        for row_state, kind, count in session.execute(
            select(OutboxRow.state, OutboxRow.kind, func.count()).group_by(
                OutboxRow.state, OutboxRow.kind
            )
        )
    }
    urgency = case((OutboxRow.priority >= URGENT, "urgent"), else_="background")
    depth = dict.fromkeys(("urgent", "background"), 0)
    for name, count in session.execute(
        select(urgency, func.count()).where(OutboxRow.state.in_(OPEN_STATES)).group_by(urgency)
    ):
        depth[str(name)] = int(count)
    return OpsCounts(feeds, outbox, depth)
