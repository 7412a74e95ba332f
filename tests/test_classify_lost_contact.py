"""Contact lost with the people after their arrest ("relatives have not been able to reach them
since", 연락이 닿지 않고 있다, 联系不上, 連絡が取れない, связь с ними потеряна, không thể liên lạc
với họ, ติดต่อพวกเขาไม่ได้) is `missing`, as their whereabouts unknown is: the report is an
alert about people arrested and then unreachable.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2024, 5, 20)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("Defectors held in China",
         "Chinese police detained five North Korean defectors in Yanji on Sunday. Relatives say "
         "they have not been able to reach them since the arrest.", 5),
        ("Defectors held in China",
         "Four North Korean women were caught in Dandong on Monday. Contact with them has been "
         "lost since then.", 4),
        ("Families lose contact with defectors arrested in China",
         "Three North Korean defectors were arrested by Chinese police in Shenyang last week.", 3),
        ("중국서 탈북민 체포",
         "중국 공안이 일요일 옌지에서 탈북민 5명을 붙잡았다. 그 뒤로 이들과 연락이 닿지 않고 있다.", 5),
        ("中国で脱北者拘束",
         "中国公安は日曜日、延吉で脱北者5人を拘束した。家族は今も5人と連絡が取れない。", 5),
        ("中国で拘束の脱北者3人、連絡取れない状態に",
         "先週、瀋陽で脱北者3人が中国公安に拘束された。", 3),
        ("脱北者在华被抓",
         "上周3名脱北者在沈阳被中国公安抓获，此后家人一直联系不上他们。", 3),
        ("脫北者在華被抓",
         "上週3名脫北者在瀋陽被中國公安抓獲，此後家人一直聯繫不上他們。", 3),
        ("Беглецы из КНДР задержаны в Китае",
         "На прошлой неделе в Шэньяне китайская полиция задержала троих беглецов из КНДР. С тех "
         "пор связь с ними потеряна.", 3),
        ("Беглецы из КНДР задержаны в Китае",
         "Китайская полиция в воскресенье задержала в Яньцзи пятерых беглецов из КНДР. С тех пор "
         "родственники не могут с ними связаться.", 5),
        ("Беглецы из КНДР задержаны в Китае",
         "На прошлой неделе в Шэньяне китайская полиция задержала троих беглецов из КНДР. С тех "
         "пор родные потеряли с ними связь.", 3),
        ("Связь с задержанными в Китае беглецами из КНДР потеряна",
         "На прошлой неделе в Шэньяне китайская полиция задержала троих беглецов из КНДР.", 3),
        ("Người Triều Tiên bị bắt ở Trung Quốc",
         "Công an Trung Quốc đã bắt 5 người Triều Tiên ở Diên Cát hôm Chủ nhật. Hiện người thân "
         "không thể liên lạc với họ.", 5),
        ("ชาวเกาหลีเหนือถูกจับในจีน",
         "ตำรวจจีนควบคุมตัวผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนที่เมืองเหยียนจี๋เมื่อวันอาทิตย์ "
         "ตั้งแต่นั้นญาติไม่สามารถติดต่อพวกเขาได้", 5),
    ],
)  # fmt: skip
def test_contact_lost_after_the_arrest_is_missing(title: str, text: str, people: int) -> None:
    verdict = classify(Document("r", title, text, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.MISSING
    assert verdict.facts.people == people
    assert verdict.facts.country == "CN"


def test_a_reporter_unable_to_reach_the_police_loses_no_one() -> None:
    text = (
        "Chinese police detained five North Korean defectors in Yanji on Sunday. Reuters was "
        "unable to reach them for comment."
    )
    verdict = classify(Document("r", "Defectors held in China", text, date=ON))
    assert verdict.facts.status is Status.DETAINED
