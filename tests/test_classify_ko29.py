"""Round 29's Korean stress set: the kinds it found, probed in every language where they occur.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Facts, Status, Tier

ON = date(2026, 12, 5)


def _facts(title: str, text: str, lang: str | None = None) -> Facts:
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert verdict.tier is Tier.ALERT
    return verdict.facts


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ko", "하바롭스크서 탈북 시도 北 노동자 행방불명",
         "러시아 하바롭스크에서 일하던 노동자가 사흘째 연락이 닿지 않는다고 지인이 전했다."),
        ("ko", "하바롭스크서 탈북을 시도한 북한 노동자 행방불명",
         "지인은 그가 사흘째 연락이 닿지 않는다고 전했다."),
        ("ja", "ハバロフスクで脱北を図った北朝鮮労働者が行方不明",
         "知人によると、3日前から連絡が取れないという。"),
        ("vi", "Lao động Triều Tiên tìm cách đào tẩu mất tích ở Khabarovsk",
         "Người quen cho biết đã ba ngày không liên lạc được với anh."),
        ("th", "แรงงานเกาหลีเหนือที่พยายามแปรพักตร์หายตัวไปในคาบารอฟสค์",
         "คนรู้จักระบุว่าติดต่อเขาไม่ได้มาสามวันแล้ว"),
    ],
)  # fmt: skip
def test_a_worker_who_tried_to_defect_is_no_worker_sent_home(
    lang: str, title: str, text: str
) -> None:
    facts = _facts(title, text, lang)
    assert facts.status is Status.MISSING
    assert facts.country == "RU"
