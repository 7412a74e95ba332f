"""Vietnamese and Thai reports written as whole news items, in the manner of the Vietnamese press
(VnExpress, Tuổi Trẻ, Dân trí, TTXVN, RFA, VOA, BBC, Công an nhân dân) and the Thai press (ไทยรัฐ,
มติชน, ข่าวสด, เดลินิวส์, Thai PBS, ประชาไท, ตม. press releases).

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 11, 20)


def _read(title: str, text: str, lang: str) -> tuple[Tier, Status | None, int | None]:
    verdict = classify(Document("r", title, text, lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Luật sư kêu gọi Nga không trục xuất hai người Triều Tiên",
         "Hai người Triều Tiên bị cảnh sát Nga bắt hôm 3/11 và đang bị giam ở Khabarovsk. "
         "\"Việc trả họ về Bình Nhưỡng sẽ vi phạm luật quốc tế\", luật sư của họ nói.",
         Status.FACING_REPATRIATION),
        ("Ba người Bắc Hàn bị giam ở Lạng Sơn",
         "Ba người Bắc Hàn bị công an bắt tại Lạng Sơn hôm thứ Hai và đang bị tạm giữ. "
         "Việc đưa họ về nước có thể khiến họ bị tra tấn, một nhà hoạt động nói.",
         Status.DETAINED),
        ("Hai người Triều Tiên bị giam ở Khabarovsk",
         "Hai người Triều Tiên bị cảnh sát Nga bắt hôm 3/11. Việc trục xuất họ sẽ là một sai lầm, "
         "một chuyên gia nói.",
         Status.DETAINED),
    ],
    ids=["would-violate", "could-lead", "would-be-a-mistake"],
)  # fmt: skip
def test_a_return_named_as_the_subject_of_what_it_would_do_is_not_done(
    title: str, text: str, want: Status
) -> None:
    tier, status, _ = _read(title, text, "vi")
    assert tier is Tier.ALERT
    assert status is want


@pytest.mark.parametrize(
    ("text"),
    [
        "Hai người Triều Tiên bị cảnh sát Nga bắt hôm 3/11. Tuần trước, cảnh sát đã trả họ về "
        "Bình Nhưỡng, luật sư nói.",
        "Hai người Triều Tiên bị cảnh sát Nga bắt hôm 3/11. Hôm thứ Sáu, họ đã bị trả về Bình "
        "Nhưỡng và việc này gây phẫn nộ.",
    ],
    ids=["sent-back-last-week", "sent-back-then-the-act-named"],
)  # fmt: skip
def test_a_return_told_as_done_stays_done(text: str) -> None:
    tier, status, _ = _read("Nga trả hai người về Triều Tiên", text, "vi")
    assert tier is Tier.ALERT
    assert status is Status.REPATRIATED


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("ปล่อยตัว 2 ใน 5 ชาวเกาหลีเหนือ ที่เหลือยังถูกกัก",
         "เจ้าหน้าที่ตรวจคนเข้าเมืองจังหวัดหนองคายปล่อยตัวชาวเกาหลีเหนือ 2 คน เมื่อวันจันทร์ "
         "หลังชำระค่าปรับครบ", Status.DETAINED),
        ("ชาวเกาหลีเหนือ 6 คนถูกกักที่ด่านหนองคาย",
         "เจ้าหน้าที่ตรวจคนเข้าเมืองจังหวัดหนองคายเปิดเผยเมื่อวันจันทร์ว่า ชาวเกาหลีเหนือทั้ง 6 คน "
         "เดินทางมาจากลาว", Status.DETAINED),
    ],
    ids=["rest-still-held-in-headline", "held-at-the-checkpoint"],
)  # fmt: skip
def test_thai_held_written_short_is_a_custody(title: str, text: str, want: Status) -> None:
    tier, status, _ = _read(title, text, "th")
    assert tier is Tier.ALERT
    assert status is want


def test_a_thai_release_with_no_custody_told_after_stays_released() -> None:
    tier, status, _ = _read(
        "ปล่อยตัวชาวเกาหลีเหนือ 3 คน",
        "ตม.จว.หนองคาย ปล่อยตัวชาวเกาหลีเหนือ 3 คนที่ถูกจับกุมเมื่อต้นเดือน และส่งต่อให้ UNHCR เมื่อวันจันทร์",
        "th",
    )
    assert tier is Tier.ALERT
    assert status is Status.RELEASED


@pytest.mark.parametrize(
    ("title", "text", "lang", "want"),
    [
        ("Hai thiếu nữ Bắc Hàn mất tích ở Vân Nam",
         "Hai thiếu nữ Bắc Hàn đã mất tích từ hôm thứ Hai sau khi rời một nhà an toàn ở Côn Minh.",
         "vi", (Status.MISSING, 2)),
        ("Công an Hà Giang bắt ba cô gái Triều Tiên",
         "Ba cô gái Triều Tiên bị công an bắt tại huyện Mèo Vạc hôm thứ Hai.",
         "vi", (Status.ARRESTED, 3)),
        ("ตม.เชียงรายจับคนสัญชาติเกาหลีเหนือ 4 ราย",
         "เจ้าหน้าที่ ตม.จว.เชียงราย จับกุมคนสัญชาติเกาหลีเหนือ 4 ราย ที่ อ.เชียงแสน เมื่อวันจันทร์",
         "th", (Status.ARRESTED, 4)),
    ],
    ids=["vi-teenage-girls", "vi-young-women", "th-of-north-korean-nationality"],
)  # fmt: skip
def test_people_named_by_a_word_for_girls_or_by_nationality_are_the_people(
    title: str, text: str, lang: str, want: tuple[Status, int]
) -> None:
    tier, status, people = _read(title, text, lang)
    assert tier is Tier.ALERT
    assert (status, people) == want


def test_a_thai_nationality_list_without_the_north_stays_quiet() -> None:
    tier, _, _ = _read(
        "ตม.ผลักดันคนสัญชาติเมียนมา 30 ราย กลับประเทศ",
        "เจ้าหน้าที่ ตม.จว.ตาก ผลักดันคนสัญชาติเมียนมา 30 ราย ออกนอกราชอาณาจักร เมื่อวันจันทร์",
        "th",
    )
    assert tier is Tier.IGNORE


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Arrested first, then the part and the group: the arrest is the part's (3 of 7 caught).
        ("ตำรวจจับกุมชาวเกาหลีเหนือ 3 คน จากทั้งหมด 7 คน ที่ด่านชายแดนเชียงแสน เมื่อวันจันทร์", 3),
        ("ตำรวจจับกุมชาวเกาหลีเหนือ 3 ใน 7 คน ที่ด่านชายแดนเชียงแสน เมื่อวันจันทร์", 7),
        # Guards: the status told after both is the part's; a group with no part keeps its figure.
        ("ชาวเกาหลีเหนือ 3 คน จากทั้งหมด 7 คน ถูกตำรวจจับกุมที่ด่านชายแดนเชียงแสน เมื่อวันจันทร์", 3),
        ("ตำรวจจับกุมชาวเกาหลีเหนือ 7 คน ในเชียงแสน เมื่อวันจันทร์", 7),
    ],
    ids=["part-of-all", "part-in-group", "part-told-after", "no-part"],
)  # fmt: skip
def test_a_thai_part_of_a_group_counts_the_group(text: str, want: int) -> None:
    _, status, people = _read("ตำรวจจับชาวเกาหลีเหนือที่เชียงแสน", text, "th")
    assert status is Status.ARRESTED
    assert people == want


def test_thai_as_for_the_others_still_held_parts_the_release() -> None:
    text = (
        "ตำรวจปล่อยตัวชาวเกาหลีเหนือ 2 คน จากทั้งหมด 6 คน ที่ถูกจับกุมที่หนองคาย "
        "ส่วนอีก 4 คน ยังคงถูกควบคุมตัวอยู่ที่สถานีตำรวจ"
    )
    tier, status, _people = _read("", text, "th")
    assert (tier, status) == (Tier.ALERT, Status.DETAINED)


def test_a_thai_part_told_with_its_group_and_the_rest_counts_the_group_once() -> None:
    text = (
        "ตำรวจปล่อยตัวชาวเกาหลีเหนือ 2 คน จากทั้งหมด 6 คน ที่ถูกจับกุมที่หนองคาย "
        "ส่วนอีก 4 คน ยังคงถูกควบคุมตัวอยู่ที่สถานีตำรวจ"
    )
    assert _read("", text, "th")[2] == 6


@pytest.mark.parametrize(
    ("title", "text", "lang", "want"),
    [
        ("ตม.ปล่อยตัวชาวเกาหลีเหนือ 3 คน",
         "ตม.หนองคายปล่อยตัวชาวเกาหลีเหนือ 3 คน จากทั้งหมด 8 คน ที่ถูกจับกุมเมื่อต้นเดือน "
         "โดยไม่ได้ระบุเหตุผล", "th", (Status.ARRESTED, 8)),
        ("ตม.ปล่อยตัวชาวเกาหลีเหนือ 3 คน",
         "ตม.หนองคายปล่อยตัวชาวเกาหลีเหนือ 3 คน จาก 8 คนที่ถูกควบคุมตัวไว้ตั้งแต่ต้นเดือน "
         "โดยไม่ได้ระบุเหตุผล", "th", (Status.DETAINED, 8)),
        ("Cảnh sát Campuchia thả 3 người Triều Tiên",
         "Cảnh sát Campuchia đã thả 3 người trong tổng số 8 người Triều Tiên bị giữ ở Kampot "
         "hôm thứ Ba. Ba người được thả là một gia đình.", "vi", (Status.DETAINED, 8)),
        ("Cảnh sát Campuchia thả 3 người Triều Tiên",
         "Cảnh sát Campuchia đã thả ba trong số tám người Triều Tiên bị bắt ở Kampot hôm thứ Ba. "
         "Ba người được thả là một gia đình.", "vi", (Status.ARRESTED, 8)),
    ],
    ids=["th-of-all-arrested", "th-of-held", "vi-of-all-held", "vi-of-arrested-retold"],
)  # fmt: skip
def test_a_part_freed_of_a_group_held_in_a_relative_clause_leaves_the_group_held(
    title: str, text: str, lang: str, want: tuple[Status, int]
) -> None:
    tier, status, people = _read(title, text, lang)
    assert tier is Tier.ALERT
    assert (status, people) == want


@pytest.mark.parametrize(
    ("title", "text", "lang", "want"),
    [
        ("ตม.ปล่อยตัวชาวเกาหลีเหนือทั้ง 8 คน",
         "ตม.หนองคายปล่อยตัวชาวเกาหลีเหนือทั้ง 8 คน ที่ถูกจับกุมเมื่อต้นเดือน", "th",
         (Status.RELEASED, 8)),
        ("ตำรวจจับชาวเกาหลีเหนือ 5 คน",
         "ตำรวจจับชาวเกาหลีเหนือ 5 คน จาก 2 ครอบครัว ที่เชียงของ เมื่อวันจันทร์", "th",
         (Status.ARRESTED, 5)),
        ("Cảnh sát Campuchia thả 8 người Triều Tiên",
         "Cảnh sát Campuchia đã thả cả 8 người Triều Tiên bị bắt ở Kampot hôm thứ Ba.", "vi",
         (Status.RELEASED, 8)),
    ],
    ids=["th-all-freed", "th-of-families", "vi-all-freed"],
)  # fmt: skip
def test_a_whole_group_freed_or_counted_from_families_stays_as_told(
    title: str, text: str, lang: str, want: tuple[Status, int]
) -> None:
    _tier, status, people = _read(title, text, lang)
    assert (status, people) == want


@pytest.mark.parametrize(
    ("title", "text", "lang", "want"),
    [
        ("ศาลรอลงอาญาชาวเกาหลีเหนือ 2 คน",
         "ชาวเกาหลีเหนือ 2 คน ได้รับการปล่อยตัวจากศาลจังหวัดหนองคาย แต่ถูกส่งตัวให้ ตม. "
         "ควบคุมตัวไว้ที่ห้องกักต่อ", "th", Status.DETAINED),
        ("Tòa Thái Lan thả hai người Triều Tiên",
         "Hai người Triều Tiên được tòa án ở Nong Khai thả, nhưng bị chuyển sang trung tâm lưu "
         "trú của cơ quan xuất nhập cảnh.", "vi", Status.DETAINED),
        ("Hai người Triều Tiên lại bị bắt ở Lào",
         "Hai người Triều Tiên được cảnh sát Lào thả hôm thứ Hai sau ba tuần bị giữ ở Pakse, "
         "nhưng hai ngày sau lại bị bắt ở Champasak.", "vi", Status.ARRESTED),
        ("Lào nỗ lực giải quyết vụ 5 người Triều Tiên",
         "Hàn Quốc đang làm mọi cách để 5 người Triều Tiên bị cảnh sát Lào giữ ở Pakse sớm được "
         "thả và được đưa sang Hàn Quốc.", "vi", Status.DETAINED),
        ("Có tin 5 người Triều Tiên bị bắt ở Côn Minh đã được thả",
         "Năm người Triều Tiên bị công an bắt ở Côn Minh hôm 2/11. Một mục sư nói ông nghe nói "
         "họ đã được thả.", "vi", Status.ARRESTED),
        ("ตม.เนรเทศชาวเกาหลีเหนือ 4 คนไปเกาหลีใต้",
         "ตม.เนรเทศชาวเกาหลีเหนือ 4 คน ที่ถูกจับกุมที่จังหวัดเลย ไปเกาหลีใต้แล้วเมื่อคืนวันเสาร์",
         "th", Status.REACHED_THIRD_COUNTRY),
    ],
    ids=["th-but-handed-on", "vi-but-moved-to-centre", "vi-freed-after-held-then-again",
         "vi-everything-to-free-soon", "vi-rumoured-release", "th-deported-to-south"],
)  # fmt: skip
def test_vietnamese_and_thai_statuses_read_as_the_report_asserts_them(
    title: str, text: str, lang: str, want: Status
) -> None:
    tier, status, _ = _read(title, text, lang)
    assert tier is Tier.ALERT
    assert status is want


@pytest.mark.parametrize(
    ("title", "text", "lang", "want"),
    [
        ("ศาลปล่อยตัวชาวเกาหลีเหนือ 2 คน",
         "ชาวเกาหลีเหนือ 2 คน ได้รับการปล่อยตัวจากศาลจังหวัดเลย หลังถูกควบคุมตัวตั้งแต่ถูกจับ"
         "เมื่อเดือนที่แล้ว", "th", Status.RELEASED),
        ("Hai người Triều Tiên được thả ở Lào",
         "Hai người Triều Tiên được cảnh sát Lào thả hôm thứ Hai sau ba tuần bị giữ ở Pakse.",
         "vi", Status.RELEASED),
        ("Năm người Triều Tiên bị bắt ở Lào đã đến Hàn Quốc",
         "Năm người Triều Tiên bị cảnh sát Lào bắt ở Pakse hồi tháng 9 đã được thả và đã được "
         "đưa sang Hàn Quốc hôm thứ Bảy.", "vi", Status.REACHED_THIRD_COUNTRY),
        ("5 ชาวเกาหลีเหนือ รอการเนรเทศไปเกาหลีใต้",
         "ชาวเกาหลีเหนือ 5 คน ยังถูกกักตัวที่ห้องกัก ตม. ระหว่างรอการเนรเทศไปเกาหลีใต้", "th",
         Status.DETAINED),
    ],
    ids=["th-since-arrested", "vi-freed-after-held", "vi-freed-and-moved-on",
         "th-awaiting-deportation"],
)  # fmt: skip
def test_vietnamese_and_thai_guards_keep_what_is_told(
    title: str, text: str, lang: str, want: Status
) -> None:
    _tier, status, _ = _read(title, text, lang)
    assert status is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hai người Triều Tiên bị bắt ở Diên Cát hồi tháng 9 đã bị áp giải về Triều Tiên qua "
         "cửa khẩu Đồ Môn tuần trước.", Status.REPATRIATED),
        # Guard: an escort back that may come is a threat.
        ("Hai người Triều Tiên bị bắt ở Diên Cát hôm 2/11 có thể bị áp giải về Triều Tiên trong "
         "tuần này.", Status.FACING_REPATRIATION),
    ],
    ids=["escorted-back", "may-be-escorted-back"],
)  # fmt: skip
def test_a_vietnamese_escort_back_under_guard_is_a_return(text: str, want: Status) -> None:
    tier, status, _ = _read("", text, "vi")
    assert (tier, status) == (Tier.ALERT, want)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Hà Giang: tạm giữ 4 người Triều Tiên",
         "Đồn Biên phòng Thanh Thủy tạm giữ 4 người Triều Tiên vượt biên trái phép hôm 2/12. "
         "Đơn vị đang làm thủ tục trao trả 4 người trên cho phía Trung Quốc theo quy định."),
        ("Lào Cai: bắt 7 người Triều Tiên",
         "Công an Lào Cai bắt 7 người Triều Tiên tại một khách sạn hôm thứ Ba. Một cán bộ cho "
         "biết nhà chức trách có thể trao trả 7 người đó cho phía Trung Quốc trong tuần tới."),
    ],
    ids=["4-nguoi-tren", "7-nguoi-do"],
)  # fmt: skip
def test_the_people_named_again_by_their_figure_in_digits_take_the_next_status(
    title: str, text: str
) -> None:
    assert _read(title, text, "vi")[:2] == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Lạng Sơn: bắt giữ 6 người Triều Tiên",
         "Biên phòng Lạng Sơn bắt giữ 6 người Triều Tiên nhập cảnh trái phép hôm thứ Hai và "
         "đang hoàn tất hồ sơ để trao trả họ cho phía Trung Quốc."),
        ("Móng Cái: tạm giữ 3 người Triều Tiên",
         "Công an Móng Cái tạm giữ 3 người Triều Tiên hôm 2/12 và đã làm xong các thủ tục để "
         "trục xuất cả 3 người sang Trung Quốc."),
    ],
    ids=["ho-so-de-trao-tra", "cac-thu-tuc-de-truc-xuat"],
)  # fmt: skip
def test_papers_in_order_to_hand_people_over_leave_the_handover_to_come(
    title: str, text: str
) -> None:
    assert _read(title, text, "vi")[:2] == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("ตำรวจเสิ่นหยางบุกค้นห้องพัก",
         "ตำรวจจีนจับกุมชาวเกาหลีเหนือ 3 คนพร้อมพี่ชายของนายพัก ที่เมืองเสิ่นหยางเมื่อวันพฤหัสบดี", 4),
        ("ตำรวจลาวจับชาวเกาหลีเหนือ",
         "ตำรวจลาวจับกุมหญิงชาวเกาหลีเหนือ 2 คนพร้อมน้องชายของเธอ ที่เมืองห้วยทรายเมื่อวันอังคาร", 3),
    ],
    ids=["3-with-older-brother", "2-women-with-brother"],
)  # fmt: skip
def test_a_thai_brother_or_sister_joined_to_a_count_is_counted(
    title: str, text: str, people: int
) -> None:
    assert _read(title, text, "th") == (Tier.ALERT, Status.ARRESTED, people)


def test_the_people_s_figure_after_a_quote_about_them_still_takes_them_up() -> None:
    title = "Bốn người Triều Tiên bị bắt ở Bokeo"
    text = (
        'Cảnh sát Lào bắt 4 người Triều Tiên ở Bokeo hôm thứ Hai. "Họ đang bị giam trong một '
        'phòng chật chội", một mục sư nói. Các nhà hoạt động lo ngại 4 người có thể bị trao trả '
        "cho phía Trung Quốc."
    )
    assert _read(title, text, "vi") == (Tier.ALERT, Status.FACING_REPATRIATION, 4)


def test_a_group_named_against_forced_repatriation_threatens_no_one() -> None:
    title = "Thiếu niên Triều Tiên bị giam ở Viêng Chăn"
    text = (
        "Một thiếu niên Triều Tiên bị giam tại trại tạm giam ở Viêng Chăn từ ngày 22/11, cha cậu "
        "cho biết. Liên minh Ngăn chặn Cưỡng chế Hồi hương Người tị nạn Triều Tiên đã xác nhận "
        "thông tin hôm thứ Sáu."
    )
    assert _read(title, text, "vi")[:2] == (Tier.ALERT, Status.DETAINED)


@pytest.mark.parametrize(
    "quote",
    [
        '"Tôi sợ nó bị trả về Triều Tiên", người anh nói.',
        'Người chị nói: "Tôi rất sợ em bị đưa về Triều Tiên".',
        'Mẹ của cô nói: "Tôi e rằng con bị trả về Triều Tiên".',
    ],
    ids=["so-no", "rat-so-em", "e-rang-con"],
)
def test_a_relative_s_plain_fear_of_return_is_no_repatriation(quote: str) -> None:
    tier, status, _people = _read(
        "Người phụ nữ Triều Tiên bị bắt ở Hà Khẩu",
        "Một phụ nữ Triều Tiên đã bị công an Trung Quốc bắt tại Hà Khẩu hôm thứ Hai. " + quote,
        "vi",
    )
    assert (tier, status) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    "order",
    [
        "Tòa án tỉnh đã ra lệnh trục xuất họ.",
        "Cơ quan chức năng đã ra lệnh trục xuất ba người này.",
    ],
    ids=["lenh-truc-xuat-ho", "lenh-truc-xuat-ba-nguoi"],
)
def test_an_order_to_expel_is_facing_repatriation(order: str) -> None:
    tier, status, people = _read(
        "Ba người Triều Tiên bị tạm giữ ở Lạng Sơn",
        "Ba người Triều Tiên vượt biên trái phép đã bị công an Lạng Sơn tạm giữ hôm thứ Sáu. "
        + order,
        "vi",
    )
    assert (tier, status, people) == (Tier.ALERT, Status.FACING_REPATRIATION, 3)


@pytest.mark.parametrize(
    "title",
    [
        "Chị gái lo em trai bị trả về Triều Tiên",
        "Gia đình ở Seoul lo hai người thân bị cưỡng chế hồi hương",
    ],
    ids=["lo-em-trai", "lo-nguoi-than"],
)
def test_a_return_a_headline_is_worried_about_is_a_threat(title: str) -> None:
    tier, status, _people = _read(
        title,
        "Hai người Triều Tiên đã bị công an Trung Quốc bắt ở Trường Bạch hôm thứ Ba, một người "
        "thân của họ sống ở Seoul cho biết.",
        "vi",
    )
    assert (tier, status) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    "step",
    [
        "ทนายความระบุว่ากระบวนการส่งตัวไปยังเกาหลีใต้ยังไม่เริ่ม",
        "เจ้าหน้าที่เผยว่าขั้นตอนการส่งตัวไปเกาหลีใต้ต้องใช้เวลาอีกหลายเดือน",
    ],
    ids=["krabuankan", "khantonkan"],
)
def test_a_thai_transfer_to_the_south_named_as_a_process_is_still_to_come(step: str) -> None:
    tier, status, people = _read(
        "ชาวเกาหลีเหนือ 4 คนถูกกักตัวที่ ตม.สวนพลู",
        "ชาวเกาหลีเหนือ 4 คน ถูกควบคุมตัวอยู่ที่ศูนย์กักตัวคนต่างด้าว สวนพลู กรุงเทพฯ ตั้งแต่เดือนมิถุนายน\n" + step,
        "th",
    )
    assert (tier, status, people) == (Tier.ALERT, Status.DETAINED, 4)


@pytest.mark.parametrize(
    "text",
    [
        "ชาวเกาหลีเหนือ 3 คนถูกจับกุมที่อำเภอเชียงของเมื่อวันจันทร์ ก่อนถูกส่งตัวกลับลาวเมื่อวันพุธ",
        "ตม.เชียงของส่งตัวชาวเกาหลีเหนือ 3 คนกลับไปยังลาวเมื่อวันอังคาร",
    ],
    ids=["thuk-song-tua-klap-lao", "song-tua-klap-pai-yang-lao"],
)
def test_a_thai_return_to_laos_is_over_the_border_not_home(text: str) -> None:
    verdict = classify(Document("r", "ชาวเกาหลีเหนือถูกส่งกลับ", text, "th", date=ON))
    facts = verdict.facts
    assert (verdict.tier, facts.status, facts.country) == (Tier.ALERT, Status.ARRESTED, "TH")


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("กลุ่มสิทธิฯ ค้านส่งตัวชาวเกาหลีเหนือ 3 คนกลับลาว",
         "ชาวเกาหลีเหนือ 3 คนถูกจับกุมที่อำเภอเชียงของเมื่อวันจันทร์", "th"),
        ("Luật sư phản đối chuyển giao cho phía Trung Quốc 3 người Triều Tiên",
         "Ba người Triều Tiên bị bộ đội biên phòng bắt ở Lạng Sơn hôm thứ Hai.", "vi"),
    ],
    ids=["th-khan-song-klap-lao", "vi-phan-doi-chuyen-giao"],
)  # fmt: skip
def test_a_handover_to_a_neighbour_opposed_is_facing_repatriation(
    title: str, text: str, lang: str
) -> None:
    assert _read(title, text, lang)[:2] == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    "text",
    [
        "Đồn Biên phòng Hoành Mô tạm giữ 2 người Triều Tiên vượt biên trái phép chiều 14/11. "
        "Vụ việc được phát hiện khi tổ tuần tra đi dọc mốc giới. "
        "Hiện đơn vị đang hoàn thiện hồ sơ, thủ tục để trục xuất theo quy định.",
        "Đồn Biên phòng Hoành Mô tạm giữ 2 người Triều Tiên vượt biên trái phép chiều 14/11. "
        "Hai người khai đã sống ở Quảng Tây hơn một năm. Vụ việc đang được làm rõ. "
        "Cơ quan chức năng đang hoàn tất các thủ tục để trục xuất theo quy định của pháp luật.",
    ],
    ids=["vu-viec-phat-hien", "vu-viec-lam-ro"],
)
def test_a_vietnamese_closing_procedure_naming_no_one_is_the_case_s(text: str) -> None:
    """Border-guard reports end on the procedure for the case, its object left unsaid: "thủ tục
    để trục xuất theo quy định" (to expel, as the rules say) and "Vụ việc" (the case) go on
    about the people caught."""
    title = "Quảng Ninh: tạm giữ 2 người nước ngoài nhập cảnh trái phép"
    assert _read(title, text, "vi")[:2] == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("เครือข่ายสิทธิฯ เรียกร้องไทยอย่าส่งตัวชาวเกาหลีเหนือ 3 คนกลับลาว", Status.FACING_REPATRIATION),
        ("นักกฎหมายวอนรัฐบาลอย่าผลักดันชาวเกาหลีเหนือ 3 คนกลับไปยังลาว", Status.FACING_REPATRIATION),
        ("ตม.ส่งตัวชาวเกาหลีเหนือ 3 คนกลับลาวอย่างเร่งด่วน", Status.ARRESTED),
    ],
    ids=["ya-song-tua", "ya-phlak-dan", "yang-is-no-ya"],
)  # fmt: skip
def test_a_thai_handover_asked_not_to_happen_is_facing_repatriation(
    title: str, want: Status
) -> None:
    """อย่า (do not) before a handover to Laos: the return is opposed, still to come; อย่าง
    (in a manner, อย่างเร่งด่วน) holds its letters and stops nothing."""
    text = "ชาวเกาหลีเหนือ 3 คนถูกจับกุมที่ อ.เชียงแสน เมื่อวันจันทร์"
    assert _read(title, text, "th")[:2] == (Tier.ALERT, want)


@pytest.mark.parametrize(
    "text",
    [
        "“ตำรวจมาที่ห้องเช่าตอนตีสองแล้วพาตัวหญิงชาวเกาหลีเหนือทั้งสองคนไป” เจ้าของห้องเช่าในแม่สายกล่าว",
        "ชาวเกาหลีเหนือ 2 คนถูกพาตัวไปจากห้องเช่าในแม่สายเมื่อคืนวันอังคาร เพื่อนบ้านเล่า",
    ],
    ids=["pha-tua-pai", "thuk-pha-tua-pai"],
)
def test_a_thai_witness_s_took_them_away_is_an_arrest(text: str) -> None:
    """พาตัว … ไป (took … away), as a witness tells it, with the people between, and its
    passive ถูกพาตัวไป: a custody, though the report quotes it rather than says it."""
    assert _read("เพื่อนบ้านเล่าเหตุการณ์ที่แม่สาย", text, "th")[:2] == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    "text",
    [
        "ด่านตรวจ อ.เชียงแสน พบชาวเกาหลีเหนือ 4 คนนั่งมากับรถโดยสารเมื่อวันที่ 18 พ.ย. "
        "เจ้าหน้าที่ควบคุมตัวส่งพนักงานสอบสวน",
        "ทหารพรานพบชาวเกาหลีเหนือ 4 คนเดินริมโขงเมื่อวันที่ 18 พ.ย. จึงควบคุมตัวทั้งสี่คนส่ง สภ.เชียงของ เพื่อดำเนินคดี",
    ],
    ids=["to-the-investigators", "to-the-station"],
)
def test_a_thai_custody_handed_on_for_charges_is_the_arrest(text: str) -> None:
    """ควบคุมตัว (held) handed on to the investigators or a police station: the arrest that
    opens the case, not a custody that goes on."""
    assert _read("พบชาวเกาหลีเหนือ 4 คน", text, "th")[:2] == (Tier.ALERT, Status.ARRESTED)


def test_a_thai_custody_then_a_return_keeps_the_return() -> None:
    """The arrest's words name who takes the people, so a return after them stays a return."""
    assert _read(
        "ลาวส่งชาวเกาหลีเหนือกลับ",
        "ตำรวจลาวควบคุมตัวชาวเกาหลีเหนือ 4 คนส่งกลับเกาหลีเหนือเมื่อวันจันทร์",
        "th",
    )[:2] == (Tier.ALERT, Status.REPATRIATED)


