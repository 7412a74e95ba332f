"""Members' feedback on alerts ("Not relevant"), for the operators.

One row per person, alert and chat; the person is a keyed hash of their user id, never the id
itself, and pressing twice counts once. Every function takes a Session owned by the caller and never
commits.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String, UniqueConstraint, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.store.base import Base
from bot.store.reports import Report


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
) -> bool:
    """Store one person's verdict on one alert; pressing twice counts once. True when new.

    A press under an alert whose report is gone (or a forged button) stores nothing.
    """
    exists = session.scalar(
        select(Feedback.id).where(
            Feedback.chat_id == chat_id,
            Feedback.report_id == report_id,
            Feedback.user_hash == user_hash,
        )
    )
    if exists is not None or session.get(Report, report_id) is None:
        return False
    session.add(
        Feedback(
            chat_id=chat_id, report_id=report_id, user_hash=user_hash, verdict=verdict, at=now
        )
    )
    session.flush()
    return True


def feedback_counts(session: Session) -> dict[int, int]:
    """Report id -> how many people called it not relevant (for operators)."""
    rows = session.execute(select(Feedback.report_id, func.count()).group_by(Feedback.report_id))
    return {int(report_id): int(count) for report_id, count in rows.all()}
