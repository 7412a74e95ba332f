"""Which all-clears are the incident's: released, sent back or arrived counts only in a sentence
that singles these people out (the headline, one that counts, names, refers back to or places
them) and is not dated to someone else's story (a year long past beside it, a speaker's own past
in a relative clause). Elsewhere a return is only a threat and a release or an arrival is not said.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from datetime import date
from typing import Final

from bot.classify.dates import DateReader, SentenceDates
from bot.classify.events import (
    ALL_CLEAR,
    HELD_KINDS,
    REPATRIATION,
    STATUS_TRIGGERS,
    Event,
    chained_after,
)
from bot.classify.language import RELATIVE_REACH
from bot.classify.matcher import Hit
from bot.classify.names import NameReader
from bot.classify.nouns import NAMING_PEOPLE
from bot.classify.numbers import OPENED_REACH, PART_REACH, Count, Readings
from bot.classify.people import People
from bot.classify.places import SPECIFIC_KINDS, foreign_places, tells_return_by_south
from bot.classify.sentences import (
    Sentence,
    clause_around,
    clause_break,
    headline_parted,
    one_clause,
)
from bot.classify.statistics import COMMAS
from bot.classify.status import still_goes_on
from bot.classify.traps import chained_to_a_past
from bot.classify.views import View

# characters before a member that opens its clause ("The ", "ส่วน", "Người ")
MEMBER_OPENING: Final = 6
# characters from an aside's figure to its group word ("of them women")
COMPOSITION_REACH: Final = 20

# What the rest of the people may still be in, after a part of them went free.
STILL_HELD: Final = HELD_KINDS | {"facing", "expelled"}
# Or lost, when told of the rest ("the other three are missing", 나머지 3명은 행방이 묘연하다):
# no all-clear for the part either, and the whole group counts.
STILL_AT_RISK: Final = STILL_HELD | {"missing"}
# the order a headline's words on the rest count at: after every sentence
HEADLINE_LAST: Final = 1 << 30
FREED: Final = frozenset({"released", "third"})
# The words of the all-clears a part may have had, a headline's bare 북송 among them.
FREEING_WORDS: Final = ("release", "third", "repat", "repat_topic")
PARTICULAR: Final = ("subject_pron", "subject_one")  # "they", "the group", "a North Korean woman"
NAMED: Final = ("subject", "subject_weak")
# characters between an event and the year that dates it ("reached Seoul in 2015")
YEAR_REACH: Final = 16
# a day stated at most this long before the report dates the incident to now
RECENT_DAYS: Final = 31
# characters between an all-clear and the past period that dates it in its clause ("was sent
# back from the same city last year")
PERIOD_REACH: Final = 32
# The concepts of a past year read as a period beside a custody.
PAST_YEAR: Final = frozenset({"period"})
# characters of a time phrase's tail between its period and the comma setting it off
# ("지난해 한 해 동안,", "去年一整年，")
PERIOD_TAIL: Final = 8


def doubted_after(
    events: Sequence[Event], sentences: Sequence[Sentence]
) -> tuple[list[Event], list[Event]]:
    """The events, each all-clear doubted by the sentence right after its own taken back, and
    those taken back: a sentence that names no one and tells no status but calls what was told
    unconfirmed ("The report could not be independently verified", 사실 여부는 확인되지 않았다,
    Tuy nhiên, thông tin này vẫn chưa được xác nhận) doubts the sentence before it, as one
    that calls itself unconfirmed does: a return is only threatened, a release or an arrival
    only said. Not a question ("What happens to them now?")."""
    doubts = {(s.field, s.order): cue for s in sentences if (cue := _doubt(s)) is not None}
    if not doubts:
        return list(events), []
    kept: list[Event] = []
    doubted: list[Event] = []
    for event in events:
        cue = doubts.get((event.sentence.field, event.sentence.order + 1))
        if event.kind not in ALL_CLEAR or cue is None:
            kept.append(event)
            continue
        doubted.append(event._replace(cue=cue))
        if event.kind in REPATRIATION:
            kept.append(Event("facing", event.hit, event.sentence, cue))
    return kept, doubted


def _doubt(sentence: Sentence) -> Hit | None:
    """The words by which a sentence naming no one and no status calls something unconfirmed."""
    if not sentence.concepts.isdisjoint(STATUS_TRIGGERS) or sentence.hits_of(*NAMED, *PARTICULAR):
        return None
    base = sentence.start
    return next(
        (
            h
            for h in sentence.hits_of("unverified")
            if any(ch.isalpha() for ch in sentence.text[h.start - base : h.end - base])
        ),
        None,
    )


def confirmed_events(
    views: tuple[View, ...],
    events: Sequence[Event],
    counted: set[int],
    names: NameReader,
    date_reader: DateReader,
    dates: SentenceDates,
    report_year: int | None,
    south: bool,
) -> list[Event]:
    """The events of the status sentences, each all-clear kept only where it is the incident's
    (`south`: the incident is a return by South Korea, which may be retold years on)."""
    about = _about_them(views, counted, names, dates)
    return [
        e
        for v in views
        for e in _confirmed(v, about, events, report_year)
        if not _dated_long_ago(e, report_year) or (south and _return_by_south(e))
        if not _speakers_own(e, events, date_reader)
        if not _ended_by_custody_after(e, events)
        if not _told_as_past(e)
        if not _past_period_beside_custody(e, events, report_year)
    ]


def _date(sentence: Sentence, dates: SentenceDates) -> date | None:
    return dates.of(sentence).stated


def _about_them(
    views: tuple[View, ...], counted: set[int], names: NameReader, dates: SentenceDates
) -> set[int]:
    """The sentences (by order) that single out the incident's people: the headline, and those
    that count them, name them, refer back to them ("they", "the family") or place them (a
    city, a facility, a date), and those that follow straight on from one that does without
    naming anyone (Korean, Japanese and Chinese drop the subject)."""
    # When the incident is dated to now ("on Monday", or a day of the last month: 20일), a
    # sentence dated to a past period ("Last year, 20 others were sent back", 지난해 석방된
    # 단체 대표) tells of other people, however it counts them.
    recent = any(v.sentence.has("recent") for v in views)
    now = recent or _dated_to_now(views, dates)
    about: set[int] = set()
    for view in views:
        sentence = view.sentence
        if now and sentence.has("period") and not sentence.has("recent"):
            continue
        if (
            sentence.field == "title"
            or sentence.order in counted
            or sentence.has(*PARTICULAR)
            or (sentence.order - 1 in about and not sentence.has(*NAMED))
            or any(kind in SPECIFIC_KINDS for _h, _iso, kind in foreign_places(sentence))
            or _date(sentence, dates) is not None
            or names.read_names([sentence])
        ):
            about.add(sentence.order)
    return about


def _dated_to_now(views: tuple[View, ...], dates: SentenceDates) -> bool:
    """Whether a sentence not dated to a period states a day in the month before the report."""
    report_date = dates.report_date
    if report_date is None:
        return False
    for view in views:
        if view.sentence.has("period"):
            continue
        stated = _date(view.sentence, dates)
        if stated is not None and 0 <= (report_date - stated).days <= RECENT_DAYS:
            return True
    return False


def _confirmed(
    view: View, about: set[int], events: Sequence[Event], report_year: int | None
) -> list[Event]:
    """The view's events, where an all-clear (released, sent back, arrived) stands only in a
    sentence about these people; elsewhere ("China has stepped up arrests and forced returns of
    defectors") a return is only a threat and a release or an arrival is not said. A return
    done the year before, beside people held in a clause or a sentence not so dated ("Four held
    in Lao Cai; nine were sent back last year", "Four were caught on Monday. Last year nine
    were sent back"), is another group's, no threat to them: it is dropped."""
    if view.sentence.order in about:
        return list(view.events)
    out = []
    for event in view.events:
        if event.kind == "repatriated" and (
            _past_period_beside_custody(event, events, report_year)
            or _last_year_beside_custody(event, events)
        ):
            continue
        if event.kind == "repatriated":
            out.append(event._replace(kind="facing"))
        elif event.kind not in ALL_CLEAR:
            out.append(event)
    return out


def _last_year_beside_custody(event: Event, events: Sequence[Event]) -> bool:
    """Whether a return is told in a sentence the year before dates (`year_before`: last year,
    작년, 去年) and no recent time, while another sentence, not dated to the year before, tells
    people held: a past year's return of others ("Last year nine were sent back")."""
    sentence = event.sentence
    if not sentence.has("year_before") or sentence.has("recent"):
        return False
    return any(
        e.kind in HELD_KINDS and e.sentence is not sentence and not e.sentence.has("year_before")
        for e in events
    )


def _speakers_own(event: Event, events: Sequence[Event], dates: DateReader) -> bool:
    """An all-clear in a relative clause on someone who then speaks of people held ("a defector
    who arrived in Seoul last month said her husband was caught in Shenyang", "a former detainee
    who was released last year said five women were arrested"): the speaker's story, not theirs."""
    if event.kind not in ALL_CLEAR:
        return False
    sentence = event.sentence
    text, base = sentence.text, sentence.start
    start, end = event.hit.start - base, event.hit.end - base
    if sentence.grammar.relative.search(text, max(0, start - RELATIVE_REACH), start) is None:
        return False
    return any(
        e.sentence is sentence
        and e.kind in HELD_KINDS
        and e.hit.start - base > end
        and dates.speaks(text, end, e.hit.start - base)
        for e in events
    )


def _ended_by_custody_after(event: Event, events: Sequence[Event]) -> bool:
    """An all-clear in a relative clause on the people, with a custody of the sentence's own
    after it ("a defector who was released by Chinese police last year was arrested in
    Shenyang", "Гражданин КНДР, который получил временное убежище, задержан в Москве"), or an
    arrival on people a custody before it took: the earlier of two events, which the custody
    ended. Not where another relative clause stands between ("freed from centres that held
    them"), nor a custody told as the earlier event ("released on Friday after being held for
    two months")."""
    if event.kind not in ALL_CLEAR:
        return False
    sentence = event.sentence
    text, base, relative = sentence.text, sentence.start, sentence.grammar.relative
    start, end = event.hit.start - base, event.hit.end - base
    if relative.search(text, max(0, start - RELATIVE_REACH), start) is None:
        return False
    return any(
        e.sentence is sentence
        and e.kind in HELD_KINDS
        and (
            (
                e.hit.start - base >= end
                and relative.search(text, end, e.hit.start - base) is None
                and not sentence.grammar.told_as_earlier(text, e.hit.start - base)
            )
            or (event.kind == "third" and _held_before_arrival(sentence, e.hit, start))
        )
        for e in events
    )


def _held_before_arrival(sentence: Sentence, custody: Hit, arrival: int) -> bool:
    """An arrival in a relative clause on people a custody before it took ("police arrested five
    defectors who had arrived in Thailand"): how they came there, not where it ended."""
    grammar, text = sentence.grammar, sentence.text
    end = custody.end - sentence.start
    if end > arrival:
        return False
    marker = grammar.relative.search(text, end, arrival)
    if marker is None:
        return False
    # The comma that opens the clause ("пятерых беглецов, которые прибыли") parts nothing.
    opening = len(text[: marker.start()].rstrip().removesuffix(","))
    return not grammar.breaks(text, end, opening) and not grammar.breaks(
        text, marker.end(), arrival
    )


def freed_in_part(
    views: tuple[View, ...], told: Sequence[Event], readings: Readings
) -> tuple[tuple[View, ...], list[Event]]:
    """The status views without the all-clears told before the rest of the people are said to
    be still held, to face return or to be missing, in a later sentence, later in the same one
    or in the headline ("Two of the nine were freed on Friday. The other seven face
    deportation.", 나머지 7명은 여전히 구금돼 있다, 其余7人仍被关押): a part of them went free,
    not the incident's people, who stay held; and, when there were such all-clears, the rest's
    custodies and threats, which are the incident's. `told` are the events of every usable
    sentence: "the other seven" need not name the people for their custody to count. Without
    the part's release its sentence counts the whole ("9명 중 2명 석방": nine). So does a clause
    counting its own people still held after a release in its sentence ("frees two children,
    six adults still held", `_rest_clause`)."""
    freed = {
        (e.sentence.field, e.sentence.order)
        for view in views
        for e in (*view.events, *view.cancelled)
        if e.kind in FREED
    }
    rest = [
        e
        for e in told
        if e.kind in STILL_AT_RISK
        and (_told_of_the_rest(e) or _rest_clause(e, readings, freed) is not None)
    ]
    if not rest and freed:
        rest = _rest_by_figure(views, told, readings)
    if not rest:
        return views, []
    # A headline's "the other six still held" sums up the report: it parts a release told
    # anywhere in it ("泰國釋放3名北韓女性 其餘6人仍遭拘留", then the three's release).
    last = max(
        (HEADLINE_LAST if e.sentence.field == "title" else e.sentence.order, e.hit.start)
        for e in rest
    )
    kinds = {
        e.kind
        for view in views
        for e in view.events
        if e.kind in ALL_CLEAR and (e.sentence.order, e.hit.start) < last
    }
    if not kinds:
        # A part's release its sentence's threat to the rest took back ("freed two, seven face
        # deportation"): nothing to leave out, but the rest still count with the part.
        cancelled = any(
            e.kind in FREED and (e.sentence.order, e.hit.start) < last
            for view in views
            for e in view.cancelled
        )
        if not cancelled:
            return views, []
        # Its release retold after the rest ("The three who were freed have been handed to the
        # embassy"): still the part's.
        kinds = set(FREED)
    # A part sent back is news of its own, whatever became of the rest ("Eight of the eleven
    # were sent back. The other three are still held": a return, of the eleven), as in
    # `freed_as_part`: only a part's release or arrival is left out.
    kinds &= FREED
    # The part's all-clear retold after the rest ("The two freed women are now at the
    # embassy"): still the part's, unless a `remainder` word makes it the rest's own.
    parted = _without(
        views,
        lambda e: (
            e.kind in kinds
            and ((e.sentence.order, e.hit.start) < last or not _told_of_the_rest(e))
        ),
    )
    return parted, rest


def _rest_by_figure(
    views: tuple[View, ...], told: Sequence[Event], readings: Readings
) -> list[Event]:
    """The custodies and threats told, in a sentence after a part's release, of a figure that
    is the group's minus the part's, with no word for "the rest" ("Police detained five North
    Koreans. Two were released after checks. The three were placed in a detention centre",
    Двоих отпустили. Троих поместили в центр): the rest, still held. Not a figure told as
    more people ("Two were freed. Three more were arrested on Tuesday"): others, added."""
    released = [
        e for view in views for e in view.events if e.kind in FREED and e.sentence.field == "text"
    ]
    held = [e for e in told if e.kind in STILL_HELD and e.sentence.field == "text"]
    if not released or not held:
        return []
    rest: list[Event] = []
    for freed in released:
        part = _figure_before(freed, readings, 0)
        # The group is counted with a custody told before the release: "Two children freed as
        # family of five held" counts the part first, and the group is summed elsewhere.
        group = max(
            (_counted_with(e, readings) for e in held if _told_before(e, freed)),
            default=0,
        )
        if part is None or not 0 < part < group:
            continue
        for e in held:
            start = _clause_after(freed, e)
            if (
                start is not None
                and e not in rest
                and _figure_before(e, readings, start) == group - part
            ):
                rest.append(e)
    return rest


def _told_before(event: Event, other: Event) -> bool:
    return (event.sentence.order, event.hit.start) < (other.sentence.order, other.hit.start)


def _clause_after(freed: Event, event: Event) -> int | None:
    """Where the text of a status word told after a release starts, in its sentence: its
    clause's start in a later sentence, the release's end in the same one (Thai runs its
    sentences on with spaces). None: not after it."""
    sentence = event.sentence
    at = event.hit.start - sentence.start
    if sentence.order > freed.sentence.order:
        return clause_around(sentence, at, at)[0]
    if sentence.order == freed.sentence.order and freed.hit.end <= event.hit.start:
        return freed.hit.end - sentence.start
    return None


def _figure_before(event: Event, readings: Readings, start: int) -> int | None:
    """The figure of people nearest before a status word, from `start` in its sentence, exact
    and not told as more people ("The three were placed", Троих поместили, 3명은): its value,
    or None. A bare figure opening the text from `start` when no noun counts ("Two were
    released")."""
    sentence = event.sentence
    at = event.hit.start - sentence.start
    reading = readings.of(sentence, [at])
    counts = [c for c in reading.counts if start <= c.start and c.end <= at and not c.member]
    if counts:
        return None if counts[-1].additive or not counts[-1].exact else counts[-1].value
    bare = [s for s in readings.figure_starts(sentence) if start <= s < at][:1]
    return readings.reader.bare_value(sentence.text, bare[0]) if bare else None


def _rest_clause(
    event: Event, readings: Readings, freed: Collection[tuple[str, int]] = ()
) -> int | None:
    """Where the clause of a custody said to go on starts, in its sentence, when that clause
    counts its own people and a release stands before it in an earlier clause of the sentence
    ("China frees two children, six adults still held", "thả 2 trẻ em, 6 người lớn vẫn bị
    giam"): the rest of the people, still held after a part of them went free, told without a
    `remainder` word; or that opens a sentence right after one of a release (a sentence of
    `freed`, by field and order) and counts more people ("Seven others face deportation", 다른
    7명, ещё семеро, 7 người khác). None: no such clause ("freed two of the six still held"
    counts the group the part came from; "others are still held" counts no one)."""
    # A threat is still to come whatever words tell it ("frees two, seven face handover").
    if event.kind != "facing" and (event.kind not in HELD_KINDS or not still_goes_on(event)):
        return None
    sentence = event.sentence
    at = event.hit.start - sentence.start
    start, _ = clause_around(sentence, at, at)  # 0 when no clause ends before it: no release then
    if not any(h.end - sentence.start <= start for h in sentence.hits_of(*FREEING_WORDS)):
        if (sentence.field, sentence.order - 1) not in freed:
            return None
        # A member opening the sentence is the subject of its clauses ("Отец по-прежнему в
        # ЦВСИГ, ему грозит выдворение").
        if _others(sentence, start, at, readings) is not None or _member_opens(
            sentence, 0, at, readings
        ):
            return start
        return None
    reading = readings.of(sentence, [at])
    own = any(
        start <= c.start and c.end <= at and c.exact and not c.member for c in reading.counts
    )
    return start if own or _bare_rest(sentence, start, readings) is not None else None


def _others(
    sentence: Sentence, start: int, at: int, readings: Readings, any_figure: bool = False
) -> int | None:
    """The figure told as more people ("Seven others", 다른 7명, ещё семеро, 7 người khác), or
    any exact figure (`any_figure`), in the clause from `start` to a status word at `at`: its
    value, or None."""
    reading = readings.of(sentence, [at])
    found = next(
        (
            c.value
            for c in reading.counts
            if start <= c.start
            and c.end <= at
            and c.exact
            and (c.additive or any_figure)
            and not c.member
        ),
        None,
    )
    if found is None and any_figure:  # "The other seven face deportation": no noun after it
        bare = [s for s in readings.figure_starts(sentence) if start <= s < at][:1]
        found = readings.reader.bare_value(sentence.text, bare[0]) if bare else None
    return found


def _member_opens(sentence: Sentence, start: int, at: int, readings: Readings) -> bool:
    """Whether one of the people named without a figure opens the text from `start` to a
    status word at `at`, as its subject ("The father remains in custody", Отец по-прежнему
    находится, ส่วนพ่อยังถูกควบคุมตัว): a member of the family kept, after a sentence freeing
    others of it."""
    text = sentence.text
    opening = len(text) - len(text[start:].lstrip(" ,;:—–-"))
    return any(
        opening <= m.start <= opening + MEMBER_OPENING and m.end <= at
        for m in readings.reader.members(text, sentence.grammar.langs)
    )


def _bare_rest(sentence: Sentence, start: int, readings: Readings) -> int | None:
    """The figure with no noun that opens the clause at `start`, the rest's own ("frees two
    defectors, seven face handover"): its value, or None."""
    text = sentence.text
    opening = len(text) - len(text[start:].lstrip(" ,;:—–-"))
    if opening not in readings.figure_starts(sentence):
        return None
    return readings.reader.bare_value(text, opening)


def freed_as_part(
    views: tuple[View, ...], sentences: Sequence[Sentence], readings: Readings
) -> tuple[View, ...]:
    """The status views without the releases and arrivals told of a part of a group ("Three of
    the nine were freed on Monday", "Two of them were released", "9명 중 3명이 풀려났다",
    "9人中3人获释"), when the report tells the group held or facing return: the rest stay where
    the report left them though it says no more of them, so the incident is the group's
    custody, not the part's release, and its sentence counts the whole group. (A part sent back
    is news of its own: "Six of the eleven were sent back" is their return.) A report that
    tells what became of the rest in any of its `sentences` ("The other seven were released")
    is left as it is."""
    events = [e for v in views for e in v.events]
    held = [e for e in events if e.kind in STILL_HELD]
    if not held or not any(e.kind in FREED for e in events):
        return views  # most reports: no release, so no part of one (and no figures to read)
    if any(_rest_told(s) for s in sentences):
        return views
    group = max((_counted_with(e, readings) for e in held), default=0)
    # The group may be counted only beside its part, by a noun for people held ("Activists
    # initially reported five detainees, but two of them were later released").
    parts = {
        e: _part_of(e, readings, max(group, _counted_with(e, readings)))
        for e in events
        if e.kind in FREED
    }
    # The part retold by its figure, in the headline or after ("Police free two North Koreans"
    # over "freed two of the five held"; "The two freed are a mother and her daughter"): still
    # the part's.
    figures = {part for part in parts.values() if part is not None}
    return _without(
        views,
        lambda e: (
            e.kind in FREED
            and (parts[e] is not None or (bool(figures) and _counted_with(e, readings) in figures))
        ),
    )


def freed_over_group(
    views: tuple[View, ...], told: Sequence[Event], readings: Readings
) -> tuple[tuple[View, ...], People | None]:
    """The status views without a headline's release of a part told before the larger group
    it came from ("Two children freed as family of five held in China moved to border jail"),
    when the first figure of the text counts the rest, held or facing return with no release
    in their sentence ("The three adults were moved to a border detention centre"); and the
    group, the incident's people. `told` are the events of every usable sentence. None: no
    such headline, the views as they were."""
    # The release read or not (a headline's part need not single the people out).
    head = next(
        (e.sentence for e in told if e.sentence.field == "title"),
        None,
    )
    if head is None or not head.hits_of("release"):
        return views, None
    told_part = _part_freed_before_group(head, readings)
    if told_part is None:
        return views, None
    part, whole = told_part
    by_sentence: dict[tuple[str, int], set[str]] = {}
    for e in told:
        by_sentence.setdefault((e.sentence.field, e.sentence.order), set()).add(e.kind)
    for e in sorted(told, key=lambda e: e.sentence.order):
        sentence = e.sentence
        if sentence.field == "title" or sentence.text.strip() == head.text.strip():
            continue
        figures = [c for c in readings.of(sentence, []).counts if c.exact and not c.member]
        if not figures:
            continue
        kinds = by_sentence[(sentence.field, sentence.order)]
        if figures[0].value != whole.value - part.value or kinds & FREED or not kinds & STILL_HELD:
            return views, None
        # The headline, and its words repeated as the text's first line.
        kept = _without(
            views, lambda e: e.kind in FREED and e.sentence.text.strip() == head.text.strip()
        )
        return kept, People(whole.value, whole.text, False, whole.value)
    return views, None


def whole_of_freed_part(people: People, views: tuple[View, ...], readings: Readings) -> People:
    """The group, when the figure counted is the part of it that went free and the rest stay
    where the report left them (`freed_as_part`): "ปล่อยตัว 2 คน จากทั้งหมด 6 คนที่ถูกควบคุมตัว"
    counts six, held, and so does a headline's "ปล่อยตัว 2 คน" above it."""
    if people.count is None or people.text is None or people.approx:
        return people
    for sentence in dict.fromkeys(v.sentence for v in views):
        for _start, part, whole in _parts_of_groups(sentence, readings):
            if part == people.count < whole:
                return People(whole, people.text, False, whole)
    # The group told before its part ("5명 중 3명을 석방", 5人のうち3人を釈放, 5名脱北者中的3人):
    # the partitive reading kept the part's figure for the release; or the figure counted is
    # the rest's, the group's minus the part's ("thả ba trong số năm người …, hai người khác
    # vẫn bị tạm giữ", "освободили троих из пяти …, еще двое остаются в СИЗО").
    for event in (e for v in views for e in (*v.events, *v.cancelled) if e.kind in FREED):
        found = _part_and_whole(event, readings, 0)
        if found is not None and people.count in (found[0], found[1] - found[0]):
            return People(found[1], people.text, False, found[1])
    return people


def whole_after_part(
    people: People, view: View | None, sentences: Sequence[Sentence], readings: Readings
) -> People:
    """The group a headline names after the part of it that went free, when the text's first
    figure counts that group ("Two children freed as family of five held" over "A family of
    five was arrested": five, not two nor seven); a text counting the two figures added up
    ("3 freed, 6 still held" over "Nine were arrested") keeps the sum."""
    if view is None or people.count is None or people.text is None or people.approx:
        return people
    head = view.sentence
    if head.field != "title":
        return people
    told_part = _part_freed_before_group(head, readings)
    if told_part is None:
        return people
    part, whole = told_part
    lead = next(
        (
            c
            for s in sentences
            if s.field != "title" and s.text.strip() != head.text.strip()  # not it repeated
            for c in readings.of(s, []).counts
            if c.exact and not c.member
        ),
        None,
    )
    if lead is None or lead.value != whole.value:
        return people
    if people.count not in (part.value, part.value + whole.value):
        return people  # a count the rest gave another way
    return People(whole.value, whole.text, False, whole.value)


def _part_freed_before_group(head: Sentence, readings: Readings) -> tuple[Count, Count] | None:
    """The part and the group a headline counts when it tells the part freed before the larger
    group it came from ("Two children freed as family of five held"): two exact figures, the
    smaller first, and a freeing word before the group's. None otherwise."""
    counts = [c for c in readings.of(head, []).counts if c.exact and not c.member]
    if len(counts) != 2 or counts[0].value >= counts[1].value:
        return None
    part, whole = counts
    if not any(h.start - head.start < whole.start for h in head.hits_of(*FREEING_WORDS)):
        return None
    return part, whole


def returned_in_part(views: tuple[View, ...], readings: Readings) -> bool:
    """Whether a part of a group is told sent back ("9명 가운데 4명이 송환됐다", "Трое из семи
    ... отправлены на родину") and people are told still held, facing return or missing after
    it, in a later sentence, later in its own or in the headline ("남성 4명은 넘겨졌고, 여성
    5명은 아직 구류장에 남아 있다"): the part's return is news of its own, and the whole group
    counts (`whole_of_freed_part`), with or without a `remainder` word for the rest. Not the
    group's arrest ("Six of eleven sent back. Police held eleven in May.": six)."""
    events = [e for v in views for e in v.events]
    returns = [e for e in events if e.kind == "repatriated"]
    if not returns:
        return False
    at_risk = [e for e in events if e.kind in STILL_AT_RISK]
    group = max((_counted_with(e, readings) for e in at_risk), default=0)
    for back in returns:
        found = _part_and_whole(back, readings, group)
        # Not a custody counting the whole group: its arrest, retold after a headline's part.
        if found is not None and any(
            _reading_order(e) > _reading_order(back) and _counted_with(e, readings) != found[1]
            for e in at_risk
        ):
            return True
    return False


def _reading_order(event: Event) -> tuple[int, int]:
    """Where an event is told, a headline's after every sentence (it sums the report up)."""
    sentence = event.sentence
    return (HEADLINE_LAST if sentence.field == "title" else sentence.order, event.hit.start)


def whole_of_returned_part(people: People, view: View | None, readings: Readings) -> People:
    """The group, when the figure counted is a part of it named before its own ("9명 가운데
    4명이", "6名脱北者中，有3人", "Trong số 6 người ..., 3 người") that was sent back while the
    rest are held (`returned_in_part`): the partitive reading dropped the group's figure."""
    if view is None or people.count is None or people.text is None or people.approx:
        return people
    sentence = view.sentence
    at = sentence.text.find(people.text)
    if at < 0:
        return people
    whole = _whole_of_the_part(sentence, people, at, at + len(people.text), readings)
    return people if whole is None else People(whole, people.text, False, whole)


def _without(views: tuple[View, ...], dropped: Callable[[Event], bool]) -> tuple[View, ...]:
    """The views without their events that `dropped` says to leave out."""
    out = []
    for view in views:
        kept = tuple(e for e in view.events if not dropped(e))
        out.append(view if len(kept) == len(view.events) else view._replace(events=kept))
    return tuple(out)


def _rest_told(sentence: Sentence) -> bool:
    """Whether a status word follows a `remainder` word in the sentence ("the other seven were
    released", 나머지 6명은 북송됐다)."""
    rest = sentence.hits_of("remainder")
    return bool(rest) and any(
        h.start >= rest[0].end and not h.concepts.isdisjoint(STATUS_TRIGGERS)
        for h in sentence.hits
    )


def _counted_with(event: Event, readings: Readings) -> int:
    """The largest exact figure of people the sentence of a status word gives (0: none)."""
    sentence = event.sentence
    reading = readings.of(sentence, [event.hit.start - sentence.start])
    return max((c.value for c in reading.counts if c.exact and not c.member), default=0)


def _part_of(event: Event, readings: Readings, group: int) -> int | None:
    """The figure nearest before the all-clear, or right after its verb ("Police released
    three of the nine"), when it is a part of a larger group: one the partitive reading
    dropped for it ("9명 중 3명"), one right after it ("three of the nine") or the group counted
    with its custody ("two of them"). None: no part."""
    found = _part_and_whole(event, readings, group)
    return None if found is None else found[0]


def _part_and_whole(event: Event, readings: Readings, group: int) -> tuple[int, int] | None:
    """The part of `_part_of` and the group it is a part of."""
    sentence = event.sentence
    at = event.hit.start - sentence.start
    reading = readings.of(sentence, [at])
    before = [c for c in reading.counts if c.end <= at]
    if before:
        for whole in reading.dropped:
            near = abs(before[-1].start - whole.start) <= PART_REACH or (
                0 < before[-1].start - whole.start <= OPENED_REACH
                and readings.reader.opens_group(sentence.text, whole)
            )
            if near and whole.exact and whole.value > before[-1].value and whole.end <= at:
                return before[-1].value, whole.value
    end = event.hit.end - sentence.start
    starts = readings.figure_starts(sentence)
    before_verb = [s for s in starts if s < at][-2:]  # the part, or its group right after it
    after_verb = [s for s in starts if end <= s <= end + PART_REACH][:1]
    for start in (*before_verb, *after_verb):
        if _composition(sentence, start):
            continue
        told = readings.reader.part_told(sentence.text, start)
        if told is not None:
            part, of_group = told[0], told[1] if told[1] is not None else group
            return (part, of_group) if part < of_group else None
    return None


def _composition(sentence: Sentence, start: int) -> bool:
    """Whether the figure at `start` opens an aside, set off by commas, that says what the group
    is made of ("The group of eleven, eight of them women, were released"): the release is the
    group's, not a part's."""
    text = sentence.text
    if text[:start].rstrip()[-1:] not in COMMAS:
        return False
    for group in sentence.hits_of("group"):
        at = group.start - sentence.start
        if 0 < at - start <= COMPOSITION_REACH:
            return text[group.end - sentence.start :].lstrip()[:1] in COMMAS
    return False


def with_the_rest(
    people: People, view: View | None, rest: Sequence[Event], readings: Readings
) -> People:
    """The people counted as the part that went free, when the same sentence counts the rest
    still held after it ("泰國釋放3名北韓女性 其餘6人仍遭拘留"): both figures, the whole group of
    the incident (`freed_in_part`). `rest` are the rest's custodies and threats."""
    if not rest or view is None or people.count is None or people.text is None or people.approx:
        return people
    sentence = view.sentence
    base, at = sentence.start, sentence.text.find(people.text)
    if at < 0:
        return people
    after = at + len(people.text)  # where the people's figure ends, in the sentence
    # The group a part went free from, its noun told between ("4名脱北者中"): the rest are in it.
    named = [h.end - base for h in sentence.hits_of(*NAMING_PEOPLE) if h.start - base == after]
    if any(readings.reader.before_partitive(sentence.text, end) for end in (after, *named)):
        return people
    # The group a part told before it went free from ("ปล่อยตัว 3 ใน 5 คน", "three of the five"):
    # the people's figure is already the whole, the rest in it.
    if _group_of_part_before(people, sentence, at, readings):
        return people
    for event in rest:
        if event.sentence is not sentence:
            if event.sentence.order > sentence.order:
                whole = _whole_of_the_part(sentence, people, at, after, readings)
                if whole is None:
                    whole = _with_others_after(people, sentence, at, event, readings)
                if whole is not None:
                    return People(whole, people.text, False, whole)
            continue
        marks = [
            (m.start, m.end)
            for m in sentence.hits_of("remainder")
            if base + after <= m.start and m.end <= event.hit.start
        ]
        clause = _rest_clause(event, readings)
        if (
            not marks
            and clause is not None
            and after <= clause
            and _alone(people, at, sentence, readings)
        ):
            marks = [(base + clause, base + clause)]  # "frees two children, six adults still held"
        # The part's all-clear stands before "the rest", on either side of its figure.
        freeing = sentence.hits_of(*FREEING_WORDS)
        if not marks or not any(h.end <= marks[-1][0] for h in freeing):
            continue
        start, end = marks[-1][1] - base, event.hit.start - base
        reading = readings.of(sentence, [end])
        if any(
            (after <= c.start and c.end <= start)
            or (at - PART_REACH <= c.start and c.end <= at and c.value < people.count)
            for c in (*reading.counts, *reading.dropped)
        ):
            # A figure between, or the part's right before the people's ("3 คน จากทั้งหมด 7
            # คน"): the people's is the whole.
            continue
        figure = next((c for c in reading.counts if start <= c.start and c.end <= end), None)
        if figure is not None and figure.exact and not figure.member:
            whole = people.count + figure.value
            return People(whole, people.text, False, whole)
        bare = _bare_rest(sentence, start, readings) if figure is None else None
        # Not after the part's own figure ("frees 4 of 11 defectors, 7 still held": eleven).
        part = any(at - PART_REACH <= s < at for s in readings.figure_starts(sentence))
        if bare is not None and not part:
            return People(people.count + bare, people.text, False, people.count + bare)
    return people


def _group_of_part_before(people: People, sentence: Sentence, at: int, readings: Readings) -> bool:
    """Whether the people's figure, at `at`, is the group of a part told right before it
    ("3 ใน 5 คน", "three of the five", "ba trong số năm người")."""
    return any(
        at - PART_REACH <= start < at and part < whole == people.count
        for start, part, whole in _parts_of_groups(sentence, readings)
    )


def _parts_of_groups(sentence: Sentence, readings: Readings) -> Iterator[tuple[int, int, int]]:
    """Each figure of the sentence told as a part of a group a figure counts ("three of the
    nine"): where it starts, its value and the group's."""
    for start in readings.figure_starts(sentence):
        told = readings.reader.part_told(sentence.text, start)
        if told is not None and told[1] is not None:
            yield start, told[0], told[1]


def _with_others_after(
    people: People, sentence: Sentence, at: int, event: Event, readings: Readings
) -> int | None:
    """The part freed and the others told in the next sentence still held or facing return
    ("Police freed two defectors. Seven others face deportation.": nine), when the people's
    count is the figure at `at` alone, in the sentence of the part's release."""
    later = event.sentence
    if (later.field, later.order) != (sentence.field, sentence.order + 1) or people.count is None:
        return None
    if not sentence.hits_of(*FREEING_WORDS) or not _alone(people, at, sentence, readings):
        return None
    # Not a group a part of it was freed from ("freed two of the nine"): the group is the whole.
    base, text, reader = sentence.start, sentence.text, readings.reader
    reading = readings.of(sentence, [h.start - base for h in sentence.hits_of(*FREEING_WORDS)])
    # Nor a sentence with a figure of its own besides ("Zwei der neun"; 周二 is a weekday).
    words = [
        s
        for s in readings.figure_starts(sentence)
        if s != at and (s == 0 or not text[s - 1].isalnum() or text[s].isdigit())
    ]
    if reading.dropped or words or any(reader.opens_group(text, c) for c in reading.counts):
        return None
    hit = event.hit.start - later.start
    start = clause_around(later, hit, hit)[0]
    # "The other seven", 나머지 7명, 7 người còn lại: the figure its `remainder` word marks.
    rest = _others(later, start, hit, readings, any_figure=_told_of_the_rest(event))
    return None if rest is None else people.count + rest


def _alone(people: People, at: int, sentence: Sentence, readings: Readings) -> bool:
    """Whether the people's count is the figure at `at` alone, not a sum that already holds the
    figures after it ("two defectors, six others": eight)."""
    reading = readings.of(sentence, [])
    return any(c.start == at and c.value == people.count for c in reading.counts)


def _whole_of_the_part(
    sentence: Sentence, people: People, at: int, after: int, readings: Readings
) -> int | None:
    """The group a part counted as the people belongs to, when that part's all-clear follows
    them and a later sentence tells of the rest ("Two of the eight were freed on Friday. The
    other six face return."): the partitive reading dropped the group's figure for the part's."""
    base = sentence.start
    freeing = [h.start - base for h in sentence.hits_of(*FREEING_WORDS) if h.start - base >= after]
    if not freeing or people.count is None:
        return None
    reading = readings.of(sentence, freeing)
    wholes = [
        c.value
        for c in reading.dropped
        if c.exact
        and not c.member
        and c.value > people.count
        and at - PART_REACH <= c.start <= after + PART_REACH
        and c.end <= freeing[0]
    ]
    return wholes[0] if wholes else None


def _told_of_the_rest(event: Event) -> bool:
    """Whether a `remainder` word before a status word says whose it is: the rest of the people
    ("the other seven", "the rest", 나머지 7명), with nothing naming people between but a
    figure."""
    sentence = event.sentence
    before = [o for o in sentence.hits_of("remainder") if o.end <= event.hit.start]
    if not before:
        return False
    rest = before[-1]
    between = [h for h in sentence.hits if rest.end <= h.start < event.hit.start]
    return any(h.has("number") for h in between) or not any(
        not h.concepts.isdisjoint(NAMING_PEOPLE) for h in between
    )


def _told_as_past(event: Event) -> bool:
    """An all-clear told as an episode of the people's past by a `previously` word beside it
    in its clause ("three of them had previously been sent back", 과거에 강제북송된 적이 있다,
    其中3人曾被遣返, 以前にも送還されたことがある): their story before the incident, not its
    status."""
    if event.kind not in ALL_CLEAR:
        return False
    sentence, hit = event.sentence, event.hit
    base = sentence.start
    for past in sentence.hits_of("previously"):
        if past.end <= hit.start:
            between = (past.end, hit.start)
        elif past.start >= hit.end:
            between = (hit.end, past.start)
        else:
            continue
        reach = sentence.root.of_hit(past).previously_reach
        if between[1] - between[0] <= reach and not sentence.grammar.breaks(
            sentence.text, between[0] - base, between[1] - base
        ):
            return True
    return False


def _past_period_beside_custody(
    event: Event, events: Sequence[Event], report_year: int | None
) -> bool:
    """An all-clear dated to a past period in its own clause ("her sister was sent back from
    the same city last year") in a sentence whose other clause tells a custody not so dated
    ("Woman held in Hunchun; her sister was sent back ... last year"): someone's earlier fate
    told beside the incident, not its status. Not where the period dates the custody's clause
    ("Man held in Laos last year arrives in Seoul"). A Chinese or Japanese headline parts its
    clauses with a space ("清莱警方逮捕4名朝鲜人 去年60人被遣返"). A year before the report's
    is such a period too ("...on Monday; in 2025, 60 were sent back", "；2025年共有60人被遣返")."""
    if event.kind not in ALL_CLEAR:
        return False
    sentence, hit = event.sentence, event.hit
    custodies = [e.hit for e in events if e.sentence is sentence and e.kind in HELD_KINDS]
    if not custodies:
        return False
    periods = [*sentence.hits_of("period"), *_past_years(sentence, report_year)]
    if not periods:
        return False

    def together(a: Hit, b: Hit) -> bool:
        return one_clause(sentence, a, b) and not headline_parted(sentence, a, b)

    dating = [
        p
        for p in periods
        if max(p.start - hit.end, hit.start - p.end) <= PERIOD_REACH
        and (
            together(hit, p)
            or _opens_clause_of(sentence, p, hit)
            # "작년 9명은 中 넘겨진 뒤 북송": the period dates the chain the return ends
            or (p.end <= hit.start and chained_after(sentence, p.end, hit))
        )
    ]

    def _dates_held(held: Hit, p: Hit) -> bool:
        # A period that opens a clause of its own with the break its words end (Thai "
        # ปีที่แล้ว") dates no custody before it.
        return together(held, p) and (
            p.start < held.start or not clause_break(sentence, held.end, p.end)
        )

    return bool(dating) and any(
        not together(custody, hit) and not any(_dates_held(custody, p) for p in periods)
        for custody in custodies
    )


def _past_years(sentence: Sentence, report_year: int | None) -> list[Hit]:
    """The years of a sentence before the report's, as `period` hits at their place: not one
    that dates someone's escape ("who fled in 2015")."""
    if report_year is None:
        return []
    grammar, text, base = sentence.root, sentence.text, sentence.start
    found: list[Hit] = []
    for m in sentence.years():
        year = grammar.year_of(m)
        if year is None or year >= report_year or grammar.dates_an_escape(text, *m.span()):
            continue
        found.append(Hit(base + m.start(), base + m.end(), m.group(), (), PAST_YEAR))
    return found


def _opens_clause_of(sentence: Sentence, period: Hit, hit: Hit) -> bool:
    """Whether a period set off by a comma opens the clause of a hit after it ("...; over the
    whole of last year, 60 were sent back", "; last year, 60 were sent back"): the comma parts
    the period from its clause's words, not from its clause. A few words no rule reads may
    stand between the period and its comma, the rest of the time phrase ("지난해 한 해 동안,",
    "2025년에는,", "去年一整年，", "昨年1年間で、")."""
    if period.end > hit.start:
        return False
    base = sentence.start
    rest = sentence.text[period.end - base : hit.start - base]
    comma = next((i for i, ch in enumerate(rest) if ch in COMMAS), None)
    if comma is None or len(rest[:comma].strip()) > PERIOD_TAIL:
        return False
    at = period.end + comma
    if comma and (
        clause_break(sentence, period.end, at)
        or any(period.end <= h.start < at and not h.has("period") for h in sentence.hits)
    ):
        return False
    return not clause_break(sentence, at + 1, hit.start)


def _dated_long_ago(event: Event, report_year: int | None) -> bool:
    """An all-clear dated by a year long past right beside it ("who reached Seoul in 2015",
    "2015년 한국에 입국한"), or followed by a time long past ("who made it to South Korea a
    decade ago", 10년 전 입국한): the story of someone else, told in passing."""
    if event.kind not in ALL_CLEAR or report_year is None:
        return False
    sentence, hit = event.sentence, event.hit
    grammar, text = sentence.root, sentence.text
    start, end = hit.start - sentence.start, hit.end - sentence.start
    for pattern in grammar.years:
        for m in pattern.finditer(text, max(0, start - YEAR_REACH), end + YEAR_REACH):
            year = grammar.year_of(m)
            if year is not None and year <= report_year - 2:
                between = (m.end(), start) if m.end() <= start else (end, m.start())
                if not sentence.grammar.breaks(text, *between):
                    return True
    # "who made it to South Korea a decade ago", "10년 전 한국에 입국한": a time long past in words
    for past in sentence.hits_of("long_ago"):
        lo, hi = past.start - sentence.start, past.end - sentence.start
        between = (end, lo) if lo >= end else (hi, start)
        if 0 <= between[1] - between[0] <= YEAR_REACH and (
            not sentence.grammar.breaks(text, *between) or chained_to_a_past(event, past)
        ):
            return True
    return False


def _return_by_south(event: Event) -> bool:
    """A return by South Korea, in a report whose incident it is, retold years on (a probe, a
    trial): the year beside it is the return's own ("2019年に板門店で北朝鮮側に引き渡された")."""
    return event.kind == "repatriated" and tells_return_by_south(event.sentence)
