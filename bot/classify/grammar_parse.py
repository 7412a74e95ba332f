"""The grammar headings of a language file, read and checked on load: one short reader per
heading, each mistake a ConfigError that names the file and the entry. What each heading means
and the types it is read into are in `grammar.py`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from bot.classify import checks
from bot.classify.grammar import (
    REACH_DEFAULTS,
    Dates,
    FollowOn,
    LanguageGrammar,
    Markers,
    Names,
    Numerals,
    Origin,
    Possessives,
    SentTo,
    SequenceMarkers,
    Years,
)
from bot.domain import ConfigError

# Placeholders the patterns may use, filled with a pattern that only checks the syntax here.
DATE_FILLS: Final = {
    "day": r"(?P<day>\d{1,2})",
    "month": r"(?P<month>\d{1,2})",
    "monthname": r"(?P<monthname>x)",
    "year": r"(?P<year>\d{4})",
    "be_year": r"(?P<be_year>\d{4})",
    "weekday": r"(?P<weekday>x)",
    "last_month": r"(?P<last_month>x)",
    "this_year": r"(?P<this_year>x)",
    "last_year": r"(?P<last_year>x)",
}
NAME_FILLS: Final = {"surname": "(?:x)"}
SUBJECT_KEPT, SUBJECT_DROPPED = "kept", "dropped"  # follow_on.subject
COUNT_FILLS: Final = {"n": r"(?P<n>\d+)"}


def parse_grammar(name: str, language: str, data: Mapping[str, Any]) -> LanguageGrammar:
    """The grammar headings of one language file, checked (ConfigError names file and entry)."""
    words = _Words(name, data)
    return LanguageGrammar(
        language=language,
        source=name,
        clause_breaks=words.spaced("clause_breaks"),
        asides=words.list("asides"),
        source_openers=words.list("source_openers"),
        coordinators=words.list("coordinators"),
        reach=_reach(name, data.get("reach", {})),
        toward=_markers(name, "toward", data.get("toward", {})),
        sent_to=_sent_to(name, data.get("sent_to", {})),
        sequence=_sequence(name, data.get("sequence", {})),
        when=_markers(name, "when", data.get("when", {})),
        origin=_origin(name, data.get("origin", {})),
        authority=words.list("authority"),
        border=words.list("border"),
        speakers=words.list("speakers"),
        relatives=words.list("relatives"),
        possessives=_possessives(name, data.get("possessives", {})),
        subject_relatives=words.list("subject_relatives"),
        follow_on=_follow_on(name, data.get("follow_on", {})),
        spans=_markers(name, "spans", data.get("spans", {})),
        datelines=tuple(checks.patterns(name, "datelines", data.get("datelines", []), {})),
        release_datelines=tuple(
            checks.patterns(name, "release_datelines", data.get("release_datelines", []), {})
        ),
        genitive=words.list("genitive"),
        object_markers=words.list("object_markers"),
        headline_nouns=words.list("headline_nouns"),
        denials=tuple(checks.patterns(name, "denials", data.get("denials", []), {})),
        asked_after=tuple(checks.patterns(name, "asked_after", data.get("asked_after", []), {})),
        asked_before=tuple(
            checks.patterns(name, "asked_before", data.get("asked_before", []), {})
        ),
        noun_verbs=_noun_verbs(name, data),
        passive=_passive(name, data),
        figure_words=words.list("approx") + words.list("lower_bound"),
        names=_names(name, data.get("names", {})),
        count_patterns=tuple(
            checks.patterns(
                name, "count_patterns", data.get("count_patterns", []), COUNT_FILLS, ("n",)
            )
        ),
        range_words=words.list("range_words"),
        counter_exceptions=words.list("counter_exceptions"),
        members=tuple(checks.patterns(name, "members", data.get("members", []), {})),
        pairs=tuple(checks.patterns(name, "pairs", data.get("pairs", []), {})),
        numerals=_numerals(name, data.get("numerals", {})),
        dates=_dates(name, data.get("dates", {})),
        years=_years(name, data.get("years", {})),
        folds=_folds(name, data.get("folds", {})),
    )


class _Words:
    def __init__(self, name: str, data: Mapping[str, Any]) -> None:
        self.name, self.data = name, data

    def list(self, key: str) -> tuple[str, ...]:
        return tuple(checks.strings(self.name, key, self.data.get(key, [])))

    def spaced(self, key: str) -> tuple[str, ...]:
        """The words, each keeping one space where it is written with one at either end (th
        " เดือนที่แล้ว": only after a space; ko "뒤 ": only before one)."""
        raw = self.data.get(key, [])
        words = checks.strings(self.name, key, raw)
        return tuple(
            f"{' ' if item[:1].isspace() else ''}{word}{' ' if item[-1:].isspace() else ''}"
            for item, word in zip(raw, words, strict=True)
        )


def _section(name: str, key: str, value: Any, allowed: set[str]) -> Mapping[str, Any]:
    section = checks.mapping(name, key, value)
    checks.only(f"{name}: {key}", section, allowed)
    return section


def _folds(name: str, value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{name}: folds must map a letter to the letter it is read as")
    out = []
    for letter, read_as in value.items():
        if not (isinstance(letter, str) and isinstance(read_as, str)):
            raise ConfigError(f"{name}: folds.{letter} must map a letter to a letter")
        if len(letter) != 1 or len(read_as) != 1 or letter != letter.lower():
            raise ConfigError(f"{name}: folds.{letter} must map one lower-case letter to one")
        out.append((letter, read_as))
    return tuple(out)


def _reach(name: str, value: Any) -> tuple[tuple[str, int], ...]:
    section = _section(name, "reach", value, set(REACH_DEFAULTS))
    reach = dict(REACH_DEFAULTS)
    for key, number in section.items():
        reach[key] = checks.whole(name, f"reach.{key}", number, 0, 200)
    return tuple(reach.items())


def _markers(name: str, key: str, value: Any) -> Markers:
    section = _section(name, key, value, {"before", "after"})
    return Markers(
        tuple(checks.strings(name, f"{key}.before", section.get("before", []))),
        tuple(checks.strings(name, f"{key}.after", section.get("after", []))),
    )


def _sequence(name: str, value: Any) -> SequenceMarkers:
    keys = ("before", "after", "reacted")
    section = _section(name, "sequence", value, set(keys))
    return SequenceMarkers(
        *(tuple(checks.strings(name, f"sequence.{k}", section.get(k, []))) for k in keys)
    )


def _sent_to(name: str, value: Any) -> SentTo:
    keys = ("before", "after", "handover", "partner", "north")
    section = _section(name, "sent_to", value, {*keys, "bare"})
    before, after, handover, partner, north = (
        tuple(checks.strings(name, f"sent_to.{k}", section.get(k, []))) for k in keys
    )
    bare = checks.flag(name, "sent_to.bare", section.get("bare", False))
    return SentTo(before, after, handover, bare, partner, north)


def _possessives(name: str, value: Any) -> Possessives:
    section = _section(name, "possessives", value, {"forms", "before", "not_before"})
    return Possessives(
        tuple(checks.strings(name, "possessives.forms", section.get("forms", []))),
        tuple(checks.strings(name, "possessives.before", section.get("before", []))),
        tuple(checks.patterns(name, "possessives.not_before", section.get("not_before", []), {})),
    )


def _origin(name: str, value: Any) -> Origin:
    keys = (
        "before",
        "after",
        "movement_before",
        "movement_after",
        "counted_before",
        "counted_after",
        "counted_counters",
    )
    section = _section(name, "origin", value, set(keys))
    lists = [tuple(checks.strings(name, f"origin.{k}", section.get(k, []))) for k in keys]
    return Origin(*lists)


def _follow_on(name: str, value: Any) -> FollowOn:
    section = _section(
        name, "follow_on", value, {"subject", "refer_back", "refer_back_after", "source_lines"}
    )
    subject = section.get("subject", SUBJECT_DROPPED)
    if subject not in (SUBJECT_KEPT, SUBJECT_DROPPED):
        allowed = f"{SUBJECT_KEPT} or {SUBJECT_DROPPED}"
        raise ConfigError(f"{name}: follow_on.subject: must be {allowed}, got {subject!r}")
    words = {
        key: tuple(checks.strings(name, f"follow_on.{key}", section.get(key, [])))
        for key in ("refer_back", "refer_back_after")
    }
    for key, listed in words.items():
        if listed and subject != SUBJECT_KEPT:
            # Where the subject is dropped, every sentence following on is theirs: no word is
            # needed.
            raise ConfigError(f"{name}: follow_on.{key}: needs subject: {SUBJECT_KEPT}")
    sources = tuple(
        checks.strings(name, "follow_on.source_lines", section.get("source_lines", []))
    )
    return FollowOn(
        subject == SUBJECT_KEPT, words["refer_back"], words["refer_back_after"], sources
    )


def _noun_verbs(name: str, data: Mapping[str, Any]) -> tuple[str, ...] | None:
    if "noun_verbs" not in data:
        return None
    section = _section(name, "noun_verbs", data["noun_verbs"] or {}, {"particles", "passive"})
    return tuple(checks.strings(name, "noun_verbs.particles", section.get("particles", [])))


def _passive(name: str, data: Mapping[str, Any]) -> tuple[str, ...]:
    section = checks.mapping(name, "noun_verbs", data.get("noun_verbs") or {})
    return tuple(checks.strings(name, "noun_verbs.passive", section.get("passive", [])))


def _names(name: str, value: Any) -> Names:
    keys = {"surnames", "patterns", "marked", "introducers", "ages", "roles", "anonymised"}
    keys |= {"kin_ages", "kin", "kin_aged", "ages_before", "surname_endings"}
    section = _section(name, "names", value, keys)

    def words(key: str) -> tuple[str, ...]:
        return tuple(checks.strings(name, f"names.{key}", section.get(key, [])))

    def pats(key: str) -> tuple[str, ...]:
        return tuple(checks.patterns(name, f"names.{key}", section.get(key, []), NAME_FILLS))

    return Names(
        surnames=words("surnames"),
        patterns=pats("patterns"),
        marked=pats("marked"),
        introducers=words("introducers"),
        ages=pats("ages"),
        roles=pats("roles"),
        anonymised=words("anonymised"),
        kin_ages=pats("kin_ages"),
        kin=pats("kin"),
        kin_aged=pats("kin_aged"),
        ages_before=pats("ages_before"),
        surname_endings=words("surname_endings"),
    )


def _numerals(name: str, value: Any) -> Numerals:
    section = _section(name, "numerals", value, {"digits", "units", "bare", "not_after"})
    digits = checks.numbered(name, "numerals.digits", section.get("digits", {}), 0, 9)
    units = checks.numbered(name, "numerals.units", section.get("units", {}), 10)
    for where, table in (("digits", digits), ("units", units)):
        for char in table:
            if len(char) != 1:
                raise ConfigError(f"{name}: numerals.{where}.{char}: must be one character")
    not_after = section.get("not_after", "")
    if not_after:
        checks.patterns(name, "numerals.not_after", [not_after], {})
    return Numerals(
        tuple(digits.items()),
        tuple(units.items()),
        checks.flag(name, "numerals.bare", section.get("bare", True)),
        str(not_after),
    )


def _dates(name: str, value: Any) -> Dates:
    keys = {"months", "weekdays", "patterns", "month_patterns", "spoken_before", "spoken_after"}
    keys |= {"last_month", "this_year", "month_alone", "last_year"}
    section = _section(name, "dates", value, keys)
    spoken_before, spoken_after = (
        tuple(checks.patterns(name, f"dates.{key}", section.get(key, []), {}))
        for key in ("spoken_before", "spoken_after")
    )
    return Dates(
        tuple(checks.numbered(name, "dates.months", section.get("months", {}), 1, 12).items()),
        tuple(checks.numbered(name, "dates.weekdays", section.get("weekdays", {}), 0, 6).items()),
        tuple(
            checks.patterns(
                name, "dates.patterns", section.get("patterns", []), DATE_FILLS, ("day", "weekday")
            )
        ),
        spoken_before,
        spoken_after,
        tuple(checks.strings(name, "dates.last_month", section.get("last_month", []))),
        tuple(
            checks.patterns(
                name,
                "dates.month_patterns",
                section.get("month_patterns", []),
                DATE_FILLS,
                ("year", "be_year", "this_year", "last_year"),
            )
        ),
        tuple(checks.strings(name, "dates.this_year", section.get("this_year", []))),
        tuple(
            checks.patterns(
                name,
                "dates.month_alone",
                section.get("month_alone", []),
                DATE_FILLS,
                ("month", "monthname"),
            )
        ),
        tuple(checks.strings(name, "dates.last_year", section.get("last_year", []))),
    )


def _years(name: str, value: Any) -> Years:
    known = {
        "patterns",
        "since_before",
        "since_after",
        "escaped_before",
        "escaped_after",
        "anniversary",
        "escaped_ago_before",
        "escaped_ago_after",
        "settled",
    }
    section = _section(name, "years", value, known)
    patterns = checks.patterns(name, "years.patterns", section.get("patterns", []), {})
    for i, pattern in enumerate(patterns):
        if not {"year", "be_year"} & set(re.compile(pattern).groupindex):
            raise ConfigError(
                f"{name}: years.patterns[{i}]: needs the named group year or be_year"
            )
    return Years(
        tuple(patterns),
        tuple(checks.strings(name, "years.since_before", section.get("since_before", []))),
        tuple(checks.strings(name, "years.since_after", section.get("since_after", []))),
        *(
            tuple(checks.patterns(name, f"years.{key}", section.get(key, []), {}))
            for key in (
                "escaped_before",
                "escaped_after",
                "anniversary",
                "escaped_ago_before",
                "escaped_ago_after",
                "settled",
            )
        ),
    )
