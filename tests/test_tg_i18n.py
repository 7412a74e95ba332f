"""Texts in English and Korean, the choice of language, and reading command arguments."""

from __future__ import annotations

import string
from datetime import date

import pytest

from bot.domain import Status
from bot.tg.i18n import catalog, choose_language, t
from bot.tg.parse import CasesFilter, parse_cases_filter, parse_id, parse_start_payload

TODAY = date(2026, 11, 23)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_korean_has_every_english_text_with_the_same_placeholders() -> None:
    english, korean = catalog("en"), catalog("ko")
    assert set(english) == set(korean)
    for key, text in english.items():
        assert placeholders(text) == placeholders(korean[key]), key


def test_every_status_has_a_name_in_both_languages() -> None:
    for lang in ("en", "ko"):
        for status in Status:
            assert f"status_{status.value}" in catalog(lang)


@pytest.mark.parametrize(
    ("stored", "code", "expected"),
    [
        (None, "ko-KR", "ko"),
        (None, "ko", "ko"),
        (None, "fr", "en"),
        (None, None, "en"),
        ("en", "ko", "en"),
        ("ko", "en", "ko"),
    ],
    ids=["ko-region", "ko", "unsupported", "none", "stored-en-wins", "stored-ko-wins"],
)
def test_language_comes_from_the_chat_then_the_user(
    stored: str | None, code: str | None, expected: str
) -> None:
    assert choose_language(stored, code) == expected


def test_unknown_language_falls_back_to_english() -> None:
    assert t("xx", "done") == "Done."


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], CasesFilter()),
        (["CN"], CasesFilter(country="CN")),
        (["china", "detained"], CasesFilter(country="CN", status=Status.DETAINED)),
        (["중국", "강제북송됨"], CasesFilter(country="CN", status=Status.REPATRIATED)),
        (["30d"], CasesFilter(since=date(2026, 10, 24))),
        (["2026-01-05", "RU"], CasesFilter(country="RU", since=date(2026, 1, 5))),
        (["facing-repatriation"], CasesFilter(status=Status.FACING_REPATRIATION)),
    ],
    ids=["none", "code", "names", "korean", "relative", "any-order", "hyphen"],
)
def test_cases_filters_are_read_in_any_order(args: list[str], expected: CasesFilter) -> None:
    assert parse_cases_filter(args, TODAY) == expected


@pytest.mark.parametrize(
    "args",
    [["Atlantis"], ["CN", "CN"], ["30x"], ["2026-13-01"]],
    ids=["place", "twice", "unit", "date"],
)
def test_bad_cases_filters_are_refused(args: list[str]) -> None:
    assert parse_cases_filter(args, TODAY) is None


def test_cases_filter_round_trips_through_callback_data() -> None:
    where = CasesFilter("CN", Status.REACHED_THIRD_COUNTRY, date(2026, 1, 1))
    assert CasesFilter.decode(where.encode()) == where
    assert len(f"cases:1000:{where.encode()}".encode()) <= 64


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", 12),
        ("#12", 12),
        ("C12", 12),
        ("0", None),
        ("-3", None),
        ("12a", None),
        ("١٢", None),
        ("99999999999", None),
    ],
    ids=["plain", "hash", "label", "zero", "negative", "junk", "arabic-digits", "too-big"],
)
def test_case_ids(text: str, expected: int | None) -> None:
    assert parse_id(text) == expected


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("case_12", ("case", "12")),
        ("inv_Ab-9_x", ("inv", "Ab-9_x")),
        ("hello", None),
        ("case_", None),
        ("inv_<x>", None),
    ],
    ids=["case", "invite", "other", "empty", "junk"],
)
def test_start_payloads(payload: str, expected: tuple[str, str] | None) -> None:
    assert parse_start_payload(payload) == expected
