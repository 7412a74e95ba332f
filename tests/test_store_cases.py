"""Cases in the database, on SQLite and PostgreSQL: linking stored reports, queries, corrections."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from casefactory import DANDONG, DANDONG_LATER, file_report
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.domain import Document, Facts, Status, Tier, Verdict
from bot.store.base import session_scope
from bot.store.cases import (
    CaseCannotLink,
    CaseError,
    CaseReport,
    attach_report,
    get_case,
    list_cases,
    parse_case_id,
    search_cases,
)
from bot.store.corrections import (
    close_case,
    list_corrections,
    merge_cases,
    set_status,
    split_report,
)
from bot.store.reports import Report

NOW = datetime(2024, 12, 1, 9, 30, tzinfo=UTC)


def store_report(session: Session, key: str) -> int:
    row = Report(
        key=f"https://news.example/{key}",
        fingerprint=f"fp-{key}",
        title=key,
        summary="",
        first_seen_at=NOW,
    )
    session.add(row)
    session.flush()
    return row.id


def attach(
    session: Session,
    key: str,
    day: date,
    text: str,
    *,
    source: str = "Northwind Radio",
    lang: str = "en",
    place: str | None = "Shenyang",
    people: int | None = 9,
    status: Status = Status.ARRESTED,
    tier: Tier = Tier.ALERT,
) -> tuple[int, str | None, bool]:
    report_id = store_report(session, key)
    doc = Document(key, text.split(".")[0], text, lang, f"https://news.example/{key}", day, source)
    verdict = Verdict(tier, 1.0, Facts(country="CN", place=place, people=people, status=status))
    update = attach_report(session, report_id=report_id, doc=doc, verdict=verdict, now=NOW)
    if update is None:
        return report_id, None, False
    return report_id, update.case_id, update.is_new_case


EN = "Police in Shenyang arrested nine North Korean defectors hiding in a flat, a rescue group said."
KO = "선양 공안이 아파트에 숨어 있던 탈북민 9명을 체포했다고 구호단체가 밝혔다."
LATER = (
    "The nine defectors held in Shenyang face being sent back within days, their families fear."
)


def test_one_incident_from_three_outlets_in_two_languages_is_one_stored_case(
    session_factory: sessionmaker[Session],
) -> None:
    with session_scope(session_factory) as s:
        _, first, new_first = attach(s, "a1", date(2024, 3, 4), EN)
        _, second, new_second = attach(s, "a2", date(2024, 3, 5), KO, source="한빛일보", lang="ko")
        _, third, _ = attach(
            s,
            "a3",
            date(2024, 3, 9),
            LATER,
            source="Harbour Times",
            status=Status.FACING_REPATRIATION,
        )
    assert first == second == third
    assert (new_first, new_second) == (True, False)
    with session_scope(session_factory) as s:
        case = get_case(s, first or "")
    assert case is not None
    assert case.status is Status.FACING_REPATRIATION
    assert [c.status for c in case.timeline] == [Status.ARRESTED, Status.FACING_REPATRIATION]
    assert {s.lang for s in case.sources} == {"en", "ko"}


def test_a_status_change_is_reported_to_the_pipeline(
    session_factory: sessionmaker[Session],
) -> None:
    with session_scope(session_factory) as s:
        attach(s, "a1", date(2024, 3, 4), EN)
        report_id = store_report(s, "a2")
        doc = Document("a2", "x", LATER, "en", None, date(2024, 3, 6), "Harbour Times")
        facts = Facts(country="CN", place="Shenyang", people=9, status=Status.REPATRIATED)
        update = attach_report(
            s, report_id=report_id, doc=doc, verdict=Verdict(Tier.ALERT, 1.0, facts), now=NOW
        )
    assert update is not None
    assert (update.status_changed, update.previous_status, update.status) == (
        True,
        Status.ARRESTED,
        Status.REPATRIATED,
    )


def test_arrests_in_one_city_months_apart_are_two_stored_cases(
    session_factory: sessionmaker[Session],
) -> None:
    with session_scope(session_factory) as s:
        _, spring, _ = attach(s, "a1", date(2024, 3, 4), EN)
        _, autumn, new = attach(
            s,
            "b1",
            date(2024, 9, 20),
            "Six North Koreans were detained at a Shenyang bus station.",
        )
    assert spring != autumn
    assert new


def test_a_report_that_misreads_the_country_and_names_no_town_joins_the_stored_case(
    session_factory: sessionmaker[Session],
) -> None:
    with session_scope(session_factory) as s:
        _, first = file_report(s, "m1", day=date(2026, 11, 2), text=DANDONG)
        # Seoul's ministry spoke: the classifier took South Korea and found no town.
        _, misread = file_report(
            s, "m2", day=date(2026, 11, 3), title="Seven defectors held, Seoul says",
            text=DANDONG_LATER, country="KR", place=None,
        )  # fmt: skip
    assert first == misread


def test_attaching_a_report_twice_changes_nothing_and_non_alerts_get_no_case(
    session_factory: sessionmaker[Session],
) -> None:
    with session_scope(session_factory) as s:
        report_id, case_id, _ = attach(s, "a1", date(2024, 3, 4), EN)
        doc = Document("a1", "x", EN, "en", None, date(2024, 3, 4), "Northwind Radio")
        verdict = Verdict(Tier.ALERT, 1.0, Facts(country="CN", place="Shenyang"))
        again = attach_report(s, report_id=report_id, doc=doc, verdict=verdict, now=NOW)
        _, none, _ = attach(s, "z1", date(2024, 3, 4), "Missile test.", tier=Tier.RELATED)
        assert again is not None
        assert (again.case_id, again.is_new_case) == (case_id, False)
        assert none is None
        assert len(get_case(s, case_id or "").sources) == 1  # type: ignore[union-attr]


def test_an_operator_merge_survives_new_reports(session_factory: sessionmaker[Session]) -> None:
    with session_scope(session_factory) as s:
        _, kept, _ = attach(s, "a1", date(2024, 3, 4), EN)
        _, other, _ = attach(
            s, "c1", date(2024, 3, 5), "Nine people were seized in Dandong.", place="Dandong"
        )
        assert kept != other
        merge_cases(s, kept or "", other or "", actor="mina", now=NOW)
    with session_scope(session_factory) as s:
        _, late, new = attach(
            s, "c2", date(2024, 3, 7), "Nine people seized in Dandong moved.", place="Dandong"
        )
        merged = get_case(s, other or "")
        corrections = list_corrections(s, kept or "")
    assert (late, new) == (kept, False)
    assert merged is not None and merged.id == kept
    assert len(merged.report_ids) == 3
    assert [(c.kind, c.actor, c.at) for c in corrections] == [("merge", "mina", NOW)]


def test_a_split_report_gets_its_own_case_and_never_links_back(
    session_factory: sessionmaker[Session],
) -> None:
    with session_scope(session_factory) as s:
        _, case_id, _ = attach(s, "a1", date(2024, 3, 4), EN)
        moved, _, _ = attach(s, "a2", date(2024, 3, 5), KO, source="한빛일보", lang="ko")
        new_id = split_report(s, case_id or "", moved, actor="mina", now=NOW)
    with session_scope(session_factory) as s:
        doc = Document("a2", "x", KO, "ko", None, date(2024, 3, 5), "한빛일보")
        verdict = Verdict(Tier.ALERT, 1.0, Facts(country="CN", place="선양", people=9))
        update = attach_report(s, report_id=moved, doc=doc, verdict=verdict, now=NOW)
        old = get_case(s, case_id or "")
        blocked = s.scalars(select(CaseCannotLink.case_id)).all()
    assert update is not None and update.case_id == new_id != case_id
    assert old is not None and old.report_ids == (old.report_ids[0],)
    assert blocked == [parse_case_id(case_id or "")]


def test_a_closed_case_takes_no_new_reports(session_factory: sessionmaker[Session]) -> None:
    with session_scope(session_factory) as s:
        _, case_id, _ = attach(s, "a1", date(2024, 3, 4), EN)
        close_case(s, case_id or "", actor="mina", now=NOW)
        _, later, new = attach(s, "a2", date(2024, 3, 5), KO, source="한빛일보", lang="ko")
    assert later != case_id
    assert new


def test_an_operator_status_is_kept_against_older_reports(
    session_factory: sessionmaker[Session],
) -> None:
    with session_scope(session_factory) as s:
        _, case_id, _ = attach(s, "a1", date(2024, 11, 25), EN)
        set_status(s, case_id or "", Status.RELEASED, actor="mina", now=NOW)
        attach(
            s, "a2", date(2024, 11, 27), LATER, source="Harbour Times", status=Status.REPATRIATED
        )
        case = get_case(s, case_id or "")
    assert case is not None
    assert case.status is Status.RELEASED
    assert case.timeline[-1].actor == "mina"
    assert len(case.sources) == 2


def test_cases_can_be_listed_filtered_and_searched_across_scripts(
    session_factory: sessionmaker[Session],
) -> None:
    with session_scope(session_factory) as s:
        _, shenyang, _ = attach(s, "a1", date(2024, 3, 4), EN)
        _, kunming, _ = attach(
            s, "k1", date(2024, 6, 1), "Four were held in Kunming.", place="Kunming", people=4
        )
        newest_first = [c.id for c in list_cases(s)]
        in_march = [c.id for c in list_cases(s, since=date(2024, 5, 1))]
        arrested = list_cases(s, status=Status.ARRESTED, country="cn")
        by_korean_name = [c.id for c in search_cases(s, "선양")]
        by_word = [c.id for c in search_cases(s, "kunming")]
    assert newest_first == [kunming, shenyang]
    assert in_march == [kunming]
    assert len(arrested) == 2
    assert by_korean_name == [shenyang]
    assert by_word == [kunming]


@pytest.mark.parametrize(
    ("written", "number"),
    [("C42", 42), ("c42", 42), ("#42", 42), (" 42 ", 42)],
    ids=["C42", "c42", "#42", "42"],
)
def test_case_ids_are_typed_like_c42(written: str, number: int) -> None:
    assert parse_case_id(written) == number


def test_an_unknown_case_is_a_clear_error(session_factory: sessionmaker[Session]) -> None:
    with session_scope(session_factory) as s:
        assert get_case(s, "C999") is None
        with pytest.raises(CaseError, match="no case C999"):
            close_case(s, "C999", actor="mina", now=NOW)
    with pytest.raises(CaseError, match="not a case id"):
        parse_case_id("Shenyang")


def test_a_linked_report_s_text_signature_takes_512_bytes_and_still_finds_its_copies(
    session_factory: sessionmaker[Session],
) -> None:
    """A member's MinHash signature is stored as its 64 hashes' bytes, not as 1.3 KB of JSON,
    and read back from the rows it still tells a word-for-word repost."""
    with session_scope(session_factory) as s:
        _, first, _ = attach(s, "a1", date(2024, 3, 4), EN)
    with session_scope(session_factory) as s:
        sizes = s.scalars(select(func.length(CaseReport.signature))).all()
        report_id = store_report(s, "a2")
        title = EN.split(".")[0]
        doc = Document("a2", title, EN, "en", "https://news.example/a2", date(2024, 3, 5), "HT")
        verdict = Verdict(Tier.ALERT, 1.0, Facts(country="CN", people=9, status=Status.ARRESTED))
        update = attach_report(s, report_id=report_id, doc=doc, verdict=verdict, now=NOW)
    assert sizes == [512]
    assert update is not None
    assert update.case_id == first
    assert "+4.0 near-copy text (1.00)" in update.decision.why
