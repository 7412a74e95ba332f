"""Reports read without their headline (a feed item whose title is empty and whose text opens on
the lead sentence): the body alone must tell the incident when it names the people, the event and
the place plainly.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("ko", "중국 윈난성 쿤밍의 한 버스터미널에서 북한 청년 3명이 공안에 체포됐다고 한 지원단체가 "
               "전했다.", 3),
        ("ko", "지원단체에 따르면 북한 젊은이 2명이 지난주 쿤밍에서 중국 공안에 체포됐다.", 2),
        ("ja", "中国雲南省昆明のバス乗り場で北朝鮮の若者3人が公安に拘束されたと、支援団体が明らかにした。", 3),
        ("ja", "中国雲南省昆明で先週、北朝鮮の少女2人が公安に拘束されたと支援団体が明らかにした。", 2),
        ("zh", "救援团体说，3名朝鲜青年上周在云南昆明一处汽车站被公安抓获。", 3),
        ("zh", "救援團體表示，2名北韓少女上週在雲南昆明被公安逮捕。", 2),
        ("ru", "В Куньмине китайская полиция задержала трёх северокорейских юношей, сообщили "
               "правозащитники.", 3),
        ("vi", "Hai người trẻ Triều Tiên bị công an Trung Quốc bắt tại một bến xe ở Côn Minh hôm "
               "thứ Bảy.", 2),
        ("th", "ตำรวจจีนจับกุมเยาวชนเกาหลีเหนือ 3 คนที่สถานีขนส่งในคุนหมิงเมื่อวันเสาร์", 3),
        ("th", "ตำรวจจีนจับกุมหนุ่มเกาหลีเหนือ 2 คนที่สถานีขนส่งในคุนหมิงเมื่อวันเสาร์", 2),
    ],
)  # fmt: skip
def test_young_people_named_by_the_north_are_the_people(lang: str, text: str, people: int) -> None:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.country == "CN"
    assert verdict.facts.people == people


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("zh", "今年10月起被老挝警方关押在万象的3名脱北者，已于周三抵达仁川机场。", 3),
        ("zh", "今年10月起被寮國警方關押在永珍的3名脫北者，已於週三飛抵仁川機場。", 3),
        ("ru", "Трое северокорейцев, задержанных в октябре полицией Лаоса, в среду прилетели в "
               "аэропорт Инчхон.", 3),
        ("ru", "Трое северокорейцев, задержанных в октябре полицией Лаоса, в среду вылетели из "
               "Вьентьяна в Сеул.", 3),
        ("vi", "Ba người Triều Tiên bị cảnh sát Lào bắt hồi tháng 10 đã tới sân bay Incheon hôm "
               "thứ Tư.", 3),
        ("vi", "Ba người Triều Tiên bị cảnh sát Lào bắt hồi tháng 10 đã bay tới Seoul hôm thứ Tư.",
         3),
        ("th", "ชาวเกาหลีเหนือ 3 คนที่ถูกตำรวจลาวจับกุมเมื่อเดือนตุลาคม ได้เดินทางถึงท่าอากาศยานอินชอน"
               "เมื่อวันพุธ", 3),
        ("th", "ชาวเกาหลีเหนือ 3 คนที่ถูกตำรวจลาวจับกุมเมื่อเดือนตุลาคม ได้เดินทางถึงสนามบินอินชอน"
               "เมื่อวันพุธ", 3),
    ],
)  # fmt: skip
def test_a_landing_at_incheon_or_a_flight_to_seoul_is_the_third_country(
    lang: str, text: str, people: int
) -> None:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.REACHED_THIRD_COUNTRY
    assert verdict.facts.country == "LA"
    assert verdict.facts.people == people


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Трое северокорейцев, которых с октября удерживала полиция Лаоса, в среду прилетели "
               "в Сеул."),
        ("vi", "Ba người Triều Tiên bị cảnh sát Lào giữ từ tháng 10 đã tới Seoul hôm thứ Tư."),
        ("vi", "Ba người Triều Tiên bị cảnh sát Lào giữ hơn hai tháng đã tới Seoul hôm thứ Tư."),
    ],
)  # fmt: skip
def test_a_custody_told_with_its_authority_between_is_the_detention_before_arrival(
    lang: str, text: str
) -> None:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.REACHED_THIRD_COUNTRY
    assert verdict.facts.country == "LA"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "北朝鮮から逃れた女性2人が先週、中国・延吉で公安当局に拘束された。\n"
               "韓国の人権団体によると、2人は延吉市内の民家に隠れていた。\n"
               "2人は近く北朝鮮に送還される可能性がある。"),
        ("ja", "北朝鮮から逃れた女性2人が先週、中国・延吉で公安当局に拘束された。\n"
               "韓国の人権団体によりますと、2人は延吉市内の民家に隠れていました。\n"
               "2人は近く北朝鮮に送還される恐れがあります。"),
        ("zh", "两名脱北女性上周在吉林延吉被公安抓获。\n"
               "据韩国一个人权团体说，两人此前一直躲在延吉市内的一户民宅。\n"
               "两人可能很快被遣返朝鲜。"),
        ("zh", "兩名脫北女性上週在吉林延吉被公安抓獲。\n"
               "韓國一個人權團體表示，兩人此前一直躲在延吉市內的一戶民宅。\n"
               "兩人可能很快被遣返北韓。"),
    ],
)  # fmt: skip
def test_a_sentence_of_who_told_it_between_does_not_end_the_story_of_the_people(
    lang: str, text: str
) -> None:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.country == "CN"
    assert verdict.facts.people == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "탈북민 3명이 지난주 라오스 북부 국경에서 라오스 군에 붙잡혔다.\n"
               "라오스 당국은 이들을 중국으로 돌려보내는 방안을 검토하고 있는 것으로 전해졌다."),
        ("ko", "탈북민 3명이 지난주 라오스 북부 국경에서 라오스 군에 붙잡혔다.\n"
               "라오스 당국은 이들을 중국 측에 넘기는 방안을 검토 중이다."),
        ("th", "ทหารลาวจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือ 3 คนที่ชายแดนเมื่อวันอังคาร\n"
               "ทางการลาวกำลังพิจารณาส่งตัวพวกเขากลับไปยังจีน"),
    ],
)  # fmt: skip
def test_a_return_to_china_the_authorities_weigh_is_still_to_come(lang: str, text: str) -> None:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.country == "LA"
    assert verdict.facts.people == 3


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("ko", "캄보디아 프놈펜 법원은 지난 4일 불법 입국 혐의로 북한 여성 2명에게 벌금형을 선고했다.",
         Status.DETAINED),
        ("ja", "カンボジア・プノンペンの裁判所は4日、不法入国の罪で北朝鮮の女性2人に罰金刑を言い渡した。",
         Status.DETAINED),
        ("zh", "柬埔寨金边法院4日以非法入境罪判处两名朝鲜女子罚款。", Status.DETAINED),
        ("vi", "Tòa án Phnôm Pênh đã xử phạt hai phụ nữ Triều Tiên về hành vi nhập cảnh trái phép "
               "vào Campuchia.", Status.DETAINED),
    ],
)  # fmt: skip
def test_people_fined_for_their_entry_are_in_the_hands_of_the_law(
    lang: str, text: str, status: Status
) -> None:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is status
    assert verdict.facts.country == "KH"
    assert verdict.facts.people == 2
