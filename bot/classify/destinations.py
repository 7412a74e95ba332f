"""Where a return word sends the people: North Korea, a neighbour, or the South.

"deported to China" is an expulsion to a neighbour rather than a repatriation, and "deported to
South Korea" (한국으로 추방, 遣送到韩国) the end of the journey; the `sent_to` markers of the verb's
language say which place the people are sent to.
"""

from __future__ import annotations

from typing import Final

from bot.classify.language import ARTICLE_LENGTH
from bot.classify.matcher import Hit
from bot.classify.sentences import Sentence, clause_break

NORTH, SOUTH = "KP", "KR"
# Not a country: a return word that sends the people to a custody ("sent back to the detention
# centre", 入管施設に送り返された, 구금시설로 돌려보내졌다): held there, not gone home.
HELD: Final = "held"
# characters past a custody word in which a word naming the North makes it the North's own
NORTH_REACH: Final = 16
NONFOREIGN: Final = frozenset({NORTH, SOUTH})
# characters before a place in which a `partner` marker makes it the partner's country
PARTNER_REACH: Final = 64
# The people, as they may stand between a verb and where they were sent.
PEOPLE: Final = ("subject", "subject_one", "subject_weak", "subject_pron", "number")


def sent_where(kind: str, destination: str | None) -> str:
    """A return word read with where it sends the people: to a neighbour ("deported to China")
    an expulsion, not a repatriation; to the South ("deported to South Korea", 한국으로 추방,
    遣送到韩国) the end of their journey, done (reached a third country) or still to come (the
    people are in the hands of the police until then: "plan to deport them to South Korea next
    week", an arrest unless the report tells more), never a return to the North; to a custody
    ("sent back to the detention centre") a custody."""
    if destination == SOUTH:
        return "third" if kind in ("repatriated", "expelled") else "apprehended"
    if destination == HELD:
        return "custody" if kind in ("repatriated", "expelled") else kind
    if destination is not None and kind == "repatriated":
        return "expelled"
    return kind


def destination(sentence: Sentence, hit: Hit) -> str | None:
    """ "deported (nine defectors) to China", "депортировали в Китай", "중국으로 추방", "nach China
    abgeschoben": the country (ISO) a return word sends the people to, when it is not North
    Korea (the `sent_to` markers of the verb's language, between the verb and the place or
    before the place); None when the sentence names no such place so. Read once per word: the
    events and the places of the sentence both ask."""
    if sentence.destinations is None:
        sentence.destinations = {}
    key = (hit.start, hit.end)
    if key not in sentence.destinations:
        sentence.destinations[key] = _destination(sentence, hit)
    return sentence.destinations[key]


def _destination(sentence: Sentence, hit: Hit) -> str | None:
    if hit.has("nk"):
        # The word names the North ("передали сотрудникам посольства КНДР в Москве"): that is
        # where it sends them, and a place after it is where it happened.
        return None
    grammar = sentence.root.of_hit(hit)
    text, base = sentence.text, sentence.start
    for place in sentence.hits_of("place"):
        where = next(
            (e.value for e in place.entries if e.concept == "place" and e.value != NORTH), None
        )
        if where is None:
            continue
        if clause_break(sentence, *sorted((hit.end, place.start))):
            if _past_an_aside(sentence, hit, place, grammar.sent_to_before):
                return where
            continue  # "handed over (the man) held in Vladivostok": the place is another clause's
        if place.start >= hit.end:
            between, markers = _unpeopled(sentence, hit.end, place.start), grammar.sent_to_before
            # A part of the people before the marker: "trục xuất 4 trong số 7 người Bắc Hàn sang
            # Hàn Quốc" (deported four of the seven to South Korea).
            between = _without_partitive(between, sentence.root.partitive_before)
        elif place.end <= hit.start:
            if _partner(sentence, place, hit, grammar.sent_to_partner):
                return where
            between, markers = _unpeopled(sentence, place.end, hit.start), grammar.sent_to_after
            # The verb right after the place: a marker before it ("nach China abgeschoben"). Not
            # past the people ("задержанных в Даньдуне беглецов отправили"): where they were held.
            if not text[place.end - base : hit.start - base].strip():
                ahead = text[max(0, place.start - base - 16) : place.start - base].lower().split()
                between, markers = " ".join(ahead[-2:]), grammar.sent_to_before
                if between not in markers:
                    between = ahead[-1] if ahead else ""
        else:
            continue
        if _is_marker(between, markers):
            return where
        # A handover marker after the people and what qualifies them: "trao trả 6 người Triều
        # Tiên vượt biên trái phép cho lực lượng chức năng Trung Quốc".
        if place.start >= hit.end and f" {between}".endswith(grammar.sent_to_handover):
            return where
        if (
            grammar.sent_to_bare
            and place.start >= hit.end
            and not text[hit.end - base : place.start - base].strip()
            and not _qualifies_people(sentence, place)
            # The word names its own end already (驱逐至中国 韩国团体…): what follows is not it.
            and not any(m in hit.surface.lower() for m in grammar.sent_to_before)
        ):
            return where
    return HELD if _to_custody(sentence, hit) else None


def _partner(sentence: Sentence, place: Hit, hit: Hit, markers: tuple[str, ...]) -> bool:
    """ "Đồn Biên phòng … phối hợp với Trạm Kiểm soát biên giới Thiên Bảo (Trung Quốc) tổ chức
    trao trả 4 phụ nữ": the place names the partner the agent works with (a `partner` marker
    within PARTNER_REACH before it, in the return word's clause), so the people go to the
    partner's country, a handover to a neighbour, not a return to the North. Not where the
    sentence names the North after the return word ("… trục xuất 3 người về Triều Tiên")."""
    if not markers or any(
        p.start >= hit.end and any(e.value == NORTH for e in p.entries)
        for p in sentence.hits_of("place")
    ):
        return False
    text, base = sentence.text, sentence.start
    before = text[max(0, place.start - base - PARTNER_REACH) : place.start - base].lower()
    return any(m in before for m in markers)


