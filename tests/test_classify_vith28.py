"""Kinds found by the blind Vietnamese and Thai set stress28_vith, probed in other languages.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 5)


def _read(title: str, text: str, lang: str) -> tuple[Tier, Status | None, int | None]:
    verdict = classify(Document("r", title, text, lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("th", "ชาวเกาหลีเหนือ 3 คนถูกจับที่ตานตง",
         "ตำรวจจีนจับกุมชาวเกาหลีเหนือ 3 คนที่เมืองตานตงเมื่อวันที่ 2 ธ.ค. ในจำนวนนี้มีเด็ก 1 คน "
         "และผู้ที่ถูกส่งกลับเกาหลีเหนือมักถูกทรมาน"),
        ("th", "ชาวเกาหลีเหนือ 3 คนถูกจับที่ตานตง",
         "ตำรวจจีนจับกุมชาวเกาหลีเหนือ 3 คนที่เมืองตานตงเมื่อวันที่ 2 ธ.ค. "
         "ผู้ถูกส่งตัวกลับไปเกาหลีเหนือต้องเผชิญการลงโทษอย่างรุนแรง"),
        ("th", "ชาวเกาหลีเหนือ 3 คนถูกจับที่ตานตง",
         "ตำรวจจีนจับกุมชาวเกาหลีเหนือ 3 คนที่เมืองตานตงเมื่อวันที่ 2 ธ.ค. "
         "ผู้ที่ถูกส่งกลับมีความเสี่ยงที่จะถูกส่งเข้าค่ายกักกัน"),
        ("vi", "Ba người Triều Tiên bị bắt ở Đan Đông",
         "Ba người Triều Tiên bị công an Đan Đông bắt hôm 2/12. Trong số đó có một em bé, và "
         "những người bị trả về Triều Tiên có nguy cơ bị tra tấn."),
        ("vi", "Ba người Triều Tiên bị bắt ở Đan Đông",
         "Ba người Triều Tiên bị công an Đan Đông bắt hôm 2/12. Trong số đó có hai phụ nữ, và "
         "những người bị đưa về nước sẽ bị đưa vào trại lao động."),
        ("en", "Three North Koreans held in Dandong",
         "Three North Koreans were arrested by Dandong police on Tuesday. Among them is a child, "
         "and those returned to North Korea face torture."),
    ],
    ids=["th-usually", "th-must-face", "th-at-risk", "vi-at-risk", "vi-will-be", "en-face"],
)  # fmt: skip
def test_what_befalls_returnees_in_general_returns_none_of_the_people(
    lang: str, title: str, text: str
) -> None:
    tier, status, people = _read(title, text, lang)
    assert tier is Tier.ALERT
    assert status in (Status.ARRESTED, Status.DETAINED)
    assert people == 3


@pytest.mark.parametrize(
    "aim",
    [
        "ทั้งหมดตั้งใจเดินทางไปเกาหลีใต้",
        "ทั้งหมดมีความประสงค์เดินทางไปเกาหลีใต้",
        "ทั้งหมดมุ่งหน้าเดินทางไปเกาหลีใต้",
        "ทั้งหมดเข้ามอบตัวเพื่อขอเดินทางไปเกาหลีใต้",
    ],
    ids=["meant-to", "wished-to", "headed-for", "asked-to"],
)
def test_a_thai_journey_to_the_south_meant_or_asked_for_is_no_arrival(aim: str) -> None:
    tier, status, people = _read(
        "ตม.จับชาวเกาหลีเหนือ 5 คน",
        f"ตม.เชียงรายจับกุมชาวเกาหลีเหนือ 5 คนริมแม่น้ำโขงที่ อ.เชียงแสน เมื่อวันที่ 3 ธ.ค. {aim}",
        "th",
    )
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED
    assert people == 5


@pytest.mark.parametrize(
    "moved",
    [
        "ถูกส่งตัวเข้าห้องกักสวนพลู รอเดินทางไปเกาหลีใต้",
        "ถูกส่งตัวมาที่ห้องกักสวนพลู เพื่อรอเดินทางไปเกาหลีใต้",
        "ถูกส่งตัวไปยังห้องกักสวนพลู รอเดินทางไปเกาหลีใต้",
        "ถูกส่งตัวมาควบคุมไว้ที่ห้องกัก รอเดินทางไปเกาหลีใต้",
    ],
    ids=["sent-into", "sent-here-to", "sent-on-to", "sent-here-to-be-held"],
)
def test_people_sent_into_a_thai_detention_room_to_wait_have_not_left(moved: str) -> None:
    title = f"ชาวเกาหลีเหนือ 3 คน{moved}"
    text = f"{title}\nตำรวจจับกุมชาวเกาหลีเหนือ 3 คนที่ อ.เชียงของ จ.เชียงราย เมื่อวันที่ 2 ธ.ค. ต่อมา{moved}"
    tier, status, people = _read(title, text, "th")
    assert tier is Tier.ALERT
    assert status is Status.DETAINED
    assert people == 3


@pytest.mark.parametrize(
    ("lang", "title", "text", "want"),
    [
        ("vi", "Hai thủy thủ tàu Triều Tiên bỏ tàu ở Hải Phòng, Bình Nhưỡng đòi trao trả",
         "Hai thủy thủ của một tàu hàng Triều Tiên bỏ tàu khi tàu neo đậu ở cảng Hải Phòng hôm "
         "27/11. Đại sứ quán Triều Tiên đề nghị phía Việt Nam trao trả hai người này.",
         Status.FACING_REPATRIATION),
        ("vi", "Hai thủy thủ Triều Tiên bỏ trốn khỏi tàu ở Hải Phòng bị bắt",
         "Hai thủy thủ Triều Tiên bỏ trốn khỏi tàu hàng khi tàu neo đậu ở cảng Hải Phòng ngày "
         "27/11 và bị công an bắt tại một khách sạn hai ngày sau đó.",
         Status.ARRESTED),
        ("en", "Two North Korean sailors jump ship in Haiphong",
         "Two North Korean sailors jumped ship at Haiphong port on Nov. 27 and were arrested by "
         "police at a hotel two days later.",
         Status.ARRESTED),
    ],
    ids=["vi-left-ship", "vi-fled-ship", "en-jumped-ship"],
)  # fmt: skip
def test_sailors_who_left_their_ship_abroad_are_escapees(
    lang: str, title: str, text: str, want: Status
) -> None:
    tier, status, people = _read(title, text, lang)
    assert tier is Tier.ALERT
    assert status is want
    assert people == 2


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("vi", "Nhật Bản cứu 7 thuyền viên Triều Tiên",
         "Lực lượng bảo vệ bờ biển Nhật Bản hôm 2/12 đã cứu 7 thuyền viên Triều Tiên trên một tàu "
         "cá bị hỏng máy. Họ sẽ được trao trả về nước theo nguyện vọng."),
        ("en", "Japan rescues North Korean sailors",
         "Japan's coast guard rescued seven North Korean sailors from a drifting boat on Tuesday. "
         "They will be sent home at their request."),
    ],
    ids=["vi", "en"],
)  # fmt: skip
def test_a_rescued_crew_sent_home_is_still_no_alert(lang: str, title: str, text: str) -> None:
    tier, _, _ = _read(title, text, lang)
    assert tier is Tier.IGNORE


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("th", "ผู้แทนยูเอ็นจี้รัสเซียระงับเนรเทศแรงงานเกาหลีเหนือที่หลบหนี",
         "ผู้รายงานพิเศษแห่งสหประชาชาติเรียกร้องให้ทางการรัสเซียระงับการเนรเทศชายชาวเกาหลีเหนือรายหนึ่ง "
         "เนื่องจากเขาอาจถูกทรมานหากถูกส่งกลับ ชายวัย 28 ปีผู้นี้หลบหนีออกจากที่พักคนงานในเมือง"
         "วลาดิวอสต็อก และถูกตำรวจรัสเซียจับกุมเมื่อวันที่ 21 พ.ย."),
    ],
    ids=["th"],
)  # fmt: skip
def test_a_condition_after_because_leaves_the_person_named_before_it(
    lang: str, title: str, text: str
) -> None:
    tier, status, people = _read(title, text, lang)
    assert tier is Tier.ALERT
    assert status is Status.FACING_REPATRIATION
    assert people == 1