@pytest.mark.parametrize(
    "text",
    [
        "ศาลพิพากษาปรับชาวเกาหลีเหนือ 3 คน คนละ 2,000 บาท หลังชำระค่าปรับ ทั้งสามคนถูกส่งตัวไปกักที่ ตม.สวนพลู",
        "ตม.เชียงแสนส่งตัวชาวเกาหลีเหนือ 3 คนไปกักที่สวนพลูเมื่อวันศุกร์",
    ],
    ids=["thuk-song-tua-pai-kak", "song-tua-pai-kak"],
)
def test_a_thai_transfer_to_be_held_at_the_immigration_centre_is_detention(text: str) -> None:
    """ส่งตัว … ไปกัก (sent to be held at): detained there, not only arrested."""
    assert _read("ศาลปรับชาวเกาหลีเหนือ 3 คน", text, "th")[:2] == (
        Tier.ALERT,
        Status.DETAINED,
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Lào Cai: bắt giữ 3 người Triều Tiên vượt biên",
         "Công an Lào Cai bắt giữ 3 người Triều Tiên vượt biên trái phép hôm thứ Sáu. Các nhà "
         "hoạt động lo ngại họ sẽ bị giao cho Trung Quốc."),
        ("Quảng Ninh: tạm giữ 2 phụ nữ Triều Tiên",
         "Biên phòng Quảng Ninh tạm giữ 2 phụ nữ Triều Tiên hôm 1/12. Nhiều khả năng hai người "
         "sẽ bị giao cho phía Trung Quốc trong vài ngày tới."),
    ],
    ids=["lo-ngai-giao-cho-tq", "kha-nang-giao-cho-phia-tq"],
)  # fmt: skip
def test_a_vietnamese_handover_to_china_still_to_come_is_a_return_they_face(
    title: str, text: str
) -> None:
    assert _read(title, text, "vi")[:2] == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    "text",
    [
        "ตั้งแต่ต้นปี 2569 เจ้าหน้าที่ตรวจคนเข้าเมืองจับกุมชาวเกาหลีเหนือที่ลักลอบเข้าเมืองได้แล้วรวม 42 คน",
        "นับตั้งแต่ต้นปี 2569 ตำรวจเชียงรายจับกุมชาวเกาหลีเหนือไปแล้ว 37 คน",
        "ตลอดทั้งปี ตำรวจหนองคายจับกุมชาวเกาหลีเหนือที่ลักลอบข้ามแม่น้ำโขงได้ 26 คน",
        "ในปี 2569 มีชาวเกาหลีเหนือถูกจับกุมที่จังหวัดหนองคายทั้งสิ้น 26 คน",
    ],
    ids=[
        "since-start-of-2569",
        "counted-since-start-of-2569",
        "the-whole-year-through",
        "in-2569-in-all",
    ],
)
def test_a_thai_running_total_since_the_start_of_a_year_is_a_statistic(text: str) -> None:
    assert _read("ตำรวจตรวจคนเข้าเมืองเผยผลการจับกุม", text, "th")[0] != Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("สถิติ ปี 2569 ตม.หนองคายจับต่างด้าวเข้าเมืองผิดกฎหมาย",
         "ตม.หนองคายเปิดเผยตัวเลขการจับกุมคนต่างด้าวตลอดปี 2569 รวม 640 ราย ส่วนใหญ่เป็นชาวลาว\n"
         "ในจำนวนนี้มีชาวเกาหลีเหนือ 9 ราย ซึ่งถูกจับกุมริมแม่น้ำโขง"),
        ("ตม.เปิดสถิติจับกุมต่างด้าวรอบปี",
         "ตม.เชียงรายจับกุมคนต่างด้าวเข้าเมืองผิดกฎหมายตลอดปี 2569 รวม 830 ราย\n"
         "ในจำนวนนี้เป็นชาวเกาหลีเหนือ 14 ราย ซึ่งถูกจับกุมที่อำเภอเชียงแสน"),
    ],
    ids=["statistics-year-headline", "statistics-opened-headline"],
)  # fmt: skip
def test_a_thai_statistics_headline_is_no_incident(title: str, text: str) -> None:
    assert _read(title, text, "th")[0] != Tier.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "Bộ đội Biên phòng tỉnh Lạng Sơn đã bắt 860 người vượt biên trái phép, tăng 9% so với năm "
        "trước, trong đó có 7 người Triều Tiên.",
        "Tại hội nghị tổng kết công tác, Đồn Biên phòng Chi Ma cho biết đã bắt 5 người Triều Tiên.",
    ],
    ids=["against-the-year-before", "year-end-review"],
)
def test_a_vietnamese_yearly_figure_set_against_the_last_is_a_statistic(text: str) -> None:
    assert _read("Biên phòng Lạng Sơn tổng kết", text, "vi")[0] != Tier.ALERT


