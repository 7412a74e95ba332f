"""Case records kept by the poller, so that linking an alert reads its candidates from memory.

Linking compares a report with every open case it could join. Rebuilt from their rows for every
alert, those records were most of a first poll's CPU, and more so the more cases there were (issue
14: 38 ms per alert at 300 alerts, 126 ms at 1,200). The poller keeps one `CaseCache` for its
life (one per cycle read every candidate of a steady cycle's few alerts again: 9 ms an alert);
the case store keeps here each record it loads or changes, under the case's version (its
`updated_at` and `report_count`, which the candidate query returns with the ids), and reuses a
record only while the version in the database is the same: a case another worker or an operator
changed meanwhile is read again. A record changed in a transaction is seen by that transaction at
once and by the others only once it commits (`after_commit`), so a link that is rolled back leaves
nothing behind. Least recently used records go first once the records hold more than `limit`
members in all, so memory stays flat however many cases a cycle touches, and however large. Thread-safe: the poller's database runner may have several threads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import datetime

from sqlalchemy import event
from sqlalchemy.orm import Session

from bot.cases import CaseRecord

Version = tuple[datetime, int]  # (updated_at, report_count)
_Entry = tuple[Version, CaseRecord]
_PENDING = "repatwatch.case_cache.pending"
_LISTENING = "repatwatch.case_cache.listening"
# Members (reports) held, all records together: about 3 KB each (the member with its compact
# MinHash signature, and the record's own entry for each source), so some 36 MB at most: a first
# poll of 1,000 feeds (8,900 alerts) then misses nothing and peaks at 158 MB (bench/pipeline.py);
# a miss costs a read of the case (store.case_rows).
DEFAULT_LIMIT = 12_000


class CaseCache:
    """Case records by id and version, for one poll cycle."""

    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        self._limit = limit  # members, over all records
        self._records: OrderedDict[int, _Entry] = OrderedDict()
        self._members = 0
        self._lock = threading.Lock()

    def get(self, session: Session, case_id: int, version: Version) -> CaseRecord | None:
        """The record of `case_id` if it is known at `version` (this transaction's own first)."""
        pending: dict[int, _Entry] = session.info.get(_PENDING, {})
        entry = pending.get(case_id)
        if entry is None:
            with self._lock:
                entry = self._records.get(case_id)
                if entry is not None:
                    self._records.move_to_end(case_id)
        if entry is None or entry[0] != version:
            return None
        return entry[1]

    def put(self, session: Session, case_id: int, version: Version, record: CaseRecord) -> None:
        """Keep `record` as `case_id` at `version`, for the others once `session` commits."""
        if _LISTENING not in session.info:
            session.info[_LISTENING] = True
            event.listen(session, "after_commit", self._publish)
            event.listen(session, "after_rollback", self._discard)
        session.info.setdefault(_PENDING, {})[case_id] = (version, record)

    def __len__(self) -> int:
        return len(self._records)

    def _publish(self, session: Session) -> None:
        pending: dict[int, _Entry] = session.info.pop(_PENDING, {})
        with self._lock:
            for case_id, entry in pending.items():
                old = self._records.pop(case_id, None)
                if old is not None:
                    self._members -= len(old[1].members)
                self._records[case_id] = entry
                self._members += len(entry[1].members)
            while self._members > self._limit and len(self._records) > 1:
                _, (_, dropped) = self._records.popitem(last=False)
                self._members -= len(dropped.members)

    def _discard(self, session: Session) -> None:
        session.info.pop(_PENDING, None)
