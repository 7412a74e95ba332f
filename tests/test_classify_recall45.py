"""Round-45 missed alerts: a new group held, named without the North, after background naming
the escapees, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 4)

HELD = (Status.ARRESTED, Status.DETAINED)


def verdict_of(lang: str, text: str) -> Verdict:
    return classify(Document("recall45", "", text, lang, date=ON))


def ids(rows: list[tuple[str, ...]]) -> list[str]:
    return [f"{r[0]}-{i}" for i, r in enumerate(rows)]


# A year's figure of escapees returned, then a new group held now, named only by its figure and
# a group word: more of them.
NEW_GROUP_AFTER_A_FIGURE = [
    ("en", "Activists estimate that China sent some 250 North Korean defectors home last year. "
           "Sadly the pattern has not changed. Four women were detained in Helong on Sunday and "
           "are held by the border police."),
    ("ko", "활동가들은 중국이 지난해 탈북민 250여 명을 북송한 것으로 추산한다. 일요일 허룽에서 여성 "
           "4명이 붙잡혀 변방 공안에 구금돼 있다."),
    ("zh", "活动人士估计，中国去年遣返了约250名脱北者。周日，四名妇女在和龙被抓，目前被边防警察关押。"),
    ("ja", "活動家らは、中国が昨年、脱北者約250人を送還したとみている。日曜日、和龍で女性4人が拘束され、"
           "国境警察に収容されている。"),
    ("ru", "Активисты считают, что в прошлом году Китай выдал около 250 беглецов из Северной Кореи. "
           "В воскресенье в Хэлуне задержали четырёх женщин, их держат в пограничной полиции."),
    ("vi", "Các nhà hoạt động ước tính năm ngoái Trung Quốc đã trao trả khoảng 250 người Triều Tiên "
           "đào thoát. Chủ nhật vừa qua, bốn phụ nữ bị bắt ở Hòa Long và đang bị công an biên phòng "
           "tạm giữ."),
    ("th", "นักเคลื่อนไหวประเมินว่าปีที่แล้วจีนส่งตัวผู้ลี้ภัยเกาหลีเหนือกลับราว 250 คน\n"
           "เมื่อวันอาทิตย์ ผู้หญิง 4 คนถูกจับที่เมืองเหอหลง และถูกตำรวจชายแดนควบคุมตัวไว้"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), NEW_GROUP_AFTER_A_FIGURE, ids=ids(NEW_GROUP_AFTER_A_FIGURE)
)
def test_a_new_group_held_after_a_figure_of_escapees_is_them(lang: str, text: str) -> None:
    verdict = verdict_of(lang, text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == 4
    assert verdict.facts.country == "CN"


# Background naming the escapees uncounted (where they hide), then a new group held now.
NEW_GROUP_AFTER_THEM_UNCOUNTED = [
    ("en", "Many North Korean defectors hide in the villages around Yanji, working without "
           "papers. It has become harder every year. Last week, five women were arrested in a "
           "raid on a farm and are held by the police."),
    ("ko", "많은 탈북민이 옌지 주변 농촌에 숨어 지낸다. 해마다 더 어려워지고 있다. 지난주 농장 "
           "단속에서 여성 5명이 체포돼 공안에 구금돼 있다."),
    ("zh", "许多脱北者藏身在延吉周边的农村。情况一年比一年困难。上周，五名妇女在一次农场搜查中被捕，"
           "目前被公安关押。"),
    ("ja", "多くの脱北者が延吉周辺の農村に身を隠している。状況は年々厳しくなっている。先週、農場の摘発で"
           "女性5人が逮捕され、公安に拘束されている。"),
    ("ru", "Многие беглецы из Северной Кореи скрываются в деревнях вокруг Яньцзи. С каждым годом "
           "это всё труднее. На прошлой неделе во время облавы на ферме были арестованы пять "
           "женщин, их держат в полиции."),
    ("vi", "Nhiều người Triều Tiên đào thoát đang trốn ở các làng quanh Diên Cát. Mỗi năm việc này "
           "càng khó hơn. Tuần trước, năm phụ nữ bị bắt trong một cuộc đột kích vào một trang trại "
           "và đang bị công an tạm giữ."),
    ("th", "ผู้ลี้ภัยเกาหลีเหนือจำนวนมากหลบซ่อนอยู่ในหมู่บ้านรอบเมืองเหยียนจี๋\n"
           "เมื่อสัปดาห์ที่แล้ว ผู้หญิง 5 คนถูกจับระหว่างการบุกค้นฟาร์ม และถูกตำรวจควบคุมตัวไว้"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), NEW_GROUP_AFTER_THEM_UNCOUNTED, ids=ids(NEW_GROUP_AFTER_THEM_UNCOUNTED)
)
def test_a_new_group_held_after_them_uncounted_is_them(lang: str, text: str) -> None:
    verdict = verdict_of(lang, text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == 5
    assert verdict.facts.country == "CN"


# After a group counted now, another group held is others (tests/test_classify_zh_ja_news.py
# keeps the ja case): no alert. (en, ru and vi read a figure opening the next sentence as the
# group's, carry.opening_figure, as before this rule.)
AFTER_A_GROUP_COUNTED_NOW = [
    ("ko", "탈북민 6명이 선양의 한 아파트에서 발견됐다. 화요일 여성 2명이 구금됐다."),
    ("zh", "六名脱北者在沈阳一处公寓被发现。周二，两名妇女被拘留。"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), AFTER_A_GROUP_COUNTED_NOW, ids=ids(AFTER_A_GROUP_COUNTED_NOW)
)
def test_another_group_after_a_group_counted_now_raises_no_alert(lang: str, text: str) -> None:
    assert verdict_of(lang, text).tier is not Tier.ALERT


# The same background, then a group that is no one held now: related, no alert.
GROUP_NOT_HELD_NOW = [
    # five women who fled long ago, living in the South
    ("en", "Activists estimate that China sent some 250 North Korean defectors home last year. "
           "Five women who fled in 2019 now live in Seoul."),
    ("ko", "활동가들은 중국이 지난해 탈북민 250여 명을 북송한 것으로 추산한다. 2019년에 탈출한 여성 "
           "5명은 지금 서울에 산다."),
    # South Korean citizens held
    ("zh", "活动人士估计，中国去年遣返了约250名脱北者。周日，两名韩国妇女在丹东被拘留。"),
    # brokers held
    ("en", "Activists estimate that China sent some 250 North Korean defectors home last year. "
           "Three Chinese brokers were arrested in Yanji on Sunday."),
    ("ja", "活動家らは、中国が昨年、脱北者約250人を送還したとみている。日曜日、延吉で中国人ブローカー"
           "3人が逮捕された。"),
    # a memoir: a group caught long ago
    ("en", "She is one of the North Korean defectors who now speak in Seoul. In 1998, three women "
           "from her village were arrested in Yanji."),
    ("vi", "Bà là một trong những người Triều Tiên đào thoát hiện sống ở Seoul. Năm 1998, ba phụ nữ "
           "cùng làng bị bắt ở Diên Cát."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), GROUP_NOT_HELD_NOW, ids=ids(GROUP_NOT_HELD_NOW))
def test_a_group_not_held_now_after_background_raises_no_alert(lang: str, text: str) -> None:
    assert verdict_of(lang, text).tier is not Tier.ALERT
