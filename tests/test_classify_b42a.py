"""Reports in Korean, Russian and Chinese as they come (stress42_koruzh's kinds), probed in the
other main languages too.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 7)


def _facts(lang: str, text: str) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people, verdict.facts.country


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "今年5月，公安机关在图们市查获4名朝鲜籍非法越境人员，依法予以遣返。"),
        ("zh", "今年5月，公安机关在图们市查获4名朝鲜籍非法越境人员，已依法遣返。"),
        ("zh", "今年5月，公安机关在图们市查获4名朝鲜籍非法越境人员，并将其依法遣返。"),
        ("ko", "중국 공안은 5월 투먼에서 불법 월경한 북한 주민 4명을 붙잡아 법에 따라 송환 조치했다."),
        ("ko", "중국 공안은 5월 투먼에서 북한 주민 4명을 붙잡았으며, 이들은 법에 따라 송환 조치됐다."),
        ("th", "ตำรวจเมืองถูเหมินจับกุมชาวเกาหลีเหนือ 4 คนที่ลักลอบข้ามแดนเมื่อเดือนพฤษภาคม "
               "และส่งตัวกลับตามกฎหมายแล้ว"),
    ],
)  # fmt: skip
def test_a_return_in_accordance_with_the_law_is_done(lang: str, text: str) -> None:
    """The police's formula for a return they made, "in accordance with the law" (依法予以遣返,
    법에 따라 송환 조치했다, ส่งตัวกลับตามกฎหมายแล้ว), tells the people sent back, not only
    caught. (en, ja, ru and vi already read theirs.)"""
    assert _facts(lang, text) == (Tier.ALERT, Status.REPATRIATED, 4, "CN")
