"""News still owed that may change before it goes: held for a digest, or a first alert still queued.

The rows live in the outbox (bot.store.outbox). A digest chat's news is stored `held` until its
digest time; the digest job (bot.digest) takes the held rows whose time has come (`FOR UPDATE
SKIP LOCKED` on PostgreSQL, so two workers never list one row twice) and marks them digested in the
transaction that queues the digest message. A first alert that nobody has claimed yet can take in a
later report of its case (bot.ingest): the rewrite re-checks the row's state, so when a sender
claimed it first the rewrite does nothing and the later report goes as a reply instead. Functions
take a Session owned by the caller and never commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.delivery.message import DeliveryState, Message, MessageKind
from bot.store.outbox import BACKGROUND, URGENT, OutboxRow, as_message

CHUNK = 500
_HELD, _PENDING = DeliveryState.HELD.value, DeliveryState.PENDING.value


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


def queued_first_alerts(session: Session, case_id: int) -> dict[int, Message]:
    """Per chat, its first alert about the case while it is still queued (pending or held),
    with `deliver_after` its due time and `digest` whether it is held for a digest."""
    rows = session.scalars(
        select(OutboxRow)
        .where(
            OutboxRow.case_id == case_id,
            OutboxRow.kind == MessageKind.ALERT.value,
            OutboxRow.state.in_((_PENDING, _HELD)),
        )
        .order_by(OutboxRow.id)
    )
    first: dict[int, Message] = {}
    for row in rows:
        if row.chat_id not in first:
            held = row.state == _HELD
            message = as_message(row)
            first[row.chat_id] = replace(message, deliver_after=row.next_attempt_at, digest=held)
    return first


def rewrite_queued(session: Session, queued: Message, merged: Message, *, now: datetime) -> bool:
    """Store `merged` over the queued alert `queued` (one row), unless a sender claimed it
    meanwhile; returns whether the row was still queued and now holds `merged`."""
    result = session.execute(
        update(OutboxRow)
        .where(
            OutboxRow.id == queued.outbox_id,
            OutboxRow.state == (_HELD if queued.digest else _PENDING),
        )
        .values(
            text=merged.text,
            priority=URGENT if merged.urgent else BACKGROUND,
            silent=merged.silent,
            state=_HELD if merged.digest else _PENDING,
            next_attempt_at=max(now, merged.deliver_after or now),
        )
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0))
