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
