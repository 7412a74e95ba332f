"""vith29: a figure naming the people again after a source that opens its sentence ("According
to the groups, the eight were arrested", "Theo người phát ngôn, tám người này ..."), in every
language that keeps its subject.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 6)

SOURCE_FIRST = [
    (
        "en",
        "Fears for six North Korean women in China",
        "Rights groups voiced concern for six North Korean women on Monday. According to the "
        "groups, the six were arrested in Kunming last week and are being held in a detention "
        "centre.",
        6,
        "CN",
        Status.DETAINED,
    ),
    (
        "vi",
        "Lo ngại cho sáu phụ nữ Triều Tiên ở Trung Quốc",
        "Một tổ chức ở Seoul hôm thứ Sáu bày tỏ lo ngại cho sáu phụ nữ Triều Tiên. "
        "Theo tổ chức này, sáu người bị công an Côn Minh bắt hôm Chủ nhật và đang bị giam "
        "tại trại tạm giam.",
        6,
        "CN",
        Status.DETAINED,
    ),
    (
        "ru",
        "Правозащитники обеспокоены судьбой шести северокореянок",
        "В пятницу сеульская организация выразила тревогу за шестерых северокореянок. "
        "По данным организации, все шесть были задержаны полицией Куньмина в воскресенье.",
        6,
        "CN",
        Status.ARRESTED,
    ),
    (
        "th",
        "ห่วงหญิงเกาหลีเหนือหกคนในจีน",
        "องค์กรแห่งหนึ่งในกรุงโซลแสดงความกังวลต่อหญิงชาวเกาหลีเหนือหกคนเมื่อวันศุกร์\n"
        "ตามรายงานขององค์กร ทั้งหกคนถูกตำรวจคุนหมิงจับกุมเมื่อวันอาทิตย์",
        6,
        "CN",
        Status.ARRESTED,
    ),
]


@pytest.mark.parametrize(
    ("lang", "title", "body", "count", "where", "state"),
    SOURCE_FIRST,
    ids=[row[0] for row in SOURCE_FIRST],
)
def test_a_figure_after_an_opening_source_names_the_people_again(
    lang: str, title: str, body: str, count: int, where: str, state: Status
) -> None:
    verdict = classify(Document("v", title, f"{title}\n{body}", lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == count
    assert verdict.facts.country == where
    assert verdict.facts.status is state


def test_people_still_held_after_a_denied_return_are_an_alert() -> None:
    title = "Lào bác tin trả năm người Triều Tiên về Trung Quốc"
    body = (
        "Bộ Ngoại giao Lào hôm thứ Ba bác bỏ thông tin cho rằng Lào đã trả năm người Triều Tiên "
        "về Trung Quốc.\nTheo người phát ngôn, năm người này vẫn đang bị giữ tại Viêng Chăn."
    )
    verdict = classify(Document("v", title, f"{title}\n{body}", lang="vi", date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 5
    assert verdict.facts.country == "LA"


def test_a_figure_inside_the_source_is_not_the_people() -> None:
    # The figure counts the groups that spoke, not the people: no one is named again.
    title = "Fears for North Korean women in China"
    body = (
        "A Seoul-based group voiced alarm on Friday over North Korean women in Kunming. "
        "According to 30 groups, police raided a flat there."
    )
    verdict = classify(Document("v", title, f"{title}\n{body}", lang="en", date=ON))
    assert verdict.facts.people is None


IMMIGRATION_FACILITY = [
    (
        "en",
        "Laos arrests five North Koreans",
        "Five North Koreans caught near Bokeo last week are now at an immigration facility in "
        "Vientiane, officials said.",
    ),
    (
        "vi",
        "Lào bắt năm người Triều Tiên",
        "Năm người Triều Tiên bị bắt gần Bokeo tuần trước hiện ở cơ sở lưu trú của cơ quan xuất "
        "nhập cảnh tại Viêng Chăn.",
    ),
    (
        "zh-Hans",
        "老挝抓获5名脱北者",
        "上周在博胶附近被抓的5名脱北者目前在万象的移民局设施。",
    ),
    (
        "zh-Hant",
        "寮國抓獲5名脫北者",
        "上週在博膠附近被抓的5名脫北者目前在永珍的移民局設施。",
    ),
    (
        "ko",
        "라오스, 탈북민 5명 체포",
        "지난주 보케오 인근에서 붙잡힌 탈북민 5명은 지금 비엔티안의 이민국 시설에 있다.",
    ),
    (
        "ru",
        "В Лаосе задержаны пятеро северокорейцев",
        "Пятеро северокорейцев, пойманных на прошлой неделе у Бокео, сейчас в миграционном "
        "центре во Вьентьяне.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "title", "body"), IMMIGRATION_FACILITY, ids=[r[0] for r in IMMIGRATION_FACILITY]
)
def test_people_at_an_immigration_facility_are_detained(lang: str, title: str, body: str) -> None:
    verdict = classify(Document("v", title, f"{title}\n{body}", lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 5
    assert verdict.facts.country == "LA"


def test_a_lodging_alone_holds_no_one() -> None:
    # cơ sở lưu trú alone is any lodging: the people are arrested, not held in it.
    title = "Lào bắt năm người Triều Tiên"
    body = "Năm người Triều Tiên bị công an Lào bắt tại một cơ sở lưu trú du lịch ở Viêng Chăn."
    verdict = classify(Document("v", title, f"{title}\n{body}", lang="vi", date=ON))
    assert verdict.facts.status is Status.ARRESTED
