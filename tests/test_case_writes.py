"""Linking a feed's alerts with their case writes held (bot.store.case_writes), on SQLite and
PostgreSQL: the same decisions and the same rows as writing each alert's changes at once."""

from __future__ import annotations

import random
import re
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.domain import Document, Verdict
from bot.store.base import session_scope
from bot.store.case_cache import CaseCache
from bot.store.case_rows import Case, CaseEvent, CasePlace, CaseReport, load_record
from bot.store.case_writes import CaseWrites
from bot.store.cases import attach_report
from bot.store.reports import Report
from tests.test_case_candidates import NOW, START, places, report

Factory = sessionmaker[Session]
Feed = list[tuple[int, Document, Verdict]]


def stored_feeds(session_factory: Factory) -> list[Feed]:
    """About 200 alerts on 60 incidents, stored as reports and grouped into feeds of 1 to 12."""
    rng = random.Random(20261203)
    told: list[tuple[Document, Verdict]] = []
    for _ in range(60):
        place = rng.choice(places())
        day = START + timedelta(days=rng.randrange(200))
        for _ in range(rng.choice([1, 2, 3, 5, 8])):
            told.append(report(rng, place, day + timedelta(days=rng.randrange(20))))
    rng.shuffle(told)
    feeds: list[Feed] = []
    with session_scope(session_factory) as s:
        while told:
            size = rng.randint(1, 12)
            feed, told = told[:size], told[size:]
            rows = [
                Report(key=f"k{d.id}", fingerprint=f"f{d.id}", title=d.title, summary="",
                       first_seen_at=NOW)
                for d, _ in feed
            ]  # fmt: skip
            s.add_all(rows)
            s.flush()
            feeds.append([(r.id, d, v) for r, (d, v) in zip(rows, feed, strict=True)])
    return feeds


def file(
    session: Session, feed: Feed, writes: CaseWrites | None, cache: CaseCache | None
) -> list[Any]:
    decisions = []
    for report_id, doc, verdict in feed:
        update = attach_report(
            session, report_id=report_id, doc=doc, verdict=verdict, now=NOW, cache=cache,
            just_stored=True, writes=writes,
        )  # fmt: skip
        assert update is not None
        decisions.append((update.is_new_case, update.decision.score, update.decision.why))
    if writes is not None:
        writes.flush(session)
    return decisions


def ranked(ids: list[int], value: Any) -> Any:
    """`value` with case ids replaced by their rank (PostgreSQL's sequences do not roll back)."""
    if isinstance(value, str):
        return re.sub(r"\bC(\d+)\b", lambda m: f"C#{ids.index(int(m[1]))}", value)
    if isinstance(value, list | tuple):
        return [ranked(ids, v) for v in value]
    return value


def rows(session: Session) -> dict[str, Any]:
    """What linking wrote, case ids as their rank."""
    ids = list(session.scalars(select(Case.id).order_by(Case.id)))
    rank = {case_id: n for n, case_id in enumerate(ids)}
    members = session.execute(select(CaseReport).order_by(CaseReport.id)).scalars()
    events = session.execute(select(CaseEvent)).scalars()
    return {
        "cases": [
            (rank[c.id], c.title, c.country, c.place, c.place_key, c.status, c.corroboration,
             c.report_count, c.first_seen, c.last_seen, c.named)
            for c in session.scalars(select(Case).order_by(Case.id))
        ],
        "members": [
            (m.report_id, rank[m.case_id], m.score, ranked(ids, m.why), m.facts, m.signature, m.places,
             m.mentions)
            for m in members
        ],
        "events": sorted(
            (rank[e.case_id], e.seq, e.status, e.on_date, e.report_id, e.source) for e in events
        ),
        "places": sorted(
            (rank[p.case_id], p.key, p.mention) for p in session.scalars(select(CasePlace))
        ),
        "records": [load_record(session, case_id) for case_id in ids],
        "ids": ids,
    }  # fmt: skip


def test_held_case_writes_link_and_store_what_writes_made_at_once_do(
    session_factory: Factory,
) -> None:
    feeds = stored_feeds(session_factory)
    with session_factory() as s:
        at_once = [file(s, feed, None, None) for feed in feeds]
        expected = rows(s)
        s.rollback()
    cache = CaseCache()
    held = []
    for feed in feeds:
        with session_scope(session_factory) as s:
            held.append(file(s, feed, CaseWrites(NOW), cache))
    with session_scope(session_factory) as s:
        got = rows(s)
    assert ranked(got["ids"], held) == ranked(expected["ids"], at_once)
    assert sum(not new for decisions in held for new, _, _ in decisions) > 50  # cases grow
    for part in ("cases", "members", "events", "places"):
        assert got[part] == expected[part], part
    assert [r.members for r in got["records"]] == [r.members for r in expected["records"]]


def test_held_case_writes_are_made_when_the_transaction_commits(session_factory: Factory) -> None:
    feed = max(stored_feeds(session_factory), key=len)
    with session_scope(session_factory) as s:
        writes = CaseWrites(NOW)
        for report_id, doc, verdict in feed:
            attach_report(
                s, report_id=report_id, doc=doc, verdict=verdict, now=NOW, just_stored=True,
                writes=writes,
            )  # fmt: skip
        held = dict(writes.records)
    with session_scope(session_factory) as s:
        assert {i: load_record(s, i) for i in held} == held


def test_a_member_row_for_a_report_already_in_a_case_fails_as_it_did(
    session_factory: Factory,
) -> None:
    """The member rows go to the driver as a plain INSERT: a report linked twice (two workers
    racing) still fails the transaction, rather than leaving a record the rows do not hold."""
    feed = max(stored_feeds(session_factory), key=len)
    with session_scope(session_factory) as s:
        file(s, feed, CaseWrites(NOW), None)
    with session_factory() as s, pytest.raises(IntegrityError):
        file(s, feed[:1], CaseWrites(NOW), None)
