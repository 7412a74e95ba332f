"""vi trao (hand) and th ส่งให้ (send to) without ตัว name a handover to China too: feared, it is
facing repatriation; done, the people are in the police's hands (arrested); and a headline's
rest feared handed over parts the release of a part from the incident.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status

ON = date(2024, 5, 20)


@pytest.mark.parametrize(
    ("title", "text", "status", "people"),
    [
        ("ชาวเกาหลีเหนือ 3 คนถูกจับในลาว",
         "ตำรวจลาวจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือ 3 คนใกล้เวียงจันทน์เมื่อวันจันทร์ "
         "และพวกเขาเสี่ยงถูกส่งให้จีน", Status.FACING_REPATRIATION, 3),
        ("Người đào tẩu Triều Tiên bị bắt ở Lào",
         "Công an Lào đã bắt 3 người đào tẩu Triều Tiên hôm thứ Hai. Họ có thể bị trao cho Trung "
         "Quốc.", Status.FACING_REPATRIATION, 3),
        ("Lào thả 2 trong số 9 người đào tẩu Triều Tiên, 7 người còn lại có thể bị trao cho "
         "Trung Quốc",
         "Nhà chức trách Lào đã thả 2 người đào tẩu Triều Tiên, một nhóm nhân quyền cho biết.",
         Status.FACING_REPATRIATION, 9),
        # Done: in the police's hands, no return yet.
        ("Người đào tẩu Triều Tiên bị bắt ở Lào",
         "Công an Lào đã bắt 3 người đào tẩu Triều Tiên hôm thứ Hai và trao họ cho phía Trung "
         "Quốc.", Status.ARRESTED, 3),
        ("ชาวเกาหลีเหนือ 3 คนถูกจับในลาว",
         "ตำรวจลาวจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือ 3 คนใกล้เวียงจันทน์เมื่อวันจันทร์ "
         "และส่งให้ทางการจีนแล้ว", Status.ARRESTED, 3),
    ],
)  # fmt: skip
def test_a_handover_to_china(title: str, text: str, status: Status, people: int) -> None:
    verdict = classify(Document("r", title, text, date=ON))
    assert verdict.facts.status is status
    assert verdict.facts.people == people


@pytest.mark.parametrize(
    ("title", "text", "status", "people"),
    [
        ("탈북민 2명 풀려나…나머지 7명은 중국 인계 우려",
         "라오스 당국이 탈북민 2명을 석방했다고 인권단체가 밝혔다.", Status.FACING_REPATRIATION, 9),
        ("탈북민 9명 중 2명 풀려나…나머지 7명은 중국 인계 우려",
         "라오스 당국이 탈북민 2명을 석방했다고 인권단체가 밝혔다. 단체는 나머지 인원이 중국에 "
         "인계될 것을 우려하고 있다.", Status.FACING_REPATRIATION, 9),
        ("탈북민 3명 중국 인계 우려",
         "라오스 당국이 지난주 비엔티안 인근에서 탈북민 3명을 붙잡았다고 인권단체가 밝혔다.",
         Status.FACING_REPATRIATION, 3),
        # Done: in the police's hands.
        ("라오스, 탈북민 3명 중국 인계",
         "라오스 당국이 지난주 비엔티안 인근에서 붙잡힌 탈북민 3명을 중국 공안에 넘겼다고 "
         "인권단체가 밝혔다.", Status.ARRESTED, 3),
    ],
)  # fmt: skip
def test_ko_a_headline_handover_to_china_without_its_particle(
    title: str, text: str, status: Status, people: int
) -> None:
    verdict = classify(Document("r", title, text, date=ON))
    assert verdict.facts.status is status
    assert verdict.facts.people == people
