"""Status: the most advanced state a report asserts for the people in its incident.

The ladder, highest first: reached a third country (only after a detention the report mentions),
released, repatriated, facing repatriation, missing, detained, arrested. Between "arrested" and
"detained" the report's own emphasis decides: a continuing custody ("are being held", "a detention
centre", "억류돼 있는", North Korea refusing to take them back) makes it detained; otherwise the
headline's verb, then the verb of the sentence giving the head count, then the first verb of the
text (held rather than arrested when that sentence has both); weak verbs (caught, nabbed) count as
arrested only when nothing else does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.classify.dates import (
    SentenceDates,
    dated_before,
    month_alone_before,
    month_named_before,
    ranked_before,
)
from bot.classify.events import HELD_KINDS, Event, deported_south
from bot.classify.matcher import Hit
from bot.classify.nouns import NAMING_PEOPLE
from bot.classify.sentences import Sentence, clause_around, clause_break
from bot.domain import Status

DETENTION: Final = frozenset(
    {"arrested", "apprehended", "detained", "custody", "released", "expelled", "facing"}
)
LADDER: Final = (
    ("released", Status.RELEASED),
    ("repatriated", Status.REPATRIATED),
    ("facing", Status.FACING_REPATRIATION),
    ("missing", Status.MISSING),
    ("custody", Status.DETAINED),
)
PEOPLE_WORDS: Final = ("subject", "subject_one", "subject_weak", "number", "group")
STRONG: Final = {"arrested": Status.ARRESTED, "detained": Status.DETAINED}
HELD: Final = frozenset({"arrest", "detain", "custody"})
FREED_OR_HELD: Final = HELD_KINDS | {"released"}
FREED: Final = frozenset({"released", "third"})  # what a custody told after it may end
ALL_CLEAR_KINDS: Final = FREED | {"repatriated"}
_NEXT_WORD: Final = re.compile(r"\s+\w+")  # the word after a disappearance: "from", "из"
PARTICIPLE_GAP: Final = 1  # characters between a participle and the noun it qualifies: a space
# What makes a return a call's: urged, demanded, to stop, to end (`wish`, `prevent` cues).
CALLS: Final = frozenset({"wish", "prevent"})
# What names people in general in a call's clause: "North Koreans", 탈북민, 脱北者.
GENERAL: Final = ("subject", "subject_weak")
# What names a specific group in a call's clause: a figure, "them", "two women", "a family".
SPECIFIC: Final = ("number", "subject_one", "subject_pron", "group", "one_family", "one_group")
# characters between a custody word and "again": 再び公安に拘束, 又被中国公安抓捕
AGAIN_REACH: Final = 12
# characters between a `pluperfect` word and the release after it: "had been quietly released",
# 此前因亲属缴纳罚款而获释
PLUPERFECT_REACH: Final = 16


def without_headline_release(events: Sequence[Event], cancelled: Sequence[Event]) -> list[Event]:
    """A headline's release that the text tells ended in another custody ("released, then held
    by immigration", 获释后又被抓获, 釈放されたが再び拘束された: the release cancelled by the
    custody after it), or tells as unconfirmed (釈放されたとの情報があるが、確認されていない), is no
    all-clear either: the headline names the release, not its end nor its doubt."""
    ended = any(
        e.kind == "released"
        and e.cue is not None
        and not e.cue.concepts.isdisjoint(HELD | {"unverified"})
        for e in cancelled
    )
    if not ended:
        return list(events)
    return [e for e in events if e.kind != "released" or e.sentence.field != "title"]


def without_headline_return(events: Sequence[Event]) -> list[Event]:
    """A headline's return word that says nowhere ("Defectors deported", "Trao trả 5 người") is
    read as a return to the North; when the text tells that return with a neighbour or the South
    as where it sent them ("deported to China", "deported to South Korea"), the headline only
    shortened it, and is no return to the North."""
    if not any(_sent_elsewhere(e) and e.sentence.field == "text" for e in events):
        return list(events)
    return [
        e
        for e in events
        if not (
            e.kind == "repatriated"
            and e.sentence.field == "title"
            and not e.sentence.hits_of("place")
        )
    ]


# The concepts of a word for a return or an expulsion, as a headline may shorten it.
RETURN_WORDS: Final = frozenset({"repat", "repat_topic", "expel"})


def without_headline_threat_sent_south(events: Sequence[Event]) -> list[Event]:
    """A headline's return still to come that says nowhere ("held pending deportation", 추방 대기,
    chờ trục xuất), over a text that tells that deportation as to the South and still to come
    ("plan to deport them to South Korea next week"), is that deportation shortened: no threat
    of a return to the North, and the people are in the police's hands until it is done."""
    if not any(_sent_south_later(e) and e.sentence.field == "text" for e in events):
        return list(events)
    if any(e.kind in ("facing", "repatriated") and e.sentence.field == "text" for e in events):
        return list(events)
    return [
        e
        for e in events
        if not (
            e.kind == "facing"
            and e.sentence.field == "title"
            and not e.hit.has("nk")
            and not _names_the_north(e.sentence)
        )
    ]


