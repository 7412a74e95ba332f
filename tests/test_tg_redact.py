"""Names of people as a chat wants them: shown, initials or withheld, in every kind of text."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.domain import Facts, Status
from bot.tg.format import format_alert, format_status_change
from bot.tg.redact import (
    NameMode,
    default_mode,
    initials,
    redact,
    redact_alert,
    redact_case,
)
from bot.tg.replies import format_case
from bot.tg.views import AlertView, CaseView, ReportRow

NAMES = ("Pak Chol-min", "김철민")
ALERT = AlertView(
    report_id=1,
    case_id=3,
    title="Pak Chol-min and 김철민 held in Dandong",
    facts=Facts(
        country="CN",
        place="Dandong",
        people=2,
        names=NAMES,
        status=Status.DETAINED,
        evidence="Police said Pak was held with 김철민씨 at the station.",
    ),
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Pak Chol-min", "P. C."), ("김철민", "김○○"), ("Ri", "R.")],
    ids=["romanised", "hangul", "one-part"],
)
def test_initials_keep_only_the_first_letters(name: str, expected: str) -> None:
    assert initials(name) == expected


@pytest.mark.parametrize(
    ("chat_type", "members", "expected"),
    [
        ("private", None, NameMode.SHOWN),
        ("group", 12, NameMode.SHOWN),
        ("supergroup", 50, NameMode.SHOWN),
        ("supergroup", 51, NameMode.HIDDEN),
        ("group", None, NameMode.SHOWN),
        ("channel", None, NameMode.HIDDEN),
    ],
    ids=["private", "small-group", "fifty", "fifty-one", "uncounted", "channel"],
)
def test_large_groups_and_channels_start_with_names_hidden(
    chat_type: str, members: int | None, expected: NameMode
) -> None:
    assert default_mode(chat_type, members) is expected


def test_a_hidden_name_is_gone_in_full_in_part_and_in_korean() -> None:
    text = "Pak Chol-min met Pak's brother; 김철민씨 and Chol-min left. Pakistan is elsewhere."
    out = redact(text, NAMES, NameMode.HIDDEN, "en")
    assert "Pak " not in out and "Chol-min" not in out and "김철민" not in out
    assert out.count("[name withheld]") == 4 and "Pakistan" in out
    assert "[이름 비공개]" in redact(text, NAMES, NameMode.HIDDEN, "ko")


def test_initials_replace_the_name_everywhere_in_an_alert() -> None:
    text = format_alert(redact_alert(ALERT, NameMode.INITIALS, "en"), "en").text
    assert "Pak" not in text and "김철민" not in text
    assert "P. C. and 김○○ held in Dandong" in text
    assert "<b>Who:</b> P. C., 김○○" in text


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_hidden_name_appears_in_no_alert_kind(lang: str) -> None:
    hidden = redact_alert(ALERT, NameMode.HIDDEN, lang)
    for render in (format_alert, format_status_change):
        text = render(hidden, lang).text
        assert not any(part in text for part in ("Pak", "Chol", "김철민")), text


def test_a_case_summary_and_its_sources_hide_names_too() -> None:
    case = CaseView(
        id=3,
        headline="2 North Koreans detained in Dandong",
        summary="Pak Chol-min was detained. Source: Pak Chol-min held (A News).",
        sources=(ReportRow(id=1, title="김철민 held"),),
        names=NAMES,
    )
    text = format_case(redact_case(case, NameMode.HIDDEN, "en"), "en").text
    assert "Pak" not in text and "김철민" not in text and "[name withheld]" in text


def test_shown_names_are_left_alone() -> None:
    assert redact_alert(ALERT, NameMode.SHOWN, "en") is ALERT


def test_a_name_among_the_words_that_decided_is_hidden_too() -> None:
    deciding = replace(ALERT, terms=("detained", "Pak Chol-min", "North Korean defector"))
    text = format_alert(redact_alert(deciding, NameMode.HIDDEN, "en"), "en").text
    assert "Pak" not in text and "Chol-min" not in text
    assert "detained" in text
