"""A small, deterministic MinHash for spotting near-copies of one report (syndication, reposts).

Text is normalised (case-folded, punctuation dropped, whitespace collapsed) and its first `SPAN`
characters (a headline and lead, where a copied story shows) cut into character shingles, which
work the same for spaced (English) and unspaced (Chinese, Japanese) scripts. Each shingle gets a
64-bit polynomial hash of its code points, mixed so the bits spread, computed for all shingles at
once with numpy (hashing them one by one in Python cost a tenth of a millisecond a report); the
signature keeps the `SIGNATURE_SIZE` smallest (a bottom-k MinHash: one hash function instead of k
permutations). Of the k smallest hashes of two signatures together, the share found in both
estimates the Jaccard similarity of the two shingle sets. Same input, same signature, on every
machine and run. A report's signature is held `compact`, as the bytes of its 64-bit hashes: a
tuple of Python ints took five times the memory, most of what a cached case member costs. The
case store keeps these bytes as they are (`case_reports.signature`).
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

SIGNATURE_SIZE = 64
SHINGLE = 5
SPAN = 300
_BASE = np.uint64(0x100000001B3)
_MIX = np.uint64(0x9E3779B97F4A7C15)


class _Kept(dict[int, str]):
    """Letters and digits kept, everything else a space; worked out once per character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = ch if unicodedata.category(ch)[0] in "LN" else " "
        self[code] = out
        return out


_KEPT = _Kept()


def normalise_text(text: str) -> str:
    """Case-folded text with punctuation and symbols dropped and whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().translate(_KEPT).split())


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The set of `size`-character shingles of the normalised text (the whole text if shorter)."""
    norm = normalise_text(text)
    if len(norm) <= size:
        return {norm} if norm else set()
    return {norm[i : i + size] for i in range(len(norm) - size + 1)}


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of `text`: its smallest shingle hashes, ascending (empty for no text)."""
    return tuple(_signature(text).tolist())


def compact_signature(text: str) -> bytes:
    """`compact(signature(text))`, made from the array without a tuple of ints in between."""
    return _signature(text).tobytes()


def _signature(text: str) -> np.ndarray[Any, Any]:
    norm = normalise_text(text[: SPAN * 2])[:SPAN]
    if not norm:
        return _NONE
    points = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    width = min(SHINGLE, len(points))
    hashes = np.zeros(len(points) - width + 1, dtype=np.uint64)
    for offset in range(width):  # wraps around modulo 2**64, as intended
        hashes = hashes * _BASE + points[offset : offset + len(hashes)]
    hashes ^= hashes >> np.uint64(29)
    hashes *= _MIX
    hashes ^= hashes >> np.uint64(32)
    return _smallest_distinct(hashes, SIGNATURE_SIZE)


_NONE = np.zeros(0, dtype=np.uint64)


def _smallest_distinct(values: np.ndarray[Any, Any], count: int) -> np.ndarray[Any, Any]:
    """`np.unique(values)[:count]`: sorted, each value once. For a few hundred values, sorting
    and dropping repeats costs a fifth of np.unique (which hashes them first)."""
    ordered = np.sort(values)
    if len(ordered) > 1:
        ordered = ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]
    return ordered[:count]


Hashes = Sequence[int] | bytes  # a signature, or its compact form


def compact(hashes: Sequence[int]) -> bytes:
    """The signature as the bytes of its 64-bit hashes, in order."""
    return array("Q", hashes).tobytes()


def expand(signature: Hashes) -> Sequence[int]:
    """The hashes of a signature, compact or not."""
    return memoryview(signature).cast("Q") if isinstance(signature, bytes) else signature


def similarity(left: Hashes, right: Hashes) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures (0.0 if either is empty)."""
    mine = expand(left)
    return _similarity(mine, set(mine), expand(right))


def best_similarity(left: Hashes, others: Iterable[Hashes], *, floor: float) -> float:
    """The highest `similarity` of `left` with any of `others` when it reaches `floor`, else 0.0.

    Exact, but cheaper than the highest `similarity` over `others`: a pair whose shared hashes are too few to
    reach `floor`, or to beat the best so far, is never ranked (most pairs, even within a case).
    The pairs are ranked most shared first, so that the first ranked of several near-copies
    leaves the others too few to beat it (ranking cost most of comparing a case's near-copies).
    """
    mine = expand(left)
    count = len(mine)
    if not count:
        return 0.0
    kept = set(mine)
    bounded = []
    for other in others:
        right = expand(other)
        if not right:
            continue
        both = kept.intersection(right)
        size = max(count, len(right))
        bound = len(both) / size  # the similarity counts at most every shared hash
        if bound >= floor:
            bounded.append((bound, right, both, size))
    best = 0.0
    for bound, right, both, size in sorted(bounded, key=_bound, reverse=True):
        if bound <= best:
            break  # nor can any after it
        best = max(best, _ranked(mine, right, both, size))
    return best if best >= floor else 0.0


def _bound(pair: tuple[float, Sequence[int], set[int], int]) -> float:
    return pair[0]


