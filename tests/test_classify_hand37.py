"""Round-37 custody read too weak, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 4)  # a Friday: "Monday" is Nov. 30


def verdict_of(lang: str, text: str) -> Verdict:
    return classify(Document("hand37", "", text, lang, date=ON))


# A custody said to go on, the people caught in a sentence before: "being held" is detained
# (README, the status paragraph), whether the authority holds them in the active voice (vi: đồn
# đang tạm giữ), the state is told with no verb (ru: по-прежнему под арестом), or the police
# stand between the passive and the verb (th: ถูกตำรวจควบคุมตัวอยู่).
HELD_NOW = [
    ("en", "Border police caught three North Korean defectors in Yanji on Monday. They are still "
           "being held by the police."),
    ("ko", "국경 경찰은 월요일 옌지에서 탈북민 3명을 붙잡았다. 3명은 현재 경찰에 구금돼 있다."),
    ("ja", "国境警察は月曜日、延吉で脱北者3人を捕まえた。3人は現在も警察に拘束されている。"),
    ("zh", "边防警察周一在延吉抓获3名脱北者。3人目前仍被警方关押。"),
    ("ru", "В понедельник пограничники задержали в Яньцзи трёх беглецов из КНДР. Все трое "
           "по-прежнему под арестом."),
    ("ru", "В понедельник пограничники задержали в Яньцзи трёх беглецов из КНДР. Они остаются "
           "под арестом."),
    ("vi", "Đồn Biên phòng bắt 3 người Triều Tiên ở Lạng Sơn hôm thứ Hai. Hiện đồn đang tạm giữ "
           "hành chính cả 3 người để xác minh."),
    ("vi", "Đồn Biên phòng bắt 3 người Triều Tiên ở Lạng Sơn hôm thứ Hai. Đơn vị vẫn đang tạm "
           "giữ 3 người này."),
    ("th", "ตำรวจจับผู้หลบหนีชาวเกาหลีเหนือ 3 คนที่เชียงรายเมื่อวันจันทร์ ขณะนี้ทั้ง 3 คนยังถูก"
           "ตำรวจควบคุมตัวอยู่"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), HELD_NOW, ids=[f"{r[0]}-{i}" for i, r in enumerate(HELD_NOW)]
)
def test_a_custody_said_to_go_on_is_detained(lang: str, text: str) -> None:
    verdict = verdict_of(lang, text)
    assert verdict.alert
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 3
