"""A sentence's opening figure (carry.opening_figure, carry.opening_count) is read once and kept
on the sentence: the raw shortcut, the rules and the carrying of the people each ask for it,
and the answer must be the one a fresh reading gives.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

import pytest

from bot.classify import carry
from bot.classify.classifier import Classifier
from bot.classify.matcher import sentence_ends
from bot.classify.sentences import Sentence, build_sentences


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.from_lexicons()


def _sentences(classifier: Classifier, text: str) -> list[Sentence]:
    hits = classifier.scan(text)
    return build_sentences([("text", text, hits, sentence_ends(text))], classifier.grammar)


TEXTS = [
    "Police stopped a van near the river. The six were arrested on Monday.",
    "국경 근처에서 여성들이 붙잡혔다. 3명은 어제 체포됐다.",
    "川の近くで女性たちが見つかった。4人は警察に拘束された。",
    "在河边发现了几名妇女。5人已被警方拘留。",
    "Полиция остановила машину у реки. Семеро были задержаны.",
    "Cảnh sát chặn một chiếc xe gần sông. 7 người đã bị bắt.",
    "ตำรวจหยุดรถคันหนึ่งใกล้แม่น้ำ 8 คน ถูกจับกุม",
]


@pytest.mark.parametrize("text", TEXTS)
def test_opening_figure_read_once(
    classifier: Classifier, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = {
        s.order: (carry._opening_figure(s), carry.opening_count(s))
        for s in _sentences(classifier, text)
    }
    calls: list[int] = []
    reader = carry._opening_figure

    def counted(sentence: Sentence) -> object:
        calls.append(sentence.order)
        return reader(sentence)

    monkeypatch.setattr(carry, "_opening_figure", counted)
    for sentence in _sentences(classifier, text):
        for _ in range(3):
            assert carry.opening_figure(sentence) == fresh[sentence.order][0]
            assert carry.opening_count(sentence) == fresh[sentence.order][1]
    assert sorted(calls) == sorted(set(calls))  # each sentence read once


def test_opening_count_kept_on_the_sentence(classifier: Classifier) -> None:
    _first, second = _sentences(classifier, TEXTS[1])
    assert second.count_opening is None
    found = carry.opening_count(second)
    assert found is not None and found.surface.startswith("3")
    assert second.count_opening == (found,)
    assert carry.opening_count(second) is found
