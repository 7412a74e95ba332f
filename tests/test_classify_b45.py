"""Round-45 kinds from reports that open on background and count groups in parts, probed in
every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 7)


def verdict_of(lang: str, text: str) -> Verdict:
    return classify(Document("b45", "", text, lang, date=ON))


# A return the report estimates or guesses (估计已被遣返, と推測される, 아마 이미 북송됐을 것이다):
# inferred, so only feared.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ko",
            "이달 초 옌지에서 공안에 체포된 탈북 여성 5명은 아마 이미 북송됐을 것이다.",
        ),
        (
            "ja",
            "今月初めに延吉で公安に拘束された脱北女性5人は、すでに送還されたと推測される。",
        ),
        (
            "ja",
            "今月初めに延吉で公安に拘束された脱北女性5人は、おそらくすでに送還されただろう。",
        ),
        ("zh-Hans", "本月初在延吉被公安带走的五名朝鲜女子，估计已被遣返。"),
        ("zh-Hans", "本月初在延吉被公安带走的五名朝鲜女子，推测已被遣返。"),
        ("zh-Hant", "本月初在延吉被公安帶走的五名北韓女子，估計已被遣返。"),
        (
            "en",
            "Five North Korean women were arrested by police in Yanji early this month. Their "
            "broker estimates they have probably already been repatriated.",
        ),
        (
            "ru",
            "Пять северокорейских женщин, задержанных полицией в Яньцзи в начале месяца, по всей "
            "видимости, уже депортированы в КНДР.",
        ),
        (
            "vi",
            "Năm phụ nữ Triều Tiên bị công an bắt ở Diên Cát đầu tháng này có lẽ đã bị trả về.",
        ),
        (
            "th",
            "หญิงชาวเกาหลีเหนือ 5 คนที่ถูกตำรวจจับกุมที่เมืองหยานจีเมื่อต้นเดือน คาดว่าถูกส่งตัวกลับแล้ว",
        ),
    ],
)
def test_an_estimated_return_is_only_feared(lang: str, text: str) -> None:
    verdict = verdict_of(lang, text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
