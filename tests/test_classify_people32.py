"""Head counts of people named by a part of a group, in a list or as a kind of worker: round-32
fixes.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier, Verdict

ON = date(2026, 12, 4)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("p32", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        (
            "ko",
            "외국인 4명 체포",
            "중국 공안이 지난주 단둥에서 외국인 4명을 체포했다. 4명 중 1명은 북한 국적이었다.",
            1,
        ),
        (
            "ko",
            "외국인 체포",
            "중국 공안이 지난주 단둥에서 외국인 4명을 체포했는데, 4명 중 1명은 북한 국적이었다.",
            1,
        ),
        (
            "ja",
            "外国人拘束",
            "警察は5日、瀋陽で外国人3人を拘束した。3人のうち2人は北朝鮮国籍だという。",
            2,
        ),
        ("zh", "外国人被抓", "警方上周在丹东抓获4名外国人，4人中有1人为朝鲜籍。", 1),
    ],
    ids=["ko-next-sentence", "ko-same-sentence", "ja-next-sentence", "zh-same-sentence"],
)
def test_a_part_of_foreigners_held_named_north_korean_is_the_count(
    lang: str, title: str, text: str, people: int
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == "CN"
    assert v.facts.people == people


def test_ja_a_part_of_foreigners_held_in_japan_is_still_the_count() -> None:
    v = verdict_of(
        "ja",
        "外国人4人を拘束",
        "警察は先週、大阪で不法滞在の外国人4人を拘束した。4人のうち1人は北朝鮮国籍だった。",
    )
    assert v.facts.people == 1


def test_a_part_of_north_korean_defectors_said_to_be_women_keeps_the_group() -> None:
    v = verdict_of(
        "ko",
        "탈북민 체포",
        "중국 공안이 지난주 단둥에서 탈북민 5명을 체포했다. 5명 중 3명은 여성이다.",
    )
    assert v.facts.people == 5


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        (
            "en",
            "A North Korean woman, her son and two other men were detained in Shenyang last week.",
            4,
        ),
        (
            "en",
            "A North Korean mother, her son, 24, and two other men were detained in Shenyang "
            "last week.",
            4,
        ),
        (
            "en",
            "A North Korean father, his son and three other men were detained in Shenyang last "
            "week.",
            5,
        ),
        ("zh", "一名朝鲜妇女、她的儿子和另外两名男子上周在沈阳被公安抓获。", 4),
        ("zh", "一名朝鲜妇女、她的儿子（24岁）和另外两名男子上周在沈阳被公安抓获。", 4),
    ],
    ids=["en", "en-age", "en-father", "zh", "zh-age"],
)
def test_a_list_of_people_named_one_by_one_then_others_counts_them_all(
    lang: str, text: str, people: int
) -> None:
    v = verdict_of(lang, "Shenyang", text)
    assert v.tier is Tier.ALERT
    assert v.facts.people == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Two North Korean defectors, a mother and her son, were detained in Shenyang.", 2),
        ("A North Korean woman and two other defectors were detained in Shenyang last week.", 3),
    ],
    ids=["apposition", "one-and-others"],
)
def test_en_people_named_again_or_one_and_others_keep_their_count(text: str, people: int) -> None:
    assert verdict_of("en", "Shenyang", text).facts.people == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Ba lao động Triều Tiên đã bỏ trốn khỏi công trường bị công an Đan Đông bắt hôm thứ "
            "Hai.",
            3,
        ),
        ("Hai lao động Triều Tiên vừa trốn khỏi nhà máy bị bắt tại Đan Đông hôm thứ Hai.", 2),
        ("Hai lao động nữ Triều Tiên bỏ trốn bị bắt tại Đan Đông hôm thứ Hai.", 2),
        ("Ba nữ sinh Bắc Hàn bị bắt tại Đan Đông hôm thứ Hai.", 3),
        ("Công an Thẩm Dương bắt ba nữ sinh Bắc Triều Tiên hôm thứ Hai.", 3),
        ("Ba nữ sinh đào tẩu khỏi Triều Tiên bị bắt tại Đan Đông hôm thứ Hai.", 3),
        ("Hai sinh viên Triều Tiên đào tẩu bị công an Thẩm Dương bắt giữ hôm thứ Hai.", 2),
    ],
    ids=["workers-had-fled", "workers-just-fled", "women-workers", "schoolgirls",
         "schoolgirls-object", "schoolgirls-who-fled", "students-who-defected"],
)  # fmt: skip
def test_vi_workers_and_schoolgirls_who_fled_are_the_people(text: str, people: int) -> None:
    v = verdict_of("vi", "Bắt người Triều Tiên", text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == "CN"
    assert v.facts.people == people


@pytest.mark.parametrize(
    "text",
    [
        "Hai sinh viên Triều Tiên đang du học tại Hà Nội đã tham gia hội thảo.",
        "Nga đã trả về nước 200 lao động Triều Tiên theo lệnh trừng phạt của Liên Hợp Quốc.",
    ],
    ids=["students-abroad", "workers-sent-home"],
)
def test_vi_students_abroad_and_workers_sent_home_are_no_alert(text: str) -> None:
    assert verdict_of("vi", "Triều Tiên", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("ko", "탈북민 김모 씨와 이모 씨가 지난주 선양에서 공안에 체포됐다.", 2),
        ("ko", "중국 공안은 지난주 선양에서 탈북민 김모 씨와 최모 씨를 체포했다.", 2),
        ("ko", "탈북민 김모 씨, 이모 씨와 박모 씨가 지난주 선양에서 공안에 체포됐다.", 3),
        ("ja", "脱北者の金某さんと李某さんが先週、瀋陽で公安に拘束された。", 2),
        ("ja", "中国公安は先週、瀋陽で脱北者のキムさん、イさんとパクさんを拘束した。", 3),
    ],
    ids=["ko-two", "ko-object", "ko-three", "ja-two", "ja-three"],
)
def test_people_named_by_anonymised_names_in_a_list_are_each_one(
    lang: str, text: str, people: int
) -> None:
    v = verdict_of(lang, "瀋陽", text)
    assert v.tier is Tier.ALERT
    assert v.facts.people == people


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", '탈북민 김모 씨와 이모 씨는 "중국에서 체포되면 북송된다"고 말했다.'),
        ("ja", "支援団体の金さんと李さんは「脱北者が拘束されれば送還される」と話した。"),
    ],
    ids=["ko-speakers", "ja-speakers"],
)
def test_two_named_who_speak_are_not_counted(lang: str, text: str) -> None:
    assert verdict_of(lang, "北朝鮮", text).facts.people is None


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "A North Korean family was detained in Shenyang last week. Two young children were "
            "among them.",
            None,
        ),
        (
            "Chinese police held a North Korean family near Tumen on Monday. Three little girls "
            "are among them.",
            None,
        ),
        (
            "A North Korean family of five was detained in Shenyang last week. Two young "
            "children were among them.",
            5,
        ),
    ],
    ids=["uncounted", "uncounted-present", "counted"],
)
def test_en_children_among_a_family_are_a_part_not_the_count(
    text: str, people: int | None
) -> None:
    v = verdict_of("en", "Family held", text)
    assert v.tier is Tier.ALERT
    assert v.facts.people == people