def test_a_thai_arrest_with_a_running_total_after_it_still_alerts() -> None:
    title = "ตม.จับชาวเกาหลีเหนือ 4 รายลักลอบข้ามโขงที่เชียงของ"
    text = (
        "เมื่อวันที่ 1 ธันวาคม เจ้าหน้าที่ตรวจคนเข้าเมืองจับกุมชาวเกาหลีเหนือ 4 ราย ที่อำเภอเชียงของ "
        "ทั้งนี้ สถิติตั้งแต่ต้นปี ตม.จับกุมชาวเกาหลีเหนือแล้ว 25 ราย"
    )
    assert _read(title, text, "th")[:2] == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    "text",
    [
        "Cảnh sát Campuchia đã trục xuất 3 trong số 5 người Triều Tiên sang Hàn Quốc hôm thứ Tư. "
        "2 người còn lại vẫn bị giam ở Phnom Penh.",
        "Công an Lào đã trục xuất 2 trong tổng số 6 người Bắc Hàn sang Hàn Quốc hôm thứ Năm. "
        "4 người còn lại vẫn bị giam ở Viêng Chăn.",
    ],
    ids=["trong-so", "trong-tong-so"],
)
def test_a_part_deported_to_the_south_is_no_return_to_the_north(text: str) -> None:
    tier, status, _people = _read("", text, "vi")
    assert (tier, status) == (Tier.ALERT, Status.DETAINED)


