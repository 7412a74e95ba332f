"""Folding reports into a case one at a time gives the case rebuilt from all of them."""

from __future__ import annotations

import random
from dataclasses import fields, replace
from datetime import UTC, date, datetime

import pytest

from bot.cases import ReportRef, apply_report, build_record, corrections
from bot.cases.minhash import compact, signature
from bot.domain import Facts, Status


def _random_report(rng: random.Random, n: int) -> ReportRef:
    """A report of one incident as outlets tell it differently: dates, counts, places vary."""
    # a day of the incident (or its month), one about the 60 days before the reports, one long before
    told = rng.choice(
        [
            date(2025, 1, rng.randint(1, 9)),
            date(2024, 11, rng.randint(1, 9)),
            date(2024, 6, 1),
            None,
        ]
    )
    facts = Facts(
        country=rng.choice(["CN", "CN", "RU", None]),
        place=rng.choice(["Shenyang", "Dandong", None]),
        people=rng.choice([5, 7, None]),
        people_text=rng.choice(["a family of five", None]),
        groups=tuple(rng.sample(["children", "women", "elderly"], rng.randint(0, 2))),
        status=rng.choice([*Status, None]),
        orgs=tuple(rng.sample(["UNHCR", "Seoul Herald", "Human Rights Watch"], rng.randint(0, 1))),
        date=told,
        date_month_only=told is not None and told.day == 1 and rng.random() < 0.5,
        names=tuple(rng.sample(["Kim Mi-ran", "Pak Chol"], rng.randint(0, 1))),
    )
    secondary = Facts(country="RU", people=3) if rng.random() < 0.2 else None
    return ReportRef(
        f"r{n}",
        rng.choice(["Northwind Radio", "Harbour Times", "UNHCR", None]),
        rng.choice([f"https://news.example/{n}", f"https://www.other.example/{n}", None]),
        date(2025, 1, rng.randint(1, 9)) if rng.random() < 0.95 else None,
        rng.choice(["en", "ko"]),
        f"Report {n}",
        facts,
        signature=compact(signature(rng.choice(_TEXTS))),
        places=frozenset(rng.sample(["shenyang", "dandong"], 1)),
        mentions=frozenset(rng.sample(["yanji", "liaoning"], rng.randint(0, 2))),
        secondary=secondary,
    )


_TEXTS = [
    "Police in Shenyang held five North Koreans who had crossed the river a week before.",
    "Five North Koreans were held by police in Shenyang, a week after they crossed the river.",
    "Seven women were stopped at a checkpoint near Dandong.",
    "",
]


def _same_record(case: object, whole: object) -> bool:
    return {f.name: getattr(case, f.name) for f in fields(case)} == {  # type: ignore[arg-type]
        f.name: getattr(whole, f.name)
        for f in fields(whole)  # type: ignore[arg-type]
    }


@pytest.mark.parametrize("seed", range(40))
def test_an_archive_read_newest_first_folds_into_the_case_rebuilt_from_all_of_it(
    seed: int,
) -> None:
    """A feed's first poll brings years of reports in any order: each one dated before some
    member is inserted where it belongs, and the case reads as if built from them all."""
    rng = random.Random(1000 + seed)
    reports = [_random_report(rng, n) for n in range(rng.randint(3, 24))]
    rng.shuffle(reports)
    case = apply_report(None, reports[0], new_id="C1")
    for n, report in enumerate(reports[1:], start=1):
        if n == 5 and seed % 4 == 0:
            when = datetime(2025, 1, rng.randint(1, 9), tzinfo=UTC)
            case = corrections.set_status(case, Status.ARRESTED, actor="bob", now=when)
        case = apply_report(case, report, new_id="unused")
        whole = build_record(
            "C1", reports[: n + 1], operator_statuses=case.operator_statuses, closed=case.closed
        )
        assert _same_record(case, whole)


@pytest.mark.parametrize("seed", range(60))
def test_folding_reports_in_one_by_one_gives_the_case_rebuilt_from_all_of_them(
    seed: int,
) -> None:
    rng = random.Random(seed)
    reports = [_random_report(rng, n) for n in range(rng.randint(2, 12))]
    if rng.random() < 0.8:  # mostly in date order, as news arrives
        reports.sort(key=lambda r: r.date or date.max)
    case = apply_report(None, reports[0], new_id="C1")
    for n, report in enumerate(reports[1:], start=1):
        if n == 3 and seed % 3 == 0:
            when = datetime(2025, 1, rng.randint(1, 9), tzinfo=UTC)
            case = corrections.set_status(case, Status.DETAINED, actor="alice", now=when)
        case = apply_report(case, report, new_id="unused")
    whole = build_record(
        "C1", reports, operator_statuses=case.operator_statuses, closed=case.closed
    )
    assert {f.name: getattr(case, f.name) for f in fields(case)} == {
        f.name: getattr(whole, f.name) for f in fields(whole)
    }


@pytest.mark.parametrize("seed", range(30))
def test_a_report_inserted_among_a_cases_claims_gives_the_timeline_replayed_in_full(
    seed: int,
) -> None:
    """A report dated before some member whose claim does not move the status it comes after
    leaves the timeline; one whose claim does (an arrest told before the threat of return)
    replays it: either way, the case reads as if built from all its reports."""
    rng = random.Random(3000 + seed)
    reports = [_random_report(rng, n) for n in range(rng.randint(4, 16))]
    path = [Status.ARRESTED, Status.DETAINED, Status.FACING_REPATRIATION, Status.RELEASED]
    reports = [
        replace(r, date=date(2025, 1, rng.randint(1, 20)), facts=replace(r.facts, status=s))
        for r, s in zip(reports, rng.choices([*path, None], k=len(reports)), strict=True)
    ]
    reports.sort(key=lambda r: r.date or date.max, reverse=rng.random() < 0.5)
    case = apply_report(None, reports[0], new_id="C1")
    for n, report in enumerate(reports[1:], start=1):
        case = apply_report(case, report, new_id="unused")
        assert _same_record(case, build_record("C1", reports[: n + 1]))
