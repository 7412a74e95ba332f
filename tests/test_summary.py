"""Case summaries in English and Korean: deterministic, complete, with links."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.cases import CaseRecord, ReportRef, build_record, corrections
from bot.domain import Facts, Status
from bot.summary import headline, summarise


def ref(rid: str, day: date, source: str, lang: str, people: int, status: Status) -> ReportRef:
    facts = Facts(
        country="CN",
        place="Shenyang",
        people=people,
        status=status,
        groups=("children",),
        orgs=("UNHCR",) if rid == "r3" else (),
    )
    return ReportRef(
        rid,
        source,
        f"https://news.example/{rid}",
        day,
        lang,
        f"Headline {rid}",
        facts,
        places=frozenset({"shenyang"}),
    )


CASE: CaseRecord = build_record(
    "C7",
    [
        ref("r1", date(2019, 4, 2), "Northwind Radio", "en", 7, Status.ARRESTED),
        ref("r2", date(2019, 4, 3), "한빛일보", "ko", 8, Status.DETAINED),
        ref("r3", date(2019, 4, 9), "Harbour Times", "en", 7, Status.FACING_REPATRIATION),
    ],
)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_summaries_are_deterministic(lang: str) -> None:
    rebuilt = build_record("C7", list(CASE.members))
    assert summarise(CASE, lang) == summarise(rebuilt, lang)
    assert headline(CASE, lang) == headline(rebuilt, lang)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "7-8 North Koreans, including children, arrested in Shenyang (Liaoning, China), "
                "first reported 2019-04-02; now facing forced repatriation.",
                "People: 7 (Northwind Radio) / 8 (한빛일보) / 7 (Harbour Times).",
                "Status history: 2019-04-02 arrested (Northwind Radio); 2019-04-03 detained "
                "(한빛일보); 2019-04-09 facing forced repatriation (Harbour Times).",
                "Corroboration: confirmed by an NGO or official source.",
                "3 reports:",
                "- Northwind Radio (2019-04-02, en): https://news.example/r1",
            ],
        ),
        (
            "ko",
            [
                "탈북민 7-8명(어린이 포함), 중국 랴오닝성 선양에서 체포 (2019-04-02 최초 보도). "
                "현재 상태: 강제북송 위기.",
                "인원: 7명 (Northwind Radio) / 8명 (한빛일보) / 7명 (Harbour Times)",
                "확인 수준: NGO 또는 공식 확인",
                "보도 3건:",
                "- 한빛일보 (2019-04-03, ko): https://news.example/r2",
            ],
        ),
    ],
    ids=["en", "ko"],
)
def test_a_summary_tells_who_where_when_status_counts_and_sources(
    lang: str, expected: list[str]
) -> None:
    lines = summarise(CASE, lang).splitlines()
    for line in expected:
        assert line in lines


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "7-8 North Koreans arrested in Shenyang, China — now facing forced repatriation (3 reports)",
        ),
        ("ko", "탈북민 7-8명 중국 랴오닝성 선양에서 체포 — 현재 강제북송 위기 (보도 3건)"),
    ],
    ids=["en", "ko"],
)
def test_a_headline_is_one_line(lang: str, expected: str) -> None:
    assert headline(CASE, lang) == expected


def test_an_operator_status_and_closing_show_in_the_summary_without_naming_the_operator() -> None:
    now = datetime(2019, 5, 1, tzinfo=UTC)
    case = corrections.close(
        corrections.set_status(CASE, Status.RELEASED, actor="telegram:5001", now=now)
    )
    text = summarise(case)
    assert "2019-05-01 released (set by an operator)" in text
    assert text.endswith("This case is closed.")
    assert "(운영자 지정)" in summarise(case, "ko")
    assert "5001" not in text + summarise(case, "ko")
    assert "set by telegram:5001" in summarise(case, actors=True)


def test_an_unknown_language_falls_back_to_english() -> None:
    assert summarise(CASE, "fr") == summarise(CASE, "en")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Reported by 4 outlets in 3 languages (English, Korean and Chinese)."),
        ("ko", "보도 매체: 4곳, 3개 언어(영어, 한국어, 중국어)"),
    ],
    ids=["en", "ko"],
)
def test_a_summary_says_how_many_outlets_and_languages_reported_the_case(
    lang: str, expected: str
) -> None:
    more = [
        ref("r4", date(2019, 4, 4), "東海日報", "zh-Hant", 7, Status.DETAINED),
        ref("r5", date(2019, 4, 4), "東海日報", "zh-Hans", 7, Status.DETAINED),
        ref("r6", date(2019, 4, 5), "Northwind Radio (Korean)", "ko", 8, Status.DETAINED),
    ]
    case = build_record("C8", [*CASE.members, *more])
    assert expected in summarise(case, lang).splitlines()


@pytest.mark.parametrize(("lang", "expected"), [("en", ", in 2019-04"), ("ko", "(2019-04)")])
def test_a_case_told_only_by_its_month_is_summarised_with_the_month(
    lang: str, expected: str
) -> None:
    first = CASE.members[0]
    month = ReportRef(
        "r4", "Harbour Times", None, date(2019, 4, 10), "en", "Headline r4",
        Facts(country="CN", place="Shenyang", date=date(2019, 4, 1), date_month_only=True),
    )  # fmt: skip
    lead = summarise(build_record("C9", [first, month]), lang).splitlines()[0]
    assert expected in lead and "2019-04-01" not in lead