def _names_the_north(sentence: Sentence) -> bool:
    """Whether the sentence names North Korea as a place ("to North Korea", в КНДР, 北朝鮮へ), not
    as its people's nationality ("North Korean defectors")."""
    return any(
        x.concept == "place" and x.value == "KP" and x.kind != "demonym"
        for h in sentence.hits_of("place")
        for x in h.entries
    )


def _sent_south_later(event: Event) -> bool:
    """A return word the text says will send the people to the South, not yet done
    (`sent_where`: a deportation there still to come reads as an arrest)."""
    return event.kind == "apprehended" and not event.hit.concepts.isdisjoint(RETURN_WORDS)


def _sent_elsewhere(event: Event) -> bool:
    """A return word the text says sent the people to a neighbour or to the South."""
    return event.kind == "expelled" or deported_south(event)


def without_headline_return_the_text_fears(events: Sequence[Event]) -> list[Event]:
    """A headline's return ("Forcibly repatriated", บังคับส่งกลับ, Принудительно возвращены) that
    the text tells only as still to come ("at risk of being forcibly returned", เสี่ยงที่จะถูกส่ง
    กลับ, грозит репатриация), and nowhere as done, is no all-clear: the headline shortened a
    threat, and the weaker status holds. Only a headline that names no one: one that counts or
    names the people reports its own return. A text that repeats the headline as its first line
    tells it no more than the headline does."""
    headline = {
        e.sentence.text.strip()
        for e in events
        if e.sentence.field == "title"
        and e.kind == "repatriated"
        and not _names_anyone(e.sentence)
    }
    told = [e for e in events if e.sentence.text.strip() not in headline]
    told = [e for e in told if e.sentence.field == "text"]
    if not headline or not any(e.kind == "facing" for e in told):
        return list(events)
    if any(e.kind == "repatriated" for e in told):
        return list(events)
    return [
        e for e in events if e.kind != "repatriated" or e.sentence.text.strip() not in headline
    ]


def without_headline_return_the_text_doubts(events: Sequence[Event]) -> list[Event]:
    """A headline's return ("Four defectors deported to North Korea") that the text tells only
    as unconfirmed ("according to unconfirmed reports", 북송된 것으로 알려졌으나 아직 확인되지
    않았다, theo nguồn tin chưa được kiểm chứng, แต่ยังไม่ได้รับการยืนยัน), and nowhere as done,
    is no all-clear, though the headline counts the people: it shortened a report the text
    doubts, and the return is only feared. A text that repeats the headline as its first line
    tells it no more than the headline does."""
    headline = {e.sentence.text.strip() for e in events if e.sentence.field == "title"}
    told = [
        e for e in events if e.sentence.field == "text" and e.sentence.text.strip() not in headline
    ]
    doubted = any(
        e.kind == "facing" and e.cue is not None and e.cue.has("unverified") for e in told
    )
    if not doubted or any(e.kind == "repatriated" for e in told):
        return list(events)
    return [
        e for e in events if e.kind != "repatriated" or e.sentence.text.strip() not in headline
    ]


