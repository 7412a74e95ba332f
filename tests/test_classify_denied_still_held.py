"""A return denied, then the people said to be still held: the denial does not reach the custody
its speaker asserts against the claim, in a clause of its own.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 6, 10)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Vietnam denies North Koreans were sent back",
         "Officials called reports of the deportation untrue: all 40 North Koreans are still held "
         "in the detention centre in Ho Chi Minh City.", "en"),
        ("Vietnam denies North Koreans were sent back",
         "Police denied that the 40 North Koreans had been deported, saying they remain in a "
         "detention centre in Hanoi.", "en"),
        ("Вьетнам опроверг депортацию северокорейцев",
         "Власти назвали сообщения о депортации не соответствующими действительности: все 40 "
         "северокорейцев по-прежнему содержатся в изоляторе.", "ru"),
        ("Việt Nam bác bỏ tin trục xuất người Triều Tiên",
         "Chính quyền bác bỏ thông tin đã trục xuất 40 người Triều Tiên, cho biết 40 người Triều "
         "Tiên này vẫn bị giam ở trại tạm giam tại Hà Nội.", "vi"),
        ("베트남 당국, 탈북민 강제송환 보도 부인",
         "당국은 탈북민 강제송환 보도가 사실이 아니라고 밝혔다. 탈북민 40명은 여전히 수용소에 구금돼 "
         "있다고 말했다.", "ko"),
        ("ベトナム当局、脱北者の強制送還報道を否定",
         "当局は脱北者40人が強制送還されたとの報道を否定し、40人は依然として収容施設に拘束されている"
         "と述べた。", "ja"),
        ("越南当局否认遣返脱北者报道",
         "当局否认已将40名脱北者遣返的报道，称这40人仍被关押在拘留所。", "zh"),
        ("越南當局否認遣返脫北者報導",
         "當局否認遣返報導，表示40名脫北者目前仍被關押在看守所。", "zh"),
        ("เวียดนามปฏิเสธข่าวส่งตัวชาวเกาหลีเหนือกลับ",
         "ทางการปฏิเสธรายงานว่าได้ส่งตัวชาวเกาหลีเหนือ 40 คนกลับประเทศแล้ว โดยระบุว่าทั้ง 40 "
         "คนยังคงถูกควบคุมตัวอยู่ที่ศูนย์กักกันคนต่างด้าว", "th"),
        ("เวียดนามปฏิเสธข่าวส่งตัวชาวเกาหลีเหนือกลับ",
         "ตำรวจปฏิเสธข่าวการส่งตัวชาวเกาหลีเหนือ 40 คนกลับประเทศ และยืนยันว่าทั้งหมดยังถูกกักตัวอยู่ที่"
         "ศูนย์กักกัน", "th"),
    ],
    ids=["en-untrue-colon", "en-denied-saying-remain", "ru-colon", "vi-comma", "ko-headline",
         "ja-izen", "zh-hans", "zh-hant", "th-doi-rabu", "th-lae-yuenyan"],
)  # fmt: skip
def test_a_denied_return_then_still_held_is_an_alert(title: str, text: str, lang: str) -> None:
    verdict = classify(Document("d", title, text, lang=lang, date=ON))
    facts = verdict.facts
    assert (verdict.tier, facts.status, facts.people) == (Tier.ALERT, Status.DETAINED, 40)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Vietnam denies holding North Koreans",
         "Police denied that the 40 North Koreans are still held in the detention centre.", "en"),
        ("Вьетнам отрицает задержание северокорейцев",
         "Власти опровергли сообщения о том, что 40 северокорейцев по-прежнему содержатся в "
         "изоляторе.", "ru"),
    ],
    ids=["en-denied-still-held", "ru-denied-still-held"],
)  # fmt: skip
def test_a_custody_in_the_denied_clause_stays_denied(title: str, text: str, lang: str) -> None:
    verdict = classify(Document("d", title, text, lang=lang, date=ON))
    assert verdict.tier != Tier.ALERT
