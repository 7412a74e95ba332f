"""Kinds left by the kovith helper: former workers caught abroad are people in custody.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 6, 20)


def _read(lang: str, text: str) -> tuple[Tier, Status | None, int | None]:
    verdict = classify(Document("r", "", text, lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "북한 노동자 출신 남성 3명이 지난주 하바롭스크에서 체포돼 이민 수용소에 구금돼 있다."),
        ("zh", "三名前朝鲜劳工上周在哈巴罗夫斯克被警方抓获，目前被关押在移民拘留中心。"),
        ("ja", "元北朝鮮労働者の男性3人が先週、ハバロフスクで警察に拘束され、入管施設に収容されている。"),
        ("ru", "Трое бывших северокорейских рабочих задержаны на прошлой неделе в Хабаровске и "
               "помещены в центр временного содержания иностранцев."),
        ("vi", "Ba cựu lao động Triều Tiên bị bắt tại Khabarovsk tuần trước và đang bị giam tại "
               "trung tâm tạm giữ người nhập cư."),
        ("th", "อดีตแรงงานเกาหลีเหนือ 3 คนถูกจับกุมที่คาบารอฟสค์เมื่อสัปดาห์ก่อนและถูกกักตัวอยู่ใน"
               "ศูนย์กักกันคนเข้าเมือง"),
    ],
)  # fmt: skip
def test_former_workers_caught_abroad_are_held(lang: str, text: str) -> None:
    tier, status, people = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.DETAINED
    assert people == 3
