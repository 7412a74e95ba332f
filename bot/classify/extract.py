"""Facts: who, how many, where, in what state, who is involved and when, for one analysed report.

Reads only the incident sentences (and, for status, groups and date, the sentences that carry a
status about the same people), so figures from background paragraphs do not leak into a case.
Also names the specific elements (head count, one person, city, recent day, date) the tier rule
asks for before it raises an alert. An all-clear counts only in a sentence that singles these
people out and is not dated to someone else's story; the status comes with its evidence, the
sentence it was read from.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from bot.classify.dates import DateReader, Reading
from bot.classify.events import ALL_CLEAR, Event
from bot.classify.lexicon import Term
from bot.classify.matcher import Hit, Matcher
from bot.classify.names import NameReader
from bot.classify.numbers import Count, CountReader, People, choose_people
from bot.classify.places import SPECIFIC_KINDS, foreign_places
from bot.classify.rules import Analysis, View
from bot.classify.sentences import Sentence
from bot.classify.status import resolve_status, without_headline_release
from bot.domain import Facts

EVIDENCE = 200  # characters: one short line in an alert
CROWD = 1000  # thousands held or sent back is a statistic, not an incident to act on
GROUP_ORDER = ("children", "women", "elderly", "pregnant", "family")
PARTICULAR = ("subject_pron", "subject_one")  # "they", "the group", "a North Korean woman"
NAMED = ("subject", "subject_weak")
NAMING_PEOPLE = ("subject", "subject_one", "subject_weak")
# Counted people who are not the incident's: missionaries and brokers, other nationalities,
# soldiers, crews ("한국인 선교사 2명과 탈북자 8명": eight).
OTHERS = ("trap_foreigner", "trap_other", "trap_pow", "trap_workers", "trap_voluntary")
# A space between two characters of a script written without spaces (Chinese, kana, Thai).
_PHRASE_SPACE = re.compile(
    r"(?<=[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff])\s+(?=[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff])"
)
OPENER = 5  # letters of the word that may open a clause before its subject ("and", "while")
# The words of an arrest, a custody, a return or a release: a clause with none tells no status.
STATUS_WORDS = ("arrest", "apprehend", "detain", "custody", "facing", "repat", "repat_topic",
                "expel", "release", "third", "missing")  # fmt: skip
PERSON_NOUNS = frozenset({*NAMING_PEOPLE, *OTHERS, "subject_pron", "group"})
BESIDE = 3  # characters between a figure and the noun it counts (탈북자 8명, 2名传教士)
COORDINATION_REACH = 16  # characters between two figures joined by "and" (과, と, 和)
LIST_COMMAS = frozenset({",", "，", "、"})  # what parts the items of a list in every script
LIST_WORD = 6  # characters of the one word a list comma may stand beside (, 어린이 1명; 妇女、)
YEAR_REACH = 16  # characters between an event and the year that dates it ("reached Seoul in 2015")
TIMES = ("recent", "period", "long_ago")  # the words that date a sentence to a time
RETOLD_DAYS = 183  # a date of the people at least this long before the report retells them
RECENT_DAYS = 31  # a day stated at most this long before the report dates the incident to now


@dataclass(frozen=True, slots=True)
class Readers:
    """The readers of counts, dates and names, built once from the lexicons, and the groups
    each term for the people names inside it (`groups_in_subjects`)."""

    counts: CountReader
    dates: DateReader
    names: NameReader
    subject_groups: Mapping[str, frozenset[str]]


def groups_in_subjects(terms: Sequence[Term]) -> dict[str, frozenset[str]]:
    """The groups a term for the people names inside it ("north korean women", 탈북 여성: women),
    found by the matcher over the group terms. The longer term is the one matched in a report,
    so the group's own term is never found there."""
    groups = Matcher([t for t in terms if t.concept == "group"])
    out: dict[str, frozenset[str]] = {}
    for term in terms:
        if term.concept not in NAMING_PEOPLE or "*" in term.text:
            continue
        named = frozenset(
            e.value for h in groups.scan(term.text) for e in h.entries if e.lang == term.lang
        )
        if named:
            out[term.text] = named
    return out


@dataclass(frozen=True, slots=True)
class Extraction:
    facts: Facts
    specifics: tuple[str, ...]
    status_event: Event | None