def _names_anyone(sentence: Sentence) -> bool:
    """Whether a sentence counts or names people: a figure, a number word or a word for them."""
    return bool(sentence.hits_of(*PEOPLE_WORDS)) or any(map(str.isdigit, sentence.text))


def without_general_call(events: Sequence[Event]) -> list[Event]:
    """A call to end forced returns told after people held, in another clause, that names
    only people in general ("The UN urged China to stop forcibly returning North Koreans",
    탈북민 강제북송을 중단하라고 촉구했다, 停止强制遣返脱北者) threatens no one in particular: it does
    not make the return of those held threatened. A call naming them ("not to send the 12
    back", 이들의 북송) or no one at all (要求中方勿強制遣返: them, unsaid), a call told before
    the custody (a reaction, then the news it reacts to) and a fear ("fear the 12 will be sent
    back") still do."""
    held = [e for e in events if e.kind in HELD_KINDS]
    if not held:
        return list(events)
    return [
        e
        for e in events
        if not (
            _general_call(e)
            and any(_told_at(h) < _told_at(e) and _clause_of(h) != _clause_of(e) for h in held)
        )
    ]


def _general_call(event: Event) -> bool:
    """Whether a threatened return is a call's, its clause naming people only in general: a
    word for them, but neither a figure nor "them"."""
    if event.kind != "facing":
        return False
    sentence, base = event.sentence, event.sentence.start
    start, end = _clause_of(event)[1:]
    # A headline's cue may go unread ("UN urges end to forced returns"): a call in its clause.
    calls = [
        h for h in sentence.hits_of(*CALLS) if start <= h.start - base and h.end <= event.hit.start
    ]
    if not calls and (event.cue is None or event.cue.concepts.isdisjoint(CALLS)):
        return False
    # The call is against forced returns as such: "forced", 강제, 强制, принудительное.
    if not any(start <= h.start - base < end for h in sentence.hits_of("forced")):
        return False
    if any(ch.isdigit() for ch in sentence.text[start:end]):
        return False
    inside = [h for h in sentence.hits_of(*GENERAL, *SPECIFIC) if start <= h.start - base < end]
    return bool(inside) and not any(h.concepts.intersection(SPECIFIC) for h in inside)


def _clause_of(event: Event) -> tuple[int, int, int]:
    """The event's sentence order and the span of its clause (offsets in the sentence)."""
    sentence = event.sentence
    start, end = clause_around(
        sentence, event.hit.start - sentence.start, event.hit.end - sentence.start
    )
    return sentence.order, start, end


def without_release_before_rearrest(
    events: Sequence[Event], dates: SentenceDates | None = None
) -> list[Event]:
    """A release told before a custody said to come again ("freed on Monday, they were arrested
    again", 获释后又被抓, 釈放後に再び拘束, снова задержали) or to go on ("the court overturned the
    expulsion; he remains in the centre", При этом он остается в ЦВСИГ) ended in that custody or
    never was: the later event wins, and the release is no all-clear. A release told after it
    ("arrested again last month, freed on Friday") stands, unless its sentence dates it before
    the day of the custody come again ("arrested again on Monday. She was freed last month", 她
    上月获释): then it is the release that custody ended, told over."""
    if not any(e.kind == "released" for e in events):
        return list(events)
    # A custody in the clause of the release before it ("thả hôm 24/11 sau gần một tháng bị
    # giữ", freed after a month held) is the release's past, not a later custody.
    releases = [e for e in events if e.kind == "released"]
    words = sorted(
        (_told_at(e), e.kind == "released")
        for e in events
        if e.kind in FREED_OR_HELD
        and not (e.kind in HELD_KINDS and any(_in_clause_after(r, e) for r in releases))
    )
    # Or "again" right before the custody word ("was again detained", 再次被抓捕, снова
    # задержали), no release told before it.
    again = [
        e
        for e in events
        if e.kind in HELD_KINDS
        and (
            still_goes_on(e)
            or (
                (_again(e) or _then(e, words) or _again_before(e, words))
                and not _then_dated_before(e, releases, dates)
            )
        )
    ]
    if not again:
        return list(events)
    last = max(_told_at(e) for e in again)
    return [
        e
        for e in events
        if e.kind != "released"
        or (
            _told_at(e) > last
            and not _told_as_before(e)
            and not (dates is not None and _dated_before_custody(e, again, dates))
        )
    ]


