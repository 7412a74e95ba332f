"""People held abroad named only by their return to the North ("A family of four detained in
Shenyang was sent back to North Korea"), probed in every main language with sentences written
for these tests; none is copied from a news report."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 5)  # a Saturday


def _verdict(lang: str, text: str) -> Verdict:
    return classify(Document("s", "", text, lang, date=ON))


# No word for defector, refugee or North Korean: held abroad, then sent back to the North.
SENT_BACK_NORTH = [
    ("en", "A family of four detained by police in Shenyang last month was sent back to North "
     "Korea on Monday, a rights group said.", 4),
    ("en", "Five women held in a Dandong detention centre were repatriated to North Korea last "
     "week, activists said.", 5),
    ("ko", "지난달 선양에서 공안에 붙잡힌 일가족 4명이 월요일 북한으로 송환됐다고 인권단체가 "
     "밝혔다.", 4),
    ("ko", "단둥 구치소에 갇혀 있던 여성 5명이 지난주 북송됐다고 활동가들이 전했다.", 5),
    ("zh", "一家人权组织说，上个月在沈阳被警方拘留的一家四口周一被遣返回朝鲜。", 4),
    ("zh", "活动人士称，关押在丹东看守所的5名妇女上周被遣返回朝鲜。", 5),
    ("ja", "先月瀋陽で警察に拘束された一家4人が月曜日、北朝鮮に送還されたと人権団体が明らかにした。",
     4),
    ("ja", "丹東の施設に収容されていた女性5人が先週、北朝鮮に送還されたと活動家が伝えた。", 5),
    ("ru", "Семья из четырёх человек, задержанная полицией в Шэньяне в прошлом месяце, в "
     "понедельник была депортирована в КНДР, сообщила правозащитная группа.", 4),
    ("ru", "Пять женщин, содержавшихся в изоляторе в Даньдуне, на прошлой неделе были "
     "депортированы в КНДР, сообщили активисты.", 5),
    ("vi", "Một gia đình bốn người bị cảnh sát Thẩm Dương bắt giữ tháng trước đã bị trả về "
     "Triều Tiên hôm thứ Hai, một tổ chức nhân quyền cho biết.", 4),
    ("vi", "5 phụ nữ bị giam tại trại tạm giam ở Đan Đông đã bị trả về Triều Tiên tuần trước, "
     "các nhà hoạt động cho biết.", 5),
    ("th", "ครอบครัว 4 คนที่ถูกตำรวจเสิ่นหยางควบคุมตัวเมื่อเดือนที่แล้วถูกส่งกลับเกาหลีเหนือ"
     "เมื่อวันจันทร์ องค์กรสิทธิมนุษยชนระบุ", 4),
    ("th", "ผู้หญิง 5 คนที่ถูกคุมขังในสถานกักกันที่ตานตงถูกส่งกลับเกาหลีเหนือเมื่อสัปดาห์ที่แล้ว "
     "นักเคลื่อนไหวระบุ", 5),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "people"), SENT_BACK_NORTH, ids=[r[0] for r in SENT_BACK_NORTH]
)
def test_people_held_abroad_and_sent_back_north_are_the_people(
    lang: str, text: str, people: int
) -> None:
    verdict = _verdict(lang, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.REPATRIATED
    assert verdict.facts.people == people
    assert verdict.facts.country == "CN"


# Held abroad and to be sent back to the North: the same people, facing the return (a pastor
# as the source names no one else).
TO_BE_SENT_NORTH = [
    ("en", "Three people detained in Yanji last week could be sent back to North Korea, a pastor "
     "said on Friday."),
    ("ko", "지난주 옌지에서 체포된 3명이 북한으로 송환될 위기에 처했다고 목사가 5일 전했다."),
    ("ko", "지난주 옌지에서 체포된 3명이 강제 북송될 위기에 놓였다."),
    ("zh", "上周在延吉被捕的3人可能会被遣返回朝鲜，一名牧师周五说。"),
    ("ja", "先週延吉で拘束された3人が北朝鮮に送還される恐れがあると牧師が4日明らかにした。"),
    ("ru", "Трое задержанных на прошлой неделе в Яньцзи могут быть депортированы в КНДР, "
     "сообщил в пятницу пастор."),
    ("vi", "3 người bị bắt ở Diên Cát tuần trước có thể bị trả về Triều Tiên, một mục sư cho biết "
     "hôm thứ Sáu."),
    ("th", "3 คนที่ถูกจับกุมที่เหยียนจี๋เมื่อสัปดาห์ที่แล้วอาจถูกส่งกลับเกาหลีเหนือ "
     "ศิษยาภิบาลรายหนึ่งระบุเมื่อวันศุกร์"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), TO_BE_SENT_NORTH, ids=[r[0] for r in TO_BE_SENT_NORTH])
def test_people_held_abroad_to_be_sent_north_face_it(lang: str, text: str) -> None:
    verdict = _verdict(lang, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 3
    assert verdict.facts.country == "CN"


# A return to the North of what is no refugee: remains, a ship or its cargo, workers sent home
# under sanctions, tourists, a diplomat or athletes going home, the North returning others, a
# yearly figure, a policy.
NOT_THE_PEOPLE = [
    ("en", "The remains of 43 Chinese soldiers were returned to North Korea on Monday in a "
     "ceremony in Dandong."),
    ("en", "A cargo ship seized by Indonesian police last month was sent back to North Korea on "
     "Monday."),
    ("en", "The ship's cargo of coal, seized in Vladivostok, was sent back to North Korea last "
     "week."),
    ("en", "Five Japanese citizens detained in Pyongyang were returned by North Korea to Japan on "
     "Friday."),
    ("en", "Thirty tourists stranded in Vladivostok returned to North Korea on Monday after the "
     "storm."),
    ("en", "Russia deported 120 North Korean workers to North Korea on Monday under UN "
     "sanctions."),
    ("en", "China sent 50 workers held in Dandong back to North Korea last week under UN "
     "sanctions."),
    ("en", "The ambassador detained briefly in Kuala Lumpur flew back to Pyongyang on Monday."),
    ("en", "China sent back 600 people caught at the border to North Korea last year, according "
     "to a rights group."),
    ("en", "China's policy is that anyone caught crossing illegally is sent back to North Korea."),
    ("en", "Two soldiers captured by Ukrainian forces in Kursk could be sent back to North Korea, "
     "Kyiv said."),
    ("en", "Five crew members of a fishing boat detained in Vladivostok were sent back to North "
     "Korea on Monday."),
    ("ko", "지난달 단둥에서 보관 중이던 중국군 유해 43구가 월요일 북한으로 송환됐다."),
    ("ko", "지난달 부산항에서 억류된 북한 화물선이 월요일 북한으로 송환됐다."),
    ("ko", "북한은 지난 3월부터 억류해 온 한국인 어부 6명을 월요일 판문점을 통해 돌려보냈다."),
    ("ko", "폭풍으로 블라디보스토크에 발이 묶였던 관광객 30명이 월요일 북한으로 돌아갔다."),
    ("ko", "러시아는 유엔 제재에 따라 지난주 억류했던 노동자 50명을 북한으로 송환했다."),
    ("ko", "도핑 검사로 하루 구금됐던 선수 3명이 월요일 평양으로 돌아갔다."),
    ("ko", "중국은 지난해 붙잡은 600명을 북한으로 송환했다고 인권단체가 밝혔다."),
    ("ko", "중국은 붙잡힌 여성들을 대개 북한으로 송환하는 정책을 유지하고 있다."),
    ("ko", "우크라이나군에 생포된 북한군 2명이 북한으로 송환될 수 있다고 우크라이나 정부가 밝혔다."),
    ("ko", "지난달 일본 해상보안청에 구조된 어민 7명이 지난주 북한으로 송환됐다."),
    ("zh", "上个月在丹东保管的43具志愿军遗骸周一被送回朝鲜。"),
    ("zh", "上个月在大连港被扣押的货船周一被遣返回朝鲜。"),
    ("zh", "朝鲜周一通过板门店送还了自3月以来扣押的6名韩国渔民。"),
    ("zh", "因暴风雪滞留在符拉迪沃斯托克的30名游客周一返回朝鲜。"),
    ("zh", "俄罗斯根据联合国制裁，上周将扣留的50名工人遣返回朝鲜。"),
    ("zh", "在吉隆坡机场被短暂扣留的朝鲜外交官周一飞回平壤。"),
    ("zh", "人权组织称，中国去年将抓获的600人遣返回朝鲜。"),
    ("zh", "中国的政策是把被抓的妇女一律遣返回朝鲜。"),
    ("ja", "丹東で保管されていた兵士の遺骨43柱が月曜日、北朝鮮に送還された。"),
    ("ja", "先月ナホトカ港で拘束された貨物船が月曜日、北朝鮮に送還された。"),
    ("ja", "北朝鮮は3月から拘束していた日本人2人を月曜日、北京経由で帰国させた。"),
    ("ja", "嵐でウラジオストクに足止めされた観光客30人が月曜日、北朝鮮に戻った。"),
    ("ja", "ロシアは国連制裁に基づき、拘束していた労働者50人を先週北朝鮮に送還した。"),
    ("ja", "空港で一時拘束された選手3人が月曜日、平壌に戻った。"),
    ("ja", "中国は昨年、拘束した600人を北朝鮮に送還したと人権団体が明らかにした。"),
    ("ja", "中国は拘束した女性を原則として北朝鮮に送還する方針を取っている。"),
    ("ru", "Останки 43 солдат, хранившиеся в Даньдуне, в понедельник были переданы в КНДР."),
    ("ru", "Задержанное в прошлом месяце во Владивостоке судно в понедельник было возвращено в "
     "КНДР."),
    ("ru", "КНДР в понедельник вернула шестерых южнокорейских рыбаков, задержанных в марте."),
    ("ru", "Тридцать туристов, застрявших во Владивостоке из-за шторма, в понедельник вернулись "
     "в КНДР."),
    ("ru", "Россия на прошлой неделе депортировала в КНДР 50 задержанных рабочих в соответствии "
     "с санкциями ООН."),
    ("ru", "Трое спортсменов, ненадолго задержанных в аэропорту, в понедельник улетели в "
     "Пхеньян."),
    ("ru", "По данным правозащитников, в прошлом году Китай депортировал в КНДР 600 задержанных."),
    ("ru", "Политика Китая такова, что задержанных женщин, как правило, депортируют в КНДР."),
    ("vi", "Hài cốt của 43 binh sĩ được lưu giữ ở Đan Đông đã được trao trả về Triều Tiên hôm "
     "thứ Hai."),
    ("vi", "Con tàu bị bắt giữ ở Hải Phòng tháng trước đã bị trả về Triều Tiên hôm thứ Hai."),
    ("vi", "30 du khách bị mắc kẹt ở Vladivostok vì bão đã trở về Triều Tiên hôm thứ Hai."),
    ("vi", "Nga tuần trước đã trục xuất 50 công nhân bị tạm giữ về Triều Tiên theo lệnh trừng "
     "phạt của Liên Hợp Quốc."),
    ("vi", "3 vận động viên bị tạm giữ tại sân bay đã bay về Bình Nhưỡng hôm thứ Hai."),
    ("vi", "Năm ngoái Trung Quốc đã trả về Triều Tiên 600 người bị bắt giữ, một tổ chức nhân "
     "quyền cho biết."),
    ("vi", "Chính sách của Trung Quốc là thường trả về Triều Tiên những phụ nữ bị bắt giữ."),
    ("th", "ร่างทหาร 43 นายที่เก็บรักษาไว้ที่ตานตงถูกส่งกลับเกาหลีเหนือเมื่อวันจันทร์"),
    ("th", "เรือสินค้าที่ถูกควบคุมตัวที่ท่าเรือแหลมฉบังเมื่อเดือนที่แล้วถูกส่งกลับเกาหลีเหนือ"
     "เมื่อวันจันทร์"),
    ("th", "เกาหลีเหนือส่งตัวชาวประมงเกาหลีใต้ 6 คนที่ถูกควบคุมตัวตั้งแต่เดือนมีนาคมกลับประเทศ"
     "เมื่อวันจันทร์"),
    ("th", "นักท่องเที่ยว 30 คนที่ติดอยู่ในวลาดีวอสตอคเพราะพายุเดินทางกลับเกาหลีเหนือ"
     "เมื่อวันจันทร์"),
    ("th", "รัสเซียส่งแรงงาน 50 คนที่ถูกควบคุมตัวกลับเกาหลีเหนือเมื่อสัปดาห์ที่แล้ว"
     "ตามมาตรการคว่ำบาตรของสหประชาชาติ"),
    ("th", "นักกีฬา 3 คนที่ถูกควบคุมตัวที่สนามบินบินกลับเปียงยางเมื่อวันจันทร์"),
    ("th", "องค์กรสิทธิฯ ระบุว่าปีที่แล้วจีนส่งกลับเกาหลีเหนือ 600 คนที่ถูกจับกุม"),
    ("th", "นโยบายของจีนคือมักส่งกลับเกาหลีเหนือผู้หญิงที่ถูกจับกุม"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), NOT_THE_PEOPLE, ids=[r[0] for r in NOT_THE_PEOPLE])
def test_a_return_north_of_others_alerts_no_one(lang: str, text: str) -> None:
    assert _verdict(lang, text).tier in (Tier.IGNORE, Tier.RELATED)


# Sent back with no destination and no nationality: who they are is not told, so no one is
# named (the report is not guessed at).
SENT_BACK_NOWHERE = [
    ("en", "A family taken by police in Shenyang last month was sent back this week, a rights "
     "group said."),
    ("ko", "지난달 선양에서 공안에 붙잡힌 일가족이 이번 주 송환됐다고 인권단체가 밝혔다."),
    ("zh", "一家人权组织说，上个月在沈阳被警方带走的一家人本周被遣返。"),
    ("ja", "先月瀋陽で警察に拘束された一家が今週送還されたと人権団体が明らかにした。"),
    ("ru", "Семья, задержанная полицией в Шэньяне в прошлом месяце, на этой неделе была "
     "депортирована, сообщила правозащитная группа."),
    ("vi", "Một gia đình bị cảnh sát Thẩm Dương bắt giữ tháng trước đã bị trả về trong tuần này, "
     "một tổ chức nhân quyền cho biết."),
    ("th", "ครอบครัวที่ถูกตำรวจเสิ่นหยางควบคุมตัวเมื่อเดือนที่แล้วถูกส่งกลับในสัปดาห์นี้ "
     "องค์กรสิทธิมนุษยชนระบุ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), SENT_BACK_NOWHERE, ids=[r[0] for r in SENT_BACK_NOWHERE]
)
def test_sent_back_with_no_destination_names_no_one(lang: str, text: str) -> None:
    assert _verdict(lang, text).tier is Tier.IGNORE
