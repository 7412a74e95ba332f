"""The alert text itself, for five representative cases in English and Korean, against golden files.

Each golden file (tests/golden/alerts/<case>.<lang>.txt) holds what the chat shows: the text as
Telegram renders it after HTML parsing, then the buttons. A change to the wording shows up here as
a diff to read; regenerate on purpose with REPATWATCH_UPDATE_GOLDEN=1. The sentences are written
for these tests.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from fakebotapi.markup import plain_text

from bot.delivery.message import Message
from bot.domain import Facts, Status, Tier
from bot.tg.format import ALERT_BUDGET, format_alert, format_status_change, format_update
from bot.tg.views import AlertView

GOLDEN = Path(__file__).parent / "golden" / "alerts"
PUBLISHED = datetime(2026, 11, 28, 6, 30, tzinfo=UTC)

ARREST = AlertView(
    report_id=101,
    case_id=12,
    title="Chinese police detain about 20 North Korean women and children in Yanji",
    link="https://news.example/yanji-raid",
    source="Border Wire",
    published=PUBLISHED,
    facts=Facts(
        country="CN",
        place="Yanji",
        people=20,
        people_approx=True,
        groups=("women", "children"),
        status=Status.DETAINED,
        evidence="Police took about 20 North Korean women and children from a safe house.",
    ),
    terms=("detain", "took", "North Korean women", "Yanji"),
    incident_date=date(2026, 11, 25),
)
FACING = AlertView(
    report_id=102,
    case_id=13,
    title="Six North Koreans held in Vietnam face deportation, rights group warns",
    link="https://news.example/hanoi-six",
    source="Asia Rights Desk",
    published=PUBLISHED,
    facts=Facts(
        country="VN",
        people=6,
        status=Status.FACING_REPATRIATION,
        orgs=("Human Rights Watch", "Transitional Justice Working Group"),
        evidence="The six are expected to be handed to China and sent back within days.",
    ),
    terms=("sent back", "held", "North Koreans", "Vietnam"),
    outlets=3,
    languages=2,
    confirmed=True,
)
RELEASED = AlertView(
    report_id=103,
    case_id=9,
    title="Laos frees the Kim family after three weeks in custody",
    link="https://news.example/laos-freed",
    source="Mekong Times",
    published=PUBLISHED,
    facts=Facts(
        country="LA",
        place="Vientiane",
        people=3,
        groups=("family",),
        names=("Kim Ok-sun", "Kim Hyok"),
        status=Status.RELEASED,
        evidence="Immigration officers released the three and handed them to a church group.",
    ),
    terms=("released", "North Korean family"),
    outlets=2,
)
UPDATE = AlertView(
    report_id=104,
    case_id=12,
    title="연길 단속으로 붙잡힌 탈북 여성들 여전히 구금 중",
    link="https://news.example/yanji-followup",
    source="Seoul Evening",
    published=PUBLISHED,
    facts=Facts(country="CN", place="연길", people=21, status=Status.DETAINED),
    terms=("구금", "탈북 여성"),
    incident_date=date(2026, 11, 25),
    outlets=2,
    languages=2,
)
BACKGROUND = AlertView(
    report_id=105,
    tier=Tier.RELATED,
    title="A long look at ten years of forced returns from the Chinese border, "
    "told by people who waited for news of relatives " * 4,
    link="https://news.example/long-read",
    source="Weekly Review of Northeast Asian Affairs and Human Rights",
    published=PUBLISHED,
    facts=Facts(
        country="CN",
        orgs=tuple(f"Committee number {n} for refugee relief" for n in range(12)),
        evidence="Relatives said they heard nothing for months. " * 30,
        status=Status.REPATRIATED,
    ),
    terms=tuple(f"word{n}" for n in range(20)),
)

Render = Callable[[AlertView, str], Message]
CASES: dict[str, tuple[AlertView, Render]] = {
    "arrest": (ARREST, format_alert),
    "facing": (FACING, format_alert),
    "released": (RELEASED, format_status_change),
    "update": (UPDATE, format_update),
    "background": (BACKGROUND, format_alert),
}


def shown(message: Message) -> str:
    """What the chat shows: the rendered text, then one line of buttons."""
    buttons = " | ".join(f"[{b.text}]" for row in message.buttons for b in row)
    return plain_text(message.text, "HTML") + "\n---\n" + buttons + "\n"


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("name", list(CASES))
def test_the_alert_reads_as_its_golden_file(name: str, lang: str) -> None:
    view, render = CASES[name]
    text = shown(render(view, lang))
    path = GOLDEN / f"{name}.{lang}.txt"
    if os.environ.get("REPATWATCH_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("name", list(CASES))
def test_every_alert_stays_short_and_links_the_source(name: str, lang: str) -> None:
    view, render = CASES[name]
    message = render(view, lang)
    assert len(plain_text(message.text, "HTML")) <= ALERT_BUDGET
    assert f'href="{view.link}"' in message.text


def test_a_release_does_not_look_like_a_warning() -> None:
    for lang in ("en", "ko"):
        first = plain_text(format_status_change(RELEASED, lang).text, "HTML").splitlines()[0]
        assert first.startswith("✅") and "⚠️" not in first


def test_a_korean_alert_has_no_english_label_or_value() -> None:
    text = plain_text(format_alert(ARREST, "ko").text, "HTML")
    quoted = {ARREST.title, ARREST.facts.evidence, *ARREST.terms, ARREST.source}
    for part in quoted:
        text = text.replace(str(part), "")
    english = [w for w in ("Who", "Status", "people", "Yanji", "China", "Case", "Why", "women")
               if w in text]  # fmt: skip
    assert english == []
