"""Who a figure counts: the noun for people nearest to it, and how surely it names them.

Whether that noun names the incident's people or others beside them (missionaries, brokers,
other nationalities, crews), and how surely it names the people (`naming_rank`: a word that says
who they are over a weak one such as "defectors").
"""

from __future__ import annotations

from typing import Final

from bot.classify.matcher import Hit
from bot.classify.numbers import Count
from bot.classify.sentences import Sentence, clause_around

NAMING_PEOPLE: Final = ("subject", "subject_one", "subject_weak")
# Counted people who are not the incident's: missionaries and brokers, other nationalities,
# soldiers, crews ("한국인 선교사 2명과 탈북자 8명": eight), and those who speak or act about
# them ("의원 20명은 … 탈북민 9명의 북송을 막아야": nine).
OTHERS: Final = (
    "trap_foreigner",
    "trap_other",
    "trap_pow",
    "trap_workers",
    "trap_voluntary",
    "bystanders",
)
PERSON_NOUNS: Final = frozenset({*NAMING_PEOPLE, *OTHERS, "subject_pron", "group"})
BESIDE: Final = 3  # characters between a figure and the noun it counts (탈북자 8명, 2名传教士)
# characters from a family's word to its figure, its nationality between them
# (ครอบครัวชาวเกาหลีเหนือ 4 คน)
FAMILY_REACH: Final = 20


def of_others(sentence: Sentence, count: Count) -> bool:
    """Whether the figure counts people who are not the incident's: the noun nearest to it (on
    either side, since languages put it before or after) names others and not the people."""
    hit = _nearest_noun(sentence, count)
    if hit is None:
        return False
    return any(hit.has(c) for c in OTHERS) and not any(hit.has(c) for c in NAMING_PEOPLE)


def of_group(sentence: Sentence, count: Count) -> bool:
    """Whether a figure counts a group of the people (women, children), by the noun beside it."""
    hit = _nearest_noun(sentence, count)
    return hit is not None and hit.has("group")


def of_family(sentence: Sentence, count: Count) -> bool:
    """Whether a figure counts a family: a word for one (`groups`' family, or a subject that
    names `one_family`: 脱北者の一家) in its words or before them, at most a nationality
    between ("일가족 4명", "一家4人", "семью из четырех человек", "ครอบครัวชาวเกาหลีเหนือ 4 คน"),
    no clause break or coordinator across."""
    start, end = count.start + sentence.start, count.end + sentence.start
    for hit in sentence.hits_of("group", "one_family"):
        if not any(
            e.concept == "one_family" or (e.concept == "group" and e.value == "family")
            for e in hit.entries
        ):
            continue
        if start <= hit.start < end:
            return True
        if 0 <= start - hit.end <= FAMILY_REACH and not _across_and(sentence, (start, end), hit):
            return True
    return False


def own_rank(sentence: Sentence, count: Count) -> int:
    """How surely the words of a figure itself name the people (not a noun beside it, which may
    be the list's head: "North Korean defectors, two men, three women")."""
    start, end = count.start + sentence.start, count.end + sentence.start
    return max((_rank(h) for h in sentence.hits if start <= h.start and h.end <= end), default=0)


def written_rank(sentence: Sentence, count: Count) -> int:
    """`own_rank`, or where the figure's words hold no noun, the rank of the noun written right
    after them, nothing between but a few characters and no comma ("一名[朝鲜公民]", whose
    counter leaves the noun outside the figure); never the noun before, which may be a list's
    head."""
    own = own_rank(sentence, count)
    if own:
        return own
    end = count.end + sentence.start
    for hit in sentence.hits:
        if hit.concepts.isdisjoint(PERSON_NOUNS) or not 0 <= hit.start - end <= BESIDE:
            continue
        if not _across_and(sentence, (count.start + sentence.start, end), hit):
            return _rank(hit)
    return 0


def part_rank(sentence: Sentence, part: Count) -> int:
    """How surely a part's clause names the people: a noun in its words ("eight of them North
    Koreans") or one the clause says the part is ("其中8人是脱北者", "trong đó 8 người là người
    đào tẩu Triều Tiên"), or their nationality ("eight of whom were North Korean")."""
    _, end = clause_around(sentence, part.start, part.end)
    start, stop = part.start + sentence.start, end + sentence.start
    ranks = [
        2 if _nationality(sentence, hit) else _rank(hit)
        for hit in sentence.hits
        if start <= hit.start and hit.end <= stop
    ]
    return max([naming_rank(sentence, part), *ranks])


def _nationality(sentence: Sentence, hit: Hit) -> bool:
    """Whether a hit says "North Korean" of someone, or that they came from North Korea (an
    `origin` word before the country: "eight from North Korea", "8 người đến từ Triều Tiên")."""
    if not hit.has("nk"):
        return False
    if not hit.has("place"):
        return True
    end = hit.start - sentence.start
    return sentence.grammar.origin_before.search(sentence.text, 0, end) is not None


def naming_rank(sentence: Sentence, count: Count) -> int:
    """How surely the noun nearest to the figure names the people: 2 for a word that says who
    they are ("North Koreans"), 1 for a weak one ("defectors", "illegal migrants"), else 0."""
    hit = _nearest_noun(sentence, count)
    return 0 if hit is None else _rank(hit)


def _rank(hit: Hit) -> int:
    if hit.has("subject") or hit.has("subject_one"):
        return 2
    return 1 if hit.has("subject_weak") else 0


def _nearest_noun(sentence: Sentence, count: Count) -> Hit | None:
    """The noun for people nearest to a figure, inside its words or beside them on either side,
    not across "and" (5名脱北者和2名蛇头: the noun before "and" is the other figure's) nor a
    clause break (4名脱北者，另有3名中国蛇头: the brokers')."""
    start, end = count.start + sentence.start, count.end + sentence.start
    nearest: tuple[int, Hit] | None = None
    for hit in sentence.hits:
        # Only nouns for people: not the verb ("逮捕了2名"), not a nationality modifying the
        # noun ("2名韩国传教士").
        if hit.concepts.isdisjoint(PERSON_NOUNS):
            continue
        if hit.start < end and start < hit.end:  # the noun inside the figure's words
            gap = 0
        elif 0 <= start - hit.end <= BESIDE:
            gap = start - hit.end
        elif 0 <= hit.start - end <= BESIDE:
            gap = hit.start - end
        else:
            continue
        if gap and _across_and(sentence, (start, end), hit):
            continue
        if nearest is None or gap < nearest[0]:
            nearest = (gap, hit)
    return nearest[1] if nearest is not None else None


def _across_and(sentence: Sentence, figure: tuple[int, int], hit: Hit) -> bool:
    """Whether a coordinator or a clause break stands between a figure and a noun beside it
    (absolute offsets)."""
    left, right = sorted((figure, (hit.start, hit.end)))
    start, end = left[1] - sentence.start, right[0] - sentence.start
    grammar = sentence.grammar
    return grammar.coordinated(sentence.text, start, end) or grammar.breaks(
        sentence.text, start, end
    )
