"""From new reports to verdicts, cases and alerts, inside the transaction that stored the reports.

The poller calls `Pipeline.on_new_reports` before it commits a feed's new reports, so a report, its
verdict, its case and the outbox rows for every chat that must be told are committed together or
not at all: a crash can neither lose an alert nor enqueue it twice (outbox rows are unique per chat
and report). What happened is also kept as `PipelineEvent`s for console mode to print.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from bot.codec import verdict_to_json
from bot.domain import Document, NewReport, Tier, Verdict
from bot.store import cases as case_store
from bot.store import outbox as outbox_store
from bot.store.cases import CaseUpdate
from bot.store.reports import Report
from bot.tg.alerts import alert_view
from bot.tg.fanout import owed_messages

Classify = Callable[[Document], Verdict]


@dataclass(frozen=True, slots=True)
class PipelineEvent:
    """One classified report that was not ignored, and what it did to its case."""

    report_id: int
    doc: Document
    verdict: Verdict
    case: CaseUpdate | None
    recipients: int


def document_for(report: NewReport) -> Document:
    item = report.item
    return Document(
        id=str(report.report_id),
        title=item.title,
        text=item.summary,
        lang=item.language,
        url=item.link,
        date=(item.published or report.first_seen_at).date(),
        source=item.source or report.feed_name,
    )


class Pipeline:
    """Classifies new reports, links alerts into cases and enqueues the alerts, all in-transaction."""

    def __init__(self, classify: Classify) -> None:
        self._classify = classify
        self._events: list[PipelineEvent] = []
        self._lock = threading.Lock()

    def on_new_reports(self, session: Session, reports: list[NewReport], now: datetime) -> None:
        for report in reports:
            doc = document_for(report)
            verdict = self._classify(doc)
            save_verdict(session, report.report_id, verdict, now)
            if verdict.tier is Tier.IGNORE:
                continue
            update = case_store.attach_report(
                session, report_id=report.report_id, doc=doc, verdict=verdict, now=now
            )
            view = alert_view(
                report_id=report.report_id,
                title=doc.title,
                verdict=verdict,
                case_id=case_store.parse_case_id(update.case_id) if update else None,
                excerpt=doc.text,
                link=doc.url,
                source=doc.source,
                published=report.item.published,
            )
            status_changed = bool(update and update.status_changed and not update.is_new_case)
            rows = owed_messages(session, view, status_changed=status_changed, now=now)
            outbox_store.enqueue(session, rows, now=now)
            with self._lock:
                self._events.append(
                    PipelineEvent(report.report_id, doc, verdict, update, len(rows))
                )

    def take_events(self) -> list[PipelineEvent]:
        """The events since the last call (for console mode)."""
        with self._lock:
            events, self._events = self._events, []
        return events


def save_verdict(session: Session, report_id: int, verdict: Verdict, now: datetime) -> None:
    session.execute(
        update(Report)
        .where(Report.id == report_id)
        .values(
            tier=verdict.tier.value,
            score=verdict.score,
            verdict=verdict_to_json(verdict),
            classified_at=now,
        )
    )