def _then_dated_before(
    held: Event, releases: Sequence[Event], dates: SentenceDates | None
) -> bool:
    """Whether a custody told after "then" or "again" in a sentence of its own, after the
    release's, is dated there by a month alone before the release's day ("Thailand freed six on
    Dec. 2. The six entered in August and were then caught and held", 这6名妇女今年8月入境，随后
    被抓获): the custody the release ended, told over, not one come after it."""
    return dates is not None and any(
        r.sentence.order < held.sentence.order
        and month_named_before(held.sentence, r.sentence, dates)
        for r in releases
    )


def _dated_before_custody(release: Event, again: Sequence[Event], dates: SentenceDates) -> bool:
    """Whether a release told after a custody come again is dated before that custody's day: by
    their sentences (`dated_before`), or in one sentence by the recent times of their clauses
    ("arrested again on Monday …, though she was released last month"); or by a month named
    alone in the release's sentence or clause, with no recent time of its own, before the
    custody's day ("rearrested on Dec. 1 … She was freed in October", 10月获释, в октябре)."""
    for held in again:
        if held.sentence.order < release.sentence.order:
            if dated_before(release.sentence, held.sentence, dates) or _month_before(
                release, held, dates, clause=False
            ):
                return True
        elif (
            held.sentence is release.sentence
            and _clause_of(held) != _clause_of(release)
            and (
                ranked_before(_recent_in_clause(release), _recent_in_clause(held))
                or _month_before(release, held, dates, clause=True)
            )
        ):
            return True
    return False


def _month_before(release: Event, held: Event, dates: SentenceDates, *, clause: bool) -> bool:
    """Whether the release's sentence (or, with `clause`, its clause) names a month alone and no
    recent time, and that month lies before the day of the custody's sentence (or clause)."""
    sentence, report = release.sentence, dates.report_date
    langs = sentence.grammar.langs
    if clause:
        start, end = _clause_of(release)[1:]
        if _recent_in_clause(release):
            return False
        month = dates.reader.month_alone(sentence.text, report, langs, start, end)
        held_start, held_end = _clause_of(held)[1:]
        text = held.sentence.text[held_start:held_end]
        held_day = dates.reader.read(text, report, held.sentence.grammar.langs, incident=True)
        return month_alone_before(month, held_day, _recent_in_clause(held), report)
    return month_named_before(sentence, held.sentence, dates)


def _recent_in_clause(event: Event) -> list[Hit]:
    """The recent times (`recent`: on Monday, last month) told in the event's clause."""
    sentence = event.sentence
    start, end = _clause_of(event)[1:]
    return [h for h in sentence.hits_of("recent") if start <= h.start - sentence.start < end]


def _told_as_before(release: Event) -> bool:
    """Whether a release is told as before the story's time by a `pluperfect` word: its own
    (풀려났었다), right after it in its clause (釈放されていた) or before it in its sentence ("She
    had been released in July", 她此前因亲属缴纳罚款而获释, "Trước đó, bà đã được thả"). Told
    after a custody that came again, it is the release that custody ended, told over."""
    hit, sentence = release.hit, release.sentence
    for cue in sentence.hits_of("pluperfect"):
        if _own_or_right_after(sentence, hit, cue):
            return True
        if cue.end <= hit.start and (
            hit.start - cue.end <= PLUPERFECT_REACH
            or not sentence.text[: cue.start - sentence.start].strip()
        ):
            return True
    return False


