"""The store as the bot reads and corrects it: units of work that turn store records into views.

Each function takes a Session first and runs on the front end's database threads (`in_db`): it
calls bot.store (cases, corrections, feeds, chats, outbox) and bot.summary (headline and summary
texts) and returns bot.tg.views values. The case store's CaseError (unknown case, report not in the
case, ...) becomes ValueError with its message, which operators see as is. No SQL here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TypeVar

from bot import casework, summary
from bot.cases import CaseRecord
from bot.domain import Status
from bot.store import archive as archive_store
from bot.store import cases as case_store
from bot.store import chats as chat_store
from bot.store import corrections, feedback, outbox
from bot.store import reports as report_store
from bot.store.base import Session
from bot.store.feed_health import feed_health
from bot.tg.alerts import broadcast_messages
from bot.tg.parse import CasesFilter
from bot.tg.views import CaseRow, CaseView, FeedbackRow, FeedRow, ReportRow

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


def to_view(record: CaseRecord, lang: str, archived: frozenset[str] = frozenset()) -> CaseView:
    """The summary already carries the timeline and sources, so the view adds no lists."""
    return CaseView(
        id=case_number(record.id),
        headline=summary.headline(record, lang),
        summary=summary.summarise(record, lang, archived=archived),
        status=record.status,
        country=record.country,
        closed=record.closed,
        last_seen=record.last_seen,
        names=record.names,
        report_ids=tuple(sorted(int(r) for r in record.report_ids)),
    )


def case(session: Session, case_id: int, lang: str) -> CaseView | None:
    record = case_store.get_case(session, case_id)
    if record is None:
        return None
    kept = archive_store.archived_pages(session, (int(r) for r in record.report_ids))
    return to_view(record, lang, archived=frozenset(str(r) for r in kept))


def cases(
    session: Session, where: CasesFilter, limit: int, offset: int, lang: str = "en"
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


def search(session: Session, text: str, lang: str = "en") -> tuple[list[CaseRow], list[ReportRow]]:
    """Matching cases and reports; each report carries the names its case (or it) records, so
    the chat's name setting can be applied to its title."""
    found = case_store.search_cases(session, text, limit=SEARCH_LIMIT)
    rows = case_store.search_reports(session, text, limit=SEARCH_LIMIT)
    names = report_store.names_in(session, [r.id for r in rows])
    records = {c: case_store.get_case(session, c) for c in {r.case_id for r in rows if r.case_id}}
    reports = [
        ReportRow(
            id=r.id,
            title=r.title,
            link=r.link,
            published=r.published,
            case_id=r.case_id,
            names=_names(names.get(r.id, ()), records.get(r.case_id) if r.case_id else None),
        )
        for r in rows
    ]
    return [to_row(r, lang) for r in found], reports


def _names(own: tuple[str, ...], case: CaseRecord | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*own, *(case.names if case else ()))))


def merge(session: Session, keep: int, other: int, *, actor: str, now: datetime) -> int:
    record = _checked(lambda: corrections.merge_cases(session, keep, other, actor=actor, now=now))
    return case_number(record.id)


def split(session: Session, case_id: int, report_id: int, *, actor: str, now: datetime) -> int:
    label = _checked(
        lambda: corrections.split_report(session, case_id, report_id, actor=actor, now=now)
    )
    return case_number(label)


def set_status(
    session: Session, case_id: int, status: Status, *, actor: str, now: datetime
) -> int:
    _checked(lambda: casework.set_status(session, case_id, status, actor=actor, now=now))
    return case_id


def close(session: Session, case_id: int, *, actor: str, now: datetime) -> int:
    _checked(lambda: corrections.close_case(session, case_id, actor=actor, now=now))
    return case_id


def _checked(work: Callable[[], T]) -> T:
    try:
        return work()
    except case_store.CaseError as exc:
        raise ValueError(str(exc)) from exc


def enqueue_broadcast(session: Session, text: str, now: datetime) -> int:
    """Owe an operator's announcement to every active subscription; returns how many chats."""
    views = chat_store.active_subscriptions(session)
    targets = [(v.chat_id, v.settings.message_thread_id) for v in views]
    protected = {v.chat_id for v in views if v.protect_content}
    messages = [
        replace(m, protect_content=m.chat_id in protected)
        for m in broadcast_messages(text, targets, now)
    ]
    outbox.enqueue(session, messages, now=now)
    return len(targets)


def feed_rows(session: Session, now: datetime) -> list[FeedRow]:
    """Every enabled feed's health, as /sources and /feeds show it."""
    return [
        FeedRow(
            name=h.name,
            ok=None if h.last_polled_at is None else h.state == "ok",
            last_ok=h.last_success_at,
            error=h.last_error,
            url=h.url,
        )
        for h in feed_health(session, now)
        if h.enabled
    ]


def marked_not_relevant(session: Session, limit: int = 10) -> list[FeedbackRow]:
    """The reports people marked not relevant most often, for /feedback."""
    return [
        FeedbackRow(m.report_id, m.title, m.link, m.people, m.chats)
        for m in feedback.most_marked(session, limit)
    ]
