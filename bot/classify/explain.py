"""Why: the reasons behind a verdict, and a readable explanation of one report.

`build_reasons` turns an analysis into `Reason`s (matched term, offsets into the title or text, and
the rule it fed: the tier rule first, then subjects, status events, cancelled events with the cue
that cancelled them, vetoing traps and the places that located the incident). `explain` renders a
verdict and its reasons as plain text for an activist or an operator correcting a rule.
"""

from __future__ import annotations

from typing import Final

from bot.classify.events import Event
from bot.classify.matcher import Hit
from bot.classify.rules import Analysis, Decision
from bot.domain import Document, Reason, Tier, Verdict

MAX_REASONS: Final = 40
CONTEXT: Final = 30


def build_reasons(
    analysis: Analysis, decision: Decision, status_event: Event | None
) -> tuple[Reason, ...]:
    reasons: list[Reason] = []
    anchor = analysis.incident[0] if analysis.incident else None
    if anchor is not None:
        trigger = anchor.events[0].hit if anchor.events else anchor.subjects[0]
        reasons.append(_reason(f"tier:{decision.rule}", anchor.sentence.field, trigger))
    elif analysis.demotion is not None:
        reasons.append(_reason(f"tier:{decision.rule}", "text", analysis.demotion))
    if analysis.demotion is not None and decision.tier is not Tier.ALERT:
        concept = analysis.demotion.entries[0].concept
        field = _field_of(analysis, analysis.demotion)
        reasons.append(_reason(f"demote:{concept}", field, analysis.demotion))
    if status_event is not None:
        reasons.append(_event_reason("status", status_event))
    for view in analysis.incident:
        field = view.sentence.field
        reasons.extend(_reason("subject", field, h) for h in view.subjects[:2])
        reasons.extend(_event_reason("event", e) for e in view.events if e is not status_event)
    for view in analysis.views:
        field = view.sentence.field
        for event in view.cancelled:
            reasons.append(_event_reason("cancelled", event))
        if view.veto is not None and (view.subjects or view.events):
            concept = next(e.concept for e in view.veto.entries if e.concept.startswith("trap"))
            reasons.append(_reason(f"veto:{concept}", field, view.veto))
        if view.generic is not None and view.subjects and view.events:
            reasons.append(_reason("generic", field, view.generic))
    for hit in analysis.where.hits[:3]:
        reasons.append(_reason(f"country:{analysis.where.country}", _field_of(analysis, hit), hit))
    return tuple(reasons[:MAX_REASONS])


def explain(doc: Document, verdict: Verdict) -> str:
    """A multi-line, readable account of the verdict on `doc`."""
    f = verdict.facts
    lines = [
        f"Report {doc.id}: {doc.title or doc.text[:80]!r}",
        f"Tier: {verdict.tier.value} (score {verdict.score:.2f})",
    ]
    if f.status or f.country or f.people is not None or f.people_text:
        people = str(f.people) if f.people is not None else "unknown"
        if f.people_text:
            people += f" (from {f.people_text!r}{', approximate' if f.people_approx else ''})"
        lines += [
            f"Status: {f.status.value if f.status else 'unknown'}"
            + (f", as read in: «{f.evidence}»" if f.evidence else ""),
            f"Country of detention: {f.country or 'unknown'}"
            + (f"; place: {f.place}" if f.place else ""),
            f"People: {people}" + (f"; groups: {', '.join(f.groups)}" if f.groups else ""),
        ]
    if f.orgs:
        lines.append(f"Organisations: {', '.join(f.orgs)}")
    if f.date:
        lines.append(f"Incident date: {f.date.isoformat()}")
    lines.append("Why:")
    for r in verdict.reasons:
        source = doc.title if r.field == "title" else doc.text
        snippet = _snippet(source or "", r.start, r.end)
        lines.append(f"  - {r.rule}: {r.term!r} in {r.field} [{r.start}:{r.end}] …{snippet}…")
    if not verdict.reasons and verdict.score > 0:
        lines.append(
            "  - North Korean refugees are named, but no sentence reports them arrested, held, "
            "sent back or freed"
        )
    elif not verdict.reasons:
        lines.append("  - nothing about North Korean refugees held or sent back was found")
    return "\n".join(lines)


def _snippet(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT) : start]
    right = text[end : end + CONTEXT]
    return f"{left}[{text[start:end]}]{right}".replace("\n", " ")


def _reason(rule: str, field: str, hit: Hit) -> Reason:
    return Reason(rule, hit.surface, field, hit.start, hit.end)


def _event_reason(prefix: str, event: Event) -> Reason:
    rule = f"{prefix}:{event.kind}"
    if event.cue is not None:
        rule += f" (cue {event.cue.surface!r})"
    return _reason(rule, event.sentence.field, event.hit)


def _field_of(analysis: Analysis, hit: Hit) -> str:
    for sentence in analysis.sentences:
        # A sentence holds only hits starting inside it: the others need no look through.
        if sentence.start <= hit.start < sentence.end and any(h is hit for h in sentence.hits):
            return sentence.field
    return "text"
