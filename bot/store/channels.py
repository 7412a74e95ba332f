"""Channels an operator linked: alerts posted there for every reader at once, and their state.

A channel is a chat (bot.store.chats, type "channel") with a subscription like any other, plus a
row here: who linked it and when, and whether the bot may post there now (`active`), lost the
right to (`demoted`: it is no longer an administrator allowed to post), was taken out of the
channel (`removed`), or was unlinked by an operator (`unlinked`). Only an `active` channel's
subscription is active; a demoted or removed channel owes nothing (what it was owed is dropped,
as for any chat the bot cannot write to), and becomes active again when an administrator gives
the right back. Functions take a Session owned by the caller and never commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, String, Text, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.store import chats as chat_store
from bot.store.base import Base


class ChannelState(StrEnum):
    ACTIVE = "active"
    DEMOTED = "demoted"
    REMOVED = "removed"
    UNLINKED = "unlinked"


class Channel(Base):
    __tablename__ = "channels"

    chat_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("chats.id", ondelete="CASCADE"), primary_key=True
    )
    username: Mapped[str | None] = mapped_column(String(64))
    linked_by: Mapped[int] = mapped_column(BigInteger)
    linked_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(16))
    state_reason: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime]


@dataclass(frozen=True, slots=True)
class ChannelView:
    chat_id: int
    title: str | None
    username: str | None
    state: ChannelState
    reason: str | None
    linked_by: int
    changed_at: datetime

    @property
    def label(self) -> str:
        return f"@{self.username}" if self.username else (self.title or str(self.chat_id))


def link_channel(
    session: Session,
    chat_id: int,
    *,
    title: str | None,
    username: str | None,
    linked_by: int,
    now: datetime,
) -> bool:
    """Link (or link again) a channel the bot may post in; True when it was not active before."""
    chat_store.record_chat(session, chat_id, type="channel", title=title, now=now)
    chat_store.subscribe(session, chat_id, now=now)
    row = session.get(Channel, chat_id)
    was_active = row is not None and row.state == ChannelState.ACTIVE
    if row is None:
        row = Channel(chat_id=chat_id, linked_at=now)
        session.add(row)
    row.username, row.linked_by, row.changed_at = username, linked_by, now
    row.state, row.state_reason = ChannelState.ACTIVE.value, None
    session.flush()
    return not was_active


def channel(session: Session, chat_id: int) -> ChannelView | None:
    found = session.execute(
        select(Channel, chat_store.Chat.title)
        .join(chat_store.Chat, chat_store.Chat.id == Channel.chat_id)
        .where(Channel.chat_id == chat_id)
    ).first()
    return _view(*found) if found is not None else None


def find_channel(session: Session, ref: str) -> ChannelView | None:
    """A linked channel by @username or chat id."""
    ref = ref.strip()
    if ref.lstrip("-").isdigit():
        return channel(session, int(ref))
    name = ref.removeprefix("@").casefold()
    for view in channels(session):
        if view.username and view.username.casefold() == name:
            return view
    return None


def channels(session: Session) -> list[ChannelView]:
    """Every channel ever linked, the ones still posting first, then by name."""
    rows = session.execute(
        select(Channel, chat_store.Chat.title).join(
            chat_store.Chat, chat_store.Chat.id == Channel.chat_id
        )
    ).all()
    views = [_view(row, title) for row, title in rows]
    return sorted(views, key=lambda v: (v.state is not ChannelState.ACTIVE, v.label.casefold()))


def _view(row: Channel, title: str | None) -> ChannelView:
    return ChannelView(
        row.chat_id,
        title,
        row.username,
        ChannelState(row.state),
        row.state_reason,
        row.linked_by,
        row.changed_at,
    )


def set_state(
    session: Session, chat_id: int, state: ChannelState, *, reason: str | None, now: datetime
) -> ChannelState | None:
    """Move a linked channel to `state`; returns its state before (None if it is not linked).

    Leaving `active` stops its subscription and drops what it was owed; coming back to `active`
    (an administrator gave the right to post again) restarts it. An unlinked channel stays
    unlinked whatever happens to the bot there.
    """
    row = session.get(Channel, chat_id)
    if row is None:
        return None
    before = ChannelState(row.state)
    if before is ChannelState.UNLINKED or before is state:
        return before
    row.state, row.state_reason, row.changed_at = state.value, reason, now
    if state is ChannelState.ACTIVE:
        session.execute(
            update(chat_store.Chat)
            .where(chat_store.Chat.id == chat_id)
            .values(active=True, left_at=None)
        )
        chat_store.subscribe(session, chat_id, now=now)
    else:
        chat_store.chat_gone(session, chat_id, now=now, reason=reason or state.value)
    session.flush()
    return before


def unlink_channel(session: Session, chat_id: int, *, now: datetime) -> bool:
    """An operator stopped posting to the channel (its settings are kept); True if it was linked."""
    row = session.get(Channel, chat_id)
    if row is None or row.state == ChannelState.UNLINKED:
        return False
    session.execute(
        update(Channel)
        .where(Channel.chat_id == chat_id)
        .values(state=ChannelState.UNLINKED.value, state_reason=None, changed_at=now)
    )
    chat_store.unsubscribe(session, chat_id, now=now)
    return True
