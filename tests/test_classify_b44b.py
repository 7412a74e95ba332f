"""Round 44 (b): people stopped by the police or at a checkpoint; people counted in parts and
then all together again ("The seven", 이들 5명, 这5人); Korean people added with 추가로 after
their figure; a plea not to return people held; a part freed, its release first taken back by
the rest's custody and then retold ("The three who were freed"); a helper named as the source
of what follows (牧師によると, 牧师说，).

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 3)


def _read(lang: str, text: str) -> tuple[Tier, int | None, Status | None, str | None]:
    verdict = classify(Document("r", "", text, lang, date=ON))
    return verdict.tier, verdict.facts.people, verdict.facts.status, verdict.facts.country


STOPPED = [
    ("en", "Vietnamese border guards stopped six North Koreans near Cao Bang on Monday.", "VN"),
    (
        "en",
        "Six North Korean defectors were stopped at a checkpoint in Luang Namtha province on Monday.",
        "LA",
    ),
    ("ko", "탈북민 6명이 월요일 라오스 루앙남타주의 검문소에서 경찰에 제지당했다.", "LA"),
    ("ko", "탈북민 6명이 월요일 라오스 루앙남타주에서 검문에 걸렸다.", "LA"),
    ("zh", "6名脱北者周一在老挝琅南塔省的检查站被警方拦下。", "LA"),
    ("zh-Hant", "6名脫北者週一在寮國琅南塔省的檢查站被警方攔下。", "LA"),
    ("ja", "脱北者6人が月曜日、ラオス・ルアンナムター県の検問所で警察に止められた。", "LA"),
    (
        "ru",
        "В понедельник на блокпосту в провинции Луангнамтха полиция остановила шестерых перебежчиков из КНДР.",
        "LA",
    ),
    (
        "ru",
        "Шестерых перебежчиков из КНДР остановили на блокпосту в провинции Луангнамтха в понедельник.",
        "LA",
    ),
    (
        "vi",
        "Sáu người đào tẩu Triều Tiên bị cảnh sát chặn lại tại một trạm kiểm soát ở tỉnh Luang Namtha hôm thứ Hai.",
        "LA",
    ),
    ("th", "ผู้แปรพักตร์ชาวเกาหลีเหนือ 6 คนถูกตำรวจสกัดไว้ที่ด่านตรวจในแขวงหลวงน้ำทาเมื่อวันจันทร์", "LA"),
]


@pytest.mark.parametrize(
    ("lang", "text", "country"), STOPPED, ids=[f"{x[0]}-{i}" for i, x in enumerate(STOPPED)]
)
def test_people_stopped_by_the_police_or_at_a_checkpoint_are_caught(
    lang: str, text: str, country: str
) -> None:
    """Stopped by border guards or the police, or at a checkpoint: in their hands (arrested)."""
    assert _read(lang, text) == (Tier.ALERT, 6, Status.ARRESTED, country)


PARTS = [
    (
        "en",
        "A rights group urged China not to return seven North Koreans held in Jilin. According to the group's contacts, officers raided a farmhouse and took away two women and a boy. Four more people were caught two days later. The seven are now held at the Helong detention centre.",
        7,
    ),
    (
        "en",
        "Police in Yanji arrested two North Korean women and a boy on Monday, and two men from the same group on Wednesday. These five are now held at a detention centre.",
        5,
    ),
    (
        "ko",
        "옌지에서 탈북 여성 2명과 남자아이 1명이 월요일 공안에 붙잡혔다. 이틀 뒤 같은 일행 남성 2명이 추가로 체포됐다. 이들 5명은 현재 구류소에 갇혀 있다.",
        5,
    ),
    (
        "zh",
        "两名脱北妇女和一名男孩周一在延吉被公安抓获，周三同一行的两名男子也被捕。这5人目前被关押在看守所。",
        5,
    ),
    (
        "zh-Hant",
        "兩名脫北婦女和一名男孩週一在延吉被公安抓獲，週三同一行的兩名男子也被捕。這5人目前被關押在看守所。",
        5,
    ),
    (
        "ja",
        "脱北者の女性2人と男の子1人が月曜日に延吉で公安に拘束され、水曜日には同じ一行の男性2人も拘束された。この5人は現在、拘置所に収容されている。",
        5,
    ),
    (
        "ru",
        "В понедельник в Яньцзи полиция задержала двух женщин из КНДР и мальчика, а в среду — ещё двоих мужчин из той же группы. Все пятеро содержатся в изоляторе.",
        5,
    ),
    (
        "vi",
        "Công an Diên Cát đã bắt hai phụ nữ Triều Tiên và một bé trai hôm thứ Hai, và hai người đàn ông cùng nhóm hôm thứ Tư. Cả năm người hiện bị giam tại trại tạm giam.",
        5,
    ),
    (
        "th",
        "ตำรวจเมืองเหยียนจี๋จับกุมผู้หญิงชาวเกาหลีเหนือ 2 คนและเด็กชาย 1 คนเมื่อวันจันทร์ และชาย 2 คนจากกลุ่มเดียวกันเมื่อวันพุธ ทั้ง 5 คนถูกควบคุมตัวอยู่ที่ศูนย์กักกัน",
        5,
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "people"), PARTS, ids=[f"{x[0]}-{i}" for i, x in enumerate(PARTS)]
)
def test_people_counted_in_parts_then_together_are_that_figure(
    lang: str, text: str, people: int
) -> None:
    """ "Two women and a boy ... two men ... these five": five; "seven ... four more ... the
    seven": seven, the four among them."""
    tier, count, _status, country = _read(lang, text)
    assert (tier, count, country) == (Tier.ALERT, people, "CN")


