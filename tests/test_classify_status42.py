"""Status kinds of round 42: a return not known to have happened, a demand of the North's
consulate or embassy for the people, a handover to the North's border guards, people who walked
out of a jail, and their whereabouts unknown.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 11, 20)


def _read(text: str, lang: str) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("r", "", text, lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people, verdict.facts.country


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("vi", "Công an Trung Quốc tuần trước đã bắt giữ bốn người đào tẩu Triều Tiên ở Thẩm "
         "Dương. Chưa rõ họ đã bị trả về hay chưa.", 4),
        ("vi", "Cảnh sát Đan Đông hôm thứ Hai đã bắt ba phụ nữ Triều Tiên. Hiện không biết họ đã "
         "bị trục xuất về Triều Tiên chưa.", 3),
        ("th", "ตำรวจจีนจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือสี่คนที่เสิ่นหยางเมื่อสัปดาห์ที่แล้ว "
         "ยังไม่ทราบว่าพวกเขาถูกส่งกลับไปแล้วหรือยัง", 4),
        ("th", "ตำรวจตานตงควบคุมตัวหญิงชาวเกาหลีเหนือสามคนเมื่อวันจันทร์ "
         "ไม่มีใครรู้ว่าพวกเธอถูกส่งตัวกลับเกาหลีเหนือแล้วหรือไม่", 3),
    ],
    ids=["vi-hay-chua", "vi-chua", "th-rue-yang", "th-rue-mai"],
)  # fmt: skip
def test_a_return_not_known_to_have_happened_is_feared(lang: str, text: str, people: int) -> None:
    """Whether they were sent back, not known: a return asked about is still to come for the
    people, feared, neither done nor denied by the negation that says it is not known."""
    assert _read(text, lang) == (Tier.ALERT, Status.FACING_REPATRIATION, people, "CN")


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("ko", "단둥 경찰이 지난해 탈북 여성 3명을 구금했다. 이들이 북송된 지 1년이 지났다.",
         Status.REPATRIATED),
        ("ko", "단둥 경찰이 월요일 탈북 여성 3명을 구금했다. 이들이 석방됐는지는 알 수 없다.",
         Status.DETAINED),
        ("vi", "Cảnh sát Đan Đông hôm thứ Hai đã bắt ba phụ nữ Triều Tiên. Hôm thứ Tư, họ đã bị "
         "trả về Triều Tiên.", Status.REPATRIATED),
        ("th", "ตำรวจตานตงควบคุมตัวหญิงชาวเกาหลีเหนือสามคนเมื่อวันจันทร์ "
         "พวกเธอถูกส่งตัวกลับเกาหลีเหนือแล้วเมื่อวันพุธ", Status.REPATRIATED),
    ],
    ids=["ko-since", "ko-release-asked", "vi-done", "th-done"],
)  # fmt: skip
def test_a_return_told_or_a_release_asked_keeps_its_reading(
    lang: str, text: str, status: Status
) -> None:
    """The question is read only after a return verb: a return told since a time is done, and a
    release asked about frees no one."""
    assert _read(text, lang)[1] == status
