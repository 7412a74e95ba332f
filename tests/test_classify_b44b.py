"""Round 44 (b): people stopped by the police or at a checkpoint.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 3)


def _read(lang: str, text: str) -> tuple[Tier, int | None, Status | None, str | None]:
    verdict = classify(Document("r", "", text, lang, date=ON))
    return verdict.tier, verdict.facts.people, verdict.facts.status, verdict.facts.country


STOPPED = [
    ("en", "Vietnamese border guards stopped six North Koreans near Cao Bang on Monday.", "VN"),
    (
        "en",
        "Six North Korean defectors were stopped at a checkpoint in Luang Namtha province on Monday.",
        "LA",
    ),
    ("ko", "탈북민 6명이 월요일 라오스 루앙남타주의 검문소에서 경찰에 제지당했다.", "LA"),
    ("ko", "탈북민 6명이 월요일 라오스 루앙남타주에서 검문에 걸렸다.", "LA"),
    ("zh", "6名脱北者周一在老挝琅南塔省的检查站被警方拦下。", "LA"),
    ("zh-Hant", "6名脫北者週一在寮國琅南塔省的檢查站被警方攔下。", "LA"),
    ("ja", "脱北者6人が月曜日、ラオス・ルアンナムター県の検問所で警察に止められた。", "LA"),
    (
        "ru",
        "В понедельник на блокпосту в провинции Луангнамтха полиция остановила шестерых перебежчиков из КНДР.",
        "LA",
    ),
    (
        "ru",
        "Шестерых перебежчиков из КНДР остановили на блокпосту в провинции Луангнамтха в понедельник.",
        "LA",
    ),
    (
        "vi",
        "Sáu người đào tẩu Triều Tiên bị cảnh sát chặn lại tại một trạm kiểm soát ở tỉnh Luang Namtha hôm thứ Hai.",
        "LA",
    ),
    ("th", "ผู้แปรพักตร์ชาวเกาหลีเหนือ 6 คนถูกตำรวจสกัดไว้ที่ด่านตรวจในแขวงหลวงน้ำทาเมื่อวันจันทร์", "LA"),
]


@pytest.mark.parametrize(
    ("lang", "text", "country"), STOPPED, ids=[f"{x[0]}-{i}" for i, x in enumerate(STOPPED)]
)
def test_people_stopped_by_the_police_or_at_a_checkpoint_are_caught(
    lang: str, text: str, country: str
) -> None:
    """Stopped by border guards or the police, or at a checkpoint: in their hands (arrested)."""
    assert _read(lang, text) == (Tier.ALERT, 6, Status.ARRESTED, country)
