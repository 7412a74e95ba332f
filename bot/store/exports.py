"""Cases read for export: every case not merged into another, with when it opened and changed.

`cases_for_export` rebuilds each case's record (bot.store.case_rows) and hands back plain
`CaseExport` values (bot.export), filtered by country and by a date: a case is in when it was
reported or changed on or after that day. Takes a Session owned by the caller; never commits.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.export import CaseExport, case_export
from bot.store.case_rows import Case, load_record


def cases_for_export(
    session: Session,
    *,
    since: date | None = None,
    country: str | None = None,
    newest_first: bool = False,
    limit: int | None = None,
) -> list[CaseExport]:
    """The matching cases, by case number (or most recently changed first)."""
    query = select(Case).where(Case.merged_into_id.is_(None))
    if country:
        query = query.where(Case.country == country.upper())
    if since is not None:
        midnight = datetime.combine(since, time(0), tzinfo=UTC)
        query = query.where(or_(Case.last_seen >= since, Case.updated_at >= midnight))
    order = (Case.updated_at.desc(), Case.id.desc()) if newest_first else (Case.id,)
    query = query.order_by(*order)
    if limit is not None:
        query = query.limit(limit)
    return [
        case_export(
            load_record(session, case.id), created_at=case.created_at, updated_at=case.updated_at
        )
        for case in session.scalars(query).all()
    ]