def test_ko_people_added_with_chuga_after_their_figure_are_more() -> None:
    """남성 3명이 추가로 체포됐다: three more, added to the four caught before."""
    text = "옌지에서 탈북민 4명이 월요일 공안에 체포됐다. 이틀 뒤 남성 3명이 추가로 체포됐다."
    assert _read("ko", text) == (Tier.ALERT, 7, Status.ARRESTED, "CN")


URGED = [
    ("en", "A rights group urged China not to return seven North Koreans held in Jilin."),
    (
        "en",
        "Bridge of Hope today urged the Chinese government not to return seven North Koreans held in Jilin province.",
    ),
    (
        "ko",
        "한 인권단체는 중국 정부에 지린성에 갇혀 있는 탈북민 7명을 북한으로 되돌려 보내지 말 것을 요구했다.",
    ),
    ("zh", "一个人权组织呼吁中国不要将关押在吉林的7名脱北者送回朝鲜。"),
    ("zh-Hant", "一個人權組織呼籲中國不要將關押在吉林的7名脫北者送回北韓。"),
    ("ja", "人権団体は中国に対し、吉林省で拘束されている脱北者7人を北朝鮮に帰さないよう求めた。"),
    (
        "ru",
        "Правозащитники призвали Китай не возвращать в КНДР семерых перебежчиков, которых держат в провинции Цзилинь.",
    ),
    (
        "vi",
        "Một tổ chức nhân quyền kêu gọi Trung Quốc không trả 7 người đào tẩu Triều Tiên đang bị giam ở Cát Lâm về nước.",
    ),
    ("th", "องค์กรสิทธิมนุษยชนเรียกร้องให้จีนไม่ส่งผู้แปรพักตร์ชาวเกาหลีเหนือ 7 คนที่ถูกควบคุมตัวในมณฑลจี๋หลินกลับประเทศ"),
]


@pytest.mark.parametrize(("lang", "text"), URGED, ids=[f"{x[0]}-{i}" for i, x in enumerate(URGED)])
def test_a_plea_not_to_return_people_held_is_their_threat(lang: str, text: str) -> None:
    """Urged not to return seven held in Jilin (en "not to return" after the government, ko
    되돌려 보내지 말 in two words, ja 北朝鮮に帰さないよう): the return is feared, not only a custody."""
    assert _read(lang, text) == (Tier.ALERT, 7, Status.FACING_REPATRIATION, "CN")


