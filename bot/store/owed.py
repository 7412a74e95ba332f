"""News still owed that waits for its chat's digest.

The rows live in the outbox (bot.store.outbox). A digest chat's news is stored `held` until its
digest time; the digest job (bot.digest) takes the held rows whose time has come (`FOR UPDATE
SKIP LOCKED` on PostgreSQL, so two workers never list one row twice) and marks them digested in the
transaction that queues the digest message. Functions take a Session owned by the caller and never
commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.delivery.message import DeliveryState
from bot.store.outbox import OutboxRow

CHUNK = 500
_HELD = DeliveryState.HELD.value


@dataclass(frozen=True, slots=True)
class HeldItem:
    """One piece of news waiting for its chat's digest."""

    id: int
    chat_id: int
    case_id: int | None
    report_id: int | None
    lang: str | None
    message_thread_id: int | None
    protect_content: bool


def due_digest_items(session: Session, now: datetime) -> list[HeldItem]:
    """Every held row whose digest time has come, by chat, oldest first (locked until commit)."""
    query = (
        select(
            OutboxRow.id,
            OutboxRow.chat_id,
            OutboxRow.case_id,
            OutboxRow.report_id,
            OutboxRow.lang,
            OutboxRow.message_thread_id,
            OutboxRow.protect_content,
        )
        .where(OutboxRow.state == _HELD, OutboxRow.next_attempt_at <= now)
        .order_by(OutboxRow.chat_id, OutboxRow.id)
        .with_for_update(skip_locked=True)
    )
    return [HeldItem(*row) for row in session.execute(query)]


def mark_digested(session: Session, ids: Sequence[int]) -> None:
    """These held rows were listed in a digest message: they are done."""
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.id.in_(chunk), OutboxRow.state == _HELD)
            .values(state=DeliveryState.DIGESTED.value)
            .execution_options(synchronize_session=False)
        )
