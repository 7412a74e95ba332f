"""The Classifier: lexicons in, a Verdict for each Document out.

Built once from the lexicon files (one Aho-Corasick automaton over every term of every language,
and the number reader); `classify` is then pure, deterministic and safe to call from many threads:
scan the title and text, cut into sentences, read the status events, apply the tier rules, extract
the facts and the reasons.

Most reports are decided on the automaton's raw matches alone, before any word-boundary check:
those naming no North Korean refugee at all (IGNORE), and those where no sentence names them (or
says "they" right after one that does) together with a status word, no sentence right after
one naming them opens on a figure beside a status word ("The eight were arrested"), and nothing
could demote the report (NO_EVENT). Raw matches are a superset of the hits the rules read, so
these shortcuts never hide an event; a report about North Korea that introduces someone by name
and age is always read in full, and so is one with a word for the people and an event that names
a relative by age ("Her daughter, 24, was caught"), and one with an event that names people only
by a figure right beside the words joining it to the North ("The five from North Korea",
北朝鮮の5人: the grammar's `origin.counted_*`); the figure's neighbours alone are read for it, so
the many reports that say 北朝鮮の or "from North Korea" of anything else keep the shortcuts.
So is one with a return word, a custody word and the North (or a return word naming it, 북송)
but no word for the people: they may be named only by their return to the North ("A family of
four detained in Shenyang was sent back to North Korea", returned.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

from bot.classify.carry import (
    GROUP,
    OPENING_WORD,
    counted_figures,
    figure_identity,
    may_count_them_again,
    may_drop_them,
    may_name_a_relative,
    may_take_them_up,
    opening_count,
    part_totals,
    retells_a_group,
)
from bot.classify.dates import DateReader
from bot.classify.events import STATUS_TRIGGERS
from bot.classify.explain import build_reasons
from bot.classify.extract import Readers, extract, groups_in_subjects
from bot.classify.kin import KinCounter
from bot.classify.language import Grammar, alternation
from bot.classify.lexicon import Lexicon, Term, load_lexicon
from bot.classify.matcher import Hit, Matcher, RawScan, boundary_pattern, sentence_ends
from bot.classify.names import NameReader, with_persons
from bot.classify.nouns import BESIDE, PERSON_NOUNS
from bot.classify.numbers import Count, CountReader
from bot.classify.numerals import SPACELESS
from bot.classify.returned import name_by_return
from bot.classify.rules import analyse, decide, names_them
from bot.classify.sentences import OPENING_MARKS, Sentence, build_sentences, own_words_start
from bot.classify.statistics import StatisticReader
from bot.classify.traps import DEMOTING_ANYWHERE, DEMOTING_IN_LEAD, demotion
from bot.domain import Document, Facts, Tier, Verdict

TOPIC_CONCEPTS: Final = frozenset({"subject", "subject_one", "subject_weak"})
# What can make a sentence about the people more than a mention: a status word, a cue that
# cancels one, or repatriation as a topic.
EVENT_CONCEPTS: Final = frozenset({*STATUS_TRIGGERS, "repat_topic"})
PEOPLE: Final = TOPIC_CONCEPTS | {"subject_pron"}
IDENTITIES: Final = frozenset({"identity", "identity_near"})
# The words joining a figure to the North (the grammar's `origin.counted_before` and
# `counted_after`): terms of the first look alone, never hits the rules read.
FIGURE_BEFORE: Final = "origin_figure_before"
FIGURE_AFTER: Final = "origin_figure_after"
# The return words naming the North in themselves (the grammar's `sent_to.north`, 북송): terms
# of the first look alone.
SENT_NORTH: Final = "sent_north"
IGNORE: Final = Verdict(Tier.IGNORE, 0.0)
# North Korean refugees named, but nothing happens to them
NO_EVENT: Final = Verdict(Tier.IGNORE, 0.1)
# Bits of the raw-match marks (Matcher.marks), in this order.
MARK_GROUPS: Final = (
    TOPIC_CONCEPTS,
    EVENT_CONCEPTS,
    frozenset(DEMOTING_ANYWHERE),
    frozenset({*DEMOTING_IN_LEAD, "long_ago", "long_after"}),
    frozenset({"subject", "subject_one", "nk"}),
    # "they" ("arrested her") may go on about the people named the sentence before
    frozenset({"subject_pron", "object_pron"}),
    IDENTITIES,  # "All of them are defectors", "They are defectors": who those just counted were
    frozenset({"forced", "left_ship"}),  # a return against their will, a crew that left its ship
    frozenset({GROUP}),  # "a family of four": a group told again after a reaction (carry.py)
    frozenset({FIGURE_BEFORE}),  # "five from North Korea": a figure before names the people
    frozenset({FIGURE_AFTER}),  # 北朝鮮の5人: a figure after names the people
    frozenset({"repat", "facing"}),  # a return done or to come, which may name the North
    frozenset({"arrest", "apprehend", "detain", "custody"}),  # people held
    frozenset({SENT_NORTH}),  # 북송: a return word naming the North in itself
)
TOPIC: Final = 1 << 0
EVENT: Final = 1 << 1
DEMOTES_ANYWHERE: Final = 1 << 2
DEMOTES_IN_LEAD: Final = 1 << 3
NORTH_KOREAN: Final = 1 << 4
PRONOUN: Final = 1 << 5
IDENTITY: Final = 1 << 6
FORCED: Final = 1 << 7
GROUPED: Final = 1 << 8
COUNTED_BEFORE: Final = 1 << 9
COUNTED_AFTER: Final = 1 << 10
COUNTED: Final = COUNTED_BEFORE | COUNTED_AFTER
RETURNING: Final = 1 << 11
HELD: Final = 1 << 12
NORTH_WORD: Final = 1 << 13
# Characters between a return word and the North beside it in the raw check, a marker's (북한으로
# 송환, депортированы в КНДР), no figure ("repatriated 10 North Korean fishermen" names who, not
# where): the full reading says whether it is where the word sends the people.
NORTH_GAP: Final = 3
# The marks of a sentence that may join the people to an event in the raw check, or carry them
# or an event on to the next sentence.
JOINING: Final = TOPIC | EVENT | PRONOUN | IDENTITY
# The marks without which no sentence of a report joins the people to an event nor demotes it:
# its sentences need not be cut for the raw check.
SENTENCES_MATTER: Final = EVENT | DEMOTES_ANYWHERE | DEMOTES_IN_LEAD
# A crew ("North Korean fishermen") is also a voluntary-return trap: its people count only beside
# a forced return or a flight from its ship (traps.weak_subjects), so in a report with neither it
# is no topic.
CREW: Final = 1 << len(MARK_GROUPS)
CREW_GROUPS: Final = (frozenset({"subject_weak"}), frozenset({"trap_voluntary"}),
               frozenset({"subject", "subject_one"}))  # fmt: skip
CREW_ONLY: Final = 0b011  # weak and a voluntary-return trap, not a strong word for the people
TITLE: Final = -1  # the sentence number of the headline in the raw check
# The sets of languages whose grammar view is built with the classifier: those of at least this
# many lexicon patterns (the Chinese and Japanese one); others are built on first use.
SHARED_VIEW: Final = 10
ENGLISH: Final = "en"
# Past a short word before an opening figure, the marks that may follow it ("The eight,": a space).
FIGURE_SLACK: Final = 4
# A figure that names people by where they come from: at most three digits (not 2024), or a
# number word; the concepts of a noun right after one that counts something else.
FIGURE_DIGITS: Final = r"(?<![\d.,])\d{1,3}(?![\d.,])"
NOT_THEIR_FIGURE: Final = frozenset({*PERSON_NOUNS, "money", "scale", "units", "span"})


class Classifier:
    """Decides whether a report is an alert, and extracts its facts and reasons."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        folds = tuple(dict.fromkeys(f for g in lexicon.grammars for f in g.folds))
        splits = {g.language: g.reach_of("split") for g in lexicon.grammars if g.reach_of("split")}
        self._matcher = Matcher(lexicon.terms, folds=folds, splits=splits)
        counters = [n for n in lexicon.count_nouns if SPACELESS.match(n)]
        spaced = [n for n in lexicon.count_nouns if not SPACELESS.match(n)]
        self.grammar = Grammar(lexicon.grammars, lexicon.partitive_before, counters, spaced)
        # A language whose dates write the day as an ordinal ("3. November": a pattern with
        # `{day}\.`) ends no sentence at that period.
        ordinal_months = [
            month
            for g in lexicon.grammars
            if any("{day}\\." in p for p in g.dates.patterns)
            for month, _n in g.dates.months
        ]
        self._boundary = boundary_pattern(lexicon.abbreviations, ordinal_months, lexicon.quotes)
        self.readers = Readers(
            CountReader(lexicon, self.grammar),
            DateReader(lexicon.grammars),
            NameReader(lexicon.grammars),
            groups_in_subjects(lexicon.terms),
        )
        # The grammar views and date patterns most sentences ask for, compiled now: built on
        # first use, they cost the first reports classified a tenth of a second. Those of each
        # language, of each with English (quoted names, acronyms), of the languages many terms
        # are shared by (Chinese and Japanese), and of all.
        languages = sorted({g.language for g in lexicon.grammars})
        shared = [langs for langs, n in self._matcher.language_sets().items() if n >= SHARED_VIEW]
        for langs in (
            *(frozenset({lang}) for lang in languages),
            *(frozenset({ENGLISH, lang}) for lang in languages if ENGLISH in languages),
            *shared,
        ):
            self.grammar.view(langs)
            self.readers.dates.prepare(langs)
        self.readers.dates.prepare(self.grammar.all.langs)
        self._statistics = StatisticReader(self.readers.counts, self.readers.dates)
        self._kin = KinCounter(lexicon.grammars, self.readers.counts)
        # The first look at a report needs only the patterns the raw checks read: most reports
        # are turned away on those alone, and the full automaton reads the rest.
        counted = [
            Term(phrase, concept, source=g.source, lang=g.language)
            for g in lexicon.grammars
            for concept, phrases in (
                (FIGURE_BEFORE, g.origin.counted_before),
                (FIGURE_AFTER, g.origin.counted_after),
            )
            for phrase in phrases
        ]
        north_words = [
            Term(word, SENT_NORTH, source=g.source, lang=g.language)
            for g in lexicon.grammars
            for word in g.sent_to.north
        ]
        self._counted_langs = {t.text.lower(): t.lang for t in counted}
        self._screen = self._matcher.narrowed(
            frozenset().union(*MARK_GROUPS), [*counted, *north_words]
        )
        # A figure right before or after those words: digits, a number word or bare numerals
        # (五人), with a counter after the words (北朝鮮の5人), at most `reach.counted` white space
        # from them.
        reach = max((g.reach_of("counted") for g in lexicon.grammars), default=0)
        numerals = "".join(sorted({ch for ch, _value in self.grammar.bare_numerals}))
        figure = "|".join(
            [
                FIGURE_DIGITS,
                alternation(word for word, _value in lexicon.numbers),
                *([f"[{re.escape(numerals)}]+"] if numerals else []),
            ]
        )
        self._figure_before = re.compile(rf"(?:{figure})\s{{0,{reach}}}\Z")
        self._figure_reach = max((len(w) for w, _v in lexicon.numbers), default=3) + reach
        # After the words, the figure takes a counter of its language's that counts people alone.
        self._figure_after = {
            g.language: re.compile(
                rf"\s{{0,{reach}}}(?:{figure})\s*(?:{alternation(g.origin.counted_counters)})"
            )
            for g in lexicon.grammars
            if g.origin.counted_counters
        }
        # Number words, looked for only in a sentence with a status word right after one naming
        # the people: a figure opening it may name them again ("The eight were arrested").
        self._figures = self._matcher.narrowed(frozenset({"number"}))
        # The languages that drop their subject: a status word alone may tell what befell the
        # people named the sentence before (carry._dropped_subject).
        self._drops_subject = frozenset(
            g.language for g in lexicon.grammars if not g.follow_on.subject_kept
        )
        self._marks = [
            (mark & ~TOPIC) | CREW if kinds == CREW_ONLY else mark
            for mark, kinds in zip(
                self._screen.marks(MARK_GROUPS), self._screen.marks(CREW_GROUPS), strict=True
            )
        ]

    @classmethod
    def from_lexicons(cls, paths: Sequence[Path] | None = None) -> Classifier:
        """A classifier over the given lexicon files (default: the bundled ones)."""
        return cls(load_lexicon(paths))

    @property
    def counts(self) -> CountReader:
        """The head-count reader built from the same lexicons."""
        return self.readers.counts

    def scan(self, text: str) -> list[Hit]:
        """The lexicon terms found in `text` (for tools and tests)."""
        return self._matcher.scan(text)

    def classify(self, doc: Document, *, thorough: bool = False) -> Verdict:
        """The verdict on one report. `thorough` skips the shortcuts and reads every report in
        full, so an ignored report keeps its reasons (for --explain); the tier and facts are the
        same either way."""
        # Many feeds repeat the headline as the first line of the text: scan it once.
        repeated = bool(doc.title) and doc.text.startswith(doc.title)
        raw_title = self._screen.raw(doc.title) if doc.title and not repeated else None
        raw_text = self._screen.raw(doc.text)
        found = self._found(raw_text) | (self._found(raw_title) if raw_title is not None else 0)
        # People introduced by name and age count as named only in a report about North Korea;
        # a relative given an age only in one that tells of an event too.
        kin = bool(found & EVENT and found & TOPIC)
        persons = bool(found & NORTH_KOREAN) and self._introduces_someone(raw_title, raw_text, kin)
        crew_forced = found & CREW and found & FORCED  # rare: the full reading decides
        # People named only by a figure beside the North ("The five from North Korea"), in a
        # report with an event: rare, read in full.
        counted = bool(found & COUNTED and found & EVENT) and (
            self._counts_by_origin(raw_text)
            or (raw_title is not None and self._counts_by_origin(raw_title))
        )
        # People held abroad named only by their return to the North ("A family of four held
        # in Shenyang was sent back to North Korea"), in a report with no word for them: rare,
        # read in full (returned.py). A report with such a word names them by it, and keeps its
        # shortcuts.
        returned = bool(
            found & RETURNING
            and found & HELD
            and found & (NORTH_KOREAN | NORTH_WORD)
            and not found & TOPIC
        ) and (
            self._returns_north(raw_text)
            or (raw_title is not None and self._returns_north(raw_title))
        )
        read_in_full = thorough or persons or crew_forced or counted or returned
        if not read_in_full and not found & TOPIC:
            return IGNORE  # the common case
        title_end = len(doc.title) if repeated else 0
        text_ends: list[int] | None = None
        if not read_in_full:
            if found & SENTENCES_MATTER:
                text_ends = sentence_ends(doc.text, self._boundary)
                shortcut = self._raw_verdict(
                    raw_title,
                    raw_text,
                    text_ends,
                    title_end,
                    found,
                    doc.lang in self._drops_subject,
                )
            else:
                # No status word and nothing demoting: no sentence can join the people to an
                # event, and the sentence ends, which cost about as much as the raw scan, are
                # not needed to tell.
                shortcut = self._eventless_verdict(doc.title, found)
            if shortcut is not None:
                return shortcut
        if text_ends is None:
            text_ends = sentence_ends(doc.text, self._boundary)
        text_hits = self._read_hits(raw_text, persons, kin, counted)
        fields = [("text", doc.text, text_hits, text_ends)]
        if raw_title is not None:
            title_hits = self._read_hits(raw_title, persons, kin, counted)
            fields.insert(0, ("title", doc.title, title_hits, [len(doc.title)]))
        elif repeated:
            title_hits = [h for h in text_hits if h.end <= title_end]
            fields.insert(0, ("title", doc.title, title_hits, [title_end]))
        sentences = build_sentences(fields, self.grammar)
        if returned:
            name_by_return(sentences, self._figures_of)
        if not thorough and not _joins_people_and_event(sentences):
            # No sentence joins the people to an event. Only a doc-level trap (a memoir or
            # statistics headline, the Zainichi programme, an anniversary) can still make the
            # report related.
            if not names_them(sentences):
                return IGNORE
            if demotion(sentences) is None:
                return NO_EVENT
        if len(fields) > 1:
            # A headline of two sentences is read as one; where they part is kept for the
            # all-clear rules that tell a clause's time from another's. Only the full reading
            # has them, so the shortcut above does without.
            inner = tuple(sentence_ends(doc.title, self._boundary)[:-1])
            if inner:
                for sentence in sentences:
                    if sentence.field == "title":
                        sentence.parts = inner
        analysis = analyse(
            sentences,
            doc.date.year if doc.date else None,
            self._statistics,
            self._kin,
            self._figures_of,
        )
        extraction = extract(analysis, self.readers, doc.date)
        decision = decide(analysis, extraction.specifics)
        facts = extraction.facts if decision.tier is not Tier.IGNORE else Facts()
        reasons = build_reasons(analysis, decision, extraction.status_event)
        return Verdict(decision.tier, decision.score, facts, reasons)

    def _figures_of(self, sentence: Sentence) -> list[Count]:
        """The head counts a sentence gives, offsets in its own text."""
        words = [h.start - sentence.start for h in sentence.hits_of("number")]
        return self.readers.counts.read(sentence.text, words, (), sentence.grammar)

    def _found(self, raw: RawScan) -> int:
        """The marks of all raw matches of one scan, or-ed together. A plain loop: compiled, it
        costs a tenth of reduce(or_, map(...)), which calls back into Python for every match."""
        marks, found = self._marks, 0
        for index, _start, _end in raw.matches:
            found |= marks[index]
        return found

    def _read_hits(self, raw: RawScan, persons: bool, kin: bool, counted: bool) -> list[Hit]:
        hits = self._matcher.hits(self._matcher.rescan(raw))
        if persons:
            found = self.readers.names.person_hits(raw.text, hits, kin=kin, folded=raw.folded)
            hits = with_persons(hits, found)
        if counted:
            hits = self._with_counted(raw, hits)
        return hits

    def _returns_north(self, raw: RawScan) -> bool:
        """Whether a return word may send people to the North, for the raw check: one naming it
        (a `sent_to.north` word, or the North in its own words) or the North right beside it,
        at most NORTH_GAP characters and no figure apart (북한으로 송환, депортированы в КНДР)."""
        marks = self._marks
        returns: list[tuple[int, int]] = []
        norths: list[tuple[int, int]] = []
        for index, start, end in raw.matches:
            mark = marks[index]
            if mark & NORTH_WORD or (mark & RETURNING and mark & NORTH_KOREAN):
                return True
            if mark & RETURNING:
                returns.append((start, end))
            elif mark & NORTH_KOREAN:
                norths.append((start, end))
        folded = raw.folded
        return any(
            not any(ch.isdigit() for ch in folded[low:high])
            for r_start, r_end in returns
            for n_start, n_end in norths
            for low, high in ((r_end, n_start), (n_end, r_start))
            if 0 <= high - low <= NORTH_GAP
        )

    def _figure_beside(
        self, raw: RawScan, index: int, start: int, end: int
    ) -> tuple[int, int] | None:
        """The figure (start, end; with its counter) that stands right beside a raw match of
        words joining it to the North (`origin.counted_*`): before them ("five from North
        Korea") or after them (北朝鮮の5人); None when no figure stands there."""
        mark = self._marks[index]
        if not self._screen.bounded(raw, index, start, end):
            return None
        folded = raw.folded
        if mark & COUNTED_BEFORE:
            lo = max(0, start - self._figure_reach)
            before = self._figure_before.search(folded, lo, start)
            if before is not None:
                return before.start(), before.end()
        if mark & COUNTED_AFTER:
            pattern = self._figure_after.get(self._counted_langs.get(folded[start:end], ""))
            after = pattern.match(folded, end) if pattern is not None else None
            if after is not None:
                return after.start(), after.end()
        return None

    def _counts_by_origin(self, raw: RawScan) -> bool:
        """Whether a figure stands right beside words joining it to the North: the people
        named by it, for the raw check (only a report that has such words gets here)."""
        marks = self._marks
        return any(
            marks[index] & COUNTED and self._figure_beside(raw, index, start, end) is not None
            for index, start, end in raw.matches
        )

    @staticmethod
    def _counts_the_word_before(text: str, figure: int, hits: Sequence[Hit]) -> bool:
        """Whether a figure before the words joining it to the North counts the word before it:
        a noun for others right before it, or, in a script that writes no spaces between words,
        any word the lexicons do not know there (นักท่องเที่ยว 3 คนจากเกาหลีเหนือ: tourists),
        where a verb or a day they know may stand (ควบคุมตัว 5 คนจากเกาหลีเหนือ)."""
        if any(
            0 <= figure - h.end <= BESIDE and not h.concepts.isdisjoint(NOT_THEIR_FIGURE)
            for h in hits
        ):
            return True
        at = figure
        while at > 0 and figure - at < BESIDE and text[at - 1].isspace():
            at -= 1
        if at == 0 or SPACELESS.match(text[at - 1]) is None:
            return False
        return not any(h.end == at for h in hits)

    def _with_counted(self, raw: RawScan, hits: list[Hit]) -> list[Hit]:
        """`hits` with the words joining a figure right beside them to the North as a word for
        the people ("The five from North Korea", 来自朝鲜的5人): one hit naming them and the
        North, in place of the North's own hit inside. Only the figure right beside each; not one
        whose own noun follows it (来自朝鲜的5名工人, 北朝鮮の5人の選手), and not where a longer
        term already reads those words."""
        added: list[Hit] = []
        genitive = self.grammar.genitive
        for index, start, end in raw.matches:
            if not self._marks[index] & COUNTED:
                continue
            figure = self._figure_beside(raw, index, start, end)
            if figure is None:
                continue
            if figure[0] >= end and (
                raw.folded.startswith(genitive, figure[1])
                or any(
                    figure[1] <= h.start <= figure[1] + BESIDE
                    and not h.concepts.isdisjoint(NOT_THEIR_FIGURE)
                    for h in hits
                )
            ):
                continue  # the figure counts the noun after it
            if figure[1] <= start and self._counts_the_word_before(raw.text, figure[0], hits):
                continue
            if any(
                h.start < end and start < h.end and not (start <= h.start and h.end <= end)
                for h in hits
            ):
                continue
            surface = raw.text[start:end]
            lang = self._counted_langs.get(raw.folded[start:end], "")
            entries = (
                Term(surface, "subject", source="origin.counted", lang=lang),
                Term(surface, "nk", source="origin.counted", lang=lang),
            )
            added.append(Hit(start, end, surface, entries, frozenset({"subject", "nk"})))
        if not added:
            return hits
        kept = [h for h in hits if not any(a.start <= h.start and h.end <= a.end for a in added)]
        return sorted([*kept, *{(a.start, a.end): a for a in added}.values()])

    def _introduces_someone(self, raw_title: RawScan | None, raw_text: RawScan, kin: bool) -> bool:
        person_hits = self.readers.names.person_hits
        # Without a separate title (none, or the text's first line), the text holds it.
        title = raw_title is not None and bool(
            person_hits(raw_title.text, (), kin=kin, folded=raw_title.folded)
        )
        return title or bool(person_hits(raw_text.text, (), kin=kin, folded=raw_text.folded))

    def _mark(self, raw: RawScan, index: int, start: int, end: int) -> int:
        mark = self._marks[index]
        if mark & PRONOUN and not self._screen.bounded(raw, index, start, end):
            mark &= ~PRONOUN  # "them" inside "theme"
        return mark

    def _raw_verdict(
        self,
        raw_title: RawScan | None,
        raw_text: RawScan,
        text_ends: list[int],
        title_end: int,
        found: int,
        drops_subject: bool = False,
    ) -> Verdict | None:
        """IGNORE or NO_EVENT when no sentence can name the people together with an event and no
        demoting term stands where it could demote, judged on raw matches; None when the report
        needs a full reading. `title_end` > 0 when the headline is the start of the text; `found`
        is the marks of all the report's raw matches."""
        title = raw_title.text if raw_title is not None else raw_text.text[:title_end]
        seen: dict[int, int] = {}  # sentence number -> marks of the raw matches in it
        if raw_title is not None:
            for index, start, end in raw_title.matches:
                mark = self._mark(raw_title, index, start, end)
                if mark:
                    seen[TITLE] = seen.get(TITLE, 0) | mark
            if seen.get(TITLE, 0) & (DEMOTES_ANYWHERE | DEMOTES_IN_LEAD):
                return None
        marks, bounded = self._marks, self._screen.bounded
        for index, start, end in raw_text.matches:
            mark = marks[index]  # self._mark, inlined: this loop runs for every raw match
            if not mark:
                continue
            if mark & PRONOUN and not bounded(raw_text, index, start, end):
                mark &= ~PRONOUN
            number = bisect_right(text_ends, start)
            in_title = end <= title_end
            if mark & DEMOTES_ANYWHERE or (mark & DEMOTES_IN_LEAD and (number == 0 or in_title)):
                return None
            marked = seen[number] = seen.get(number, 0) | mark
            if marked & TOPIC and marked & EVENT:
                return None  # one sentence joins them: the rest of the matches cannot matter
            if in_title:
                seen[TITLE] = seen.get(TITLE, 0) | mark

        def has_figure(number: int) -> bool:
            """A number word where carry.opening_figure looks for one, or digits with their
            counter (2명은, carry.opening_count): past the opening marks, a source the sentence
            opens on ("According to X,") and at most one short word; or a figure with its
            counter anywhere that the sentence before gives too, which may name the people again
            where the subject is dropped (carry.may_count_them_again)."""
            folded, end = raw_text.folded, text_ends[number]
            start = text_ends[number - 1] if number > 0 else 0
            if number == 0:
                before = title
            else:
                before = raw_text.text[text_ends[number - 2] if number > 1 else 0 : start]
            told = counted_figures(before) | part_totals(before, self.grammar.figure_counter)
            if not counted_figures(raw_text.text, start, end).isdisjoint(told):
                return True
            while start < end and folded[start] in OPENING_MARKS:
                start += 1
            start = own_words_start(self.grammar.all, raw_text.text, start, end)
            while start < end and folded[start] in OPENING_MARKS:
                start += 1
            # an approximation word, however long, may stand before it ("khoảng 60 người")
            lead = self.grammar.all.figure_lead.match(folded, start, end)
            reach = min(end, (start if lead is None else lead.end()) + OPENING_WORD + FIGURE_SLACK)
            if self._figures.starts_within(folded, start, reach):
                return True
            # A figure in digits with its counter (2명은, 2人は): carry.opening_count.
            counter = self.grammar.figure_counter
            return counter is not None and counter.search(raw_text.text, start, reach) is not None

        def counts_some(number: int) -> bool:
            """Whether a sentence (or the headline) has a figure anywhere: a number word, digits
            or numerals."""
            if number != TITLE:
                raw, start, end = (
                    raw_text,
                    text_ends[number - 1] if number > 0 else 0,
                    text_ends[number],
                )
            elif raw_title is not None:
                raw, start, end = raw_title, 0, len(raw_title.text)
            else:
                raw, start, end = raw_text, 0, title_end
            return (
                self._figures.starts_within(raw.folded, start, end)
                or self.readers.counts.numeral_chars.search(raw.text, start, end) is not None
            )

        if _some_sentence_joins_people_and_event(seen, has_figure, counts_some, drops_subject):
            return None
        return self._eventless_verdict(title, found)

    def _eventless_verdict(self, title: str, found: int) -> Verdict | None:
        """The verdict on a report no sentence of which joins the people to an event, nothing
        demoting where it could demote; None when its headline may still demote it."""
        # A headline counting years since its event demotes (traps.demotion): checked last, as
        # most reports that get this far are read in full anyway.
        if self.grammar.anniversary.search(title):
            return None
        # Only a weak word ("defectors") with nothing North Korean in the report: off-topic.
        return NO_EVENT if found & NORTH_KOREAN else IGNORE