PART_RETOLD = [
    (
        "en",
        "Vietnamese authorities on Wednesday released three of nine North Koreans detained near the border last month, but the remaining six are still being held and could be sent back to China. The nine, including two children, were arrested by border guards in Lang Son province on Nov. 19. The three who were freed, all women, have been handed to a South Korean diplomatic mission.",
    ),
    (
        "ko",
        "베트남 당국은 수요일 지난달 국경 부근에서 붙잡힌 탈북민 9명 가운데 3명을 석방했지만, 나머지 6명은 여전히 구금돼 있어 중국으로 넘겨질 수 있다. 이들 9명은 지난달 19일 랑선성에서 국경수비대에 체포됐다. 풀려난 3명은 모두 여성으로, 한국 공관에 인계됐다.",
    ),
    (
        "zh",
        "越南当局周三释放了上月在边境附近被拘留的9名朝鲜人中的3人，但其余6人仍被关押，可能被遣返中国。这9人于11月19日在谅山省被边防部队逮捕。获释的3人均为女性，已被移交给韩国外交机构。",
    ),
    (
        "ja",
        "ベトナム当局は水曜日、先月国境付近で拘束された脱北者9人のうち3人を釈放したが、残る6人は依然として拘束されており、中国に送還される可能性がある。9人は11月19日、ランソン省で国境警備隊に拘束された。釈放された3人はいずれも女性で、韓国の在外公館に引き渡された。",
    ),
    (
        "ru",
        "Власти Вьетнама в среду освободили троих из девяти граждан КНДР, задержанных у границы в прошлом месяце, но остальные шестеро по-прежнему под стражей и могут быть переданы Китаю. Девятерых задержали пограничники в провинции Лангшон 19 ноября. Трое освобождённых, все женщины, переданы дипломатам Южной Кореи.",
    ),
    (
        "vi",
        "Hôm thứ Tư, chính quyền Việt Nam đã thả 3 trong số 9 người Triều Tiên bị bắt gần biên giới tháng trước, nhưng 6 người còn lại vẫn bị giam giữ và có thể bị trả về Trung Quốc. 9 người này bị bộ đội biên phòng bắt ở tỉnh Lạng Sơn ngày 19/11. 3 người được thả, đều là phụ nữ, đã được giao cho cơ quan ngoại giao Hàn Quốc.",
    ),
    (
        "th",
        "ทางการเวียดนามปล่อยตัวชาวเกาหลีเหนือ 3 คนจาก 9 คนที่ถูกจับใกล้ชายแดนเมื่อเดือนที่แล้ว แต่อีก 6 คนที่เหลือยังถูกควบคุมตัวและอาจถูกส่งกลับจีน ทั้ง 9 คนถูกทหารรักษาชายแดนจับกุมที่จังหวัดลางเซินเมื่อวันที่ 19 พฤศจิกายน ส่วน 3 คนที่ได้รับการปล่อยตัวเป็นผู้หญิงทั้งหมด และถูกส่งตัวให้คณะผู้แทนทางการทูตของเกาหลีใต้แล้ว",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"), PART_RETOLD, ids=[f"{x[0]}-{i}" for i, x in enumerate(PART_RETOLD)]
)
def test_a_part_freed_and_retold_leaves_the_rest_at_risk(lang: str, text: str) -> None:
    """Three of nine freed while the other six are held and could be sent to China, then "the
    three who were freed" handed to Seoul's mission: the part's release (no false all-clear),
    and a handover to Seoul's mission (ja 韓国の在外公館に引き渡された) is no return."""
    assert _read(lang, text) == (Tier.ALERT, 9, Status.FACING_REPATRIATION, "VN")


SOURCE_HELPER = [
    (
        "en",
        "Two North Korean women had been hiding in Tumen for a year. According to a pastor who helped them, they were arrested by police last week.",
    ),
    (
        "ko",
        "탈북 여성 2명이 1년 동안 투먼에 숨어 지냈다. 이들을 도운 한 목사에 따르면 이들은 지난주 공안에 체포됐다.",
    ),
    ("zh", "两名脱北妇女在图们躲藏了一年。据帮助她们的一名牧师说，她们上周被公安抓获。"),
    ("zh-Hant", "兩名脫北婦女在圖們躲藏了一年。據幫助她們的一名牧師說，她們上週被公安抓獲。"),
    (
        "ja",
        "脱北女性2人は1年間、図們に潜伏していた。支援した牧師によると、2人は先週、公安に拘束された。",
    ),
    (
        "ru",
        "Две беглянки из КНДР год скрывались в Тумэне. По словам пастора, который им помогал, на прошлой неделе их задержала полиция.",
    ),
    (
        "th",
        "ผู้หญิงชาวเกาหลีเหนือ 2 คนหลบซ่อนอยู่ในเมืองถูเหมินนานหนึ่งปี ตามคำบอกเล่าของศิษยาภิบาลที่ช่วยเหลือพวกเธอ พวกเธอถูกตำรวจจับกุมเมื่อสัปดาห์ที่แล้ว",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"), SOURCE_HELPER, ids=[f"{x[0]}-{i}" for i, x in enumerate(SOURCE_HELPER)]
)
def test_a_helper_named_as_the_source_is_not_the_one_held(lang: str, text: str) -> None:
    """A pastor who helped them, named as the source (ja 牧師によると, ko 목사에 따르면, zh 牧师说，):
    what follows is the pastor's telling of the people's arrest, not the pastor's own."""
    assert _read(lang, text) == (Tier.ALERT, 2, Status.ARRESTED, "CN")


def test_zh_a_pastor_who_says_what_befell_a_family_is_its_source() -> None:
    """据……牧师说，母子二人……被公安抓获: the mother and son's arrest, told by the pastor."""
    text = "一个脱北者家庭在图们躲藏了一年。据帮助她们的一名牧师说，母子二人上周在图们被公安抓获。"
    tier, _people, status, country = _read("zh", text)
    assert (tier, status, country) == (Tier.ALERT, Status.ARRESTED, "CN")
