"""Guess a text's language from the scripts its letters are written in.

Pure and cheap, meant as the last resort when neither feeds.yaml nor the feed itself names a
language: Hangul means Korean, kana (with or without Han) Japanese, Han alone Chinese, Cyrillic Russian
(Ukrainian when it has letters only Ukrainian uses), Thai, Hebrew, Devanagari (Hindi), Arabic script
(Urdu or Persian when their own letters appear, else Arabic); anything else is taken as English. The
script with the most letters wins, so an English story quoting one Korean name stays English.
`plausible` tells whether a feed's declared language fits the script of its text.
"""

from __future__ import annotations

import re

_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
_URDU_ONLY = frozenset("ٹڈڑںےۓھہ")
_PERSIAN_ONLY = frozenset("پچژگی")
_SAMPLE = 1000  # characters: enough to decide, cheap on long texts


_SCRIPTS = {
    "hangul": re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"),
    "kana": re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d]"),
    "han": re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
    "hebrew": re.compile(r"[\u0590-\u05ff]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]"),
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
}


def detect_language(text: str) -> str:
    """An ISO 639-1 code for `text`, judged by its dominant script; "en" when nothing else fits."""
    sample = text[:_SAMPLE]
    if sample.isascii():
        return "en"
    counts = {script: len(pattern.findall(sample)) for script, pattern in _SCRIPTS.items()}
    # Japanese mixes kana and Han: count them together when there is any kana at all.
    if counts["kana"]:
        counts["kana"] += counts.pop("han")
    script = max(counts, key=lambda name: counts[name])
    return _language_of(script, sample) if counts[script] else "en"


_SHARED_SCRIPTS = (
    frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg"}),
    frozenset({"ar", "ur", "fa", "ps", "ug", "ku", "sd"}),
    frozenset({"zh", "ja"}),  # Han-only text cannot tell Chinese from Japanese
)


def plausible(tagged: str, detected: str) -> bool:
    """Whether a declared language fits text detected as `detected` (same script, or Latin text)."""
    if detected in ("en", tagged):
        return True
    return any(tagged in family and detected in family for family in _SHARED_SCRIPTS)


def _language_of(script: str, sample: str) -> str:
    letters = set(sample)
    match script:
        case "hangul":
            return "ko"
        case "kana":
            return "ja"
        case "han":
            return "zh"
        case "cyrillic":
            return "uk" if letters & _UKRAINIAN_ONLY else "ru"
        case "thai":
            return "th"
        case "hebrew":
            return "he"
        case "devanagari":
            return "hi"
        case "arabic":
            if letters & _URDU_ONLY:
                return "ur"
            return "fa" if letters & _PERSIAN_ONLY else "ar"
    return "en"
