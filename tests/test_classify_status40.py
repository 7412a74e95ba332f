"""Status kinds of round 40: more people counted by a figure with no noun after a yearly total,
a fate unknown with an aside between its noun and its verb, a "has never done" form, a
handover to a neighbour's partner, and a departure for Seoul after release.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 11, 20)


def _read(title: str, text: str, lang: str) -> tuple[Tier, Status | None, int | None]:
    verdict = classify(Document("r", title, text, lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people


@pytest.mark.parametrize(
    ("text"),
    [
        "С начала года суды Хабаровского края постановили выдворить более 30 граждан КНДР, "
        "нарушивших правила пребывания. В понедельник районный суд вынес такое же решение ещё "
        "в отношении троих. Мужчины в сентябре ушли со стройки и жили в дачном доме под "
        "Хабаровском. До выдворения их поместят в спецучреждение. За весь прошлый год из края "
        "были выдворены 22 гражданина КНДР.",
        "С начала года суды Амурской области вынесли решения о выдворении 25 граждан КНДР. "
        "Во вторник суд Благовещенска принял такое же решение ещё в отношении четверых. "
        "По данным суда, мужчины покинули лесозаготовку в июле. До выдворения они будут "
        "содержаться в ЦВСИГ. За весь прошлый год из области были выдворены 19 граждан КНДР.",
    ],
    ids=["three-more-khabarovsk", "four-more-blagoveshchensk"],
)  # fmt: skip
def test_more_people_counted_with_no_noun_after_a_yearly_total_are_the_incident(
    text: str,
) -> None:
    tier, status, people = _read("", text, "ru")
    assert tier is Tier.ALERT
    assert status is Status.FACING_REPATRIATION
    assert people in (3, 4)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Судьба двух беглецов из КНДР, задержанных в мае в Хуньчуне, по-прежнему неизвестна.",
         "ru"),
        ("The fate of the two North Korean defectors, who were caught in May in Hunchun, is "
         "still unknown.", "en"),
        ("Số phận của hai người đào tẩu Triều Tiên, bị bắt hồi tháng 5 ở Hồn Xuân, đến nay vẫn "
         "chưa rõ.", "vi"),
    ],
    ids=["ru-participle-aside", "en-relative-aside", "vi-aside"],
)  # fmt: skip
def test_a_fate_unknown_with_an_aside_between_its_noun_and_its_verb_is_missing(
    text: str, lang: str
) -> None:
    tier, status, people = _read("", text, lang)
    assert tier is Tier.ALERT
    assert status is Status.MISSING
    assert people == 2


def test_a_fate_told_unclear_with_an_aside_stays_unread() -> None:
    _, status, _ = _read(
        "",
        "Судьба двух беглецов из КНДР, задержанных в мае в Хуньчуне, пока неясна.",
        "ru",
    )
    assert status is not Status.MISSING


@pytest.mark.parametrize(
    ("text"),
    [
        "先週、タイ警察はバンコクで北朝鮮出身の女性5人を拘束した。タイはこれまで脱北者を北朝鮮に"
        "送還したことはなく、5人は韓国に移送される見通しだ。",
        "ラオス警察は月曜日、北部の村で脱北者4人を拘束した。ラオスは脱北者を北朝鮮に送還したことが"
        "なく、4人は韓国に向かう見通しだ。",
        "タイ当局は火曜日、脱北者3人を入管施設に収容した。タイはこれまで脱北者を北朝鮮に送り返した"
        "ことは一度もなく、3人は近く韓国に向かう。",
        "ラオス警察は月曜日、北部の村で脱北者4人を拘束した。ラオスは脱北者を中国に引き渡したことが"
        "ないとされる。",
    ],
    ids=["never-sent-back", "never-ga-form", "never-once", "never-handed-to-china"],
)  # fmt: skip
def test_a_return_never_done_is_no_threat(text: str) -> None:
    tier, status, _ = _read("", text, "ja")
    assert tier is Tier.ALERT
    assert status in (Status.ARRESTED, Status.DETAINED)


@pytest.mark.parametrize(
    ("text"),
    [
        "Ngày 12/11, Đồn Biên phòng cửa khẩu Thanh Thủy đã phối hợp với Trạm Kiểm soát biên giới "
        "Thiên Bảo (Trung Quốc) tổ chức trao trả 4 phụ nữ Triều Tiên nhập cảnh trái phép.",
        "Hôm 3/11, Đồn Biên phòng cửa khẩu Lào Cai cùng với Trạm Kiểm soát biên giới Hà Khẩu "
        "(Trung Quốc) trao trả 2 người đàn ông Triều Tiên vượt biên trái phép.",
    ],
    ids=["coordinated-with-tianbao", "together-with-hekou"],
)  # fmt: skip
def test_a_handover_to_a_neighbours_partner_named_before_the_verb_is_no_return(
    text: str,
) -> None:
    tier, status, _ = _read("", text, "vi")
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ตำรวจตรวจคนเข้าเมืองจังหวัดเชียงรายจับกุมชาวเกาหลีเหนือ 3 คนเมื่อเดือนกันยายน และควบคุม"
         "ตัวไว้ที่ห้องกักของ ตม. หลังเสียค่าปรับ ทั้ง 3 คนได้ออกเดินทางจากกรุงเทพฯ ไปยังกรุงโซล"
         "เมื่อวันจันทร์ที่ผ่านมา", "th"),
        ("Immigration police in Chiang Rai arrested three North Koreans in September and held "
         "them at the detention centre. After paying fines, the three left Bangkok for Seoul on "
         "Monday.", "en"),
        ("치앙라이 이민국 경찰은 9월 북한 주민 3명을 체포해 수용소에 구금했다. 벌금을 낸 뒤 3명은 "
         "월요일 방콕을 떠나 서울로 향했다.", "ko"),
        ("清莱移民警察9月逮捕了3名朝鲜人，并将他们关押在拘留中心。缴纳罚款后，3人于周一离开曼谷"
         "前往首尔。", "zh"),
        ("チェンライの入国管理警察は9月、北朝鮮出身者3人を逮捕し、収容施設に拘束した。罰金を支払った"
         "後、3人は月曜日にバンコクからソウルへ出発した。", "ja"),
        ("Cảnh sát di trú Chiang Rai bắt giữ 3 người Triều Tiên hồi tháng 9 và giam họ tại trung "
         "tâm tạm giữ. Sau khi nộp phạt, 3 người đã rời Bangkok đi Seoul hôm thứ Hai.", "vi"),
    ],
    ids=["th", "en", "ko", "zh", "ja", "vi"],
)  # fmt: skip
def test_a_departure_for_seoul_after_a_custody_is_a_third_country(text: str, lang: str) -> None:
    tier, status, people = _read("", text, lang)
    assert tier is Tier.ALERT
    assert status is Status.REACHED_THIRD_COUNTRY
    assert people == 3


def test_thai_waiting_to_set_off_for_seoul_is_no_departure() -> None:
    _, status, _ = _read(
        "",
        "ตำรวจจับกุมชาวเกาหลีเหนือ 3 คนเมื่อเดือนกันยายน ขณะนี้ทั้ง 3 คนรอออกเดินทางไปยังกรุงโซล",
        "th",
    )
    assert status is not Status.REACHED_THIRD_COUNTRY
