"""Vietnamese and Thai reports telling the people's state through administrative steps.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("lang", "title", "text", "country"),
    [
        ("vi", "Bắt 3 người Triều Tiên tại cửa khẩu Lao Bảo",
         "Ngày 2/12, Đồn Biên phòng cửa khẩu Lao Bảo bắt 3 người Triều Tiên không có giấy tờ.",
         "VN"),
        ("en", "Three North Korean defectors arrested at Lao Bao",
         "Border guards arrested three North Korean defectors near the Lao Bao crossing in "
         "Quang Tri on Tuesday.", "VN"),
        ("vi", "Bắt 4 người Triều Tiên ở Phongsaly",
         "Công an tỉnh Phongsaly đã bắt 4 người Triều Tiên hôm 2/12.", "LA"),
        ("th", "จับชาวเกาหลีเหนือ 4 คนที่แขวงคำม่วน",
         "ตำรวจแขวงคำม่วนจับกุมชาวเกาหลีเหนือ 4 คนเมื่อวันที่ 2 ธ.ค.", "LA"),
        ("en", "Four North Korean defectors arrested in Khammouane",
         "Police in Khammouane province arrested four North Korean defectors on Wednesday.", "LA"),
    ],
)  # fmt: skip
def test_border_provinces_name_their_country(
    lang: str, title: str, text: str, country: str
) -> None:
    """Quảng Trị and its Lao Bảo crossing, Phongsaly and Khammouane on the routes to Laos and
    Thailand: a report naming only them was read with no country."""
    verdict = classify(Document("r", title, text, lang=lang, date=ON))
    assert verdict.facts.country == country


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("th", "ชาวเกาหลีเหนือ 3 คนถูกควบคุมตัวรอดำเนินการ",
         "เจ้าหน้าที่ตม.หนองคายพบชาวเกาหลีเหนือ 3 คนริมแม่น้ำโขงเมื่อวันที่ 2 ธ.ค."),
        ("th", "ชาวเกาหลีเหนือ 3 คนยังถูกกักตัวรอส่งไปเกาหลีใต้",
         "เจ้าหน้าที่ตม.หนองคายพบชาวเกาหลีเหนือ 3 คนริมแม่น้ำโขงเมื่อวันที่ 2 ธ.ค."),
        ("zh", "3名脱北者被拘留等待处理",
         "泰国警方2日在廊开湄公河边发现3名脱北者。"),
        ("vi", "Ba người Triều Tiên bị tạm giữ chờ xử lý",
         "Ngày 2/12, biên phòng Lạng Sơn phát hiện ba người Triều Tiên."),
        ("en", "Three North Korean defectors held pending processing",
         "Thai police found three North Korean defectors in Nong Khai on Wednesday."),
        ("ko", "탈북민 3명 구금된 채 처리 기다려",
         "태국 경찰이 2일 농카이에서 탈북민 3명을 발견했다."),
    ],
)  # fmt: skip
def test_a_custody_awaiting_a_next_step_is_held(lang: str, title: str, text: str) -> None:
    """What the people wait for after their custody word (รอดำเนินการ, 等待处理) is pending; the
    custody itself is told as done (read as no custody at all before)."""
    verdict = classify(Document("r", title, text, lang=lang, date=ON))
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 3


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("th", "แม่ลูกเกาหลีเหนือข้ามโขงเข้าหนองคาย ถูกจับ",
         "เมื่อวันที่ 2 ธ.ค. ตำรวจพบทั้งสองริมแม่น้ำโขง"),
        ("th", "สามีภรรยาเกาหลีเหนือลอบเข้าเมืองเชียงราย ถูกจับ",
         "เมื่อวันที่ 2 ธ.ค. เจ้าหน้าที่พบทั้งสองในสวนลำไย"),
        ("ko", "북한 모녀, 메콩강 건너 태국 농카이서 체포",
         "태국 경찰이 2일 강가에서 두 사람을 발견했다."),
        ("vi", "Hai mẹ con Triều Tiên vượt sông Mê Kông, bị bắt ở Nong Khai",
         "Cảnh sát Thái Lan phát hiện hai người bên bờ sông hôm 2/12."),
        ("vi", "Vợ chồng Triều Tiên bị bắt ở Lạng Sơn",
         "Biên phòng Lạng Sơn phát hiện hai người trên đường mòn hôm 2/12."),
    ],
)  # fmt: skip
def test_a_pair_named_by_the_north_is_the_people(lang: str, title: str, text: str) -> None:
    """A mother and child or a couple named with the country alone (แม่ลูกเกาหลีเหนือ, 북한 모녀,
    mẹ con Triều Tiên), as 朝鲜母女 and "North Korean mother and daughter" already were: the two
    held (no one named before)."""
    verdict = classify(Document("r", title, text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("th", "เมื่อวันที่ 2 ธ.ค. ตำรวจลาวจับกุมชาวเกาหลีเหนือ 3 คน และปรับคนละ 5,000,000 กีบ"),
    ],
)  # fmt: skip
def test_a_sum_of_money_is_no_crowd(lang: str, text: str) -> None:
    """A fine in Lao kip (5,000,000 กีบ) is a sum, as 20,000 บาท already was, not millions of
    people in general (the arrest was read as no incident)."""
    verdict = classify(Document("r", "Tin", text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 3
