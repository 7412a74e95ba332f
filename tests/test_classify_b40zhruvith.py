"""Reports in zh-Hans, zh-Hant, Russian, Vietnamese and Thai as they come (stress40_zhruvith's
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
    ("lang", "text", "country"),
    [
        ("ru", "Пограничники в минувшие выходные задержали троих граждан КНДР под Хасаном. В "
               "прошлом месяце Китай передал КНДР 40 человек, задержанных в Яньцзи.", "RU"),
        ("ru", "Полиция в прошлую пятницу задержала троих граждан КНДР в Уссурийске. В прошлом "
               "месяце Китай передал КНДР 40 человек, задержанных в Яньцзи.", "RU"),
        ("ru", "Китайская полиция в минувший вторник задержала троих граждан КНДР в Тумэне. В "
               "прошлом месяце Китай отправил обратно в КНДР 40 человек, задержанных в разных "
               "городах.", "CN"),
        ("ko", "공안은 지난 주말 옌지에서 탈북민 3명을 체포했다. 지난달 중국은 투먼에서 체포된 "
               "40명을 북송했다.", "CN"),
        ("en", "Police arrested three North Koreans in Yanji over the weekend. Last month China "
               "sent back 40 people arrested in Tumen.", "CN"),
        ("zh", "公安上周末在延吉抓获3名脱北者。上个月，中国将在图们被抓的40人遣返朝鲜。", "CN"),
        ("ja", "公安は先週末、延吉で脱北者3人を拘束した。先月、中国は図們で拘束された40人を送還した。",
         "CN"),
        ("vi", "Công an đã bắt ba người Triều Tiên ở Diên Cát vào cuối tuần qua. Tháng trước, Trung "
               "Quốc đã trả về 40 người bị bắt ở Đồ Môn.", "CN"),
        ("th", "ตำรวจจีนจับกุมชาวเกาหลีเหนือ 3 คนที่เมืองเหยียนจี๋เมื่อสุดสัปดาห์ที่ผ่านมา "
               "เมื่อเดือนที่แล้ว จีนส่งตัวชาวเกาหลีเหนือ 40 คนที่ถูกจับที่ถูเหมินกลับประเทศ", "CN"),
    ],
)  # fmt: skip
def test_last_saturday_or_the_weekend_is_a_recent_day(lang: str, text: str, country: str) -> None:
    """A weekday or the weekend told as just past (в минувшую субботу, в прошлый вторник, в
    минувшие выходные, 지난 주말) dates the arrest to the days just past, as the weekday alone
    does: a larger group sent back the month before is another group's, no all-clear."""
    assert _facts(lang, text) == (Tier.ALERT, Status.ARRESTED, 3, country)


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("vi", "Biên phòng Việt Nam bắt bốn người Triều Tiên hôm 2/5 ở Móng Cái. Một luật sư cho "
               "biết nhóm này có thể bị giao cho Trung Quốc trong tuần tới, và từ đó bị đưa về "
               "Triều Tiên.", Status.FACING_REPATRIATION),
        ("vi", "Biên phòng Việt Nam bắt bốn người Triều Tiên hôm 2/5 ở Móng Cái. Họ có thể bị trả "
               "về Trung Quốc rồi từ đó bị đưa về Triều Tiên.", Status.FACING_REPATRIATION),
        ("vi", "Biên phòng Việt Nam bắt bốn người Triều Tiên hôm 2/5 ở Móng Cái. Ngày 12/5, nhóm "
               "này đã bị trả về Trung Quốc, và từ đó bị đưa về Triều Tiên.", Status.REPATRIATED),
        ("vi", "Biên phòng Việt Nam bắt bốn người Triều Tiên hôm 2/5 ở Móng Cái. Từ đó đến nay, "
               "bốn người vẫn bị tạm giữ tại đồn biên phòng.", Status.DETAINED),
        ("en", "Vietnamese border guards arrested four North Koreans in Mong Cai on May 2. A "
               "lawyer said the group could be handed to China next week and from there sent back "
               "to North Korea.", Status.FACING_REPATRIATION),
        ("ko", "베트남 국경수비대는 2일 몽까이에서 북한 주민 4명을 체포했다. 한 변호사는 이들이 다음 주 "
               "중국으로 넘겨진 뒤 북한으로 송환될 수 있다고 말했다.", Status.FACING_REPATRIATION),
        ("zh", "越南边防5月2日在芒街抓获四名朝鲜人。一名律师说，这四人可能下周被移交中国，然后被遣返"
               "朝鲜。", Status.FACING_REPATRIATION),
        ("ja", "ベトナムの国境警備隊は2日、モンカイで北朝鮮住民4人を拘束した。弁護士によると、4人は"
               "来週中国に引き渡され、その後北朝鮮に送還される可能性がある。", Status.FACING_REPATRIATION),
        ("ru", "Вьетнамские пограничники 2 мая задержали четверых граждан КНДР в Монгкае. По "
               "словам адвоката, их могут на следующей неделе передать Китаю, а оттуда отправить "
               "в КНДР.",
         Status.FACING_REPATRIATION),
        ("th", "ทหารเวียดนามจับกุมชาวเกาหลีเหนือ 4 คนที่เมืองมงก๋ายเมื่อวันที่ 2 พฤษภาคม "
               "ทนายความระบุว่าทั้งสี่คนอาจถูกส่งตัวให้จีนในสัปดาห์หน้า และจากนั้นถูกส่งกลับ"
               "เกาหลีเหนือ",
         Status.FACING_REPATRIATION),
    ],
)  # fmt: skip
def test_and_from_there_carries_the_hedge_on(lang: str, text: str, status: Status) -> None:
    """The next leg of a handover still to come ("could be handed to China, and from there sent
    back to North Korea", và từ đó) is as hedged as the first: a threat, no return; told as done,
    both legs are a return, and từ đó alone ("since then") carries nothing on."""
    assert _facts(lang, text) == (Tier.ALERT, status, 4, "VN")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("th", "ชาวเกาหลีเหนือ 3 คน ได้แก่ชายวัย 50 ปีและลูกชายวัย 9 และ 13 ปี ถูกกักตัวอยู่ที่"
               "ศูนย์กักตัวคนต่างด้าวในกรุงเทพฯ"),
        ("th", "ตำรวจควบคุมตัวชาวเกาหลีเหนือสามคน ได้แก่หญิงวัย 38 ปีและลูกสาวสองคน ไว้ที่"
               "ศูนย์กักตัวคนต่างด้าวในกรุงเทพฯ"),
        ("ko", "북한 주민 3명, 즉 50세 남성과 9세, 13세 두 아들이 방콕 이민국 수용소에 구금돼 있다."),
        ("ko", "북한 주민 3명, 즉 38세 여성과 두 딸이 방콕 이민국 수용소에 구금돼 있다."),
        ("en", "Three North Koreans, a 50-year-old man and his sons aged 9 and 13, are being held "
               "at an immigration detention centre in Bangkok."),
        ("zh", "三名朝鲜人，包括一名50岁的男子和他9岁、13岁的儿子，目前被关押在曼谷一处移民拘留中心。"),
        ("vi", "Ba người Triều Tiên, gồm một người đàn ông 50 tuổi và hai con trai 9 và 13 tuổi, "
               "đang bị giam tại một trung tâm tạm giữ di trú ở Bangkok."),
    ],
)  # fmt: skip
def test_a_count_then_namely_its_members_is_that_count(lang: str, text: str) -> None:
    """A figure, then 'namely' and its members (ได้แก่, 즉) with their ages: the members name the
    three counted, as after 'including' (gồm, 包括), they add no one."""
    assert _facts(lang, text) == (Tier.ALERT, Status.DETAINED, 3, "TH")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В Бангкоке полиция задержала троих граждан КНДР (женщину и двух её сыновей)."),
        ("ru", "В Бангкоке полиция задержала троих граждан КНДР (отец и двое детей)."),
        ("en", "Police in Bangkok arrested three North Koreans (a woman and her two sons)."),
        ("zh", "曼谷警方逮捕了3名朝鲜人（母亲和两个儿子）。"),
        ("ko", "방콕 경찰이 북한 주민 3명(여성 1명과 아들 2명)을 체포했다."),
        ("th", "ตำรวจกรุงเทพฯ จับกุมชาวเกาหลีเหนือ 3 คน (หญิงหนึ่งคนและลูกชายสองคน)"),
        ("ja", "バンコクの警察は北朝鮮住民3人（母親と子ども2人）を拘束した。"),
    ],
)  # fmt: skip
def test_an_aside_listing_the_figures_people_adds_no_one(lang: str, text: str) -> None:
    """A figure, then an aside naming its people one by one, one without a figure and the rest
    with one ("three North Koreans (a woman and her two sons)"): they add up to the figure and
    are its people, not two more."""
    assert _facts(lang, text) == (Tier.ALERT, Status.ARRESTED, 3, "TH")


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("en", "Police in Bangkok arrested three North Koreans (a woman and her son) and two "
               "Chinese guides.", 3),
        ("ru", "В Бангкоке полиция задержала троих граждан КНДР (женщину с сыном) и двоих "
               "проводников из Китая.", 3),
    ],
)  # fmt: skip
def test_an_aside_that_does_not_add_up_is_left_alone(lang: str, text: str, people: int) -> None:
    """An aside whose people do not add up to the figure before it is not read as its list: the
    figure stands, as before."""
    assert _facts(lang, text)[2] == people
