"""Reports written for stress32_mix32: the mistakes its blind set showed, in new sentences of
every language."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 5)  # a Saturday: "Monday" is Nov. 30


def _verdict(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("s", title, f"{title}\n{text}", lang, date=ON))


# Deported to the South, in each language's way of naming where to: the end of the journey,
# never a return to the North (zh may put the place right after the verb, 遣送韩国).
DEPORTED_TO_THE_SOUTH = [
    ("en", "Thailand deports nine North Koreans to South Korea",
     "Nine North Koreans arrested in Chiang Rai last month were deported to South Korea on "
     "Monday."),
    ("ko", "태국, 탈북민 9명 한국으로 추방",
     "지난달 치앙라이에서 체포된 탈북민 9명이 월요일 한국으로 추방됐다."),
    ("ja", "タイ、脱北者9人を韓国へ送還",
     "先月チェンライで拘束された脱北者9人が月曜日、韓国へ送還された。"),
    ("ru", "Таиланд выслал девятерых северокорейцев в Южную Корею",
     "Девятерых граждан КНДР, задержанных в Чианграе в прошлом месяце, в понедельник "
     "депортировали в Южную Корею."),
    ("vi", "Thái Lan trục xuất 9 người Triều Tiên sang Hàn Quốc",
     "9 người Triều Tiên bị bắt ở Chiang Rai tháng trước đã bị trục xuất sang Hàn Quốc hôm thứ "
     "Hai."),
    ("th", "ไทยเนรเทศชาวเกาหลีเหนือ 9 คนไปเกาหลีใต้",
     "ชาวเกาหลีเหนือ 9 คนที่ถูกจับที่เชียงรายเมื่อเดือนที่แล้ว ถูกเนรเทศไปเกาหลีใต้เมื่อวันจันทร์"),
    ("zh", "9名脱北者被遣送韩国",
     "上月在泰国清莱被捕的9名朝鲜人周一已被遣送韩国。"),
    ("zh", "9名脫北者已遣送南韓",
     "上月在泰國清萊被捕的9名北韓人週一已被遣送南韓。"),
    ("zh", "泰国将9名脱北者遣返韩国",
     "泰国当局周一将上月在清莱被捕的9名朝鲜人遣返韩国。"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    DEPORTED_TO_THE_SOUTH,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(DEPORTED_TO_THE_SOUTH)],
)
def test_people_deported_to_the_south_reached_it(lang: str, title: str, text: str) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.REACHED_THIRD_COUNTRY
    assert verdict.facts.people == 9


# Held while they wait for a deportation to the South still to come: no arrival yet.
WAITING_FOR_DEPORTATION_SOUTH = [
    ("en", "Nine North Koreans fined in Thailand",
     "A Thai court fined nine North Koreans for illegal entry on Monday. They were moved to the "
     "immigration detention centre in Bangkok, awaiting deportation to South Korea."),
    ("ko", "태국 법원, 탈북민 9명에 벌금형",
     "태국 법원은 월요일 불법 입국 혐의로 탈북민 9명에게 벌금형을 선고했다. 이들은 방콕 이민국 "
     "수용소로 옮겨져 한국으로 추방되기를 기다리고 있다."),
    ("ja", "タイの裁判所、脱北者9人に罰金",
     "タイの裁判所は月曜日、不法入国の罪で脱北者9人に罰金を言い渡した。9人はバンコクの入管収容施設"
     "に移され、韓国への送還を待っている。"),
    ("ru", "Суд в Таиланде оштрафовал девятерых северокорейцев",
     "Суд в Таиланде в понедельник оштрафовал девятерых граждан КНДР за незаконный въезд. Их "
     "перевели в иммиграционный центр в Бангкоке, где они ожидают депортации в Южную Корею."),
    ("vi", "Tòa Thái Lan phạt 9 người Triều Tiên",
     "Tòa án Thái Lan hôm thứ Hai phạt 9 người Triều Tiên vì nhập cảnh trái phép. Họ đã bị chuyển "
     "đến trung tâm giam giữ di trú ở Bangkok, chờ bị trục xuất sang Hàn Quốc."),
    ("th", "ศาลปรับชาวเกาหลีเหนือ 9 คน",
     "ศาลไทยพิพากษาปรับชาวเกาหลีเหนือ 9 คน เมื่อวันจันทร์ ฐานลักลอบเข้าเมือง ทั้งหมดถูกส่งตัวไป"
     "ห้องกัก ตม. กรุงเทพฯ เพื่อรอการเนรเทศไปเกาหลีใต้"),
    ("zh", "泰国法院判9名脱北者非法入境",
     "泰国法院周一以非法入境罪判处9名朝鲜人罚款，9人已被移送曼谷的移民拘留中心，等待当局安排遣送"
     "至韩国。"),
    ("zh", "泰國法院判9名脫北者非法入境",
     "泰國法院週一以非法入境罪判處9名北韓人罰款，9人已被移送曼谷移民拘留中心，等候遣送南韓。"),
    ("zh", "泰国法院判9名脱北者非法入境",
     "泰国法院周一以非法入境罪判处9名朝鲜人罚款，9人目前关押在曼谷的移民拘留中心，待遣送至韩国。"),
    ("zh", "9名脱北者等待遣送韩国",
     "上月在泰国被捕的9名朝鲜人目前关押在曼谷移民拘留中心，等待遣送韩国。"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    WAITING_FOR_DEPORTATION_SOUTH,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(WAITING_FOR_DEPORTATION_SOUTH)],
)
def test_people_held_until_deported_south_are_held(lang: str, title: str, text: str) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 9


# A reaction names the people first (a plea to let the UN see them); the next sentence opens on
# their figure and tells the arrest: the figure takes them up again, with digits and a counter
# (2명은, 2人は, 2人) as with a number word ("The two", 두 사람은).
FIGURE_AFTER_A_REACTION = [
    ("en", "Rights group urges Laos to let the UN see a mother and daughter",
     "An international rights group on Monday urged the Lao authorities to let the UN refugee "
     "agency meet a North Korean woman and her 10-year-old daughter. The two were detained by "
     "police at a bus station in Luang Prabang on Nov. 14."),
    ("ko", "인권단체, 라오스에 유엔난민기구 면담 허용 촉구",
     "국제 인권단체는 월요일 라오스 당국에 유엔난민기구가 북한 여성과 10세 딸을 만날 수 있도록 "
     "허용하라고 촉구했다. 2명은 지난 14일 루앙프라방 버스터미널에서 라오스 경찰에 체포됐다."),
    ("ko", "인권단체, 라오스에 유엔난민기구 면담 허용 촉구",
     "국제 인권단체는 월요일 라오스 당국에 유엔난민기구가 북한 여성과 10세 딸을 만날 수 있도록 "
     "허용하라고 촉구했다. 두 사람은 지난 14일 루앙프라방 버스터미널에서 라오스 경찰에 "
     "체포됐다."),
    ("ja", "人権団体、ラオスに国連との面会許可を要求",
     "国際人権団体は月曜日、ラオス当局に対し、北朝鮮の女性と10歳の娘に国連難民高等弁務官事務所が"
     "面会できるよう求めた。2人は14日、ルアンパバーンのバスターミナルでラオス警察に拘束された。"),
    ("zh", "人权组织吁老挝允许难民署会见朝鲜母女",
     "一国际人权组织周一呼吁老挝当局允许联合国难民署会见一名朝鲜妇女和她10岁的女儿。2人11月14日"
     "在琅勃拉邦汽车站被老挝警方抓获。"),
    ("ru", "Правозащитники призвали Лаос допустить УВКБ ООН к матери и дочери",
     "Международная правозащитная организация в понедельник призвала власти Лаоса допустить "
     "сотрудников УВКБ ООН к северокорейской женщине и её десятилетней дочери. Обеих задержала "
     "полиция на автовокзале в Луангпхабанге 14 ноября."),
    ("vi", "Tổ chức nhân quyền kêu gọi Lào cho UNHCR gặp hai mẹ con",
     "Một tổ chức nhân quyền quốc tế hôm thứ Hai kêu gọi chính quyền Lào cho phép Cao ủy Liên Hợp "
     "Quốc về người tị nạn gặp một phụ nữ Triều Tiên và con gái 10 tuổi của bà. Hai người bị cảnh "
     "sát Lào bắt giữ tại bến xe ở Luang Prabang ngày 14/11."),
    ("th", "องค์กรสิทธิฯ จี้ลาวให้ UNHCR พบสองแม่ลูก",
     "องค์กรสิทธิมนุษยชนระหว่างประเทศเรียกร้องเมื่อวันจันทร์ให้ทางการลาวอนุญาตให้ UNHCR เข้าพบ"
     "หญิงชาวเกาหลีเหนือและลูกสาววัย 10 ขวบ ทั้งสองคนถูกตำรวจลาวจับกุมที่สถานีขนส่งในเมืองหลวงพระบาง"
     "เมื่อวันที่ 14 พ.ย."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    FIGURE_AFTER_A_REACTION,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(FIGURE_AFTER_A_REACTION)],
)
def test_a_figure_after_a_reaction_takes_the_people_up(lang: str, title: str, text: str) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status in (Status.ARRESTED, Status.DETAINED)
    assert verdict.facts.people == 2
    assert verdict.facts.country == "LA"


# Their figure or "they" carries the people into a sentence that names a companion of another
# nationality after the status word (caught while travelling with a Chinese broker): the arrest
# is theirs, the broker only with them.
COMPANION_AFTER_THE_ARREST = [
    ("en", "Rights group urges Laos to let the UN see a mother and daughter",
     "An international rights group on Monday urged the Lao authorities to let the UN refugee "
     "agency meet a North Korean woman and her 10-year-old daughter. The two were detained by "
     "police at a bus station in Luang Prabang on Nov. 14 while travelling with a Chinese "
     "broker, who escaped."),
    ("zh", "人权组织吁老挝允许难民署会见朝鲜母女",
     "一国际人权组织周一呼吁老挝当局允许联合国难民署会见一名脱北妇女和她10岁的女儿。她们11月14日"
     "与一名中国籍蛇头同行时在琅勃拉邦汽车站被老挝警方抓获，蛇头逃脱。"),
    ("ru", "Правозащитники призвали Лаос допустить УВКБ ООН к матери и дочери",
     "Международная правозащитная организация в понедельник призвала власти Лаоса допустить "
     "сотрудников УВКБ ООН к северокорейской женщине и её десятилетней дочери. Обеих задержала "
     "полиция на автовокзале в Луангпхабанге 14 ноября, когда они ехали с китайским "
     "проводником, который скрылся."),
    ("vi", "Tổ chức nhân quyền kêu gọi Lào cho UNHCR gặp hai mẹ con",
     "Một tổ chức nhân quyền quốc tế hôm thứ Hai kêu gọi chính quyền Lào cho phép Cao ủy Liên Hợp "
     "Quốc về người tị nạn gặp một phụ nữ Triều Tiên và con gái 10 tuổi của bà. Hai người bị cảnh "
     "sát Lào bắt giữ tại bến xe ở Luang Prabang ngày 14/11 khi đi cùng một người môi giới Trung "
     "Quốc, người này đã bỏ trốn."),
    ("th", "องค์กรสิทธิฯ จี้ลาวให้ UNHCR พบสองแม่ลูก",
     "องค์กรสิทธิมนุษยชนระหว่างประเทศเรียกร้องเมื่อวันจันทร์ให้ทางการลาวอนุญาตให้ UNHCR เข้าพบ"
     "หญิงชาวเกาหลีเหนือและลูกสาววัย 10 ขวบ\nทั้งสองคนถูกตำรวจลาวจับกุมที่สถานีขนส่งในเมือง"
     "หลวงพระบางเมื่อวันที่ 14 พ.ย. ขณะเดินทางพร้อมนายหน้าชาวจีน ซึ่งหลบหนีไปได้"),
    ("th", "แถลงการณ์จี้ลาวเปิดเผยที่อยู่ชาวเกาหลีเหนือ",
     "องค์กรสิทธิมนุษยชนเรียกร้องให้ทางการลาวเปิดเผยข้อมูลของผู้หนีภัยชาวเกาหลีเหนือ 3 คน\nตาม"
     "แถลงการณ์ ทั้งสามคนถูกตำรวจลาวควบคุมตัวที่แขวงอุดมไซเมื่อวันที่ 20 พ.ย. ระหว่างเดินทางกับ"
     "คนขับรถชาวลาว"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    COMPANION_AFTER_THE_ARREST,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(COMPANION_AFTER_THE_ARREST)],
)
def test_a_companion_after_the_arrest_leaves_it_theirs(lang: str, title: str, text: str) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status in (Status.ARRESTED, Status.DETAINED)
    assert verdict.facts.country == "LA"