def without_release_before_return(events: Sequence[Event]) -> list[Event]:
    """A release told before a return of the people ("released from the migration centre and
    handed over to North Korean consular officials", 석방된 뒤 북송됐다), or before a handover to a
    neighbour in its own sentence ("freed from a Vientiane jail and deported to China"), ended
    in it: that is their status, not the release; not a return told as before the story's time
    (a `pluperfect` word). A release told after it stands, and so does
    one a later sentence tells an old expulsion order beside ("1심 법원은 추방을 명령한 바 있다").
    A headline's release goes with a text's release handed on."""
    # A return told as before the story's time ("Earlier reports said he had been handed over",
    # "Ранее СМИ писали, что его передали", 此前有报道称他已被移交, "Trước đó, ... đã bị giao")
    # ended no release the report tells: none follows a return, so it is an earlier claim the
    # release corrects, or another group's past.
    returns = [_told_at(e) for e in events if e.kind == "repatriated" and not _told_as_before(e)]
    last = max(returns, default=(-1, -1))
    expelled = [e for e in events if e.kind == "expelled"]
    handed = {
        id(e)
        for e in events
        if e.kind == "released" and any(_handed_on_after(e, x) for x in expelled)
    }
    # The headline's release goes with the text's that a handover ended ("Defectors freed" over
    # "were freed, but handed to the Chinese authorities").
    headline = any(e.sentence.field == "text" for e in events if id(e) in handed)
    return [
        e
        for e in events
        if e.kind != "released"
        or (
            _told_at(e) > last
            and id(e) not in handed
            and not (headline and e.sentence.field == "title")
        )
    ]


def without_missing_before_custody(events: Sequence[Event]) -> list[Event]:
    """A flight told before a custody of the people ("a student who went missing from his
    dormitory was detained at the station", студент пропал из общежития ... его задержали)
    ended in it: they were found, and held. Only a disappearance from a place (`_found`): a
    family's lost contact ("no word from him for two weeks; a broker said he was arrested") may
    have begun with the arrest told after it. One told after the custody ("arrested in March,
    they vanished from the centre in April") is their news and stands. The text tells its own
    story: a headline's disappearance goes with a custody later in the headline, or with the
    text's own disappearance that a custody ended."""
    held = [e for e in events if e.kind in HELD_KINDS]
    if any(
        e.kind == "missing" and e.sentence.field == "title" and _caught_in_headline(e, held)
        for e in events
    ):
        # The headline sums the report up: the disappearance the text tells is the one it ended.
        return [e for e in events if e.kind != "missing"]
    ended = {
        id(e)
        for e in events
        if e.kind == "missing"
        and e.sentence.field != "title"
        and any(h.sentence.field != "title" and _found(e, h) for h in held)
    }
    return [
        e
        for e in events
        if e.kind != "missing"
        or (id(e) not in ended and not (e.sentence.field == "title" and ended))
    ]


def without_missing_beside_custody(events: Sequence[Event]) -> list[Event]:
    """Their fate unknown in a sentence that says their custody goes on ("Женщины по-прежнему
    находятся в изоляторе, их судьба неизвестна", 今も拘置所に収容されており、安否は分かっていない):
    where they are is known, so the fate is what comes next, not a disappearance. So too a lost
    contact anywhere beside a custody told now ("They are being held in Dandong. Their families
    cannot reach them"), and a disappearance told before one ("For two weeks no one knew where
    they were; they are being held in Tumen"). A custody told as past ("held until May; contact
    lost since") leaves them missing."""
    going_on = [e.sentence for e in events if e.kind in HELD_KINDS and _held_still(e)]
    now = [e for e in events if e.kind in HELD_KINDS and _held_now(e)]
    return [
        e
        for e in events
        if e.kind != "missing"
        or not (any(s is e.sentence for s in going_on) or any(_where_known(e, h) for h in now))
    ]


def _held_now(event: Event) -> bool:
    """Whether a custody is told as now: a `still` word says it goes on, or a `held_now` word
    (are being held, 수감돼 있다, их держат в) is its own or stands before it in its clause."""
    hit, sentence = event.hit, event.sentence
    return _held_still(event) or any(
        cue.start <= hit.start < cue.end
        or (cue.end <= hit.start and not clause_break(sentence, cue.end, hit.start))
        for cue in sentence.hits_of("held_now")
    )


