"""The alert outbox: every message owed to a chat, durable until Telegram has it.

The ingest step enqueues rows in the same transaction as the report that caused them; (chat,
report) is unique, so an alert is never owed twice, and broadcasts use (chat, dedupe_key) instead.
Senders claim rows with a lease (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite serialises writers)
and mark each one sent right after Telegram accepted it. A sender that dies leaves `sending` rows
behind: they become claimable again when their lease runs out or their sender's heartbeat stops, so
a crash loses nothing and repeats at most the sends in flight. A transaction that queued rows wakes
the idle senders when it commits (bot.store.outbox_wake). Live senders keep a heartbeat row in
`outbox_senders`; their count divides Telegram's global rate between them. Functions take a Session
owned by the caller and never commit.

Longer than most modules (about 440 lines) on purpose: it is one table's whole life (enqueue and
when the next row falls due, claim, the outcome of each send, chats leaving or moving, the senders'
heartbeats), and every statement here keeps the same invariants about claims, leases and live
senders; split, each part could only be read with the other open.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    delete,
    exists,
    false,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Mapped, Session, aliased, mapped_column

from bot.delivery.message import Button, DeliveryState, Message, MessageKind
from bot.store import outbox_wake
from bot.store.base import Base, conflict_insert

BACKGROUND, URGENT = 0, 1  # outbox priority: claims take the highest first, then the oldest
OPEN_STATES = (DeliveryState.PENDING.value, DeliveryState.SENDING.value)
OWED_STATES = (*OPEN_STATES, DeliveryState.HELD.value)  # what a chat that leaves or moves is owed


class OutboxRow(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("chat_id", "report_id", name="uq_outbox_chat_id_report_id"),
        UniqueConstraint("chat_id", "dedupe_key", name="uq_outbox_chat_id_dedupe_key"),
        Index("ix_outbox_state_next_attempt_at", "state", "next_attempt_at"),
        Index("ix_outbox_chat_id_case_id", "chat_id", "case_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    report_id: Mapped[int | None] = mapped_column(
        ForeignKey("reports.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int | None] = mapped_column(Integer)
    dedupe_key: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    buttons: Mapped[list[list[dict[str, str]]]] = mapped_column(JSON)
    message_thread_id: Mapped[int | None] = mapped_column(BigInteger)
    lang: Mapped[str | None] = mapped_column(String(8))
    link_preview: Mapped[bool] = mapped_column(default=False)
    protect_content: Mapped[bool] = mapped_column(default=False, server_default=false())
    priority: Mapped[int] = mapped_column(SmallInteger, default=BACKGROUND)
    silent: Mapped[bool] = mapped_column(default=False)
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    claimed_until: Mapped[datetime | None]


_TABLE: Table = OutboxRow.__table__  # type: ignore[assignment]
CLAIM_ORDER = (OutboxRow.priority.desc(), OutboxRow.id)
# Core UPDATEs on the table: ORM-enabled UPDATEs cost ~3x more, and mark_sent runs per message.


class OutboxSender(Base):
    """A live sender's heartbeat: senders whose row expired are dead, and their claims free."""

    __tablename__ = "outbox_senders"

    worker_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    seen_at: Mapped[datetime]
    expires_at: Mapped[datetime]


@dataclass(frozen=True, slots=True)
class FailedDelivery:
    id: int
    chat_id: int
    report_id: int | None
    kind: str
    attempts: int
    last_error: str | None
    created_at: datetime


# --- enqueue -------------------------------------------------------------------------------
def enqueue(session: Session, rows: Sequence[Message], *, now: datetime) -> int:
    """Owe each message to its chat, once: returns how many rows were new."""
    if not rows:
        return 0
    statement = conflict_insert(session, _TABLE).on_conflict_do_nothing().returning(_TABLE.c.id)
    values = [_row_values(msg, now) for msg in rows]
    inserted = len(session.execute(statement, values).all())
    if inserted:
        outbox_wake.queued(session)
    return inserted


def next_due_at(session: Session, *, now: datetime) -> datetime | None:
    """When the next row falls due that no one may claim at `now`: a pending row's next attempt,
    or a claim's lease running out. None when nothing is owed."""
    pending = select(func.min(OutboxRow.next_attempt_at)).where(
        OutboxRow.state == DeliveryState.PENDING.value, OutboxRow.next_attempt_at > now
    )
    leased = select(func.min(OutboxRow.claimed_until)).where(
        OutboxRow.state == DeliveryState.SENDING.value, OutboxRow.claimed_until > now
    )
    times = [t for t in (session.scalar(pending), session.scalar(leased)) if t is not None]
    return min(times, default=None)


