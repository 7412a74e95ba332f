"""Their fate or whereabouts unknown told with words between the noun and the verb is missing:
a "still" or "now" between (행방은 여전히 알려지지 않, 消息は今も分かっていない) is the term's own
word, its negation the "unknown" the term is made of.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status

ON = date(2024, 5, 20)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("탈북민 2명 체포",
         "중국 공안이 4월 옌지에서 탈북민 2명을 체포했다. 두 사람의 행방은 여전히 알려지지 않고 "
         "있다."),
        ("탈북민 2명 체포",
         "중국 공안이 4월 옌지에서 탈북민 2명을 체포했다. 가족들은 두 사람의 행방이 아직 확인되지 "
         "않는다고 밝혔다."),
        ("2人拘束",
         "中国公安は4月、延吉で脱北者2人を拘束した。2人の消息は今も分かっていない。"),
    ],
)  # fmt: skip
def test_a_still_between_a_fate_and_its_unknown_is_missing(title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, date=ON))
    assert verdict.facts.status is Status.MISSING
    assert verdict.facts.people == 2


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("2人拘束",
         "中国公安は4月、延吉で脱北者2人を拘束した。2人の行方は依然として分かっていない。"),
        ("2人拘束",
         "中国公安は4月、延吉で脱北者2人を拘束した。支援団体によると、2人の安否はいまも不明のままだ。"),
        ("2人被抓",
         "中国警方4月在延吉抓捕了两名脱北者。他们的家人说，两人的下落至今仍不清楚。"),
        ("2 คนถูกจับ",
         "ตำรวจจีนจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือ 2 คนที่เมืองเหยียนจี๋เมื่อเดือนเมษายน "
         "ชะตากรรมของทั้งสองยังไม่เป็นที่ทราบ"),
        ("2 คนถูกจับ",
         "ตำรวจจีนจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือ 2 คนที่เมืองเหยียนจี๋เมื่อเดือนเมษายน "
         "ครอบครัวระบุว่ายังไม่ทราบที่อยู่ของทั้งสอง"),
        ("Двое задержаны",
         "Китайская полиция в апреле задержала в Яньцзи двух беглецов из КНДР. Их местонахождение "
         "остаётся неизвестным."),
        ("2 người bị bắt",
         "Tháng 4, công an Trung Quốc bắt giữ 2 người Triều Tiên đào tẩu ở Diên Cát. Đến nay vẫn "
         "chưa rõ họ đang ở đâu."),
    ],
)  # fmt: skip
def test_their_whereabouts_or_fate_not_known_in_other_words_is_missing(
    title: str, text: str
) -> None:
    verdict = classify(Document("r", title, text, date=ON))
    assert verdict.facts.status is Status.MISSING
    assert verdict.facts.people == 2


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Two defectors held",
         "Chinese police arrested two North Korean defectors in Yanji in April. The fate of the "
         "two defectors arrested in Yanji in April remains unknown."),
        ("Two defectors held",
         "Chinese police arrested two North Korean defectors in Yanji in April. Their families "
         "say the fate of the two men taken by police in Yanji has remained unknown."),
    ],
)  # fmt: skip
def test_a_clause_between_their_fate_and_its_unknown_is_missing(title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, date=ON))
    assert verdict.facts.status is Status.MISSING
    assert verdict.facts.people == 2
