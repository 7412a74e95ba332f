"""Names: the people of an incident when the report names them.

Conservative on purpose, since a wrong name costs more than a missing one (the case linker weighs
names): a romanised Korean name right beside the words for the person ("North Korean defector Choe
Myong-bok", "a North Korean woman, Kim Ji-hye,") or given an age ("Ri Sun-hui, 41,"); a Korean
name with 씨 ("최명복(34) 씨", not an anonymised 김모 씨); a Japanese katakana name with さん or 氏.
Only the sentences that carry the incident are read, so officials quoted elsewhere are not taken.

`person_hits` also finds people a report introduces by name and age beside words about North Korea
("Pak Chol-min, 41, fled a North Korean logging camp"), and their surname alone later on ("Pak was
stopped"): the rules then read them as one North Korean each. Where a language tells the age
before the name, before it or before the surname later on counts too ("гражданина КНДР Пак Ён
Су ... 29-летнего Пака"), and the surname may take the case endings its language gives it
(Пака, Паку). A relative given an age the same
way ("Her daughter, 24, was caught", 息子（17）が) is one too, but no name: found from the age,
which is rare, and the relative right before it. A person anonymised by surname and age
(김모(45)씨) is found the same way and counted, but never given as a name.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from typing import Final

import ahocorasick_rs

from bot.classify.checks import fill
from bot.classify.grammar import LanguageGrammar
from bot.classify.language import alternation, trie
from bot.classify.lexicon import Term
from bot.classify.matcher import Hit
from bot.classify.sentences import Sentence
from bot.classify.starts import Skipping, required_literal

MAX_NAMES: Final = 3
# Someone the report introduces by name and age ("Pak Chol-min, 41,"): in a report about North
# Korea, one of the people it is about.
PERSON_REACH: Final = 160  # characters between such a name and a word about North Korea
_PERSON: Final = frozenset({"subject_one"})
_NUMBER: Final = frozenset({"number"})
KIN: Final = "kin"  # the source of a relative's person hit
KIN_REACH: Final = 24  # characters a relative's words may take before their age


class NameReader:
    """Reads names with the `names` headings of every language (built once)."""

    def __init__(self, grammars: Sequence[LanguageGrammar]) -> None:
        romanised: list[tuple[str, str]] = []  # a name's pattern and its surname's endings
        marked: list[str] = []
        introducers: list[str] = []
        ages: list[str] = []
        roles: list[str] = []
        kin_ages: list[str] = []
        kin: list[str] = []
        kin_aged: list[str] = []
        before: list[str] = []
        folds = [letter for g in grammars for letter, _read_as in g.folds]
        self._anonymised = tuple(w for g in grammars for w in g.names.anonymised)
        for g in grammars:
            fills = {"surname": trie(g.names.surnames)}
            endings = "|".join(map(re.escape, g.names.surname_endings))
            endings = f"(?:{endings})?" if endings else ""
            romanised += [(fill(p, fills), endings) for p in g.names.patterns]
            before += g.names.ages_before
            marked += [fill(p, fills) for p in g.names.marked]
            introducers += g.names.introducers
            ages += g.names.ages
            roles += g.names.roles
            kin_ages += g.names.kin_ages
            kin += g.names.kin
            kin_aged += g.names.kin_aged
        self._romanised = [Skipping(re.compile(p)) for p, _endings in romanised]
        self._endings = [endings for _p, endings in romanised]  # each pattern's surname endings
        self._marked = [Skipping(re.compile(p)) for p in marked]
        self._before_name = re.compile(
            rf"^[\s,]*(?:(?:{alternation(introducers)})\s+)?$", re.IGNORECASE
        )
        self._ages = [re.compile(p) for p in ages]
        self._age_or_role = [re.compile(p, re.IGNORECASE) for p in (*ages, *roles)]
        # The same ages searched for anywhere (the first look at a whole report), without their
        # leading white space: a pattern that starts on a literal character is far faster to
        # search for; and only in a text holding the literal each needs.
        ages_anywhere = [
            (required_literal(p), p) for p in (re.compile(_without_leading_space(a)) for a in ages)
        ]
        # An age told before the name or a later mention of its surname ("29-летнего Пака"),
        # searched for the same way: it ends where the name starts.
        ages_before = [(required_literal(p), p) for p in map(re.compile, before)]
        # Both by literal: a report holds one or two of them, so only those are looked up.
        self._ages_anywhere = _by_literal(ages_anywhere)
        self._ages_before = _by_literal(ages_before)
        # A relative is looked for backwards from an age that may follow one: the ages searched
        # for over the report, each alone (one pattern opening on a literal is searched for many
        # times faster than an alternation), and the relative's words only just before each age.
        # An age a name takes too is looked for only where the names' search found one.
        # The others are searched for only where the literal they need stands ("（", "tuổi"):
        # a plain substring test costs a fraction of a regex search.
        anywhere = {p.pattern for _literal, p in ages_anywhere}
        ages_of_kin = [re.compile(p) for p in dict.fromkeys(kin_ages)] if kin else []
        self._kin_ages_shared = [p for p in ages_of_kin if p.pattern in anywhere]
        self._kin_ages_own = [
            (required_literal(p), p) for p in ages_of_kin if p.pattern not in anywhere
        ]
        # A relative told after the age (19歳の娘), searched for whole where its literal stands.
        self._kin_aged = [
            (required_literal(p), p) for p in (re.compile(a) for a in dict.fromkeys(kin_aged))
        ]
        self._kin = re.compile(rf"(?:{'|'.join(f'(?:{p})' for p in kin)})\s*\Z", re.IGNORECASE)
        self._kin_anywhere = re.compile("|".join(f"(?:{p})" for p in kin), re.IGNORECASE)
        self._literals = _Literals(
            (
                lit
                for lit, _p in (
                    *ages_anywhere,
                    *ages_before,
                    *self._kin_ages_own,
                    *self._kin_aged,
                )
            ),
            folds,
        )

    def read_names(self, sentences: Sequence[Sentence]) -> tuple[str, ...]:
        """Distinct names of the incident's people, in reading order (at most MAX_NAMES)."""
        names: dict[str, None] = {}
        for sentence in sentences:
            persons = [
                e.text
                for h in sentence.hits_of("subject_one")
                if is_named_person(h)
                for e in h.entries
            ]
            for name in (*self._beside(sentence), *self._marked_names(sentence), *persons):
                if not self._is_anonymised(name):  # 김모: one person, but no name to link by
                    names.setdefault(name, None)
        return tuple(names)[:MAX_NAMES]

    def _beside(self, sentence: Sentence) -> list[str]:
        """Names beside the words for the person, or followed by an age or a role."""
        text, base = sentence.text, sentence.start
        subjects = sentence.hits_of("subject", "subject_one", "subject_weak")
        found = []
        for pattern in self._romanised:
            for m in pattern.finditer(text):
                follows_subject = any(
                    # only commas, spaces and an introducer ("identified as") between
                    h.end - base <= m.start()
                    and self._before_name.match(text[h.end - base : m.start()])
                    for h in subjects
                )
                if follows_subject or any(p.match(text, m.end()) for p in self._age_or_role):
                    found.append(m.group(0))
        return found

    def _marked_names(self, sentence: Sentence) -> list[str]:
        return [m.group("name") for p in self._marked for m in p.finditer(sentence.text)]

    def _is_anonymised(self, name: str) -> bool:
        return any(name.endswith(a) for a in self._anonymised)

    def person_hits(
        self, text: str, hits: Sequence[Hit], *, kin: bool = True, folded: str | None = None
    ) -> list[Hit]:
        """Hits for people introduced by name and age ("Pak Chol-min, 41,"; an age before the
        name or its surname later on: "29-летнего Пака") next to words about North Korea, and
        for their surname alone later on ("Pak was stopped", "Пака"), where no lexicon
        hit stands; with `kin`, relatives given an age too. Each stands for one North Korean
        (`subject_one`). Without `hits`, every candidate is returned (a cheap first look).
        `folded`: the text as the matcher folds it, if at hand, where the literals are looked
        for (`_Literals.folded_holds`): its UTF-8 form, which their scan reads, is made already."""
        literals = self._literals
        held = literals.held(folded if folded is not None and literals.folded_holds else text)
        anywhere, before = self._ages_anywhere, self._ages_before
        aged = any(p.search(text) for lit in held for p in anywhere.get(lit, ()))
        aged_before = {
            m.end() for lit in held for p in before.get(lit, ()) for m in p.finditer(text)
        }
        relatives = self._relatives(text, hits, aged, held) if kin else []
        if not aged and not aged_before:
            return relatives
        north = _north_starts(hits)
        found: list[Hit] = []
        for pattern, endings in zip(self._romanised, self._endings, strict=True):
            for m in pattern.finditer(text):
                # An age after the name, or one before it or a later mention of its surname
                after = any(p.match(text, m.end()) for p in self._ages)
                if not after and not aged_before:
                    continue
                if hits and not any(abs(start - m.start()) <= PERSON_REACH for start in north):
                    continue
                mentions = _mentions(text, m, endings)
                if not after and not any(at.start() in aged_before for at in (m, *mentions)):
                    continue
                person = (Term(m.group(0), "subject_one", source="names"),)
                found.append(Hit(m.start(), m.end(), m.group(0), person, _PERSON))
                for later in mentions:
                    found.append(Hit(later.start(), later.end(), later.group(0), person, _PERSON))
        # A number word inside the name (한모: 한 is also "one") does not take its place.
        taken = [(h.start, h.end) for h in hits if h.concepts != _NUMBER]
        named = [
            h for h in found if not any(h.start < end and start < h.end for start, end in taken)
        ]
        return named + relatives

    def _relatives(
        self, text: str, hits: Sequence[Hit], aged: bool, held: Collection[str]
    ) -> list[Hit]:
        """A relative given an age ("Her daughter, 24,", 아내(40)와, 19歳の娘), near words about
        North Korea when `hits` are read: one person, whom no name links (`aged`: the names' search
        found an age; `held`: the literals the text holds). The kin word's own hits ("daughter": a
        group) go on within it; a lexicon hit reaching out of it keeps its reading."""
        ages = [m for lit, p in self._kin_ages_own if lit in held for m in p.finditer(text)]
        if aged:
            ages += [m for p in self._kin_ages_shared for m in p.finditer(text)]
        # One after another relative ("his sister and her 10-year-old son") is left to the
        # count of the relatives joined (bot/classify/kin.py): alone, it would be all the people.
        spans = [
            (m.start(), m.end())
            for lit, p in self._kin_aged
            if lit in held
            for m in p.finditer(text)
            if not self._kin_anywhere.search(text, max(0, m.start() - KIN_REACH), m.start())
        ]
        for age in ages:
            relative = self._kin.search(text, max(0, age.start() - KIN_REACH), age.start())
            if relative is not None:
                spans.append((relative.start(), age.end()))
        if not spans:
            return []
        north = _north_starts(hits)
        found = []
        for start, end in spans:
            if hits and not any(abs(at - start) <= PERSON_REACH for at in north):
                continue
            inner = [h for h in hits if start <= h.start and h.end <= end]
            if any(h.start < end and start < h.end for h in hits if h not in inner):
                continue
            entries = (
                Term(text[start:end], "subject_one", source=KIN),
                *(e for h in inner for e in h.entries),
            )
            concepts = _PERSON.union(*(h.concepts for h in inner))
            found.append(Hit(start, end, text[start:end], entries, concepts))
        return found


