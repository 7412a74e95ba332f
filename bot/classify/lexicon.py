"""Lexicons: the vocabulary of the classifier, read from YAML data files and checked on load.

Two kinds of file live in `bot/classify/lexicons/`: one per language (concept -> terms, groups,
number words and count words, and the grammar headings of `grammar.py`), and demonyms and
authorities that point to a country (`places:`). Countries and places themselves come from the
shared gazetteer (`bot/reference/gazetteer.yaml`) and organisations from `bot/reference/orgs.yaml`,
after the lexicon files, so a word a lexicon lists ("beijing" as the Chinese government) keeps the
lexicon's reading. This module reads them into one `Lexicon` of plain `Term`s and per-language
grammars, and rejects anything malformed with a ConfigError that names the file and the entry. It
knows which concept names the rules understand (CONCEPTS) but nothing about how they are used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from bot.classify.grammar import GRAMMAR_KEYS, LanguageGrammar
from bot.classify.grammar_parse import parse_grammar
from bot.domain import ConfigError
from bot.reference import Gazetteer, Org, checked, gazetteer, orgs
from bot.scripts import is_word_char

BUNDLED_DIR: Final = Path(__file__).resolve().parent / "lexicons"

CONCEPTS: Final = frozenset(
    {
        "subject",  # North Korean refugees/defectors, plural or unspecified
        "subject_one",  # one North Korean ("a North Korean defector")
        "subject_weak",  # "defectors", "refugees": subjects only in a North Korea context
        "subject_pron",  # they, them, 이들: lets a sentence carry a status
        "object_pron",  # her, him, 그를, 彼女を: one person, taken up as the status word's object
        "nk",  # North Korea itself
        "arrest",  # apprehension (strong): arrested, 체포, 逮捕
        "apprehend",  # apprehension (weak): caught, nabbed, 적발
        "detain",  # custody: detained, held, 억류, 拘留
        "custody",  # a continuing state of custody: being held, detention center
        "facing",  # threatened repatriation: faces deportation, 북송 위기
        "repat",  # completed repatriation: were repatriated, 북송됐다, 被遣返
        "repat_topic",  # repatriation as a topic word: repatriation, 강제북송, 遣返
        "expel",  # expelled to a neighbouring country, not to North Korea
        "release",  # released, freed, 석방, 释放
        "release_verb",  # saves/spares ... (with from_repat): released
        "from_repat",  # "from deportation"
        "third",  # arrived in a third country or South Korea
        "missing",  # whereabouts unknown
        "out_of_contact",  # a `missing` term saying only that no one reaches them: 연락이 끊겼다
        "negation",  # not, denied, 没有, 지 않
        "negated",  # a status word negated whole (未被遣返, 釈放されず): no event, no cue for others
        "denial",  # denied that, 부인했다, 否认: cancels every status word of its sentence
        "prevent",  # prevent/block/not to: the repatriation is threatened
        "hedge",  # may/could/face/seek: not asserted as done
        "likely",  # believed, appears, 것으로 보인다: an inferred arrest stands, a return is feared
        "unverified",  # unconfirmed reports, could not be verified: no all-clear in the sentence
        "wish",  # urged, called for, hoped, demanded: what follows is wanted, not done
        "fear",  # feared, in danger of, at risk of: what follows is threatened, not done
        "refusal",  # North Korea refused to take them back: still detained
        "awaiting",  # waiting for (รอดำเนินการ, 等待): after a custody word, no cue of it
        "noise",  # phrases hiding a status word used in another sense (press release)
        "release_sense",  # beside a release word: a document released, a rescue group's name
        "generic",  # habits, policies, general numbers: not an incident
        "estimate",  # a `generic` word that estimates the figure after it: "an estimated 30"
        "series",  # one after another, a wave of, 잇따라, 相次いで: a run of events, no one incident
        "long_ago",  # a decade ago, 10년 전, 多年前: an old case recalled (unless also recent)
        "long_after",  # years after, 북송한 지 수년, 多年后: the event of its clause is long past
        "previously",  # previously, 과거에, 曾被, 以前にも: an all-clear of the people's past
        "recounted",  # "told how they were", 경험을, 的经历: one's own past told as a story
        "recent",  # last week, on Friday, 지난달: a specific incident
        "month_before",  # last month, 지난달, 先月: a recent time before this month's days
        "week_before",  # last week, 지난주, 先週: a recent time before this week's days
        "year_before",  # last year, 작년, 去年: a `period` wholly before the report's year
        "period",  # this year, last year, the first half, 올해: a figure over it is a statistic
        "span",  # over the past year, за год, 一年来: any figure summed over it is a statistic
        "trap_sense",  # profits, remains, artifacts
        "trap_voluntary",  # rescued fishermen returned at their wish
        "trap_workers",  # workers sent home under sanctions
        "trap_pow",  # soldiers and prisoners of war
        "deserted",  # deserted, 탈영, 脱走, дезертир: a soldier who fled, no captured soldier
        "left_ship",  # покинул судно, jumped ship: a crew member who fled, no rescued crew
        "others",  # two others, the rest, 나머지, 其余: people besides the incident's
        "remainder",  # the rest, the other seven, 나머지, 其余: the rest of the people counted
        "corrected",  # "the number was", 실제로는: a figure after it corrects those told before
        "first_told",  # initially reported, 当初 … と発表: its figure a later one replaces
        "updated",  # according to updated figures, по уточнённым данным: the figure after corrects
        "likened",  # like the, как и, giống như: the group named after it is another's
        "likened_after",  # 처럼, のように, 一样: the group named before it is another's
        "bystanders",  # lawmakers, activists, 의원, 议员: people counted who act or speak about them
        "speech",  # told, said, 透露: a helper who speaks is the source of what follows
        "visitors",  # their lawyer, a relative, 律师, 변호사: who comes to see them, not one held
        "trap_foreigner",  # foreigners held by North Korea; helpers arrested
        "trap_other",  # other nationalities
        "trap_south",  # defectors' lives, trials and politics in South Korea
        "trap_north_police",  # the North's security police: an arrest they make is in the North
        "trap_history",  # memoirs, books, films, old cases
        "trap_recalled",  # testimony and recollection: old news unless a recent day is named
        "forced",  # forcibly, deported, 강제북송: a return against the people's will
        "trap_zainichi",  # the 1959-84 repatriation programme from Japan
        "trap_mistaken",  # those held turned out to be of another nationality: no incident
        "trap_stats",  # statistics pieces
        "stat_link",  # Также, Of these, 이 가운데, 其中: a sentence opening on the figure before it
        "stat_also",  # Также, кроме того: the same, adding; a town named there tells an incident
        "identity",  # "all of them are", 모두, いずれも, 均为: who the people just counted were
        "identity_near",  # "they are", "she is": the same, when the people's word follows at once
        "attempt",  # trying to, tìm cách, при попытке: where people were going, not where they got
        "stayed",  # "had been in hiding in": where people hid or lived before, not where held
        "again",  # again, 다시, 再び, снова: a custody after a release told before it
        "new_group",  # a new group, новую группу, 新一批: the all-clears told before it are older
        "pluperfect",  # had been, 此前, ранее: a release told as before a custody come again
        "still",  # still, remains, по-прежнему, остается: a custody that goes on after a release
        "held_now",  # are being held, đang bị giam: a custody told in the present tense
        "pending",  # before being, ก่อน, trước khi: a return after a custody held now
        "held_untensed",  # ถูกควบคุมตัว, bị tạm giữ: a custody word with no tense, now before `pending`
        "money",  # baht, рублей, 元: a figure right before one is a sum, not people
        "scale",  # thousand, тысяч, triệu: a figure right before one is a large number, not a count
        "units",  # groups, families, boats: a figure right before one counts those, not people
        "one_family",  # a North Korean family, 일가족, семья из КНДР: one family, a specific group
        "one_group",  # a group of, several, 일행, 一批, 数人: a group not counted, specific when dated
    }
)
PLACE_KINDS: Final = frozenset({"country", "demonym", "government", "region", "city", "facility"})
GAZETTEER: Final = "gazetteer.yaml"
ORGS: Final = "orgs.yaml"
GAZETTEER_KINDS: Final = {
    "area": "region",
    "border_crossing": "facility",
}  # gazetteer kind -> PLACE_KINDS
GROUPS: Final = frozenset({"children", "women", "elderly", "pregnant", "family"})
WORD_LISTS: Final = (
    "count_nouns",
    "approx",
    "approx_after",
    "lower_bound",
    "lower_bound_after",
    "lower_bound_not_after",
    "approx_not_after",
    "additive",
    "additive_after",
    "added_or_rest",
    "total",
    "inclusive",
    "part_after",
    "inclusive_after",
    "inclusive_relative",
    "inclusive_whole",
    "partitive",
    "partitive_before",
    "partitive_closed",
    "abbreviations",
    "label_before",
    "same_before",
    "possessor_part",
    "companion_before",
    "companion_after",
    "quotes",
)
# A concept term may write {north} for each of its file's `north` words, the ways the language
# names North Korea as where people are sent ("flown back to {north}": to North Korea, to the
# North, to Pyongyang), so that every verb of return meets every name of the North; and
# {north_town} for each of its `north_towns`, the towns and provinces of the North people are
# named by ("three women from {north_town}": from Hyesan, from Musan); and {from_ship} for each
# of its `from_ships`, the ship a sailor fled from as the verbs of flight take it ("сбежал
# {from_ship}": с судна, со шхуны, с северокорейского сухогруза), so that every verb meets every
# vessel; and {north_job} for each of its `north_jobs`, the jobs the North's workers abroad are
# named by as a subject names them ("северокорейские {north_job} задержаны": повара, шахтеры),
# and {north_job_oblique} for each of its `north_jobs_oblique`, the same jobs in the form an
# object or a count takes where the language has one ("задержали {north_job_oblique} из кндр":
# поваров, шахтеров), so that every custody word meets every job.
NORTH: Final = "{north}"
PLACEHOLDERS: Final = {
    NORTH: "north",
    "{north_town}": "north_towns",
    "{from_ship}": "from_ships",
    "{north_job}": "north_jobs",
    "{north_job_oblique}": "north_jobs_oblique",
}
LANGUAGE_KEYS: Final = frozenset(
    {
        "language",
        *PLACEHOLDERS.values(),
        "concepts",
        "groups",
        "numbers",
        *WORD_LISTS,
        *GRAMMAR_KEYS,
    }
)
PLACEHOLDER_RE: Final = re.compile(r"\{[^{}]*\}")
ISO_RE: Final = re.compile(r"^[A-Z]{2}$")
SPLIT: Final = "…"  # "sent … back": a term in two parts with words between (bot.classify.matcher)
# A term in three parts, "{north} 노동자 … 명이 … 구금" (the people's word, their figure's counter
# or the passive marker, then the custody word), names its people in its own first two parts:
# it needs no people between them, but no one else may be named there either (a boss, other
# nationals, bystanders), nor the sanctions workers are sent home under: the custody is theirs.
SPLIT_NOT_BETWEEN: Final = frozenset(
    {"trap_foreigner", "trap_other", "trap_workers", "others", "bystanders"}
)
# What the words between a split term's parts must name: the people ("sent five defectors back"),
# so that "sent a letter back" is no return.
SPLIT_OBJECTS: Final = frozenset(
    {"subject", "subject_one", "subject_weak", "subject_pron", "number", "group"}
)
# Concepts whose split terms need not name the people between their parts: a route, with the
# people as its subject ("were brought from Laos to Seoul": the words between are where from), and
# a fate unknown, whose noun and verb stand apart by how long or how wholly ("생사가 한 달 넘게
# 확인되지 않고", "their fate has for weeks remained unknown"), and a first report, whose adverb
# and verb stand apart by who reported ("первоначально правозащитники сообщали").
SPLIT_ANY_BETWEEN: Final = frozenset({"third", "missing", "first_told"})
# Concepts whose split terms, in a script written with spaces, may have a whole participle clause
# between their parts ("the fate of the two defectors arrested in Yanji in April remains
# unknown"): up to SPLIT_LONG_WORDS words.
SPLIT_LONG: Final = frozenset({"missing"})
SPLIT_LONG_WORDS: Final = 12
# Concepts whose split terms may have where it happened between their parts instead of the
# people: an arrest whose object came before it ("4人の身柄を南部の県で確保": the people, then the
# custody noun, the place, the verb), as languages that put the verb last write it.
SPLIT_PLACE_BETWEEN: Final = frozenset({"arrest", "detain"})


@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon entry: `text` as written, the concept it stands for and its value.

    For places `value` is the ISO country code and `kind` the place kind; for organisations
    `value` is the canonical name and `kind` the ISO code of the state whose body it is (or
    ""); for groups `value` is the group name. `lang` is the language
    of the file a term comes from ("" for places and organisations).
    """

    text: str
    concept: str
    value: str = ""
    kind: str = ""
    source: str = ""
    lang: str = ""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every term of every file, plus the words the number reader needs."""

    terms: tuple[Term, ...]
    numbers: tuple[tuple[str, int], ...]
    count_nouns: tuple[str, ...]
    approx: tuple[str, ...]
    approx_after: tuple[str, ...]
    lower_bound: tuple[str, ...]
    lower_bound_after: tuple[str, ...]
    lower_bound_not_after: tuple[str, ...]
    approx_not_after: tuple[str, ...]
    additive: tuple[str, ...]
    additive_after: tuple[str, ...]
    total: tuple[str, ...]
    inclusive: tuple[str, ...]
    part_after: tuple[str, ...] = ()
    # อีก, 还有: right before a figure, more people or the rest of those counted (`apart.py`
    # reads which: more people only where no part of them went free or was sent back before).
    added_or_rest: tuple[str, ...] = ()
    # 포함한, を含む, 在内: after a figure (and its particle or noun), a word making it a part of
    # the people named after it ("어린이 3명을 포함한 일행": the group, not three, is held).
    inclusive_after: tuple[str, ...] = ()
    # ซึ่งรวมถึง (which include): an inclusive word opening a relative clause on the people before
    # it, whose part it names: "กลุ่มนี้ ซึ่งรวมถึงเด็ก 3 คน ถูกจับกุม" (the group is held).
    inclusive_relative: tuple[str, ...] = ()
    # "consisting of", ประกอบด้วย: an inclusive word that lists the whole group's make-up, so the
    # figures after it count all of a group no figure before counts ("a group consisting of three
    # women and two men": five).
    inclusive_whole: tuple[str, ...] = ()
    partitive: tuple[str, ...] = ()
    partitive_before: tuple[str, ...] = ()
    # A partitive word of a spaceless script that closes the group whatever follows it
    # (脱北者4人のうち子供だけ): `partitive` words need a break after them (중국 is no 중).
    partitive_closed: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()  # "Mr.", "Nov.": a period that ends no sentence
    label_before: tuple[str, ...] = ()  # "Rule", "статья", "№": the figure after is a label
    same_before: tuple[str, ...] = ()  # "these", 이: the figure after names the same people again
    possessor_part: tuple[str, ...] = ()  # 그중 한 명의 (of one of them): counts no one
    companion_before: tuple[str, ...] = ()  # "together with", cùng: one named after is held too
    companion_after: tuple[str, ...] = ()  # 과 함께, と一緒に: the same, written after the one
    quotes: tuple[str, ...] = ()  # "「」", "«»": a quote's opening and closing mark
    grammars: tuple[LanguageGrammar, ...] = ()


def bundled_paths() -> list[Path]:
    return sorted(BUNDLED_DIR.glob("*.yaml"))


def load_lexicon(paths: Sequence[Path] | None = None) -> Lexicon:
    """Read and check the given lexicon files (default: the bundled ones) into one Lexicon."""
    files = list(paths) if paths is not None else bundled_paths()
    if not files:
        raise ConfigError("no lexicon files given")
    builder = _Builder()
    for path in files:
        builder.add_file(path, _read_yaml(path))
    builder.add_gazetteer(gazetteer())
    builder.add_orgs(orgs().values())
    return builder.build()


def _read_yaml(path: Path) -> Mapping[str, Any]:
    data = checked.read_yaml(path, "lexicon")
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a lexicon must be a mapping at the top level")
    return data


class _Builder:
    def __init__(self) -> None:
        self.terms: list[Term] = []
        self.numbers: dict[str, int] = {}
        self.words: dict[str, list[str]] = {name: [] for name in WORD_LISTS}
        self.grammars: list[LanguageGrammar] = []

    def build(self) -> Lexicon:
        return Lexicon(
            terms=tuple(self.terms),
            numbers=tuple(sorted(self.numbers.items())),
            grammars=tuple(self.grammars),
            **{name: tuple(dict.fromkeys(words)) for name, words in self.words.items()},
        )

    def add_file(self, path: Path, data: Mapping[str, Any]) -> None:
        name = path.name
        if "places" in data:
            self._only(name, data, {"places"})
            for i, entry in enumerate(checked.listing(name, "places", data["places"])):
                self._add_place(name, i, entry)
        else:
            self._only(name, data, LANGUAGE_KEYS)
            self._add_language(name, data)

    @staticmethod
    def _only(name: str, data: Mapping[str, Any], allowed: Iterable[str]) -> None:
        unknown = sorted(set(data) - set(allowed))
        if unknown:
            raise ConfigError(f"{name}: unknown section(s) {unknown}; allowed: {sorted(allowed)}")

    def _add_language(self, name: str, data: Mapping[str, Any]) -> None:
        language = data.get("language")
        if not isinstance(language, str) or not language.strip():
            raise ConfigError(f"{name}: `language` must name the language, e.g. `language: en`")
        fills = {p: _strings(name, key, data.get(key, [])) for p, key in PLACEHOLDERS.items()}
        jobs, oblique = fills["{north_job}"], fills["{north_job_oblique}"]
        if oblique and len(oblique) != len(jobs):
            raise ConfigError(
                f"{name}: `north_jobs_oblique` lists {len(oblique)} words and `north_jobs` "
                f"{len(jobs)}: write each job's oblique form in the same place as the job"
            )
        for concept, terms in checked.mapping(name, "concepts", data.get("concepts", {})).items():
            if concept not in CONCEPTS:
                raise ConfigError(
                    f"{name}: concepts.{concept}: unknown concept; known: {sorted(CONCEPTS)}"
                )
            listed: set[str] = set()
            for i, text in enumerate(_strings(name, f"concepts.{concept}", terms)):
                where = f"{name}: concepts.{concept}[{i}]"
                if text.lower() in listed:  # two hands wrote one kind: merge their lists
                    raise ConfigError(f"{where}: {text!r} is listed twice under {concept}")
                listed.add(text.lower())
                _check_split(where, text)
                _check_wildcard(where, text)
                self.terms.extend(
                    Term(each, concept, source=name, lang=language)
                    for each in _filled(where, text, fills)
                )
        self._name_the_north(name, language)
        self._force_the_returns(name, language)
        self._month_before_is_recent(name)
        self._long_after_is_not_long_ago(name)
        for group, terms in checked.mapping(name, "groups", data.get("groups", {})).items():
            if group not in GROUPS:
                raise ConfigError(
                    f"{name}: groups.{group}: unknown group; known: {sorted(GROUPS)}"
                )
            for text in _strings(name, f"groups.{group}", terms):
                self.terms.append(Term(text, "group", value=group, source=name, lang=language))
        for word, value in checked.mapping(name, "numbers", data.get("numbers", {})).items():
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ConfigError(f"{name}: numbers.{word}: must be a whole number, got {value!r}")
            self.numbers[str(word).lower()] = value
            self.terms.append(
                Term(str(word), "number", value=str(value), source=name, lang=language)
            )
        for key in WORD_LISTS:
            self.words[key].extend(_strings(name, key, data.get(key, [])))
        for word in _strings(name, "abbreviations", data.get("abbreviations", [])):
            if not word.endswith(".") or any(ch.isspace() for ch in word):
                raise ConfigError(
                    f"{name}: abbreviations: {word!r} must be one word ending in its period, "
                    "e.g. 'Mr.'"
                )
        self._check_possessors(name, data)
        _check_inclusive_whole(name, data)
        _check_added_or_rest(name, data)
        for pair in _strings(name, "quotes", data.get("quotes", [])):
            if len(pair) != 2 or any(ch.isspace() or ch.isalnum() for ch in pair):
                raise ConfigError(
                    f"{name}: quotes: {pair!r} must be a quote's opening and closing mark, "
                    "e.g. '«»'"
                )
        self.grammars.append(_with_counted_north(name, parse_grammar(name, language, data), fills))

    def _check_possessors(self, name: str, data: Mapping[str, Any]) -> None:
        """A `possessor_part` phrase hides its figure from the counts, so it must hold one."""
        for phrase in _strings(name, "possessor_part", data.get("possessor_part", [])):
            words = re.findall(r"\w+", phrase.lower())
            if not any(w in self.numbers for w in words) and not re.search(r"\d", phrase):
                raise ConfigError(
                    f"{name}: possessor_part: {phrase!r} must hold a figure, e.g. '그중 한 명의'"
                )

    def _name_the_north(self, name: str, language: str) -> None:
        """A term that names North Korea among its words ("выдали КНДР", "sent back to North
        Korea") mentions it too: the longer term hides the shorter, and the report must still
        count as naming the North ("выдали КНДР семерых перебежчиков": defectors of the North)."""
        own = [t for t in self.terms if t.source == name]
        north = [t.text.lower() for t in own if t.concept == "nk" and not t.text.endswith("*")]
        if not north:
            return
        pattern = re.compile(
            "|".join(
                rf"(?<!\w){re.escape(w)}(?!\w)" if is_word_char(w[0]) else re.escape(w)
                for w in north
            )
        )
        named = {t.text for t in own if t.concept != "nk" and pattern.search(t.text.lower())}
        named -= {t.text for t in own if t.concept == "nk"}
        self.terms.extend(Term(text, "nk", source=name, lang=language) for text in sorted(named))

    def _month_before_is_recent(self, name: str) -> None:
        """A `month_before` day (last month) or a `week_before` one (last week) only ranks a
        `recent` one: it must be listed there too; a `year_before` (last year) is a `period`."""
        own = [t for t in self.terms if t.source == name]
        recent = {t.text for t in own if t.concept == "recent"}
        for term in own:
            if term.concept in ("month_before", "week_before") and term.text not in recent:
                raise ConfigError(
                    f"{name}: concepts.{term.concept}: {term.text!r} must also be listed under "
                    "`recent`"
                )
        periods = {t.text for t in own if t.concept == "period"}
        for term in own:
            if term.concept == "year_before" and term.text not in periods:
                raise ConfigError(
                    f"{name}: concepts.year_before: {term.text!r} must also be listed under "
                    "`period`"
                )

    def _long_after_is_not_long_ago(self, name: str) -> None:
        """A `long_after` word dates only the event of its clause: listed under `long_ago` too,
        it would date the whole headline."""
        own = [t for t in self.terms if t.source == name]
        ago = {t.text for t in own if t.concept == "long_ago"}
        for term in own:
            if term.concept == "long_after" and term.text in ago:
                raise ConfigError(
                    f"{name}: concepts.long_after: {term.text!r} is listed under `long_ago` too"
                )

    def _force_the_returns(self, name: str, language: str) -> None:
        """A return done that holds a `forced` cue among its words ("deported to North Korea",
        депортировало, 끝내 강제북송) says it was forced too: the longer term hides the
        shorter, and a return told so must still not read as rescued fishermen going home."""
        own = [t for t in self.terms if t.source == name]
        forced = [t.text.lower() for t in own if t.concept == "forced"]
        if not forced:
            return
        pattern = re.compile("|".join(_word_pattern(w) for w in forced))
        found = {t.text for t in own if t.concept == "repat" and pattern.search(t.text.lower())}
        found -= {t.text for t in own if t.concept == "forced"}
        self.terms.extend(
            Term(text, "forced", source=name, lang=language) for text in sorted(found)
        )

    def _add_place(self, name: str, i: int, entry: Any) -> None:
        where = f"places[{i}]"
        entry = checked.mapping(name, where, entry)
        self._only(f"{name}: {where}", entry, {"iso", "kind", "names"})
        iso, kind = entry.get("iso"), entry.get("kind")
        if not isinstance(iso, str) or not ISO_RE.match(iso):
            raise ConfigError(f"{name}: {where}.iso: must be two capital letters, got {iso!r}")
        if kind not in PLACE_KINDS:
            raise ConfigError(f"{name}: {where}.kind: must be one of {sorted(PLACE_KINDS)}")
        for text in _strings(name, f"{where}.names", entry.get("names")):
            self.terms.append(Term(text, "place", value=iso, kind=str(kind), source=name))

    def add_orgs(self, data: Iterable[Org]) -> None:
        """Every spelling of every organisation, standing for its canonical name."""
        for org in data:
            for text in org.spellings:
                self.terms.append(Term(text, "org", org.name, org.country or "", ORGS))

    def add_gazetteer(self, data: Gazetteer) -> None:
        """Every country and place spelling, voting for its country (ambiguous ones left out)."""
        for country in data.countries.values():
            for text in country.spellings:
                self.terms.append(Term(text, "place", country.iso, "country", GAZETTEER))
        for place in data.places.values():
            kind = GAZETTEER_KINDS.get(place.kind, place.kind)
            for text in place.spellings:
                self.terms.append(Term(text, "place", place.country, kind, GAZETTEER))


def _word_pattern(word: str) -> str:
    """`word` as the matcher reads it inside a longer term: whole words in spaced scripts (a
    trailing * for any ending), anywhere in the others."""
    stem = word.removesuffix("*")
    if not is_word_char(stem[0]):
        return re.escape(stem)
    return rf"(?<!\w){re.escape(stem)}" + (r"\w*" if word.endswith("*") else r"(?!\w)")


def _with_counted_north(
    name: str, grammar: LanguageGrammar, fills: Mapping[str, Sequence[str]]
) -> LanguageGrammar:
    """The grammar with {north} in its `origin.counted_*` words filled, one phrase per word."""
    origin = grammar.origin
    if not origin.counted_before and not origin.counted_after:
        return grammar
    sides = {}
    for side in ("counted_before", "counted_after"):
        phrases = getattr(origin, side)
        sides[side] = tuple(
            dict.fromkeys(
                each
                for i, text in enumerate(phrases)
                for each in _filled(f"{name}: origin.{side}[{i}]", text, fills)
            )
        )
    return replace(grammar, origin=replace(origin, **sides))


def _filled(where: str, text: str, fills: Mapping[str, Sequence[str]]) -> list[str]:
    """A term with {north} (or {north_town}, {from_ship}, {north_job}, {north_job_oblique}) as
    one term per word it stands for;
    any other {...} is a mistake."""
    unknown = [p for p in PLACEHOLDER_RE.findall(text) if p not in fills]
    if unknown:
        raise ConfigError(
            f"{where}: unknown placeholder {unknown[0]} in {text!r}; known: {', '.join(fills)}"
        )
    terms = [text]
    for placeholder, words in fills.items():
        if placeholder not in text:
            continue
        if not words:
            raise ConfigError(
                f"{where}: {text!r} uses {placeholder} but the file lists no "
                f"`{PLACEHOLDERS[placeholder]}` words"
            )
        terms = [term.replace(placeholder, word) for term in terms for word in words]
    return terms


def _check_split(where: str, text: str) -> None:
    if SPLIT not in text:
        return
    parts = [part.strip() for part in text.split(SPLIT)]
    if len(parts) > 3 or not all(parts) or any(part.endswith("*") for part in parts[:-1]):
        raise ConfigError(
            f"{where}: a term in two parts is written 'first {SPLIT} second', one in three "
            f"'first {SPLIT} middle {SPLIT} last' (words on every side), got {text!r}"
        )


def _check_wildcard(where: str, text: str) -> None:
    """A `*` stands for the rest of a word, at the end of a term only: the matcher looks for the
    words before it as written, so one inside a term would be looked for as a `*` and never
    match."""
    if "*" in text.rstrip("*"):
        raise ConfigError(
            f"{where}: a `*` may only end a term (a word's stem: 'arrest*'), got {text!r}; "
            "write out each form of a phrase ('сбежал из части', 'сбежала из части')"
        )


def _strings(name: str, where: str, value: Any) -> list[str]:
    items = checked.listing(name, where, value)
    out: list[str] = []
    for i, item in enumerate(items):
        if not isinstance(item, str) or not item.strip() or item.strip() == "*":
            raise ConfigError(f"{name}: {where}[{i}]: must be a non-empty string, got {item!r}")
        out.append(item.strip())
    return out


def _check_added_or_rest(name: str, data: Mapping[str, Any]) -> None:
    """An `added_or_rest` word is read as more people only beside what comes with it, so its
    file must not list it among its `additive` words, which always add."""
    additive = {w.lower() for w in _strings(name, "additive", data.get("additive", []))}
    for word in _strings(name, "added_or_rest", data.get("added_or_rest", [])):
        if word.lower() in additive:
            raise ConfigError(
                f"{name}: added_or_rest: {word!r} must not be one of the file's `additive` words"
            )


def _check_inclusive_whole(name: str, data: Mapping[str, Any]) -> None:
    """An `inclusive_whole` word is an `inclusive` word read as the whole's make-up, so its file
    must list it among its `inclusive` words too."""
    inclusive = {w.lower() for w in _strings(name, "inclusive", data.get("inclusive", []))}
    for word in _strings(name, "inclusive_whole", data.get("inclusive_whole", [])):
        if word.lower() not in inclusive:
            raise ConfigError(
                f"{name}: inclusive_whole: {word!r} must be one of the file's `inclusive` words"
            )