def _row_values(msg: Message, now: datetime) -> dict[str, Any]:
    return {
        "chat_id": msg.chat_id,
        "report_id": msg.report_id,
        "case_id": msg.case_id,
        "dedupe_key": msg.dedupe_key,
        "kind": msg.kind.value,
        "text": msg.text,
        "buttons": [[_button_json(b) for b in row] for row in msg.buttons],
        "message_thread_id": msg.message_thread_id,
        "lang": msg.lang,
        "link_preview": msg.link_preview,
        "protect_content": msg.protect_content,
        "priority": URGENT if msg.urgent else BACKGROUND,
        "silent": msg.silent,
        "state": DeliveryState.HELD.value if msg.digest else DeliveryState.PENDING.value,
        "attempts": 0,
        "next_attempt_at": max(now, msg.deliver_after or now),
        "created_at": now,
    }


def _button_json(button: Button) -> dict[str, str]:
    data = {"text": button.text}
    if button.data is not None:
        data["callback_data"] = button.data
    if button.url is not None:
        data["url"] = button.url
    return data


# --- claim ---------------------------------------------------------------------------------
def claim_batch(
    session: Session, *, worker_id: str, now: datetime, limit: int, lease_seconds: float
) -> list[Message]:
    """Take up to `limit` due rows for `worker_id` until now + lease: urgent first, then oldest.

    Due: pending and past next_attempt_at, or `sending` under an expired lease or a dead sender.
    Rows of a chat another live sender is sending to are left alone, so one chat's messages go
    through one sender (its per-chat pacing holds across workers).
    """
    until = now + timedelta(seconds=lease_seconds)
    ids = select(OutboxRow.id).where(_claimable(worker_id, now)).order_by(*CLAIM_ORDER)
    ids = ids.limit(limit).with_for_update(skip_locked=True)
    session.execute(
        update(_TABLE)
        .where(OutboxRow.id.in_(ids.scalar_subquery()))
        .values(state=DeliveryState.SENDING.value, claimed_by=worker_id, claimed_until=until)
        .execution_options(synchronize_session=False)
    )
    claimed = session.scalars(
        select(OutboxRow)
        .where(OutboxRow.claimed_by == worker_id, OutboxRow.claimed_until == until)
        .where(OutboxRow.state == DeliveryState.SENDING.value)
        .order_by(*CLAIM_ORDER)
    )
    return [as_message(row) for row in claimed]


def _claimable(worker_id: str, now: datetime) -> Any:
    live = select(OutboxSender.worker_id).where(OutboxSender.expires_at > now)
    abandoned = and_(
        OutboxRow.state == DeliveryState.SENDING.value,
        or_(OutboxRow.claimed_until <= now, OutboxRow.claimed_by.not_in(live.scalar_subquery())),
    )
    due = and_(OutboxRow.state == DeliveryState.PENDING.value, OutboxRow.next_attempt_at <= now)
    other = aliased(OutboxRow)
    busy_elsewhere = exists().where(
        other.chat_id == OutboxRow.chat_id,
        other.state == DeliveryState.SENDING.value,
        other.claimed_by != worker_id,
        other.claimed_until > now,
        other.claimed_by.in_(live.scalar_subquery()),
    )
    return and_(or_(due, abandoned), ~busy_elsewhere)


def as_message(row: OutboxRow) -> Message:
    """A stored row as the Message it will be sent as."""
    return Message(
        text=row.text,
        buttons=tuple(tuple(_button(b) for b in r) for r in row.buttons or []),
        link_preview=row.link_preview,
        protect_content=row.protect_content,
        chat_id=row.chat_id,
        kind=MessageKind(row.kind),
        report_id=row.report_id,
        case_id=row.case_id,
        message_thread_id=row.message_thread_id,
        lang=row.lang,
        dedupe_key=row.dedupe_key,
        urgent=row.priority >= URGENT,
        silent=row.silent,
        outbox_id=row.id,
        attempts=row.attempts,
        queued_at=row.created_at,
    )