# Border-guard news names the people's nationality in a sentence of its own, right after the
# arrest: "all of them hold North Korean nationality" says who those just counted were.
@pytest.mark.parametrize(
    "identity",
    [
        "Qua xác minh, cả sáu người đều mang quốc tịch CHDCND Triều Tiên.",
        "Sáu người này đều có quốc tịch Triều Tiên.",
    ],
    ids=["mang", "co"],
)
def test_people_said_to_hold_north_korean_nationality_after_their_arrest_are_an_alert(
    identity: str,
) -> None:
    title = "Biên phòng Hà Giang bắt giữ 6 người nhập cảnh trái phép qua đường mòn"
    assert _read(title, identity, "vi") == (Tier.ALERT, Status.ARRESTED, 6)


def test_people_said_to_hold_another_nationality_after_their_arrest_are_no_alert() -> None:
    title = "Biên phòng Hà Giang bắt giữ 6 người nhập cảnh trái phép qua đường mòn"
    text = "Qua xác minh, cả sáu người đều mang quốc tịch Trung Quốc."
    assert _read(title, text, "vi")[0] != Tier.ALERT


def test_a_court_s_additional_penalty_of_expulsion_is_a_return_to_come() -> None:
    title = "Ba người Triều Tiên lĩnh án vì vượt biên trái phép vào Việt Nam"
    text = (
        "TAND tỉnh Lạng Sơn tuyên phạt ba bị cáo người Triều Tiên mỗi người 6 tháng tù; hình phạt "
        "bổ sung là trục xuất về nước khi mãn hạn tù."
    )
    assert _read(title, text, "vi")[:2] == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("เมื่อวันที่ 15 พฤศจิกายน ตำรวจ อ.เชียงของ จ.เชียงราย จับกุมชายชาวเกาหลีเหนือ "
         "พร้อมบุตรชาย ขณะลักลอบข้ามแม่น้ำโขง", 2),
        ("เมื่อวันที่ 15 พฤศจิกายน ตำรวจ อ.เชียงของ จ.เชียงราย จับกุมหญิงชาวเกาหลีเหนือ 2 คน "
         "พร้อมบุตรสาวของเธอ", 3),
    ],
    ids=["บุตรชาย", "บุตรสาว"],
)  # fmt: skip
def test_a_thai_son_or_daughter_in_formal_words_is_one_more_person(text: str, want: int) -> None:
    assert _read("", text, "th") == (Tier.ALERT, Status.ARRESTED, want)


