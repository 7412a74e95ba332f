"""People named only by a figure joined to the North by a word of origin ("The five from North
Korea", 北朝鮮の5人), probed in every main language with sentences written for these tests; none
is copied from a news report."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify, default_classifier
from bot.domain import Document, Tier, Verdict

ON = date(2026, 12, 5)  # a Saturday


def _verdict(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("s", title, f"{title}\n{text}", lang, date=ON))


# No word for defector or refugee: a figure right beside "from North Korea" names the people.
COUNTED_BY_ORIGIN = [
    ("en", "Rights group says detainees still in Shenyang",
     "The five from North Korea are still held in Shenyang, a rights group said on Friday."),
    ("en", "Lao police act at the border",
     "Lao police detained 5 from North Korea near the Mekong on Tuesday, a pastor said."),
    ("ko", "인권단체 \"선양서 여전히 구금\"",
     "북한에서 온 5명이 여전히 선양의 구치소에 구금돼 있다고 인권단체가 4일 밝혔다."),
    ("ko", "선양서 공안에 체포",
     "북한에서 온 다섯 명이 지난주 선양에서 중국 공안에 체포됐다."),
    ("zh", "人权组织称沈阳仍有人被关押",
     "一家人权组织周五说，来自朝鲜的5人仍被关押在沈阳的看守所。"),
    ("zh", "沈阳警方拘留多人", "沈阳警方上周拘留了来自朝鲜的五人。"),
    ("ja", "人権団体「なお瀋陽で拘束」",
     "北朝鮮の5人が依然として瀋陽の施設で拘束されていると、人権団体が4日明らかにした。"),
    ("ja", "瀋陽で拘束", "北朝鮮から来た五人が先週、瀋陽で中国公安に拘束された。"),
    ("ru", "Правозащитники: задержанные всё ещё в Шэньяне",
     "Пятеро из КНДР всё ещё содержатся под стражей в Шэньяне, сообщила в пятницу "
     "правозащитная группа."),
    ("vi", "Tổ chức nhân quyền: vẫn bị giam ở Thẩm Dương",
     "5 người từ Triều Tiên vẫn đang bị giam giữ ở Thẩm Dương, một tổ chức nhân quyền cho "
     "biết hôm thứ Sáu."),
    ("th", "องค์กรสิทธิฯ เผยยังถูกควบคุมตัวที่เสิ่นหยาง",
     "5 คนจากเกาหลีเหนือยังคงถูกควบคุมตัวอยู่ที่เสิ่นหยาง องค์กรสิทธิมนุษยชนแห่งหนึ่งระบุ"
     "เมื่อวันศุกร์"),
    ("th", "ตำรวจลาวควบคุมตัวที่ชายแดน",
     "ตำรวจลาวควบคุมตัว 5 คนจากเกาหลีเหนือใกล้ชายแดนเมื่อวันอังคาร"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"), COUNTED_BY_ORIGIN, ids=[r[0] for r in COUNTED_BY_ORIGIN]
)
def test_a_figure_from_the_north_names_the_people(lang: str, title: str, text: str) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == 5


# The figure counts a noun of its own (tourists, workers, athletes, restaurants), is no head
# count (a year, a sum, a date), or tells of no event.
NOT_COUNTED_BY_ORIGIN = [
    ("en", "Hotel fight", "Police in Dandong detained three tourists from North Korea after a "
     "fight at a hotel, local media said."),
    ("en", "Sanctions", "China sent home 5 workers from North Korea under UN sanctions last week, "
     "officials said."),
    ("en", "Doping", "Two athletes from North Korea were suspended for doping, the federation "
     "said on Friday."),
    ("en", "Raids", "Police closed 100 North Korean restaurants in China after raids, the report "
     "said."),
    ("en", "Medals", "The 2 from North Korea who won medals were greeted at the airport in "
     "Beijing on Friday."),
    ("en", "Border trade", "In 2024 from North Korea came reports that police arrested smugglers "
     "at the border."),
    ("ko", "호텔 난동", "단둥 경찰이 북한에서 온 관광객 3명을 호텔 난동 혐의로 구금했다."),
    ("ko", "도핑", "북한에서 온 2명의 선수가 도핑 혐의로 체포됐다고 연맹이 밝혔다."),
    ("ko", "보고서", "북한에서 온 2024년 보고서에 따르면 밀수업자들이 체포됐다."),
    ("zh", "制裁", "中国上周根据制裁将来自朝鲜的5名工人遣返回国。"),
    ("zh", "酒店", "丹东警方拘留了来自朝鲜的3名游客，因其在酒店打架。"),
    ("ja", "ドーピング", "北朝鮮の2人の選手がドーピングで逮捕されたと連盟が発表した。"),
    ("ja", "制裁", "中国は制裁に基づき北朝鮮の労働者5人を送還した。"),
    ("ja", "資産凍結", "北朝鮮の5億円の資産が凍結され、関係者が逮捕された。"),
    ("ja", "発表", "北朝鮮の3日の発表によると、ミサイル発射に関わった技術者が逮捕された。"),
    ("ru", "Драка в гостинице", "Полиция Даньдуна задержала троих туристов из КНДР после драки "
     "в гостинице."),
    ("vi", "Ẩu đả", "Cảnh sát Đan Đông đã bắt giữ 3 du khách từ Triều Tiên sau vụ ẩu đả tại "
     "khách sạn."),
    ("th", "ทะเลาะวิวาท", "ตำรวจตานตงควบคุมตัวนักท่องเที่ยว 3 คนจากเกาหลีเหนือหลังเกิดเหตุ"
     "ทะเลาะวิวาทในโรงแรม"),
    ("th", "คว่ำบาตร", "จีนส่งแรงงาน 5 คนจากเกาหลีเหนือกลับประเทศตามมาตรการคว่ำบาตร"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"), NOT_COUNTED_BY_ORIGIN, ids=[r[0] for r in NOT_COUNTED_BY_ORIGIN]
)
def test_a_figure_with_a_noun_or_no_count_names_no_one(lang: str, title: str, text: str) -> None:
    assert _verdict(lang, title, text).tier is Tier.IGNORE


# Words of origin beside the North with no figure right beside them name no one, on the shortcut
# and in the full reading alike (北朝鮮の stands in most Japanese news about anything; that the
# shortcut keeps them from the full reading is measured in instructions, not tested here).
NO_FIGURE_BESIDE = [
    ("ja", "外務省が声明", "北朝鮮の外務省は、中国で逮捕された記者について声明を出した。"),
    ("ja", "年表", "2024年北朝鮮の核実験の後、密輸業者が国境で逮捕された。"),
    ("en", "Smuggling", "Police arrested smugglers of goods from North Korea at the border."),
    ("ko", "밀수", "경찰은 북한에서 온 물품을 밀수한 업자들을 국경에서 체포했다."),
    ("zh", "走私", "警方在边境逮捕了走私来自朝鲜的货物的商贩。"),
    ("ru", "Контрабанда", "Полиция задержала контрабандистов товаров из КНДР на границе."),
    ("vi", "Buôn lậu", "Công an bắt giữ những người buôn lậu hàng hóa từ Triều Tiên ở biên giới."),
    ("th", "ลักลอบ", "ตำรวจจับกุมผู้ลักลอบขนสินค้าจากเกาหลีเหนือที่ชายแดน"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"), NO_FIGURE_BESIDE, ids=[r[0] for r in NO_FIGURE_BESIDE]
)
def test_origin_words_without_a_figure_beside_them_name_no_one(
    lang: str, title: str, text: str
) -> None:
    classifier = default_classifier()
    doc = Document("s", title, f"{title}\n{text}", lang, date=ON)
    assert classifier.classify(doc).tier is Tier.IGNORE
    assert classifier.classify(doc, thorough=True).tier is Tier.IGNORE
