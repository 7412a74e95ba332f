"""The case store as the bot reads and corrects it: adapters from store records to the bot's views.

`StoreCaseQueries` calls bot.store.cases (lists, search, corrections) and bot.summary (headline and
summary texts) and returns bot.tg.views values. The case store's CaseError (unknown case, report not
in the case, ...) becomes ValueError or LookupError with its message, which operators see as is.
Report search reads the reports table directly: the case store searches cases only. Also here: the
default /broadcast (through the outbox) and /stats chart hooks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot import summary
from bot.cases import CaseRecord
from bot.domain import Status
from bot.store import cases as case_store
from bot.store import chats as chat_store
from bot.store import outbox
from bot.store.reports import Report
from bot.tg.alerts import broadcast_messages
from bot.tg.context import CaseQueries
from bot.tg.parse import CasesFilter
from bot.tg.views import CaseRow, CaseView, ReportRow

SEARCH_LIMIT = 10
T = TypeVar("T")


def case_number(label: str) -> int:
    return case_store.parse_case_id(label)


def to_row(record: CaseRecord, lang: str) -> CaseRow:
    return CaseRow(
        id=case_number(record.id),
        headline=summary.headline(record, lang),
        status=record.status,
        country=record.country,
        updated=record.last_seen,
        reports=len(record.sources),
    )


def to_view(record: CaseRecord, lang: str) -> CaseView:
    """The summary already carries the timeline and sources, so the view adds no lists."""
    return CaseView(
        id=case_number(record.id),
        headline=summary.headline(record, lang),
        summary=summary.summarise(record, lang),
        status=record.status,
        country=record.country,
        closed=record.closed,
    )


class StoreCaseQueries:
    """CaseQueries over the real case store; `lang` picks the summary language for lists."""

    def case(self, session: Session, case_id: int, lang: str) -> CaseView | None:
        record = case_store.get_case(session, case_id)
        return to_view(record, lang) if record is not None else None

    def cases(
        self, session: Session, where: CasesFilter, limit: int, offset: int, lang: str = "en"
    ) -> list[CaseRow]:
        records = case_store.list_cases(
            session,
            country=where.country,
            status=where.status,
            since=where.since,
            limit=limit,
            offset=offset,
        )
        return [to_row(r, lang) for r in records]

    def search(
        self, session: Session, text: str, lang: str = "en"
    ) -> tuple[list[CaseRow], list[ReportRow]]:
        found = case_store.search_cases(session, text, limit=SEARCH_LIMIT)
        needle = f"%{text.strip()}%"
        reports = session.execute(
            select(
                Report.id,
                Report.title,
                Report.link,
                Report.published_at,
                case_store.CaseReport.case_id,
            )
            .outerjoin(case_store.CaseReport, case_store.CaseReport.report_id == Report.id)
            .where(Report.title.ilike(needle), Report.tier.is_not(None), Report.tier != "ignore")
            .order_by(Report.first_seen_at.desc(), Report.id.desc())
            .limit(SEARCH_LIMIT)
        ).all()
        rows = [
            ReportRow(id=rid, title=title, link=link, published=published, case_id=case_id)
            for rid, title, link, published, case_id in reports
        ]
        return [to_row(r, lang) for r in found], rows

    def merge(self, session: Session, keep: int, other: int, *, actor: str, now: datetime) -> int:
        record = _checked(
            lambda: case_store.merge_cases(session, keep, other, actor=actor, now=now)
        )
        return case_number(record.id)

    def split(
        self, session: Session, case_id: int, report_id: int, *, actor: str, now: datetime
    ) -> int:
        label = _checked(
            lambda: case_store.split_report(session, case_id, report_id, actor=actor, now=now)
        )
        return case_number(label)

    def set_status(
        self, session: Session, case_id: int, status: Status, *, actor: str, now: datetime
    ) -> int:
        _checked(lambda: case_store.set_status(session, case_id, status, actor=actor, now=now))
        return case_id

    def close(self, session: Session, case_id: int, *, actor: str, now: datetime) -> int:
        _checked(lambda: case_store.close_case(session, case_id, actor=actor, now=now))
        return case_id

    def count(self, session: Session) -> int:
        query = select(func.count()).select_from(case_store.Case)
        return int(session.scalar(query.where(case_store.Case.merged_into_id.is_(None))) or 0)


def _checked(work: Callable[[], T]) -> T:
    try:
        return work()
    except case_store.CaseError as exc:
        raise ValueError(str(exc)) from exc


def enqueue_broadcast(session: Session, text: str, now: datetime) -> int:
    """Owe an operator's announcement to every active subscription; returns how many chats."""
    views = chat_store.active_subscriptions(session)
    targets = [(v.chat_id, v.settings.message_thread_id) for v in views]
    outbox.enqueue(session, broadcast_messages(text, targets, now), now=now)
    return len(targets)


def stats_chart(session: Session) -> bytes | None:
    """The /stats chart (matplotlib is imported only when an operator asks)."""
    from bot.stats import chart_png

    return chart_png(session)


def default_case_queries() -> CaseQueries:
    return StoreCaseQueries()
