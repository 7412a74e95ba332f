"""Verdicts survive a round-trip through JSON unchanged (they are stored that way)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from bot.codec import verdict_from_json, verdict_to_json
from bot.domain import Facts, Reason, Status, Tier, Verdict

VERDICTS = [
    Verdict(Tier.IGNORE, 0.0),
    Verdict(
        Tier.ALERT,
        0.93,
        Facts(
            country="CN",
            place="Shenyang",
            people=7,
            people_text="seven people",
            groups=("children",),
            status=Status.FACING_REPATRIATION,
            orgs=("UNHCR",),
            date=date(2019, 4, 28),
            evidence="Police in Shenyang are holding seven people who face return.",
        ),
        (Reason("subject", "defectors", "title", 3, 12),),
        secondary=Facts(country="VN", status=Status.ARRESTED),
    ),
    Verdict(Tier.ALERT, 0.8, Facts(country="KR", date=date(2019, 11, 1), date_month_only=True)),
]


@pytest.mark.parametrize("verdict", VERDICTS, ids=["empty-ignore", "full-alert", "month-only"])
def test_verdict_round_trips_through_json(verdict: Verdict) -> None:
    assert verdict_from_json(json.loads(json.dumps(verdict_to_json(verdict)))) == verdict
