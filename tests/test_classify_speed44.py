"""`Skipping` finds what its pattern finds: the name and year patterns start their search at the
first character a match can open with, and pass over a text holding none of them."""

from __future__ import annotations

import re

import pytest

from bot.classify import default_classifier
from bot.classify.starts import Skipping

SENTENCES = [
    "Kim Yong-su, 34, and his wife were held in Shenyang in 2019, a pastor said.",
    "탈북민 김모(41) 씨와 박모 씨가 지난 2023년 단둥에서 붙잡혔다.",
    "ผู้แปรพักตร์ชื่อนายคิม อายุ 40 ปี ถูกจับเมื่อปี 2566",
    "По данным КНДР И. задержан в 2021 году вместе с Пак Ён Хо.",
    "北朝鮮出身のキム・ヨンスさん（35）が二〇二二年に拘束された。",
    "Ông Kim Chol cùng vợ bị bắt năm 2020 tại Lào Cai.",
    "The weather was fine and nothing happened.",
]


@pytest.fixture(scope="module")
def patterns() -> list[Skipping]:
    classifier = default_classifier()
    names = classifier.readers.names
    return [*names._romanised, *names._marked, *classifier.grammar.years]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_skipping_finds_what_its_pattern_finds(patterns: list[Skipping], sentence: str) -> None:
    for p in patterns:
        assert [m.span() for m in p.finditer(sentence)] == [
            m.span() for m in p.regex.finditer(sentence)
        ]
        stop = len(sentence) - 3
        assert [m.span() for m in p.finditer(sentence, 5, stop)] == [
            m.span() for m in p.regex.finditer(sentence, 5, stop)
        ]


def test_a_look_behind_still_sees_the_text_before_the_first_character() -> None:
    pattern = Skipping(re.compile(r"(?<![가-힣])(?:김|박)모"))
    assert [m.group() for m in pattern.finditer("이김모 씨와 박모 씨")] == ["박모"]


def test_a_text_without_a_first_character_has_no_match() -> None:
    pattern = Skipping(re.compile(r"(?<=КНДР )[А-ЯЁ]\."))
    assert list(pattern.finditer("No Cyrillic capital stands here.")) == []
    assert [m.group() for m in pattern.finditer("граждан КНДР И. и Л.")] == ["И."]
