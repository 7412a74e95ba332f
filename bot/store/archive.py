"""The source archive in the database: a compressed copy of what was seen of each report.

One row per report and kind: its feed `entry` (kept when the report is first stored, in the same
transaction) and, where the operator turned the archive on, its article `page`, fetched once. A
page row is claimed before the fetch (state `fetching`, unique per report), so two workers never
fetch one page; a claim older than CLAIM_STALE (a worker died mid-fetch) is taken again. Each copy
keeps its SHA-256, size, media type, HTTP status and fetch time; a failed fetch keeps its error.
Functions take a Session owned by the caller and never commit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import (
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    exists,
    select,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.archive import pack, unpack
from bot.store.base import Base, conflict_insert
from bot.store.bulk import RowsInsert
from bot.store.reports import Report

CLAIM_STALE = timedelta(hours=1)
ARCHIVED_TIERS = ("alert", "related")


class CopyKind(StrEnum):
    ENTRY = "entry"
    PAGE = "page"


class CopyState(StrEnum):
    KEPT = "kept"
    FETCHING = "fetching"
    FAILED = "failed"


class ArchivedCopy(Base):
    __tablename__ = "report_archive"
    __table_args__ = (UniqueConstraint("report_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))
    url: Mapped[str | None] = mapped_column(Text)
    fetched_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(8), index=True)
    sha256: Mapped[str | None] = mapped_column(String(64))
    size: Mapped[int | None] = mapped_column(Integer)
    content_type: Mapped[str | None] = mapped_column(String(200))
    http_status: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
    data: Mapped[bytes | None] = mapped_column(LargeBinary)


# One statement for every feed's entries, its rows handed to the driver as they are (bot.store.bulk).
_ARCHIVE: Table = ArchivedCopy.__table__  # type: ignore[assignment]
_KEEP_ENTRIES = RowsInsert(
    _ARCHIVE,
    ("report_id", "kind", "url", "fetched_at", "state", "sha256", "size", "content_type", "data"),
)
_ENTRY, _KEPT, _JSON = CopyKind.ENTRY.value, CopyState.KEPT.value, "application/json"


@dataclass(frozen=True, slots=True)
class Copy:
    """One archived copy, decompressed (`seen` is None for a failed or unfinished fetch)."""

    kind: CopyKind
    url: str | None
    fetched_at: datetime
    state: CopyState
    sha256: str | None
    size: int | None
    content_type: str | None
    http_status: int | None
    error: str | None
    seen: bytes | None


def keep_entries(
    session: Session, entries: Sequence[tuple[int, str | None, bytes]], now: datetime
) -> None:
    """Keep the feed entry of each new report: (report id, its link, the entry's bytes)."""
    rows = []
    for report_id, url, seen in entries:
        packed = pack(seen)
        rows.append(
            (report_id, _ENTRY, url, now, _KEPT, packed.sha256, packed.size, _JSON, packed.data)
        )
    _KEEP_ENTRIES(session, rows)


def claim_pages(
    session: Session, *, now: datetime, since: datetime, limit: int
) -> list[tuple[int, str]]:
    """Up to `limit` (report id, link) whose page is to be fetched now, claimed for this caller:
    flagged reports (alert or related) first stored since `since`, with no page copy yet."""
    no_page = ~exists().where(
        ArchivedCopy.report_id == Report.id, ArchivedCopy.kind == CopyKind.PAGE.value
    )
    wanted = session.execute(
        select(Report.id, Report.link)
        .where(
            Report.link.is_not(None),
            Report.tier.in_(ARCHIVED_TIERS),
            Report.first_seen_at >= since,
            no_page,
        )
        .order_by(Report.id.desc())
        .limit(limit)
    ).all()
    claimed: list[tuple[int, str]] = []
    for report_id, link in wanted:
        inserted = session.execute(
            conflict_insert(session, ArchivedCopy)
            .values(
                report_id=report_id,
                kind=CopyKind.PAGE.value,
                url=link,
                fetched_at=now,
                state=CopyState.FETCHING.value,
            )
            .on_conflict_do_nothing()
            .returning(ArchivedCopy.id)
        ).first()
        if inserted is not None:
            claimed.append((report_id, str(link)))
    stale = session.execute(
        update(ArchivedCopy)
        .where(
            and_(
                ArchivedCopy.kind == CopyKind.PAGE.value,
                ArchivedCopy.state == CopyState.FETCHING.value,
                ArchivedCopy.fetched_at < now - CLAIM_STALE,
            )
        )
        .values(fetched_at=now)
        .returning(ArchivedCopy.report_id, ArchivedCopy.url)
    ).all()
    return claimed + [(rid, str(url)) for rid, url in stale][: max(limit - len(claimed), 0)]


def keep_page(
    session: Session,
    report_id: int,
    *,
    seen: bytes,
    final_url: str,
    content_type: str | None,
    status: int,
    now: datetime,
) -> None:
    packed = pack(seen)
    session.execute(
        update(ArchivedCopy)
        .where(ArchivedCopy.report_id == report_id, ArchivedCopy.kind == CopyKind.PAGE.value)
        .values(
            url=final_url,
            fetched_at=now,
            state=CopyState.KEPT.value,
            sha256=packed.sha256,
            size=packed.size,
            content_type=(content_type or "")[:200] or None,
            http_status=status,
            error=None,
            data=packed.data,
        )
    )


def page_failed(
    session: Session, report_id: int, *, error: str, status: int | None, now: datetime
) -> None:
    session.execute(
        update(ArchivedCopy)
        .where(ArchivedCopy.report_id == report_id, ArchivedCopy.kind == CopyKind.PAGE.value)
        .values(
            fetched_at=now, state=CopyState.FAILED.value, http_status=status, error=error[:1000]
        )
    )


def copies(session: Session, report_id: int) -> list[Copy]:
    """Every copy kept of the report, decompressed and checked against its SHA-256."""
    rows = session.scalars(
        select(ArchivedCopy).where(ArchivedCopy.report_id == report_id).order_by(ArchivedCopy.kind)
    )
    return [
        Copy(
            CopyKind(row.kind),
            row.url,
            row.fetched_at,
            CopyState(row.state),
            row.sha256,
            row.size,
            row.content_type,
            row.http_status,
            row.error,
            unpack(row.data, row.sha256) if row.data is not None and row.sha256 else None,
        )
        for row in rows
    ]


def archived_pages(session: Session, report_ids: Iterable[int]) -> set[int]:
    """Which of these reports have their page kept."""
    ids = list(report_ids)
    if not ids:
        return set()
    query = select(ArchivedCopy.report_id).where(
        ArchivedCopy.report_id.in_(ids),
        ArchivedCopy.kind == CopyKind.PAGE.value,
        ArchivedCopy.state == CopyState.KEPT.value,
    )
    return set(session.scalars(query))
