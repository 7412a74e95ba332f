"""The documented rule choosing a report's head count from its figures in reading order.

The first figure of the incident sentences (title first) counts; an open lower bound ("more than
30", "dozens of", 수십 명) gives no count unless a later figure that is no bound falls in its
range (10여 명 ... 11명 -> 11; "dozens" ... "some 35" -> about 35), and a figure the report also
gives as a floor ("13 held" ... "at least 13") gives none; additive figures are added, to one
person when the only other figures are additive ("a woman ... and two others": three). People
counted in parts and then all together again ("The seven", "이들 6명") are that figure: the
parts summed, or the first once those added were among it; so is a later exact figure that is a
pair named first and every figure between them summed ("a mother and daughter ... two men ...
the four": four).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.classify.numbers import Count, sums_up


@dataclass(frozen=True, slots=True)
class People:
    count: int | None
    text: str | None
    approx: bool
    floor: int = 0  # the figure read, even when it is only a lower bound
    others_only: bool = False  # the figures counted only others with them ("16 other crew")


def choose_people(counts: Sequence[Count], *, singular: str | None) -> People:
    """The documented rule (see the module docstring) over counts in reading order."""
    if not counts:
        return People(1, singular, False) if singular else People(None, None, False)
    if singular and all(c.additive for c in counts):
        # "A North Korean woman was held with two other defectors": the one and the others.
        with_others = 1 + sum(c.value for c in counts)
        if any(c.lower_bound for c in counts):
            return People(None, singular, True, with_others)
        return People(with_others, singular, False, with_others)
    # "Thêm 7 người bị bắt" (seven more) heads a report that tells both figures: the added
    # one counts from the first figure of the people themselves.
    base = next((i for i, c in enumerate(counts) if not c.additive), 0)
    first, rest = counts[base], list(counts[base + 1 :])
    if first.lower_bound:
        refined = next(
            (
                i
                for i, c in enumerate(rest)
                # an exact or approximate figure, not another bound ("dozens", then "some 35")
                if not c.lower_bound and first.value <= c.value < 2 * first.value
            ),
            None,
        )
        if refined is None:
            return People(None, first.text, True, first.value)
        first, rest = rest[refined], rest[refined + 1 :]
    if any(c.lower_bound and c.value == first.value for c in rest):
        # "13 defectors held" then "at least 13": the report itself says the figure is a floor.
        return People(None, first.text, True, first.value)
    retold = _total_retold(first, rest)
    if retold is not None:
        return People(retold.value, retold.text, False, retold.value)
    total = first.value + sum(c.value for c in rest if c.additive and not c.lower_bound)
    # "A family of five ... 15 defectors, among them the family": the later total counts all.
    everyone = next((c for c in rest if c.total and c.exact and c.value > total), None)
    everyone = everyone or _parts_summed_after(first, rest, total)
    if everyone is not None:
        return People(everyone.value, everyone.text, False, everyone.value)
    return People(total, first.text, first.approx, total)


def _parts_summed_after(first: Count, rest: Sequence[Count], total: int) -> Count | None:
    """ "Police detained a mother and daughter. Two men were also held. The four could be sent
    back": a later exact figure that is a pair named first without a figure (a couple, 母女)
    and every figure between them summed, more than the count so far, names them all again: it
    counts them (four, not two). (A first figure retold, "6 ... Sáu người", would sum to
    others.)"""
    if not first.member:
        return None
    for index, count in enumerate(rest):
        if not count.exact:
            return None
        if (
            index
            and not count.additive
            and count.value > total
            and sums_up(count, [first, *rest[:index]])
        ):
            return count
    return None


def _total_retold(first: Count, rest: Sequence[Count]) -> Count | None:
    """The people counted in parts, then all together again: "Seven held ... Four more were
    caught ... The seven are held" (those added were among the seven), "여성 2명과 아이 1명 ...
    남성 2명 ... 이들 5명" (the parts summed). A plain figure after the first that equals it once
    a figure was added, or the first and the plain figures between summed, counts them all;
    not where a part is told twice (a headline and its lead) or is one person (often a helper
    beside them), which sums nothing."""
    added = False
    parts = [first.value]
    for count in rest:
        if count.additive:
            added = True
            continue
        if not count.plain or count.member:
            continue
        if added and count.value == first.value:
            return first
        if _sum_of_parts(count, parts):
            return count
        parts.append(count.value)
    return None


def _sum_of_parts(count: Count, parts: Sequence[int]) -> bool:
    """Whether `count` is the sum of two or more parts, each of several people and told once."""
    return (
        len(parts) > 1
        and min(parts) > 1
        and len(set(parts)) == len(parts)
        and count.value == sum(parts)
    )