def test_a_thai_river_names_no_mother() -> None:
    text = "เมื่อวันที่ 15 พฤศจิกายน ตำรวจ อ.เชียงของ จ.เชียงราย จับกุมชายชาวเกาหลีเหนือ 3 คน ริมแม่น้ำโขง"
    facts = classify(Document("r", "", text, "th", date=ON)).facts
    assert (facts.people, facts.groups) == (3, ())


@pytest.mark.parametrize(
    "heading",
    ["Họ khai muốn tới Hàn Quốc.", "Họ nói có ý định tới Hàn Quốc.",
     "Cả nhóm khai với mục đích tới Hàn Quốc.", "Họ dự định tới Nam Hàn.",
     "Họ khai đang trên đường tới Hàn Quốc."],
    ids=["muốn", "ý định", "mục đích", "dự định", "trên đường"],
)  # fmt: skip
def test_where_people_caught_wanted_to_go_is_no_arrival(heading: str) -> None:
    title = "Cảnh sát Thái Lan bắt 9 người Triều Tiên ở Chiang Rai"
    text = (
        f"Cảnh sát Thái Lan ngày 15/11 bắt giữ 9 người Triều Tiên tại huyện Chiang Saen. {heading}"
    )
    assert _read(title, text, "vi") == (Tier.ALERT, Status.ARRESTED, 9)


