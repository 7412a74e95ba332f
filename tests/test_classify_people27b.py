"""People named by kinship, by age and by who speaks of them, in every language: round-2 fixes.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 11, 20)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("p27b", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Defector fears for her mother",
            "A defector living in South Korea said her mother was detained by Chinese police "
            "in Yanji on Monday.",
        ),
        (
            "ru",
            "Перебежчица: сестру задержали",
            "Перебежчица, живущая в Сеуле, рассказала, что ее младшую сестру на прошлой неделе "
            "задержала полиция Китая в Шэньяне.",
        ),
        (
            "vi",
            "Người đào tẩu: em gái bị bắt",
            "Một người đào tẩu sống ở Seoul cho biết em gái cô đã bị công an Trung Quốc bắt ở "
            "Thẩm Dương tuần trước.",
        ),
        (
            "th",
            "ผู้แปรพักตร์: น้องสาวถูกจับ",
            "ผู้แปรพักตร์ในกรุงโซลเล่าว่าน้องสาวของเธอถูกตำรวจจีนจับกุมที่เมืองเสิ่นหยางเมื่อสัปดาห์ที่แล้ว",
        ),
    ],
    ids=["en", "ru", "vi", "th"],
)
def test_a_defector_living_in_the_south_names_the_north_for_her_kin_held_abroad(
    lang: str, title: str, text: str
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == "CN"
    assert v.facts.status in (Status.ARRESTED, Status.DETAINED)


def test_a_defector_living_in_the_south_arrested_there_is_still_no_alert() -> None:
    v = verdict_of(
        "en",
        "Defector arrested for fraud",
        "A defector in Seoul was arrested by South Korean police for fraud last week.",
    )
    assert v.tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        (
            "en",
            "Defector says sister caught in China",
            "A defector in Seoul said his younger sister was caught by Chinese police in Shenyang "
            "last week.",
            1,
        ),
        (
            "ko",
            '탈북민 "여동생 중국서 체포"',
            "탈북민 김모씨는 여동생이 지난주 선양에서 중국 공안에 체포됐다고 말했다.",
            1,
        ),
        (
            "ja",
            "脱北者「妹が中国で拘束」",
            "脱北者の金さんは、妹が先週瀋陽で中国公安に拘束されたと話した。",
            1,
        ),
        (
            "zh",
            "脱北者：妹妹在中国被捕",
            "居住在首尔的脱北者金某说，她28岁的妹妹上周在沈阳被中国公安带走。",
            1,
        ),
        ("zh-Hant", "母親被捕", "脫北者金某表示，她62歲的母親上週在延吉被中國公安逮捕。", 1),
        (
            "ru",
            "В Китае задержали сестру перебежчицы из КНДР",
            "Жительница Сеула, бежавшая из КНДР в 2015 году, рассказала, что ее младшую сестру на "
            "прошлой неделе задержала полиция Китая в Шэньяне.",
            1,
        ),
        (
            "vi",
            "Em gái bị bắt",
            "Bà Kim, người đào tẩu Triều Tiên, cho biết em gái bà đã bị công an Trung Quốc bắt ở "
            "Thẩm Dương tuần trước.",
            1,
        ),
        (
            "th",
            "ผู้แปรพักตร์: น้องสาวถูกจับในจีน",
            "นางคิม ผู้แปรพักตร์ชาวเกาหลีเหนือ เล่าว่าน้องสาวของเธอถูกตำรวจจีนจับกุมที่เมืองเสิ่นหยางเมื่อสัปดาห์ที่แล้ว",
            1,
        ),
        (
            "ja",
            "脱北者「母と弟が拘束」",
            "脱北者の金さんは、母と弟が先週瀋陽で中国公安に拘束されたと話した。",
            2,
        ),
    ],
    ids=["en", "ko", "ja", "zh", "zh-Hant", "ru", "vi", "th", "ja-two"],
)
def test_one_relative_named_alone_where_the_arrest_is_told_is_one_person(
    lang: str, title: str, text: str, people: int
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.people == people


def test_a_korean_denial_word_that_also_means_wife_counts_no_one() -> None:
    v = verdict_of(
        "ko",
        '외교부 "탈북민 강제북송 확인 안 돼"…보도 부인',
        "외교부는 3일 탈북민이 중국에서 강제북송됐다는 보도에 대해 확인된 바 없다고 밝혔다.",
    )
    assert v.facts.people is None


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Three more held in Yanji",
            "Three more North Korean defectors were detained in Yanji on Monday. Last month China "
            "sent back 150 defectors to North Korea.",
        ),
        (
            "ko",
            "탈북민 3명 또 체포",
            "탈북민 3명이 또 지난주 옌지에서 체포됐다. 지난달 중국은 탈북민 150명을 강제북송했다.",
        ),
        (
            "ja",
            "脱北者3人また拘束",
            "脱北者3人がまた先週、延吉で拘束された。先月、中国は脱北者150人を北送した。",
        ),
        (
            "zh",
            "又有3名脱北者被捕",
            "又有3名脱北者本周一在延吉被捕。上个月中国将150名脱北者遣返朝鲜。",
        ),
        (
            "zh-Hant",
            "又有3名脫北者被捕",
            "又有3名脫北者本週一在延吉被捕。上個月中國將150名脫北者遣返北韓。",
        ),
        (
            "ru",
            "Задержаны еще трое",
            "Еще трое граждан КНДР задержаны в понедельник. В прошлом месяце Китай выслал в КНДР "
            "150 беглецов.",
        ),
    ],
    ids=["en", "ko", "ja", "zh", "zh-Hant", "ru"],
)
def test_people_added_to_others_are_not_sent_back_with_last_months_larger_group(
    lang: str, title: str, text: str
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status in (Status.ARRESTED, Status.DETAINED)
    assert v.facts.people == 3