def _some_sentence_joins_people_and_event(
    seen: dict[int, int],
    has_figure: Callable[[int], bool],
    counts_some: Callable[[int], bool] = lambda _number: False,
    drops_subject: bool = False,
) -> bool:
    """On raw marks per sentence: the people named (or "they" right after a sentence that names
    or carries them, as carry.carry_subjects reads it) together with an event; or an event in
    a sentence with a number word (`has_figure`, by sentence number) right after one naming them
    (a figure naming them again, as carry.carry_subjects reads it); or an event followed by a
    sentence that says who those counted in it were, by an identity word or a figure opening it
    (rules._identified_after); or an event in a
    sentence with a group word and a figure (`counts_some`) after one naming them (a group told
    again by the figure it was counted by, as carry.named_again_by_group reads it, or a new
    group after background naming them, as carry.new_group_after_them does);
    or, in a language that drops its subject (`drops_subject`), an event right after a sentence
    naming them with none (what befell them, as carry._dropped_subject reads it).
    """
    named: list[int] = []  # the sentences naming them so far
    people_before = False
    event_before = 0
    previous = None
    for number in sorted(seen):
        found = seen[number]
        if not found & JOINING:  # most sentences: only North Korea, a group or a demoting word
            people_before, event_before, previous = False, 0, number
            continue
        follows = previous is not None and (number == previous + 1 or previous == TITLE)
        people = bool(found & TOPIC) or bool(found & PRONOUN and follows and people_before)
        if people and found & EVENT:
            return True
        if found & EVENT and follows and people_before and has_figure(number):
            return True  # maybe a figure naming them again ("The eight were arrested")
        if drops_subject and found & EVENT and follows and people_before and not event_before:
            return True  # maybe what befell them, the subject dropped ("지난주 붙잡혔다")
        if found & IDENTITY and event_before and follows and found & TOPIC:
            return True
        if found & TOPIC and event_before and follows and has_figure(number):
            return True  # maybe a figure saying who they were ("The four are defectors")
        grouped = found & EVENT and found & GROUPED
        if grouped and counts_some(number) and named:
            # maybe a group told again after a reaction ("a family of four"), or a new group
            # after background naming them (carry.new_group_after_them)
            return True
        people_before, event_before, previous = people, found & EVENT, number
        if found & TOPIC:
            named.append(number)
    return False


