"""Invitations: single-use links an operator makes so one chat may subscribe in invitation-only mode.

An invitation is spent by one conditional UPDATE (unspent, or already spent on this very chat), so
when two chats use one link at the same moment exactly one wins, on SQLite and on PostgreSQL alike:
the loser's UPDATE finds the row taken once the winner commits. Every function takes a Session
owned by the caller and never commits.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, func, or_, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.store.base import Base
from bot.store.chats import approve_chat


class Invite(Base):
    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    created_by: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime]
    used_by_chat: Mapped[int | None] = mapped_column(BigInteger)
    used_at: Mapped[datetime | None]


def create_invite(session: Session, token: str, *, created_by: int, now: datetime) -> Invite:
    invite = Invite(token=token, created_by=created_by, created_at=now)
    session.add(invite)
    session.flush()
    return invite


def use_invite(session: Session, token: str, chat_id: int, *, now: datetime) -> bool:
    """Spend a single-use invite on a chat, approving it. False for unknown or spent tokens
    (using it again from the chat that spent it is fine)."""
    spent = session.execute(
        update(Invite)
        .where(
            Invite.token == token,
            or_(Invite.used_by_chat.is_(None), Invite.used_by_chat == chat_id),
        )
        .values(used_by_chat=chat_id, used_at=func.coalesce(Invite.used_at, now))
        .returning(Invite.id)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    if spent is None:
        return False
    approve_chat(session, chat_id, now=now)
    return True
