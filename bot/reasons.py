"""The words that decided a verdict, as people are shown them under "why flagged".

A verdict's reasons name the classifier's rules (`tier:alert.incident`, `status:facing (cue
'faces')`, `subject`, ...) and carry every matched term, including the pronouns and back-references
("they", "the group") that let a later sentence carry the status. Those belong in `repatwatch
classify --explain`. An alert, the console and the bot show only the words a reader can check in
the report: the status and event words, who (never a pronoun), and the place, in that order,
each once. Pure: the pronouns come from the classifier's own lexicons (concept `subject_pron`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from bot.domain import Reason

MAX_TERMS = 6
# Rule prefixes whose words decided the verdict, in the order they are shown (any other rule's
# words come after them), and those whose words argued against it (never shown as a reason).
DECIDING = ("status:", "event:", "tier:", "subject", "country:")
AGAINST = ("cancelled", "veto:", "generic", "demote:")


@cache
def pronouns() -> frozenset[str]:
    """Every back-reference the lexicons know ("they", "the group", 그들 ...), lower-cased."""
    from bot.classify import default_classifier

    terms = default_classifier().lexicon.terms
    return frozenset(term.text.lower() for term in terms if term.concept == "subject_pron")


def _rank(reason: Reason) -> int:
    for index, prefix in enumerate(DECIDING):
        if reason.rule.startswith(prefix):
            return index
    return len(DECIDING)


def deciding_words(reasons: Iterable[Reason], limit: int = MAX_TERMS) -> tuple[str, ...]:
    """The matched words that decided, without rule names or pronouns, each once."""
    skip = pronouns()
    chosen: dict[str, str] = {}
    for reason in sorted(reasons, key=_rank):  # stable: report order within a rank
        term = " ".join(reason.term.split())
        if reason.rule.startswith(AGAINST) or not term or term.lower() in skip:
            continue
        chosen.setdefault(term.lower(), term)
    return tuple(chosen.values())[:limit]
