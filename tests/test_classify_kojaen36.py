"""Kinds found by the blind stress36_kojaen set (Korean, Japanese and English reports on how many
people are held and in what state), probed in every bundled language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 5)


def _verdict(title: str, text: str):  # type: ignore[no-untyped-def]
    return classify(Document("r", title, text, date=ON))


# A return dreaded in the verb's own ending (넘겨질까 봐, 送還されはしないかと) is feared, not done.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Families fear return",
         "Chinese police arrested four North Korean defectors in Yanji on Monday. Their families "
         "lie awake at night afraid they will be sent back to North Korea."),
        ("옌지서 탈북민 4명 체포",
         "지난 1일 옌지에서 탈북민 4명이 공안에 체포됐다. 이들은 파출소에 갇혀 있으며, 가족들은 "
         "이들이 북한으로 넘겨질까 봐 애를 태우고 있다."),
        ("옌지서 탈북민 4명 체포",
         "지난 1일 옌지에서 탈북민 4명이 공안에 체포됐다. 이들은 파출소에 갇혀 있다. 가족들은 "
         "이들이 북한으로 넘겨질까봐 잠을 못 이룬다."),
        ("延吉で脱北者4人拘束",
         "延吉で今月1日、脱北者4人が公安当局に拘束された。家族は4人が北朝鮮に送還されはしないかと"
         "おびえている。"),
        ("延吉4名脱北者被抓",
         "本月1日，4名脱北者在延吉被公安抓获。家属整夜睡不着，生怕他们被遣返回朝鲜。"),
        ("Четверо беглецов задержаны в Яньцзи",
         "В понедельник в Яньцзи полиция задержала четверых беглецов из КНДР. Родственники не "
         "спят ночами: вдруг их отправят обратно в КНДР."),
        ("Bốn người Triều Tiên bị bắt ở Diên Cát",
         "Thứ Hai, công an Diên Cát bắt giữ 4 người Triều Tiên đào tẩu. Gia đình họ mất ngủ vì sợ "
         "họ bị đưa về Triều Tiên."),
        ("จับชาวเกาหลีเหนือ 4 คนในเหยียนจี๋",
         "ตำรวจจีนจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือ 4 คนในเหยียนจี๋เมื่อวันจันทร์ "
         "ครอบครัวนอนไม่หลับเพราะกลัวว่าพวกเขาจะถูกส่งกลับเกาหลีเหนือ"),
    ],
)  # fmt: skip
def test_a_return_dreaded_in_the_verbs_ending_is_only_feared(title: str, text: str) -> None:
    verdict = _verdict(title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 4
    assert verdict.facts.country == "CN"


def test_a_return_told_as_done_after_the_dread_is_still_done() -> None:
    text = (
        "지난 1일 옌지에서 탈북민 4명이 공안에 체포됐다. 가족들은 이들이 북송될까 봐 애를 태웠지만, "
        "이들은 어제 북한으로 넘겨졌다."
    )
    assert _verdict("탈북민 4명 북송", text).facts.status is Status.REPATRIATED


# Workers who fled their posting, told as held right before the workers' word (逃げ出して拘束された
# 北朝鮮の労働者, 달아났다가 붙잡힌 북한 노동자): people in custody, not workers sent home.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Two North Korean workers missing",
         "Two North Korean workers who fled a building site and were detained by police in "
         "Khabarovsk last month are missing."),
        ("ロシアで北朝鮮労働者2人 行方不明",
         "ハバロフスクで先月、建設現場から逃げ出して警察に拘束された北朝鮮の労働者2人の行方が分からない。"),
        ("ロシアで拘束の北朝鮮労働者2人 行方不明",
         "ハバロフスクで先月、建設現場を逃走し警察に拘束された北朝鮮労働者2人の行方が分からない。"),
        ("러시아서 北노동자 2명 행방불명",
         "지난달 하바롭스크 건설현장에서 달아났다가 경찰에 붙잡힌 북한 노동자 2명의 행방이 묘연하다."),
        ("俄罗斯两名朝鲜劳工下落不明",
         "上月在哈巴罗夫斯克，两名从建筑工地出逃后被俄罗斯警方拘留的朝鲜劳工目前下落不明。"),
        ("Двое рабочих из КНДР пропали",
         "Двое северокорейских рабочих, которые сбежали со стройки в Хабаровске и были задержаны "
         "полицией в прошлом месяце, пропали."),
        ("Hai lao động Triều Tiên mất tích",
         "Hai lao động Triều Tiên bỏ trốn khỏi công trường ở Khabarovsk và bị cảnh sát bắt giữ "
         "tháng trước hiện đã mất tích."),
        ("แรงงานเกาหลีเหนือ 2 คนหายตัว",
         "แรงงานเกาหลีเหนือ 2 คนที่หลบหนีจากไซต์ก่อสร้างในคาบารอฟสค์และถูกตำรวจจับกุมเมื่อเดือนที่แล้ว"
         "ได้หายตัวไป"),
    ],
)  # fmt: skip
def test_runaway_workers_told_as_held_are_the_people(title: str, text: str) -> None:
    verdict = _verdict(title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.MISSING
    assert verdict.facts.people == 2
    assert verdict.facts.country == "RU"


def test_workers_sent_abroad_under_sanctions_stay_no_alert() -> None:
    text = "国連の制裁決議に違反して、北朝鮮労働者数百人がロシアの建設現場で働いているとみられる。"
    assert _verdict("ロシアに北朝鮮労働者", text).tier is not Tier.ALERT


# Russia shortened to one character before its police in Chinese and Japanese copy (被俄警方拘留,
# 露警察に拘束), as Korean writes 러 경찰: the police of Russia, where the people are held.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Two North Koreans held",
         "Two North Korean defectors were detained by Russian police in Khabarovsk on Monday."),
        ("两名脱北者被拘", "本周一，两名脱北者被俄警方拘留。"),
        ("兩名脫北者被拘", "本週一，兩名脫北者被俄當局拘留。"),
        ("脱北者2人拘束", "脱北者2人が1日、露警察に拘束された。"),
        ("脱北者2人拘束", "脱北者2人が1日、露当局に拘束された。"),
        ("탈북민 2명 구금", "탈북민 2명이 지난 1일 러 경찰에 구금됐다."),
        ("Двое беглецов задержаны",
         "В понедельник российская полиция задержала двоих беглецов из КНДР."),
        ("Hai người Triều Tiên bị bắt",
         "Thứ Hai, hai người Triều Tiên đào tẩu bị cảnh sát Nga bắt giữ."),
        ("ชาวเกาหลีเหนือ 2 คนถูกจับ",
         "ผู้แปรพักตร์ชาวเกาหลีเหนือ 2 คนถูกตำรวจรัสเซียจับกุมเมื่อวันจันทร์"),
    ],
)  # fmt: skip
def test_russia_shortened_before_its_police_places_the_people(title: str, text: str) -> None:
    verdict = _verdict(title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.country == "RU"
    assert verdict.facts.people == 2


# A bound of one letter after a space opens the next word, not a bound of the figure: "5명
# 여전히" is five still held, not "some five" (30여 명 and 20명 가량 stay bounds).
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("탈북민 5명 여전히 구금", "지난달 옌지에서 체포된 탈북민 5명 여전히 구금돼 있어."),
        ("脱北者5人 依然拘束", "先月延吉で拘束された脱北者5人 依然として拘束されている。"),
        ("5名脱北者 仍被关押", "上月在延吉被抓的5名脱北者 仍被关押。"),
        ("Пятеро беглецов по-прежнему под арестом",
         "Пятеро беглецов из КНДР, задержанных в Яньцзи в прошлом месяце, по-прежнему под арестом."),
        ("5 người Triều Tiên vẫn bị giam",
         "5 người Triều Tiên bị bắt ở Diên Cát tháng trước vẫn bị giam."),
        ("ชาวเกาหลีเหนือ 5 คน ยังถูกควบคุมตัว",
         "ชาวเกาหลีเหนือ 5 คน ที่ถูกจับในเหยียนจี๋เมื่อเดือนที่แล้ว ยังถูกควบคุมตัวอยู่"),
        ("Five North Koreans still held",
         "Five North Korean defectors arrested in Yanji last month are still held."),
    ],
)  # fmt: skip
def test_a_word_after_the_figure_opening_on_a_bound_letter_leaves_it_exact(
    title: str, text: str
) -> None:
    verdict = _verdict(title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == 5


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("탈북민 30여 명 체포", "지난달 옌지에서 탈북민 30여 명이 체포됐다.", None),
        ("탈북민 20명 가량 체포", "지난달 옌지에서 탈북민 20명 가량이 체포됐다.", 20),
    ],
)  # fmt: skip
def test_bounds_after_the_figure_still_bound_it(title: str, text: str, people: int | None) -> None:
    assert _verdict(title, text).facts.people == people


def test_the_rest_of_a_group_a_part_went_free_from_is_not_added_to_it() -> None:
    text = (
        "지난달 옌지에서 체포된 탈북민 4명 가운데 7살 어린이만 풀려나고 나머지 3명 여전히 구금돼 "
        "있다."
    )
    verdict = _verdict('탈북민 4명 가운데 어린이만 석방…"나머지 3명 여전히 구금"', text)
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 4


# A headline's second clause may drop the article before "family of N" as its opening does:
# "Police raid safe house, North Korean family of four detained" counts four.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Police raid safe house in Yanji, North Korean family of four detained",
         "Chinese police raided a safe house in Yanji on Monday. The family was taken to a police "
         "station."),
        ("옌지 은신처 급습…탈북 일가족 4명 구금",
         "중국 공안이 지난 1일 옌지의 한 은신처를 급습했다. 이 가족은 파출소로 끌려갔다."),
        ("延吉の隠れ家を急襲、脱北者一家4人拘束",
         "中国公安当局は1日、延吉の隠れ家を急襲した。一家は警察署に連行された。"),
        ("警方突袭延吉藏身处 脱北者一家四口被拘",
         "本周一，中国警方突袭了延吉的一处藏身处。这家人被带到派出所。"),
        ("Облава в Яньцзи: задержана семья из четырех человек из КНДР",
         "В понедельник китайская полиция провела облаву в Яньцзи. Семью доставили в участок."),
        ("Đột kích ở Diên Cát, bắt giữ gia đình 4 người Triều Tiên",
         "Thứ Hai, công an Trung Quốc đột kích một nơi ẩn náu ở Diên Cát. Gia đình này bị đưa về "
         "đồn công an."),
        ("บุกค้นที่เหยียนจี๋ ควบคุมตัวครอบครัวชาวเกาหลีเหนือ 4 คน",
         "ตำรวจจีนบุกค้นที่หลบซ่อนแห่งหนึ่งในเหยียนจี๋เมื่อวันจันทร์ ครอบครัวนี้ถูกนำตัวไปที่สถานีตำรวจ"),
    ],
)  # fmt: skip
def test_a_family_counted_in_a_headlines_second_clause(title: str, text: str) -> None:
    verdict = _verdict(title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == 4
    assert verdict.facts.country == "CN"


# A headline naming a part freed and then the group it belongs to, held, over a text whose first
# figure counts that group: the group counts, neither the part nor the two added up.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Two children freed as North Korean family of five held in China",
         "A North Korean family of five was arrested in Yanji on Nov. 19. The two children were "
         "released to relatives on Nov. 25, and the three adults remain in a detention center in "
         "Tumen."),
        ("어린이 2명 석방, 탈북 일가족 5명 여전히 구금",
         "탈북민 일가족 5명이 지난달 19일 옌지에서 공안에 체포됐다. 어린이 2명은 25일 친척에게 "
         "인계돼 풀려났고, 어른 3명은 투먼의 구류소에 갇혀 있다."),
        ("子供2人解放、脱北者一家5人は拘束続く",
         "脱北者の一家5人が先月19日、延吉で公安当局に拘束された。子供2人は25日に親族に引き渡されて"
         "解放されたが、大人3人は図們の収容施設に留め置かれている。"),
        ("两名孩童获释 脱北者一家五口仍遭拘押",
         "上月19日，一个五口之家的脱北者在延吉被公安抓获。两名孩童于25日获释并交由亲属照顾，"
         "三名成年人仍被关押在图们的看守所。"),
        ("Двое детей освобождены, семья из пяти человек из КНДР остается под арестом",
         "19 ноября в Яньцзи полиция задержала семью из пяти человек из КНДР. 25 ноября двоих "
         "детей освободили и передали родственникам, трое взрослых остаются в изоляторе в Тумэни."),
        ("Hai trẻ em được thả, gia đình 5 người Triều Tiên vẫn bị giam",
         "Ngày 19/11, một gia đình 5 người Triều Tiên bị công an bắt giữ ở Diên Cát. Ngày 25/11, "
         "hai trẻ em được thả và giao cho người thân, ba người lớn vẫn bị giam tại trại tạm giam "
         "ở Đồ Môn."),
        ("ปล่อยตัวเด็ก 2 คน ครอบครัวชาวเกาหลีเหนือ 5 คนยังถูกควบคุมตัว",
         "ครอบครัวชาวเกาหลีเหนือ 5 คนถูกตำรวจจีนจับกุมที่เหยียนจี๋เมื่อวันที่ 19 พฤศจิกายน "
         "เด็ก 2 คนได้รับการปล่อยตัวให้ญาติเมื่อวันที่ 25 พฤศจิกายน "
         "ส่วนผู้ใหญ่ 3 คนยังถูกควบคุมตัวที่ศูนย์กักกันในถูเหมิน"),
    ],
)  # fmt: skip
def test_a_headlines_group_after_its_freed_part_counts(title: str, text: str) -> None:
    verdict = _verdict(title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 5


def test_a_headlines_part_and_rest_over_a_text_counting_both_still_add_up() -> None:
    text = (
        "Nine North Korean defectors were arrested in Yanji on Nov. 19. Three were released on "
        "Nov. 25, and six remain in a detention center in Tumen."
    )
    assert _verdict("Three North Koreans freed, six still held", text).facts.people == 9


def test_a_headline_repeated_atop_the_text_is_not_its_first_figure() -> None:
    title = "子供2人解放、脱北者一家5人は拘束続く"
    text = (
        f"{title}\n脱北者の一家5人が先月19日、延吉で公安当局に拘束された。子供2人は25日に解放された"
        "が、大人3人は図們の収容施設に留め置かれている。"
    )
    assert _verdict(title, text).facts.people == 5
