"""The quick test before a count is tried at a word before its figure (`latin_lead`) passes
every word a count opens with: the counts read are those the full pattern finds at each word."""

from __future__ import annotations

import pytest

from bot.classify import default_classifier
from bot.classify.numbers import CountReader

SENTENCES = [
    "Police arrested about 20 North Korean defectors near the border on Monday.",
    "A family of five was caught in Yunnan, and more than 30 refugees were held.",
    "The five were detained in Shenyang; another two defectors face repatriation.",
    "Family of four caught trying to cross into Laos",
    "Chinese police arrested twenty-one defectors, including three children.",
    "Полиция задержала около 20 граждан КНДР, семья из 5 человек.",
    "Công an bắt giữ khoảng 12 người đào tẩu Triều Tiên cùng 2 mẹ con.",
    "Eine fünfköpfige Familie und mehr als 10 Flüchtlinge wurden festgenommen.",
]


@pytest.fixture(scope="module")
def reader() -> CountReader:
    return default_classifier().counts


@pytest.mark.parametrize("sentence", SENTENCES)
def test_lead_passes_every_word_a_count_opens_with(reader: CountReader, sentence: str) -> None:
    patterns = reader.patterns
    opened = [a for a in range(len(sentence)) if patterns.latin.match(sentence, a)]
    assert opened  # each sentence holds a count
    for anchor in opened:
        assert patterns.latin_lead.match(sentence, anchor), sentence[anchor:]


def test_counts_are_read_before_and_after_the_quick_test(reader: CountReader) -> None:
    assert [c.value for c in reader.read(SENTENCES[0])] == [20]
