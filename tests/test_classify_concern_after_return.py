"""Concern voiced after a return already done ("The UN expressed concern after China repatriated
60 defectors last week", 북송한 데 대해 우려를 표명했다, 送還したことに懸念を表明した) reacts to
the return: the return is asserted, not feared. A concern about one still to come stays a
threat.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2024, 5, 20)


def _read(title: str, text: str) -> tuple[Tier, Status | None, int | None]:
    verdict = classify(Document("r", title, text, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("UN concerned over defectors",
         "The UN expressed concern after China repatriated 60 North Korean defectors last week."),
        ("Rights group worried",
         "Amnesty International voiced deep concern on Tuesday after Chinese police sent 60 "
         "North Korean defectors back to North Korea."),
        ("유엔, 탈북민 우려",
         "유엔은 지난주 중국이 탈북민 60명을 강제 북송한 데 대해 우려를 표명했다."),
        ("유엔, 탈북민 우려",
         "국제앰네스티는 중국 당국이 지난주 탈북민 60명을 강제북송시킨 데 대해 깊은 우려를 표했다."),
        ("유엔, 탈북민 우려",
         "국제앰네스티는 중국 당국이 지난주 탈북민 60명을 북한으로 강제송환한 것에 깊은 우려를 나타냈다."),
        ("国連が懸念",
         "国連は、中国が先週脱北者60人を北朝鮮に強制送還したことに懸念を表明した。"),
        ("人権団体が懸念",
         "人権団体は、中国当局が先週脱北者60人を送還したことへの懸念を表明した。"),
        ("ООН выразила обеспокоенность",
         "ООН выразила обеспокоенность после того, как на прошлой неделе Китай депортировал в "
         "КНДР 60 беглецов."),
        ("LHQ bày tỏ quan ngại",
         "Liên Hợp Quốc bày tỏ quan ngại sau khi Trung Quốc trao trả 60 người đào tẩu Triều Tiên "
         "về nước vào tuần trước."),
        ("ยูเอ็นแสดงความกังวล",
         "สหประชาชาติแสดงความกังวลหลังจากจีนส่งตัวผู้แปรพักตร์ชาวเกาหลีเหนือ 60 คนกลับเกาหลีเหนือ"
         "เมื่อสัปดาห์ที่แล้ว"),
    ],
)  # fmt: skip
def test_concern_voiced_after_a_return_done_is_a_return(title: str, text: str) -> None:
    assert _read(title, text) == (Tier.ALERT, Status.REPATRIATED, 60)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("UN concerned",
         "The UN expressed concern that China may repatriate the 60 North Korean defectors held "
         "in Shenyang."),
        ("Rights groups fear the worst",
         "Three North Korean defectors were arrested in Shenyang on Monday. Rights groups fear "
         "that, after the arrest, they were sent back to North Korea."),
        ("유엔 우려",
         "유엔은 중국이 탈북민 60명을 북송할 것에 대해 깊은 우려를 나타냈다."),
        ("国連が懸念",
         "国連は、中国が拘束中の脱北者60人を北朝鮮に強制送還することに懸念を表明した。"),
    ],
)  # fmt: skip
def test_concern_about_a_return_to_come_is_still_a_threat(title: str, text: str) -> None:
    assert _read(title, text)[:2] == (Tier.ALERT, Status.FACING_REPATRIATION)