@pytest.mark.parametrize("way", ["ทั้งหมดกำลังเดินทางไปเกาหลีใต้", "ขณะอยู่ระหว่างเดินทางไปเกาหลีใต้"])
def test_a_thai_journey_under_way_to_the_south_is_no_arrival(way: str) -> None:
    text = f"เมื่อวันที่ 15 พฤศจิกายน ตำรวจ อ.เชียงของ จับกุมชาวเกาหลีเหนือ 5 คน {way}"
    assert _read("", text, "th") == (Tier.ALERT, Status.ARRESTED, 5)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Một công nhân xây dựng Bắc Hàn bỏ trốn khỏi công trường ở Vladivostok đã bị cảnh sát Nga "
         "bắt hôm 10/11 và bị trục xuất về Bình Nhưỡng.", (Tier.ALERT, Status.REPATRIATED, 1)),
        ("Hai công nhân khai thác gỗ Triều Tiên bỏ trốn khỏi trại ở Amur đã bị cảnh sát Nga bắt "
         "giữ hôm thứ Hai.", (Tier.ALERT, Status.ARRESTED, 2)),
    ],
    ids=["xây dựng", "khai thác gỗ"],
)  # fmt: skip
def test_a_runaway_worker_named_by_his_trade_is_one_of_the_people(
    text: str, want: tuple[Tier, Status, int]
) -> None:
    assert _read("Nga bắt công nhân bỏ trốn", text, "vi") == want


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Phim về gia đình Triều Tiên bị trả về ra rạp",
         "Bộ phim kể về một gia đình Triều Tiên bị công an Trung Quốc bắt ở Diên Cát, bị trả về "
         "rồi trốn sang Lào và tới Hàn Quốc."),
        ("Ra mắt hồi ký của người phụ nữ Triều Tiên từng bị trả về",
         "Cuốn hồi ký kể lại việc tác giả bị công an Trung Quốc bắt ở Diên Cát năm 2008 và bị "
         "trả về Triều Tiên."),
        ("Triển lãm ảnh về người đào tẩu Triều Tiên",
         "Triển lãm giới thiệu hình ảnh những người Triều Tiên bị bắt ở Trung Quốc và bị cưỡng "
         "chế hồi hương."),
    ],
    ids=["phim", "hồi ký", "triển lãm"],
)  # fmt: skip
def test_a_vietnamese_film_memoir_or_exhibition_is_no_alert(title: str, text: str) -> None:
    assert _read(title, text, "vi")[0] is not Tier.ALERT


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sau một tháng bị tạm giữ ở Hà Nội, hai người Triều Tiên đã được cơ quan chức năng cho "
         "rời nơi lưu trú hôm 12/11.", Status.RELEASED),
        ("Công an tỉnh Lạng Sơn hôm 12/11 đã cho hai người Triều Tiên bị bắt hồi tháng trước rời "
         "nơi tạm giữ.", Status.RELEASED),
        ("Hai người Triều Tiên bị tạm giữ ở Hà Nội từ hôm 1/11 vẫn chưa được cho rời nơi lưu trú.",
         Status.DETAINED),
    ],
    ids=["được cho rời", "cho … rời", "chưa được cho rời"],
)  # fmt: skip
def test_people_let_leave_where_they_were_kept_are_released(text: str, want: Status) -> None:
    assert _read("Hai người Triều Tiên ở Hà Nội", text, "vi") == (Tier.ALERT, want, 2)


