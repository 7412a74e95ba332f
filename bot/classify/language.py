"""The grammar headings of the language files, compiled for the rules to ask about the words
around a hit: does a clause end here, is this place where people went or where they came from,
is this nationality an authority acting, what numerals and years are.

`Grammar` holds every language; `Grammar.view(langs)` merges the languages a sentence is written
in (the languages of most of its lexicon hits) into one `GrammarView` of compiled patterns, built
once per set of languages and cached, so a Spanish "a" ("deportados a China") never reads as an
English article and a Russian "в" never reaches an English sentence. Hits carry their own
languages too (`Grammar.of_hit`): how far a cue reaches depends on the language of the status
word it governs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from re import Pattern
from typing import Any, Final

from bot.classify.grammar import REACH_DEFAULTS, LanguageGrammar
from bot.classify.matcher import Hit
from bot.classify.starts import Skipping, opened
from bot.scripts import is_word_char


def alternation(words: Iterable[str], *, attached: bool = False) -> str:
    """A regex alternation of words, longest first: whole words where the word starts or ends in
    a spaced script (a trailing `*` lets it run on), anywhere in Chinese, Japanese, Korean and
    Thai; a space matches any run of white space. Words sharing their boundaries are grouped
    under one pair of boundary checks, and each group opens on a class of its first characters,
    which lets the regex engine skip ahead (eight times faster than checks around each word).
    `attached`: the words are particles written onto the word before them (Korean 을 향해 right
    after 몽골), so a space inside one does not make it start a word."""
    groups: dict[tuple[str, str], list[str]] = {}
    for word in sorted({w.lower() for w in words}, key=len, reverse=True):
        wild = word.endswith("*") and len(word) > 1
        core = word.rstrip("*").strip() if wild else word
        # A word written with a space is of a spaced script, where it starts a word: Korean
        # "이 중" (among these) is not the particle and the noun of 2명이 중국. One that opens on
        # a mark (Vietnamese ", gồm", English "'s embassy") follows a word's last letter.
        spaced = " " in core and core[0].isalnum() and not attached
        before = r"(?<!\w)" if is_word_char(core[0]) or spaced else ""
        after = r"\w*" if wild else (r"(?!\w)" if is_word_char(core[-1]) else "")
        groups.setdefault((before, after), []).append(core)
    parts = []
    for (before, after), cores in groups.items():
        firsts = "".join(sorted({re.escape(c[0]) for c in cores}))
        parts.append(f"(?=[{firsts}]){before}(?:{trie(cores)}){after}")
    return "|".join(parts) or "(?!)"


def trie(words: Iterable[str]) -> str:
    """A regex matching any of `words` (as written; a space matches any white space), built as
    a trie: "a(?:bout|round)" rather than "about|around", which the regex engine tries one
    character at a time instead of one word at a time. Longer words win, as in an alternation
    sorted longest first."""
    root: dict[str, Any] = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branch(root) or "(?!)"


def _branch(node: dict[str, Any]) -> str:
    arms = [
        (r"\s+" if ch == " " else re.escape(ch)) + _branch(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not arms:
        return ""
    body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
    return f"(?:{body})?" if "" in node else body


def _compile(pattern: str, flags: int = 0) -> Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | flags)


NEVER: Final = _compile("(?!)")
ESCAPE_REACH: Final = 40  # characters before a year where "who fled North Korea in" may stand
# characters before a status word searched for a `sequence.before` word ("after being held")
EARLIER_REACH: Final = 40
# Characters a relative clause reaches: from its word (`relative`) back to the noun it follows
# ("a guide who") and on to the words of its clause ("who was released", "who sheltered them");
# a clause set before its noun spans as many ("另一批[5月被抓的]脱北者").
RELATIVE_REACH: Final = 24
# the one short word that may stand between two linked words ("a", "der")
ARTICLE_LENGTH: Final = 4
# characters around a date looked at for a word of speaking (ends a ja sentence)
SPOKEN_REACH: Final = 80
BUDDHIST_ERA: Final = 543  # years the Buddhist era runs ahead of the common era


def either(patterns: list[str], form: str) -> Pattern[str]:
    """The patterns as one alternation set in `form` ({} stands for it); NEVER for none."""
    if not patterns:
        return NEVER
    return _compile(form.format("|".join(f"(?:{p})" for p in patterns)))


@dataclass(frozen=True, slots=True)
class GrammarView:
    """The compiled grammar of one set of languages."""

    langs: frozenset[str]
    clause_break: Pattern[str]
    aside: Pattern[str] | None  # matched right after a clause break: "как сообщили"
    source_opener: Pattern[str]  # matched where a sentence opens: "According to", "Theo"
    coordinator: Pattern[str]
    cue_before: int
    likely_before: int  # how far a `likely` cue governs before (`cue_before` at least)
    cue_after: int
    scope_before: int
    scope_after: int
    scope_final: int  # characters a wish ending its sentence governs before it, in its clause
    origin_reach: int
    agent_reach: int  # characters from a passive marker to its noun, the agent between
    participle_reach: int  # characters from the people's word to a participle of their event
    adnominal_reach: int  # characters from a status word to the people's word it describes
    previously_reach: int  # characters from a `previously` word to the all-clear it dates
    helper_reach: int  # characters from a helper's word to an event that is the helper's
    toward_before: Pattern[str]  # searched in the few characters before a place
    toward_after: Pattern[str]  # matched right after a place
    toward_ending: Pattern[str]  # the same, ending a place term written with it (タイへ)
    toward_window: int
    sent_to_before: frozenset[str]  # the `handover` markers among them
    sent_to_after: frozenset[str]
    sent_to_handover: tuple[str, ...]  # each with a space before it, to end the words between
    sent_to_bare: bool  # a place right after the return word, no marker between, is where to
    sent_to_partner: tuple[str, ...]  # opening a partner named before the return word
    sent_to_north: tuple[str, ...]  # return words naming the North in themselves: 북송
    earlier_after: Pattern[str]  # matched right after a release word: 获释后, 釈放された後
    earlier_before: Pattern[str]  # searched in the words before it: "after being released"
    earlier_marker: Pattern[str]  # the `sequence.before` words alone: "after", после, sau khi
    # a `sequence.after` word ending the text searched: 送還された後[ ]北朝鮮の女性が
    earlier_closer: Pattern[str]
    when_closer: Pattern[str] | None  # the `when.after` words: 准备上车[时]被带走
    when_opener: Pattern[str]  # a `when.before` word right after a cue: 将[在]刑满时被遣返
    reacted: Pattern[str]  # matched right after a status word: 북송한 데 대해, 送還したことに
    origin_before: Pattern[str]
    origin_after: Pattern[str]
    movement_before: Pattern[str]
    movement_after: Pattern[str] | None
    authority_after: Pattern[str]
    authority_before: Pattern[str]
    authority_words: tuple[str, ...]
    border_after: Pattern[str]
    border_before: Pattern[str]
    speaker_after: Pattern[str]
    speaker_before: Pattern[str]
    relative: Pattern[str]  # a word opening a relative clause: "who", "который"
    subject_relative: Pattern[str]  # a relative word that is its clause's subject: "qui"
    kin: Pattern[str]  # a relative (`names.kin`): "his sister", 여동생, 妹妹
    age_after: Pattern[str]  # an age right after a person (`names.kin_ages`): ", 45,", （27）
    possessive_form: Pattern[str]  # matched whole on a pronoun: "их", "their"
    possessor_before: Pattern[str]  # searched right before a pronoun: "của"
    object_after: Pattern[str]  # matched on the word after a possessive form: "поместили"
    # Every language of the view keeps its subject: a sentence naming no one is then about the
    # people only when it takes them up again (`refer_back`: "both", "those detained").
    keeps_subject: bool
    refer_back: Pattern[str]
    refer_back_after: Pattern[str]  # only after the status word: "Police released her"
    source_line: Pattern[str]  # a sentence of places only that names the report's source
    span_before: Pattern[str]  # searched in the word before a figure: "через"
    span_after: Pattern[str]  # matched right after a figure: "days", "ngày"
    denials: tuple[Pattern[str], ...]
    asked_after: tuple[Pattern[str], ...]  # matched right after a return verb: asked about it
    asked_before: tuple[Pattern[str], ...]  # ending right before a return verb: asked about it
    noun_verbs: bool
    count_ahead: Pattern[str]
    # an `approx` or `lower_bound` word, and the space after it, matched where a figure opening
    # a sentence may stand ("khoảng 60 người", "примерно 60 человек")
    figure_lead: Pattern[str]
    passive_before: Pattern[str] | None  # searched in the few characters before a noun
    object_markers: frozenset[str]
    headline_nouns: tuple[str, ...]  # 인계: a return word's ending that leaves it a bare noun
    root: Grammar = field(compare=False, repr=False)

    def told_as_earlier(self, text: str, start: int) -> bool:
        """Whether a `sequence.before` word in the few words before `start` makes the status word
        there the earlier of two events ("after being released", после депортации)."""
        window = max(0, start - EARLIER_REACH)
        return self.earlier_before.search(text, window, start) is not None

    def coordinated(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] joins two noun phrases ("and", 과, 和) in one clause (a word
        that both joins and breaks clauses, "and", joins here)."""
        if self.coordinator.search(text, start, end) is None:
            return False
        between = self.coordinator.sub(" ", text[start:end])
        return not self.breaks(between, 0, len(between))

    def breaks(self, text: str, start: int, end: int) -> bool:
        """Whether a clause ends within text[start:end]: not at a break opening an aside
        (", как сообщили знакомые,") nor at the break closing it, when that lies before `end`
        too (a word inside the aside is cut off from what stands before it)."""
        if start >= end:
            return False
        found = self.clause_break.search(text, start, end)
        while found is not None:
            if self.aside is None or not self.aside.match(text, found.end()):
                return True
            closing = self.clause_break.search(text, found.end(), end)
            if closing is None:
                return True
            found = self.clause_break.search(text, closing.end(), end)
        return False


