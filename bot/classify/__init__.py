"""Classification of news reports: is this a detention or forced repatriation of North Koreans
abroad, why, and with which facts (country, place, people, groups, status, organisations, date).

Pure: no I/O beyond reading the bundled lexicon files once, on first use. Call `classify(doc)`
for the default classifier, or build a `Classifier.from_lexicons(paths)` over your own lexicons.
"""

from __future__ import annotations

from functools import lru_cache

from bot.classify.classifier import Classifier
from bot.classify.explain import explain
from bot.domain import Document, Verdict

__all__ = ["Classifier", "classify", "default_classifier", "explain"]


@lru_cache(maxsize=1)
def default_classifier() -> Classifier:
    """The classifier over the bundled lexicons, built once."""
    return Classifier.from_lexicons()


def classify(doc: Document) -> Verdict:
    """Classify one report with the default classifier."""
    return default_classifier().classify(doc)
