"""Reports read without a headline (stress39_kovith's kinds): whether people were sent back or are
still held asked as two states, a fate unknown with how long between its words, and no news of
the people since their arrest.

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
        ("en", "Two North Korean men were arrested by Chinese police in Hunchun in April. "
               "\"We cannot tell whether they are still in a Chinese cell or have already been "
               "handed back to North Korea,\" a cousin said."),
        ("zh", "两名朝鲜男子4月在珲春被中国公安抓获。他们的表弟说：“我们不知道他们仍被关押在中国，"
               "还是已经被遣返回朝鲜。”"),
        ("ja", "北朝鮮の男性2人が4月、中国・琿春で公安に拘束された。いとこは「まだ中国で"
               "拘束されているのか、すでに北朝鮮に送還されたのか分からない」と話す。"),
        ("vi", "Hai người đàn ông Triều Tiên bị công an Trung Quốc bắt ở Hồn Xuân hồi tháng 4. "
               "Người em họ nói không biết họ vẫn bị giam ở Trung Quốc hay đã bị trả về Triều Tiên."),
    ],
)  # fmt: skip
def test_held_or_sent_back_asked_as_two_states_is_no_return(lang: str, text: str) -> None:
    tier, status, people = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.FACING_REPATRIATION
    assert people == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "탈북 남성 2명이 4월 중국 훈춘에서 공안에 체포됐다. 두 사람의 생사는 두 달째 "
               "확인되지 않고 있다."),
        ("ko", "탈북 남성 2명이 4월 중국 훈춘에서 공안에 체포됐다. 이후 이들과의 연락이 갑자기 "
               "끊겼다."),
        ("zh", "两名朝鲜男子4月在珲春被中国公安抓获。他们的下落到现在仍然不明。"),
        ("vi", "Hai người đàn ông Triều Tiên bị công an Trung Quốc bắt ở Hồn Xuân hồi tháng 4. "
               "Số phận của hai anh em đến nay vẫn chưa rõ."),
    ],
)  # fmt: skip
def test_a_fate_unknown_with_how_long_between_its_words_is_missing(lang: str, text: str) -> None:
    tier, status, people = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.MISSING
    assert people == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two North Korean men were arrested by Chinese police in Hunchun in April. Their "
               "mother in Seoul says she has had no news of them since."),
        ("ko", "탈북 남성 2명이 4월 중국 훈춘에서 공안에 체포됐다. 서울에 사는 어머니는 그 뒤로 "
               "아무 소식이 없다고 했다."),
        ("zh", "两名朝鲜男子4月在珲春被中国公安抓获。住在首尔的母亲说，此后再没有收到他们的消息。"),
        ("ja", "北朝鮮の男性2人が4月、中国・琿春で公安に拘束された。ソウルに住む母親によると、"
               "その後は何の連絡もないという。"),
        ("ru", "Двое северокорейцев были задержаны китайской полицией в Хуньчуне в апреле. Их мать "
               "в Сеуле говорит, что с тех пор не получала от них вестей."),
        ("vi", "Hai người đàn ông Triều Tiên bị công an Trung Quốc bắt ở Hồn Xuân hồi tháng 4. Mẹ "
               "họ ở Seoul cho biết từ đó không nhận được tin tức nào."),
        ("th", "ชายชาวเกาหลีเหนือ 2 คนถูกตำรวจจีนจับกุมที่เมืองหุนชุนเมื่อเดือนเมษายน "
               "แม่ของพวกเขาที่กรุงโซลบอกว่า ตั้งแต่นั้นไม่ได้รับข่าวคราวจากลูกเลย"),
    ],
)  # fmt: skip
def test_no_news_of_them_since_the_arrest_is_missing(lang: str, text: str) -> None:
    tier, status, people = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.MISSING
    assert people == 2


def test_a_part_retold_by_its_figure_in_digits_keeps_the_rest_held() -> None:
    text = (
        "Công an Lào hôm thứ Ba đã thả 2 trong số 6 người Triều Tiên bị bắt ở Luang Prabang "
        "tuần trước. 2 thiếu niên này hiện ở Hàn Quốc. 4 người còn lại vẫn bị giam tại đồn "
        "công an."
    )
    tier, status, people = _read("vi", text)
    assert tier is Tier.ALERT
    assert status is Status.DETAINED
    assert people == 6


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Một mục sư người Hàn Quốc bị công an Diên Cát bắt hồi tháng 9 vì giúp người đào "
               "tẩu đã được trả tự do và về tới Seoul hôm thứ Sáu. Tuy nhiên, bốn người Triều "
               "Tiên bị bắt cùng ông vẫn đang bị giam tại trại tạm giam Diên Cát."),
        ("th", "กระทรวงการต่างประเทศเกาหลีใต้แถลงว่า ศิษยาภิบาลชาวเกาหลีใต้ที่ถูกตำรวจเหยียนจี๋"
               "จับกุมเมื่อเดือนกันยายนฐานช่วยเหลือผู้ลี้ภัยเกาหลีเหนือ ได้รับการปล่อยตัวและเดินทาง"
               "กลับถึงกรุงโซลเมื่อวันศุกร์ อย่างไรก็ตาม ชาวเกาหลีเหนือ 4 คนที่ถูกจับพร้อมกับเขา"
               "ในบ้านหลังหนึ่งในเหยียนจี๋ ยังคงถูกควบคุมตัวอยู่ในสถานกักกันของเมือง "
               "กลุ่มสิทธิมนุษยชนกังวลว่าพวกเขาจะถูกส่งกลับ"),
    ],
)  # fmt: skip
def test_a_helper_held_for_helping_them_is_freed_alone(lang: str, text: str) -> None:
    tier, status, people = _read(lang, text)
    assert tier is Tier.ALERT
    assert status in (Status.DETAINED, Status.FACING_REPATRIATION)
    assert people == 4


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Three North Korean teenagers held by Mongolian soldiers in September after walking "
               "across the steppe from Inner Mongolia landed in Seoul on Friday."),
        ("vi", "Ba thiếu niên Triều Tiên bị lính Mông Cổ bắt giữ hồi tháng 9 sau khi đi bộ qua "
               "thảo nguyên từ Nội Mông đã bay tới Seoul hôm thứ Sáu."),
        ("th", "วัยรุ่นชาวเกาหลีเหนือ 3 คนที่ถูกทหารมองโกเลียจับกุมเมื่อเดือนกันยายนหลังเดินข้าม"
               "ทุ่งหญ้าจากมองโกเลียใน เดินทางถึงกรุงโซลเมื่อวันศุกร์"),
    ],
)  # fmt: skip
def test_an_arrival_after_a_custody_told_after_a_crossing_is_theirs(lang: str, text: str) -> None:
    tier, status, people = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.REACHED_THIRD_COUNTRY
    assert people == 3


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Thai police deported two North Korean women, who had been caught in Chiang Rai "
               "in May, to South Korea on Friday."),
        ("ru", "Власти Таиланда выслали двух северокорейских женщин, которых задержали в Чианграе "
               "в мае, в Южную Корею."),
        ("vi", "Thái Lan đã trục xuất hai phụ nữ Triều Tiên, những người bị bắt ở Chiang Rai hồi "
               "tháng 5, sang Hàn Quốc hôm thứ Sáu."),
    ],
)  # fmt: skip
def test_deported_past_an_aside_to_south_korea_is_no_return(lang: str, text: str) -> None:
    tier, status, people = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.REACHED_THIRD_COUNTRY
    assert people == 2
