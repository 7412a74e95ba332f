"""Status kinds of round 44: a lost contact beside a custody told now (held, not missing).

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
    ("lang", "text"),
    [
        ("en", "Police in Dandong detained four North Korean defectors last week. They are being held at the Dandong detention centre. Their families have not been able to reach them since."),
        ("en", "Police in Dandong detained four North Korean defectors last week. Their families have not been able to reach them since the arrest. They are being held at the Dandong detention centre."),
        ("ko", "단둥 공안이 지난주 탈북민 4명을 구금했다. 이들은 단둥 구치소에 수감돼 있다. 가족들은 그 뒤로 이들과 연락이 닿지 않고 있다."),
        ("ko", "단둥 공안이 지난주 탈북민 4명을 구금했다. 가족들은 그 뒤로 이들과 연락이 닿지 않고 있다. 이들은 단둥 구치소에 수감돼 있다."),
        ("zh", "丹东警方上周拘留了四名脱北者。他们目前被关押在丹东看守所。家人此后一直联系不上他们。"),
        ("zh", "丹东警方上周拘留了四名脱北者。家人此后一直联系不上他们。他们目前被关押在丹东看守所。"),
        ("ja", "丹東の公安は先週、脱北者4人を拘束した。4人は丹東の拘置所に収容されている。家族はその後、4人と連絡が取れていない。"),
        ("ja", "丹東の公安は先週、脱北者4人を拘束した。家族はその後、4人と連絡が取れていない。4人は丹東の拘置所に収容されている。"),
        ("ru", "Полиция Даньдуна на прошлой неделе задержала четырёх перебежчиков из КНДР. Их держат в следственном изоляторе Даньдуна. Родные не могут с ними связаться."),
        ("ru", "Полиция Даньдуна на прошлой неделе задержала четырёх перебежчиков из КНДР. Родные не могут с ними связаться. Их держат в следственном изоляторе Даньдуна."),
        ("vi", "Công an Đan Đông tuần trước đã bắt giữ bốn người đào tẩu Triều Tiên. Họ đang bị giam tại trại tạm giam Đan Đông. Gia đình không thể liên lạc với họ kể từ đó."),
        ("vi", "Công an Đan Đông tuần trước đã bắt giữ bốn người đào tẩu Triều Tiên. Gia đình không thể liên lạc với họ kể từ đó. Họ đang bị giam tại trại tạm giam Đan Đông."),
        ("th", "ตำรวจตานตงควบคุมตัวผู้แปรพักตร์ชาวเกาหลีเหนือสี่คนเมื่อสัปดาห์ที่แล้ว พวกเขาถูกคุมขังอยู่ที่สถานกักตัวตานตง ครอบครัวไม่สามารถติดต่อพวกเขาได้"),
        ("th", "ตำรวจตานตงควบคุมตัวผู้แปรพักตร์ชาวเกาหลีเหนือสี่คนเมื่อสัปดาห์ที่แล้ว ครอบครัวไม่สามารถติดต่อพวกเขาได้ พวกเขาถูกคุมขังอยู่ที่สถานกักตัวตานตง"),
        ("zh-Hant", "丹東警方上週拘留了四名脫北者。他們目前被關押在丹東看守所。家人此後一直聯繫不上他們。"),
    ],
    ids=["en-1", "en-2", "ko-1", "ko-2", "zh-1", "zh-2", "ja-1", "ja-2", "ru-1", "ru-2", "vi-1", "vi-2", "th-1", "th-2", "zh-Hant-1"],
)  # fmt: skip
def test_a_lost_contact_beside_a_custody_told_now_is_detained(lang: str, text: str) -> None:
    """Four held now in a named centre (are being held, 수감돼 있다, 目前被关押, 収容されている, их
    держат в, đang bị giam, ถูกคุมขังอยู่), their families unable to reach them, before or after:
    no contact is not whereabouts unknown, so they stay detained."""
    assert _read(text, lang) == (Tier.ALERT, Status.DETAINED, 4, "CN")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police in Dandong detained four North Korean defectors in March. They were held at the Dandong detention centre until May; contact with them has been lost since."),
        ("ko", "단둥 공안이 3월 탈북민 4명을 구금했다. 이들은 5월까지 단둥 구치소에 수감돼 있었으나 그 뒤로 연락이 끊겼다."),
        ("zh", "丹东警方三月拘留了四名脱北者。他们在丹东看守所被关押到五月，此后家人一直联系不上他们。"),
        ("ja", "丹東の公安は3月、脱北者4人を拘束した。4人は5月まで丹東の拘置所に収容されていたが、その後連絡が途絶えている。"),
        ("ru", "Полиция Даньдуна в марте задержала четырёх перебежчиков из КНДР. До мая их держали в следственном изоляторе Даньдуна, с тех пор связь с ними потеряна."),
        ("vi", "Công an Đan Đông đã bắt giữ bốn người đào tẩu Triều Tiên vào tháng Ba. Họ bị giam tại trại tạm giam Đan Đông đến tháng Năm, từ đó gia đình đã mất liên lạc với họ."),
        ("th", "ตำรวจตานตงควบคุมตัวผู้แปรพักตร์ชาวเกาหลีเหนือสี่คนเมื่อเดือนมีนาคม พวกเขาถูกคุมขังที่สถานกักตัวตานตงจนถึงเดือนพฤษภาคม หลังจากนั้นก็ขาดการติดต่อ"),
    ],
    ids=["en-1", "ko-1", "zh-1", "ja-1", "ru-1", "vi-1", "th-1"],
)  # fmt: skip
def test_a_lost_contact_after_a_custody_told_as_past_is_missing(lang: str, text: str) -> None:
    """Held until May, contact lost since: the custody is over and no one knows where they are, so
    missing (a guard for the rule above)."""
    assert _read(text, lang) == (Tier.ALERT, Status.MISSING, 4, "CN")
