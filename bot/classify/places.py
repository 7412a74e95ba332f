"""Where: the country of detention (ISO 3166-1 alpha-2) and the place as the report writes it.

Countries, demonyms ("Chinese police", 공안) and places (Shenyang, 단둥, 谅山, Владивосток) in the
gazetteer all vote for their country; North and South Korea never count as a country of detention
abroad. The title's vote weighs double, and a tie goes to the country named first. The
neighbour a return or an expulsion sends people to ("Laos deported four to China") says as
little as where they came from: the country that sent them held them. The place fact
joins the regions, cities and facilities named in the incident sentences, as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from bot.classify.destinations import NONFOREIGN, destination
from bot.classify.freed import released_here, releases_ended
from bot.classify.matcher import Hit
from bot.classify.sentences import Sentence

SPECIFIC_KINDS: Final = ("facility", "city", "region")
MAX_PLACES: Final = 3
# How much one mention says about where the people are held, as a share of a vote. A country or
# a town where something happens is a whole vote; each of these says less, and they multiply:
# "Chinese phones" says less than "in Shenyang" ("Chinese police": whole)
DEMONYM_SHARE: Final = 0.5
BORDER_SHARE: Final = 0.5  # "near the Laos border": beside the country, not in it
SPEAKER_SHARE: Final = 0.5  # "中国外交部", "МИД Китая": it speaks, as "the Chinese ministry" does
DESTINATION_SHARE: Final = 0.4  # "heading to Thailand": where they were going
# "caught trying to cross into Laos": where they did not get to, less again
ATTEMPT_SHARE: Final = 0.5
# characters from an attempt or stay cue ("trying to") to the place it names
ATTEMPT_REACH: Final = 40
ORIGIN_SHARE: Final = 0.25  # "crossed from China": where they came from, says least
# "Laos deported four North Koreans to China": the neighbour a return or an expulsion sends them
# to, where the country that held them is the one that sent them; as little as an origin.
SENT_TO_SHARE: Final = 0.25
SENDING: Final = ("expel", "repat", "facing")
# South Korea, once a report (in the headline: a whole vote): a country abroad named plainly
# once ties it and wins the tie; only a weaker mention ("from China") gives way to it.
SOUTH_SHARE: Final = 0.5
# characters of a province's or a town's suffix (省, 市, 성) after its name
PLACE_SUFFIX: Final = 1
TITLE_WEIGHT: Final = 2.0  # the headline names the incident's country more surely than the text
AFTER: Final = 24  # characters after a place read for an authority or a border noun
# Characters between a place and its own country named after it ("Bokeo province, Laos",
# "แขวงบ่อแก้ว สปป.ลาว"): the country stands where the place does.
APPOSITION: Final = 12


@dataclass(frozen=True, slots=True)
class Where:
    country: str | None
    place: str | None
    hits: tuple[Hit, ...]  # the place hits that voted for the chosen country


def foreign_places(sentence: Sentence) -> list[tuple[Hit, str, str]]:
    """(hit, iso, kind) for every place in `sentence` outside the two Koreas."""
    return [p for p in _places(sentence) if p[1] not in NONFOREIGN]


def _destination(sentence: Sentence, hit: Hit) -> bool:
    """ "to China", "en route to Thailand", "중국으로", "前往泰国": where people were going or were
    sent (the `toward` markers), which says less about where they are held than "in China"."""
    grammar = sentence.grammar
    offset = hit.start - sentence.start
    before = sentence.text[max(0, offset - grammar.toward_window) : offset]
    return bool(
        grammar.toward_before.search(before)
        or grammar.toward_after.match(sentence.text, hit.end - sentence.start)
        or _ends_with_marker(grammar.toward_ending, hit.surface)
        or _marker_runs_on(sentence, hit)
    )


def _ends_with_marker(ending: re.Pattern[str], surface: str) -> bool:
    """A place term written with its particle ("タイへ": Japanese タイ stands only with one): a
    marker ends it after its first character. One search (`ending` is anchored at the end)
    rather than a full match tried at each character."""
    found = ending.search(surface, 1)
    return found is not None and found.start() < len(surface)


def _marker_runs_on(sentence: Sentence, hit: Hit) -> bool:
    """A marker that starts on the particle written into a place term and runs on past it
    ("タイに" + "向かう": タイに向かう, heading for Thailand)."""
    toward, text = sentence.grammar.toward_after, sentence.text
    start, end = hit.start - sentence.start, hit.end - sentence.start
    for at in range(start + 1, end):
        found = toward.match(text, at)
        if found is not None and found.end() > end:
            return True
    return False


def _origin(sentence: Sentence, hit: Hit) -> bool:
    """ "crossed from China", "중국에서 넘어온", "从中国越境": where people came from (an `origin`
    marker beside the place, and a movement word within reach of it)."""
    grammar, text = sentence.grammar, sentence.text
    offset, end = hit.start - sentence.start, hit.end - sentence.start
    before = grammar.origin_before.search(text, max(0, offset - 12), offset)
    after = grammar.origin_after.match(text, end)
    own = after is None and _ends_on_marker(sentence, offset, end)
    if before is None and after is None and not own:
        return False
    if before is not None and _moved_before(sentence, before.start(), before.end()):
        return True
    tail = _past_destination(sentence, after.end()) if after is not None else end
    return grammar.movement_after is not None and bool(grammar.movement_after.match(text, tail))


def _before_held(sentence: Sentence, hit: Hit) -> bool:
    """Where people came from ("crossed from China") or hid before ("had spent months in hiding
    in China"): either says little about where they are held."""
    return (
        _origin(sentence, hit)
        or _after_cue(sentence, hit, "stayed")
        or _joined_to_origin(sentence, hit)
    )


def _joined_to_origin(sentence: Sentence, hit: Hit) -> bool:
    """ "travelled through China and Laos", "ผ่านประเทศจีนและ สปป.ลาว", "经中国和老挝",
    "중국과 라오스를 거쳐": a place joined by a coordinator ("and", และ, 和, 과) to one people came
    from, close beside it in one clause (before it where the marker follows the last place), is
    on their route too, not where they are held."""
    grammar, text, base = sentence.grammar, sentence.text, sentence.start
    for other, _iso, kind in _places(sentence):
        if kind == "demonym" or other is hit:
            continue
        start, end = (other.end, hit.start) if other.end <= hit.start else (hit.end, other.start)
        if (
            0 <= end - start <= APPOSITION
            and grammar.coordinated(text, start - base, end - base)
            and _origin(sentence, other)
        ):
            return True
    return False


def _ends_on_marker(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a place's own term ends on an origin marker, the place written with it (中서 넘어온:
    from China, 中서 being the term for "in China")."""
    origin_after = sentence.grammar.origin_after
    if origin_after.search(sentence.text, start + 1, end) is None:
        return False  # no marker anywhere inside it: one search, not a match at each character
    return any(origin_after.fullmatch(sentence.text, at, end) for at in range(start + 1, end))


def _origin_apposed(sentence: Sentence, hit: Hit, iso: str) -> bool:
    """A country named right after one of its own places that people came from ("crossed from
    Bokeo province, Laos"), or right before it (중국 네이멍구에서 국경을 넘은, 中国内蒙古): where
    they came from too, not a vote of its own. Not with another place between them (老挝前往泰国，
    在老挝北部: the second Laos is where they are held)."""
    places = _places(sentence)
    for other, other_iso, _kind in places:
        if other_iso != iso or any(
            min(other.end, hit.end) <= p.start and p.end <= max(other.start, hit.start)
            for p, _iso, _k in places
        ):
            continue
        gap = hit.start - other.end
        if 0 <= gap <= APPOSITION and other.start < hit.start:
            return _before_held(sentence, other) or _origin_apposed(sentence, other, iso)
        ahead = other.start - hit.end
        if 0 <= ahead <= APPOSITION and other.start > hit.start and _before_held(sentence, other):
            return True
    return False


def _moved_before(sentence: Sentence, marker: int, marker_end: int) -> bool:
    """A movement word ending within reach before the marker, in the same clause, or the
    marker itself ("fled China", 逃离俄罗斯, "trốn khỏi Nga", "via China")."""
    grammar, text = sentence.grammar, sentence.text
    start = max(0, marker - grammar.origin_reach - 20)
    for m in grammar.movement_before.finditer(text, start, marker_end):
        if m.end() > marker:
            return True
        if marker - m.end() <= grammar.origin_reach and not grammar.breaks(text, m.end(), marker):
            return True
    return False


def _past_destination(sentence: Sentence, tail: int) -> int:
    """Past the place people went to, when one follows the origin marker ("중국에서 몽골로
    넘어가다", "中国からカンボジアに入った"): the movement word comes after it."""
    text = sentence.text
    for hit in sentence.hits_of("place"):
        start = hit.start - sentence.start
        if start >= tail and not text[tail:start].strip():
            toward = sentence.grammar.toward_after.match(text, hit.end - sentence.start)
            return toward.end() if toward else hit.end - sentence.start
    return tail


def _share(sentence: Sentence, hit: Hit, iso: str, kind: str) -> float:
    """How much one place hit says about where the people are held."""
    if kind == "demonym":
        authority = _authority_in(sentence, hit) or _acting(sentence, hit)
        share = 1.0 if authority else DEMONYM_SHARE
    elif kind == "country" and _beside_border(sentence, hit) and not _acting(sentence, hit):
        share = BORDER_SHARE  # beside it, unless its border guards act ("몽골 국경수비대")
    elif kind == "country" and _speaking(sentence, hit):
        share = SPEAKER_SHARE
    else:
        share = 1.0
    if _before_held(sentence, hit):
        return share * ORIGIN_SHARE
    if kind == "country" and _origin_apposed(sentence, hit, iso):
        return 0.0  # its place already voted as where they came from
    if kind != "demonym" and _origin_apposed(sentence, hit, iso):
        # A province after the country people came from ("from China's Inner Mongolia",
        # "из китайской провинции Юньнань"): where they came from too.
        return share * ORIGIN_SHARE
    if _after_cue(sentence, hit, "attempt"):
        return share * DESTINATION_SHARE * ATTEMPT_SHARE
    if _sent_to(sentence, hit, iso):
        return share * SENT_TO_SHARE
    if _destination(sentence, hit):
        return share * DESTINATION_SHARE
    return share


def _sent_to(sentence: Sentence, hit: Hit, iso: str) -> bool:
    """Whether a return or an expulsion word of the sentence sends the people to the place at
    `hit` ("deported four North Koreans to China", "Trung Quốc"-bound handovers): see
    `destinations.destination`."""
    # A headline's bare deportation noun sends them too ("buộc trục xuất về Trung Quốc"); in
    # the text such a noun is often a call's topic ("중국에 북송 중단을 요구": China addressed).
    sending = (*SENDING, "repat_topic") if sentence.field == "title" else SENDING
    return any(destination(sentence, verb) == iso for verb in sentence.hits_of(*sending))


def _after_cue(sentence: Sentence, hit: Hit, concept: str) -> bool:
    """Whether the place at `hit` is the first one shortly after a `concept` cue, in its clause:
    an `attempt` ("caught trying to cross into Laos", "bị bắt khi tìm cách sang Lào", "при
    попытке перейти в Лаос") names a destination not reached (whether or not a `toward` marker
    says so: Russian в is also "in"); a `stayed` cue ("had spent months in hiding in
    northeastern China") names where they hid or lived before, not where they are held."""
    if not sentence.has(concept):
        return False  # most sentences hold no cue: the places need not be collected
    grammar, text, base = sentence.grammar, sentence.text, sentence.start
    places = sentence.hits_of("place")
    return any(
        0 <= hit.start - a.end <= ATTEMPT_REACH
        and not grammar.breaks(text, a.end - base, hit.start - base)
        # the first place after the cue is the one it governs; one after that ("trying to
        # reach South Korea, were arrested in Kunming") is where they were caught. One they
        # came from does not count ("making their way from China to Thailand": Thailand).
        and not any(
            a.end <= p.start and p.end <= hit.start and not _origin(sentence, p) for p in places
        )
        for a in sentence.hits_of(concept)
    )


def in_south_korea(sentence: Sentence) -> bool:
    """A South Korean place, or a South Korean authority acting ("a South Korean court")."""
    return any(
        iso == "KR" and (kind != "demonym" or _acting(sentence, hit))
        for hit, iso, kind in _places(sentence)
    )


def foreign_authority(sentence: Sentence) -> bool:
    """A foreign authority acting in the sentence ("Chinese police", 中国公安, 베트남 당국)."""
    return any(
        kind == "demonym" and (_authority_in(sentence, hit) or _acting(sentence, hit))
        for hit, _iso, kind in foreign_places(sentence)
    )


def _acting(sentence: Sentence, hit: Hit) -> bool:
    """ "Chinese police", "a South Korean court", "la police laotienne": the demonym names an
    authority acting (the authority noun right after it, or right before it in languages that
    put the adjective after the noun)."""
    grammar, text = sentence.grammar, sentence.text
    start, end = hit.start - sentence.start, hit.end - sentence.start
    return bool(
        grammar.authority_after.match(text[end : end + AFTER])
        or grammar.authority_before.search(text[max(0, start - AFTER) : start])
    )


def _authority_in(sentence: Sentence, hit: Hit) -> bool:
    """ "中国公安", "베트남 당국": the authority is written into the place term itself."""
    surface = hit.surface.lower()
    return any(word in surface for word in sentence.grammar.authority_words)


def _beside_border(sentence: Sentence, hit: Hit) -> bool:
    """ "라오스 접경서", "the Laos border", "老挝边境", "у границы с Китаем", "biên giới Lào": beside
    that country, not inside it (the border noun right after the country, or right before it
    with at most two short words between)."""
    grammar, text = sentence.grammar, sentence.text
    start, end = hit.start - sentence.start, hit.end - sentence.start
    return bool(
        grammar.border_after.match(text[end : end + AFTER])
        or grammar.border_before.search(text[max(0, start - AFTER) : start])
    )


def _speaking(sentence: Sentence, hit: Hit) -> bool:
    """ "中国外交部", "China's foreign ministry", "Bộ Ngoại giao Trung Quốc", "МИД Китая": the
    country's ministry or embassy speaks (a `speakers` noun right after the country, or right
    before it)."""
    grammar, text = sentence.grammar, sentence.text
    start, end = hit.start - sentence.start, hit.end - sentence.start
    return bool(
        grammar.speaker_after.match(text[end : end + AFTER])
        or grammar.speaker_before.search(text[max(0, start - AFTER) : start])
    )


def _places(sentence: Sentence) -> list[tuple[Hit, str, str]]:
    """(hit, iso, kind) for every place the sentence names after its dateline (read once)."""
    if sentence.places is None:
        sentence.places = _read_places(sentence)
    return sentence.places


def _read_places(sentence: Sentence) -> list[tuple[Hit, str, str]]:
    out: list[tuple[Hit, str, str]] = []
    dateline = _dateline_end(sentence)
    for hit in sentence.hits_of("place"):
        if hit.end - sentence.start <= dateline:
            continue  # where the story was filed, not where anyone is held
        for entry in hit.entries:
            if entry.concept == "place":
                iso = entry.value
                if entry.kind == "demonym" and out and _named_before(sentence, out[-1], hit):
                    iso = out[-1][1]  # 蒙古边防, 몽골 공안: that country's, not China's
                out.append((hit, iso, entry.kind))
                break
    return out


def _named_before(sentence: Sentence, before: tuple[Hit, str, str], hit: Hit) -> bool:
    """An authority word that stands alone for one country (边防, 공안: China's) written right
    after another country's name, or a place of it, belongs to that country: 蒙古边防, and
    ラオカイ省の公安,老街省公安 (a one-character suffix and a genitive between at most)."""
    named, _iso, kind = before
    between = sentence.text[named.end - sentence.start : hit.start - sentence.start].strip()
    for genitive in sentence.root.genitive:
        between = between.removesuffix(genitive)
    return (
        kind not in ("demonym", "government")
        and named.end <= hit.start
        and len(between) <= PLACE_SUFFIX
        and not any(c.isspace() for c in between)
        and _authority_in(sentence, hit)  # 边防, not "российские" after "Китаем"
    )


def _dateline_end(sentence: Sentence) -> int:
    """Where a dateline opening the sentence ends ("SEOUL —", "HANOI, May 3 (Reuters) -",
    "(베이징=연합뉴스)", "【ウラジオストク=極東通信】"), 0 when there is none."""
    pattern = sentence.root.dateline
    m = pattern.match(sentence.text) if pattern is not None else None
    return m.end() if m else 0


def _release_dateline_end(sentence: Sentence) -> int:
    """Where a release's bracketed dateline opening the sentence ends ("(Bangkok) –",
    "（曼谷）—"), 0 when there is none. Its place is where the release was issued, not where
    anyone is held; the other rules still read it as a place the sentence names."""
    pattern = sentence.root.release_dateline
    m = pattern.match(sentence.text) if pattern is not None else None
    return m.end() if m else 0


def locate(
    sentences: Sequence[Sentence], *, governments: bool = False, issued: bool = False
) -> Where:
    """Vote for the country of detention over `sentences` (the incident sentences). A
    government ("Beijing", 中方) speaks or is urged wherever the people are held: it votes only
    with `governments`, asked when nothing else names a country abroad. The place of a release's
    bracketed dateline ("(Bangkok) –") votes only with `issued`, asked last of all."""
    votes: dict[str, float] = {}
    spoken: dict[str, float] = {}  # the governments' votes
    first_seen: dict[str, int] = {}
    voters: dict[str, list[Hit]] = {}
    order = 0
    left = releases_ended(sentences)
    for sentence in sentences:
        weight = TITLE_WEIGHT if sentence.field == "title" else 1.0
        seen_here: set[tuple[str, str]] = set()
        issued_end = 0 if issued else _release_dateline_end(sentence)
        # A place named twice in a sentence votes once, with its stronger mention: in "from
        # China through Laos, ... held in northern Laos" the second Laos is where they are held.
        best: dict[tuple[str, str], float] = {}
        for hit, iso, kind in _places(sentence):
            if hit.end - sentence.start <= issued_end:
                continue  # where a release was issued: "(Bangkok) –"
            # South Korea is never where they are held; North Korea only through its towns
            # ("arrested in Hyesan"), since most reports name it as where people fled from.
            if iso == "KP" and kind in ("country", "demonym"):
                continue
            voters.setdefault(iso, []).append(hit)
            first_seen.setdefault(iso, order)
            order += 1
            # South Korea is mostly where people head or where the source sits.
            key = (iso, "any" if iso == "KR" else kind)
            if kind != "government" and iso != "KR":
                share = _share(sentence, hit, iso, kind)
                if left and released_here(sentence, hit, left):  # where they came from
                    share *= ORIGIN_SHARE
                best[key] = max(best.get(key, 0.0), weight * share)
            elif key not in seen_here:
                seen_here.add(key)
                if kind == "government":
                    spoken[iso] = spoken.get(iso, 0.0) + weight
                else:  # South Korea, once a report: the source's country, however often it speaks
                    votes[iso] = max(votes.get(iso, 0.0), weight * SOUTH_SHARE)
        for (iso, _kind), vote in best.items():
            votes[iso] = votes.get(iso, 0.0) + vote
    if governments:
        votes = {iso: votes.get(iso, 0.0) + spoken.get(iso, 0.0) for iso in votes | spoken}
    if not votes:
        return Where(None, None, ())
    # A tie goes to the country abroad: datelines and "Seoul-based group" name South Korea.
    country = max(votes, key=lambda iso: (votes[iso], iso not in NONFOREIGN, -first_seen[iso]))
    if country in NONFOREIGN:
        return Where(None, None, ())
    return Where(country, _place_text(sentences, country), tuple(voters[country]))


def returned_from_south(sentences: Sequence[Sentence]) -> Where:
    """South Korea as the country of detention, when one of `sentences` (the incident's) names
    it or one of its state bodies (통일부, 국정원: `country` in orgs.yaml) and tells of a forced
    return: the only way South Korea holds and sends back North Koreans against their will.
    Not where another state's government is named ("Beijing", 中方): the return is its own."""
    for sentence in sentences:
        south = _south_in_forced_return(sentence)
        if south:
            names = [h.surface for h, kind in south if kind in SPECIFIC_KINDS]
            return Where("KR", ", ".join(dict.fromkeys(names)) or None, tuple(h for h, _ in south))
    return Where(None, None, ())


def tells_return_by_south(sentence: Sentence) -> bool:
    """Whether `sentence` tells of a forced return by South Korea, as `returned_from_south`
    reads one."""
    return bool(_south_in_forced_return(sentence))


def _south_in_forced_return(sentence: Sentence) -> list[tuple[Hit, str]]:
    """South Korea's names and state bodies in a sentence that tells of a forced return and
    names no other state's government; empty when it does not."""
    if not sentence.has("forced") or _foreign_government(sentence):
        return []
    south = [(hit, kind) for hit, iso, kind in _places(sentence) if iso == "KR"]
    return south + [(hit, "body") for hit in _state_bodies(sentence, "KR")]


def _state_bodies(sentence: Sentence, iso: str) -> list[Hit]:
    """The organisations in `sentence` that are bodies of the state `iso`."""
    return [
        hit
        for hit in sentence.hits_of("org")
        if any(e.concept == "org" and e.kind == iso for e in hit.entries)
    ]


def _foreign_government(sentence: Sentence) -> bool:
    return any(kind == "government" and iso != "KR" for _hit, iso, kind in _places(sentence))


def _place_text(sentences: Sequence[Sentence], country: str) -> str | None:
    found = [
        (hit, kind)
        for sentence in sentences
        for hit, iso, kind in foreign_places(sentence)
        if iso == country and kind in SPECIFIC_KINDS
    ]
    names: dict[str, None] = {}
    for kind in SPECIFIC_KINDS:  # facilities first, then cities, then regions
        for hit, hit_kind in found:
            if hit_kind == kind:
                names.setdefault(hit.surface.strip(), None)
    distinct = [n for n in names if not any(n != o and n.lower() in o.lower() for o in names)]
    return ", ".join(distinct[:MAX_PLACES]) or None
