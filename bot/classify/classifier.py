"""The Classifier: lexicons in, a Verdict for each Document out.

Built once from the lexicon files (one Aho-Corasick automaton over every term of every language,
and the number reader); `classify` is then pure, deterministic and safe to call from many threads:
scan the title and text, cut into sentences, read the status events, apply the tier rules, extract
the facts and the reasons. Reports that name no North Korean refugee at all are ignored after the
scan, which keeps the common case fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bot.classify.events import build_sentences
from bot.classify.explain import build_reasons
from bot.classify.extract import extract
from bot.classify.lexicon import Lexicon, load_lexicon
from bot.classify.matcher import Hit, Matcher
from bot.classify.numbers import CountReader
from bot.classify.rules import analyse, decide
from bot.domain import Document, Facts, Tier, Verdict

TOPIC_CONCEPTS = ("subject", "subject_one", "subject_weak")
IGNORE = Verdict(Tier.IGNORE, 0.0)


class Classifier:
    """Decides whether a report is an alert, and extracts its facts and reasons."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._matcher = Matcher(lexicon.terms)
        self._counts = CountReader(lexicon)

    @classmethod
    def from_lexicons(cls, paths: Sequence[Path] | None = None) -> Classifier:
        """A classifier over the given lexicon files (default: the bundled ones)."""
        return cls(load_lexicon(paths))

    def scan(self, text: str) -> list[Hit]:
        """The lexicon terms found in `text` (for tools and tests)."""
        return self._matcher.scan(text)

    def classify(self, doc: Document) -> Verdict:
        title_hits = self._matcher.scan(doc.title) if doc.title else []
        text_hits = self._matcher.scan(doc.text) if doc.text else []
        if not any(h.has(c) for h in (*title_hits, *text_hits) for c in TOPIC_CONCEPTS):
            return IGNORE
        fields = [("text", doc.text, text_hits)]
        if doc.title:
            fields.insert(0, ("title", doc.title, title_hits))
        sentences = build_sentences(fields)
        analysis = analyse(sentences, doc.date.year if doc.date else None)
        extraction = extract(analysis, self._counts, doc.date)
        decision = decide(analysis, extraction.specifics)
        facts = extraction.facts if decision.tier is not Tier.IGNORE else Facts()
        reasons = build_reasons(analysis, decision, extraction.status_event)
        return Verdict(decision.tier, decision.score, facts, reasons)
