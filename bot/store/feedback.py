"""Members' feedback on alerts ("Not relevant"), for the operators.

One row per person, alert and chat; the person is a keyed hash of their user id and the chat (see
bot.tg.context.user_hash), never the id itself, and pressing twice counts once. Feedback is taken
only on a report the chat was actually sent, so a forged button press for another report stores
nothing. Every function takes a Session owned by the caller and never commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, Integer, String, UniqueConstraint, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.delivery.message import DeliveryState
from bot.store.base import Base
from bot.store.outbox import OutboxRow
from bot.store.reports import Report


class Noted(StrEnum):
    NEW = "new"
    AGAIN = "again"  # this person already said so about this alert in this chat
    REFUSED = "refused"  # the chat was never sent this report: a forged press


class Feedback(Base):
    __tablename__ = "feedback"
    __table_args__ = (UniqueConstraint("chat_id", "report_id", "user_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    report_id: Mapped[int] = mapped_column(Integer, ForeignKey("reports.id", ondelete="CASCADE"))
    user_hash: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime]


def record_feedback(
    session: Session,
    *,
    chat_id: int,
    report_id: int,
    user_hash: str,
    verdict: str,
    now: datetime,
) -> Noted:
    """Store one person's verdict on one alert; pressing twice counts once.

    A press about a report this chat was never sent (a forged button), or whose report is gone,
    stores nothing.
    """
    exists = session.scalar(
        select(Feedback.id).where(
            Feedback.chat_id == chat_id,
            Feedback.report_id == report_id,
            Feedback.user_hash == user_hash,
        )
    )
    if not _sent_to(session, chat_id, report_id):
        return Noted.REFUSED
    if exists is not None:
        return Noted.AGAIN
    session.add(
        Feedback(
            chat_id=chat_id, report_id=report_id, user_hash=user_hash, verdict=verdict, at=now
        )
    )
    session.flush()
    return Noted.NEW


def feedback_counts(session: Session) -> dict[int, int]:
    """Report id -> how many people called it not relevant (for operators)."""
    rows = session.execute(select(Feedback.report_id, func.count()).group_by(Feedback.report_id))
    return {int(report_id): int(count) for report_id, count in rows.all()}


def _sent_to(session: Session, chat_id: int, report_id: int) -> bool:
    query = select(OutboxRow.id).where(
        OutboxRow.chat_id == chat_id,
        OutboxRow.report_id == report_id,
        OutboxRow.state == DeliveryState.SENT.value,
    )
    return session.scalar(query.limit(1)) is not None


@dataclass(frozen=True, slots=True)
class MarkedReport:
    """A report people called not relevant: by how many people, in how many chats."""

    report_id: int
    title: str
    link: str | None
    people: int
    chats: int


def most_marked(session: Session, limit: int = 10) -> list[MarkedReport]:
    """The reports marked not relevant by the most people, most first (for /feedback)."""
    people = func.count(Feedback.id)
    query = (
        select(
            Report.id,
            Report.title,
            Report.link,
            people,
            func.count(func.distinct(Feedback.chat_id)),
        )
        .join(Report, Report.id == Feedback.report_id)
        .where(Feedback.verdict == "not_relevant")
        .group_by(Report.id, Report.title, Report.link)
        .order_by(people.desc(), Report.id.desc())
        .limit(limit)
    )
    return [MarkedReport(*row) for row in session.execute(query)]
