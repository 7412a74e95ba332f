"""An operator's status correction as one unit of work: recorded, then told to the case's followers.

`/setstatus` (bot.tg.operators) and `repatwatch case ID --status` (bot.commands.cases) both call
`set_status`, in one transaction: the correction goes through the case store (who made it and
when), and when it moves the case's status, every chat following the case is owed the news like
any status change (bot.owing): a reply to its first alert on the case, urgent when the case now
faces repatriation or was repatriated (bot.urgency), held by quiet hours or the digest otherwise.
Calls the store in order; no SQL here.
"""

from __future__ import annotations

from datetime import datetime

from bot.cases import CaseRecord
from bot.domain import Status
from bot.owing import Owed
from bot.store import cases as case_store
from bot.store import corrections
from bot.store.base import Session
from bot.urgency import is_urgent


def set_status(
    session: Session, case_id: str | int, status: Status, *, actor: str, now: datetime
) -> CaseRecord:
    """Set the case's status as `actor`; its followers are owed the change when it moved."""
    before = case_store.get_case(session, case_id)
    record = corrections.set_status(session, case_id, status, actor=actor, now=now)
    if before is not None and record.status is not None and record.status is not before.status:
        number = case_store.parse_case_id(record.id)
        owed = Owed(session, now)
        owed.correction(
            number,
            record,
            urgent=is_urgent(new_case=False, status=record.status, status_changed=True),
            dedupe_key=f"status:{number}:{record.status.value}:{now.isoformat()}",
        )
        owed.flush()
    return record
