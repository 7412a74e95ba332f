"""Console mode: what each poll cycle filed, printed in the terminal, then the cases it touched.

Without a Telegram token, `repatwatch run` hands each poll cycle's events (bot.ingest.ReportEvent)
to a `ConsoleSink`, and the demo hands it its one poll's: the first report of a case (or a report in
no case) prints as a full alert, a later one as a case update (with the status change spelled out),
and then every case the events touched prints once with its current summary; the reports and the
cases are read from the store (events carry ids).
Reports older than the freshness window (`ReportEvent.news` False) are history and print nothing,
as they alert nobody on Telegram.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.cases import CaseRecord
from bot.console import ConsoleNotifier
from bot.domain import Document
from bot.ingest import ReportEvent
from bot.store import cases as case_store
from bot.store import reports as report_store
from bot.store.base import DbRunner, Session
from bot.store.reports import FiledReport
from bot.summary import summarise


class ConsoleSink:
    """Prints each cycle's alerts and case updates, then the touched cases' summaries."""

    def __init__(self, notifier: ConsoleNotifier, db: DbRunner) -> None:
        self.notifier = notifier
        self._db = db

    async def __call__(self, events: Sequence[ReportEvent]) -> None:
        news = [event for event in events if event.news]
        reports = await self._db(report_store.filed, [event.report_id for event in news])
        self.show([(event, reports[event.report_id]) for event in news])
        await self.summaries(news)

    def show(self, events: Sequence[tuple[ReportEvent, FiledReport]]) -> None:
        for event, report in events:
            doc = Document(
                str(report.id),
                report.title,
                report.summary,
                report.language,
                report.link,
                event.day,
                event.source,
            )
            case = event.case
            if case is None or case.is_new:
                self.notifier.alert(
                    doc,
                    report.verdict,
                    case_id=case.case_id if case else None,
                    source=event.source,
                )
            else:
                self.notifier.case_update(
                    doc,
                    report.verdict,
                    case_id=case.case_id,
                    previous_status=case.previous_status if case.status_changed else None,
                    source=event.source,
                )

    async def summaries(self, events: Sequence[ReportEvent]) -> None:
        """The current summary of every case these events touched, once each."""
        case_ids = list(dict.fromkeys(e.case.case_id for e in events if e.case is not None))
        for case_id, record in await self._db(_cases, case_ids):
            self.notifier.case_summary(case_id, summarise(record), title=record.title)


def _cases(session: Session, case_ids: Sequence[str]) -> list[tuple[str, CaseRecord]]:
    found = ((case_id, case_store.get_case(session, case_id)) for case_id in case_ids)
    return [(case_id, record) for case_id, record in found if record is not None]
