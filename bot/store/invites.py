"""Invitations: single-use links an operator makes so one chat may subscribe in invitation-only mode.

Every function takes a Session owned by the caller and never commits.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, select
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
    """Spend a single-use invite on a chat, approving it. False for unknown or spent tokens."""
    invite = session.scalar(select(Invite).where(Invite.token == token))
    if invite is None or (invite.used_by_chat is not None and invite.used_by_chat != chat_id):
        return False
    invite.used_by_chat, invite.used_at = chat_id, invite.used_at or now
    approve_chat(session, chat_id, now=now)
    return True