def _button(data: dict[str, str]) -> Button:
    return Button(data["text"], data=data.get("callback_data"), url=data.get("url"))


# --- outcomes ------------------------------------------------------------------------------
def mark_sent(session: Session, outbox_id: int, message_id: int | None, now: datetime) -> None:
    session.execute(
        update(_TABLE)
        .where(OutboxRow.id == outbox_id)
        .values(
            state=DeliveryState.SENT.value,
            sent_at=now,
            telegram_message_id=message_id,
            attempts=OutboxRow.attempts + 1,
            claimed_by=None,
            claimed_until=None,
        )
    )


def mark_retry(
    session: Session,
    outbox_id: int,
    *,
    next_attempt_at: datetime,
    error: str | None,
    count_attempt: bool = True,
) -> None:
    """Back to pending until `next_attempt_at`; a flood wait or a deferral does not count."""
    values: dict[str, Any] = {
        "state": DeliveryState.PENDING.value,
        "next_attempt_at": next_attempt_at,
        "claimed_by": None,
        "claimed_until": None,
    }
    if error is not None:
        values["last_error"] = error[:1000]
    if count_attempt:
        values["attempts"] = OutboxRow.attempts + 1
    session.execute(update(_TABLE).where(OutboxRow.id == outbox_id).values(**values))


def hand_back(session: Session, outbox_ids: Sequence[int]) -> None:
    """Claimed rows not tried after all (a pause outlasting the lease, a stop): pending again,
    due as they were, so the next claim takes them in the same order."""
    session.execute(
        update(_TABLE)
        .where(OutboxRow.id.in_(outbox_ids), OutboxRow.state == DeliveryState.SENDING.value)
        .values(state=DeliveryState.PENDING.value, claimed_by=None, claimed_until=None)
    )


def due_again(session: Session, outbox_ids: Sequence[int], *, now: datetime) -> None:
    """Rows backed off one by one during what turned out to be an outage: due now, like the rest."""
    session.execute(
        update(_TABLE)
        .where(
            OutboxRow.id.in_(outbox_ids),
            OutboxRow.state == DeliveryState.PENDING.value,
            OutboxRow.next_attempt_at > now,
        )
        .values(next_attempt_at=now)
    )


def mark_failed(session: Session, outbox_id: int, *, now: datetime, error: str) -> None:
    session.execute(
        update(_TABLE)
        .where(OutboxRow.id == outbox_id)
        .values(
            state=DeliveryState.FAILED.value,
            attempts=OutboxRow.attempts + 1,
            last_error=error[:1000],
            next_attempt_at=now,
            claimed_by=None,
            claimed_until=None,
        )
    )


