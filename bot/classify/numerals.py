"""The patterns that find head counts, built once from the lexicons and the grammars.

`CountPatterns` compiles the number words, counters and person nouns of every language, the
modifiers around a figure ("about", "more than", "another", "a total of", 약, 余, 多), the words
that make one figure a part of another ("including", "of the seven", 其中, 중), the grammars'
numerals and their count patterns ("a family of five", 一家五口), and the people named without a
figure ("a boy", "a couple"). `CountReader` (numbers.py) reads sentences with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from bot.classify.checks import fill
from bot.classify.grammar import LanguageGrammar
from bot.classify.language import Grammar, alternation, trie
from bot.classify.lexicon import Lexicon
from bot.classify.starts import _parser, opened, starts
from bot.scripts import CJK_FIRST, THAI, THAI_END

_WORD_START: Final = re.compile(r"(?<![\w'’-])\w")


def _alternation(words: Iterable[str]) -> str:
    return trie({w for w in words if w})


# Scripts written without spaces between words: counters attach to figures (7명, 7人, 7 คน).
SPACELESS: Final = re.compile(f"[{THAI}-{THAI_END}{CJK_FIRST}-\U0010ffff]")


def _is_cjk(word: str) -> bool:
    return bool(word) and SPACELESS.match(word) is not None


def _numeral_class(grammar_chars: str) -> str:
    return "[" + re.escape(grammar_chars) + "]"


def _cjk_numerals(lexicon: Lexicon, grammar: Grammar) -> list[str]:
    """Per language: its number words in a spaceless script and its numerals, each kept from
    following what `numerals.not_after` forbids (a Hangul syllable before 이십 makes it part of
    another word)."""
    words_by_lang: dict[str, list[str]] = {}
    for term in lexicon.terms:
        if term.concept == "number" and _is_cjk(term.text):
            words_by_lang.setdefault(term.lang, []).append(term.text.lower())
    out = []
    langs = dict.fromkeys([*words_by_lang, *(g.language for g in grammar.grammars)])
    for lang in langs:
        grammars = [g for g in grammar.grammars if g.language == lang]
        alternatives = list(words_by_lang.get(lang, []))
        numerals = [_numeral_pattern(g) for g in grammars if g.numerals.digits or g.numerals.units]
        body = (
            "|".join([_alternation(alternatives), *numerals])
            if alternatives
            else "|".join(numerals)
        )
        if not body:
            continue
        guards = [g.numerals.not_after for g in grammars if g.numerals.not_after]
        guard = "".join(f"(?<!{g})" for g in guards)
        out.append(f"{guard}(?:{body})")
    return out


def _numeral_pattern(g: LanguageGrammar) -> str:
    digits = "".join(ch for ch, _v in g.numerals.digits)
    units = "".join(ch for ch, _v in g.numerals.units)
    if g.numerals.bare:
        return _numeral_class(digits + units) + "+"
    return f"{_numeral_class(digits)}?{_numeral_class(units)}{_numeral_class(digits + units)}*"


def _numeral_tokens(grammar: Grammar) -> list[str]:
    """Where a numeral may start, for the quick scan of a sentence."""
    out = []
    for g in grammar.grammars:
        digits = "".join(ch for ch, _v in g.numerals.digits)
        units = "".join(ch for ch, _v in g.numerals.units)
        if not units:
            continue
        if g.numerals.bare:
            out.append(_numeral_class(digits + units) + "+")
        else:
            out.append(f"{_numeral_class(digits)}?{_numeral_class(units)}")
    return out


class CountPatterns:
    """The compiled patterns and word sets of head counts, for `CountReader`."""

    def __init__(self, lexicon: Lexicon, grammar: Grammar) -> None:
        self.words = dict(lexicon.numbers)
        latin_words = [w for w in self.words if not _is_cjk(w)]
        nouns = [n.lower() for n in lexicon.count_nouns if not _is_cjk(n)]
        counters = [n for n in lexicon.count_nouns if _is_cjk(n)]
        self.approx = {w.lower() for w in (*lexicon.approx, *lexicon.approx_after)}
        self.lower = {w.lower() for w in (*lexicon.lower_bound, *lexicon.lower_bound_after)}
        self.particle_verbs = {w.lower() for w in lexicon.lower_bound_not_after}
        self.topic_words = {w.lower() for w in lexicon.approx_not_after}
        self.additive = {w.lower() for w in lexicon.additive}
        # "Rule 39", "правило 39", "статья 322", "№ 2": a figure right after the word is a label.
        self.label = (
            re.compile(rf"(?<![\w-])(?:{alternation(lexicon.label_before)})\s*$", re.IGNORECASE)
            if lexicon.label_before
            else None
        )
        self.total = {w.lower() for w in lexicon.total}
        # A total word and a space right before a figure that a `count_patterns` pattern reads,
        # which has no place for it ("всего трое": three in all).
        self.total_before = re.compile(
            rf"(?<![\w-])(?:{alternation(lexicon.total)})\s+$", re.IGNORECASE
        )
        # "그중 한 명의 10대 아들" (the teenage son of one of them): the figure names whose kin
        # follow, no one more nor a part; None when no language has such a phrase.
        self.possessor = (
            opened(re.compile(alternation(lexicon.possessor_part), re.IGNORECASE))
            if lexicon.possessor_part
            else None
        )
        # Searched for in the words around each figure: opened by a look at the first character
        # (`opened`), as a case-insensitive alternation is otherwise tried at every position.
        self.inclusive = opened(re.compile(alternation(lexicon.inclusive), re.IGNORECASE))
        self.part = re.compile(alternation(lexicon.part_after), re.IGNORECASE)
        # "Six of them", "трое из них": the figure is a part of people told of before.
        self.part_after_figure = re.compile(
            rf"\s*(?:{alternation(lexicon.part_after)})", re.IGNORECASE
        )
        # "어린이 3명을 포함한 일행", "子ども3人を含む一行", "包括三名儿童在内的一批": a figure
        # that an `inclusive_after` word follows, past a particle or a noun of one or two
        # characters, is a part of the people named after it; None when no language has one.
        self.inclusive_after = (
            re.compile(
                rf"\s*(?:\w{{1,2}}\s*)?(?:{alternation(lexicon.inclusive_after, attached=True)})",
                re.IGNORECASE,
            )
            if lexicon.inclusive_after
            else None
        )
        # "กลุ่มนี้ ซึ่งรวมถึงเด็ก 3 คน": a figure right after an `inclusive_relative` word, or
        # after the part's noun written on to it (no space, no more than eight characters, Thai
        # vowel marks among them, which are no word characters).
        self.inclusive_relative = (
            re.compile(
                rf"(?:{alternation(lexicon.inclusive_relative)})[^\s\d,，.。]{{0,8}}\s*$",
                re.IGNORECASE,
            )
            if lexicon.inclusive_relative
            else None
        )
        # "consisting of three women", "ประกอบด้วยผู้หญิง 3 คน": a figure right after an
        # `inclusive_whole` word, or after the part's noun written on to it, as above.
        self.inclusive_whole = (
            re.compile(
                rf"(?:{alternation(lexicon.inclusive_whole)})[^\s\d,，.。]{{0,8}}\s*$",
                re.IGNORECASE,
            )
            if lexicon.inclusive_whole
            else None
        )
        # "나머지 6명", "the other six", "其余6人": the figure counts the rest of a group.
        rest = [t.text for t in lexicon.terms if t.concept == "remainder"]
        self.rest_before = (
            re.compile(rf"(?:{alternation(rest)})\s*$", re.IGNORECASE) if rest else None
        )
        partitive, before = alternation(lexicon.partitive), alternation(lexicon.partitive_before)
        # "7명 중 5명", "7名脱北者中的5人": the word closes the words between a group and its part.
        self.part_between = re.compile(rf"(?:{partitive})[\s,，、]*$", re.IGNORECASE)
        # The same word right after a figure makes that figure the group ("탈북민 3명 중 아이만").
        closed = [alternation(lexicon.partitive_closed)] if lexicon.partitive_closed else []
        self.part_next = re.compile(
            rf"\s*(?:(?:{partitive})(?![^\W\d_]){''.join('|' + c for c in closed)})",
            re.IGNORECASE,
        )
        # "из них восемь — граждане КНДР", "of whom eight were": a figure right after the word.
        self.inclusive_before = opened(
            re.compile(
                rf"(?<![\w-])(?:{alternation(lexicon.inclusive)})[\s,，、]*$", re.IGNORECASE
            )
        )
        # "Of the seven defectors, five ...", "Trong số 7 người, 5 người": the word opens a clause.
        self.whole_opened = re.compile(rf"(?:^|[,;:，；：]\s*)(?:{before})\s+$", re.IGNORECASE)
        # "five of the seven defectors": the part first, the word alone between the two (matched
        # whole between two figures, or from the part's end to find the group's figure).
        self.part_first = re.compile(rf"\s*(?:{before})\s+", re.IGNORECASE)
        self.additive_before = opened(
            re.compile(rf"(?:{alternation(lexicon.additive)})[^,.;:，。、]*$", re.IGNORECASE)
        )
        # "these three", 이 3명이 또: the figure after names the people counted before again, so
        # an "again" after it adds no one.
        self.same_before = (
            re.compile(rf"(?<![\w-])(?:{alternation(lexicon.same_before)})\s*$", re.IGNORECASE)
            if lexicon.same_before
            else None
        )
        # "with her daughter", 딸과 함께, 娘と一緒に: one named right after a `companion_before`
        # word, or right before a `companion_after` one (written onto them), is held with another.
        self.companion_before = (
            re.compile(rf"(?:{alternation(lexicon.companion_before)})\s*$", re.IGNORECASE)
            if lexicon.companion_before
            else None
        )
        # "along with their two children": before a figure, a word (their, 그의) may stand
        # between the companion word and the figure; in a script written without spaces the
        # figure may follow the word itself (带着两个孩子, พร้อมลูกสองคน).
        self.companion_before_figure = (
            re.compile(
                rf"(?:{alternation(lexicon.companion_before)})(?:\s+[^\W\d_]+)?\s*$", re.IGNORECASE
            )
            if lexicon.companion_before
            else None
        )
        # 带着两个孩子: a companion word that is also `additive` opens the figure's own words.
        self.companion_opening = (
            re.compile(rf"(?:{alternation(lexicon.companion_before)})", re.IGNORECASE)
            if lexicon.companion_before
            else None
        )
        self.companion_after = (
            re.compile(rf"\s*(?:{alternation(lexicon.companion_after, attached=True)})", re.I)
            if lexicon.companion_after
            else None
        )
        # "the number was eight", 실제로는 8명, "на самом деле задержаны восемь": the figure a
        # `corrected` word stands before, at most two words apart, corrects those told before it.
        corrected = [t.text for t in lexicon.terms if t.concept == "corrected"]
        self.corrected_before = (
            re.compile(
                rf"(?:{alternation(corrected)})(?:[\s,:]+[^\W\d_]+){{0,2}}[\s,:]*$", re.IGNORECASE
            )
            if corrected
            else None
        )
        self.additive_after = opened(
            re.compile(alternation(lexicon.additive_after), re.IGNORECASE)
        )
        # อีก 2 คน, 还有两人: the word right before the figure, not closing a longer word
        # (ส่วนอีก, 其中还有); None when no language has one.
        self.added_or_rest = (
            re.compile(rf"(?<![\w-])(?:{alternation(lexicon.added_or_rest)})\s*$", re.IGNORECASE)
            if lexicon.added_or_rest
            else None
        )
        before_figure = (*lexicon.approx, *lexicon.lower_bound, *lexicon.additive, *lexicon.total)
        prefixes = _alternation(w.lower() for w in before_figure)
        # How far back a count in a spaceless script may begin: its longest word before the
        # figure and a space (Thai อย่างน้อย 5 คน), or a few characters (一家五口).
        self.spaceless_reach = max([4, *(len(w) + 1 for w in before_figure if _is_cjk(w))])
        after_figure = (*lexicon.approx_after, *lexicon.lower_bound_after)
        after_words = _alternation(after_figure)
        # After a space, a bound of one letter opens the next word instead ("5명 여전히": still,
        # not "some five"); longer ones stand apart ("20명 가량").
        spaced_after = _alternation(w for w in after_figure if len(w) > 1)
        # "mười mấy người", "10-odd defectors", "двадцать с лишним человек": a bound after the
        # figure, before its noun.
        latin_after = _alternation(w.lower() for w in after_figure if not _is_cjk(w))
        grammars = grammar.grammars
        ranges = _alternation(w.lower() for g in grammars for w in g.range_words)
        num = rf"\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_alternation(latin_words)})(?:-(?:{_alternation(latin_words)}))?"
        patterns = [p for g in grammars for p in g.count_patterns]
        latin_patterns = [p for p in patterns if not SPACELESS.search(p)]
        cjk_patterns = [p for p in patterns if SPACELESS.search(p)]
        # A figure joined by a hyphen to a word is an age or a size ("29-летнего", "a
        # 29-year-old"), not a head count; a bound after it ("10-odd") still is one.
        glued = rf"(?!-(?!(?:{latin_after})(?!\w))[^\W\d_])" if latin_after else r"(?!-[^\W\d_])"
        # A figure a scale word follows ("2 thousand", "1.5 million", "двух тысяч") is a large
        # number, not a head count; one a unit word follows ("two groups of") counts the units;
        # nor is the decimal part of a figure ("1.5": not 5).
        scales = _alternation(
            t.text.lower()
            for t in lexicon.terms
            if t.concept in ("scale", "units") and not _is_cjk(t.text)
        )
        unscaled = rf"(?![\s-]+(?:{scales})(?!\w))" if scales else ""
        # Nor is a figure a unit of time follows (the `spans` words after a figure: "на 90 суток
        # гражданина КНДР", "held for 48 hours"): it counts days or hours, not people.
        units = [w for g in grammars for w in g.spans.after if not _is_cjk(w)]
        untimed = rf"(?![\s-]+(?:{alternation(units)}))" if units else ""
        self.latin = re.compile(
            rf"(?<![\w-])(?:(?P<pre>{prefixes})\s+)?(?<!\d[.,])(?P<num>{num}){glued}{unscaled}{untimed}"
            rf"(?:\s*(?:{ranges})\s*(?P<num2>{num}))?"
            + (rf"(?:[\s-]+(?P<post>{latin_after})(?!\w))?" if latin_after else "")
            + rf"(?:[\s-]+[\w'’.]+){{0,3}}?[\s-]+(?:{_alternation(nouns)})(?!\w)"
            + "".join(
                "|" + fill(p, {"n": f"(?P<fam{i}>{num})"}) for i, p in enumerate(latin_patterns)
            ),
            re.IGNORECASE,
        )
        # The word starts before a figure where a count may begin: those whose first character
        # can open one (a count is tried at each, and most words cannot open one). A pattern
        # opening on the sentence's start (^: "Family of four caught") can begin at its first word
        # alone, which its first characters (any word) would otherwise let through everywhere.
        anywhere = [p for p in latin_patterns if not p.startswith("^")]
        openings = [
            rf"(?<![\w-])(?:(?:{prefixes})\s+)?(?:{num})",
            *(fill(p, {"n": f"(?:{num})"}) for p in anywhere),
        ]
        # What a count must open with at a word before its figure: a bound word or a figure, or
        # the words a pattern has before its figure ("a family of"). A word that opens none
        # fails this at once; the whole pattern tries the number words in every branch.
        self.latin_lead = re.compile(
            rf"(?:{prefixes})\s+|(?:{num})"
            + "".join(f"|{lead}" for p in latin_patterns if (lead := _lead(p, f"(?:{num})"))),
            re.IGNORECASE,
        )
        self.latin_starts = _word_starts(
            re.compile("|".join(f"(?:{p})" for p in openings), re.IGNORECASE),
            first_word=len(anywhere) < len(latin_patterns),
        )
        cjk_num = "|".join(
            # Not the tail of a figure ("1,000"), but a figure may follow a comma (",15名").
            [
                r"(?<!\d)(?<!\d,)\d{1,3}(?:,\d{3})+|(?<!\d)(?<!\d,)\d+",
                *_cjk_numerals(lexicon, grammar),
            ]
        )
        exceptions = _alternation(w for g in grammars for w in g.counter_exceptions)
        # A word before the figure stands before a pattern's too (在内的一家五口: the total).
        self.cjk = re.compile(
            rf"(?:(?P<pre>{prefixes})\s*)?(?:"
            + "".join(
                fill(p, {"n": f"(?P<fam{i}>{cjk_num})"}) + "|" for i, p in enumerate(cjk_patterns)
            )
            + rf"(?P<num>{cjk_num})"
            rf"(?:\s*(?:{ranges})\s*(?P<num2>{cjk_num}))?"
            rf"\s*(?P<post>{after_words})?\s*(?:{_alternation(counters)})"
            rf"(?!{exceptions})(?:(?P<tail>{after_words})|\s+(?P<spaced>{spaced_after}))?)"
        )
        # Where a count in a spaceless script may begin, to try only those of the characters
        # before a figure (most are none: 경찰은 보이스피싱 조직원 12명).
        self.cjk_starts = starts(self.cjk)
        self.members = _members_patterns(grammars)
        self.latin_figures = _figure_groups(self.latin)
        self.cjk_figures = _figure_groups(self.cjk)
        numerals = re.escape("".join((*grammar.digits, *grammar.units)))
        # Opened by a look at the first character: the alternation alone is tried in full at
        # every position of the sentence, three times slower.
        tokens = "|".join([r"\d{1,3}(?:,\d{3})+|\d+", *_numeral_tokens(grammar)])
        self.token = re.compile(rf"(?=[\d{numerals}])(?:{tokens})")
        self.numeral_chars = re.compile(rf"[\d{numerals}]")  # \d: full-width ９ too


def _members_patterns(grammars: Sequence[LanguageGrammar]) -> dict[str, re.Pattern[str]]:
    """Per language, its people named without a figure (group `pair` for two)."""

    out = {}
    for lang in dict.fromkeys(g.language for g in grammars):
        mine = [g for g in grammars if g.language == lang]
        pairs = [p for g in mine for p in g.pairs]
        ones = [p for g in mine for p in g.members]
        if pairs or ones:
            out[lang] = opened(re.compile(_people_alone(pairs, ones), re.IGNORECASE))
    return out


def _people_alone(pairs: Sequence[str], ones: Sequence[str]) -> str:
    """One language's pairs (group `pair`) and members, a word of their own in a script with
    spaces. When every pattern is in such a script, the word start is checked once, before the
    branches: most positions of a sentence are inside a word, and fail there at once."""
    spaced = not any(SPACELESS.search(p) for p in (*pairs, *ones))

    def whole(pattern: str) -> str:
        if SPACELESS.search(pattern):
            return pattern
        return rf"(?:{pattern})(?!\w)" if spaced else rf"(?<![\w-])(?:{pattern})(?!\w)"

    pair = "|".join(map(whole, pairs)) or "(?!)"
    one = "|".join(map(whole, ones)) or "(?!)"
    either = rf"(?P<pair>{pair})|(?:{one})"
    return rf"(?<![\w-])(?:{either})" if spaced else either


def _lead(pattern: str, figure: str) -> str | None:
    """What a match of a count pattern opens with, before its figure `{n}`: its words there
    ("a family of"); None when it opens on the figure itself (only looks around, no character
    taken: any figure opens it); the whole pattern, filled with `figure`, when the figure
    stands inside a group."""
    head = pattern.split("{n}", 1)[0]
    try:
        width = _parser.parse(head).getwidth()
    except re.error:
        return fill(pattern, {"n": figure})
    return head if width[1] else None


def _word_starts(pattern: re.Pattern[str], *, first_word: bool = False) -> re.Pattern[str]:
    """The word starts (`_WORD_START`) at which a match of `pattern` may begin, and with
    `first_word` the first word of the text searched, whatever it starts with."""
    first = starts(pattern)
    if first is None:
        return _WORD_START
    opens = rf"(?:^|(?={first.pattern}))" if first_word else f"(?={first.pattern})"
    return re.compile(rf"(?<![\w'’-]){opens}\w", first.flags)


def _figure_groups(pattern: re.Pattern[str]) -> tuple[str, ...]:
    return tuple(k for k in pattern.groupindex if k.startswith(("num", "fam")))
