"""A small, deterministic MinHash for spotting near-copies of one report (syndication, reposts).

Text is normalised (case-folded, punctuation dropped, whitespace collapsed) and cut into character
shingles, which work the same for spaced (English) and unspaced (Chinese, Japanese) scripts. Each
shingle is hashed once with BLAKE2b; the signature keeps, for each of `NUM_PERM` fixed affine
permutations, the smallest permuted hash. The share of equal positions in two signatures estimates
the Jaccard similarity of their shingle sets. Same input, same signature, on every machine and run.
"""

from __future__ import annotations

import hashlib
import random
import unicodedata
from collections.abc import Sequence

NUM_PERM = 64
SHINGLE = 5
_PRIME = (1 << 61) - 1
_MASK = (1 << 32) - 1
_PERMUTATIONS: tuple[tuple[int, int], ...] = tuple(
    (rng.randrange(1, _PRIME), rng.randrange(0, _PRIME))
    for rng in [random.Random(20191130)]
    for _ in range(NUM_PERM)
)


def normalise_text(text: str) -> str:
    """Case-folded text with punctuation and symbols dropped and whitespace collapsed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    kept = [ch if unicodedata.category(ch)[0] in "LN" else " " for ch in folded]
    return " ".join("".join(kept).split())


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The set of `size`-character shingles of the normalised text (the whole text if shorter)."""
    norm = normalise_text(text)
    if len(norm) <= size:
        return {norm} if norm else set()
    return {norm[i : i + size] for i in range(len(norm) - size + 1)}


def _hash(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of `text`; empty text gives an empty signature."""
    hashes = [_hash(s) for s in shingles(text)]
    if not hashes:
        return ()
    return tuple(min(((a * h + b) % _PRIME) & _MASK for h in hashes) for a, b in _PERMUTATIONS)


def similarity(left: Sequence[int], right: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures (0.0 if either is empty)."""
    if not left or not right or len(left) != len(right):
        return 0.0
    return sum(1 for x, y in zip(left, right, strict=True) if x == y) / len(left)
