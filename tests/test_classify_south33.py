"""Where a return word sends the people when the language writes the place as the verb's object,
with no marker between (已被遣送中国, bị trục xuất Lào, ถูกเนรเทศเกาหลีใต้): a neighbour is no
return home, the South the end of the journey.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 6)


def _verdict(title: str, text: str, lang: str) -> Verdict:
    return classify(Document("s", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        ("zh", "老挝警方抓获4名脱北者",
         "老挝警方周二在琅南塔抓获4名朝鲜脱北者。这4人周五已被遣送中国。", Status.ARRESTED),
        ("zh", "泰国警方抓获4名脱北者",
         "泰国警方周二在清盛抓获4名朝鲜脱北者。4人随后被遣返老挝。", Status.ARRESTED),
        ("zh", "老挝警方抓获4名脱北者",
         "老挝警方周二在琅南塔抓获4名朝鲜脱北者。这4人周五已被驱逐韩国。",
         Status.REACHED_THIRD_COUNTRY),
        ("vi", "Bắt 4 người Triều Tiên ở Cao Bằng",
         "Công an Cao Bằng hôm thứ Ba đã bắt 4 người Triều Tiên nhập cảnh trái phép. Hôm thứ "
         "Sáu, 4 người này đã bị trục xuất Trung Quốc.", Status.ARRESTED),
        ("vi", "Bắt 4 người Triều Tiên ở Cao Bằng",
         "Công an Cao Bằng hôm thứ Ba đã bắt 4 người Triều Tiên nhập cảnh trái phép. Hôm thứ "
         "Sáu, 4 người này đã bị trục xuất Hàn Quốc.", Status.REACHED_THIRD_COUNTRY),
        ("th", "ตำรวจจับชาวเกาหลีเหนือ 4 คน",
         "ตำรวจหนองคายจับกุมชาวเกาหลีเหนือ 4 คนเมื่อวันอังคาร "
         "เมื่อวันศุกร์ทั้ง 4 คนถูกเนรเทศลาวแล้ว", Status.ARRESTED),
        ("th", "ตำรวจจับชาวเกาหลีเหนือ 4 คน",
         "ตำรวจหนองคายจับกุมชาวเกาหลีเหนือ 4 คนเมื่อวันอังคาร "
         "เมื่อวันศุกร์ทั้ง 4 คนถูกเนรเทศเกาหลีใต้แล้ว", Status.REACHED_THIRD_COUNTRY),
        ("th", "ตำรวจจับชาวเกาหลีเหนือ 4 คน",
         "ตำรวจหนองคายจับกุมชาวเกาหลีเหนือ 4 คนเมื่อวันอังคาร "
         "เมื่อวันศุกร์ทั้ง 4 คนถูกส่งตัวกลับเกาหลีใต้แล้ว", Status.REACHED_THIRD_COUNTRY),
    ],
    ids=["zh-china", "zh-laos", "zh-south", "vi-china", "vi-south", "th-laos", "th-south",
         "th-sent-back-south"],
)  # fmt: skip
def test_a_place_as_the_verbs_object_is_where_it_sends(
    lang: str, title: str, text: str, expected: Status
) -> None:
    verdict = _verdict(title, text, lang)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is expected
    assert verdict.facts.people == 4


def test_a_place_qualifying_the_people_after_it_is_no_destination() -> None:
    verdict = _verdict("", "中国政府上周强制遣返中国境内的60名脱北者。", "zh")
    assert verdict.facts.status is not Status.ARRESTED