def _past_an_aside(sentence: Sentence, hit: Hit, place: Hit, markers: frozenset[str]) -> bool:
    """ "deported four North Koreans, who had been held in Bangkok since April, to South Korea",
    "trục xuất 4 người Triều Tiên, những người bị giam ở Bangkok, sang Hàn Quốc": the people
    right after the return word, an aside set off by commas right after them, and the marker
    right before the place once the aside is closed."""
    if place.start < hit.end:
        return False
    text, base = sentence.text, sentence.start
    comma = text.find(",", hit.end - base, place.start - base)
    them = [p for p in sentence.hits_of(*PEOPLE) if hit.end <= p.start and p.end <= comma + base]
    if not them or _unpeopled(sentence, hit.end, them[0].start):
        return False
    after = text[them[-1].end - base : place.start - base]
    if not after.startswith(",") or after.count(",") != 2:
        return False
    return after.rsplit(",", 1)[1].strip().lower() in markers


def _to_custody(sentence: Sentence, hit: Hit) -> bool:
    """Whether the return word sends the people back into a custody of the sentence, with a
    `sent_to` marker and maybe an article between ("sent back to the immigration detention
    centre", "bị đưa trở lại trại tạm giam", 入管施設に送り返された, 구금시설로 돌려보내졌다),
    and nothing naming the North near it (a camp there is the return's end)."""
    grammar = sentence.root.of_hit(hit)
    for held in sentence.hits_of("custody"):
        first, last = sorted((hit, held), key=lambda h: h.start)
        if first.end > last.start or clause_break(sentence, first.end, last.start):
            continue
        between = _unpeopled(sentence, first.end, last.start)
        if held.start >= hit.end:
            words = between.split()
            near = not words or (
                words[0] in grammar.sent_to_before
                and all(len(w) <= ARTICLE_LENGTH for w in words[1:])
            )
        else:
            near = between in grammar.sent_to_after
        if near and not _names_the_north(sentence, first.start, last.end + NORTH_REACH):
            return True
    return False


def _qualifies_people(sentence: Sentence, place: Hit) -> bool:
    """Whether the people's word follows the place in its clause, which the place then
    qualifies (遣返中国境内的脱北者: those in China, not sent there)."""
    return any(
        them.start >= place.end and not clause_break(sentence, place.end, them.start)
        for them in sentence.hits_of(*PEOPLE)
    )


def _names_the_north(sentence: Sentence, start: int, end: int) -> bool:
    return any(
        start <= h.start < end
        and (h.has("nk") or any(e.concept == "place" and e.value == NORTH for e in h.entries))
        for h in sentence.hits
    )


def _without_partitive(between: str, partitive: tuple[str, ...]) -> str:
    """The words between without a partitive word opening them ("trong số sang": "sang")."""
    opening = next((p for p in partitive if between.startswith(p)), None)
    return between[len(opening) :] if opening else between


def _unpeopled(sentence: Sentence, start: int, end: int) -> str:
    """The sentence's text between two offsets without the people and figures (with the counter
    written onto one, 5 คน), lower-cased."""
    between = sentence.text[start - sentence.start : end - sentence.start]
    for them in sentence.hits_of(*PEOPLE):
        if start <= them.start and them.end <= end:
            between = between.replace(them.surface, " ", 1)
    counted = sentence.root.figure_counter
    if counted is not None:
        between = counted.sub(" ", between)  # "5 คนไปยัง": the marker ไปยัง
    between = "".join(" " if ch.isdigit() else ch for ch in between)
    return " ".join(between.split()).lower()


def _is_marker(between: str, markers: frozenset[str]) -> bool:
    """Whether what is left between a return word and a place once the people are taken out is
    a `sent_to` marker, maybe after a particle or an article ("deportó a nueve norcoreanos a
    China": the second "a"; "deported the five defectors to China"; "expulsé les cinq
    transfuges vers la Chine")."""
    if between in markers:
        return True
    words = between.split()
    return (
        bool(words)
        and len(words[0]) <= ARTICLE_LENGTH
        and (words[-1] in markers or " ".join(words[1:]) in markers)
    )


def sends_north(sentence: Sentence, hit: Hit) -> bool:
    """Whether a return word names the North as where it sends the people: in its own words
    ("sent back to North Korea", 遣返回朝鲜, 北朝鮮に送還, a `sent_to.north` word such as 북송),
    or as the place its `sent_to` marker opens or closes (북한으로 송환, депортированы в КНДР).
    A return naming no place ("sent back this week") does not."""
    if hit.has("nk"):
        return True
    grammar = sentence.root.of_hit(hit)
    surface = hit.surface.lower()
    if any(word in surface for word in grammar.sent_to_north):
        return True
    for place in sentence.hits_of("place"):
        if not any(e.concept == "place" and e.value == NORTH for e in place.entries):
            continue
        first, last = sorted((hit, place), key=lambda h: h.start)
        if first.end > last.start or clause_break(sentence, first.end, last.start):
            continue
        between = _unpeopled(sentence, first.end, last.start)
        if place.start < hit.end:
            if between in grammar.sent_to_after:
                return True
            continue
        if _is_marker(between, grammar.sent_to_before):
            return True
        if grammar.sent_to_bare and not between:
            return True
    return False