def _where_known(missing: Event, held_now: Event) -> bool:
    """Whether a custody told now tells where the people of a disappearance are: a lost contact
    says nothing of where, and a disappearance told before the custody is one it ended."""
    return missing.hit.has("out_of_contact") or _told_at(missing) < _told_at(held_now)


def _held_still(event: Event) -> bool:
    """Whether a `still` word says the custody goes on, its own or before it in its clause
    ("по-прежнему находятся в следственном изоляторе", 今も拘置所に収容されており)."""
    hit, sentence = event.hit, event.sentence
    return still_goes_on(event) or any(
        cue.end <= hit.start and not clause_break(sentence, cue.end, hit.start)
        for cue in sentence.hits_of("still")
    )


def without_return_on_a_supposed_arrest(
    events: Sequence[Event], cancelled: Sequence[Event]
) -> list[Event]:
    """A return told as what would follow an arrest only supposed in its sentence ("if they
    have been arrested, they will be sent back", 체포됐다면 북송될 우려, nếu bị bắt, họ sẽ bị đưa
    về) threatens people no one is known to hold: for people the report tells missing, their
    disappearance is the news, not a threat. The arrest is one a hedge cancelled, told before
    the return, and the hedge too (not 체포돼 추방 위기에 놓였다, whose fear after the return
    reaches back to the arrest)."""
    if not any(e.kind == "missing" for e in events):
        return list(events)
    supposed = [
        (c.sentence, max(c.hit.end, c.cue.end))
        for c in cancelled
        if c.kind in HELD_KINDS and c.cue is not None and c.cue.has("hedge")
    ]
    return [
        e
        for e in events
        if e.kind != "facing"
        or not any(s is e.sentence and end <= e.hit.start for s, end in supposed)
    ]


def _fled_from(missing: Event) -> bool:
    """Whether a disappearance says where from ("vanished from his dormitory", пропал из
    общежития): a flight, which a later arrest ends; not a family's lost contact, which the
    arrest they then heard of may have begun."""
    sentence, base = missing.sentence, missing.sentence.start
    grammar, end = sentence.root.of_hit(missing.hit), missing.hit.end - base
    word = _NEXT_WORD.match(sentence.text, end)
    return (
        word is not None and grammar.origin_before.search(sentence.text, 0, word.end()) is not None
    )


def _caught_in_headline(missing: Event, held: Sequence[Event]) -> bool:
    return any(h.sentence is missing.sentence and _found(missing, h) for h in held)


def _found(missing: Event, held: Event) -> bool:
    """Whether a custody told after a disappearance ended it: only a flight from a place, or a
    disappearance that qualifies the people held in its sentence. A lost contact ("lost contact
    with three refugees who were arrested", "missing since police arrested her") may well have
    begun with the custody told after it."""
    return _caught_after(missing, held) and (
        _fled_from(missing) or (held.sentence is missing.sentence and _qualifies_them(missing))
    )


def _qualifies_them(missing: Event) -> bool:
    """Whether a disappearance is a participle right before the people's word ("Пропавший
    студент из КНДР задержан", "missing defector caught"): it says who was found."""
    end = missing.hit.end
    return any(
        0 < h.start - end <= PARTICIPLE_GAP for h in missing.sentence.hits_of(*NAMING_PEOPLE)
    )


def _caught_after(missing: Event, held: Event) -> bool:
    """Whether a custody is told after a disappearance, and not as where the people vanished
    from ("vanished from the detention centre", пропали из изолятора)."""
    if _told_at(held) <= _told_at(missing):
        return False
    if held.sentence is not missing.sentence:
        return True
    sentence, base = missing.sentence, missing.sentence.start
    grammar = sentence.root.of_hit(missing.hit)
    between = (missing.hit.end - base, held.hit.start - base)
    return not grammar.origin_before.search(sentence.text, *between)


def _handed_on_after(release: Event, expulsion: Event) -> bool:
    return expulsion.sentence is release.sentence and _told_at(expulsion) > _told_at(release)


