"""The Classifier: lexicons in, a Verdict for each Document out.

Built once from the lexicon files (one Aho-Corasick automaton over every term of every language,
and the number reader); `classify` is then pure, deterministic and safe to call from many threads:
scan the title and text, cut into sentences, read the status events, apply the tier rules, extract
the facts and the reasons. Reports that name no North Korean refugee at all, or name them nowhere
near a status word (400 characters), are ignored right after the scan: the common case stays fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bot.classify.events import STATUS_TRIGGERS, build_sentences
from bot.classify.explain import build_reasons
from bot.classify.extract import extract
from bot.classify.lexicon import Lexicon, load_lexicon
from bot.classify.matcher import Hit, Matcher
from bot.classify.numbers import CountReader
from bot.classify.rules import analyse, decide, demotion, names_them
from bot.domain import Document, Facts, Tier, Verdict

TOPIC_CONCEPTS = frozenset({"subject", "subject_one", "subject_weak"})
SENTENCE_REACH = 400  # characters; longer sentences are rare in news
DEMOTING = ("trap_history", "trap_zainichi", "trap_stats")
IGNORE = Verdict(Tier.IGNORE, 0.0)
NO_EVENT = Verdict(Tier.IGNORE, 0.1)
# What can make a sentence about the people more than a mention: a status word, a cue that
# cancels one, or repatriation as a topic. Without one anywhere, the answer is NO_EVENT.
EVENT_CONCEPTS = frozenset({*STATUS_TRIGGERS, "repat_topic"})


class Classifier:
    """Decides whether a report is an alert, and extracts its facts and reasons."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._matcher = Matcher(lexicon.terms)
        self._counts = CountReader(lexicon)
        self._might_be_topical = self._matcher.detector(TOPIC_CONCEPTS)

    @classmethod
    def from_lexicons(cls, paths: Sequence[Path] | None = None) -> Classifier:
        """A classifier over the given lexicon files (default: the bundled ones)."""
        return cls(load_lexicon(paths))

    @property
    def counts(self) -> CountReader:
        """The head-count reader built from the same lexicons."""
        return self._counts

    def scan(self, text: str) -> list[Hit]:
        """The lexicon terms found in `text` (for tools and tests)."""
        return self._matcher.scan(text)

    def classify(self, doc: Document) -> Verdict:
        # Many feeds repeat the headline as the first line of the text: scan it once.
        repeated = bool(doc.title) and doc.text.startswith(doc.title)
        raw_title = self._matcher.raw(doc.title) if doc.title and not repeated else None
        raw_text = self._matcher.raw(doc.text)
        if not self._might_be_topical(raw_text) and not (
            raw_title is not None and self._might_be_topical(raw_title)
        ):
            return IGNORE  # the common case, decided on the raw matches alone
        text_hits = self._matcher.hits(raw_text)
        fields = [("text", doc.text, text_hits)]
        if raw_title is not None:
            fields.insert(0, ("title", doc.title, self._matcher.hits(raw_title)))
        elif repeated:
            end = len(doc.title)
            fields.insert(0, ("title", doc.title, [h for h in text_hits if h.end <= end]))
        found = {c for _, _, hits in fields for h in hits for c in h.concepts}
        if found.isdisjoint(TOPIC_CONCEPTS):
            return IGNORE
        if found.isdisjoint(DEMOTING) and not any(_near(hits) for _, _, hits in fields):
            return NO_EVENT  # North Korean refugees named, but nothing happens to them
        sentences = build_sentences(fields)
        if not any(_eventful(s.concepts) for s in sentences):
            # The same, sentence by sentence: no sentence joins the people to an event. Only a
            # memoir or statistics headline (or the Zainichi programme) can still make it related.
            if not names_them(sentences):
                return IGNORE
            if demotion(sentences) is None:
                return NO_EVENT
        analysis = analyse(sentences, doc.date.year if doc.date else None)
        extraction = extract(analysis, self._counts, doc.date)
        decision = decide(analysis, extraction.specifics)
        facts = extraction.facts if decision.tier is not Tier.IGNORE else Facts()
        reasons = build_reasons(analysis, decision, extraction.status_event)
        return Verdict(decision.tier, decision.score, facts, reasons)


def _eventful(concepts: frozenset[str]) -> bool:
    """Whether one sentence names the people and something that happens to them (or could)."""
    return not concepts.isdisjoint(TOPIC_CONCEPTS) and not concepts.isdisjoint(EVENT_CONCEPTS)


def _near(hits: list[Hit]) -> bool:
    """Whether a subject and a status word stand close enough to share a sentence."""
    subjects = [h.start for h in hits if not h.concepts.isdisjoint(TOPIC_CONCEPTS)]
    if not subjects:
        return False
    return any(
        not h.concepts.isdisjoint(STATUS_TRIGGERS)
        and any(abs(h.start - s) <= SENTENCE_REACH for s in subjects)
        for h in hits
    )
