"""Former workers caught abroad are people in custody; their fate unknown for weeks is missing;
held, then sent to South Korea, they reached it; a part already there and the rest told next
still held is a group still held, counted whole.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 6, 20)


def _read(lang: str, text: str) -> tuple[Tier, Status | None, int | None]:
    verdict = classify(Document("r", "", text, lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "북한 노동자 출신 남성 3명이 지난주 하바롭스크에서 체포돼 이민 수용소에 구금돼 있다."),
        ("zh", "三名前朝鲜劳工上周在哈巴罗夫斯克被警方抓获，目前被关押在移民拘留中心。"),
        ("ja", "元北朝鮮労働者の男性3人が先週、ハバロフスクで警察に拘束され、入管施設に収容されている。"),
        ("ru", "Трое бывших северокорейских рабочих задержаны на прошлой неделе в Хабаровске и "
               "помещены в центр временного содержания иностранцев."),
        ("vi", "Ba cựu lao động Triều Tiên bị bắt tại Khabarovsk tuần trước và đang bị giam tại "
               "trung tâm tạm giữ người nhập cư."),
        ("th", "อดีตแรงงานเกาหลีเหนือ 3 คนถูกจับกุมที่คาบารอฟสค์เมื่อสัปดาห์ก่อนและถูกกักตัวอยู่ใน"
               "ศูนย์กักกันคนเข้าเมือง"),
    ],
)  # fmt: skip
def test_former_workers_caught_abroad_are_held(lang: str, text: str) -> None:
    tier, status, people = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.DETAINED
    assert people == 3


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chinese police detained three North Korean defectors in Yanji in April. "
               "Their fate has for weeks remained unknown."),
        ("en", "Chinese police detained three North Korean defectors in Yanji in April. "
               "Their whereabouts have since remained unknown."),
        ("ko", "중국 공안이 4월 옌지에서 탈북민 3명을 체포했다. 이들의 행방은 몇 주째 여전히 "
               "알려지지 않고 있다."),
        ("ja", "中国の公安は4月、延吉で脱北者3人を拘束した。3人の消息は数週間たった今も"
               "分かっていない。"),
        ("ru", "Китайская полиция в апреле задержала в Яньцзи троих беглецов из КНДР. Их судьба "
               "уже несколько недель остается неизвестной."),
        ("vi", "Công an Trung Quốc bắt ba người đào tẩu Triều Tiên ở Diên Cát hồi tháng 4. "
               "Số phận của họ nhiều tuần nay vẫn chưa rõ."),
        ("th", "ตำรวจจีนจับกุมผู้แปรพักตร์เกาหลีเหนือ 3 คนที่เมืองเหยียนจี๋เมื่อเดือนเมษายน "
               "ชะตากรรมของพวกเขายังคงไม่มีใครทราบมาหลายสัปดาห์"),
    ],
)  # fmt: skip
def test_their_fate_unknown_for_weeks_after_the_arrest_is_missing(lang: str, text: str) -> None:
    tier, status, people = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.MISSING
    assert people == 3


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "비엔티안에 구금돼 있던 탈북민 4명이 6월 18일 한국으로 보내졌다."),
        ("zh", "被关押在万象的4名脱北者6月18日被送往韩国。"),
        ("ja", "ビエンチャンで収容されていた脱北者4人が6月18日、韓国へ送られた。"),
        ("ru", "Четверо беглецов из КНДР, содержавшихся во Вьентьяне, 18 июня были отправлены в "
               "Южную Корею."),
    ],
)  # fmt: skip
def test_held_then_sent_to_south_korea_reached_it(lang: str, text: str) -> None:
    tier, status, people = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.REACHED_THIRD_COUNTRY
    assert people == 4


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chinese police arrested eight North Korean defectors in Shenyang in March. Three "
               "of the women are already in South Korea. The other five are still being held in a "
               "detention centre."),
        ("ko", "중국 공안이 3월 선양에서 탈북민 8명을 체포했다. 이 가운데 여성 3명은 이미 한국에 "
               "와 있다. 나머지 5명은 여전히 구금돼 있다."),
        ("ru", "Китайская полиция в марте задержала в Шэньяне восьмерых беглецов из КНДР. 3 женщины "
               "из их числа уже находятся в Южной Корее. Остальные 5 по-прежнему содержатся под "
               "стражей."),
    ],
)  # fmt: skip
def test_some_already_in_south_korea_the_rest_held_is_held(lang: str, text: str) -> None:
    tier, status, people = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.DETAINED
    assert people == 8
