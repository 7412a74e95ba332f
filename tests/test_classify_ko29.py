"""Round 29's Korean stress set: the kinds it found, probed in every language where they occur.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Facts, Status, Tier

ON = date(2026, 12, 5)


def _facts(title: str, text: str, lang: str | None = None) -> Facts:
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert verdict.tier is Tier.ALERT
    return verdict.facts


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ko", "하바롭스크서 탈북 시도 北 노동자 행방불명",
         "러시아 하바롭스크에서 일하던 노동자가 사흘째 연락이 닿지 않는다고 지인이 전했다."),
        ("ko", "하바롭스크서 탈북을 시도한 북한 노동자 행방불명",
         "지인은 그가 사흘째 연락이 닿지 않는다고 전했다."),
        ("ja", "ハバロフスクで脱北を図った北朝鮮労働者が行方不明",
         "知人によると、3日前から連絡が取れないという。"),
        ("vi", "Lao động Triều Tiên tìm cách đào tẩu mất tích ở Khabarovsk",
         "Người quen cho biết đã ba ngày không liên lạc được với anh."),
        ("th", "แรงงานเกาหลีเหนือที่พยายามแปรพักตร์หายตัวไปในคาบารอฟสค์",
         "คนรู้จักระบุว่าติดต่อเขาไม่ได้มาสามวันแล้ว"),
    ],
)  # fmt: skip
def test_a_worker_who_tried_to_defect_is_no_worker_sent_home(
    lang: str, title: str, text: str
) -> None:
    facts = _facts(title, text, lang)
    assert facts.status is Status.MISSING
    assert facts.country == "RU"


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ko", "탈북민 4명 태국행",
         "탈북민 4명이 지난 2일 치앙라이 경찰서를 찾아 태국 경찰에 자진 신고했다고 지원단체가 전했다."),
        ("en", "Four North Korean defectors in Thailand",
         "Four North Korean defectors walked into a station in Chiang Rai and turned themselves in "
         "on Friday, a support group said."),
        ("en", "Four North Korean defectors in Thailand",
         "Four North Korean defectors surrendered to Thai police in Chiang Rai on Friday."),
        ("ja", "脱北者4人がタイに",
         "脱北者4人が2日、チェンライの警察署に出頭したと支援団体が明らかにした。"),
        ("zh", "4名脱北者在泰国",
         "4名脱北者2日在清莱向泰国警方自首，援助团体说。"),
        ("ru", "Четверо северокорейцев в Таиланде",
         "Четверо беглецов из КНДР в пятницу сдались тайской полиции в Чианграе, сообщили "
         "волонтёры."),
        ("vi", "4 người Triều Tiên ở Thái Lan",
         "4 người đào tẩu Triều Tiên đã ra trình diện cảnh sát ở Chiang Rai hôm thứ Sáu."),
    ],
)  # fmt: skip
def test_people_who_gave_themselves_up_are_in_police_hands(
    lang: str, title: str, text: str
) -> None:
    facts = _facts(title, text, lang)
    assert facts.status is Status.ARRESTED
    assert facts.country == "TH"
    assert facts.people == 4


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "North Korean soldier crosses the border",
         "A North Korean soldier crossed the line and surrendered to South Korean troops on "
         "Tuesday, the military said."),
        ("ko", "통일부, 정착금 부정수급 자진신고 기간 운영",
         "통일부는 탈북민이 정착금을 잘못 받은 경우 다음 달까지 자진 신고하면 처벌을 덜어준다고 밝혔다."),
    ],
)  # fmt: skip
def test_a_surrender_at_home_is_no_custody_abroad(lang: str, title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert verdict.tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ko", "탈북 모자 몽골행",
         "중국에서 국경을 넘은 탈북민 모자 2명이 지난 1일 몽골 국경경비대에 보호됐다고 단체가 밝혔다."),
        ("ko", "탈북 모자 몽골행",
         "중국에서 국경을 넘은 탈북민 2명이 현재 몽골 국경수비대의 보호를 받고 있다."),
        ("en", "Mother and son cross into Mongolia",
         "Two North Korean defectors, a mother and her son, were taken in by Mongolian border "
         "guards on Monday after crossing the border."),
    ],
)  # fmt: skip
def test_people_taken_in_by_border_guards_abroad_are_held(
    lang: str, title: str, text: str
) -> None:
    facts = _facts(title, text, lang)
    assert facts.status is Status.DETAINED
    assert facts.country == "MN"
    assert facts.people == 2


def test_a_headline_arrival_without_its_particle_reaches_the_third_country() -> None:
    facts = _facts(
        "탈북민 3명 몽골 도착",
        "중국에서 국경을 넘은 탈북민 3명이 몽골 국경경비대에 보호된 뒤 울란바토르로 옮겨졌다.",
        "ko",
    )
    assert facts.status is Status.REACHED_THIRD_COUNTRY
    assert facts.people == 3
