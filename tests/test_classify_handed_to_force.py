"""North Koreans handed over by the border guards who caught them to China's border police, or
to the immigration police that hold them: an arrest, an alert, told in the lead alone. English,
Korean, Chinese and Japanese read it so already ("handed them over to Chinese border police",
중국 변방경찰에 넘겼다, 移交给中国边防, 中国の国境警察に引き渡した).

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier

ON = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Вьетнамские пограничники в пятницу передали троих граждан КНДР китайским "
               "пограничникам на переходе Лаокай."),
        ("ru", "Вьетнамские пограничники в пятницу передали троих граждан КНДР китайской полиции "
               "на переходе Лаокай."),
        ("vi", "Sáng thứ Sáu, Đồn Biên phòng Lào Cai đã bàn giao 3 công dân Triều Tiên cho lực "
               "lượng Công an biên phòng Hà Khẩu."),
        ("vi", "Sáng thứ Sáu, Đồn Biên phòng Lào Cai đã bàn giao 3 người Triều Tiên cho Phòng "
               "Quản lý xuất nhập cảnh Công an tỉnh Lào Cai."),
        ("th", "เจ้าหน้าที่ชายแดนเวียดนามที่ลาวกายส่งตัวชาวเกาหลีเหนือ 3 คนให้ตำรวจชายแดนจีนเมื่อวันศุกร์"),
    ],
)  # fmt: skip
def test_handed_to_a_force_that_holds_them_is_an_alert(lang: str, text: str) -> None:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.country == "VN"
