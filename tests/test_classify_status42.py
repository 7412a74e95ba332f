"""Status kinds of round 42: a return not known to have happened, a demand of the North's
consulate or embassy for the people, a handover to the North's border guards, people who walked
out of a jail, and their whereabouts unknown.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 11, 20)


def _read(text: str, lang: str) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("r", "", text, lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people, verdict.facts.country


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("vi", "Công an Trung Quốc tuần trước đã bắt giữ bốn người đào tẩu Triều Tiên ở Thẩm "
         "Dương. Chưa rõ họ đã bị trả về hay chưa.", 4),
        ("vi", "Cảnh sát Đan Đông hôm thứ Hai đã bắt ba phụ nữ Triều Tiên. Hiện không biết họ đã "
         "bị trục xuất về Triều Tiên chưa.", 3),
        ("th", "ตำรวจจีนจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือสี่คนที่เสิ่นหยางเมื่อสัปดาห์ที่แล้ว "
         "ยังไม่ทราบว่าพวกเขาถูกส่งกลับไปแล้วหรือยัง", 4),
        ("th", "ตำรวจตานตงควบคุมตัวหญิงชาวเกาหลีเหนือสามคนเมื่อวันจันทร์ "
         "ไม่มีใครรู้ว่าพวกเธอถูกส่งตัวกลับเกาหลีเหนือแล้วหรือไม่", 3),
    ],
    ids=["vi-hay-chua", "vi-chua", "th-rue-yang", "th-rue-mai"],
)  # fmt: skip
def test_a_return_not_known_to_have_happened_is_feared(lang: str, text: str, people: int) -> None:
    """Whether they were sent back, not known: a return asked about is still to come for the
    people, feared, neither done nor denied by the negation that says it is not known."""
    assert _read(text, lang) == (Tier.ALERT, Status.FACING_REPATRIATION, people, "CN")


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("en", "Police in Hanoi detained three North Korean defectors last month. On Tuesday the "
         "three walked out of the jail.", "VN"),
        ("en", "Police in Vientiane arrested four North Korean defectors in March. The four left "
         "the detention centre on Monday.", "LA"),
        ("ko", "하노이 경찰이 지난달 탈북민 3명을 구금했다. 세 사람은 화요일 교도소를 걸어 "
         "나왔다.", "VN"),
        ("ko", "비엔티안 경찰이 3월 탈북민 4명을 체포했다. 이들은 월요일 수용소를 나왔다.", "LA"),
        ("zh", "河内警方上月拘留了三名脱北者。周二，三人走出了监狱。", "VN"),
        ("zh", "万象警方三月逮捕了四名脱北者。周一，四人离开了拘留中心。", "LA"),
        ("ja", "ハノイの警察は先月、脱北者3人を拘束した。3人は火曜日、刑務所から歩いて出てきた。",
         "VN"),
        ("ja", "ビエンチャンの警察は3月、脱北者4人を逮捕した。4人は月曜日、収容施設を出た。", "LA"),
        ("ru", "Полиция Ханоя в прошлом месяце задержала трёх перебежчиков из КНДР. Во вторник "
         "все трое вышли из тюрьмы.", "VN"),
        ("ru", "Полиция Вьентьяна в марте арестовала четырёх перебежчиков из КНДР. В понедельник "
         "четверо покинули центр содержания.", "LA"),
        ("vi", "Công an Hà Nội tháng trước đã tạm giữ ba người đào tẩu Triều Tiên. Hôm thứ Ba, ba "
         "người đã bước ra khỏi nhà tù.", "VN"),
        ("vi", "Cảnh sát Viêng Chăn hồi tháng Ba đã bắt bốn người đào tẩu Triều Tiên. Hôm thứ Hai, "
         "bốn người đã rời trung tâm giam giữ.", "LA"),
        ("th", "ตำรวจฮานอยควบคุมตัวผู้แปรพักตร์ชาวเกาหลีเหนือสามคนเมื่อเดือนที่แล้ว "
         "เมื่อวันอังคารทั้งสามคนเดินออกจากเรือนจำ", "VN"),
        ("th", "ตำรวจเวียงจันทน์จับกุมผู้แปรพักตร์ชาวเกาหลีเหนือสี่คนเมื่อเดือนมีนาคม "
         "เมื่อวันจันทร์ทั้งสี่คนออกจากศูนย์กักตัว", "LA"),
    ],
    ids=["en-walked-out", "en-left", "ko-geoleo", "ko-nawatda", "zh-zouchu", "zh-likai",
         "ja-aruite", "ja-deta", "ru-vyshli", "ru-pokinuli", "vi-buoc-ra", "vi-roi", "th-doen",
         "th-ok"],
)  # fmt: skip
def test_people_who_walked_out_of_the_jail_were_released(
    lang: str, text: str, country: str
) -> None:
    """The people walking out of, or leaving, the place they were held: out of custody."""
    tier, status, _, where = _read(text, lang)
    assert (tier, status, where) == (Tier.ALERT, Status.RELEASED, country)


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("ko", "선양 경찰이 지난달 탈북민 2명을 구금했다. 두 사람의 행방은 여전히 묘연하다.", 2),
        ("th", "ตำรวจเสิ่นหยางควบคุมตัวผู้แปรพักตร์ชาวเกาหลีเหนือสองคนเมื่อเดือนที่แล้ว "
         "ที่อยู่ของทั้งสองคนยังไม่เป็นที่ทราบ", 2),
    ],
    ids=["ko-myoyeon", "th-mai-pen-thi-sap"],
)  # fmt: skip
def test_whereabouts_unknown_after_the_arrest_are_missing(
    lang: str, text: str, people: int
) -> None:
    """Their whereabouts unknown after their custody, whoever is named between: missing."""
    assert _read(text, lang) == (Tier.ALERT, Status.MISSING, people, "CN")
