"""Reports and where each was seen: the tables that make "store every new report exactly once" true.

A report is one story; `key` (guid, canonical link or content hash) and `fingerprint` (the same for
syndicated near-copies under other URLs) are both unique, so the database, not Python, refuses a
duplicate. A sighting records that a feed carried a report under an entry key; (feed, entry key) is
unique, so re-reading a feed adds nothing. Writes are `INSERT ... ON CONFLICT DO NOTHING` statements
of many rows, handed to the driver as tuples (bot.store.bulk: reports in multi-row VALUES with
RETURNING, sightings to executemany), safe against concurrent workers and re-runs after a crash. A report classified before it is stored
(`unseen_items`, then `add_items(..., verdicts=)`) gets its verdict in its INSERT; verdicts given
later are one executemany UPDATE.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.codec import verdict_from_json, verdict_to_json
from bot.domain import Item, NewReport, Verdict
from bot.store.base import Base
from bot.store.bulk import RowsInsert
from bot.store.driver_query import DriverQuery

_T = TypeVar("_T")

CHUNK = 500  # values per IN (...) lookup: well below SQLite's bound-parameter limit
_GLOBAL_PREFIXES = ("sha256:", "tag:", "urn:")


class Report(Base):
    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)
    fingerprint: Mapped[str] = mapped_column(String(128), unique=True)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None]
    language: Mapped[str | None] = mapped_column(String(16))
    first_seen_at: Mapped[datetime] = mapped_column(index=True)
    # Filled by the classification pipeline, in the same transaction that stores the report.
    tier: Mapped[str | None] = mapped_column(String(16))
    score: Mapped[float | None] = mapped_column(Float)
    verdict: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    classified_at: Mapped[datetime | None]


class ReportSighting(Base):
    __tablename__ = "report_sightings"
    __table_args__ = (UniqueConstraint("feed_id", "entry_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"))
    entry_key: Mapped[str] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[datetime]


_REPORTS: Table = Report.__table__  # type: ignore[assignment]
_SIGHTINGS: Table = ReportSighting.__table__  # type: ignore[assignment]
# Executed with a list of rows: SET takes each row's column values, WHERE its report_id.
_SAVE_VERDICT = update(_REPORTS).where(_REPORTS.c.id == bindparam("report_id"))
_ADD_SIGHTINGS = RowsInsert(_SIGHTINGS, ("report_id", "feed_id", "entry_key", "link", "seen_at"))
_REPORT_COLUMNS = (
    "key",
    "fingerprint",
    "title",
    "summary",
    "link",
    "published_at",
    "language",
    "first_seen_at",
)
_ADD_REPORTS = RowsInsert(_REPORTS, _REPORT_COLUMNS, returning=("key", "id"))
# The reports an insert left alone (a key or fingerprint stored before), on the driver's cursor
# (bot.store.driver_query): through the ORM's execution path the lookup cost a millisecond.
_MATCHING = DriverQuery(
    select(_REPORTS.c.id, _REPORTS.c.key, _REPORTS.c.fingerprint).where(
        or_(
            _REPORTS.c.key.in_(bindparam("keys", expanding=True)),
            _REPORTS.c.fingerprint.in_(bindparam("fingerprints", expanding=True)),
        )
    ),
    lists=("keys", "fingerprints"),
)
_ADD_JUDGED_REPORTS = RowsInsert(
    _REPORTS,
    (*_REPORT_COLUMNS, "tier", "score", "verdict", "classified_at"),
    returning=("key", "id"),
)


def _chunks(rows: Sequence[_T]) -> Iterable[Sequence[_T]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def _unique_by_key(items: Iterable[Item]) -> list[Item]:
    seen: dict[str, Item] = {}
    for item in items:
        seen.setdefault(item.key, item)
    return list(seen.values())


def _already_seen(session: Session, feed_id: int, items: Sequence[Item]) -> set[str]:
    seen: set[str] = set()
    for chunk in _chunks(items):
        query = select(ReportSighting.entry_key).where(
            ReportSighting.feed_id == feed_id,
            ReportSighting.entry_key.in_([item.key for item in chunk]),
        )
        seen.update(session.scalars(query))
    return seen


def report_key(entry_key: str, scope: str) -> str:
    """The report's global key: URLs, tag:/urn: ids and content hashes are global already; an
    opaque guid ("12345") is only unique within its publisher, so it is prefixed with `scope`."""
    if "://" in entry_key or entry_key.startswith(_GLOBAL_PREFIXES):
        return entry_key
    return f"{scope}#{entry_key}"


def _report_row(item: Item, key: str, now: datetime) -> tuple[Any, ...]:
    return (
        key,
        item.fingerprint,
        item.title,
        item.summary,
        item.link,
        item.published,
        item.language,
        now,
    )


def _verdict_columns(verdict: Verdict, now: datetime) -> dict[str, Any]:
    return {
        "tier": verdict.tier.value,
        "score": verdict.score,
        "verdict": verdict_to_json(verdict),
        "classified_at": now,
    }


def _insert_reports(
    session: Session,
    items: Sequence[Item],
    keys: dict[str, str],
    now: datetime,
    verdicts: Mapping[str, Verdict] | None,
) -> dict[str, int]:
    """Insert what is new; returns {report key: id} of the reports this call created."""
    rows = [_report_row(item, keys[item.key], now) for item in items]
    if verdicts is None:  # the verdict columns left out, so NULL (a JSON null is not NULL)
        return dict(_ADD_REPORTS.returning(session, rows))
    as_json = _VerdictJson()
    judged = [
        (*row, verdict.tier.value, verdict.score, as_json(verdict), now)
        for row, verdict in zip(rows, (verdicts[item.key] for item in items), strict=True)
    ]
    return dict(_ADD_JUDGED_REPORTS.returning(session, judged))


class _VerdictJson:
    """`verdict_to_json`, once per distinct verdict of a batch: most of a feed's items get the
    same empty IGNORE verdict, and the one dictionary is then encoded once (bot.store.bulk).
    A verdict object met before is found by its id (the batch's mapping holds it): hashing a
    verdict's fields cost more than the rest of its row."""

    def __init__(self) -> None:
        self._seen: dict[tuple[Verdict, str], dict[str, Any]] = {}
        self._by_id: dict[int, dict[str, Any]] = {}

    def __call__(self, verdict: Verdict) -> dict[str, Any]:
        found = self._by_id.get(id(verdict))
        if found is not None:
            return found
        key = (verdict, repr(verdict.score))  # 0.0 and -0.0 are equal, but not as JSON
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = verdict_to_json(verdict)
        self._by_id[id(verdict)] = found
        return found


def _report_ids(session: Session, items: Sequence[Item], keys: dict[str, str]) -> dict[str, int]:
    """{report key: report id} for each item, matching the report by key, else by fingerprint."""
    by_key: dict[str, int] = {}
    by_fingerprint: dict[str, int] = {}
    session.flush()  # the driver's cursor skips the session's autoflush
    for chunk in _chunks(items):
        wanted = {
            "keys": _padded([keys[item.key] for item in chunk]),
            "fingerprints": _padded([item.fingerprint for item in chunk]),
        }
        for id_, key, fingerprint in _MATCHING.rows(session, wanted):
            by_key[key] = id_
            by_fingerprint[fingerprint] = id_
    found: dict[str, int] = {}
    for item in items:
        key = keys[item.key]
        match = by_key.get(key) or by_fingerprint.get(item.fingerprint)
        if match is not None:
            found[key] = match
    return found


def _insert_sightings(
    session: Session,
    feed_id: int,
    items: Sequence[Item],
    keys: dict[str, str],
    ids: dict[str, int],
    now: datetime,
) -> int:
    rows = [
        (ids[keys[item.key]], feed_id, item.key, item.link, now)
        for item in items
        if keys[item.key] in ids
    ]
    return _ADD_SIGHTINGS(session, rows)


def _padded(values: list[str]) -> list[str]:
    """`values` repeated at the end up to a power of two: the same IN list to SQL, and a handful
    of statements for `_MATCHING` to compile rather than one for every length."""
    return values + values[-1:] * ((1 << (len(values) - 1).bit_length()) - len(values))


def unseen_items(
    session: Session, feed_id: int, items: Sequence[Item], *, first_poll: bool = False
) -> list[Item]:
    """The items `feed_id` has not carried before, each entry key once, in feed order; on the
    feed's `first_poll` (it never stored a poll) there are no sightings to look up."""
    unique = _unique_by_key(items)
    seen = set() if first_poll else _already_seen(session, feed_id, unique)
    return [item for item in unique if item.key not in seen]


def add_items(
    session: Session,
    feed_id: int,
    feed_name: str,
    items: Sequence[Item],
    now: datetime,
    *,
    scope: str,
    first_poll: bool = False,
    verdicts: Mapping[str, Verdict] | None = None,
) -> tuple[list[NewReport], int]:
    """Record that `feed_id` carried `items`: new reports plus new sightings, in the caller's
    transaction. `scope` (the publisher's host) qualifies opaque guids. `verdicts` (by entry key)
    are the verdicts on the items `unseen_items` found in this transaction: only those items are
    stored, each report with its verdict in its INSERT. Returns the reports created now and how
    many sightings were new."""
    if verdicts is None:
        fresh = unseen_items(session, feed_id, items, first_poll=first_poll)
    else:
        fresh = [item for item in _unique_by_key(items) if item.key in verdicts]
    if not fresh:
        return [], 0
    keys = {item.key: report_key(item.key, scope) for item in fresh}
    # A fixed insertion order keeps two workers inserting the same stories from deadlocking.
    ordered = sorted(fresh, key=lambda i: keys[i.key])
    created = _insert_reports(session, ordered, keys, now, verdicts)
    ids = dict(created)
    missing = [item for item in fresh if keys[item.key] not in ids]
    if missing:
        ids.update(_report_ids(session, missing, keys))
    sightings = _insert_sightings(session, feed_id, fresh, keys, ids, now)
    new_reports = [
        NewReport(created[keys[item.key]], feed_id, feed_name, item, now)
        for item in fresh
        if keys[item.key] in created
    ]
    return new_reports, sightings


def save_verdicts(
    session: Session, verdicts: Sequence[tuple[int, Verdict]], now: datetime
) -> None:
    """Record the classifier's verdicts on stored reports: one executemany UPDATE by id."""
    if not verdicts:
        return
    rows = [
        {"report_id": report_id, **_verdict_columns(verdict, now)}
        for report_id, verdict in verdicts
    ]
    session.execute(_SAVE_VERDICT, rows)


def last_alert_at(session: Session) -> datetime | None:
    """When the latest alert was classified (for the health line)."""
    return session.scalar(select(func.max(Report.classified_at)).where(Report.tier == "alert"))


@dataclass(frozen=True, slots=True)
class FiledReport:
    """A stored report as console mode shows it: its text and the classifier's verdict."""

    id: int
    title: str
    summary: str
    link: str | None
    language: str | None
    verdict: Verdict


def filed(session: Session, report_ids: Sequence[int]) -> dict[int, FiledReport]:
    """The classified reports among `report_ids`, by id."""
    found: dict[int, FiledReport] = {}
    for chunk in _chunks(list(report_ids)):
        query = select(
            Report.id, Report.title, Report.summary, Report.link, Report.language, Report.verdict
        ).where(Report.id.in_(chunk), Report.verdict.is_not(None))
        for id_, title, summary, link, language, verdict in session.execute(query):
            found[id_] = FiledReport(
                id_, title, summary, link, language, verdict_from_json(verdict)
            )
    return found


def names_in(session: Session, report_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """The people each report names, from its stored verdict (for hiding them in a chat)."""
    if not report_ids:
        return {}
    rows = session.execute(select(Report.id, Report.verdict).where(Report.id.in_(report_ids)))
    found: dict[int, tuple[str, ...]] = {}
    for report_id, verdict in rows:
        names = (verdict or {}).get("names") or []  # facts sit at the top (bot.codec)
        found[report_id] = tuple(str(n) for n in names)
    return found


def titles(session: Session, report_ids: Sequence[int]) -> dict[int, tuple[str, str | None]]:
    """Each report's title and link (a digest lists reports that are in no case this way)."""
    if not report_ids:
        return {}
    query = select(Report.id, Report.title, Report.link).where(Report.id.in_(report_ids))
    return {report_id: (title, link) for report_id, title, link in session.execute(query)}
