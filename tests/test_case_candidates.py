"""Linking's candidate cases, on SQLite and PostgreSQL: the query that narrows them leaves out no
case the linker would join, across scripts, time windows, countries, places and names."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from bot.cases import CaseRecord, ReportRef, link_report, make_ref
from bot.cases.minhash import expand
from bot.cases.places import is_area
from bot.domain import Document, Facts, Status, Tier, Verdict
from bot.reference import Place, gazetteer
from bot.store.base import make_engine, make_session_factory, session_scope, upgrade
from bot.store.case_cache import CaseCache
from bot.store.case_candidates import candidate_cases
from bot.store.case_rows import Case, load_record
from bot.store.cases import attach_report
from bot.store.reports import Report

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
START = date(2024, 9, 1)
Factory = sessionmaker[Session]
NAMES = ["Choe Myong-bok", "최명복", "Ri Kum-sun", "리금순", "Pak Chol", "Kim Yong-ho"]
STATUSES = list(Status)
# Each script's way of saying that people were held somewhere, written for this test.
SAYINGS = {
    "latin": "Police held {n} North Korean defectors in {place}, a church group said.",
    "hangul": "{place}에서 탈북민 {n}명이 붙잡혔다고 한 교회 단체가 전했다.",
    "han": "据教会团体称，{n}名脱北者在{place}被扣押。",
}


def places() -> list[Place]:
    return [p for p in gazetteer().places.values() if p.country not in ("KP", "KR")]


def script(spelling: str) -> str:
    first = spelling[0]
    if first.isascii():
        return "latin"
    return "hangul" if "\uac00" <= first <= "\ud7a3" else "han"


def telling(rng: random.Random, place: Place, n: int) -> str:
    spellings = [s.rstrip("*") for s in place.spellings if script(s) in SAYINGS]
    spelling = rng.choice(spellings)
    text = SAYINGS[script(spelling)].format(place=spelling, n=n)
    if rng.random() < 0.3:  # a second place named in passing
        other = rng.choice(places())
        text += f" {other.name_en} was mentioned too."
    return text


def report(
    rng: random.Random, place: Place, day: date, *, people: int | None = None
) -> tuple[Document, Verdict]:
    n = people or rng.choice([1, 2, 3, 5, 6, 9, 12, 19, 30])
    text = telling(rng, place, n)
    names = tuple(rng.sample(NAMES, rng.choice([0, 0, 0, 1, 2])))
    # Some reports give no country, some a misread one (South Korea, whose ministry spoke).
    country = rng.choice([place.country, place.country, place.country, None, "KR"])
    facts = Facts(
        country=country,
        place=text.split(" in ")[-1].split(",")[0] if script(text) == "latin" else None,
        people=n,
        status=rng.choice(STATUSES),
        names=names,
        date=day - timedelta(days=rng.choice([0, 1, 3])) if rng.random() < 0.4 else None,
    )
    doc = Document(str(rng.random()), text[:60], text, None, None, day, rng.choice(["A", "B"]))
    return doc, Verdict(Tier.ALERT, 1.0, facts)


def store(session: Session, doc: Document, verdict: Verdict) -> None:
    row = Report(
        key=f"k{doc.id}", fingerprint=f"f{doc.id}", title=doc.title, summary="", first_seen_at=NOW
    )
    session.add(row)
    session.flush()
    attach_report(session, report_id=row.id, doc=doc, verdict=verdict, now=NOW)


def every_open_case(session: Session) -> list[CaseRecord]:
    ids = session.scalars(
        select(Case.id)
        .where(Case.merged_into_id.is_(None), Case.closed_at.is_(None))
        .order_by(Case.id)  # as the candidates come: of two cases scoring alike, the first wins
    )
    return [load_record(session, case_id) for case_id in ids]


def probe(rng: random.Random, told: list[tuple[Document, Verdict]]) -> tuple[ReportRef, date]:
    """A new report: often a retelling of a stored one (another script, a later stage, days or
    months later), sometimes something else entirely."""
    doc, verdict = rng.choice(told)
    place = rng.choice(places())
    day = doc.date or START
    if rng.random() < 0.7:
        resolved = make_ref(doc, verdict).places
        place = gazetteer().places[sorted(resolved)[0]] if resolved else place
    day += timedelta(days=rng.choice([0, 2, 10, 30, 59, 61, 100, 119, 121, -20, -70]))
    new_doc, new_verdict = report(rng, place, day, people=verdict.facts.people)
    ref = replace(make_ref(new_doc, new_verdict, report_id="probe"), date=day)
    return ref, day


def test_the_candidate_query_leaves_out_no_case_the_linker_would_join(
    session_factory: Factory,
) -> None:
    rng = random.Random(20261202)
    told = []
    with session_scope(session_factory) as s:
        for _ in range(100):
            place = rng.choice(places())
            day = START + timedelta(days=rng.randrange(300))
            for _ in range(rng.choice([1, 1, 2, 3])):
                doc, verdict = report(rng, place, day + timedelta(days=rng.randrange(5)))
                store(s, doc, verdict)
                told.append((doc, verdict))
    joined = narrowed = 0
    with session_scope(session_factory) as s:
        everything = every_open_case(s)
        held = {int(c.id[1:]): c for c in everything}
        cache = CaseCache()
        for _ in range(200):
            ref, day = probe(rng, told)
            candidates = candidate_cases(s, ref, day, cache)
            expected = link_report(ref, everything)
            assert link_report(ref, candidates).case_id == expected.case_id, expected.why
            # Cases whose rows are not written yet are chosen from their records alike.
            from_records = candidate_cases(s, ref, day, unwritten=held)
            assert [c.id for c in from_records] == [c.id for c in candidates]
            joined += expected.case_id is not None
            narrowed += len(candidates) < len(everything) // 4
    assert joined > 40  # the probes do join cases, so the check means something
    assert narrowed > 120  # and the query does narrow them down


@pytest.mark.parametrize(
    ("status", "compared"),
    [
        (Status.ARRESTED, False),  # another arrest, whatever else it shares with the case
        (Status.DETAINED, False),
        (Status.FACING_REPATRIATION, True),  # the people of the arrest, now facing return
        (Status.REPATRIATED, True),
        (Status.RELEASED, True),
    ],
    ids=lambda v: str(v),
)
def test_a_report_two_months_after_an_arrest_is_compared_with_it_only_as_a_follow_up(
    session_factory: Factory, status: Status, compared: bool
) -> None:
    arrest = date(2025, 2, 3)
    text = "Police held 6 North Korean defectors in Yanji, a church group said."
    facts = Facts(country="CN", place="Yanji", people=6, status=Status.ARRESTED)
    with session_scope(session_factory) as s:
        store(
            s,
            Document("a", text, text, "en", None, arrest, "Outlet A"),
            Verdict(Tier.ALERT, 1.0, facts),
        )
    later = arrest + timedelta(days=75)
    doc = Document("b", text, text, "en", None, later, "Outlet B")
    ref = make_ref(doc, Verdict(Tier.ALERT, 1.0, replace(facts, status=status)), report_id="b")
    with session_scope(session_factory) as s:
        candidates = candidate_cases(s, ref, later)
        assert bool(candidates) is compared
        assert (link_report(ref, candidates).case_id is not None) is (
            link_report(ref, every_open_case(s)).case_id is not None
        )


def _query_steps(session: Session, ref: ReportRef, day: date) -> int:
    """SQLite's steps (in tens of VM instructions) in choosing `ref`'s candidates."""
    driver = session.connection().connection.driver_connection
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    driver.set_progress_handler(count, 10)
    try:
        candidate_cases(session, ref, day)
    finally:
        driver.set_progress_handler(None, 10)
    return steps


def test_choosing_candidates_costs_the_cases_at_the_place_not_every_case_in_the_country(
    tmp_path: Path,
) -> None:
    """A first poll of many feeds opens cases all over a country: a report from one town is
    still compared only with what is there, and finding them does not slow as cases open
    elsewhere (linking stays linear)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'towns.db'}")
    upgrade(engine)
    factory = make_session_factory(engine)
    rng = random.Random(7)
    chinese = [
        p for p in places() if p.country == "CN" and p.key != "shenyang" and not is_area(p.key)
    ]
    day = date(2025, 3, 1)
    held = "Police held 4 North Korean defectors in Shenyang, a church group said."
    facts = Facts(country="CN", place="Shenyang", people=4, status=Status.ARRESTED)
    probe = make_ref(
        Document("p", held, held, "en", None, day, "Outlet P"),
        Verdict(Tier.ALERT, 1.0, facts),
        report_id="probe",
    )
    steps = []
    for elsewhere in (20, 160):
        with session_scope(factory) as s:
            while s.scalar(select(func.count()).select_from(Case)) < elsewhere:
                town = rng.choice(chinese)
                doc, verdict = report(rng, town, day + timedelta(days=rng.randrange(-900, 900)))
                store(s, replace(doc, text=doc.text.split(" was mentioned")[0]), verdict)
        with session_scope(factory) as s:
            steps.append(_query_steps(s, probe, day))
    engine.dispose()
    assert steps[1] < steps[0] * 2.5, steps  # eight times the cases elsewhere