class _Literals:
    """The literals the age patterns need, and which of them a text holds. A substring test of
    each (26, over every report) cost more than the searches they spare: one Aho-Corasick pass
    finds the longer ones together, and a single character is found by a substring test.

    The pass is a leftmost-longest one, five times cheaper than one reporting every overlapping
    match: a literal inside one it reports ("tuổi" in "tuổi)") is held too, and one that would
    start inside a literal and go on past its end is missed, so then every match is reported."""

    def __init__(self, literals: Iterable[str], folds: Iterable[str] = ()) -> None:
        distinct = list(dict.fromkeys(literals))
        letters = tuple(folds)
        # Whether a text folded (lower-cased, the letters of `folds` read as others) holds
        # every literal the text holds: when each is in lower case and has none of those
        # letters. The folded text may hold one more ("ГОД" read as "год"): that only adds a
        # search which finds nothing, as every match of a pattern holds its literal.
        self.folded_holds = all(
            lit == lit.lower() and not any(letter in lit for letter in letters) for lit in distinct
        )
        self._always = frozenset(lit for lit in distinct if not lit)  # none: always searched
        self._chars = [lit for lit in distinct if len(lit) == 1]
        longer = [lit for lit in distinct if len(lit) > 1]
        # Each longer literal with those inside it, which a match of it holds.
        self._inside = {lit: [x for x in longer if x in lit] for lit in longer}
        self._overlapping = any(a != b and _runs_on(a, b) for a in longer for b in longer)
        kind = ahocorasick_rs.MatchKind
        matchkind = kind.Standard if self._overlapping else kind.LeftmostLongest
        self._scan = ahocorasick_rs.AhoCorasick(longer, matchkind) if longer else None

    def held(self, text: str) -> set[str]:
        """The literals `text` holds ("" always)."""
        found: set[str] = set(self._always)
        found.update(filter(text.__contains__, self._chars))
        if self._scan is not None:
            for lit in self._scan.find_matches_as_strings(text, self._overlapping):
                found.update(self._inside[lit])
        return found


