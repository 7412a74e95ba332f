"""Chinese and Japanese reports as they come, with or without a headline (stress39_zhja's
kinds), probed in the other main languages too.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 5, 20)


def _facts(lang: str, text: str) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people, verdict.facts.country


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "ラオス当局は今月、北部で拘束した脱北者4人を中国の警察に引き渡した。"),
        ("ja", "ラオス当局は今月、北部で脱北者4人を拘束した。4人は22日、ボーテン国境検問所で"
               "中国の公安当局に引き渡されたという。"),
        ("zh", "老挝当局本月在北部抓获4名脱北者。4人于22日在磨丁口岸被移交给中国警方。"),
        ("ko", "라오스 당국은 이달 북부에서 탈북민 4명을 체포했다. 4명은 22일 보텐 국경검문소에서 "
               "중국 공안에 넘겨졌다."),
        ("en", "Lao authorities arrested four North Korean defectors in the north this month. The "
               "four were handed over to Chinese police at the Boten checkpoint on the 22nd."),
    ],
)  # fmt: skip
def test_handed_to_chinas_police_by_name_is_a_handover(lang: str, text: str) -> None:
    """Handed to China's police, named: in the police's hands (arrested), as a handover to the
    neighbour is, not held where they were caught, and the country that caught them stays."""
    assert _facts(lang, text) == (Tier.ALERT, Status.ARRESTED, 4, "LA")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "ベトナム北部ラオカイ省の公安当局は1日、中国から不法入国した北朝鮮の女性3人を"
               "拘束した。公安当局は3人を取り調べており、中国側に引き渡す方針だという。"),
        ("zh", "越南北部老街省公安1日抓获3名从中国非法入境的朝鲜女性。公安正在审讯3人，并打算将"
               "她们移交中方。"),
        ("en", "Police in Lao Cai province in northern Vietnam arrested three North Korean women "
               "who had crossed illegally from China on Monday. Police are questioning the three "
               "and plan to hand them over to China."),
        ("vi", "Công an tỉnh Lào Cai hôm thứ Hai đã bắt giữ 3 phụ nữ Triều Tiên nhập cảnh trái "
               "phép từ Trung Quốc. Công an đang thẩm vấn 3 người và dự kiến trao trả cho phía "
               "Trung Quốc."),
    ],
)  # fmt: skip
def test_a_provinces_public_security_is_its_countrys(lang: str, text: str) -> None:
    """公安 alone is China's police, but written after a Vietnamese province (ラオカイ省の公安,
    老街省公安) it is that province's; the handover to China planned is a threat."""
    assert _facts(lang, text) == (Tier.ALERT, Status.FACING_REPATRIATION, 3, "VN")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "ラオス北部で、中国から入国した北朝鮮の男女5人が警察に拘束された。5人は今月10日、"
               "ルアンナムター県の村で拘束された。5人はタイに向かう途中だったという。ラオス当局は"
               "5人を中国側に引き渡す準備を進めており、人権団体は北朝鮮に送還される恐れがあると"
               "懸念している。"),
        ("ko", "라오스 북부에서 중국을 거쳐 입국한 탈북민 5명이 경찰에 붙잡혔다. 5명은 이달 10일 "
               "루앙남타주의 한 마을에서 체포됐다. 5명은 태국으로 가던 길이었다고 한다. 라오스 "
               "당국은 5명을 중국 측에 넘기는 절차를 밟고 있으며, 인권단체들은 북한으로 송환될 "
               "우려가 있다고 밝혔다."),
        ("zh", "老挝北部警方抓获了5名从中国入境的朝鲜脱北者。5人于本月10日在琅南塔省的一个村庄"
               "被捕。5人当时正前往泰国。老挝当局正准备将5人移交中方，人权团体担心会被遣返朝鲜。"),
        ("th", "ตำรวจทางภาคเหนือของลาวจับกุมชาวเกาหลีเหนือ 5 คนที่เดินทางเข้ามาจากจีน ทั้ง 5 คน"
               "ถูกจับที่หมู่บ้านแห่งหนึ่งในแขวงหลวงน้ำทาเมื่อวันที่ 10 พฤษภาคม ทั้ง 5 คนกำลัง"
               "เดินทางไปประเทศไทย ทางการลาวกำลังเตรียมส่งตัว 5 คนให้จีน และองค์กรสิทธิมนุษยชน"
               "กังวลว่าจะถูกส่งกลับเกาหลีเหนือ"),
        ("en", "Police in northern Laos have detained five North Koreans who crossed from China. "
               "The five were caught in a village in Luang Namtha province on May 10. The five were "
               "on their way to Thailand. Lao authorities are preparing to hand the five over to "
               "China, and rights groups fear they will be sent back to North Korea."),
        ("ru", "Полиция на севере Лаоса задержала пятерых граждан КНДР, прибывших из Китая. "
               "Пятеро были задержаны 10 мая в деревне в провинции Луангнамтха. Пятеро "
               "направлялись в Таиланд. Власти Лаоса готовятся передать пятерых Китаю, и "
               "правозащитники опасаются, что их вернут в КНДР."),
        ("vi", "Cảnh sát miền bắc Lào đã bắt giữ 5 người Triều Tiên nhập cảnh từ Trung Quốc. "
               "5 người này bị bắt ngày 10/5 tại một ngôi làng ở tỉnh Luang Namtha. 5 người đang "
               "trên đường sang Thái Lan. Nhà chức trách Lào đang chuẩn bị trao 5 người cho phía "
               "Trung Quốc, và các tổ chức nhân quyền lo ngại họ sẽ bị trả về Triều Tiên."),
    ],
)  # fmt: skip
def test_a_figure_taken_up_twice_still_names_the_people(lang: str, text: str) -> None:
    """The people counted, then taken up by their figure in two sentences running: the figure
    in the third names them again, as the first figure did, though it does not open it."""
    assert _facts(lang, text) == (Tier.ALERT, Status.FACING_REPATRIATION, 5, "LA")


