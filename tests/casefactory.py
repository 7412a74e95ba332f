"""Cases in a real database for tests: reports stored and linked through the case store itself."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from bot.domain import Document, Facts, Status, Tier, Verdict
from bot.store import cases as case_store
from bot.store.reports import Report

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)

# Sentences written for these tests.
DANDONG = (
    "Border police in Dandong detained seven North Koreans, two of them children, "
    "at a safe house near the river, a rescue group said on Monday."
)
DANDONG_LATER = (
    "The seven North Koreans detained in Dandong are being held at a border detention centre "
    "and may be sent back within days, the rescue group added."
)
VIENTIANE = "Lao police arrested four North Korean women on a bus heading south from Vientiane."


def file_report(
    session: Session,
    key: str,
    *,
    day: date,
    text: str,
    title: str | None = None,
    source: str = "Harbour Wire",
    lang: str = "en",
    country: str = "CN",
    place: str | None = "Dandong",
    people: int | None = 7,
    status: Status = Status.DETAINED,
    names: tuple[str, ...] = (),
    orgs: tuple[str, ...] = (),
    groups: tuple[str, ...] = (),
    now: datetime = NOW,
) -> tuple[int, int]:
    """Store one report and link it into its case; returns (report id, case number)."""
    url = f"https://news.example/{key}"
    heading = title or text.split(",")[0]
    report = Report(
        key=url, fingerprint=f"fp-{key}", title=heading, summary=text, link=url,
        first_seen_at=now, tier="alert",
    )  # fmt: skip
    session.add(report)
    session.flush()
    doc = Document(str(report.id), heading, text, lang, url, day, source)
    facts = Facts(
        country=country, place=place, people=people, status=status, names=names, orgs=orgs,
        groups=groups, date=day,
    )  # fmt: skip
    verdict = Verdict(Tier.ALERT, 1.0, facts)
    update = case_store.attach_report(
        session, report_id=report.id, doc=doc, verdict=verdict, now=now
    )
    assert update is not None
    return report.id, case_store.parse_case_id(update.case_id)
