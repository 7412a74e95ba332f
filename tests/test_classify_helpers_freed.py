"""A helper freed while the people stay held: the missionary, guide or broker caught with them,
named with the people in the helper's own modifier, is the one released.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 3, 20)


def facts_of(title: str, text: str, lang: str) -> tuple[Tier, Status | None]:
    verdict = classify(Document("h", title, text, lang=lang, date=ON))
    return verdict.tier, verdict.facts.status


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Three North Korean defectors arrested in Yunnan",
         "Chinese police arrested three North Korean defectors near the Laos border on Friday. "
         "A South Korean pastor arrested with the three defectors was released after "
         "questioning.", "en"),
        ("탈북 여성 2명 中 공안에 체포",
         "탈북 여성 2명이 지난주 중국 선양에서 공안에 체포됐다. 탈북 여성 2명과 함께 붙잡힌 "
         "한국인 선교사가 조사를 받은 후 풀려났다.", "ko"),
        ("탈북민 3명 中 공안에 체포",
         "탈북민 3명이 중국 윈난성에서 공안에 체포됐다. 이들을 안내하던 중국인 브로커는 벌금을 "
         "낸 뒤 석방됐다.", "ko"),
        ("脱北者2人、中国で拘束",
         "脱北者2人が先週、中国瀋陽で公安当局に拘束された。脱北者2人と一緒に拘束された韓国人"
         "宣教師は取り調べの後に釈放された。", "ja"),
        ("В Китае задержаны двое беглецов из КНДР",
         "Двое беглецов из КНДР задержаны полицией в Шэньяне. Южнокорейский миссионер, "
         "задержанный вместе с двумя беглецами из КНДР, был отпущен после допроса.", "ru"),
        ("Hai người đào tẩu Triều Tiên bị bắt ở Trung Quốc",
         "Hai người đào tẩu Triều Tiên đã bị công an Trung Quốc bắt ở Thẩm Dương. Một nhà "
         "truyền giáo Hàn Quốc bị bắt cùng hai người đào tẩu Triều Tiên đã được thả sau khi "
         "thẩm vấn.", "vi"),
        ("ผู้แปรพักตร์เกาหลีเหนือ 2 คนถูกจับในจีน",
         "ผู้แปรพักตร์เกาหลีเหนือ 2 คนถูกตำรวจจีนจับกุมที่เสิ่นหยาง "
         "มิชชันนารีชาวเกาหลีใต้ที่ถูกจับพร้อมผู้แปรพักตร์เกาหลีเหนือ 2 คน "
         "ได้รับการปล่อยตัวหลังการสอบสวน", "th"),
    ],
    ids=["en-pastor-arrested-with", "ko-caught-with-missionary", "ko-broker-freed-after-fine",
         "ja-missionary-caught-with", "ru-missionary-participle", "vi-missionary-caught-with",
         "th-missionary-caught-with"],
)  # fmt: skip
def test_the_helper_caught_with_the_people_is_the_one_freed(
    title: str, text: str, lang: str
) -> None:
    assert facts_of(title, text, lang) == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Three North Korean defectors freed in Yunnan",
         "Three North Korean defectors arrested with a South Korean pastor were released after "
         "questioning on Friday.", "en"),
        ("탈북민 3명 中서 석방",
         "한국인 선교사와 함께 붙잡힌 탈북민 3명이 조사를 받은 후 풀려났다.", "ko"),
        ("脱北者3人、中国で釈放",
         "韓国人宣教師と一緒に拘束された脱北者3人は取り調べの後に釈放された。", "ja"),
        ("В Китае отпустили троих беглецов из КНДР",
         "Трое беглецов из КНДР, задержанные вместе с южнокорейским миссионером, были отпущены "
         "после допроса.", "ru"),
    ],
    ids=["en-people-caught-with-pastor", "ko-people-caught-with-missionary",
         "ja-people-caught-with-missionary", "ru-people-caught-with-missionary"],
)  # fmt: skip
def test_the_people_caught_with_a_helper_are_freed_when_they_are_the_head(
    title: str, text: str, lang: str
) -> None:
    assert facts_of(title, text, lang)[1] is Status.RELEASED


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("中 공안, 한국인 선교사 석방…함께 붙잡힌 탈북민 5명은 북송 위기",
         "중국 선양에서 탈북민 5명이 공안에 체포됐다.", "ko"),
        ("한국인 목사 풀려나…함께 체포된 탈북 여성 3명은 강제북송 우려",
         "지난달 옌지에서 탈북 여성 3명이 공안에 붙잡혔다.", "ko"),
        ("韩国传教士获释 与其一同被抓的5名脱北者面临遣返",
         "上月5名脱北者在沈阳被公安抓获。", "zh"),
    ],
    ids=["ko-missionary-freed-then-caught-with", "ko-pastor-freed-then-arrested-with",
         "zh-missionary-freed-then-caught-with"],
)  # fmt: skip
def test_a_helper_freed_before_the_people_caught_with_him_frees_no_one(
    title: str, text: str, lang: str
) -> None:
    """The helper's own release word stands before "together": the people are not joined to it."""
    assert facts_of(title, text, lang) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Five North Korean defectors arrested in Shenyang",
         "Chinese police arrested five North Korean defectors in Shenyang on Monday. The men's "
         "families in Seoul were released from questioning.", "en"),
        ("Five North Korean defectors arrested in Shenyang",
         "Chinese police arrested five North Korean defectors in Shenyang on Monday. The "
         "defectors' families in Seoul were released after questioning.", "en"),
        ("탈북민 5명 선양서 체포",
         "탈북민 5명이 월요일 중국 선양에서 공안에 체포됐다. 탈북민 5명의 서울 가족들은 조사를 "
         "받고 풀려났다.", "ko"),
        ("탈북민 5명 선양서 체포",
         "탈북민 5명이 월요일 중국 선양에서 공안에 체포됐다. 이들의 한국 내 가족들은 경찰 조사를 "
         "받고 풀려났다.", "ko"),
        ("脱北者5人、瀋陽で拘束",
         "脱北者5人が月曜日、中国の瀋陽で公安に拘束された。5人のソウルの家族は事情聴取を受けた"
         "後、解放された。", "ja"),
        ("脱北者5人、瀋陽で拘束",
         "脱北者5人が月曜日、中国の瀋陽で公安に拘束された。韓国にいる彼らの家族は取り調べの後に"
         "釈放された。", "ja"),
        ("5名脱北者在沈阳被捕",
         "5名脱北者周一在中国沈阳被公安逮捕。他们在首尔的家人接受问询后获释。", "zh"),
        ("5名脫北者在瀋陽被捕",
         "5名脫北者週一在中國瀋陽被公安逮捕。他們在首爾的家人接受問詢後獲釋。", "zh"),
        ("В Шэньяне задержаны пятеро беглецов из КНДР",
         "Пятеро беглецов из КНДР задержаны в Шэньяне в понедельник. Семьи задержанных в "
         "Южной Корее были отпущены после допроса.", "ru"),
        ("Năm người đào tẩu Triều Tiên bị bắt ở Thẩm Dương",
         "Năm người đào tẩu Triều Tiên đã bị công an Trung Quốc bắt ở Thẩm Dương hôm thứ Hai. Gia "
         "đình của họ ở Seoul đã được thả sau khi bị thẩm vấn.", "vi"),
        ("ผู้แปรพักตร์เกาหลีเหนือ 5 คนถูกจับในจีน",
         "ผู้แปรพักตร์เกาหลีเหนือ 5 คนถูกตำรวจจีนจับกุมที่เสิ่นหยางเมื่อวันจันทร์ "
         "ครอบครัวของพวกเขาในกรุงโซลได้รับการปล่อยตัวหลังการสอบสวน", "th"),
    ],
    ids=["en-mens-families", "en-defectors-families", "ko-seoul-family", "ko-family-in-korea",
         "ja-seoul-family", "ja-family-in-korea", "zh-Hans", "zh-Hant", "ru-families-in-korea",
         "vi-family-in-seoul", "th-family-in-seoul"],
)  # fmt: skip
def test_their_relatives_in_the_south_freed_are_not_the_people(
    title: str, text: str, lang: str
) -> None:
    assert facts_of(title, text, lang) == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    ("title", "text", "lang", "status"),
    [
        ("North Korean family freed",
         "Chinese police arrested a North Korean family in Shenyang last week. The family of five "
         "was released on Friday.", "en", Status.RELEASED),
        ("North Korean mother and son freed",
         "Chinese police arrested a defector's wife and son in Shenyang last week. The defector's "
         "wife and son were released on Friday.", "en", Status.RELEASED),
        ("탈북민 가족 석방",
         "탈북민 김모씨의 가족 3명이 지난주 선양에서 체포됐다. 김씨의 가족들은 금요일 풀려났다.",
         "ko", Status.RELEASED),
        ("Gia đình người đào tẩu được thả",
         "Gia đình 4 người đào tẩu Triều Tiên bị bắt ở Thẩm Dương tuần trước đã được thả hôm thứ "
         "Sáu.", "vi", Status.RELEASED),
        ("5名脱北者在沈阳被捕",
         "他们在韩国的家人说，5名脱北者周一在中国沈阳被公安逮捕。", "zh", Status.ARRESTED),
        ("Năm người đào tẩu bị bắt",
         "Gia đình của họ ở Seoul cho biết năm người đào tẩu Triều Tiên đã bị công an Trung Quốc "
         "bắt ở Thẩm Dương hôm thứ Hai.", "vi", Status.ARRESTED),
        ("Пятеро беглецов задержаны",
         "Родственники в Сеуле сообщили, что пятеро беглецов из КНДР задержаны в Шэньяне в "
         "понедельник.", "ru", Status.ARRESTED),
        ("Families in Seoul fear two relatives will be sent back",
         "Chinese police arrested two North Koreans in Changbai on Tuesday, a relative living in "
         "Seoul said.", "en", Status.FACING_REPATRIATION),
        ("한국 내 가족들, 탈북민 2명 강제북송 우려",
         "탈북민 2명이 화요일 중국 창바이에서 공안에 체포됐다고 서울에 사는 가족이 전했다.", "ko",
         Status.FACING_REPATRIATION),
    ],
    ids=["en-family-of-five", "en-wife-and-son", "ko-family-held", "vi-family-held",
         "zh-family-speaks", "vi-family-speaks", "ru-relatives-speak", "en-families-fear",
         "ko-families-fear"],
)  # fmt: skip
def test_a_family_held_and_freed_or_a_family_that_speaks_stays_as_told(
    title: str, text: str, lang: str, status: Status
) -> None:
    assert facts_of(title, text, lang) == (Tier.ALERT, status)


