"""Another group told apart: the fate of an earlier or other group in a clause beside the incident.

"Weeks after China returned 200 North Koreans in April, three more defectors were arrested on
Monday", "지난 4월 200명이 북송된 데 이어 지난주 3명이 또 체포됐다", "继4月遣返200名朝鲜人之后，
上周又有3名脱北者被捕": a sentence that counts two groups in clauses of their own, each with its
own event, tells one group's incident and the other's past. The other group is the one whose
clause tells of no recent day while the sentence does (or while the people are added to it:
"three more"), or whose all-clear is told as the earlier event while another group is held ("were
caught in Hunchun two months after China sent back 600"); its clause gives the incident neither
its status nor its count. A word that makes what follows the earlier event ("after", после, sau
khi, หลัง: the `sequence` heading's `before` words) parts two clauses here as a clause break does.
Language knowledge stays in the lexicons: the clause breaks, the sequence words, the figures and
the `recent` words.

The same holds across sentences: "China has sent back 600 North Koreans. Police arrested five
defectors in Shenyang on Monday." A sentence that tells an all-clear (sent back, released,
arrived) of a group larger than every group another sentence tells held or facing return, on a
recent day that the all-clear's sentence does not tell (or on any day, when the people held are
added to others: "Three more were caught on Monday. Last month China sent back 150."), counts
another group, a past wave or a yearly total: it gives the incident neither its status nor its
count; not when its figure is exactly the first people held and those added summed ("Four were
caught on Tuesday. Two more on Thursday. All six were sent back": all of them). (A smaller
group is often a part of the people: "seven of the nine were sent back"; not when its
sentence, after theirs, tells the month before alone while they were held this month, and
counts it apart from them: "Seven were caught in mid-March. Last month two others were sent
back.") So does an all-clear of a group of any size whose sentence names only a month before the
custody's day ("Two were caught on Tuesday. In November two others caught there were handed
back."): the people held cannot have gone before.
Where no figure counts the people held ("A woman and her son were caught this week"), an all-clear
of counted people so dated, or told of the month or the week before, is another group's too.
A figure with no noun opening a clause of its own that such a time dates ("Seven held in
Yanbian, two sent back last month") counts another group as a figure with one does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Final

from bot.classify.dates import (
    NOW,
    SentenceDates,
    dated_before,
    month_named_before,
    recent_level,
    recent_rank,
    this_month,
)
from bot.classify.events import ALL_CLEAR, FULL_STOPS, HELD_KINDS, Event
from bot.classify.matcher import Hit
from bot.classify.numbers import Count, Readings, summed, sums_up
from bot.classify.places import SPECIFIC_KINDS, foreign_places
from bot.classify.sentences import HEADLINE_SPACE, PHRASE_SPACE, Sentence, parted_in_headline
from bot.classify.statistics import dated_by_period
from bot.classify.traps import in_likened_phrase
from bot.classify.views import View

# What may stand between a time opening a clause and the rest of it ("On Monday, police",
# 先週、瀋陽で).
_FRONTED: Final = " ,，、"
STILL_AT_RISK: Final = HELD_KINDS | {"facing"}
# The concepts of a participle that an aside on the people may open on: their custody
# ("пойманных", "caught") or their fate ("высланных", "освобождённых", "deported").
CUSTODY: Final = frozenset(
    {"arrest", "apprehend", "detain", "custody", "repat", "expel", "release", "third"}
)
# characters of a word with no space about it that may bind a figure to its status word (ที่)
BOUND_GAP: Final = 3
# characters before a space searched for a `sequence.after` word that closes its clause there
CLOSER_REACH: Final = 4
# characters after a sequence word where a movement word makes the movement the earlier event
# ("detained after crossing the Gobi", หลังเดินข้าม): the status word after it is not told earlier
MOVEMENT_OPENING: Final = 8
# characters between a `likened` word and the all-clear of the group it names ("Like the 600
# North Korean defectors sent back"), and between such an all-clear and a `likened_after` word
# (송환된 탈북민 600명처럼, 被遣返的600人一样)
LIKENED_REACH: Final = 48
LIKENED_AFTER_REACH: Final = 16
# The words that name the people right after a figure (600名[脱北者]之后).
PEOPLE: Final = ("subject", "subject_weak", "group")


def told_apart(view: View, readings: Readings, dates: SentenceDates) -> View:
    """The view without the events of another group's clause, and with that group's figures
    marked `apart` so that the head count leaves them out."""
    sentence = view.sentence
    if len(view.events) < 2:
        return view  # two groups need an event each: the common case, kept cheap
    if sentence.has("first_told", "updated"):
        # "initially reported five, but later said four are held", "… six were held; according
        # to updated figures, eight": one group
        return view
    view = _bound_apart(view, readings, dates)
    if sentence.has("likened") or sentence.has("likened_after"):
        view = _likened_apart(view, readings)
    first = min(e.hit.start for e in view.events) - sentence.start
    last = max(e.hit.end for e in view.events) - sentence.start
    starts = _event_starts(view)
    edges = (
        *_sequence_edges(view, lambda: readings.of(sentence, starts).counts),
        *_headline_spaces(sentence),
        *_added_openings(sentence, readings, starts),
    )
    if not _parts(sentence, first, last, edges):
        return view  # every event in one clause: one group
    counts = readings.of(sentence, starts).counts
    counts = [*counts, *_bare_openers(view, counts, readings, edges)]
    view = _dated_before_custody(view, counts, dates, edges)
    if len(counts) < 2:
        return _earlier_uncounted(view, edges)
    recent = sentence.hits_of("recent")
    opening = min(min(starts), counts[0].start)
    own = {c: _clause_events(sentence, c, view.events, edges) for c in counts}
    # "On Friday, police held four in Yanji, and three in Hunchun": a day opening the sentence
    # dates every clause, but for an all-clear whose own clause dates it to the month before
    # ("On Tuesday police caught four; the 11 caught in September were sent back last month").
    fronted = any(h.start - sentence.start < opening for h in recent)
    month = _month_alone_before(sentence, dates)
    apart = []
    for c in counts:
        # An all-clear whose clause a month named alone dates, before the report's month
        # ("수요일 4명을 붙잡았으며, 10월에는 6명이 북송됐다"): a time of its own, which a day
        # opening the sentence does not reach.
        dated = (
            month is not None
            and any(e.kind in ALL_CLEAR for e in own[c])
            and _in_clause_at(sentence, *month, c, edges)
        )
        if _added_freed(sentence, c, own, readings) or (
            (not fronted or dated or _last_month(sentence, c, own, recent, edges))
            and _another_group(sentence, c, own, recent, edges, dated)
        ):
            apart.append(c)
    if not apart:
        return view
    gone = {id(e) for c in apart for e in own[c]}
    return view._replace(
        events=tuple(e for e in view.events if id(e) not in gone),
        apart=tuple((c.start, c.end) for c in apart),
    )


def sums_confirmed(
    views: tuple[View, ...], told: tuple[View, ...], readings: Readings
) -> tuple[View, ...]:
    """ "Police arrested three North Koreans on Friday. Two more were detained on Sunday, and
    all five face repatriation.": `told_apart` sets "all five" aside as another group beside
    people added ("two more"); but a figure that is the people counted before and the ones
    added, exactly, names them all, so the sentence keeps its every event and figure (`views`,
    as read before `told_apart`; `told`, after it). The people counted before are the first
    figure of an earlier sentence, or one before the added figure in the same sentence. Not
    where the added people's sentence names a town or a region the first figure's does not
    ("Two more were arrested in Dandong"): another group, whatever the sum."""
    if not any(v.apart for v in told):
        return told  # the common case, kept cheap
    out = list(told)
    first: Count | None = None
    places: set[str] = set()
    for index, (view, apart) in enumerate(zip(views, told, strict=True)):
        counts = readings.of(view.sentence, _event_starts(view)).counts
        if apart.apart and (first is None or named_places(view.sentence) <= places):
            aside = [c for c in counts if c not in outside(counts, apart.apart)]
            if any(_sum_of(c, counts, first) for c in aside):
                out[index] = view
        if first is None:
            first = next(
                (c for c in outside(counts, apart.apart) if c.exact and not c.additive), None
            )
            if first is not None:
                places = named_places(view.sentence)
    return tuple(out)


def _first_and_added(figures: Sequence[Count]) -> int | None:
    """The people the first exact figure counts and those the figures after it add, summed
    ("four ... two more": six); None where no figure adds any."""
    first = next((i for i, c in enumerate(figures) if c.exact and not c.additive), None)
    if first is None:
        return None
    added = [c for c in figures[first + 1 :] if c.additive]
    return summed([figures[first], *added]) if added else None


def _sum_of(total: Count, counts: Sequence[Count], first: Count | None) -> bool:
    """Whether `total` (set apart) is exactly the people counted first and those a figure
    before it adds ("two more ... all five"): the first figure of an earlier sentence
    (`first`), or one before the added figure in this one."""
    if total.additive or not total.exact:
        return False
    for added in counts:
        if not added.additive or not added.exact or added.end > total.start:
            continue
        before = [c for c in counts if c.end <= added.start and c.exact and not c.additive]
        base = before[0] if before else first
        if base is not None and sums_up(total, [base, added]):
            return True
    return False


def named_places(sentence: Sentence) -> set[str]:
    """The towns, regions and facilities abroad a sentence names, as written."""
    return {
        h.surface.casefold()
        for h, _iso, kind in foreign_places(sentence)
        if kind in SPECIFIC_KINDS
    }


def _added_freed(
    sentence: Sentence, count: Count, own: dict[Count, list[Event]], readings: Readings
) -> bool:
    """ "Police caught four on Tuesday; two more were freed on Thursday": people added, in a
    clause of their own that tells only an all-clear, after a figure of people held in
    another clause, are others (`all_clears_apart` across sentences). So are those after an
    `added_or_rest` word (…ถูกจับที่ตานตง อีก 2 คนถูกส่งกลับไปแล้ว) when no all-clear is told
    before them in the sentence."""
    before = any(
        e.kind in ALL_CLEAR and e.hit.start - sentence.start < count.start
        for events in own.values()
        for e in events
    )
    if not own[count] or any(e.kind not in ALL_CLEAR for e in own[count]):
        return False
    if not _added(sentence, count, readings, before):
        return False
    mine = {id(e) for e in own[count]}
    return any(
        other.start < count.start
        and not other.additive
        and not mine & {id(e) for e in events}
        and any(e.kind in STILL_AT_RISK for e in events)
        for other, events in own.items()
    )


def _added_openings(sentence: Sentence, readings: Readings, starts: Sequence[int]) -> list[int]:
    """Where an `added_or_rest` word opens a phrase after a space of a script written without
    spaces, past a figure counted before it (…5 คนถูกจับที่ตานตง อีก 2 คนถูกส่งกลับไปแล้ว): a
    clause ends there, as at a comma."""
    counts = readings.of(sentence, starts).counts
    words = (readings.reader.added_or_rest(sentence.text, c) for c in counts[1:])
    return [w for w in words if w is not None and _after_phrase_space(sentence, w)]


def _after_phrase_space(sentence: Sentence, word: int) -> bool:
    return PHRASE_SPACE.search(sentence.text, max(0, word - 2), word + 1) is not None


def _bare_openers(
    view: View, counts: Sequence[Count], readings: Readings, edges: Sequence[int]
) -> list[Count]:
    """The figures with no noun that open a clause of their own, which a time before the
    report's days dates, beside an all-clear and people held or facing return ("Seven defectors
    held in Yanbian, two sent back last month"): another group's figure, read as the counts
    are, though no noun follows it. Undated, such a figure is often a part of the people
    ("Seven caught last month, two sent back"), left to the head count."""
    sentence = view.sentence
    kinds = {e.kind for e in view.events}
    if kinds.isdisjoint(ALL_CLEAR) or kinds.isdisjoint(STILL_AT_RISK):
        return []
    past = [h for h in sentence.hits_of("recent") if recent_rank(h) < NOW]
    if not past:
        return []
    text = sentence.text
    found = []
    for token in readings.figure_starts(sentence):
        if any(c.start <= token < c.end for c in counts) or not _opens_clause(sentence, token):
            continue
        bare = _bare_figure(text, token, readings)
        if bare is None:
            continue
        end, value = bare
        count = Count(value, text[token:end], token, end, figure_end=end)
        if any(_in_clause(sentence, h, count, edges) for h in past):
            found.append(count)
    return found


def _headline_spaces(sentence: Sentence) -> list[int]:
    """Where a headline in Chinese or Japanese parts its clauses with a space, as it writes no
    comma there ("延边7名脱北者被抓 上月2人遭遣返", "脱北者7人拘束　先月には2人送還"): the title,
    or the text's first line when it ends on no full stop (the headline repeated), when it
    dates a clause by a recent time. (Without one, a part freed beside the rest held, "释放2名
    其余4人仍被关押", is read by `all_clears.freed_in_part`.)"""
    if not sentence.has("recent"):
        return []
    if sentence.field != "title" and (
        sentence.start != 0 or sentence.text.rstrip().endswith(FULL_STOPS)
    ):
        return []
    return [m.start() for m in HEADLINE_SPACE.finditer(sentence.text)]


def _dated_before_custody(
    view: View, counts: Sequence[Count], dates: SentenceDates, edges: Sequence[int]
) -> View:
    """The view without an all-clear that a month named alone before the report's dates ("in
    October", 10월에는, ในเดือนพฤศจิกายน), beside a custody in another clause that a recent day
    after that month dates ("on Monday"): the people held cannot have gone before they were
    caught, so the all-clear is another group's, whatever its figure ("caught two on Monday, and
    in October two were sent back"; "แม่และลูกสาวถูกควบคุมตัวเมื่อวันอังคาร ในเดือนพฤศจิกายน
    อีกสามคนถูกส่งกลับ"). A time dates the event of its clause, or, in a clause of neither, the
    nearer of the two ("hôm thứ Hai, còn tháng 10, hai người … bị trả về"). The figures of the
    all-clear's clause are that group's."""
    sentence = view.sentence
    if not any(e.kind in ALL_CLEAR for e in view.events) or sentence.has("remainder"):
        return view
    month = _month_alone_before(sentence, dates)
    if month is None:
        return view
    base = sentence.start
    later = [
        (r.start - base, r.end - base) for r in sentence.hits_of("recent") if recent_rank(r) > 0
    ]
    if not later:
        return view
    held = [
        e for e in view.events if e.kind in HELD_KINDS and not _told_earlier(sentence, e, edges)
    ]
    gone = [
        e
        for e in view.events
        if e.kind in ALL_CLEAR
        and _dates(sentence, month, e, held, edges)
        and not any(_dates(sentence, r, e, held, edges) for r in later)
        and any(
            _parts(sentence, *_between(sentence, e, h), edges)
            and any(_dates(sentence, r, h, [e], edges) for r in later)
            for h in held
        )
    ]
    if not gone:
        return view
    ids = {id(e) for e in gone}
    figures = [c for c in counts if _clause_events(sentence, c, gone, edges)]
    return view._replace(
        events=tuple(e for e in view.events if id(e) not in ids),
        apart=(*view.apart, *((c.start, c.end) for c in figures)),
    )


def _dates(
    sentence: Sentence,
    span: tuple[int, int],
    event: Event,
    rivals: Sequence[Event],
    edges: Sequence[int],
) -> bool:
    """Whether the time at text offsets `span` dates `event`: it stands in the event's clause, or
    in a clause of none of `rivals`, no rival between it and the event."""
    base = sentence.start
    start = event.hit.start - base

    def clause_of(e: Event) -> bool:
        at = e.hit.start - base
        return _in_clause_at(sentence, *span, Count(0, "", at, at), edges)

    if clause_of(event):
        return True
    low, high = sorted((span[0], start))
    return not any(
        clause_of(r) or low <= r.hit.start - base < high for r in rivals if r is not event
    )


def _likened_apart(view: View, readings: Readings) -> View:
    """The view without an all-clear of the group the people are likened to, beside their own
    custody or threat: told right after a `likened` word ("Like the 600 sent back before them",
    "Как и 600 высланных", "เช่นเดียวกับ 600 คนที่ถูกส่งกลับ") or right before a `likened_after`
    one (송환된 600명처럼, 送還された600人のように, 被遣返的600人一样), no break and no other event
    between. That group's return is theirs, whatever its size or date; the figures between are
    theirs too."""
    sentence = view.sentence
    base, text = sentence.start, sentence.text
    held = [e for e in view.events if e.kind in STILL_AT_RISK]
    if not held:
        return view
    spans = [(e.hit.start - base, e.hit.end - base) for e in view.events]
    gone: list[Event] = []
    likened: list[tuple[int, int]] = []
    for event, (start, end) in zip(view.events, spans, strict=True):
        if event.kind not in ALL_CLEAR:
            continue
        for hit in sentence.hits_of("likened", "likened_after"):
            at, stop = hit.start - base, hit.end - base
            if hit.has("likened") and stop <= start and start - stop <= LIKENED_REACH:
                span = (at, end)
            elif hit.has("likened_after") and end <= at and at - end <= LIKENED_AFTER_REACH:
                span = (start, stop)
            else:
                continue
            if sentence.grammar.breaks(text, *span) or any(
                span[0] < a < span[1] for a, _b in spans if (a, _b) != (start, end)
            ):
                continue
            gone.append(event)
            likened.append(span)
            break
    if not gone or len(gone) == len(view.events):
        return view
    counts = readings.of(sentence, _event_starts(view)).counts
    figures = [c for c in counts if any(a <= c.start and c.end <= b for a, b in likened)]
    ids = {id(e) for e in gone}
    return view._replace(
        events=tuple(e for e in view.events if id(e) not in ids),
        apart=(*view.apart, *((c.start, c.end) for c in figures)),
    )


def _bound_apart(view: View, readings: Readings, dates: SentenceDates) -> View:
    """The view without an all-clear bound to a figure of its own ("Like the 600 repatriated in
    October, the three caught on Sunday could be sent back", "10월 송환된 7명처럼", "7 คนที่ถูก
    ส่งกลับ", "600 высланных в октябре"), its people's word left out or not, when the sentence
    counts a smaller group by another figure, tells people held or facing return beside it, and
    dates the all-clear before the report's days (a month named alone before the report's, last
    month, last week) nearer to it than to any such event: the larger group's, told as a
    likeness, not the incident's status."""
    sentence = view.sentence
    cleared = [e for e in view.events if e.kind in ALL_CLEAR]
    held = [e for e in view.events if e.kind in STILL_AT_RISK]
    if not cleared or not held:
        return view
    reading = readings.of(sentence, _event_starts(view))
    base = sentence.start
    dated = [
        (h.start - base, h.end - base) for h in sentence.hits_of("recent") if recent_rank(h) < NOW
    ]
    month = _month_alone_before(sentence, dates)
    if month is not None:
        dated.append(month)
    if not dated:
        return view
    gone: list[Event] = []
    spans: list[tuple[int, int]] = []
    for event in cleared:
        start, end = event.hit.start - base, event.hit.end - base
        figure = _bound_figure(sentence, reading.counts, readings, start, end)
        if figure is None or any(a < figure[1] and figure[0] < b for a, b in dated):
            continue  # none, or a date's own figure (tháng 9, 10월)
        smaller = any(
            c.value < figure[2] and (c.end <= figure[0] or figure[1] <= c.start)
            for c in reading.counts
        )
        if not smaller or not any(
            _nearer(span, (start, end), [(h.hit.start - base, h.hit.end - base) for h in held])
            for span in dated
        ):
            continue
        gone.append(event)
        spans.append(figure[:2])
    if not gone:
        return view
    ids = {id(e) for e in gone}
    return view._replace(
        events=tuple(e for e in view.events if id(e) not in ids),
        apart=(*view.apart, *spans),
    )


def _bound_figure(
    sentence: Sentence, counts: Sequence[Count], readings: Readings, start: int, end: int
) -> tuple[int, int, int] | None:
    """The figure (start, end, value) bound to the status word at text[start:end]: right before
    it, its people's word or a short relative word between ("600 repatriated", "7 คนที่ถูก
    ส่งกลับ", "600 высланных"), or right after it (송환된 7명); None when there is none."""
    text = sentence.text
    for token in readings.figure_starts(sentence):
        count = next((c for c in counts if c.start == token), None)
        if count is None:
            bare = _bare_figure(text, token, readings)
            if bare is None:
                continue
            figure = (token, *bare)
        else:
            figure = (count.start, count.end, count.value)
        if figure[1] <= start and _bound_gap(text[figure[1] : start]):
            return figure
        if end <= figure[0] and _people_between(sentence, end, figure[0]):
            return figure
    return None


def _people_between(sentence: Sentence, start: int, end: int) -> bool:
    """Whether only spaces and people's words stand within text[start:end] (송환된 탈북민 7명)."""
    base, left = sentence.start, list(sentence.text[start:end])
    for hit in sentence.hits_of(*PEOPLE):
        if start <= hit.start - base and hit.end - base <= end:
            left[hit.start - base - start : hit.end - base - start] = [" "] * (hit.end - hit.start)
    return not "".join(left).strip()


def _bare_figure(text: str, token: int, readings: Readings) -> tuple[int, int] | None:
    """The end and the value of the figure written alone at `token` (no noun after it), or
    None."""
    value = readings.reader.bare_value(text, token)
    end = None if value is None else _bare_end(text, token)
    return None if value is None or end is None else (end, value)


def _bare_end(text: str, token: int) -> int | None:
    """Where the figure written alone at `token` ends: its digits or its word."""
    stop = token
    while stop < len(text) and not text[stop].isspace() and text[stop] not in ",，、.":
        stop += 1
    return stop if stop > token else None


def _bound_gap(gap: str) -> bool:
    """Whether `gap` binds a figure to the status word after it: spaces alone, or a short word
    written with no space on either side, as a script without spaces writes it (ที่)."""
    return not gap.strip() or (len(gap) <= BOUND_GAP and not any(ch.isspace() for ch in gap))


def _nearer(
    span: tuple[int, int], one: tuple[int, int], others: Sequence[tuple[int, int]]
) -> bool:
    """Whether `span` stands nearer to `one` than to each of `others`."""
    near = _distance(span, one)
    return all(near < _distance(span, other) for other in others)


def _distance(one: tuple[int, int], other: tuple[int, int]) -> int:
    """The characters between two spans of text (0 when they touch or overlap)."""
    return max(other[0] - one[1], one[0] - other[1], 0)


def _last_month(
    sentence: Sentence,
    count: Count,
    own: dict[Count, list[Event]],
    recent: Sequence[Hit],
    edges: Sequence[int] = (),
) -> bool:
    """Whether the figure's clause tells an all-clear and dates it to the month or the week before
    alone; their custody before it goes with them ("the 11 caught in September were sent back")."""
    dating = [r for r in recent if _in_clause(sentence, r, count, edges)]
    return (
        bool(dating)
        and recent_level(dating) < NOW
        and any(e.kind in ALL_CLEAR for e in own[count])
    )


def _month_alone_before(sentence: Sentence, dates: SentenceDates) -> tuple[int, int] | None:
    """Where the sentence names a month alone before the report's ("10월에는", "in October"), or
    None."""
    report = dates.report_date
    found = dates.reader.month_alone_at(sentence.text, report, sentence.grammar.langs)
    if found is None or report is None:
        return None
    start, end, month = found
    return (start, end) if (month.year, month.month) < (report.year, report.month) else None


def _earlier_uncounted(view: View, edges: Sequence[int] = ()) -> View:
    """The view without an all-clear told as the earlier event in a clause that no other
    figure's people share, beside people held or facing return: "Five arrested in Yanji weeks
    after China sent back hundreds" (one figure, or none, so the figures cannot part them)."""
    sentence = view.sentence
    earlier = [e for e in view.events if e.kind in ALL_CLEAR and _told_earlier(sentence, e, edges)]
    if not earlier:
        return view
    held = [
        e
        for e in view.events
        if e.kind in STILL_AT_RISK
        and not _told_earlier(sentence, e, edges)
        and all(_parts(sentence, *_between(sentence, e, x), edges) for x in earlier)
    ]
    if not held:
        return view
    # The figure stays: with one figure, it may be the same people's ("获释的5名脱北者又被抓捕").
    gone = {id(e) for e in earlier}
    return view._replace(events=tuple(e for e in view.events if id(e) not in gone))


def _between(sentence: Sentence, one: Event, other: Event) -> tuple[int, int]:
    """The text offsets between two events, whichever comes first."""
    first, second = sorted((one.hit, other.hit), key=lambda h: h.start)
    return first.end - sentence.start, second.start - sentence.start


def all_clears_apart(
    views: tuple[View, ...], readings: Readings, dates: SentenceDates
) -> tuple[View, ...]:
    """The views, less the all-clears of sentences that count a larger group than every group the
    other sentences tell held or facing return (see the module docstring). A day the sentence
    states in the report's month ("지난 2일", "本月2日", "on December 2") is a recent time too."""

    def recent(view: View) -> bool:
        return view.sentence.has("recent") or this_month(view.sentence, dates)

    cleared = [v for v in views if any(e.kind in ALL_CLEAR for e in v.events)]
    held = [
        v
        for v in views
        if any(e.kind in STILL_AT_RISK for e in v.events)
        and not any(e.kind in ALL_CLEAR for e in v.events)
    ]
    if not cleared or not held:
        return views  # the common case, kept cheap
    held_figures = [c for v in held for c in _figures(v, readings)]
    held_values = [c.value for c in held_figures]
    if not held_values:
        held = [v for v in held if _holds_someone(v)]
        if not held:
            return views
        return _apart_from_uncounted(views, cleared, held, readings, dates)
    apart = _added_cleared(views, cleared, held, readings)
    if not any(recent(v) for v in held):
        # Undated, a sentence that names the people too tells what befell them, beside others
        # it counts ("이들이 다른 선원 12명을 살해했다며 이들을 강제북송시켰다").
        return tuple(
            v if v.sentence.hits_of("subject_pron") else apart.get(id(v), v) for v in views
        )
    larger = max(held_values)
    # "Three more were caught on Monday": the people are added to another group, so an
    # all-clear of a larger group is that group's, on whatever day it is told.
    added = any(c.additive for c in held_figures)
    # Not where the people added are placed in a town the first ones are not (`sums_confirmed`).
    places = named_places(held[0].sentence)
    joined = all(named_places(v.sentence) <= places for v in held[1:])
    everyone = _first_and_added(held_figures) if joined else None
    for view in cleared:
        if id(view) in apart:
            continue
        if recent(view) and not added and not _told_before(view, held, dates):
            continue
        # "killed 12 other crew" counts others beside the people, not a group of its own
        figures = [c for c in _figures(view, readings) if not c.additive]
        if any(c.exact and c.value == everyone for c in figures) and not _told_before(
            view, held, dates
        ):
            continue  # "Four were caught. Two more were held. All six were sent back."
        if figures and (
            all(c.value > larger for c in figures)
            or any(_month_before_counted(view, v, readings, dates) for v in held)
            or _smaller_last_month(view, held, figures, held_values, readings, dates)
        ):
            apart[id(view)] = view._replace(
                events=tuple(e for e in view.events if e.kind not in ALL_CLEAR),
                apart=(*view.apart, *((c.start, c.end) for c in figures)),
            )
    return tuple(apart.get(id(v), v) for v in views)


def _added_cleared(
    views: Sequence[View], cleared: Sequence[View], held: Sequence[View], readings: Readings
) -> dict[int, View]:
    """The sentences after the first telling people held whose figures all count people added
    ("Three were caught on Friday. Two more were freed on Sunday.", "Two more have already been
    sent back", 还有两人已被强制遣返), by id, without their all-clears: others, told on any day;
    their release or return is not the people's."""
    apart: dict[int, View] = {}
    for view in cleared:
        own = _figures(view, readings)
        sentence = view.sentence
        if (
            own
            and all(
                c.exact and _added(sentence, c, readings, _cleared_before(views, sentence, c))
                for c in own
            )
            and view.sentence.order > held[0].sentence.order
            and not any(e.kind in STILL_AT_RISK for e in view.events)
        ):
            apart[id(view)] = view._replace(
                events=tuple(e for e in view.events if e.kind not in ALL_CLEAR),
                apart=(*view.apart, *((c.start, c.end) for c in own)),
            )
    return apart


def _added(sentence: Sentence, count: Count, readings: Readings, cleared_before: bool) -> bool:
    """Whether a figure counts people added: told as more people ("two more"), or after an
    `added_or_rest` word (อีก 2 คน, 还有两人) when no part of the people went free or was sent
    back before it; after that, the word tells the rest of them ("the other two")."""
    return count.additive or (
        not cleared_before and readings.reader.added_or_rest(sentence.text, count) is not None
    )


def _cleared_before(views: Sequence[View], sentence: Sentence, count: Count) -> bool:
    """Whether an all-clear is told before the figure: in an earlier sentence, or earlier in
    its own."""
    at = (sentence.field == "text", sentence.order, sentence.start + count.start)
    return any(
        (e.sentence.field == "text", e.sentence.order, e.hit.start) < at
        for v in views
        for e in (*v.events, *v.cancelled)
        if e.kind in ALL_CLEAR
    )


def periods_apart(
    views: tuple[View, ...],
    sentences: Sequence[Sentence],
    readings: Readings,
    dates: SentenceDates,
) -> tuple[View, ...]:
    """The views, less the events and figures of a sentence that counts people over a period (the
    `period` words: last year, 지난해, 去年, в прошлом году) and tells no recent time, day nor month
    (a month of this year dates one incident), beside a sentence of a recent day that tells
    people held or facing return ("A man was caught on Tuesday. Last year 14 North Koreans were
    deported from the region."): a yearly total or a past year's group, whatever its size, not
    the people. Beside held people no sentence dates to now (the headline's or the text's),
    only a group larger than theirs is another."""
    dated = [v for v in views if v.events and v.sentence.has("period")]
    if not dated:
        return views  # the common case, kept cheap

    def recent(view: View) -> bool:
        return view.sentence.has("recent") or this_month(view.sentence, dates)

    # A month or a day the sentence states dates one incident ("今年10月", "in May this year").
    past = {id(v) for v in dated if not recent(v) and dates.of(v.sentence).happened is None}
    held = [
        v for v in views if id(v) not in past and any(e.kind in STILL_AT_RISK for e in v.events)
    ]
    # The headline's people are held now when a sentence of the report tells a recent day.
    held_now = any(recent(v) for v in held) or (
        any(v.sentence.field == "title" for v in held)
        and any(s.has("recent") or this_month(s, dates) for s in sentences if not s.has("period"))
    )
    # Held people no sentence dates to now, in the headline or the text ("Five were arrested
    # in Dandong. Last year 60 were sent back"): only a larger group is surely another.
    undated = [c.value for v in held for c in _figures(v, readings)]
    if not held_now and not undated:
        return views
    apart: dict[int, View] = {}
    for view in dated:
        if id(view) not in past:
            continue
        figures = [c for c in _figures(view, readings) if dated_by_period(view.sentence, c)]
        # Beside people undated, only a larger group is surely another ("Court orders three
        # more deported ... Last year 27 were deported"; not "... 45 returned in May this
        # year", the headline's own people).
        if not held_now and not all(c.value > max(undated) for c in figures):
            continue
        if figures:
            # A period that only dates the group the people are likened to ("fear the seven
            # will be sent back, as happened to nine last year", "像去年的九人一样"): that
            # group's figure is apart, the people's threat stands.
            kept = view.events if _periods_likened(view.sentence) else ()
            apart[id(view)] = view._replace(
                events=kept, apart=(*view.apart, *((c.start, c.end) for c in figures))
            )
    return tuple(apart.get(id(v), v) for v in views) if apart else views


def headline_periods_apart(views: tuple[View, ...], readings: Readings) -> tuple[View, ...]:
    """The views, less a headline's figures a `period` dates in their own clause or part, and
    that clause's all-clears, beside a custody of a smaller group counted in another clause no
    period dates ("去年60人被遣返 5名脱北者在丹东被捕", "Năm ngoái 60 người bị trả về, 5 người
    Triều Tiên bị bắt", "ปีที่แล้ว 60 คนถูกส่งกลับ ชาวเกาหลีเหนือ 5 คนถูกจับ"): another group's
    return, told to set the arrest in context."""
    return tuple(
        _period_part_apart(v, readings)
        if v.sentence.field == "title" and v.sentence.has("period")
        else v
        for v in views
    )


def _period_part_apart(view: View, readings: Readings) -> View:
    sentence, base = view.sentence, view.sentence.start

    def at(event: Event) -> tuple[int, int]:
        return event.hit.start - base, event.hit.end - base

    def together(count: Count, span: tuple[int, int]) -> bool:
        return _clause_holds(sentence, (count.start, count.end), span)

    periods = [(h.start - base, h.end - base) for h in sentence.hits_of("period")]
    held = [at(e) for e in view.events if e.kind in HELD_KINDS]
    figures = _figures(view, readings)
    others = [
        c
        for c in figures
        if any(together(c, p) for p in periods) and not any(together(c, h) for h in held)
    ]
    counted = [c.value for c in figures if c not in others and any(together(c, h) for h in held)]
    if not others or not counted or not all(c.value > max(counted) for c in others):
        return view
    # the others' period must not date the custody too ("지난해 60명 북송되고 5명 체포")
    theirs = [p for p in periods if any(together(c, p) for c in others)]
    if any(_clause_holds(sentence, h, p) for h in held for p in theirs):
        return view
    events = tuple(
        e
        for e in view.events
        if e.kind not in ALL_CLEAR or not any(together(c, at(e)) for c in others)
    )
    return view._replace(events=events, apart=(*view.apart, *((c.start, c.end) for c in others)))


def _clause_holds(sentence: Sentence, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether no clause ends and no headline's part ends between two spans of a sentence."""
    lo, hi = (one[1], other[0]) if one[0] <= other[0] else (other[1], one[0])
    if lo >= hi:
        return True
    # to the later span's end: a break may open on its words (Thai " ปีที่แล้ว")
    end = max(one[1], other[1])
    return not sentence.grammar.breaks(sentence.text, lo, end) and not parted_in_headline(
        sentence, lo, hi
    )


def _periods_likened(sentence: Sentence) -> bool:
    """Whether every `period` word of the sentence stands in the phrase of a group the people
    are likened to (`in_likened_phrase`: "as happened to a group of nine last year", 지난해
    9명이 그랬던 것처럼, 去年的九人一样, 昨年の9人と同様に)."""
    base = sentence.start
    periods = sentence.hits_of("period")
    return bool(periods) and all(
        in_likened_phrase(sentence, h.start - base, h.end - base) for h in periods
    )


def _apart_from_uncounted(
    views: tuple[View, ...],
    cleared: Sequence[View],
    held: Sequence[View],
    readings: Readings,
    dates: SentenceDates,
) -> tuple[View, ...]:
    """The views, less the all-clears of sentences that count people (more people too: "two
    others", ещё двоих) and are dated before the custody of people no figure counts ("A woman
    and her son were caught near Kraskino this week. In November two others were detained there
    and later handed back"): by a month named alone, after the custody's sentence, before its
    day, or by the month or the week before while the custody is told of a later recent time
    (`_told_before`). The people held cannot have gone before they were caught: another group."""
    apart: dict[int, View] = {}
    for view in cleared:
        figures = _figures(view, readings)
        if figures and (
            _told_before(view, held, dates)
            or any(
                v.sentence.order < view.sentence.order
                and month_named_before(view.sentence, v.sentence, dates)
                for v in held
            )
        ):
            apart[id(view)] = view._replace(
                events=tuple(e for e in view.events if e.kind not in ALL_CLEAR),
                apart=(*view.apart, *((c.start, c.end) for c in figures)),
            )
    return tuple(apart.get(id(v), v) for v in views) if apart else views


def _holds_someone(view: View) -> bool:
    """Whether a sentence no figure counts tells people held, or a return they face, rather than
    only a return a wish or a demand is about ("A lawmaker asked the ministry on Tuesday to explain
    its position on China's repatriation of defectors", 要求外交部说明对脱北者遭遣返一事的立场):
    such a sentence holds no one, and its day is the asking's, so a return it is told beside, "last
    week", came before no custody."""
    return any(
        e.kind in HELD_KINDS
        or not (e.kind == "facing" and e.cue is not None and e.cue.has("wish"))
        for e in view.events
        if e.kind in STILL_AT_RISK
    )


def _month_before_counted(
    cleared: View, held: View, readings: Readings, dates: SentenceDates
) -> bool:
    """Whether the all-clear's sentence comes after a sentence that counts people held, and names
    a month alone before that sentence's day: a group of any size then, another group ("Two were
    caught on Tuesday. In November two others were handed back"; not "Nine held in April reached
    Thailand. They turned themselves in on Thursday", where the month dates their custody)."""
    return (
        held.sentence.order < cleared.sentence.order
        and bool(_figures(held, readings))
        and month_named_before(cleared.sentence, held.sentence, dates)
    )


def _smaller_last_month(
    cleared: View,
    held: Sequence[View],
    figures: Sequence[Count],
    held_values: Sequence[int],
    readings: Readings,
    dates: SentenceDates,
) -> bool:
    """Whether the all-clear's sentence, after a sentence of people held on a later recent time,
    tells only the month before (`month_before`) and counts smaller groups no sentence held
    counts, none told as a part ("two of them"): "Seven were caught in mid-March. Last month two
    others were sent back from the same area." The people held cannot have gone a month before
    their custody: another group."""
    sentence = cleared.sentence
    if recent_level(sentence.hits_of("recent")) != 0 or this_month(sentence, dates):
        return False
    if readings.of(sentence, _event_starts(cleared)).dropped:
        return False  # "7명 중 2명": a part of a group the sentence counts
    if any(
        c.value >= max(held_values)
        or c.value in held_values
        or readings.reader.part_told(sentence.text, c.start) is not None
        for c in figures
    ):
        return False
    return any(
        v.sentence.order < sentence.order and dated_before(sentence, v.sentence, dates)
        for v in held
    )


def _told_before(cleared: View, held: Sequence[View], dates: SentenceDates) -> bool:
    """Whether every recent time the all-clear's sentence tells is in a month before the report's
    (`month_before`: last month, 지난달, 上个月) or a week before (`week_before`: last week, 지난주,
    上周) while a sentence of the people held tells a later recent time ("on Monday"): the
    all-clear came before the custody, so it is another group's ("Three were caught on Monday.
    Last month China sent back 150.")."""
    level = recent_level(cleared.sentence.hits_of("recent"))
    if this_month(cleared.sentence, dates) or level == NOW:
        return False
    return any(dated_before(cleared.sentence, v.sentence, dates) for v in held)


def outside(counts: list[Count], spans: Sequence[tuple[int, int]]) -> list[Count]:
    """The counts that overlap none of `spans` (another group's figures)."""
    return [c for c in counts if not any(c.start < end and start < c.end for start, end in spans)]


def _figures(view: View, readings: Readings) -> list[Count]:
    """The figures of a view's sentence, less those another group's clause holds."""
    return outside(readings.of(view.sentence, _event_starts(view)).counts, view.apart)


def _event_starts(view: View) -> list[int]:
    """Where the sentence's status words start, cancelled ones too (as the head count reads)."""
    return [e.hit.start - view.sentence.start for e in (*view.events, *view.cancelled)]


def _another_group(
    sentence: Sentence,
    count: Count,
    own: dict[Count, list[Event]],
    recent: Sequence[Hit],
    edges: Sequence[int] = (),
    month_before: bool = False,
) -> bool:
    """Whether `count` counts another group: its clause tells an event and no recent day, and
    another figure of another value has events of its own in another clause, told of a recent
    day or added to this one ("three more"). An all-clear dated to the month before alone (or,
    `month_before`, to a month named alone before the report's) is another group's beside
    people held in a clause no such word dates, and dates none itself."""
    dating = [r for r in recent if _in_clause(sentence, r, count, edges)]
    # An all-clear dated to the month before ("เดือนที่แล้วจีนส่งตัว 150 คนกลับ") beside people
    # held on a day that is not: the earlier event, another group's (`_told_before`).
    before = month_before or _last_month(sentence, count, own, recent, edges)
    level = recent_level(dating)
    if not own[count] or (dating and not before):
        return False
    mine = {id(e) for e in own[count]}
    earlier = all(e.kind in ALL_CLEAR and _told_earlier(sentence, e, edges) for e in own[count])
    for other, events in own.items():
        if other.value == count.value or not events or mine & {id(e) for e in events}:
            continue
        if _last_month(sentence, other, own, recent, edges) and any(
            e.kind in STILL_AT_RISK for e in own[count]
        ):
            # A return dated last month beside people held: it dates no incident of theirs.
            continue
        if other.additive or any(
            _in_clause(sentence, r, other, edges) and not (before and recent_rank(r) <= level)
            for r in recent
        ):
            return True
        if (earlier or before) and any(
            e.kind in STILL_AT_RISK and not _told_earlier(sentence, e, edges) for e in events
        ):
            # "caught in Hunchun after China sent back 600": the 600 are others; so are those
            # sent back last month beside people held on a day no `recent` word tells
            # ("공안은 2일 5명을 체포했으며, 지난달 붙잡힌 11명은 북송됐다").
            return True
    return False


def _parts(sentence: Sentence, start: int, end: int, edges: Sequence[int] = ()) -> bool:
    """Whether a clause ends within text[start:end] (at a break, or at one of `edges`, where a
    clause told as the earlier event ends unmarked: `_sequence_edges`), or a word there makes
    what follows it the earlier event ("caught in Hunchun after China sent back 600")."""
    grammar, text = sentence.grammar, sentence.text
    return (
        any(start <= edge < end for edge in edges)
        or grammar.breaks(text, start, end)
        or grammar.earlier_marker.search(text, start, end) is not None
        or any(
            _closes_earlier(sentence, m.start()) for m in PHRASE_SPACE.finditer(text, start, end)
        )
    )


def _closes_earlier(sentence: Sentence, space: int) -> bool:
    """Whether the space at text offset `space`, in a script written without spaces, closes the
    clause a sequence word opens before it: Thai parts its clauses with a space where others write
    a comma ("หลังจีนส่งกลับ 600 คน ตำรวจจับอีก 5 คน": after China sent back 600, police caught
    five more). The clause runs from the sequence word to its first such space (spaces right
    after the word aside), or to the space right after a word that closes it (送還された後 …)."""
    grammar, text = sentence.grammar, sentence.text
    if grammar.earlier_closer.search(text, max(0, space - CLOSER_REACH), space) is not None:
        return True  # 送還された後 北朝鮮の女性が: the space ends the clause 後 closes
    last = max((m.end() for m in grammar.earlier_marker.finditer(text, 0, space)), default=-1)
    if last < 0:
        return False
    opening = len(text) - len(text[last:].lstrip())
    return opening < space and PHRASE_SPACE.search(text, opening, space) is None


def _told_earlier(sentence: Sentence, event: Event, edges: Sequence[int] = ()) -> bool:
    """Whether an event is told as the earlier of two: a sequence word opens its clause before it
    ("after China sent back 600") or follows it (遣返之后, 북송한 뒤), or closes its clause past the
    people (遣返600名脱北者后，). In a script written without spaces, the sequence word's clause
    ends at its first space (`_closes_earlier`); it ends at one of `edges` too."""
    grammar, text, base = sentence.grammar, sentence.text, sentence.start
    start, end = event.hit.start - base, event.hit.end - base
    if grammar.earlier_after.match(text, end) or _closed_earlier(sentence, end):
        return True
    last = max((m.end() for m in grammar.earlier_marker.finditer(text, 0, start)), default=-1)
    if last < 0 or grammar.breaks(text, last, start):
        return False
    if any(last <= edge < start for edge in edges):
        return False
    if any(edge >= end for edge in edges):
        return True  # an opening clause that ends past the event, spaces inside it or not
    opening = len(text) - len(text[last:].lstrip())
    if _movement_opens(sentence, opening, start):
        return False
    return PHRASE_SPACE.search(text, opening, start) is None


def _movement_opens(sentence: Sentence, opening: int, start: int) -> bool:
    """Whether the clause a sequence word opens tells a movement, not the status word at `start`
    past it ("a couple detained in October after crossing the Gobi from Inner Mongolia arrived
    in Seoul", "bị bắt sau khi vượt sa mạc … đã tới Hàn Quốc"): the crossing came first, the
    arrival after it is the sentence's own."""
    grammar, text = sentence.grammar, sentence.text
    found = grammar.movement_before.search(text, opening, min(start, opening + MOVEMENT_OPENING))
    return found is not None and found.start() < start


def _closed_earlier(sentence: Sentence, end: int) -> bool:
    """Whether a `sequence.after` word closes the clause that text offset `end` stands in, at a
    clause break or a space of a script written without spaces (遣返600名脱北者后，警方又…)."""
    grammar, text = sentence.grammar, sentence.text
    stops = [
        found.start()
        for found in (grammar.clause_break.search(text, end), PHRASE_SPACE.search(text, end))
        if found is not None
    ]
    if not stops:
        return False
    stop = min(stops)
    return grammar.earlier_closer.search(text, max(end, stop - CLOSER_REACH), stop) is not None


def _sequence_edges(view: View, counts: Callable[[], list[Count]]) -> tuple[int, ...]:
    """Where a clause told as the earlier of two events ends with no break written: two status
    words in a row, no break nor coordinator between them, the first told earlier, by a `sequence`
    word right after it (送還した後吉林省の警察は…), after its people (遣返600名脱北者之后吉林警方…),
    or opening its clause before it ("After China sent back 600 defectors police arrested five
    more", После того как …, Sau khi …; in Thai, spaces inside it: หลังจากทางการจีน ส่งตัว…). An
    opening clause ends after the first figure past its event ("600 defectors"), or right after
    the event when its figure stands before it ("After 600 were sent back five more were
    caught")."""
    sentence = view.sentence
    grammar, text, base = sentence.grammar, sentence.text, sentence.start
    spans = sorted({(e.hit.start - base, e.hit.end - base) for e in view.events})
    edges: list[int] = []
    previous = 0
    for (start, end), (following, _end) in pairwise(spans):
        opened, previous = previous, end
        if following <= end:
            continue
        closer = grammar.earlier_after.match(text, end)
        if closer is not None and closer.end() <= following:
            edges.append(closer.end())
            continue
        if _written_apart(sentence, end, following, spaces=False):
            continue
        markers = [m.end() for m in grammar.earlier_marker.finditer(text, opened, start)]
        inside = [c for c in counts() if end <= c.start and c.end <= following]
        if markers and not _written_apart(sentence, markers[-1], start, spaces=False):
            before = [c for c in counts() if markers[-1] <= c.start and c.end <= start]
            edges.append(end if before or not inside else inside[0].end)
        elif (
            inside
            and not _written_apart(sentence, end, following, spaces=True)
            and (edge := _closed_after(sentence, inside[0], following)) is not None
        ):
            edges.append(edge)
    return tuple(edges)


def _written_apart(sentence: Sentence, start: int, end: int, *, spaces: bool) -> bool:
    """Whether a break or a coordinator ("arrested and held") stands within text[start:end], or
    with `spaces` a space of a script written without spaces."""
    grammar, text = sentence.grammar, sentence.text
    return (
        grammar.breaks(text, start, end)
        or (spaces and PHRASE_SPACE.search(text, start, end) is not None)
        or grammar.coordinator.search(text, start, end) is not None
    )


def _closed_after(sentence: Sentence, count: Count, stop: int) -> int | None:
    """Where a `sequence.after` word right after the figure and its people's word ends, before
    text offset `stop` (遣返600名脱北者之后|吉林警方), if one does."""
    grammar, text, base = sentence.grammar, sentence.text, sentence.start
    end = max(
        (h.end - base for h in sentence.hits_of(*PEOPLE) if h.start - base == count.end),
        default=count.end,
    )
    for edge in range(end + 1, min(stop, end + CLOSER_REACH) + 1):
        if grammar.earlier_closer.search(text, end, edge) is not None:
            return edge
    return None


def _clause_events(
    sentence: Sentence, count: Count, events: Sequence[Event], edges: Sequence[int] = ()
) -> list[Event]:
    """The events told in the figure's clause."""
    base = sentence.start
    out = []
    for event in events:
        start, end = event.hit.start - base, event.hit.end - base
        apart = _parts_after(sentence, count, start, edges) if count.end <= start else None
        if not (_parts(sentence, end, count.start, edges) if apart is None else apart):
            out.append(event)
    return out


def _parts_after(sentence: Sentence, count: Count, start: int, edges: Sequence[int] = ()) -> bool:
    """Whether a clause ends between the figure and text offset `start` after it, reading past
    an aside set off by commas right after the figure that tells the people's own custody ("а
    11 человек, пойманных в сентябре, уже отправлены"): the participle and the verb after it
    are theirs."""
    if not _parts(sentence, count.end, start, edges):
        return False
    text, base = sentence.text, sentence.start
    # The people's word right after the figure is the figure's ("трое граждан КНДР, задержанных
    # в понедельник, ..."): the aside opens past it.
    named = len(text) - len(text[count.end :].lstrip())
    after = max(
        (
            h.end - base
            for h in sentence.hits_of(*PEOPLE)
            if count.start <= h.start - base <= named
        ),
        default=count.end,
    )
    opening = len(text) - len(text[after:].lstrip())
    closing = text.find(",", opening + 1)
    if text[opening : opening + 1] != "," or closing < 0:
        return True
    inside = opening + 1, closing
    # The aside opens on the custody word ("пойманных в сентябре", "caught in September"), not
    # on a clause of its own ("на прошлой неделе ... были задержаны еще трое").
    first = len(text) - len(text[inside[0] :].lstrip())
    custody = any(
        h.start - base == first and h.end - base <= inside[1] and h.concepts & CUSTODY
        for h in sentence.hits
    )
    if not custody or _parts(sentence, *inside, edges):
        return True
    if start <= closing:
        return _parts(sentence, inside[0], start, edges)
    # Past the aside, another figure opens another group's clause ("семеро, высланных в
    # октябре, трое задержанных в понедельник ..."): the verb after it is theirs.
    return _parts(sentence, closing + 1, start, edges) or _figure_within(
        sentence, closing + 1, start
    )


def _figure_within(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a figure stands within text[start:end]: a number word or digits."""
    base = sentence.start
    return any(start <= h.start - base < end for h in sentence.hits_of("number")) or any(
        ch.isdigit() for ch in sentence.text[start:end]
    )


def _in_clause(sentence: Sentence, hit: Hit, count: Count, edges: Sequence[int] = ()) -> bool:
    """Whether a time word dates the figure's clause; a fronted time reaches past its comma."""
    base = sentence.start
    return _in_clause_at(sentence, hit.start - base, hit.end - base, count, edges)


def _in_clause_at(
    sentence: Sentence, start: int, end: int, count: Count, edges: Sequence[int] = ()
) -> bool:
    """Whether a time word at text offsets `start` to `end` dates the figure's clause."""
    text = sentence.text
    if end <= count.start:
        stop = end
        while _opens_clause(sentence, start) and stop < count.start and text[stop] in _FRONTED:
            stop += 1
        return not _parts(sentence, stop, count.start, edges)
    return not _parts_after(sentence, count, start, edges)


def _opens_clause(sentence: Sentence, start: int) -> bool:
    """Whether nothing but a clause break stands before text offset `start` in its clause."""
    before = [m.end() for m in sentence.grammar.clause_break.finditer(sentence.text, 0, start)]
    return not sentence.text[max(before, default=0) : start].strip()
