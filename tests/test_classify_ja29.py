"""ja29: kinds found by the Japanese blind set stress29_ja29.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status

ON = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("吉林で拘束の脱北者4人、北朝鮮へ送還か",
         "吉林省通化市で先月、脱北者4人が公安当局に拘束された。", "ja"),
        ("脱北者4人、近く強制送還か　通化",
         "吉林省通化市で先月、脱北者4人が公安当局に拘束された。", "ja"),
        ("通化の脱北者4人、北朝鮮に送還されたか",
         "吉林省通化市で先月、脱北者4人が公安当局に拘束された。", "ja"),
        ("퉁화서 붙잡힌 탈북민 4명 북송됐나",
         "지난달 지린성 퉁화시에서 탈북민 4명이 공안에 체포됐다.", "ko"),
        ("퉁화서 붙잡힌 탈북민 4명, 강제북송됐을까",
         "지난달 지린성 퉁화시에서 탈북민 4명이 공안에 체포됐다.", "ko"),
    ],
    ids=["ja-okuri-ka", "ja-kyosei-ka", "ja-sareta-ka", "ko-na", "ko-eulkka"],
)  # fmt: skip
def test_a_headline_asking_about_a_return_is_a_threat(title: str, text: str, lang: str) -> None:
    verdict = classify(Document("q", title, text, lang=lang, date=ON))
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 4
    assert verdict.facts.country == "CN"


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("通化の脱北者4人、釈放されたか",
         "吉林省通化市で先月、脱北者4人が公安当局に拘束された。", "ja"),
        ("퉁화서 붙잡힌 탈북민 4명 풀려났나",
         "지난달 지린성 퉁화시에서 탈북민 4명이 공안에 체포됐다.", "ko"),
    ],
    ids=["ja", "ko"],
)  # fmt: skip
def test_a_headline_asking_about_a_release_frees_nobody(title: str, text: str, lang: str) -> None:
    verdict = classify(Document("q", title, text, lang=lang, date=ON))
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED


@pytest.mark.parametrize(
    "title",
    ["ผู้แปรพักตร์ 4 คนที่ถูกจับในจี๋หลินถูกส่งกลับเกาหลีเหนือหรือยัง",
     "ผู้แปรพักตร์ 4 คนที่ถูกจับในจี๋หลินถูกส่งกลับเกาหลีเหนือหรือไม่"],
    ids=["rue-yang", "rue-mai"],
)  # fmt: skip
def test_th_a_question_on_a_return_without_its_mark_is_a_threat(title: str) -> None:
    text = "เมื่อเดือนที่แล้ว ตำรวจมณฑลจี๋หลินจับกุมผู้แปรพักตร์เกาหลีเหนือ 4 คน"
    verdict = classify(Document("q", title, text, lang="th", date=ON))
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 4


def test_ja_the_time_since_a_return_asks_nothing() -> None:
    """Not the question 送還か: 送還から is the time since (a guard, it passed before too)."""
    title = "脱北者50人送還から半年　ソウルで写真展"
    text = "ソウル市内で4日、脱北者の団体が写真展を開き、約300人が訪れた。"
    verdict = classify(Document("q", title, text, lang="ja", date=ON))
    assert not verdict.alert