def extract(analysis: Analysis, readers: Readers, report_date: date | None) -> Extraction:
    incident = analysis.incident
    status_views = _unique(incident + analysis.status_views)
    members = _Members(readers.counts)
    people, count_view, counted = _people(status_views, readers.counts, members)
    follow_ons = _follow_ons(analysis.views, status_views) if people.text is None else ()
    if follow_ons:
        people, count_view, counted = _people(status_views + follow_ons, readers.counts, members)
    events = without_headline_release(
        [e for v in status_views for e in v.events], [e for v in status_views for e in v.cancelled]
    )
    if any(e.kind in ALL_CLEAR for e in events):  # only an all-clear needs its sentence checked
        about = _about_them(status_views, counted, readers, report_date)
        year = report_date.year if report_date else None
        events = [
            e for v in status_views for e in _confirmed(v, about) if not _dated_long_ago(e, year)
        ]
    status, status_event = resolve_status(events, count_view.sentence if count_view else None)
    when, told, told_by = _dates(status_views, readers, report_date)
    if told_by is None or _only_topic(told_by):
        # Nothing dates the incident, or only a sentence naming its return as a topic (the
        # probe of it, a hearing on it): an incident long past may be retold.
        told = _retold(analysis.views, people.count, readers, members, report_date) or told
    facts = Facts(
        country=analysis.where.country,
        place=analysis.where.place,
        people=people.count,
        people_text=people.text,
        people_approx=people.approx,
        groups=_groups(status_views, readers.subject_groups),
        status=status,
        orgs=_orgs(analysis.sentences),
        date=told.happened,
        date_month_only=told.month_only,
        names=readers.names.read_names([v.sentence for v in status_views]),
        evidence=evidence(status_event) if status_event is not None else None,
    )
    kin = _one_named_without_figure(incident, members)
    return Extraction(facts, _specifics(incident, people, when, facts.names, kin), status_event)


def _follow_ons(views: tuple[View, ...], status_views: tuple[View, ...]) -> tuple[View, ...]:
    """ "Police arrested North Korean defectors in Shenyang. The group of seven included two
    children.": a sentence right after one about the people, that says "the group", "they" (일행,
    一行, 这批人) and tells of nothing happening, counts them when they were not counted before."""
    orders = {v.sentence.order for v in status_views}
    return tuple(
        v
        for v in views
        if v.sentence.order - 1 in orders
        and v.sentence.order not in orders
        and not v.events
        and v.usable
        and v.sentence.has("subject_pron")
    )


def _date(sentence: Sentence, readers: Readers, report_date: date | None) -> date | None:
    return readers.dates.read(sentence.text, report_date, sentence.grammar.langs)


def _dates(
    views: tuple[View, ...], readers: Readers, report_date: date | None
) -> tuple[date | None, Reading, View | None]:
    """The first date the sentences state, and the first that is not a day someone spoke on
    ("said on Monday"): that one dates the report as recent, but is not when it happened; and
    the view it came from."""
    when: date | None = None
    for view in views:
        reading = readers.dates.read_both(
            view.sentence.text, report_date, view.sentence.grammar.langs
        )
        when = when or reading.stated
        if reading.happened is not None:
            return when, reading, view
    return when, Reading(), None


def _only_topic(view: View) -> bool:
    """Whether the sentence names the return only as a topic ("the repatriation case"), with
    nothing happening to anyone."""
    return all(e.kind == "topic" for e in view.events)


def _retold(
    views: tuple[View, ...],
    count: int | None,
    readers: Readers,
    members: _Members,
    report_date: date | None,
) -> Reading | None:
    """For a report that retells an incident long past (a probe, a verdict, an anniversary, years
    on) and dates no sentence where something happens to the people, the date that a sentence
    about them states, when it is long before the report ("2019年11月7日抵达板门店的两名渔民"):
    the incident's.
    A sentence counting other people than the report's tells another story."""
    if report_date is None:
        return None
    for view in views:
        if not view.subjects:
            continue
        reading = readers.dates.read_both(
            view.sentence.text, report_date, view.sentence.grammar.langs
        )
        if reading.happened is None or (report_date - reading.happened).days < RETOLD_DAYS:
            continue
        theirs = _people((view,), readers.counts, members)[0].count
        if count is None or theirs is None or theirs == count:
            return reading
    return None


