"""Status events: what each sentence asserts once negation, hedging and scope are read.

For every status word of a sentence (arrested, held, faces deportation, were sent back, freed,
arrived in Seoul, missing) `read_events` looks for cues next to it in the same clause and decides
what the sentence really asserts: "were not repatriated" asserts nothing, a denial ("denied that",
부인했다, 否认) cancels the status words it covers (all after it in its sentence, those before it
in its clause), "may be repatriated" and "efforts to prevent the repatriation" assert a
threatened repatriation, "North Korea refused to take them back" means they are still held, and a
return word is read with where it sends the people (`destinations`). An all-clear (released, sent
back, arrived) inside what a wish or a fear governs ("urged China to free them", "in danger of
being repatriated") is wanted or threatened, not done; a release word beside a document or an
organisation ("a statement released", 구출 단체) frees nobody; and a release followed by another
custody ends in custody. The sentences themselves come from `sentences`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final, NamedTuple

from bot.classify.destinations import PEOPLE, destination, sent_where
from bot.classify.language import EARLIER_REACH, GrammarView
from bot.classify.matcher import Hit
from bot.classify.nouns import NAMING_PEOPLE
from bot.classify.sentences import Sentence, clause_break, headline_space

CUES: Final = ("negation", "prevent", "hedge", "likely", "refusal")
# Characters a negation may stand before a fate unknown and still negate it ("not missing")
NEGATION_GAP: Final = 12
STATUS_CONCEPTS: Final = {
    "arrest": "arrested",
    "apprehend": "apprehended",
    "detain": "detained",
    "custody": "custody",
    "facing": "facing",
    "repat": "repatriated",
    # A word that names a return as a topic alone and, with the South after the people, a
    # passage there (เนรเทศ … ไปเกาหลีใต้): the passage.
    "third": "third",
    "repat_topic": "topic",
    "expel": "expelled",
    "release": "released",
    "missing": "missing",
}
STATUS_TRIGGERS: Final = frozenset({*STATUS_CONCEPTS, "from_repat"})
REPATRIATION: Final = frozenset({"facing", "repatriated", "topic"})
# What tells an advocate the people are out of custody or gone: said only when asserted plainly.
ALL_CLEAR: Final = frozenset({"repatriated", "released", "third"})
SCOPES: Final = ("wish", "fear")
HELD_KINDS: Final = frozenset({"arrested", "apprehended", "detained", "custody"})
# The concepts of the held kinds: arrest, apprehend, detain, custody.
HELD_CONCEPTS: Final = frozenset(c for c, kind in STATUS_CONCEPTS.items() if kind in HELD_KINDS)
MOVES: Final = frozenset(
    {"facing", "repat", "repat_topic", "expel", "release", "third", "from_repat"}
)
# What ends a sentence of running text, which a headline line goes without.
FULL_STOPS: Final = (".", "!", "?", "。", "！", "？")
# characters of a verb after its status word (被拘[留]的): 被拘留的 ends at 的
VERB_TAIL: Final = 2
# characters between a `pluperfect` word and the custody after it: "who had been held", 此前被关押
PLUPERFECT_REACH: Final = 16
# characters after a custody word that may name where, before 的 (被关押在丹东的)
PLACE_TAIL: Final = 12
# characters between an object marker and its verb: 将[约600名北韩脱北者]遣返
OBJECT_REACH: Final = 14
# characters between two joined status words: "released next week and flown"
JOINED_REACH: Final = 40
# characters from a "then" word to the all-clear it leads to ("then sent back")
THEN_REACH: Final = 12
# letters of a status word's own verb a `sequence.reacted` marker may open on (送還[した]ことに)
REACTED_BACK: Final = 2
# characters between a `pending` word and its return: a space, or a passive marker (ก่อนถูก)
PENDING_GAP: Final = 4
ASKED_REACH: Final = 40  # how far before a return verb an `asked_before` pattern may begin
RUN_ON_REACH: Final = 60  # characters from a future or hedge to the "then" that carries it on
CARRIED_MOODS: Final = frozenset({"hedge", "likely", "facing"})
# A new subject between two status words makes the second its own: "… will be released, and
# the other two were flown to Seoul".
PEOPLE_WORDS: Final = (
    "subject",
    "subject_one",
    "subject_weak",
    "subject_pron",
    "number",
    "trap_foreigner",
)
# a new subject or cue: the mood stops there
CARRY_STOPS: Final = frozenset({*PEOPLE_WORDS, *CUES})
SENSE_REACH: Final = 12  # characters: "statement released", "released its annual report"
SENTENCE_END: Final = " \t\n.!?。！？…\"'”’」』)）"
# characters of its own word a sentence-final cue may have after it: 했다, ている
FINAL_TAIL: Final = 6


class Event(NamedTuple):
    """What one status word asserts: `kind` is a key of the status ladder, `cue` what changed it."""

    kind: str
    hit: Hit
    sentence: Sentence
    cue: Hit | None = None


def deported_south(event: Event) -> bool:
    """A return word that sent the people to the South ("deported to South Korea", 한국으로
    추방): their arrival, and a deportation, so they were held before it."""
    return event.kind == "third" and (event.hit.has("repat") or event.hit.has("expel"))


def read_events(sentence: Sentence) -> tuple[list[Event], list[Event]]:
    """The events `sentence` asserts, and those its cues cancelled (for the explanation)."""
    asserted: list[Event] = []
    cancelled: list[Event] = []
    if sentence.concepts.isdisjoint(STATUS_TRIGGERS):
        return asserted, cancelled
    cues = sentence.hits_of(*CUES)
    refusal = next((c for c in cues if c.has("refusal")), None)
    denial = next(iter(sentence.hits_of("denial")), None)
    if denial is None and cues and any(p.search(sentence.text) for p in sentence.grammar.denials):
        denial = next((c for c in cues if c.has("negation")), None)  # "denied on Monday that"
    saves = sentence.has("release_verb") and sentence.has("from_repat")
    for hit in sentence.hits:
        if hit.concepts.isdisjoint(STATUS_TRIGGERS):
            continue
        if hit.has("from_repat") and saves:
            asserted.append(Event("released", hit, sentence))
            continue
        kind = next((k for c, k in STATUS_CONCEPTS.items() if c in hit.concepts), None)
        if kind is None:
            continue
        if kind == "repatriated" and hit.has("expel"):
            kind = "expelled"  # "trao trả … cho phía Trung Quốc": the term naming China decides
        if denial is not None and _denied(sentence, denial, hit):
            cancelled.append(Event(kind, hit, sentence, denial))
            continue
        other_sense = _released_thing(sentence, hit) if kind == "released" else None
        if other_sense is not None:  # "a statement released on Monday", "구출 단체"
            cancelled.append(Event(kind, hit, sentence, other_sense))
            continue
        if kind in REPATRIATION and refusal is not None:
            asserted.append(Event("custody", hit, sentence, refusal))
            continue
        reaction = _reaction_end(sentence, hit)
        here = cues if reaction is None else [c for c in cues if c.start < reaction]
        if kind in HELD_KINDS:
            here = [c for c in here if not _awaited(c, hit)]
        here = [c for c in here if not _within_split(c, hit)]
        if kind == "missing":
            here = [c for c in here if not c.has("negation") or _right_before(sentence, c, hit)]
        cue = _mood(sentence, hit, here)
        # A bare return verb too (将被罚款，并遣送到韩国: 遣送 with no 被 before it).
        if cue is None and (kind in ALL_CLEAR or kind == "topic"):
            cue = _mood_run_on(sentence, hit, here)
        if cue is not None and kind in HELD_KINDS and _demanded_not(sentence, cue, hit):
            cue = None
        if cue is None and kind in REPATRIATION:
            cue = _pending_while_held(sentence, hit)
        event = _apply(kind, hit, sentence, cue)
        if kind in REPATRIATION and _asked_right_after(sentence, hit):
            event = Event("facing", hit, sentence)
        scopes = sentence.hits_of(*SCOPES)
        if reaction is not None:
            scopes = [c for c in scopes if c.start < reaction]
        if not event.kind and kind in REPATRIATION and cue is not None and cue.has("negation"):
            event = _wished_against(Event(kind, hit, sentence, cue), scopes)
        if event.kind in ("repatriated", "facing", "expelled"):
            event = event._replace(kind=sent_where(event.kind, destination(sentence, hit)))
        if event.kind in ALL_CLEAR or event.kind in ("topic", "expelled"):
            event = _within_scope(event, scopes)
        if event.kind in ALL_CLEAR:
            event = _unverified(event)
        (asserted if event.kind else cancelled).append(
            event if event.kind else Event(kind, hit, sentence, event.cue or cue)
        )
    return _held_after_release(
        *_moved_there_later(*_sharing_a_mood(sentence, asserted, cancelled))
    )


def _right_before(sentence: Sentence, cue: Hit, hit: Hit) -> bool:
    """Whether a negation stands right before a fate unknown, one short word at most between
    ("they are not missing"): one further off negates a verb of its own ("Công an không bình
    luận và hiện không rõ tung tích", ทางการจีนไม่ยืนยัน ขณะนี้ไม่ทราบชะตากรรม: no comment, no
    confirmation), not the fate, whose words hold their own negation."""
    between = sentence.text[cue.end - sentence.start : hit.start - sentence.start]
    return len(between.split()) <= 1 and len(between) <= NEGATION_GAP


def _pending_while_held(sentence: Sentence, hit: Hit) -> Hit | None:
    """A `pending` word right before the return ("before being deported", ก่อนถูกเนรเทศ, trước
    khi bị trục xuất), a space or a passive marker between and no other word, in the clause of a
    custody held now (`still`, `held_now`: "are being held", ยังถูกควบคุมตัว, đang bị giam): the
    people are held now, so the return is still to come. A custody told as past ("were held for
    a month before being deported") leaves it done."""
    for cue in sentence.hits_of("pending"):
        if not 0 <= hit.start - cue.end <= PENDING_GAP or any(
            cue.end <= h.start < hit.start for h in sentence.hits
        ):
            continue
        if any(
            held.end <= cue.start and not clause_break(sentence, held.end, cue.start)
            for held in sentence.hits_of("still", "held_now")
        ):
            return cue
        if any(
            held.end <= cue.start and _told_bare(sentence, held, cue)
            for held in sentence.hits_of("held_untensed")
        ):
            return cue
    return None


def _told_bare(sentence: Sentence, held: Hit, cue: Hit) -> bool:
    """Whether nothing but where stands between a custody word of a language with no tense
    (`held_untensed`: ถูกควบคุมตัว, bị tạm giữ) and a `pending` word after it: no clause break,
    no figure (a time it lasted: "หนึ่งเดือน", "2 tháng"), no other word a rule reads but a
    place. So told, the custody is now, as a `held_now` one is."""
    if clause_break(sentence, held.end, cue.start):
        return False
    between = sentence.text[held.end - sentence.start : cue.start - sentence.start]
    return not any(ch.isdigit() for ch in between) and all(
        h.has("place") for h in sentence.hits if held.end <= h.start < cue.start
    )


def _asked_right_after(sentence: Sentence, hit: Hit) -> bool:
    """Whether an `asked_after` pattern matches right after the return verb («вернули ли их уже
    в КНДР», «не вернули ли»): the return is asked about, feared, whatever negation stands before
    it; the question word of another word («жив ли он») asks nothing of the return."""
    grammar, text = sentence.root.of_hit(hit), sentence.text
    at = hit.end - sentence.start
    if any(p.match(text, at) for p in grammar.asked_after):
        return True
    # «были ли они высланы»: an `asked_before` pattern ends right at the verb
    start = hit.start - sentence.start
    return any(
        m.end() == start
        for p in grammar.asked_before
        for m in [p.search(text, max(0, start - ASKED_REACH), start)]
        if m is not None
    )


def _awaited(cue: Hit, hit: Hit) -> bool:
    """Whether `cue` is a wait told after a custody word (被拘留等待处理, ถูกควบคุมตัวรอดำเนินการ):
    the next step is what is pending; the custody itself is told as done."""
    return cue.start >= hit.end and cue.has("awaiting")


def _reaction_end(sentence: Sentence, hit: Hit) -> int | None:
    """Where a `sequence.reacted` marker right after a status word ends (북송한 데 대해,
    送還したことに; it may open on the verb's own last letters, 強制送還[した]こと): the act
    is a done one that what follows reacts to, so no cue after the marker governs it
    ("우려를 표명했다", "懸念を表明した": concern about a return done, not a return feared)."""
    grammar, base = sentence.root.of_hit(hit), sentence.start
    start, end = hit.start - base, hit.end - base
    for back in range(min(REACTED_BACK, end - start - 1) + 1):
        found = grammar.reacted.match(sentence.text, end - back)
        if found is not None:
            return found.end() + base
    return None


def _sharing_a_mood(
    sentence: Sentence, asserted: list[Event], cancelled: list[Event]
) -> tuple[list[Event], list[Event]]:
    """An all-clear joined to a status word its cue governs, by a coordinator and nothing else
    of a clause ("are expected to be released next week and flown to Seoul", "могут освободить
    и отправить в Сеул"), shares that cue: still to come, not done."""
    if not cancelled or all(e.kind not in ALL_CLEAR for e in asserted):
        return asserted, cancelled
    kept: list[Event] = []
    for event in asserted:
        mood = None
        if event.kind in ALL_CLEAR:
            mood = next((c for c in cancelled if _joined_verbs(sentence, c, event)), None)
        if mood is None:
            kept.append(event)
        else:
            cancelled.append(event._replace(cue=mood.cue))
    return kept, cancelled


def _joined_verbs(sentence: Sentence, first: Event, then: Event) -> bool:
    if first.cue is None or first.cue.has("refusal") or first.hit.end > then.hit.start:
        return False
    if then.hit.start - first.hit.end > JOINED_REACH:
        return False
    grammar = sentence.root.of_hit(then.hit)
    start, end = first.hit.end - sentence.start, then.hit.start - sentence.start
    return grammar.coordinated(sentence.text, start, end) and _nothing_between(
        sentence, first.hit.end, then.hit.start
    )


def _nothing_between(sentence: Sentence, start: int, end: int) -> bool:
    """Whether no people word (a new subject) and no cue stands between two offsets, so that
    what is told before carries over to what follows."""
    return not any(
        start <= h.start < end and not h.concepts.isdisjoint(CARRY_STOPS) for h in sentence.hits
    )


def _mood_run_on(sentence: Sentence, hit: Hit, cues: Sequence[Hit]) -> Hit | None:
    """The mood of the clause before, carried on by a "then" word (the `again` words: then,
    随后, その後) that opens the clause of an all-clear: "The four will be taken to Dandong, then
    sent back", 4人将被押往丹东，然后遣返朝鲜: the return is still to come; or by a coordinator
    joining its verb to the one before ("will be fined and deported to South Korea"). Only a
    future or a hedge carries on, over no people and no other cue; after a "then" word so does a
    threatened return told before it ("có nguy cơ bị trả về Trung Quốc rồi bị đưa về Triều Tiên":
    at risk of being handed to China, then sent back), whose threat is the later return's too."""
    then = next(
        (
            a.start
            for a in sentence.hits_of("again")
            if a.end <= hit.start
            and hit.start - a.end <= THEN_REACH
            and not clause_break(sentence, a.end, hit.start)
        ),
        None,
    )
    joined = then is None
    if joined:
        then = _joined_by_and(sentence, hit)
    if then is None:
        return None
    # A threat carries over "then" only: "faced return and were sent back" tells both done.
    moods = cues if joined else sorted([*cues, *sentence.hits_of("facing")], key=lambda c: c.end)
    before = [c for c in moods if c.end <= then and then - c.end <= RUN_ON_REACH]
    if not before or not before[-1].concepts & CARRIED_MOODS:
        return None
    cue = before[-1]
    # A coordinator joins the verb of the cue's own clause ("were expected to be fined, but
    # were freed and flown to Seoul": another clause's, done).
    if joined and clause_break(sentence, cue.end, then):
        return None
    return cue if _nothing_between(sentence, cue.end, then) else None


def _joined_by_and(sentence: Sentence, hit: Hit) -> int | None:
    """Where a coordinator opening an all-clear's verb phrase stands ("will be tried for illegal
    entry and deported to South Korea", "sẽ bị truy tố và bị trục xuất"), an aside set off by
    clause breaks allowed between ("and, as in past cases, deported"), and no people nor cue
    (和龙抓获的四名北韩人强制遣返: a place's name, and the people the verb takes): the verb shares
    the subject and the mood of the one before. Offsets are the report's."""
    grammar = sentence.root.of_hit(hit)
    text, base, end = sentence.text, sentence.start, hit.start - sentence.start
    joins = grammar.coordinator.finditer(text, max(0, end - RUN_ON_REACH), end)
    for join in reversed([m for m in joins if m.end() <= end]):
        between = text[join.end() : end]
        breaks = list(grammar.clause_break.finditer(between))
        # An aside: a break right after the coordinator and one closing it ("in line with
        # past practice" holds a coordinator of its own, and the one before it joins).
        if breaks and (len(breaks) != 2 or between[: breaks[0].start()].strip()):
            continue
        rest = between[breaks[1].end() :] if breaks else between
        if len(rest) <= THEN_REACH and _nothing_between(sentence, join.end() + base, hit.start):
            return join.start() + base
    return None


def _moved_there_later(
    asserted: list[Event], cancelled: list[Event]
) -> tuple[list[Event], list[Event]]:
    """A custody place right after a move to it still to come (将在罚款后被押往曼谷移民拘留中心: the
    centre is where the people will be taken) is still to come too: the move's cue is its own.
    Not after a verb of holding, whose place is where they are (ที่ถูกควบคุมตัวที่ห้องกักตม.)."""
    moves = [e for e in cancelled if e.kind == "custody" and e.cue is not None]
    if not moves:
        return asserted, cancelled
    return _cancelled_by(
        asserted,
        cancelled,
        "custody",
        lambda event: next((m.cue for m in moves if _destination_of(m, event)), None),
    )


def _destination_of(move: Event, custody: Event) -> bool:
    sentence, start, end = move.sentence, move.hit.end, custody.hit.start
    return 0 <= end - start <= PLACE_TAIL and not clause_break(sentence, start, end)


def _held_after_release(
    asserted: list[Event], cancelled: list[Event]
) -> tuple[list[Event], list[Event]]:
    """A release followed in a later clause of its sentence by a custody ("released into the
    custody of immigration police and are being held", 获释后被移交移民局，目前关押在, 釈放後、
    入管施設に移送され収容されている) or by a threat ("two were released; the other seven face
    repatriation") ends in that custody or threat: the release is no all-clear. Not "released
    from the detention centre" (an origin marker between) nor "released after a month in
    detention" (one clause)."""
    held = [e for e in asserted if e.kind in ("custody", "detained", "facing")]
    if not held or all(e.kind != "released" for e in asserted):
        return asserted, cancelled
    return _cancelled_by(
        asserted,
        cancelled,
        "released",
        lambda event: next((h.hit for h in held if _held_later(event, h)), None),
    )


def _cancelled_by(
    asserted: list[Event],
    cancelled: list[Event],
    kind: str,
    cue_of: Callable[[Event], Hit | None],
) -> tuple[list[Event], list[Event]]:
    """The asserted events of `kind` that `cue_of` gives a cue, moved to the cancelled with it."""
    kept: list[Event] = []
    for event in asserted:
        cue = cue_of(event) if event.kind == kind else None
        if cue is None:
            kept.append(event)
        else:
            cancelled.append(event._replace(cue=cue))
    return kept, cancelled


def _held_later(release: Event, custody: Event) -> bool:
    sentence, start, end = release.sentence, release.hit.end, custody.hit.start
    if end < start or not clause_break(sentence, start, end):
        return False
    between = sentence.text[start - sentence.start : end - sentence.start]
    return sentence.grammar.origin_before.search(between) is None and not _held_before(
        release, custody
    )


def _held_before(release: Event, custody: Event) -> bool:
    """Whether a `pluperfect` word right before the custody word, or right after it, tells the
    custody as before the story's time ("freed three women, who had been held for a month",
    "освободил троих, которые ранее содержались в ЦВСИГ", 她们此前被关押): the custody the
    release ended, not one after it."""
    hit, sentence = custody.hit, custody.sentence
    return any(
        cue.start >= release.hit.end
        and (0 <= hit.start - cue.end <= PLUPERFECT_REACH or 0 <= cue.start - hit.end <= 1)
        for cue in sentence.hits_of("pluperfect")
    )


def _denied(sentence: Sentence, denial: Hit, hit: Hit) -> bool:
    """Whether a denial covers a status word: all that follows it in its sentence ("denied that
    ... were arrested and ... deported"), and what stands before it only in its own clause
    (풀려났다는 보도를 부인했다). "remain in custody, denying that they had been freed" denies
    the release, not the custody. Nor does it cover a custody that tells who the people of the
    denied claim are: their participle after them ("rejected reports that it had released 12
    North Koreans detained in Liaoning") or a modifier before them (단둥에서 붙잡힌 탈북민 5명을
    송환했다는 보도를 부인했다)."""
    if hit.start >= denial.start:
        return not (
            any(c in HELD_CONCEPTS for c in hit.concepts)
            and (
                participle_of(sentence, hit, sentence.hits_of(*NAMING_PEOPLE))
                or _names_the_denied(sentence, denial, hit)
                or _held_still_after(sentence, denial, hit)
            )
        )
    return not clause_break(sentence, hit.end, denial.start) and not _names_the_denied(
        sentence, denial, hit
    )


def _within_split(cue: Hit, hit: Hit) -> bool:
    """A cue between a split term's first part and the end of its second is the term's own
    word ("행방은 여전히 알려지지 않", 消息は今も分かっていない: the negation says unknown)."""
    return hit.end <= cue.start and cue.end <= hit.start + len(hit.surface)


def _held_still_after(sentence: Sentence, denial: Hit, hit: Hit) -> bool:
    """A custody said to go on in a clause of its own after the denial is what the denier
    asserts against the claim ("called reports of the deportation untrue: all 40 are still
    held"): a `still` word within the custody word (仍被关押) or next to it in its clause, and
    the denied claim's status word in a clause before it (not "опровергли сообщения о том, что
    40 … по-прежнему содержатся", where the custody is the claim)."""
    if not any(
        h is not hit
        and not h.concepts.isdisjoint(STATUS_TRIGGERS)
        and h.end <= hit.start
        and clause_break(sentence, h.end, hit.start)
        and (h.start >= denial.start or not clause_break(sentence, h.end, denial.start))
        for h in sentence.hits
    ):
        return False
    return any(
        (cue.start < hit.end and cue.end > hit.start)
        or _next_in_clause(sentence, cue, hit)
        or _next_in_clause(sentence, hit, cue)
        for cue in sentence.hits_of("still")
    )


def _next_in_clause(sentence: Sentence, first: Hit, then: Hit) -> bool:
    start, end = first.end, then.start
    return 0 <= end - start <= THEN_REACH and not clause_break(sentence, start, end)


def _names_the_denied(sentence: Sentence, denial: Hit, hit: Hit) -> bool:
    """A custody word before the people a denied claim is about describes them, and the denial
    presupposes it: "단둥에서 붙잡힌 탈북민 5명을 송환했다는 보도를 부인했다" denies the return,
    not the arrest; so does one after the denial ("wies Berichte zurück, wonach 20 in Tumen
    inhaftierte Nordkoreaner abgeschoben worden seien"). Told so when the people stand right
    after it, within the language's `adnominal` reach (0: a verb before its noun is the
    clause's own, "arrested five defectors"), and another status word, the claim's, after them
    (before the denial, when the custody word is)."""
    reach = sentence.root.of_hit(hit).adnominal_reach
    if not reach or hit.concepts.isdisjoint(HELD_CONCEPTS):
        return False
    limit = denial.start if hit.start < denial.start else sentence.end
    people = next(
        (
            h
            for h in sentence.hits
            if hit.end <= h.start <= hit.end + reach
            and h.start < limit
            and any(h.has(c) for c in PEOPLE_WORDS)
        ),
        None,
    )
    return people is not None and any(
        people.end <= h.start < limit and not h.concepts.isdisjoint(STATUS_TRIGGERS)
        for h in sentence.hits
    )


def participle_of(sentence: Sentence, hit: Hit, people: Sequence[Hit]) -> bool:
    """ "Lawyers for seven North Koreans detained in Vladivostok", "a lawyer for a North Korean
    woman held in Vladivostok": a status word right after the people's word (the grammar's
    `participle` reach, only spaces between) tells what happened to them, whoever the phrase
    belongs to."""
    reach = sentence.root.of_hit(hit).participle_reach
    text, base = sentence.text, sentence.start
    return any(
        0 < hit.start - person.end <= reach
        and not text[person.end - base : hit.start - base].strip()
        for person in people
    )


def _released_thing(sentence: Sentence, hit: Hit) -> Hit | None:
    """A statement, a report or a group beside a release word in the same clause: what was
    released is a document, or the word names an organisation ("a statement released on
    Monday", "released its report", "탈북민 구출 단체")."""
    for doc in sentence.hits_of("release_sense"):
        if doc.end <= hit.start:
            gap, start, end = hit.start - doc.end, doc.end, hit.start
        elif doc.start >= hit.end:
            gap, start, end = doc.start - hit.end, hit.end, doc.start
        else:
            continue
        if gap <= SENSE_REACH and not clause_break(sentence, start, end):
            return doc
    return None


def _within_scope(event: Event, scopes: Sequence[Hit]) -> Event:
    """An all-clear inside what a wish or a fear governs ("urged China not to send them back",
    "hopes to see them freed", 석방을 촉구했다) is not asserted: a return is threatened, a
    release or an arrival only wanted. Arrests and detentions stay asserted: the demand
    presupposes them ("urged China to free the eleven held in Shenyang"). A repatriation named
    as a topic there ("urged Beijing not to send them back") is a threat, and so is a handover
    to the neighbour that sends people back, feared ("担心老挝当局会按照以往做法，把他们移交给中国")."""
    if not scopes:
        return event
    hit, sentence = event.hit, event.sentence
    grammar = sentence.root.of_hit(hit)
    for cue in scopes:
        ahead = cue.end <= hit.start and hit.start - cue.end <= grammar.scope_before
        if ahead and _reacted_to(sentence, cue, hit, grammar):
            continue
        behind = cue.start >= hit.end and cue.start - hit.end <= grammar.scope_after
        if ahead or behind or _closing_wish(sentence, cue, hit, grammar.scope_final):
            kind = "facing" if event.kind in REPATRIATION or event.kind == "expelled" else ""
            return Event(kind, hit, sentence, cue)
    return event


def _reacted_to(sentence: Sentence, cue: Hit, hit: Hit, grammar: GrammarView) -> bool:
    """A wish or a fear voiced after the event it reacts to ("The UN expressed concern after
    China repatriated 60 defectors", выразила обеспокоенность после того, как Китай депортировал,
    bày tỏ quan ngại sau khi Trung Quốc trao trả, แสดงความกังวลหลังจากจีนส่งตัว): a `sequence`
    word between the cue and the status word, opening the status word's own clause (neither
    the people, another cue nor another status word between them, and within the reach of
    "after being released"), tells it as the earlier event, done; the cue governs the
    reaction. Not "fear that, after the arrest, they were sent back": the people between."""
    text, base = sentence.text, sentence.start
    found = grammar.earlier_marker.finditer(text, cue.end - base, hit.start - base)
    marker = next(reversed(list(found)), None)  # the last, nearest the status word
    if marker is None or hit.start - base - marker.end() > EARLIER_REACH:
        return False
    opens = marker.end() + base
    return not any(
        opens <= h.start < hit.start
        and not (h.concepts.isdisjoint(CARRY_STOPS) and h.concepts.isdisjoint(STATUS_TRIGGERS))
        for h in sentence.hits
    )


def _closing_wish(sentence: Sentence, cue: Hit, hit: Hit, reach: int) -> bool:
    """A wish that ends its sentence, in a language whose mood comes after the verb, governs
    the verbs of its clause before it however far they stand ("중국은 남은 3명만이라도 즉시
    석방하고 그들이 원하는 곳으로 갈 수 있도록 보장하라": the release is demanded, not done).
    It does not reach past a clause break, nor past the people named again ("석방된 탈북민
    3명이 한국행을 희망했다": the people, once released, are the ones who wish); a pronoun
    taking them up inside the demand ("이들이 원하는 나라로") names no new subject. Nor does it
    reach past another status word, whose own verb ends what it governs ("4명만 석방하고
    나머지는 구금하고 있다며 … 호소했다")."""
    if not reach or cue.start < hit.end or cue.start - hit.end > reach:
        return False
    tail = sentence.text[cue.end - sentence.start :].rstrip(SENTENCE_END)
    if len(tail) > FINAL_TAIL or any(c.isspace() for c in tail):
        return False
    if clause_break(sentence, hit.end, cue.start):
        return False
    if any(
        hit.end <= h.start and h.end <= cue.start and not h.concepts.isdisjoint(STATUS_TRIGGERS)
        for h in sentence.hits
    ):
        return False  # 나머지는 구금하고 있다: the custody has a verb of its own
    named = sentence.hits_of(*(c for c in PEOPLE if c != "subject_pron"))
    return not any(
        hit.end <= p.start and p.end <= cue.start and not p.has("subject_pron") for p in named
    )


def _unverified(event: Event) -> Event:
    """An all-clear in a sentence that calls itself unconfirmed ("were sent back, according to
    unconfirmed reports", 사실 여부는 확인되지 않았다, 確認されていない) is not asserted, wherever
    in the sentence the cue stands: a return is threatened, a release or an arrival only said."""
    cue = next(iter(event.sentence.hits_of("unverified")), None)
    if cue is None:
        return event
    return Event("facing" if event.kind in REPATRIATION else "", event.hit, event.sentence, cue)


def _demanded_not(sentence: Sentence, cue: Hit, hit: Hit) -> bool:
    """A negation inside a demand, with the people between it and a custody word: "urged Vietnam
    not to return the 11 North Koreans being held", kêu gọi Việt Nam không trả 11 người Triều
    Tiên đang bị giam giữ về Trung Quốc. The negation is the demand's; the custody that tells who
    the people are is presupposed, and stays asserted."""
    if not (cue.has("negation") or cue.has("prevent")) or cue.end > hit.start:
        return False
    if not any(cue.end <= h.start and h.end <= hit.start for h in sentence.hits_of(*PEOPLE)):
        return False
    grammar = sentence.root.of_hit(cue)
    return any(
        w.end <= cue.start
        and cue.start - w.end <= grammar.scope_before
        and not clause_break(sentence, w.end, cue.start)
        for w in sentence.hits_of("wish")
    )


def _wished_against(event: Event, scopes: Sequence[Hit]) -> Event:
    """A return negated inside what a wish governs ("urged Moscow not to deport them", призвали
    не высылать, 송환하지 말 것을 촉구) is threatened, not denied: the plain negation sits in the
    demand, not in the report. Outside a wish or a fear, a return said not to come, the
    negation before it ("they will not be deported"), is denied; one after it may negate the
    next clause's verb (북으로 끌려가면 살아남지 못할 것: a threat still)."""
    wished = _within_scope(event, scopes)
    cue = event.cue
    if wished.kind == "facing" and (
        wished.cue is not cue or cue is None or cue.end > event.hit.start
    ):
        return wished
    return Event("", event.hit, event.sentence, event.cue)


def _apply(kind: str, hit: Hit, sentence: Sentence, cue: Hit | None) -> Event:
    if cue is None:
        if kind == "repatriated" and _headline_noun(sentence, hit):
            kind = "topic"  # "탈북 여성 2명 북측에 인계": as bare as 강제북송
        if kind == "topic" and _used_as_verb(sentence, hit):
            if sentence.field == "title" and _dated_last(sentence, hit):
                # "先月には2人送還", "지난달엔 2명 북송": a return the headline dates before the
                # report's days, told as done (also after a handover: "작년 9명은 中 넘겨진 뒤
                # 북송", the return the later of the two, both done).
                return Event("repatriated", hit, sentence)
            if sentence.field == "title" and _dated_before(sentence, hit):
                # "대규모 북송 두 달 만에…3명 또 붙잡혀", "继四月大规模遣返后": a past return the
                # headline dates its news by, neither done to the people nor threatened.
                return Event(kind, hit, sentence)
            # A bare noun in a headline ("탈북민 20여명 강제북송") may announce an act or a
            # threat: the weaker reading, unless the text asserts the return.
            return Event("facing" if sentence.field == "title" else "repatriated", hit, sentence)
        return Event(kind, hit, sentence)
    if cue.has("prevent"):
        # A handover to the neighbour that sends people back, opposed or stopped ("opposes
        # sending them back to Laos"), is threatened as a return is, not denied.
        threat = kind in REPATRIATION or kind == "expelled"
        return Event("facing" if threat else "", hit, sentence, cue)
    if cue.has("negation"):
        return Event("", hit, sentence, cue)
    if cue.has("likely") and kind not in REPATRIATION and kind not in ALL_CLEAR:
        # "believed to have been arrested", 체포된 것으로 보인다: the report infers a custody,
        # which is still an arrest to tell of; an inferred return or release stays unasserted.
        return Event(kind, hit, sentence, cue)
    # A hedge: a threatened repatriation, and so is a handover to the neighbour that sends
    # people back ("could be handed to China", có thể bị trả về Trung Quốc); the rest ("will be
    # held at a detention centre") is not asserted.
    if kind in REPATRIATION or kind == "expelled":
        return Event("facing", hit, sentence, cue)
    return Event("", hit, sentence, cue)


def _headline_noun(sentence: Sentence, hit: Hit) -> bool:
    """Whether a return word is a headline's bare noun (`headline_nouns`: 북측에 인계, 신의주로
    압송) with no letter after it, ending the headline or its clause ("…", a quote mark): no
    verb tells whether the handover was done or is still to come. In the text, only on a line
    that ends without a full stop, as a text repeating its headline opens."""
    nouns = sentence.root.of_hit(hit).headline_nouns
    if not nouns or not hit.surface.endswith(nouns):
        return False
    after = sentence.text[hit.end - sentence.start :]
    if after[:1].isalpha():
        return False
    return sentence.field == "title" or not sentence.text.rstrip().endswith(FULL_STOPS)


def _dated_before(sentence: Sentence, hit: Hit) -> bool:
    """Whether a `sequence` word tells the noun as the earlier of two events: after it (遣返后,
    북송 두 달 만에) or before it ("after mass repatriation", после депортации)."""
    grammar, text = sentence.root.of_hit(hit), sentence.text
    start, end = hit.start - sentence.start, hit.end - sentence.start
    return grammar.earlier_after.match(text, end) is not None or grammar.told_as_earlier(
        text, start
    )


def _dated_last(sentence: Sentence, hit: Hit) -> bool:
    """Whether a recent time wholly before the report's days (`month_before`, `week_before`: last
    month, last week) or the year before the report's (`year_before`: last year, 작년, 去年)
    stands before the noun in its clause, no other status word between: the headline dates the
    return it tells ("先月には2人送還", "작년엔 9명 북송")."""
    base = sentence.start
    for time in sentence.hits_of("month_before", "week_before", "year_before"):
        if time.start >= hit.end:
            # After the noun in its clause ("Repatriation last week", 強制送還は先週, "Cưỡng chế
            # hồi hương tuần trước"), no status word between: the same dating.
            if _dated_after(sentence, hit, time):
                return True
            continue
        if time.end > hit.start:
            continue
        if clause_break(sentence, time.end, hit.start) and not (
            time.has("year_before") and chained_after(sentence, time.end, hit)
        ):
            continue
        if headline_space(sentence, time.end - base, hit.start - base, reach=0):
            continue
        if not any(
            time.end <= h.start
            and h.end <= hit.start
            and not h.concepts.isdisjoint(STATUS_TRIGGERS)
            for h in sentence.hits
        ):
            return True
    return False


def _dated_after(sentence: Sentence, hit: Hit, time: Hit) -> bool:
    """Whether the time word follows the noun in its clause with no status word between."""
    base = sentence.start
    if clause_break(sentence, hit.end, time.start):
        return False
    if headline_space(sentence, hit.end - base, time.start - base, reach=0):
        return False
    return not any(
        hit.end <= h.start and h.end <= time.start and not h.concepts.isdisjoint(STATUS_TRIGGERS)
        for h in sentence.hits
    )


def chained_after(sentence: Sentence, start: int, hit: Hit) -> bool:
    """Whether the only clause break between absolute offset `start` and the noun is a
    `sequence.after` word that makes the noun the later of two events of one chain ("작년 9명은
    中 넘겨진 뒤 북송": handed over, then sent back): the time before the break dates both."""
    grammar, text, base = sentence.root.of_hit(hit), sentence.text, sentence.start
    first, last = start - base, hit.start - base
    for space in re.finditer(r"\s+", text[first:last]):
        at = first + space.start()
        closer = grammar.earlier_closer.search(text, first, at)
        if closer is None:
            continue
        if not grammar.breaks(text, first, closer.start()) and not grammar.breaks(
            text, first + space.end(), last
        ):
            return True
    return False


def _used_as_verb(sentence: Sentence, hit: Hit) -> bool:
    """A bare repatriation noun that reports an act: in a headline ("中, 탈북민 20여명 강제북송"),
    or, in a language whose `noun_verbs` say so, directly followed by a count or the people
    ("强制遣返十名脱北者")."""
    if sentence.field == "title":
        return True
    grammar = sentence.root.of_hit(hit)
    if not grammar.noun_verbs:
        return False
    offset = hit.end - sentence.start
    if grammar.count_ahead.match(sentence.text, offset) or _passive(sentence, hit, grammar):
        return True
    if _object_marker(sentence, hit) is not None:
        return True  # 将约600名脱北者强制遣返
    after = sentence.text[offset : offset + 3]
    if any(after.startswith(m) for m in grammar.sent_to_before if m) and any(
        0 <= p.start - hit.end <= 3 for p in sentence.hits_of("place")
    ):
        return True  # "驱逐到中国": sent somewhere
    return any(
        0 <= h.start - hit.end <= 2 and (h.has("subject") or h.has("subject_weak"))
        for h in sentence.hits
    )


def _marks_object(sentence: Sentence, cue: Hit) -> bool:
    """A cue word that stands right before a figure or the people marks the verb's object, not
    its mood (将5名脱北者遣返, 将脱北者遣返, 将在沈阳被捕的5名脱北者遣返: sent back)."""
    grammar = sentence.root.of_hit(cue)
    start, end = cue.start - sentence.start, cue.end - sentence.start
    if sentence.text[start:end] not in grammar.object_markers:
        return False
    if _people_at(sentence, grammar, end):
        return True
    # A clause about the people may stand before them, ended by a genitive marker: 将[在沈阳被捕
    # 的]5名脱北者遣返 still marks the object.
    text = sentence.text
    for marker in sentence.root.genitive:
        at = text.find(marker, end, end + OBJECT_REACH)
        while at >= 0:
            after = at + len(marker)
            if grammar.breaks(text, end, at) or _moves_people(sentence, end, at):
                break
            if _people_at(sentence, grammar, after):
                return True
            at = text.find(marker, after, end + OBJECT_REACH)
    return False


def _moves_people(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a return, a release or an arrival stands in text[start:end]: the verb itself
    (将遣返这5名在沈阳被捕的脱北者: "will send back"), not a clause about the people."""
    begin, stop = sentence.start + start, sentence.start + end
    return any(begin <= h.start < stop and not h.concepts.isdisjoint(MOVES) for h in sentence.hits)


def _people_at(sentence: Sentence, grammar: GrammarView, offset: int) -> bool:
    """Whether a figure or the people open at `offset` of the sentence's text: a word or two
    may stand before them (将这些脱北者), but not a status word (将释放脱北者: "will free
    defectors", where 将 is the future, not the object marker)."""
    if grammar.count_ahead.match(sentence.text, offset):
        return True
    start = sentence.start + offset
    return any(
        0 <= h.start - start <= 2
        and h.has("subject")
        and not any(start <= v.start < h.start and _is_status(v) for v in sentence.hits)
        for h in sentence.hits
    )


def _mood(sentence: Sentence, hit: Hit, cues: Sequence[Hit]) -> Hit | None:
    """The cue governing `hit`; after an object marker (将5名脱北者遣返), the cue governing the
    marker, since it stands where the verb would (可能将…遣返, 将于下周将…遣返)."""
    marker = _object_marker(sentence, hit)
    if marker is None:
        cue = _governing_cue(sentence, hit, cues)
        if cue is None or not _marks_object(sentence, cue):
            return cue
        marker = cue
    return _governing_cue(sentence, marker, [c for c in cues if c is not marker])


def _object_marker(sentence: Sentence, hit: Hit) -> Hit | None:
    """An object marker before `hit` in its clause with the people between, and no cue of its own
    (将5名在沈阳被捕的脱北者遣返: the arrest told on the way is no mood)."""
    for marker in sentence.hits_of(*CUES):  # object markers are cue words (将: also "will")
        if marker.end > hit.start or hit.start - marker.end > OBJECT_REACH:
            continue
        if not _marks_object(sentence, marker):
            continue
        between = [h for h in sentence.hits if marker.end <= h.start < hit.start]
        grammar = sentence.root.of_hit(hit)
        if all(h.concepts.isdisjoint(CUES) for h in between) and not grammar.breaks(
            sentence.text, marker.end - sentence.start, hit.start - sentence.start
        ):
            return marker
    return None


def _passive(sentence: Sentence, hit: Hit, grammar: GrammarView) -> bool:
    """A passive marker before the noun in its clause with only the agent between, an authority
    or a country (被中国公安遣返), not another verb (被捕的脱北者遣返问题: a topic)."""
    if grammar.passive_before is None:
        return False
    start = hit.start - sentence.start
    found = list(
        grammar.passive_before.finditer(sentence.text, max(0, start - grammar.agent_reach), start)
    )
    if not found:
        return False
    marker = found[-1].start() + sentence.start
    between = [h for h in sentence.hits if h.end > marker and h.start < hit.start]
    return all(h.has("place") for h in between) and not grammar.breaks(
        sentence.text, found[-1].end(), start
    )


def _opens_clause(cue: Hit, hit: Hit) -> bool:
    """Whether `cue` is a likelihood of the verb's own language, which opens the clause and
    qualifies its verb: the people and a participle telling their arrest may stand between
    ("Probably all seven fugitives arrested last month were already deported", Вероятно, все
    семеро задержанных беглецов уже депортированы), and they block its reach no more than
    they block any other adverb's."""
    return cue.has("likely") and bool(cue.langs & hit.langs)


def _belief_past_commas(sentence: Sentence, cue: Hit, hit: Hit) -> bool:
    """Whether a `likely` cue opening the clause reaches its verb past the people's custody set
    off by commas: "Activists believe that 17 North Koreans, detained in Jilin, were deported"
    (Правозащитники считают, что 17 граждан КНДР, задержанных в Цзилине, были депортированы):
    only the people and their custody stand between, so the return is only feared."""
    if not _opens_clause(cue, hit):
        return False
    between = [h for h in sentence.hits if cue.end <= h.start and h.end <= hit.start]
    status = [h for h in between if _is_status(h)]
    people = any(not h.concepts.isdisjoint(PEOPLE) for h in between)
    return people and bool(status) and all(h.concepts & HELD_CONCEPTS for h in status)


def _reach_before(grammar: GrammarView, cue: Hit, hit: Hit) -> int:
    """How far before `hit` the cue governs it: a `likely` cue of the verb's own language
    opens the clause whose verb it governs ("It is believed that nine defectors arrested in
    Laos last month were sent back"), farther than other cues reach."""
    if _opens_clause(cue, hit):
        return grammar.likely_before
    return grammar.cue_before


def _governing_cue(sentence: Sentence, hit: Hit, cues: Sequence[Hit]) -> Hit | None:
    """The nearest cue governing `hit` in the same clause: before it, or after it in languages
    that put the verb's mood after the verb (the `reach` of the hit's language)."""
    if not cues:
        return None
    grammar = sentence.root.of_hit(hit)
    best: Hit | None = None
    best_gap = 1 << 30
    for cue in cues:
        if cue.has("refusal"):
            continue
        if cue.end <= hit.start:
            gap = hit.start - cue.end
            if (
                gap <= _reach_before(grammar, cue, hit)
                and gap < best_gap
                and (
                    not clause_break(sentence, cue.end, hit.start)
                    or _belief_past_commas(sentence, cue, hit)
                )
                and (_opens_clause(cue, hit) or not _object_between(sentence, cue.end, hit.start))
                and not _participle_past_people(sentence, cue, hit)
                and not _qualifies_object(sentence, cue.end, hit)
                and not _ends_a_verb(sentence, cue)
                and not _in_time_clause(sentence, grammar, cue, hit)
            ):
                best, best_gap = cue, gap
        elif cue.start >= hit.end:
            gap = cue.start - hit.end
            if (
                gap <= grammar.cue_after
                and gap < best_gap
                and not clause_break(sentence, hit.end, cue.start)
                and not _people_between(sentence, hit.end, cue.start)
            ):
                best, best_gap = cue, gap
    return best


def _in_time_clause(sentence: Sentence, grammar: GrammarView, cue: Hit, hit: Hit) -> bool:
    """Whether a `when` word closes, between a cue and a later status word, a time clause whose
    own verb the cue governs: 准备上车时被公安带走 ("taken away as he prepared to board") tells an
    arrest, not a planned one. A cue opening the time clause with a `when.before` word (将在刑满时
    被遣返: at the sentence's end) governs the status word through it."""
    if grammar.when_closer is None:
        return False
    base = sentence.start
    if grammar.when_closer.search(sentence.text, cue.end - base, hit.start - base) is None:
        return False
    return grammar.when_opener.match(sentence.text, cue.end - base) is None


def _people_between(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the people stand between a status word and a cue after it: the word then tells
    who they are (在沈阳被捕的5名脱北者将…, 체포된 탈북민 5명이 북송될 수 있다), and the cue is the
    mood of the verb they are the subject of, not of the participle before them."""
    return any(start <= h.start and h.end <= end for h in sentence.hits_of(*PEOPLE))


def _ends_a_verb(sentence: Sentence, cue: Hit) -> bool:
    """Whether `cue` is the ending of a status word written right before it: 풀려나지 못하고
    구금돼 있다 negates the release, not the detention after it (a cue after its verb, as Korean
    and Japanese put it, stands joined to that verb). In a script that spaces its words, so does
    a cue after the rest of a verb written on to its word (북송[되]지 않고 아직 구류소에 있다: not
    sent back, still held); not where words run on unspaced (被捕后没有被遣返: 后 is no ending)."""
    base = sentence.start
    return any(
        0 <= cue.start - h.end <= VERB_TAIL
        and _is_status(h)
        and _verb_ending(sentence.text, h.start - base, h.end - base, cue.start - base)
        for h in sentence.hits
    )


def _verb_ending(text: str, start: int, end: int, cue: int) -> bool:
    """Whether only the ending of the word at `start`..`end` stands before the cue at `cue`:
    nothing, or letters of a word that white space opens."""
    if end == cue:
        return True
    return text[end:cue].isalnum() and start > 0 and text[start - 1].isspace()


def _participle_past_people(sentence: Sentence, cue: Hit, hit: Hit) -> bool:
    """Whether a verb of its own and then the people stand between a cue and a status word
    written as their participle: "has not handed eight North Koreans arrested in Cao Bang to
    China" negates the handing over, whatever its verb, not the arrest the participle tells of
    (`participle_of`). With no word before the people ("If five North Koreans were arrested")
    the cue is their own verb's."""
    people = [h for h in sentence.hits_of(*PEOPLE) if cue.end <= h.start and h.end <= hit.start]
    if not people or not participle_of(sentence, hit, people):
        return False
    base = sentence.start
    before_them = sentence.text[cue.end - base : people[0].start - base]
    return any(ch.isalpha() for ch in before_them)


def _object_between(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a status word and then the people stand between a cue and a later status word:
    "did not deport seven North Koreans arrested in Yanji" negates the deporting, not the
    arrest the people's participle tells of ("not arrested or detained" stays one cue's)."""
    verb_end = next(
        (h.end for h in sentence.hits if start <= h.start and h.end <= end and _is_status(h)),
        None,
    )
    return verb_end is not None and any(
        verb_end <= h.start and h.end <= end and not h.concepts.isdisjoint(PEOPLE)
        for h in sentence.hits
    )


def _qualifies_object(sentence: Sentence, start: int, hit: Hit) -> bool:
    """Whether a custody word after a cue's own verb of release or return stands in a clause
    ended by a genitive marker (after the rest of its verb) right before the people, so that it
    tells who the verb's object is: 没有释放[上月在沈阳被捕的]3名脱北者, 是否会遣返[上周被捕的]
    5名脱北者 cancel or question the release or the return, not the arrest (a clause set before
    the people, as Chinese puts it)."""
    if not any(c in HELD_CONCEPTS for c in hit.concepts) or not _moves_people(
        sentence, start - sentence.start, hit.start - sentence.start
    ):
        return False
    grammar = sentence.root.of_hit(hit)
    after = hit.end - sentence.start
    for marker in sentence.root.genitive:
        at = sentence.text.find(marker, after, after + PLACE_TAIL + len(marker))
        if at < 0 or grammar.breaks(sentence.text, after, at):
            continue
        # The verb's own tail, or where they are held with its word of place (被关押在丹东的).
        places = sum(
            h.end - h.start
            for h in sentence.hits_of("place")
            if sentence.start + after <= h.start and h.end <= sentence.start + at
        )
        if at - after - places <= VERB_TAIL + 1 and (places or at - after <= VERB_TAIL):
            return _people_at(sentence, grammar, at + len(marker))
    return False


def _is_status(hit: Hit) -> bool:
    return not hit.concepts.isdisjoint(STATUS_TRIGGERS)