class Signatures:
    """Signatures to compare a text with all at once: a case record keeps its members'
    (bot.cases.record), and linking compares a report with them for every candidate case. One
    by one, that cost grew with the case (issue 14); past `_FEW`, they are compared side by side
    in one array (one row each), in a few array steps whatever their number. The array is made
    when first needed (a copy of the signatures' bytes: 512 for each). Signatures are as
    `signature` makes them: distinct hashes, ascending. Immutable as seen from outside."""

    __slots__ = ("_each", "_rows")

    def __init__(self, each: tuple[bytes, ...] = (), rows: _Rows | None = None) -> None:
        self._each = each  # compact, not empty
        self._rows = rows  # made by `_packed`, or not yet

    @classmethod
    def of(cls, signatures: Iterable[Hashes]) -> Signatures:
        return cls(tuple(dict.fromkeys(_compact(s) for s in signatures if len(s))))

    def plus(self, signature: Hashes) -> Signatures:
        """These signatures and one more (a copy compares as the first)."""
        more = _compact(signature)
        if not more or more in self._each:
            return self
        return Signatures((*self._each, more))

    def __len__(self) -> int:
        return len(self._each)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Signatures):
            return NotImplemented
        return self._each == other._each

    def best(self, left: Hashes, *, floor: float) -> float:
        """`best_similarity` of `left` with these signatures. A copy of one of them (a story
        reposted word for word: a third of the comparisons of a first poll's bench) is 1.0, the
        most any can be, and needs no comparing."""
        if floor <= 1.0 and _compact(left) in self._each:
            return 1.0
        if len(self._each) <= _FEW:
            return best_similarity(left, self._each, floor=floor)
        mine = _array(left)  # ascending, as every signature
        if not len(mine):
            return 0.0
        if self._rows is None:
            self._rows = _packed(self._each)
        return _best_row(mine, *self._rows, floor)


_Rows = tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]


def _best_row(
    mine: np.ndarray[Any, Any],
    rows: np.ndarray[Any, Any],
    sizes: np.ndarray[Any, Any],
    floor: float,
) -> float:
    """The best similarity of the ascending hashes `mine` with any of `rows` (ascending, padded
    after their `sizes` hashes). A hash a row shares with `mine` is among the `size` smallest
    of the two together when at most `size` of their hashes are at most it: the row's up to it
    (its column plus one) and the text's (those below it, and itself), less the shared ones up
    to it, counted twice."""
    count = len(mine)
    below = np.searchsorted(mine, rows)  # the text's hashes below each of the row's
    shared = mine[np.minimum(below, count - 1)] == rows
    shared &= sizes[:, None] > _COLUMNS  # the padding shares nothing
    size = np.maximum(sizes, count)
    union_rank = _COLUMNS + 2 + below - np.cumsum(shared, axis=1)
    counted = (shared & (union_rank <= size[:, None])).sum(axis=1)
    best = float((counted / size).max())
    return best if best >= floor else 0.0


def _packed(signatures: Sequence[bytes]) -> _Rows:
    """The signatures as rows, each padded after its hashes, and their sizes."""
    sizes = np.array([len(s) // 8 for s in signatures], dtype=np.int64)
    if (sizes == SIGNATURE_SIZE).all():  # all but the shortest texts
        rows = np.frombuffer(b"".join(signatures), dtype=np.uint64)
        return rows.reshape(len(sizes), SIGNATURE_SIZE), sizes
    rows = np.zeros((len(signatures), SIGNATURE_SIZE), dtype=np.uint64)
    for row, signature in zip(rows, signatures, strict=True):
        hashes = np.frombuffer(signature, dtype=np.uint64)
        row[: len(hashes)] = hashes
    return rows, sizes


_COLUMNS = np.arange(SIGNATURE_SIZE)
_FEW = 8  # signatures compared one by one: the array steps cost more than a few pairs


def _compact(signature: Hashes) -> bytes:
    return signature if isinstance(signature, bytes) else compact(signature)


def _array(signature: Hashes) -> np.ndarray[Any, Any]:
    if isinstance(signature, bytes):
        return np.frombuffer(signature, dtype=np.uint64)
    return np.asarray(signature, dtype=np.uint64)


def _similarity(mine: Sequence[int], kept: set[int], right: Sequence[int]) -> float:
    if not mine or not right:
        return 0.0
    both = kept.intersection(right)
    if not both:  # most pairs of reports: nothing to sort
        return 0.0
    return _ranked(mine, right, both, max(len(mine), len(right)))


def _ranked(mine: Sequence[int], right: Sequence[int], both: set[int], size: int) -> float:
    """The share of the union's `size` smallest hashes found in both signatures (`mine` and
    `right`: distinct hashes, ascending; `both`: the hashes they share).

    A shared hash counts when it is among the union's `size` smallest: when at most `size` of
    the union's hashes are at most it, those of each signature up to it less the shared ones
    (counted twice). That rank grows with the hash, so the shared hashes that count are the
    first few, found by halving: sorting the union instead cost twice as much."""
    shared = sorted(both)
    low, high = 0, len(shared)
    while low < high:
        middle = (low + high) // 2
        hash_ = shared[middle]
        if bisect_right(mine, hash_) + bisect_right(right, hash_) - middle - 1 <= size:
            low = middle + 1
        else:
            high = middle
    return low / size