class SpokenDays:
    """The days someone spoke on: a day right after or before a word of speaking ("said on
    Tuesday", "told a conference on Tuesday", "13일 밝혔다"; the `dates` headings `spoken_before`
    and `spoken_after`), which dates the telling, not the incident."""

    def __init__(self, grammars: Sequence[LanguageGrammar]) -> None:
        before = [p for g in grammars for p in g.dates.spoken_before]
        after = [p for g in grammars for p in g.dates.spoken_after]
        # Not across a comma: in "arrested on Tuesday, said a pastor" the day is the arrest's.
        # Searched for in the stretch before each day: opened, so that the many positions where
        # no word of speaking begins cost one look each (a third of the time).
        self._before = opened(either(before, r"(?:{})\s{{0,2}}$"))
        self._after = either(after, r"^[\s、]{{0,2}}(?:{})")
        self.speaking = either(after, r"(?:{})")

    def spoken(self, text: str, start: int, end: int) -> bool:
        """Whether the day at `start:end` of `text` is one someone spoke on."""
        return bool(
            self._before.search(text, max(0, start - SPOKEN_REACH), start)
            or self._after.match(text[end : end + SPOKEN_REACH])
        )


class Grammar:
    """Every language's grammar, and cached views over sets of languages. What a pattern alone
    recognises whatever the language around it (datelines, years, genitive markers, numerals)
    is compiled once over every language."""

    def __init__(
        self,
        grammars: Sequence[LanguageGrammar],
        partitive_before: Sequence[str] = (),
        counters: Sequence[str] = (),
        spaced_counters: Sequence[str] = (),
    ) -> None:
        self._by_lang: dict[str, list[LanguageGrammar]] = {}
        # A figure with the counter written onto it (5 คน, 5人), or its noun after a space in the
        # scripts that space words (5 người): what stands between a return word and a place once
        # the people are taken out is the marker alone (`destinations`).
        self.figure_counter = _figure_counter(counters, spaced_counters)
        # "four of the seven", "4 trong số 7": the words opening a part's group, longest first,
        # each with the space after it (see `destinations`).
        self.partitive_before = tuple(
            f"{w.lower()} " for w in sorted(set(partitive_before), key=len, reverse=True)
        )
        for g in grammars:
            self._by_lang.setdefault(g.language, []).append(g)
        self.grammars = tuple(grammars)
        # Numerals that may stand alone as a figure (七人, 两名), with their values.
        self.bare_numerals = tuple(
            (ch, value)
            for g in grammars
            if g.numerals.bare
            for ch, value in (*g.numerals.digits, *g.numerals.units)
        )
        self._views: dict[frozenset[str], GrammarView] = {}
        self.all = self.view(frozenset(self._by_lang))
        datelines = [p for g in grammars for p in g.datelines]
        self.dateline = re.compile("|".join(f"(?:{p})" for p in datelines)) if datelines else None
        released = [p for g in grammars for p in g.release_datelines]
        self.release_dateline = (
            re.compile("|".join(f"(?:{p})" for p in released)) if released else None
        )
        self.genitive = tuple(w for g in grammars for w in g.genitive)
        self.digits = {ch: v for g in grammars for ch, v in g.numerals.digits}
        self.units = {ch: v for g in grammars for ch, v in g.numerals.units}
        # Bare numerals that alone count a group: not 一, which also opens words (一起, 一些).
        self.group_numerals = frozenset(ch for ch, value in self.bare_numerals if value >= 2)
        years = [p for g in grammars for p in g.years.patterns]
        # A year in digits, no digit before it: written to open on its first digit, which
        # lets the regex engine skip ahead to a 1 or a 2.
        digits = r"(?P<year>(?:1(?<!\d1)9|2(?<!\d2)0)\d\d)(?!\d)"
        self.years = tuple(Skipping(re.compile(p)) for p in (digits, *years))
        since_before = [w for g in grammars for w in g.years.since_before]
        since_after = [w for g in grammars for w in g.years.since_after]
        self.since_before = _compile(rf"(?:{alternation(since_before)})\s*$")
        self.since_after = _compile(rf"\s*(?:{alternation(since_after)})")
        escaped_before = [p for g in grammars for p in g.years.escaped_before]
        escaped_after = [p for g in grammars for p in g.years.escaped_after]
        self.escaped_before = either(escaped_before, r"(?:{})\s*$")
        self.escaped_after = either(escaped_after, r"\s*(?:{})")
        # Searched in the headline of most reports the raw look settles: behind a look at its
        # first character, as its patterns open on no literal the engine could skip to.
        self.anniversary = opened(either([p for g in grammars for p in g.years.anniversary], "{}"))
        ago_before = [p for g in grammars for p in g.years.escaped_ago_before]
        ago_after = [p for g in grammars for p in g.years.escaped_ago_after]
        self.escaped_ago_before = either(ago_before, r"(?:{})\s*$")
        self.escaped_ago_after = either(ago_after, r"\s*(?:{})")
        # Searched anywhere in a sentence: someone lives in or has reached the South.
        self.settled = either([p for g in grammars for p in g.years.settled], "{}")
        self.spoken_days = SpokenDays(grammars)

    def starts_a_span(self, text: str, start: int, end: int) -> bool:
        """Whether the year at text[start:end] starts a span ("since 2019", "2019년부터")."""
        return bool(self.since_before.search(text, 0, start) or self.since_after.match(text, end))

    def dates_an_escape(self, text: str, start: int, end: int) -> bool:
        """Whether the year at text[start:end] dates someone's escape or arrival in the South
        ("who fled in 2015", "2015년 탈북한"): their past, not an incident long past nor a
        period a figure is counted over."""
        return bool(
            self.escaped_before.search(text, max(0, start - ESCAPE_REACH), start)
            or self.escaped_after.match(text, end)
        )

    def dates_an_escape_ago(self, text: str, start: int, end: int) -> bool:
        """Whether the `long_ago` word at text[start:end] dates someone's escape ("who fled the
        North years ago", "수년 전 탈북한"): their past, not an old case."""
        return bool(
            self.escaped_ago_before.search(text, max(0, start - ESCAPE_REACH), start)
            or self.escaped_ago_after.match(text, end)
        )

    def numeral(self, text: str) -> int | None:
        """The value of a numeral written with the numerals headings (十一 -> 11, 이십 -> 20)."""
        total, digit = 0, None
        for ch in text:
            if ch in self.digits:
                digit = self.digits[ch]
            elif ch in self.units:
                total += (digit if digit is not None else 1) * self.units[ch]
                digit = None
            else:
                return None
        return total + (digit or 0)

    def year_of(self, match: re.Match[str]) -> int | None:
        """The year a match of `years` names: its `year` as written, or its `be_year` in the
        Buddhist era (2549 -> 2006)."""
        era = match.groupdict().get("be_year")
        if era is not None:
            value = self.year_value(era)
            return None if value is None else value - BUDDHIST_ERA
        return self.year_value(match.group("year"))

    def year_value(self, text: str) -> int | None:
        """A year written in digits of any script (2016, ๒๕๔๙) or in numeral digits (二〇一六 ->
        2016)."""
        if text.isdecimal():
            return int(text)
        digits = [self.digits.get(ch) for ch in text]
        if any(d is None for d in digits):
            return None
        return int("".join(str(d) for d in digits))

    def view(self, langs: frozenset[str]) -> GrammarView:
        view = self._views.get(langs)
        if view is None:
            chosen = [g for lang in sorted(langs) for g in self._by_lang.get(lang, [])]
            view = _build(langs, chosen or list(self.grammars), self)
            self._views[langs] = view
        return view

    def of_hits(self, hits: Iterable[Hit]) -> GrammarView:
        """The view for the languages most of `hits` come from (all languages when none does)."""
        counts: dict[str, int] = {}
        for hit in hits:
            for entry in hit.entries:
                if entry.lang:
                    counts[entry.lang] = counts.get(entry.lang, 0) + 1
        if not counts:
            return self.all
        top = max(counts.values())
        return self.view(frozenset(lang for lang, n in counts.items() if n == top))

    def of_hit(self, hit: Hit) -> GrammarView:
        """The view for the languages of one hit's own terms."""
        langs = hit.langs
        return self.view(langs) if langs else self.all

    def bare_numeral_chars(self) -> str:
        return "".join(ch for ch, _value in self.bare_numerals)