def drop_for_chat(session: Session, chat_id: int, *, reason: str) -> int:
    """The chat is gone (blocked the bot, removed it): drop everything still owed to it."""
    result = session.execute(
        update(_TABLE)
        .where(OutboxRow.chat_id == chat_id, OutboxRow.state.in_(OWED_STATES))
        .values(
            state=DeliveryState.DROPPED.value,
            last_error=reason[:1000],
            claimed_by=None,
            claimed_until=None,
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


def move_chat(session: Session, old_id: int, new_id: int, *, now: datetime) -> int:
    """A group became supergroup `new_id`: what is still owed moves there, due now (news held
    for its digest keeps waiting for it)."""
    already = select(OutboxRow.report_id).where(
        OutboxRow.chat_id == new_id, OutboxRow.report_id.is_not(None)
    )
    session.execute(
        delete(OutboxRow).where(
            OutboxRow.chat_id == old_id,
            OutboxRow.state.in_(OWED_STATES),
            OutboxRow.report_id.in_(already.scalar_subquery()),
        )
    )
    result = session.execute(
        update(_TABLE)
        .where(OutboxRow.chat_id == old_id, OutboxRow.state.in_(OPEN_STATES))
        .values(
            chat_id=new_id,
            state=DeliveryState.PENDING.value,
            next_attempt_at=now,
            claimed_by=None,
            claimed_until=None,
        )
    )
    held = session.execute(
        update(_TABLE)
        .where(OutboxRow.chat_id == old_id, OutboxRow.state == DeliveryState.HELD.value)
        .values(chat_id=new_id)
    )
    return int(getattr(result, "rowcount", 0) or 0) + int(getattr(held, "rowcount", 0) or 0)


# --- reading -------------------------------------------------------------------------------
def first_message_for_case(session: Session, chat_id: int, case_id: int) -> int | None:
    """The Telegram message id of this chat's first delivered message about the case."""
    query = (
        select(OutboxRow.telegram_message_id)
        .where(
            OutboxRow.chat_id == chat_id,
            OutboxRow.case_id == case_id,
            OutboxRow.state == DeliveryState.SENT.value,
            OutboxRow.telegram_message_id.is_not(None),
        )
        .order_by(OutboxRow.sent_at, OutboxRow.id)
        .limit(1)
    )
    return session.scalar(query)


def case_followers(session: Session, case_id: int) -> set[int]:
    """Chats that already have a message (sent or owed) about the case."""
    query = select(OutboxRow.chat_id).where(OutboxRow.case_id == case_id).distinct()
    return set(session.scalars(query))


def urgent_waiting(session: Session, now: datetime) -> bool:
    """Whether an urgent message is due and unclaimed (a sender then puts it first)."""
    query = select(OutboxRow.id).where(
        OutboxRow.priority >= URGENT,
        OutboxRow.state == DeliveryState.PENDING.value,
        OutboxRow.next_attempt_at <= now,
    )
    return session.scalar(query.limit(1)) is not None


def outbox_depth(session: Session) -> int:
    """Messages still owed (pending or being sent)."""
    query = select(func.count()).select_from(OutboxRow).where(OutboxRow.state.in_(OPEN_STATES))
    return int(session.scalar(query) or 0)


def failed_deliveries(session: Session, *, limit: int = 50) -> list[FailedDelivery]:
    rows = session.scalars(
        select(OutboxRow)
        .where(OutboxRow.state == DeliveryState.FAILED.value)
        .order_by(OutboxRow.id.desc())
        .limit(limit)
    )
    return [
        FailedDelivery(
            r.id, r.chat_id, r.report_id, r.kind, r.attempts, r.last_error, r.created_at
        )
        for r in rows
    ]


def counts_by_state(session: Session) -> dict[str, int]:
    query = select(OutboxRow.state, func.count()).group_by(OutboxRow.state)
    return {state: int(n) for state, n in session.execute(query)}


# --- senders -------------------------------------------------------------------------------
def heartbeat(session: Session, worker_id: str, *, now: datetime, ttl_seconds: float) -> None:
    """Record that `worker_id` is alive, and forget the senders whose heartbeat expired.

    Count the live senders (`live_senders`) in a transaction after this one is committed: two
    senders starting together then each count after their own row is visible, so the later of
    them always counts the other. Counted in the transaction of the write, both could count
    themselves alone (on PostgreSQL, 78 times in 100 for two threads) and both take the whole rate.
    """
    expires = now + timedelta(seconds=ttl_seconds)
    session.execute(
        conflict_insert(session, OutboxSender)
        .values(worker_id=worker_id, seen_at=now, expires_at=expires)
        .on_conflict_do_update(
            index_elements=[OutboxSender.worker_id],
            set_={"seen_at": now, "expires_at": expires},
        )
    )
    session.execute(delete(OutboxSender).where(OutboxSender.expires_at <= now))


def live_senders(session: Session, *, now: datetime) -> int:
    """How many senders are alive (at least one: the one asking)."""
    live = select(func.count()).select_from(OutboxSender).where(OutboxSender.expires_at > now)
    return max(1, int(session.scalar(live) or 1))


def others_seen_at(session: Session, worker_id: str, *, now: datetime) -> list[datetime]:
    """When each other live sender last beat (and so last read how many senders there are)."""
    query = select(OutboxSender.seen_at).where(
        OutboxSender.worker_id != worker_id, OutboxSender.expires_at > now
    )
    return list(session.scalars(query))


def retire(session: Session, worker_id: str) -> None:
    """A sender stops cleanly: its unsent claims go back to pending and its heartbeat goes."""
    session.execute(
        update(_TABLE)
        .where(OutboxRow.claimed_by == worker_id, OutboxRow.state == DeliveryState.SENDING.value)
        .values(state=DeliveryState.PENDING.value, claimed_by=None, claimed_until=None)
    )
    session.execute(delete(OutboxSender).where(OutboxSender.worker_id == worker_id))
