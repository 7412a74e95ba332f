"""Lexicons are data an operator can extend; mistakes are reported with the file and the entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.classify import Classifier, default_classifier
from bot.classify.lexicon import BUNDLED_DIR, bundled_paths, load_lexicon
from bot.domain import ConfigError, Document


def write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("concepts: {subject: [x]}\n", "`language` must name the language"),
        ("language: en\nconcepts: {suspect: [x]}\n", "concepts.suspect: unknown concept"),
        ("language: en\nconcepts: {subject: [x, '']}\n", "concepts.subject[1]"),
        ("language: en\nconcepts: {arrest: [held, Held]}\n", "'Held' is listed twice under arrest"),
        ("language: en\nconcepts: {negation: [no]}\n", "concepts.negation[0]"),
        ("language: en\nconcepts: {subject: defectors}\n", "concepts.subject: must be a list"),
        ("language: en\ngroups: {teens: [x]}\n", "groups.teens: unknown group"),
        ("language: en\nnumbers: {eleven: eleven}\n", "numbers.eleven: must be a whole number"),
        ("language: en\nspelling: {}\n", "unknown section"),
        ("places:\n  - {iso: china, kind: country, names: [x]}\n", "places[0].iso"),
        ("places:\n  - {iso: CN, kind: town, names: [x]}\n", "places[0].kind"),
        ("places:\n  - {iso: CN, kind: city}\n", "places[0].names: must be a list"),
        ("orgs:\n  - {name: x, names: [x]}\n", "unknown section"),
        ("- just a list\n", "mapping at the top level"),
        ("language: en\nconcepts: {subject: [x\n", "not valid YAML"),
        ("language: en\ndatelines: ['([A-Z'] \n", "datelines[0]: not a valid pattern"),
        ("language: en\ndates: {patterns: ['{day} {mont}']}\n", "unknown placeholder"),
        ("language: en\ndates: {patterns: ['{year}']}\n", "must use one of"),
        ("language: en\ndates: {months: {smarch: 13}}\n", "dates.months.smarch"),
        ("language: en\nyears: {patterns: ['\\\\d{4}']}\n", "named group"),
        ("language: en\nreach: {cue_sideways: 3}\n", "unknown section"),
        ("language: en\nreach: {cue_before: -1}\n", "reach.cue_before"),
        ("language: en\nnumerals: {digits: {ab: 1}}\n", "must be one character"),
        ("language: en\ntoward: [to]\n", "toward: must be a mapping"),
        ("language: en\ncount_patterns: ['family of five']\n", "must use one of"),
        ("language: en\nconcepts: {repat: ['sent … back … to … home']}\n", "in two parts"),
        ("language: en\nconcepts: {repat: ['… back']}\n", "in two parts"),
        ("language: en\nconcepts: {deserted: ['fled* his unit']}\n", "may only end a term"),
        ("language: en\npartitive_before: of the\n", "partitive_before: must be a list"),
        ("language: ru\nfolds: {ё: ее}\n", "folds.ё"),
        ("language: ru\nfolds: [ё, е]\n", "folds must map"),
        ("language: en\nnumbers: {two: 2}\nnumbers: {three: 3}\n", "'numbers' is given twice"),
        ("language: en\nabbreviations: [Mr]\n", "abbreviations: 'Mr' must be one word"),
        ("language: en\nconcepts: {repat: ['sent back to {north}']}\n", "lists no `north` words"),
        ("language: en\nnorth: [pyongyang]\nconcepts: {repat: ['sent to {south}']}\n",
         "unknown placeholder {south}"),
        ("language: en\nconcepts: {subject: ['women from {north_town}']}\n",
         "lists no `north_towns` words"),
        ("language: en\nfollow_on: {subject: sometimes}\n", "follow_on.subject: must be kept"),
        ("language: ja\nfollow_on: {refer_back: [彼ら]}\n", "refer_back: needs subject: kept"),
        ("language: en\nfollow_on: {subject: kept, refers: [both]}\n", "unknown section"),
        ("language: ja\nfollow_on: {refer_back_after: [彼女]}\n", "refer_back_after: needs"),
        ("language: en\nspans: [days]\n", "spans: must be a mapping"),
        ("language: en\npossessives: {owners: [their]}\n", "unknown section"),
        ("language: ru\npossessives: {forms: [их], not_before: ['(']}\n",
         "possessives.not_before"),
        ("language: ru\nquotes: ['«']\n", "quotes: '«' must be a quote's opening and closing"),
        ("language: ko\nnumbers: {한: 1}\npossessor_part: [그중의]\n",
         "possessor_part: '그중의' must hold a figure"),
    ],
    ids=["no-language", "unknown-concept", "empty-term", "term-listed-twice", "yaml-boolean", "not-a-list",
         "unknown-group", "bad-number", "unknown-section", "bad-iso", "bad-kind", "no-names",
         "org-without-name", "top-level-list", "broken-yaml", "bad-dateline-pattern",
         "unknown-placeholder", "date-without-day", "month-out-of-range", "year-without-group",
         "unknown-reach", "negative-reach", "numeral-of-two-characters", "markers-not-mapping",
         "count-pattern-without-figure", "split-term-in-three-parts", "split-term-without-head",
         "wildcard-inside-a-term",
         "partitive-not-a-list", "fold-to-two-letters", "folds-not-mapping", "heading-twice",
         "abbreviation-without-period", "north-placeholder-without-names",
         "unknown-term-placeholder", "town-placeholder-without-names", "subject-neither-kept-nor-dropped",
         "refer-back-where-the-subject-is-dropped", "unknown-follow-on-key",
         "refer-back-after-where-the-subject-is-dropped", "spans-not-mapping",
         "unknown-possessives-key", "bad-possessives-pattern", "quote-without-closing-mark",
         "possessor-part-without-figure"],
)  # fmt: skip
def test_a_broken_lexicon_is_rejected_naming_file_and_entry(
    tmp_path: Path, body: str, message: str
) -> None:
    path = write(tmp_path, "broken.yaml", body)
    with pytest.raises(ConfigError) as caught:
        load_lexicon([path])
    assert "broken.yaml" in str(caught.value)
    assert message in str(caught.value)


def test_a_missing_lexicon_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_lexicon([tmp_path / "absent.yaml"])


def test_the_bundled_lexicons_load_and_cover_five_languages() -> None:
    names = {p.stem for p in bundled_paths()}
    assert {"en", "ko", "zh", "ja", "ru", "fr", "de", "es", "places"} <= names
    assert len(load_lexicon().terms) > 1000


def test_an_operator_can_add_a_term_without_touching_code(tmp_path: Path) -> None:
    extra = write(tmp_path, "extra.yaml", "language: en\nconcepts:\n  arrest: [hauled off]\n")
    paths = [*bundled_paths(), extra]
    report = Document("x", "", "Nine North Korean defectors were hauled off in Shenyang.")
    assert not Classifier.from_lexicons(bundled_paths()).classify(report).alert
    assert Classifier.from_lexicons(paths).classify(report).alert


def test_a_term_with_north_stands_for_every_name_of_the_north(tmp_path: Path) -> None:
    extra = write(
        tmp_path,
        "extra.yaml",
        "language: en\nnorth: [the hermit kingdom, pyongyang]\n"
        "concepts:\n  repat:\n    - carted back to {north}\n",
    )
    classifier = Classifier.from_lexicons([*bundled_paths(), extra])
    for where in ("the Hermit Kingdom", "Pyongyang"):
        hits = classifier.scan(f"The four were carted back to {where} on Monday.")
        assert any(h.surface == f"carted back to {where}" and h.has("repat") for h in hits)
    assert not any(h.has("repat") for h in classifier.scan("They were carted back to Seoul."))


def test_a_term_with_north_town_stands_for_every_town_listed(tmp_path: Path) -> None:
    extra = write(
        tmp_path,
        "extra.yaml",
        "language: en\nnorth_towns: [kimhyongjik, pukchong]\n"
        "concepts:\n  subject:\n    - farmers from {north_town}\n",
    )
    classifier = Classifier.from_lexicons([*bundled_paths(), extra])
    for town in ("Kimhyongjik", "Pukchong"):
        hits = classifier.scan(f"Four farmers from {town} were held in Tumen.")
        assert any(h.surface == f"farmers from {town}" and h.has("subject") for h in hits)
    assert not any(h.has("subject") for h in classifier.scan("Four farmers from Jilin."))


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("five defectors", ["defectors"]),
        ("defectorsX were", []),
        ("The U.N. refugee agency", ["U.N. refugee agency"]),
        ("탈북민이 체포됐다", ["탈북민", "체포"]),
        ("задержаны северокорейцы", ["задержаны", "северокорейцы"]),
        ("North Korean defectors", ["North Korean defectors"]),
    ],
    ids=["whole-word", "no-partial-word", "punctuated", "hangul-substring", "cyrillic-wildcard",
         "longest-wins"],
)  # fmt: skip
def test_matching_respects_word_boundaries_by_script(text: str, terms: list[str]) -> None:
    classifier = default_classifier()
    found = [h.surface for h in classifier.scan(text) if not h.has("subject_pron")]
    assert [t for t in found if t in terms] == terms
    assert BUNDLED_DIR.is_dir()