def _build(
    langs: frozenset[str], grammars: Sequence[LanguageGrammar], root: Grammar
) -> GrammarView:
    def words(pick: str) -> list[str]:
        return [w for g in grammars for w in _pick(g, pick)]

    def reach(key: str) -> int:
        values = [g.reach_of(key) for g in grammars]
        return max(values) if values else REACH_DEFAULTS[key]

    toward_before = words("toward.before")
    toward_after = words("toward.after")  # markers written onto the place (몽골을 향해, タイへ)
    particles = [p for g in grammars for p in (g.noun_verbs or ())]
    figure_words = [w for g in grammars if g.noun_verbs is not None for w in g.figure_words]
    passive = [w for g in grammars if g.noun_verbs is not None for w in g.passive]
    numeral_chars = re.escape("0123456789" + root.bare_numeral_chars())
    movement_after = words("origin.movement_after")
    # "获释后" (released, then), "after being released": the release came first.
    later = [alternation(w) for w in [words("sequence.after")] if w]
    after = [alternation(w) for w in [words("sequence.before")] if w]
    # read right after a status word, so as written, wherever a word starts: 송환[한 것에]
    reacted = [
        "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(found, key=len)[::-1])
        for found in [words("sequence.reacted")]
        if found
    ]
    return GrammarView(
        langs=langs,
        clause_break=_compile(alternation(words("clause_breaks"))),
        aside=_compile(rf"\s*(?:{alternation(asides)})") if (asides := words("asides")) else None,
        source_opener=either([alternation(w) for w in [words("source_openers")] if w], "{}"),
        coordinator=_compile(alternation(words("coordinators"))),
        cue_before=reach("cue_before"),
        likely_before=max(reach("cue_before"), reach("likely")),
        cue_after=reach("cue_after"),
        scope_before=reach("scope_before"),
        scope_after=reach("scope_after"),
        scope_final=reach("scope_final"),
        origin_reach=reach("origin"),
        agent_reach=reach("agent"),
        participle_reach=reach("participle"),
        adnominal_reach=reach("adnominal"),
        previously_reach=reach("previously"),
        helper_reach=reach("helper"),
        toward_before=_compile(rf"(?:{alternation(toward_before)})\s*$"),
        toward_after=_compile(rf"\s*(?:{alternation(toward_after, attached=True)})"),
        toward_ending=_compile(rf"\s*(?:{alternation(toward_after, attached=True)})\Z"),
        toward_window=max((len(w) for w in toward_before), default=0) + 2,
        sent_to_before=frozenset(
            w.lower() for w in (*words("sent_to.before"), *words("sent_to.handover"))
        ),
        sent_to_handover=tuple(f" {w.lower()}" for w in words("sent_to.handover")),
        sent_to_after=frozenset(w.lower() for w in words("sent_to.after")),
        sent_to_bare=any(g.sent_to.bare for g in grammars),
        sent_to_partner=tuple(w.lower() for w in words("sent_to.partner")),
        sent_to_north=tuple(w.lower() for w in words("sent_to.north")),
        # 获释后, 석방 후, and past a short span of time: 북송 두 달 만에, 석방된 지 사흘 만에
        earlier_after=either(
            later, r"[^\s,，、。;；]{{0,4}}(?:\s[^\s,，、。;；]{{1,3}}){{0,3}}\s?(?:{})"
        ),
        earlier_before=either(after, r"(?:{})(?:\s+\S+){{0,2}}\s*$"),
        earlier_marker=either(after, "{}"),
        earlier_closer=either(later, "(?:{})$"),
        when_closer=_compile(alternation(closers)) if (closers := words("when.after")) else None,
        when_opener=_compile(rf"\s*(?:{alternation(words('when.before'))})"),
        reacted=either(reacted, r"[^\s,，、。;；]{{0,3}}?\s?(?:{})"),
        origin_before=_compile(rf"(?:{alternation(words('origin.before'))})\s*$"),
        origin_after=_compile(rf"\s*(?:{alternation(words('origin.after'))})"),
        movement_before=_compile(alternation(words("origin.movement_before"))),
        movement_after=(
            _compile(rf".{{0,{reach('origin')}}}?\s*(?:{alternation(movement_after)})", re.S)
            if movement_after
            else None
        ),
        authority_after=_compile(rf"\s*(?:{alternation(words('authority'))})"),
        authority_before=_compile(rf"(?:{alternation(words('authority'))})\s*$"),
        authority_words=tuple(w.rstrip("*").lower() for w in words("authority")),
        border_after=_compile(rf"\s*(?:{alternation(words('border'))})"),
        border_before=_compile(rf"(?:{alternation(words('border'))})\s*(?:\S{{1,4}}\s+){{0,2}}$"),
        speaker_after=_compile(rf"\s*(?:{alternation(words('speakers'))})"),
        speaker_before=_compile(rf"(?:{alternation(words('speakers'))})\s*$"),
        relative=_compile(alternation(words("relatives"))),
        subject_relative=_compile(alternation(words("subject_relatives"))),
        kin=either([p for g in grammars for p in g.names.kin], "{}"),
        age_after=either([p for g in grammars for p in g.names.kin_ages], r"\s*(?:{})"),
        possessive_form=_compile(alternation(words("possessives.forms"))),
        object_after=either(words("possessives.not_before"), r"(?:{})(?!\w)"),
        possessor_before=_compile(rf"(?:{alternation(words('possessives.before'))})\s+$"),
        keeps_subject=bool(grammars) and all(g.follow_on.subject_kept for g in grammars),
        refer_back=_compile(alternation(words("follow_on.refer_back"))),
        refer_back_after=_compile(alternation(words("follow_on.refer_back_after"))),
        source_line=_compile(alternation(words("follow_on.source_lines"))),
        span_before=_compile(rf"(?:{alternation(words('spans.before'))})\s*$"),
        span_after=_compile(rf"\s*(?:{alternation(words('spans.after'))})"),
        denials=tuple(_compile(p) for g in grammars for p in g.denials),
        asked_after=tuple(_compile(p) for g in grammars for p in g.asked_after),
        asked_before=tuple(_compile(p) for g in grammars for p in g.asked_before),
        noun_verbs=any(g.noun_verbs is not None for g in grammars),
        count_ahead=_compile(
            (rf"\s*(?:{alternation(particles)})?" if particles else "")
            + (rf"\s*(?:{alternation(figure_words)})?" if figure_words else "")
            + rf"\s*[{numeral_chars}]"
        ),
        figure_lead=_compile(rf"(?:{alternation(words('figure_words'))})\s*"),
        passive_before=_compile(alternation(passive)) if passive else None,
        object_markers=frozenset(words("object_markers")),
        headline_nouns=tuple(words("headline_nouns")),
        root=root,
    )


def _pick(g: LanguageGrammar, path: str) -> tuple[str, ...]:
    value: object = g
    for part in path.split("."):
        value = getattr(value, part)
    assert isinstance(value, tuple)
    return value


def at_most_an_article(text: str) -> bool:
    """Whether `text` holds no word, or one short enough to be an article (ARTICLE_LENGTH: "a",
    "the", "der"): what may stand between two words read together."""
    words = text.split()
    return len(words) <= 1 and all(len(w) <= ARTICLE_LENGTH for w in words)


def _figure_counter(counters: Sequence[str], spaced: Sequence[str]) -> Pattern[str] | None:
    """Digits with a counter written onto them (5 คน, 5人) or a person noun a space after them,
    as a whole word (5 người, not 5 ngày)."""
    parts = [rf"\s*(?:{alternation(counters)})"] if counters else []
    if spaced:
        parts.append(rf"\s+(?:{alternation(spaced)})(?!\w)")
    return _compile(rf"\d[\d,.]*(?:{'|'.join(parts)})") if parts else None