def without_all_clears_before_a_new_group(events: Sequence[Event]) -> list[Event]:
    """An all-clear told in a sentence before the custody of "a new group" (новую группу, 新一批,
    กลุ่มใหม่) is an earlier group's, recalled as background: the incident is the new group's."""
    new = [
        e.sentence.order for e in events if e.kind in HELD_KINDS and e.sentence.has("new_group")
    ]
    if not new:
        return list(events)
    first = min(new)
    return [e for e in events if e.kind not in ALL_CLEAR_KINDS or e.sentence.order >= first]


def without_release_before_custody(events: Sequence[Event]) -> list[Event]:
    """A release or an arrival told as the earlier of two events ("脱北者获释后被移民局关押",
    釈放された後に入管に収容, "detained by immigration after being released", "arrested shortly
    after they arrived in Thailand") with a custody in its sentence ended in that custody: no
    all-clear. Not where they were released from ("after being released from a detention centre",
    从拘留所获释后)."""
    held = [e for e in events if e.kind in HELD_KINDS]
    return [e for e in events if e.kind not in FREED or not _ended(e, held)]


def _ended(release: Event, held: Sequence[Event]) -> bool:
    hit, sentence = release.hit, release.sentence
    grammar, text, base = sentence.root.of_hit(hit), sentence.text, sentence.start
    start, end = hit.start - base, hit.end - base
    ours = [h.hit for h in held if h.sentence is sentence]
    if grammar.earlier_after.match(text, end):  # 获释后被关押: the custody right after it
        return any(
            h.start >= hit.end and not grammar.origin_before.search(text, end, h.start - base)
            for h in ours
        )
    if grammar.told_as_earlier(text, start):
        # "held after being released" in one clause; "after being released, they were held"
        return any(
            (h.end <= hit.start) != clause_break(sentence, *sorted((h.end, hit.start)))
            for h in ours
        )
    return release.kind == "third" and _describes_the_held(sentence, hit, ours)


def _describes_the_held(sentence: Sentence, hit: Hit, held: Sequence[Hit]) -> bool:
    """An arrival that describes the people a custody after them is about (태국에 도착한 탈북민
    5명이 체포됐다, タイに到着した脱北者5人が拘束された): within the language's `adnominal` reach
    of their word, it is the earlier event. Not a release: German's verb stands there too
    ("ließen zwei Nordkoreaner frei")."""
    reach = sentence.root.of_hit(hit).adnominal_reach
    people = next(
        (h for h in sentence.hits_of(*PEOPLE_WORDS) if hit.end <= h.start <= hit.end + reach),
        None,
    )
    return bool(reach) and people is not None and any(h.start >= people.end for h in held)


def _again(event: Event) -> bool:
    """Whether "again" is the custody word's own ("re-arrested", 재체포) or stands right after it
    in its clause ("arrested again", 체포됐다 다시); one before it is `_then`'s."""
    hit, sentence = event.hit, event.sentence
    return any(_own_or_right_after(sentence, hit, cue) for cue in sentence.hits_of("again"))


def _own_or_right_after(sentence: Sentence, hit: Hit, cue: Hit) -> bool:
    """Whether `cue` is part of the word `hit` ("re-arrested", 풀려났었다) or stands right after
    it in its clause ("arrested again", 釈放されていた)."""
    return (cue.start <= hit.start and cue.end >= hit.end) or again_right_after(sentence, hit, cue)


def still_goes_on(event: Event) -> bool:
    """Whether a `still` word says the custody goes on: the custody word's own ("остается под
    стражей") or right before it in its clause ("он остается в ЦВСИГ", "по-прежнему содержится")
    or right after it ("held still")."""
    hit, sentence = event.hit, event.sentence
    for cue in sentence.hits_of("still"):
        if cue.start <= hit.start and cue.end >= hit.end:
            return True
        if again_right_after(sentence, cue, hit):
            return True
        if again_right_after(sentence, hit, cue) and not _freed_before(sentence, cue):
            return True
    return False


def _freed_before(sentence: Sentence, cue: Hit) -> bool:
    """Whether a release stands before a `still` word in its clause ("수용시설에서 풀려나 현재
    안전한 곳에", freed from the centre and now safe): the word tells the freed state, not the
    custody named before it."""
    return any(
        r.end <= cue.start and not clause_break(sentence, r.end, cue.start)
        for r in sentence.hits_of("release")
    )


