"""A poll cycle's case records, on SQLite and PostgreSQL: what linking reads from memory is what the
rows say, a rolled-back link leaves nothing behind, a case changed meanwhile is read again."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.cases import CaseRecord
from bot.domain import Document, Facts, Status, Tier, Verdict
from bot.store.base import session_scope
from bot.store.case_cache import CaseCache
from bot.store.case_rows import load_record, load_records
from bot.store.cases import CaseUpdate, attach_report, parse_case_id
from bot.store.corrections import merge_cases, set_status
from bot.store.reports import Report

T0 = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)
Factory = sessionmaker[Session]
# (key, text, outlet, language): one arrest told three times, in two languages.
TOLD = [
    ("a1", "Police in Dandong held six North Korean women at a bus station, a pastor said.",
     "Eastgate Wire", "en"),
    ("a2", "단둥 공안이 버스터미널에서 탈북 여성 6명을 붙잡았다고 한 목사가 전했다.", "한빛일보", "ko"),
    ("a3", "The six women detained in Dandong last week may be sent back, activists fear.",
     "Harbour Times", "en"),
]  # fmt: skip


class Rollback(Exception):
    pass


def file(
    factory: Factory,
    n: int,
    now: datetime,
    cache: CaseCache,
    *,
    fail: bool = False,
    day: date | None = None,
) -> CaseUpdate:
    key, text, outlet, lang = TOLD[n]
    with session_scope(factory) as s:
        report = Report(
            key=f"https://news.example/{key}",
            fingerprint=f"fp-{key}",
            title=text[:40],
            summary=text,
            first_seen_at=now,
        )
        s.add(report)
        s.flush()
        when = day or date(2025, 3, 4 + n)
        doc = Document(key, text[:40], text, lang, f"https://news.example/{key}", when, outlet)
        facts = Facts(country="CN", place="Dandong", people=6, status=Status.DETAINED)
        verdict = Verdict(Tier.ALERT, 1.0, facts)
        update = attach_report(
            s, report_id=report.id, doc=doc, verdict=verdict, now=now, cache=cache
        )
        assert update is not None
        if fail:
            raise Rollback
        return update


def read_back(factory: Factory, case_id: str) -> CaseRecord:
    with session_scope(factory) as s:
        return load_record(s, parse_case_id(case_id))


def test_the_records_linking_keeps_are_those_the_rows_give_back(
    session_factory: Factory,
) -> None:
    cache = CaseCache()
    updates = [file(session_factory, n, T0 + timedelta(minutes=n), cache) for n in range(3)]
    assert len({u.case_id for u in updates}) == 1
    for update in updates[1:]:
        assert not update.is_new_case
    assert updates[-1].record == read_back(session_factory, updates[-1].case_id)
    assert len(updates[-1].record.members) == 3


def test_a_link_that_is_rolled_back_leaves_nothing_in_the_cycles_records(
    session_factory: Factory,
) -> None:
    cache = CaseCache()
    first = file(session_factory, 0, T0, cache)
    with pytest.raises(Rollback):
        file(session_factory, 1, T0 + timedelta(minutes=1), cache, fail=True)
    last = file(session_factory, 2, T0 + timedelta(minutes=2), cache)
    assert last.case_id == first.case_id
    assert [m.source for m in last.record.members] == ["Eastgate Wire", "Harbour Times"]
    assert last.record == read_back(session_factory, last.case_id)


def test_a_case_an_operator_changed_during_the_cycle_is_read_again(
    session_factory: Factory,
) -> None:
    cache = CaseCache()
    first = file(session_factory, 0, T0, cache)
    with session_scope(session_factory) as s:
        set_status(s, first.case_id, Status.RELEASED, actor="mina", now=T0 + timedelta(minutes=1))
    later = file(session_factory, 1, T0 + timedelta(minutes=2), cache)
    assert later.case_id == first.case_id
    assert [c.actor for c in later.record.operator_statuses] == ["mina"]
    assert later.record == read_back(session_factory, later.case_id)


def test_the_cycles_records_stay_within_their_limit_of_members(session_factory: Factory) -> None:
    cache = CaseCache(limit=2)
    months_apart = [date(2025, 3, 4) + timedelta(days=200 * n) for n in range(3)]
    updates = [file(session_factory, n, T0, cache, day=months_apart[n]) for n in range(3)]
    assert all(u.is_new_case for u in updates)
    assert len(cache) == 2


def test_cases_read_together_are_the_records_each_reads_alone(session_factory: Factory) -> None:
    cache = CaseCache()
    apart = [date(2025, 3, 4) + timedelta(days=200 * n) for n in range(3)]
    ids = [file(session_factory, n, T0, cache, day=apart[n]).case_id for n in range(3)]
    with session_scope(session_factory) as s:
        set_status(s, ids[0], Status.RELEASED, actor="mina", now=T0 + timedelta(minutes=1))
        merge_cases(s, ids[1], ids[2], actor="mina", now=T0 + timedelta(minutes=2))
    with session_scope(session_factory) as s:
        numbers = [parse_case_id(i) for i in ids]
        together = load_records(s, numbers)
        assert together == {n: load_record(s, n) for n in numbers}
    assert together[numbers[0]].status is Status.RELEASED
    assert len(together[numbers[1]].members) == 2
