"""A small, deterministic MinHash for spotting near-copies of one report (syndication, reposts).

Text is normalised (case-folded, punctuation dropped, whitespace collapsed) and cut into character
shingles, which work the same for spaced (English) and unspaced (Chinese, Japanese) scripts. Each
shingle is hashed once with BLAKE2b, and the signature keeps the `SIGNATURE_SIZE` smallest hashes
(a bottom-k MinHash: one hash function instead of k permutations, so a sort in C does the work).
Of the k smallest hashes of two signatures together, the share found in both estimates the Jaccard
similarity of the two shingle sets. Same input, same signature, on every machine and run.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence

SIGNATURE_SIZE = 64
SHINGLE = 5


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
    """The MinHash signature of `text`: its smallest shingle hashes, ascending (empty for no text)."""
    return tuple(sorted({_hash(s) for s in shingles(text)})[:SIGNATURE_SIZE])


def similarity(left: Sequence[int], right: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures (0.0 if either is empty)."""
    if not left or not right:
        return 0.0
    both = set(left) & set(right)
    smallest = sorted(set(left) | set(right))[: max(len(left), len(right))]
    return sum(1 for h in smallest if h in both) / len(smallest)
