"""The literals the name reader's age patterns need, found in one pass (names._Literals): the
same as a substring test of each, whatever the literals and however they overlap.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

import pytest

from bot.classify.classifier import Classifier
from bot.classify.names import _Literals


@pytest.mark.parametrize(
    ("literals", "text", "held"),
    [
        # One literal inside another ("tuổi" in "tuổi)"): a match of the longer holds both.
        (["tuổi", "tuổi)", ","], "ông Kim (45 tuổi), vợ", {"tuổi", "tuổi)", ","}),
        (["лет", "-летн"], "29-летнего сына", {"лет", "-летн"}),
        # One may start inside another and run past it ("ab", "bc"): every match is reported.
        (["ab", "bc"], "xabcx", {"ab", "bc"}),
        (["ab", "bc", "abc"], "zabcz", {"ab", "bc", "abc"}),
        (["ab", "cd"], "a b c d", set()),
        (["", "ab"], "nothing here", {""}),  # a pattern with no literal is always searched
    ],
)
def test_literals_held(literals: list[str], text: str, held: set[str]) -> None:
    assert _Literals(literals).held(text) == held


TEXTS = [
    "Her daughter, 24, was caught near the border with a 10-year-old son.",
    "최명복(34) 씨와 아내(40)가 체포됐다.",
    "19歳の娘と母親（45）が拘束された。",
    "29-летнего сына задержали, ему 29 лет, он 1995 г. р.",
    "Bà Lee (45 tuổi) và con gái, 20 tuổi, bị bắt.",
    "ลูกสาว อายุ 20 ปี วัย 45 ปี ถูกจับ",
    "他的妹妹（23岁）和12岁的儿子被带走。",
]


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.from_lexicons()


@pytest.fixture(scope="module")
def literals(classifier: Classifier) -> _Literals:
    return classifier.readers.names._literals


@pytest.mark.parametrize("text", TEXTS)
def test_reader_literals_as_substring_tests(literals: _Literals, text: str) -> None:
    every = {*literals._chars, *literals._inside, *literals._always}
    assert literals.held(text) == {lit for lit in every if lit in text}


@pytest.mark.parametrize(
    ("literals", "folds", "folded_holds"),
    [
        (["tuổi", "-летн", ",", "歳の"], ["ё"], True),
        (["Tuổi", ","], [], False),  # "TUỔI" folded would not hold it
        (["всё"], ["ё"], False),  # folded, ё is read as е
    ],
)
def test_literals_looked_for_in_the_folded_text_only_when_it_holds_them(
    literals: list[str], folds: list[str], folded_holds: bool
) -> None:
    assert _Literals(literals, folds).folded_holds is folded_holds


@pytest.mark.parametrize("text", TEXTS)
def test_person_hits_the_same_whether_the_literals_are_read_folded(
    classifier: Classifier, text: str
) -> None:
    names, matcher = classifier.readers.names, classifier._matcher
    raw = matcher.raw(text)
    hits = matcher.hits(raw)
    for found in (hits, ()):
        plain = names.person_hits(text, found, kin=True)
        assert plain == names.person_hits(text, found, kin=True, folded=raw.folded)
    assert names._literals.folded_holds