def _joins_people_and_event(sentences: Sequence[Sentence]) -> bool:
    """Whether a sentence joins the people to an event, or says right after an event who its
    people were ("... arrested seven people. All of them are defectors.")."""
    if any(_eventful(s.concepts) for s in sentences):
        return True
    before: Sentence | None = None
    named = False  # whether a sentence before names the people
    for sentence in sentences:
        if _joins_after(sentence, before, named):
            return True
        named = named or _meets(sentence.concepts, TOPIC_CONCEPTS)
        before = sentence
    return False


def _joins_after(sentence: Sentence, before: Sentence | None, named: bool) -> bool:
    """Whether a sentence that names no one together with an event still tells of the people:
    by what it says right after the sentence `before` it (the one before it in the report, or
    None), or, when one before it `named` them, by a group told again. One pass over the
    sentences asks each once, the cheap tests on concepts first."""
    # A group told again after a reaction ("a family of four was taken away": carry.py).
    if named and retells_a_group(sentence):
        return True
    if before is None or before.order != sentence.order - 1:
        return False
    concepts, earlier = sentence.concepts, before.concepts
    # A figure naming them again ("The eight were arrested", 2명은), as carry.carry_subjects
    # reads it.
    if (
        _meets(concepts, EVENT_CONCEPTS)
        and _meets(earlier, PEOPLE)
        and ("number" in concepts or opening_count(sentence))
    ):
        return True
    # Who the people counted in an event were, by an identity word or a figure opening the
    # sentence ("The four are North Korean defectors": carry.py).
    if (
        _meets(earlier, EVENT_CONCEPTS)
        and _meets(concepts, TOPIC_CONCEPTS)
        and (_meets(concepts, IDENTITIES) or figure_identity(sentence))
    ):
        return True
    return (
        # One person taken up as the object ("Police arrested her": carry._their_object).
        may_take_them_up(sentence, before)
        # What befell them, the subject dropped ("지난주 공안에 붙잡혔다": carry._dropped_subject).
        or may_drop_them(sentence, before)
        # What befell a relative of theirs ("According to her, her daughter was arrested":
        # carry._their_relative).
        or may_name_a_relative(sentence, before)
        # Their figure with its counter anywhere, where the subject is dropped
        # ("入管は6人を収容した").
        or may_count_them_again(sentence, before)
    )


def _meets(concepts: frozenset[str], wanted: frozenset[str]) -> bool:
    return not concepts.isdisjoint(wanted)


def _eventful(concepts: frozenset[str]) -> bool:
    """Whether one sentence names the people (or says "they") and something that happens to
    them (or could)."""
    return not concepts.isdisjoint(PEOPLE) and not concepts.isdisjoint(EVENT_CONCEPTS)
