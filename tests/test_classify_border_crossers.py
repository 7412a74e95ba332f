"""Border-crossers named without the word defector (越境者, 도강자, ผู้ลักลอบข้ามแดน) are the people
in a report that says they came from the North: an arrest of them is an alert.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2024, 5, 20)


@pytest.mark.parametrize(
    ("title", "text", "country", "people"),
    [
        ("越境者被抓",
         "据消息人士透露，上周在图们江边，中国边防抓获了两名从朝鲜过来的越境者。", "CN", 2),
        ("越境者被抓",
         "據消息人士透露，上週在圖們江邊，中國邊防抓獲了兩名從朝鮮過來的越境者。", "CN", 2),
        ("두만강변서 도강자 체포",
         "중국 공안이 지난주 두만강변에서 북한에서 넘어온 도강자 3명을 체포했다.", "CN", 3),
        ("越境者を拘束",
         "中国当局は先週、図們江のほとりで北朝鮮から来た越境者3人を拘束した。", "CN", 3),
        ("จับผู้ลักลอบข้ามแดน",
         "ตำรวจจับกุมผู้ลักลอบข้ามแดนจากเกาหลีเหนือ 5 คน ที่อำเภอเชียงแสน เมื่อสัปดาห์ที่แล้ว", "TH", 5),
        ("Border-crossers caught",
         "Chinese border police caught border-crossers from North Korea near Tumen last week.",
         "CN", None),
        ("North Korean border-crossers arrested in China",
         "Five border-crossers from North Korea were arrested by Chinese police near Tumen on "
         "Sunday.", "CN", 5),
        ("Border-crossers caught near Tumen",
         "Chinese border police said on Sunday they had caught five border-crossers who came "
         "over from North Korea near Tumen.", "CN", 5),
    ],
)  # fmt: skip
def test_border_crossers_from_the_north_are_the_people(
    title: str, text: str, country: str, people: int | None
) -> None:
    verdict = classify(Document("r", title, text, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.country == country
    assert verdict.facts.people == people


def test_border_crossers_with_nothing_north_korean_are_no_topic() -> None:
    text = "Police caught five border-crossers near the Mexican border on Monday."
    verdict = classify(Document("r", "Border-crossers caught", text, date=ON))
    assert verdict.tier is Tier.IGNORE


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("도강자 체포",
         "소식통에 따르면 지난주 투먼의 두만강 강변에서 도강자 2명이 중국 변방대에 붙잡혔다."),
        ("도강 직후 붙잡혀",
         "지난 10일 밤 두만강을 도강한 여성 2명이 투먼 인근에서 중국 공안에 붙잡혔다."),
    ],
    ids=["river-bank", "crossed-the-river"],
)  # fmt: skip
def test_ko_crossing_the_border_river_names_the_people(title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.country == "CN"
    assert verdict.facts.people == 2
