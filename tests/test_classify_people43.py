"""Head counts: one person named twice by apposition in Chinese, its noun written after the
counter (一名男子，一名朝鲜公民: one); one who speaks a quote, named or counted beside the word
of speaking, is its source, not one held ('"We fear for them," said Kim, a defector'); a
Korean man or woman given an age and named by the North's spelling (30대 남성 리모 씨는) is one;
one added after a part of a group told after its total is another part of it, not one more
(这些人中有5名妇女，另有一名男孩: the total); people added in the sentence on a day of their own
are another arrest, unless a figure after them is the first group and theirs summed.

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
    ],
    ids=["zh-man-citizen", "zh-woman-citizen"],
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


SUMMED = [
    (
        "en",
        "Police held three North Korean defectors in Hunchun on Tuesday and two more on Thursday; all five face return to North Korea.",
    ),
    (
        "ko",
        "중국 공안이 화요일 훈춘에서 탈북민 3명을 체포했고 목요일에 2명을 더 붙잡았다. 5명 모두 강제북송 위기에 처했다.",
    ),
    ("zh", "中国警方周二在珲春抓获3名脱北者，周四又抓获2人，这5人都面临被遣返。"),
    (
        "th",
        "ตำรวจจับกุมผู้แปรพักตร์เกาหลีเหนือ 3 คนที่หุนชุนเมื่อวันอังคาร และอีก 2 คนเมื่อวันพฤหัสบดี ทั้ง 5 คนเสี่ยงถูกส่งกลับ",
    ),
]
ADDED_ALONE = [
    ("ja", "中国公安は火曜日に琿春で脱北者3人を拘束し、木曜日にさらに2人を拘束した。"),
    ("ru", "Полиция задержала трех беглецов из КНДР в Хуньчуне во вторник и еще двоих в четверг."),
    (
        "vi",
        "Công an bắt giữ 3 người đào tẩu Triều Tiên ở Hồn Xuân hôm thứ Ba và thêm 2 người nữa vào thứ Năm.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SUMMED, ids=[lang for lang, _ in SUMMED])
def test_people_added_on_a_day_of_their_own_and_summed_count_them_all(
    lang: str, text: str
) -> None:
    tier, status, people, country = _read(lang, "", text)
    assert tier is Tier.ALERT
    assert status is Status.FACING_REPATRIATION
    assert country == "CN"
    assert people == 5


@pytest.mark.parametrize(("lang", "text"), ADDED_ALONE, ids=[lang for lang, _ in ADDED_ALONE])
def test_people_added_on_a_day_of_their_own_with_no_sum_are_another_arrest(
    lang: str, text: str
) -> None:
    tier, status, people, country = _read(lang, "", text)
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED
    assert country == "CN"
    assert people == 3
