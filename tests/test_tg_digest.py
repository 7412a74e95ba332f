"""The digest as a chat reads it: one line per case, one message unless Telegram's limit forces more."""

from __future__ import annotations

from datetime import date

from bot.cases import ReportRef, build_record
from bot.domain import Facts, Status
from bot.tg.digest import case_line, digest_texts, report_line
from bot.tg.format import MAX_LENGTH, units


def ref(n: int, people: int, status: Status, outlet: str) -> ReportRef:
    return ReportRef(
        report_id=str(n),
        source=outlet,
        url=f"https://{outlet}.example/{n}",
        date=date(2026, 12, 1),
        lang="en",
        title=f"Report {n}",
        facts=Facts(country="CN", place="Dandong", people=people, status=status),
    )


RECORD = build_record(
    "C12",
    [ref(1, 6, Status.DETAINED, "wire"), ref(2, 7, Status.FACING_REPATRIATION, "daily")],
)


def test_a_case_line_has_its_status_place_count_and_link() -> None:
    line = case_line(12, RECORD, "en", "https://t.me/bot?start=case_12")
    assert line == (
        "• <b>facing repatriation</b> · Dandong, China · 6–7 people · "
        '<a href="https://t.me/bot?start=case_12">/case C12</a>'
    )
    assert case_line(12, RECORD, "ko").endswith("6–7명 · /case C12")


def test_a_report_in_no_case_is_its_title_linked_to_the_source() -> None:
    line = report_line("Border <policy> tightens", "https://wire.example/p", "en")
    assert line == '• <a href="https://wire.example/p">Border &lt;policy&gt; tightens</a>'


def test_three_cases_make_one_message_under_the_digest_title() -> None:
    lines = [case_line(n, RECORD, "en") for n in (1, 2, 3)]
    (text,) = digest_texts(lines, "en")
    assert text.splitlines() == ["🗞 <b>Digest: what moved since the last one (3)</b>", *lines]


def test_a_long_digest_is_split_only_at_telegrams_limit_and_keeps_every_line_once() -> None:
    lines = [case_line(n, RECORD, "en", f"https://t.me/bot?start=case_{n}") for n in range(200)]
    texts = digest_texts(lines, "en")
    listed = [line for text in texts for line in text.splitlines() if line.startswith("• ")]
    assert listed == lines
    assert all(units(text) <= MAX_LENGTH for text in texts)
    assert len(texts) == -(-sum(units(line) + 1 for line in lines) // MAX_LENGTH)
    assert texts[1].startswith("(2/")