def _by_literal(
    patterns: Iterable[tuple[str, re.Pattern[str]]],
) -> dict[str, tuple[re.Pattern[str], ...]]:
    """The patterns under the literal each needs, in their order."""
    grouped: dict[str, tuple[re.Pattern[str], ...]] = {}
    for literal, pattern in patterns:
        grouped[literal] = (*grouped.get(literal, ()), pattern)
    return grouped


def _runs_on(first: str, second: str) -> bool:
    """Whether `second` may start inside `first` and end after it: an end of one is the
    other's start ("ab", "bc")."""
    return any(first.endswith(second[:k]) for k in range(1, min(len(first), len(second))))


def _north_starts(hits: Sequence[Hit]) -> list[int]:
    """Where the words about North Korea and its people start, which a person found stands near."""
    return [h.start for h in hits if h.has("nk") or h.has("subject") or h.has("subject_one")]


def with_persons(hits: Sequence[Hit], persons: Sequence[Hit]) -> list[Hit]:
    """`hits` and the person hits, in order, each person once, without the number words
    inside a person's name (한모(35)씨 counts no one as 한, "one")."""
    if not persons:
        return list(hits)
    kept = [
        h
        for h in hits
        if not any(
            p.start <= h.start and h.end <= p.end and (h.concepts == _NUMBER or _is_kin(p))
            for p in persons
        )
    ]
    return sorted([*kept, *{(p.start, p.end): p for p in persons}.values()])