@pytest.mark.parametrize("where", ["khi tìm đường sang nước thứ ba", "lần thứ hai", "lần thứ ba"])
def test_a_third_country_or_a_second_time_is_no_weekday(where: str) -> None:
    text = (
        f"Năm 2012, 30 người Triều Tiên bị công an Trung Quốc bắt ở Thẩm Dương {where} và bị trả "
        "về Triều Tiên."
    )
    assert _read("Người đào tẩu kể về hành trình", text, "vi")[0] is not Tier.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 12/11, Đồn Biên phòng Chi Ma bắt giữ 12 người nhập cảnh trái phép, ban đầu khai là "
        "người Triều Tiên. Kết quả xác minh cho thấy tất cả đều là công dân Trung Quốc.",
        "Công an tỉnh Quảng Ninh hôm 12/11 bắt 5 người tự nhận là người Triều Tiên; những người "
        "này hóa ra là công dân Campuchia.",
    ],
    ids=["tất cả đều là", "hóa ra là"],
)
def test_those_held_who_all_turned_out_to_be_of_another_nationality_are_no_alert(
    text: str,
) -> None:
    assert _read("Bắt người nhập cảnh trái phép", text, "vi")[0] is not Tier.ALERT


def test_guides_of_another_nationality_leave_the_people_an_alert() -> None:
    text = (
        "Ngày 12/11, Đồn Biên phòng Chi Ma bắt giữ 3 người Triều Tiên cùng 2 người dẫn đường; hai "
        "người dẫn đường đều là công dân Trung Quốc."
    )
    assert _read("Bắt 3 người Triều Tiên", text, "vi")[0] is Tier.ALERT


def test_an_arrival_told_after_the_way_they_were_caught_on_is_an_arrival() -> None:
    """ "trên đường tới Lào" says where they were caught on the way to; the arrival after it
    ("đã được thả và tới Hàn Quốc") is told, not wanted."""
    verdict = classify(
        Document(
            "vi-way",
            "5 người Triều Tiên được thả",
            "Ngày 3/12, 5 người Triều Tiên bị bắt ở Lào Cai trên đường tới Lào đã được thả "
            "và tới Hàn Quốc an toàn.",
            "vi",
            date=date(2026, 12, 5),
        )
    )
    assert verdict.alert
    assert verdict.facts.status is Status.REACHED_THIRD_COUNTRY