def test_cases_linked_before_the_upgrade_get_their_places_and_names(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(engine, "0011")
    with engine.begin() as db:
        db.execute(
            text(
                "INSERT INTO reports (id, key, fingerprint, title, summary, first_seen_at) "
                "VALUES (1, 'k1', 'f1', 't', 's', '2025-01-02 00:00:00'), "
                "(2, 'k2', 'f2', 't', 's', '2025-01-02 00:00:00')"
            )
        )
        db.execute(
            text(
                "INSERT INTO cases (id, title, corroboration, report_count, created_at, "
                "updated_at) VALUES (7, 'Dandong', 'single_report', 2, '2025-01-02 00:00:00', "
                "'2025-01-02 00:00:00')"
            )
        )
        for report_id, places, mentions, names in [
            (1, '["dandong"]', '["dandong", "shenyang"]', "[]"),
            (2, '["dandong"]', "[]", '["Ri Kum-sun"]'),
        ]:
            db.execute(
                text(
                    "INSERT INTO case_reports (case_id, report_id, role, title, facts, "
                    "signature, places, mentions, score, why, linked_at) VALUES (7, :r, 'main', "
                    "'t', :facts, '[]', :places, :mentions, 0, '[]', '2025-01-02 00:00:00')"
                ),
                {
                    "r": report_id,
                    "facts": f'{{"names": {names}}}',
                    "places": places,
                    "mentions": mentions,
                },
            )
    upgrade(engine)
    with engine.connect() as db:
        keys = db.execute(text("SELECT key, mention FROM case_places ORDER BY key, mention"))
        named = db.execute(text("SELECT named FROM cases WHERE id = 7")).scalar_one()
        assert [(k, bool(m)) for k, m in keys] == [
            ("dandong", False),
            ("dandong", True),
            ("shenyang", True),
        ]
        assert named
    engine.dispose()


def test_a_report_stating_an_arrest_years_back_finds_the_case_of_that_arrest(
    session_factory: Factory,
) -> None:
    tumen = gazetteer().places["tumen"]
    arrest = date(2021, 3, 2)
    facts = Facts(country="CN", place="Tumen", people=3, status=Status.ARRESTED)
    text = "Police held 3 North Korean defectors in Tumen, a church group said."
    with session_scope(session_factory) as s:
        for day in (date(2021, 3, 4), date(2021, 3, 5)):
            doc = Document(f"t{day.day}", text, text, "en", None, day, f"Outlet {day.day}")
            store(s, doc, Verdict(Tier.ALERT, 1.0, facts))
    later = Document("late", text, text, "en", None, date(2023, 8, 10), "Outlet 9")
    told = replace(facts, status=Status.REPATRIATED, date=arrest)
    ref = make_ref(later, Verdict(Tier.ALERT, 1.0, told), report_id="late")
    with session_scope(session_factory) as s:
        candidates = candidate_cases(s, ref, date(2023, 8, 10))
        assert [c.place_key for c in candidates] == [tumen.key]
        assert link_report(ref, candidates).case_id == candidates[0].id


def test_texts_linked_before_the_upgrade_still_find_their_reposts(tmp_path: Path) -> None:
    """Signatures stored as JSON before revision 0013 become the bytes linking compares."""
    told = "Police held 4 North Korean defectors in Tumen, a church group said."
    doc = Document("old", told, told, "en", None, date(2025, 1, 2), "Outlet 1")
    facts = Facts(country="CN", place="Tumen", people=4, status=Status.ARRESTED)
    old = make_ref(doc, Verdict(Tier.ALERT, 1.0, facts), report_id="1")
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(engine, "0012")
    with engine.begin() as db:
        db.execute(
            text(
                "INSERT INTO reports (id, key, fingerprint, title, summary, first_seen_at) "
                "VALUES (1, 'k1', 'f1', 't', 's', '2025-01-02 00:00:00')"
            )
        )
        db.execute(
            text(
                "INSERT INTO cases (id, title, corroboration, report_count, created_at, "
                "updated_at) VALUES (7, 'Tumen', 'single_report', 1, '2025-01-02 00:00:00', "
                "'2025-01-02 00:00:00')"
            )
        )
        db.execute(
            text(
                "INSERT INTO case_reports (case_id, report_id, role, report_date, title, facts, "
                "signature, places, mentions, score, why, linked_at) VALUES (7, 1, 'main', "
                "'2025-01-02', :title, "
                '\'{"country": "CN", "people": 4, "status": "arrested"}\', :signature, '
                "'[\"tumen\"]', '[]', 0, '[]', '2025-01-02 00:00:00')"
            ),
            {"title": told, "signature": json.dumps(list(expand(old.signature)))},
        )
    upgrade(engine)
    with make_session_factory(engine)() as s:
        case = load_record(s, 7)
        size = s.scalar(text("SELECT length(signature) FROM case_reports"))
    engine.dispose()
    assert (case.members[0].signature, size) == (old.signature, 512)
    repost = make_ref(
        replace(doc, source="Outlet 2"), Verdict(Tier.ALERT, 1.0, facts), report_id="2"
    )
    assert "+4.0 near-copy text (1.00)" in link_report(repost, [case]).why