def evidence(event: Event) -> str:
    """The sentence the status was read from, as written; a long one is cut to the stretch of
    at most EVIDENCE characters around the status word, at spaces where it has them."""
    sentence, hit = event.sentence, event.hit
    text = " ".join(sentence.text.split())
    if len(text) <= EVIDENCE:
        return text
    raw = sentence.text
    middle = (hit.start + hit.end) // 2 - sentence.start
    start = max(0, min(middle - EVIDENCE // 2, len(raw) - EVIDENCE))
    end = start + EVIDENCE
    if start > 0 and " " in raw[start : start + 20]:
        start = raw.index(" ", start) + 1
    if end < len(raw) and " " in raw[end - 20 : end]:
        end = raw.rindex(" ", 0, end)
    cut = " ".join(raw[start:end].split())
    return ("…" if start > 0 else "") + cut + ("…" if end < len(raw) else "")


class _Members:
    """The people each sentence of one report names without a figure, read once per sentence:
    the head count and the one-person check both ask."""

    def __init__(self, reader: CountReader) -> None:
        self._reader = reader
        self._found: dict[int, list[Count]] = {}

    def of(self, sentence: Sentence) -> list[Count]:
        found = self._found.get(sentence.order)
        if found is None:
            found = self._reader.members(sentence.text, sentence.grammar.langs)
            self._found[sentence.order] = found
        return found


def _people(
    views: tuple[View, ...], reader: CountReader, named: _Members
) -> tuple[People, View | None, set[int]]:
    """The head count, the view it came from, and the sentences (by order) giving a count."""
    counts: list[Count] = []
    splits: list[tuple[Count, int]] = []  # a figure of the people, and the others' beside it
    first_view: View | None = None
    counted: set[int] = set()
    beside_them = False  # a sentence counts others beside "they"
    # Figures of other people ("four South Korean activists"): "the four" later names them.
    others_told: set[int] = set()
    for view in views:
        sentence = view.sentence
        words = [h.start - sentence.start for h in sentence.hits_of("number")]
        members = named.of(sentence)
        if not words and not members and not reader.numeral_chars.search(sentence.text):
            continue
        events = [e.hit.start - sentence.start for e in (*view.events, *view.cancelled)]
        every = _with_members(sentence, reader.read(sentence.text, words, events), members)
        theirs = [
            c
            for c in every
            if not _of_others(sentence, c) and not (c.value in others_told and _bare(sentence, c))
        ]
        others = sum(c.value for c in every if c not in theirs and not c.member)
        others_told.update(c.value for c in every if c not in theirs and not c.member)
        others_told.update(_loose_numbers(sentence, every))
        found = [c for c in _joined(sentence, theirs, every) if not (c.member and c.value < 2)]
        told = [h.start - sentence.start for h in sentence.hits_of(*STATUS_WORDS)]
        found = [c for c in found if not _added_apart(sentence, c, told)]
        if first_view is not None and _another_time(first_view.sentence, sentence, found):
            continue  # "Last month, three others were caught in Dandong": another arrest
        beside_them = beside_them or (
            sentence.has("subject_pron") and any(c.additive for c in found)
        )
        splits.extend((c, others) for c in found if others)
        if found:
            counted.add(sentence.order)
            if first_view is None:
                first_view = view
        # A headline and the text tell the same others ("and two other defectors"): once,
        # where the text tells them.
        again = {c.value for c in found if c.additive}
        counts = [c for c in counts if not (c.additive and c.value in again)]
        counts.extend(found)
    singular = next((h.surface for v in views for h in v.sentence.hits_of("subject_one")), None)
    if beside_them and not singular and all(c.additive for c in counts):
        # "They killed 16 other crew", "이들과 다른 3명": only the others are counted, a
        # specific detail of the incident but no count of its people.
        return People(None, counts[0].text, True, counts[0].value), first_view, counted
    return _without_others(choose_people(counts, singular=singular), splits), first_view, counted


def _loose_numbers(sentence: Sentence, counts: list[Count]) -> set[int]:
    """The number words no count holds: "released four South Korean activists" (no noun for
    the people) counts someone "the four" may name later."""
    out = set()
    for hit in sentence.hits_of("number"):
        start, end = hit.start - sentence.start, hit.end - sentence.start
        if any(c.start < end and start < c.end for c in counts):
            continue
        value = next((e.value for e in hit.entries if e.concept == "number"), "")
        if value.isdigit():
            out.add(int(value))
    return out


def _bare(sentence: Sentence, count: Count) -> bool:
    """Whether a figure names no one ("the four", "all nine"): no counter or noun after the
    figure, no noun for people inside it."""
    start, end = count.start + sentence.start, count.end + sentence.start
    if count.member or count.end != count.figure_end:
        return False
    return not any(
        h.start < end and start < h.end and not h.concepts.isdisjoint(PERSON_NOUNS)
        for h in sentence.hits
    )


def _added_apart(sentence: Sentence, count: Count, events: Sequence[int]) -> bool:
    """ "5名脱北者被捕，另有3人逃脱", "다른 3명은 달아났다": people added in a clause of their
    own, which goes on past them and tells no status word, did something else: they are not
    the incident's people. ("... with two other defectors" and "and two others." are.)"""
    if not count.additive or not events:
        return False
    edges = _clause_edges(sentence)

    def apart(start: int, end: int) -> bool:
        return any(start <= a < end for a, _b in edges)

    for event in events:
        if event < count.start and not apart(event, count.start):
            return False
        if event >= count.end and not apart(count.end, event):
            return False
    # The figure opens its clause (its subject, past a word such as "and"): "rồi bắt 6
    # người khác" (then arrested six others) has a verb of its own before it.
    opening = max((b for _a, b in edges if b <= count.start), default=0)
    closing = min((a for a, _b in edges if a >= count.end), default=len(sentence.text))
    lead = sum(ch.isalpha() for ch in sentence.text[opening : count.start])
    own = sum(ch.isalpha() for ch in sentence.text[count.end : closing])
    return lead <= OPENER and own >= 2


def _clause_edges(sentence: Sentence) -> list[tuple[int, int]]:
    """Where the clauses of a sentence part: its language's clause breaks, and the spaces of a
    script written without them (a headline's "抓获5名脱北者 另有3人逃脱")."""
    text = sentence.text
    edges = [m.span() for m in sentence.grammar.clause_break.finditer(text)]
    return sorted([*edges, *(m.span() for m in _PHRASE_SPACE.finditer(text))])


def _another_time(first: Sentence, sentence: Sentence, found: list[Count]) -> bool:
    """Whether a later sentence adds people ("three others") told of a time of its own, not
    the one the first figure's sentence tells of: the people of another arrest."""
    if not found or not all(c.additive for c in found):
        return False
    mine = _times(sentence)
    return bool(mine) and mine != _times(first)


def _times(sentence: Sentence) -> frozenset[str]:
    return frozenset(h.surface.lower() for h in sentence.hits_of(*TIMES))


def _joined(sentence: Sentence, found: list[Count], every: list[Count]) -> list[Count]:
    """ "Two women and three children", "여성 2명과 어린이 1명", "女性2人と子ども1人": figures of
    the people joined by a `coordinators` word in one clause count one group together, and so
    does a list whose items are parted by commas when a coordinator joins its last ("three
    women, two men and a girl": six). Figures parted by commas alone stay apart."""
    chains: list[tuple[list[Count], bool]] = []  # the figures of a list, and whether joined
    last = -2  # where in `every` the last figure kept stands
    for count in found:
        index = every.index(count)
        link = _link(sentence, chains[-1][0][-1], count) if chains and index == last + 1 else None
        if link is None:
            chains.append(([count], False))
        else:
            chains[-1][0].append(count)
            chains[-1] = (chains[-1][0], chains[-1][1] or link)
        last = index
    out: list[Count] = []
    for figures, joined in chains:
        out.extend([_sum(sentence, figures)] if joined else figures)
    return out


def _link(sentence: Sentence, before: Count, count: Count) -> bool | None:
    """How two figures next to each other are linked: True by a coordinator, False by a list
    comma only, None not at all."""
    after = _phrase_end(sentence, before)
    if not (_plain(before) and _plain(count)) or count.start - after > COORDINATION_REACH:
        return None
    if sentence.grammar.coordinated(sentence.text, after, count.start):
        return True
    return False if _list_comma(sentence.text[after : count.start]) else None


def _phrase_end(sentence: Sentence, count: Count) -> int:
    """Where a figure's noun phrase ends: a term for people that begins in the figure's words
    may run on past them, in languages that put the nationality after the noun ("hai phụ nữ
    Triều Tiên và một bé trai": two North Korean women and a boy)."""
    start, end = count.start + sentence.start, count.end + sentence.start
    ends = [
        h.end
        for h in sentence.hits
        if start <= h.start < end and h.end > end and not h.concepts.isdisjoint(PERSON_NOUNS)
    ]
    return max(ends, default=end) - sentence.start


def _list_comma(gap: str) -> bool:
    """Whether a gap parts two items of a list: one comma, and beside it at most the one word
    that names the next item before its counter (", 어린이 1명") or the last after it (妇女、)."""
    commas = [ch for ch in gap if ch in LIST_COMMAS]
    if len(commas) != 1:
        return False
    rest = gap.replace(commas[0], " ").split()
    return len(rest) <= 1 and sum(map(len, rest)) <= LIST_WORD


def _sum(sentence: Sentence, figures: list[Count]) -> Count:
    first, final = figures[0], figures[-1]
    return first._replace(
        value=sum(c.value for c in figures),
        text=sentence.text[first.start : final.end],
        end=final.end,
        member=all(c.member for c in figures),
    )


def _with_members(sentence: Sentence, counts: list[Count], members: list[Count]) -> list[Count]:
    """The figures and, in reading order among them, the people named without a figure. A
    member that is a figure's own noun is no one more: inside it ("two children"), right before
    its counter (남자아이 1명), or after it in the same phrase (一名脱北者母亲: the figure then
    reaches to it, so a coordinator after the member joins the figure)."""
    out = list(counts)
    for member in members:
        if any(_counted_by(sentence, c, member) for c in out):
            continue
        head = next((i for i, c in enumerate(out) if _noun_of(sentence, c, member)), None)
        if head is not None:
            out[head] = out[head]._replace(end=member.end)
        else:
            out.append(member)
    return sorted(out, key=lambda c: c.start)


def _counted_by(sentence: Sentence, count: Count, member: Count) -> bool:
    """Whether a figure counts the member: it holds it, or stands right after it (남자아이 1명)."""
    if count.start < member.end and member.start < count.end:
        return True
    right_after = count.start >= member.end and not sentence.text[member.end : count.start].strip()
    return right_after and not count.member


def _noun_of(sentence: Sentence, count: Count, member: Count) -> bool:
    """Whether `member` ends the phrase a figure opens (一名脱北者母亲, "one defector mother")."""
    gap = member.start - count.end
    if count.member or not 0 <= gap <= COORDINATION_REACH:
        return False
    between = sentence.text[count.end : member.start]
    grammar = sentence.grammar
    return not grammar.breaks(between, 0, len(between)) and not grammar.coordinated(
        sentence.text, count.end, member.start
    )


def _plain(count: Count) -> bool:
    return not (count.approx or count.lower_bound or count.additive or count.total)


def _without_others(people: People, splits: list[tuple[Count, int]]) -> People:
    """ "Ten held in Laos" then "two missionaries and eight defectors": a figure that is the
    people's and the others' together gives way to the people's own."""
    for count, others in splits:
        exact = not (count.approx or count.lower_bound)
        if exact and people.count is not None and count.value + others == people.count:
            return People(count.value, count.text, False, count.value)
    return people


def _of_others(sentence: Sentence, count: Count) -> bool:
    """Whether the figure counts people who are not the incident's: the noun nearest to it (on
    either side, since languages put it before or after) names others and not the people."""
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
            continue  # 5名脱北者和2名蛇头: the noun before "and" is the other figure's
        if nearest is None or gap < nearest[0]:
            nearest = (gap, hit)
    if nearest is None:
        return False
    hit = nearest[1]
    return any(hit.has(c) for c in OTHERS) and not any(hit.has(c) for c in NAMING_PEOPLE)


def _across_and(sentence: Sentence, figure: tuple[int, int], hit: Hit) -> bool:
    """Whether a coordinator stands between a figure and a noun beside it (absolute offsets)."""
    left, right = sorted((figure, (hit.start, hit.end)))
    return sentence.grammar.coordinated(
        sentence.text, left[1] - sentence.start, right[0] - sentence.start
    )


def _about_them(
    views: tuple[View, ...], counted: set[int], readers: Readers, report_date: date | None
) -> set[int]:
    """The sentences (by order) that single out the incident's people: the headline, and those
    that count them, name them, refer back to them ("they", "the family") or place them (a
    city, a facility, a date), and those that follow straight on from one that does without
    naming anyone (Korean, Japanese and Chinese drop the subject)."""
    names = readers.names
    # When the incident is dated to now ("on Monday", or a day of the last month: 20일), a
    # sentence dated to a past period ("Last year, 20 others were sent back", 지난해 석방된
    # 단체 대표) tells of other people, however it counts them.
    recent = any(v.sentence.has("recent") for v in views)
    now = recent or _dated_to_now(views, readers, report_date)
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
            or _date(sentence, readers, report_date) is not None
            or names.read_names([sentence])
        ):
            about.add(sentence.order)
    return about


def _dated_to_now(views: tuple[View, ...], readers: Readers, report_date: date | None) -> bool:
    """Whether a sentence not dated to a period states a day in the month before the report."""
    if report_date is None:
        return False
    for view in views:
        if view.sentence.has("period"):
            continue
        stated = _date(view.sentence, readers, report_date)
        if stated is not None and 0 <= (report_date - stated).days <= RECENT_DAYS:
            return True
    return False


def _confirmed(view: View, about: set[int]) -> list[Event]:
    """The view's events, where an all-clear (released, sent back, arrived) stands only in a
    sentence about these people; elsewhere ("China has stepped up arrests and forced returns of
    defectors") a return is only a threat and a release or an arrival is not said."""
    if view.sentence.order in about:
        return list(view.events)
    out = []
    for event in view.events:
        if event.kind == "repatriated":
            out.append(event._replace(kind="facing"))
        elif event.kind not in ALL_CLEAR:
            out.append(event)
    return out


def _dated_long_ago(event: Event, report_year: int | None) -> bool:
    """An all-clear dated by a year long past right beside it ("who reached Seoul in 2015",
    "2015년 한국에 입국한"): the story of someone else, told in passing."""
    if event.kind not in ALL_CLEAR or report_year is None:
        return False
    sentence, hit = event.sentence, event.hit
    grammar, text = sentence.root, sentence.text
    start, end = hit.start - sentence.start, hit.end - sentence.start
    for pattern in grammar.years:
        for m in pattern.finditer(text, max(0, start - YEAR_REACH), end + YEAR_REACH):
            year = grammar.year_value(m.group("year"))
            if year is not None and year <= report_year - 2:
                between = (m.end(), start) if m.end() <= start else (end, m.start())
                if not sentence.grammar.breaks(text, *between):
                    return True
    return False


def _groups(
    views: tuple[View, ...], subject_groups: Mapping[str, frozenset[str]]
) -> tuple[str, ...]:
    found = {e.value for v in views for h in v.sentence.hits_of("group") for e in h.entries}
    for view in views:
        for hit in view.sentence.hits_of(*NAMING_PEOPLE):
            found.update(g for e in hit.entries for g in subject_groups.get(e.text, ()))
    return tuple(g for g in GROUP_ORDER if g in found)


def _orgs(sentences: Sequence[Sentence]) -> tuple[str, ...]:
    names: dict[str, None] = {}
    for sentence in sentences:
        for hit in sentence.hits_of("org"):
            for entry in hit.entries:
                if entry.concept == "org":
                    names.setdefault(entry.value, None)
    return tuple(names)


def _one_named_without_figure(incident: tuple[View, ...], members: _Members) -> bool:
    """Whether a sentence of the incident names one person by who they are, without a figure
    (a relative in the South tells of "her younger sister", 여동생이, 妹が): one person."""
    return any(m.value == 1 for v in incident for m in members.of(v.sentence))


def _specifics(
    incident: tuple[View, ...],
    people: People,
    when: date | None,
    names: tuple[str, ...],
    kin: bool,
) -> tuple[str, ...]:
    found: list[str] = []
    if people.text is not None and people.floor < CROWD:
        found.append("head count")
    if any(
        kind in SPECIFIC_KINDS for v in incident for _h, _iso, kind in foreign_places(v.sentence)
    ):
        found.append("city or region")
    if any(v.sentence.has("recent") for v in incident):
        found.append("recent day")
    if any(_returned_recently(v) for v in incident):
        found.append("return on a recent day")
    if when is not None:
        found.append("date")
    if kin or any(v.sentence.has("subject_one") for v in incident):
        found.append("one person")
    if names:
        found.append("named person")
    return tuple(found)


def _returned_recently(view: View) -> bool:
    """Whether the view tells of a return done on a recent day and not over a period ("sent
    hundreds back last week", not "sent 2,000 back last year, a report said last week")."""
    sentence = view.sentence
    return (
        sentence.has("recent")
        and not sentence.has("period")
        and any(e.kind == "repatriated" for e in view.events)
    )


def _unique(views: tuple[View, ...]) -> tuple[View, ...]:
    seen: set[int] = set()
    out: list[View] = []
    for view in sorted(views, key=lambda v: v.sentence.order):
        if view.sentence.order not in seen:
            seen.add(view.sentence.order)
            out.append(view)
    return tuple(out)