ARRESTED_IN_YUNNAN = {
    "en": ("Three North Korean defectors arrested in Yunnan",
           "Chinese police arrested three North Korean defectors in Yunnan on Friday. "),
    "ko": ("탈북민 3명 中 윈난서 체포", "탈북민 3명이 금요일 중국 윈난성에서 공안에 체포됐다. "),
    "ja": ("脱北者3人、雲南で拘束", "脱北者3人が金曜日、中国雲南省で公安に拘束された。"),
    "zh": ("3名脱北者在云南被捕", "3名脱北者周五在中国云南被公安逮捕。"),
    "vi": ("Ba người đào tẩu Triều Tiên bị bắt ở Vân Nam",
           "Ba người đào tẩu Triều Tiên đã bị công an Trung Quốc bắt ở Vân Nam hôm thứ Sáu. "),
    "th": ("ผู้แปรพักตร์เกาหลีเหนือ 3 คนถูกจับในจีน",
           "ผู้แปรพักตร์เกาหลีเหนือ 3 คนถูกตำรวจจีนจับกุมที่ยูนนานเมื่อวันศุกร์ "),
}  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "freed"),
    [
        ("en", "The man guiding them was released."),
        ("ko", "이들을 안내한 중국인 남성은 벌금을 내고 풀려났다."),
        ("ja", "彼らを車で運んだ中国人男性は罰金を払って釈放された。"),
        ("zh", "带他们越境的中国男子缴纳罚款后获释。"),
        ("vi", "Người môi giới dẫn đường cho họ đã được thả."),
        ("vi", "Tài xế chở họ đã được thả."),
        ("th", "นายหน้าที่นำทางพวกเขาได้รับการปล่อยตัวแล้ว"),
        ("th", "คนขับรถที่พาพวกเขามาได้รับการปล่อยตัวแล้ว"),
    ],
    ids=["en-man-guiding-them", "ko-who-guided-them", "ja-who-drove-them",
         "zh-who-took-them-across", "vi-broker-who-guided-them", "vi-driver-who-drove-them",
         "th-broker-who-guided-them", "th-driver-who-took-them"],
)  # fmt: skip
def test_one_who_guided_or_drove_them_is_the_one_freed(lang: str, freed: str) -> None:
    title, arrested = ARRESTED_IN_YUNNAN[lang]
    assert facts_of(title, arrested + freed, lang) == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    ("title", "text", "lang", "status"),
    [
        ("Three North Korean defectors freed",
         "Three North Korean defectors and the Chinese man guiding them were released on Friday.",
         "en", Status.RELEASED),
        ("탈북민 3명 석방",
         "윈난성에서 체포된 탈북민 3명과 이들을 안내한 중국인 남성이 금요일 함께 풀려났다.", "ko",
         Status.RELEASED),
        ("脱北者3人を釈放", "脱北者3人と彼らを車で運んだ中国人男性が金曜日に釈放された。", "ja",
         Status.RELEASED),
        ("3名脱北者获释", "3名脱北者和带他们越境的中国男子周五一起获释。", "zh", Status.RELEASED),
        ("탈북민 3명 체포",
         "중국 공안은 금요일 윈난성에서 탈북민 3명과 이들을 안내한 중국인 남성을 체포했다.", "ko",
         Status.ARRESTED),
    ],
    ids=["en-freed-with-guide", "ko-freed-with-guide", "ja-freed-with-driver",
         "zh-freed-with-guide", "ko-arrested-with-guide"],
)  # fmt: skip
def test_the_people_named_with_the_one_who_guided_them_share_the_status(
    title: str, text: str, lang: str, status: Status
) -> None:
    assert facts_of(title, text, lang) == (Tier.ALERT, status)