def _without_leading_space(pattern: str) -> str:
    for space in (r"\s*", r"\s+", r"\s"):
        if pattern.startswith(space):
            return pattern[len(space) :]
    return pattern


def _mentions(text: str, name: re.Match[str], endings: str) -> list[re.Match[str]]:
    """The name's surname alone later on ("Pak was stopped"), in any of its case `endings`
    ("29-летнего Пака")."""
    surname = re.compile(rf"(?<!\w){re.escape(name.group(0).split()[0])}{endings}(?!\w)")
    return [
        later
        for later in surname.finditer(text, name.end())
        if not _starts_another_name(text, later.end())
    ]


def _starts_another_name(text: str, end: int) -> bool:
    """ "Pak Chol" rather than "Pak" alone: a capitalised word follows the surname."""
    return text[end : end + 1] in (" ", "-") and text[end + 1 : end + 2].isupper()


def is_named_person(hit: Hit) -> bool:
    return all(e.source == "names" for e in hit.entries)


def is_introduced_person(hit: Hit) -> bool:
    """A person found by name or kinship and age, which alone does not say they are North
    Korean ("Kim Ji-hoon, 45, a South Korean missionary", "her brother, 46, a pastor")."""
    return is_named_person(hit) or _is_kin(hit)


def _is_kin(hit: Hit) -> bool:
    return any(e.source == KIN for e in hit.entries)
