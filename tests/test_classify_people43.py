"""Head counts: one person named twice by apposition in Chinese, its noun written after the
counter (一名男子，一名朝鲜公民: one); one who speaks a quote, named or counted beside the word
of speaking, is its source, not one held ('"We fear for them," said Kim, a defector'); a
Korean man or woman given an age and named by the North's spelling (30대 남성 리모 씨는) is one;
one added after a part of a group told after its total is another part of it, not one more
(这些人中有5名妇女，另有一名男孩: the total).

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 7)


def _read(lang: str, title: str, text: str) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("p43", title, text, lang, date=ON))
    facts = verdict.facts
    return verdict.tier, facts.status, facts.people, facts.country


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("一名男子，一名朝鲜公民，上周在丹东被中国公安逮捕。", 1),
        ("延吉警方上周拘留了一名妇女，一名朝鲜公民，她可能被遣返。", 1),
        # peers in a list, or joined by 和, stay two
        ("延吉警方上周拘留了一名妇女、一名朝鲜男子。", 2),
        ("延吉警方上周拘留了一名男子和一名朝鲜公民。", 2),
    ],
    ids=["zh-man-citizen", "zh-woman-citizen", "zh-enumerated", "zh-joined"],
)  # fmt: skip
def test_zh_one_person_named_again_by_apposition_is_one(text: str, people: int) -> None:
    tier, _status, count, country = _read("zh", "", text)
    assert tier is Tier.ALERT
    assert country == "CN"
    assert count == people


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", 'Police in Yanji detained North Korean defectors on Monday. "We fear for them," said Kim, a defector.'),
        ("en", 'Police in Yanji detained North Korean defectors on Monday. "We fear for them," a defector said.'),
        ("en", 'Police in Yanji detained North Korean defectors on Monday. A defector, Kim, said: "We fear for them."'),
        ("zh", '延吉警方周一拘留了脱北者。一名脱北者说：“我们很担心他们。”'),
        ("zh", '延吉警方周一拘留了脱北者。“我们很担心他们，”一名脱北者说。'),
    ],
    ids=["en-said-kim", "en-a-defector-said", "en-said-colon", "zh-shuo-colon", "zh-shuo-after"],
)  # fmt: skip
def test_one_who_speaks_a_quote_is_not_counted_as_held(lang: str, text: str) -> None:
    tier, status, people, country = _read(lang, "", text)
    assert tier is Tier.ALERT
    assert status is Status.DETAINED
    assert country == "CN"
    assert people is None


def test_one_held_is_still_counted_beside_a_quote() -> None:
    text = 'Police in Yanji detained a North Korean defector on Monday. "She fled in May," said her brother.'
    assert _read("en", "", text)[2] == 1


@pytest.mark.parametrize(
    "text",
    [
        "옌지 공안국은 지난주 30대 남성 리모 씨를 불법 월경 혐의로 구금했다. 리씨는 북한 회령 출신이다.",
        "북한 회령 출신인 40대 여성 림모 씨는 지난주 옌지에서 중국 공안에 체포됐다.",
        "중국 공안이 지난주 옌지에서 탈북민을 체포했다. 30대 남성 리모 씨는 2018년 북한을 떠났다.",
    ],
    ids=["ko-ri-object", "ko-rim-topic", "ko-ri-told-after"],
)  # fmt: skip
def test_ko_one_given_an_age_and_a_northern_surname_is_one(text: str) -> None:
    tier, _status, people, country = _read("ko", "탈북민 中서 체포", text)
    assert tier is Tier.ALERT
    assert country == "CN"
    assert people == 1


def test_ko_one_given_an_age_who_speaks_is_not_counted() -> None:
    text = '중국 공안이 지난주 옌지에서 탈북민을 체포했다. 30대 남성 김모 씨는 "그들이 걱정된다"고 말했다.'
    assert _read("ko", "탈북민 中서 체포", text)[2] is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "图们警方上周抓获7名脱北者，这些人中有4名妇女，另有一名12岁的女孩。"),
        ("zh", "图们警方上周抓获7名脱北者，其中有4名妇女，另有一名12岁的女孩。"),
        ("ja", "図們の公安は先週、脱北者7人を拘束し、このうち4人は女性で、ほかに12歳の少女も1人いる。"),
    ],
    ids=["zh-zhexieren", "zh-qizhong", "ja-konouchi"],
)  # fmt: skip
def test_one_added_after_a_part_of_the_group_is_another_part(lang: str, text: str) -> None:
    tier, status, people, country = _read(lang, "", text)
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED
    assert country == "CN"
    assert people == 7
