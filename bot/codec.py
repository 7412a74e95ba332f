"""JSON round-trips for the domain's value types, for the database and the command line.

Pure: dictionaries in, dataclasses out. The shape is the `classify` command's output shape.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.domain import Facts, Reason, Status, Tier, Verdict


def facts_to_json(facts: Facts) -> dict[str, Any]:
    return {
        "country": facts.country,
        "place": facts.place,
        "people": facts.people,
        "people_text": facts.people_text,
        "people_approx": facts.people_approx,
        "groups": list(facts.groups),
        "status": facts.status.value if facts.status else None,
        "orgs": list(facts.orgs),
        "date": facts.date.isoformat() if facts.date else None,
        "date_month_only": facts.date_month_only,
        "names": list(facts.names),
        "evidence": facts.evidence,
    }


def facts_from_json(data: dict[str, Any]) -> Facts:
    return Facts(
        country=data.get("country"),
        place=data.get("place"),
        people=data.get("people"),
        people_text=data.get("people_text"),
        people_approx=bool(data.get("people_approx", False)),
        groups=tuple(data.get("groups") or ()),
        status=Status(data["status"]) if data.get("status") else None,
        orgs=tuple(data.get("orgs") or ()),
        date=date.fromisoformat(data["date"]) if data.get("date") else None,
        date_month_only=bool(data.get("date_month_only", False)),
        names=tuple(data.get("names") or ()),
        evidence=data.get("evidence"),
    )


def reason_to_json(reason: Reason) -> dict[str, Any]:
    return {
        "rule": reason.rule,
        "term": reason.term,
        "field": reason.field,
        "start": reason.start,
        "end": reason.end,
    }


def verdict_to_json(verdict: Verdict) -> dict[str, Any]:
    return {
        "tier": verdict.tier.value,
        "alert": verdict.alert,
        "score": round(verdict.score, 4),
        **facts_to_json(verdict.facts),
        "reasons": [reason_to_json(r) for r in verdict.reasons],
        "secondary": facts_to_json(verdict.secondary) if verdict.secondary else None,
    }


def verdict_from_json(data: dict[str, Any]) -> Verdict:
    secondary = data.get("secondary")
    return Verdict(
        tier=Tier(data["tier"]),
        score=float(data.get("score", 0.0)),
        facts=facts_from_json(data),
        reasons=tuple(
            Reason(r["rule"], r["term"], r["field"], int(r["start"]), int(r["end"]))
            for r in data.get("reasons", ())
        ),
        secondary=facts_from_json(secondary) if secondary else None,
    )