def _again_before(event: Event, words: Sequence[tuple[tuple[int, int], bool]]) -> bool:
    """Whether an `again` word stands right before the custody word in its clause ("was again
    detained", 再次被中国公安抓捕, 다시 공안에 체포돼, снова задержали). Not after a custody told
    before it in its sentence (被捕，其後一直被關押: held since that arrest, no custody anew)."""
    hit, sentence = event.hit, event.sentence
    return any(
        0 <= hit.start - cue.end <= AGAIN_REACH
        and not clause_break(sentence, cue.end, hit.start)
        and not any(
            not freed and at[0] == sentence.order and at[1] < cue.start for at, freed in words
        )
        for cue in sentence.hits_of("again")
    )


def again_right_after(sentence: Sentence, held: Hit, cue: Hit) -> bool:
    """ "arrested again", 체포됐다 다시: the `again` cue in the custody word's clause, right
    after it."""
    start, end = held.end, cue.start
    return 0 <= end - start <= AGAIN_REACH and not clause_break(sentence, start, end)


def _then(event: Event, words: Sequence[tuple[tuple[int, int], bool]]) -> bool:
    """Whether "again" or "then" stands before the custody word in its sentence, straight after
    a release (获释后又被抓; "freed in Laos, they then crossed into Thailand, where police held
    them", 在老挝获释，随后越境进入泰国，在清莱被捕): the custody came later, across the clauses
    between. Not one after a custody (被捕，其后一直关押: held since, and the headline's release
    stands). `words`: where each release and custody is told, in order, and whether it is a
    release."""
    hit, sentence = event.hit, event.sentence
    for cue in sentence.hits_of("again"):
        if cue.end > hit.start:
            continue
        before = [freed for at, freed in words if at < (sentence.order, cue.start)]
        if before and before[-1]:
            return True
    return False


def _in_clause_after(release: Event, held: Event) -> bool:
    """Whether a custody word follows a release in its clause, with no `again` word between."""
    sentence, start, end = release.sentence, release.hit.end, held.hit.start
    return (
        held.sentence is sentence
        and start <= end
        and not clause_break(sentence, start, end)
        and not any(start <= h.start < end for h in sentence.hits_of("again"))
    )


def _told_at(event: Event) -> tuple[int, int]:
    return event.sentence.order, event.hit.start


def resolve_status(
    events: Sequence[Event], count_sentence: Sentence | None, rest: Sequence[Event] = ()
) -> tuple[Status | None, Event | None]:
    """The status and the event that decided it (None, None when nothing is asserted). `rest`
    are the custodies of the rest of the people, after a part of them went free ("The other
    five remain in custody"): the incident's, so they say how the people are held before the
    part's arrest told in the headline or beside the count."""
    by_kind: dict[str, Event] = {}
    for event in events:
        by_kind.setdefault(event.kind, event)
    if "third" in by_kind and (
        not DETENTION.isdisjoint(by_kind) or any(map(deported_south, events))
    ):
        return Status.REACHED_THIRD_COUNTRY, by_kind["third"]
    for kind, status in LADDER:
        if kind in by_kind:
            return status, by_kind[kind]
    strong = [e for e in events if e.kind in STRONG]
    pick = _furthest([e for e in strong if e in rest])
    if pick is None:
        pick = _furthest([e for e in strong if e.sentence.field == "title"])
    if pick is None and count_sentence is not None:
        pick = _furthest([e for e in strong if e.sentence is count_sentence])
    if pick is None and strong:
        pick = _furthest([e for e in strong if e.sentence is strong[0].sentence])
    if pick is not None:
        return STRONG[pick.kind], pick
    for kind in ("apprehended", "expelled"):
        if kind in by_kind:
            return Status.ARRESTED, by_kind[kind]
    return None, None


def _furthest(events: Sequence[Event]) -> Event | None:
    """Of one sentence's verbs, held rather than arrested ("arrested and held in Dandong")."""
    return next((e for e in events if e.kind == "detained"), events[0] if events else None)
