"""Head counts: how many people a report says were arrested, held or sent back.

`CountReader` finds figures attached to person nouns or counters ("11 defectors", "four North
Koreans", "a family of five", "20여 명", "열한 명", "十一名", "7人", "семь человек") and marks
them exact, approximate ("about 20", ranges "15 to 20" -> 15), an open lower bound ("more than
30", "10여 명", "20余名") or additive ("another 200"). `choose_people` applies the documented
rule: the first figure of the incident sentences (title first) counts; an open lower bound gives
no count unless a later exact figure falls in its range (10여 명 ... 11명 -> 11); additive
figures are added. The number words and modifiers come from the lexicons.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.classify.lexicon import Lexicon
from bot.classify.matcher import CJK_START

_CJK_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5,
    "육": 6, "칠": 7, "팔": 8, "구": 9,
}  # fmt: skip
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000, "십": 10, "백": 100, "천": 1000}
_CHINESE_NUMERAL = "[零〇一二两兩三四五六七八九十百千]+"
_SINO_KOREAN = "[일이삼사오육칠팔구]?[십백천][일이삼사오육칠팔구십]*"
_YEAR = re.compile(r"^(19|20)\d\d$")
_TOKEN = re.compile(
    rf"\d{{1,3}}(?:,\d{{3}})+|\d+|{_CHINESE_NUMERAL}|[일이삼사오육칠팔구]?[십백천]"
)
_WORD_START = re.compile(r"(?<![\w'’-])\w")
PREFIX_REACH = 36  # characters before a figure where "about", "a family of", 약 may stand


@dataclass(frozen=True, slots=True)
class Count:
    """One figure as read: `value` is the number (the lower bound for ranges and open bounds)."""

    value: int
    text: str
    start: int
    end: int
    approx: bool = False
    lower_bound: bool = False
    additive: bool = False
    total: bool = False


@dataclass(frozen=True, slots=True)
class People:
    count: int | None
    text: str | None
    approx: bool
    floor: int = 0  # the figure read, even when it is only a lower bound


def cjk_numeral(text: str) -> int | None:
    """The value of a Chinese or Sino-Korean numeral (十一 -> 11, 二十 -> 20, 십 -> 10)."""
    total, digit = 0, None
    for ch in text:
        if ch in _CJK_DIGITS:
            digit = _CJK_DIGITS[ch]
        elif ch in _CJK_UNITS:
            total += (digit if digit is not None else 1) * _CJK_UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def _alternation(words: Iterable[str]) -> str:
    unique = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in unique) or "(?!)"


# Scripts written without spaces between words: counters attach to figures (7명, 7人, 7 คน).
_SPACELESS = re.compile(rf"[\u0e00-\u0eff{chr(CJK_START)}-\U0010ffff]")


def _is_cjk(word: str) -> bool:
    return bool(word) and _SPACELESS.match(word) is not None


class CountReader:
    """Reads head counts from sentences; built once from the lexicons' number vocabulary."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._words = dict(lexicon.numbers)
        latin_words = [w for w in self._words if not _is_cjk(w)]
        cjk_words = [w for w in self._words if _is_cjk(w)]
        nouns = [n.lower() for n in lexicon.count_nouns if not _is_cjk(n)]
        counters = [n for n in lexicon.count_nouns if _is_cjk(n)]
        self._approx = {w.lower() for w in (*lexicon.approx, *lexicon.approx_after)}
        self._lower = {w.lower() for w in (*lexicon.lower_bound, *lexicon.lower_bound_after)}
        self._additive = {w.lower() for w in lexicon.additive}
        self._total = {w.lower() for w in lexicon.total}
        prefixes = _alternation(
            w.lower()
            for w in (*lexicon.approx, *lexicon.lower_bound, *lexicon.additive, *lexicon.total)
        )
        suffixes = _alternation((*lexicon.approx_after, *lexicon.lower_bound_after))
        tails = _alternation((*lexicon.approx_after, *lexicon.lower_bound_after))
        num = rf"\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_alternation(latin_words)})(?:-(?:{_alternation(latin_words)}))?"
        self._latin = re.compile(
            rf"(?<![\w-])(?:(?P<pre>{prefixes}|between)\s+)?(?P<num>{num})"
            rf"(?:\s*(?:-|–|to|or|and)\s*(?P<num2>{num}))?"
            rf"(?:[\s-]+[\w'’.]+){{0,3}}?[\s-]+(?:{_alternation(nouns)})(?!\w)"
            rf"|(?<![\w-])(?:a|the|one)\s+(?:[\w'’.-]+\s+){{0,3}}?(?:family|group)\s+of\s+(?P<fam>{num})(?!\w)"
            rf"|(?<![\w-])(?P<mem>{num})-member\s+family",
            re.IGNORECASE,
        )
        cjk_num = (
            rf"(?<![\d,])\d{{1,3}}(?:,\d{{3}})+|(?<![\d,])\d+|(?<![\d가-힣])(?:{_alternation(cjk_words)}|{_SINO_KOREAN})"
            rf"|(?<!\d){_CHINESE_NUMERAL}"
        )
        self._cjk = re.compile(
            rf"[一1]家(?P<fam>{cjk_num})口|(?:(?P<pre>{prefixes})\s*)?(?P<num>{cjk_num})"
            rf"(?:\s*(?:~|-|～|에서|到|至)\s*(?P<num2>{cjk_num}))?"
            rf"\s*(?P<post>{suffixes})?\s*(?:{_alternation(counters)})"
            rf"(?!단|령|예|목|칭|시|확|함|록|품|소|의원)(?:\s*(?P<tail>{tails}))?"
        )

    def read(self, sentence: str, word_starts: Iterable[int] = ()) -> list[Count]:
        """Every count in one sentence, in order; a total ("a total of 11", "등 11명") replaces
        the partial figures before it. `word_starts` are where the lexicon found number words;
        digits and Chinese numerals are found here. Each figure is matched where it stands
        (anchored), which is much faster than searching whole sentences for the patterns."""
        tokens = sorted({m.start() for m in _TOKEN.finditer(sentence)} | set(word_starts))
        counts: list[Count] = []
        covered = -1
        for position in tokens:
            if position < covered:
                continue
            count = self._count_at(sentence, position)
            if count is not None:
                counts.append(count)
                covered = count.end
        totals = [i for i, c in enumerate(counts) if c.total]
        return counts[totals[0] :] if totals else counts

    def _count_at(self, sentence: str, position: int) -> Count | None:
        window = sentence[max(0, position - PREFIX_REACH) : position]
        offset = position - len(window)
        if _SPACELESS.search(sentence, position, position + 8):
            for anchor in (*range(max(0, position - 4), position), position):
                m = self._cjk.match(sentence, anchor)
                if m is not None and m.start() <= position < m.end():
                    return self._from_match(m, cjk=True)
        for anchor in (*(offset + m.start() for m in _WORD_START.finditer(window)), position):
            m = self._latin.match(sentence, anchor)
            if m is not None and m.start() <= position < m.end():
                return self._from_match(m, cjk=False)
        return None

    def _value(self, token: str) -> int | None:
        token = token.strip().lower().replace(",", "")
        if token.isdigit():
            return None if _YEAR.match(token) else int(token)
        if token in self._words:
            return self._words[token]
        if "-" in token:
            parts = [self._words.get(p) for p in token.split("-")]
            return sum(p for p in parts if p is not None) if all(parts) else None
        return cjk_numeral(token)

    def _from_match(self, m: re.Match[str], *, cjk: bool) -> Count | None:
        groups = m.groupdict()
        raw = groups.get("num") or groups.get("fam") or groups.get("mem")
        value = self._value(raw) if raw else None
        if value is None or value == 0:
            return None
        pre = (groups.get("pre") or "").lower()
        post = (groups.get("post") or groups.get("tail") or "").lower() if cjk else ""
        ranged = bool(groups.get("num2"))
        return Count(
            value=value,
            text=m.group(0).strip(),
            start=m.start(),
            end=m.end(),
            approx=ranged or pre in self._approx or pre == "between" or post in self._approx,
            lower_bound=pre in self._lower or post in self._lower,
            additive=pre in self._additive,
            total=pre in self._total,
        )


def _exact(count: Count) -> bool:
    return not (count.approx or count.lower_bound)


def choose_people(counts: Sequence[Count], *, singular: str | None) -> People:
    """The documented rule (see the module docstring) over counts in reading order."""
    if not counts:
        return People(1, singular, False) if singular else People(None, None, False)
    first, rest = counts[0], list(counts[1:])
    if first.lower_bound:
        refined = next(
            (
                i
                for i, c in enumerate(rest)
                if _exact(c) and first.value <= c.value < 2 * first.value
            ),
            None,
        )
        if refined is None:
            return People(None, first.text, True, first.value)
        first, rest = rest[refined], rest[refined + 1 :]
    total = first.value + sum(c.value for c in rest if c.additive and not c.lower_bound)
    return People(total, first.text, first.approx, total)