def _headed(
    lang: str, title: str, text: str
) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("r", title, f"{title}\n{text}", lang=lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people, verdict.facts.country


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ja", "ハバロフスクで北朝鮮労働者2人拘束　送還の恐れ",
         "2人は昨年夏に建設現場から逃げ出し、知人宅に身を寄せていた。"),
        ("ja", "ハバロフスクで北朝鮮の労働者2人が拘束　送還の恐れ",
         "2人は昨年夏に建設現場から逃げ出し、知人宅に身を寄せていた。"),
        ("ko", "하바롭스크서 북한 노동자 2명 구금…송환 우려",
         "2명은 지난여름 건설 현장에서 달아나 지인 집에 머물러 왔다."),
        ("zh", "哈巴罗夫斯克2名朝鲜劳工被拘 恐遭遣返", "2人去年夏天从建筑工地出逃，一直藏身在熟人家中。"),
        ("vi", "Hai lao động Triều Tiên bị bắt ở Khabarovsk, có nguy cơ bị trục xuất",
         "Hai người bỏ trốn khỏi một công trường xây dựng hồi mùa hè năm ngoái."),
        ("th", "แรงงานเกาหลีเหนือ 2 คนถูกจับที่คาบารอฟสค์ เสี่ยงถูกส่งกลับ",
         "ทั้งสองหลบหนีจากไซต์ก่อสร้างเมื่อฤดูร้อนปีที่แล้ว"),
        ("en", "Two North Korean workers detained in Khabarovsk, face deportation",
         "The two fled a construction site last summer."),
    ],
)  # fmt: skip
def test_workers_counted_then_held_are_the_people(lang: str, title: str, text: str) -> None:
    """North Korean workers counted and told caught or held in a headline are people in
    custody, not workers sent home under sanctions."""
    assert _headed(lang, title, text) == (Tier.ALERT, Status.FACING_REPATRIATION, 2, "RU")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "国連制裁を受け、ロシアで働いていた北朝鮮の労働者50人が先月帰国した。"),
        ("zh", "受联合国制裁影响，在俄罗斯工作的50名朝鲜劳工上月回国。"),
        ("ko", "유엔 제재에 따라 러시아에서 일하던 북한 노동자 50명이 지난달 귀국했다."),
    ],
)  # fmt: skip
def test_workers_sent_home_under_sanctions_stay_a_trap(lang: str, text: str) -> None:
    assert _facts(lang, text)[0] is Tier.IGNORE


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "中国で捕まった北朝鮮出身の女性の兄が21日、大阪市内で会見を開き、妹が近く北朝鮮へ"
               "送り返されるおそれがあると訴えた。妹は先月下旬、遼寧省丹東市で警察に連行され、市内の"
               "拘置施設に収容されているという。兄妹の父親は1960年代の帰国事業で日本から北朝鮮に"
               "渡った在日朝鮮人だった。"),
        ("zh", "一名在中国被捕的脱北女性的亲属19日在东京召开记者会，称该女性可能很快被强制遣返"
               "朝鲜。该女性本月初在吉林省延吉市被公安带走，目前被关押在延吉市看守所。她的母亲是"
               "上世纪60年代通过归国事业从日本前往朝鲜的在日朝鲜人。"),
        ("en", "Relatives of a North Korean defector detained in China told a news conference in "
               "Tokyo on Tuesday that she faces imminent forced repatriation. The woman was taken "
               "by police in Yanji, Jilin province, early this month and is held in a detention "
               "centre there. Her mother was a Korean resident of Japan who moved to the North "
               "under the repatriation programme in the 1960s."),
        ("ru", "Родственники задержанной в Китае беженки из КНДР заявили во вторник на "
               "пресс-конференции в Токио, что ей грозит скорая принудительная депортация. Женщину "
               "задержали в начале месяца в Яньцзи провинции Цзилинь, она содержится в местном "
               "изоляторе. Её мать переехала в КНДР из Японии в 1960-х годах по программе "
               "репатриации."),
    ],
)  # fmt: skip
def test_a_relatives_past_in_the_zainichi_programme_is_background(lang: str, text: str) -> None:
    """The held woman's mother went north under the programme from Japan: a sentence past the
    lead naming neither the people nor an event is background, and the report stays news."""
    assert _facts(lang, text) == (Tier.ALERT, Status.FACING_REPATRIATION, 1, "CN")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "タイ警察は18日、北部で脱北者とみられる男女5人を逮捕し、入管施設に収容したと発表"
               "した。タイ政府はこれまで、脱北者を北朝鮮に送還せず、本人の希望に応じて韓国への"
               "出国を認めてきた。"),
        ("ja", "タイ警察は18日、北部で脱北者とみられる男女5人を逮捕し、入管施設に収容したと発表"
               "した。タイ政府はこれまで、脱北者を北朝鮮に送還せず、本人の希望通り韓国へ出国させて"
               "きた。"),
        ("ko", "태국 경찰은 18일 북부에서 탈북민으로 보이는 남녀 5명을 체포해 이민국 수용소에 "
               "구금했다고 밝혔다. 태국 정부는 그동안 탈북민을 북한으로 송환하지 않고 본인의 희망에 "
               "따라 한국행을 허용해 왔다."),
        ("zh", "泰国警方18日表示，在北部逮捕了5名疑似朝鲜脱北者，并将他们关押在移民拘留中心。泰国"
               "政府一直没有将脱北者遣返朝鲜，而是根据本人的意愿允许他们前往韩国。"),
        ("vi", "Cảnh sát Thái Lan hôm thứ Hai cho biết đã bắt giữ 5 người nghi là người đào tẩu "
               "Triều Tiên ở miền bắc và đang tạm giữ họ tại trung tâm giam giữ người nhập cư. Thái "
               "Lan chưa bao giờ trả người đào tẩu về Triều Tiên, mà cho phép họ sang Hàn Quốc theo "
               "nguyện vọng."),
    ],
)  # fmt: skip
def test_a_return_denied_as_the_people_wish_is_no_threat(lang: str, text: str) -> None:
    """ "As the people wish" (本人の希望に応じて) tells how a state lets them go: no wish that
    makes the return it denies beside it a threat; the people stay held."""
    assert _facts(lang, text) == (Tier.ALERT, Status.DETAINED, 5, "TH")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "韩国统一部19日公布，2025年抵达韩国的朝鲜脱北者共有236人。\n人权团体估计，目前仍有"
               "数千名脱北者滞留在中国境内，随时面临被遣返的风险。"),
        ("ja", "韓国統一省は19日、2025年に韓国に入国した脱北者は236人だったと発表した。\n人権団体"
               "によると、中国には今も数千人の脱北者が潜伏しており、送還の危険にさらされている。"),
        ("ko", "통일부는 19일 2025년 한국에 입국한 탈북민이 236명이었다고 밝혔다.\n인권단체들은 현재 "
               "수천 명의 탈북민이 중국에 머물며 언제든 강제송환될 위험에 처해 있다고 추산한다."),
        ("en", "South Korea's Unification Ministry said on Monday that 236 North Korean defectors "
               "arrived in the South in 2025.\nRights groups estimate that thousands of North Korean "
               "defectors remain in China, at risk of being sent back at any time."),
        ("ru", "Министерство объединения Южной Кореи сообщило в понедельник, что в 2025 году в "
               "страну прибыли 236 перебежчиков из КНДР.\nПо оценкам правозащитников, в Китае "
               "по-прежнему находятся тысячи перебежчиков из КНДР, которым в любой момент грозит "
               "депортация."),
    ],
)  # fmt: skip
def test_a_years_arrivals_in_the_hundreds_are_a_statistic(lang: str, text: str) -> None:
    """The year they reached the South dates one person's past, but a year's arrivals in the
    hundreds (2025年に韓国に入国した脱北者は236人) are that year's statistic: no incident."""
    assert _facts(lang, text)[0] is Tier.RELATED
