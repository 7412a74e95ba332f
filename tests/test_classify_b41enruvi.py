"""Reports in English, Russian and Vietnamese as they come (stress41_enruvi's kinds), probed in
the other main languages too.

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
        ("en", "Police in Dandong detained a former North Korean soldier on Friday, his cousin in "
               "Seoul said. Activists fear he will be sent back."),
        ("ko", "전직 북한군 병사 1명이 지난 5일 중국 단둥에서 공안에 붙잡혔다고 서울의 사촌이 "
               "전했다. 그가 강제북송될 것이라는 우려가 나온다."),
        ("zh", "一名前朝鲜军人本月5日在丹东被公安抓获，他在首尔的表哥说。活动人士担心他会被遣返。"),
        ("ja", "元北朝鮮兵士の男性が5日、中国・丹東で公安に拘束された。活動家らは送還を懸念している。"),
        ("ru", "Бывший солдат армии КНДР задержан в пятницу в Даньдуне, рассказал его двоюродный "
               "брат из Сеула. Правозащитники опасаются, что его вышлют в КНДР."),
        ("ru", "Бывший северокорейский военнослужащий задержан в пятницу в Даньдуне, рассказал его "
               "двоюродный брат из Сеула. Правозащитники опасаются, что его вышлют в КНДР."),
        ("vi", "Một cựu binh sĩ Triều Tiên bị công an bắt ở Đan Đông hôm thứ Sáu, người anh họ ở "
               "Seoul cho biết. Các nhà hoạt động lo ngại anh sẽ bị trả về."),
        ("th", "อดีตทหารเกาหลีเหนือคนหนึ่งถูกตำรวจจีนควบคุมตัวที่เมืองตานตงเมื่อวันศุกร์ "
               "ญาติในกรุงโซลเปิดเผย นักเคลื่อนไหวกังวลว่าเขาจะถูกส่งกลับ"),
    ],
)  # fmt: skip
def test_a_former_soldier_is_an_escapee_not_a_captured_soldier(lang: str, text: str) -> None:
    """A man named by the army he once served in (a former North Korean soldier, бывший
    военнослужащий КНА, cựu binh sĩ Triều Tiên, 전직 북한군, 前朝鲜士兵, 元北朝鮮兵士,
    อดีตทหารเกาหลีเหนือ) fled as any North Korean does: the soldier words that mark a prisoner of
    war of the Ukraine fighting must not veto his arrest."""
    assert _facts(lang, text) == (Tier.ALERT, Status.FACING_REPATRIATION, 1, "CN")
