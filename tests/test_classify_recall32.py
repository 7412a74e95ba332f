"""Round-32 recall fixes: reports of an arrest or a return that were missed, probed in every
language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 10)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("recall32", title, f"{title}\n{text}", lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        (
            "vi",
            "Công an Lào Cai bắt người Triều Tiên nhập cảnh trái phép",
            "Ngày 3/12, công an Lào Cai bắt 4 người Triều Tiên nhập cảnh trái phép.",
            4,
        ),
        (
            "vi",
            "Biên phòng bắt hai phụ nữ Triều Tiên",
            "Bộ đội biên phòng Quảng Ninh hôm thứ Hai bắt hai phụ nữ Triều Tiên vượt biên trái phép.",
            2,
        ),
        (
            "vi",
            "Cảnh sát Lào bắt 5 công dân Triều Tiên",
            "Cảnh sát Lào bắt 5 công dân Triều Tiên đang trên đường sang Thái Lan.",
            5,
        ),
        ("zh", "边防民警抓了三名朝鲜人", "边防民警日前在丹东抓了三名非法入境的朝鲜人。", 3),
        (
            "ko",
            "라오스 경찰, 북한 주민 잡아",
            "라오스 경찰이 불법 입국한 북한 주민 4명을 잡았다.",
            4,
        ),
    ],
)
def test_a_bare_arrest_verb_before_the_people_is_an_arrest(
    lang: str, title: str, text: str, people: int
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == people


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("vi", "Triều Tiên bắt đầu mở cửa biên giới", "Triều Tiên bắt đầu mở lại cửa khẩu."),
        ("ko", "북한, 국경 경비 자리 잡아", "북한이 국경 초소 4곳에 자리를 잡았다."),
    ],
)
def test_other_senses_of_a_bare_arrest_verb_are_no_alert(lang: str, title: str, text: str) -> None:
    assert verdict_of(lang, title, text).tier is not Tier.ALERT


HELD = {
    "zh": ("云南警方查获一名非法入境男子", "12月5日，云南边防警察在勐腊县查获一名非法入境男子。"),
    "en": (
        "Police in Laos detain a man",
        "Police in Laos detained a man at the border on Monday.",
    ),
    "ru": (
        "В Приморье задержан нарушитель границы",
        "Пограничники задержали мужчину, незаконно пересекшего границу.",
    ),
    "vi": (
        "Công an bắt một người đàn ông nhập cảnh trái phép",
        "Công an Lào Cai đã bắt giữ một người đàn ông nhập cảnh trái phép hôm thứ Hai.",
    ),
    "th": (
        "ตำรวจจับชายลักลอบเข้าเมือง",
        "ตำรวจเชียงรายจับกุมชายคนหนึ่งที่ลักลอบเข้าเมืองเมื่อวันที่ 5 ธันวาคม",
    ),
}


@pytest.mark.parametrize(
    ("lang", "finding"),
    [
        ("zh", "经查，该男子系朝鲜公民。"),
        ("zh", "经审查，该男子为朝鲜籍。"),
        ("zh", "经查，该男子系脱北者。"),
        ("en", "Checks showed the man was a North Korean national."),
        ("ru", "Проверка показала, что он гражданин КНДР."),
        ("vi", "Qua xác minh, người này là công dân Triều Tiên."),
        ("th", "ตรวจสอบพบว่าชายคนนี้เป็นพลเมืองเกาหลีเหนือ"),
    ],
)
def test_one_man_held_then_found_to_be_a_north_korean_is_an_alert(lang: str, finding: str) -> None:
    title, text = HELD[lang]
    verdict = verdict_of(lang, title, f"{text} {finding}")
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == 1


@pytest.mark.parametrize(
    ("lang", "finding"),
    [
        ("zh", "经查，该男子系越南公民。"),
        ("zh", "经查，该男子系帮助脱北者偷渡的蛇头。"),
        ("en", "Checks showed the man was a Chinese national."),
        ("ru", "Проверка показала, что он гражданин Китая."),
        ("vi", "Qua xác minh, người này là công dân Trung Quốc."),
        ("th", "ตรวจสอบพบว่าชายคนนี้เป็นพลเมืองลาว"),
    ],
)
def test_one_man_held_then_found_to_be_someone_else_is_no_alert(lang: str, finding: str) -> None:
    title, text = HELD[lang]
    assert verdict_of(lang, title, f"{text} {finding}").tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        (
            "An escapee from North Korea was rearrested in China",
            "An escapee from North Korea was rearrested by Chinese police in Shenyang on Monday.",
            Status.ARRESTED,
        ),
        (
            "Refugee from North Korea detained in Laos",
            "A refugee from North Korea was detained in Vientiane on Tuesday.",
            Status.DETAINED,
        ),
    ],
)
def test_one_escapee_named_by_where_from_is_one_of_the_people(
    title: str, text: str, status: Status
) -> None:
    verdict = verdict_of("en", title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is status
    assert verdict.facts.people == 1


@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        (
            "en",
            "Crewmen from a North Korean freighter detained in Russia",
            "Three crewmen from a North Korean freighter were detained in Nakhodka after leaving "
            "their ship.",
            3,
        ),
        (
            "en",
            "Two detained in Vladivostok port",
            "Two sailors left a North Korean cargo ship in Vladivostok and were detained by border "
            "guards on Friday.",
            2,
        ),
        (
            "zh",
            "朝鲜船员离开货轮被俄方拘留",
            "两名朝鲜船员本周五离开所在货轮，在海参崴被俄罗斯边防人员拘留。",
            2,
        ),
        (
            "zh",
            "朝鲜船员弃船逃跑被抓",
            "两名朝鲜船员弃船逃跑，上周五在海参崴被俄罗斯警方抓获。",
            2,
        ),
        (
            "ko",
            "북한 선원 2명, 화물선 떠난 뒤 러시아서 억류",
            "북한 화물선 선원 2명이 5일 배를 떠난 뒤 나홋카에서 러시아 국경수비대에 억류됐다.",
            2,
        ),
        (
            "ko",
            "북한 화물선 선원들 하선 후 잠적…러시아서 억류",
            "북한 화물선 선원 3명이 하선한 뒤 잠적했다가 러시아 당국에 억류됐다.",
            3,
        ),
        (
            "ja",
            "北朝鮮船員2人が船を離れ、ロシアで拘束",
            "北朝鮮の貨物船の船員2人が5日、船を離れ、ナホトカでロシア国境警備隊に拘束された。",
            2,
        ),
        (
            "ja",
            "北朝鮮船員が下船して逃走、ロシアで拘束",
            "北朝鮮の貨物船の船員2人が5日、ナホトカ港で下船したまま戻らず、ロシア当局に拘束された。",
            2,
        ),
        (
            "vi",
            "Hai thủy thủ Triều Tiên rời tàu bị bắt ở Nga",
            "Hai thủy thủ của một tàu hàng Triều Tiên đã rời tàu và bị lực lượng biên phòng Nga bắt "
            "giữ tại Nakhodka hôm thứ Sáu.",
            2,
        ),
        (
            "th",
            "ลูกเรือเกาหลีเหนือทิ้งเรือ ถูกจับ",
            "ลูกเรือเกาหลีเหนือ 2 คนทิ้งเรือสินค้าและถูกตำรวจรัสเซียจับกุมเมื่อวันศุกร์",
            2,
        ),
        (
            "ru",
            "Двое моряков с северокорейского судна задержаны",
            "Двое моряков покинули северокорейское судно в Находке и были задержаны "
            "пограничниками в пятницу.",
            2,
        ),
    ],
)
def test_sailors_who_left_their_ship_are_the_people(
    lang: str, title: str, text: str, people: int
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.country == "RU"
    assert verdict.facts.people == people


PLACE = {
    "zh": "哈巴罗夫斯克事件",
    "ja": "ハバロフスク近郊の出来事",
    "vi": "Vụ việc ở Khabarovsk",
    "ko": "하바롭스크 인근 사건",
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "zh",
            "三名脱北者在哈巴罗夫斯克附近的空屋中躲藏了两周。脱北者们本周一被当地警方抓获。",
        ),
        (
            "ja",
            "脱北者3人がハバロフスク近郊の空き家に2週間隠れていた。脱北者らは7日、地元警察に拘束された。",
        ),
        (
            "vi",
            "Ba người đào tẩu Triều Tiên đã trốn trong một ngôi nhà bỏ hoang gần Khabarovsk suốt "
            "hai tuần. Những người đào tẩu bị cảnh sát bắt hôm thứ Hai.",
        ),
        (
            "ko",
            "탈북민 3명이 하바롭스크 인근 빈집에서 2주간 숨어 지냈다. 탈북민들은 7일 현지 경찰에 "
            "붙잡혔다.",
        ),
    ],
)
def test_the_peoples_word_again_takes_up_those_counted_before(lang: str, text: str) -> None:
    verdict = verdict_of(lang, PLACE[lang], text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 3


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "ja",
            "ロシアで北朝鮮労働者を拘束",
            "極東ハバロフスクの製材所から逃げた北朝鮮労働者1人が現地警察に拘束された。"
            "当局は北朝鮮への引き渡しの準備を進めている。",
        ),
        (
            "zh",
            "俄罗斯拘留一名朝鲜劳工",
            "一名从哈巴罗夫斯克锯木厂逃出的朝鲜劳工被当地警方拘留。当局正准备将其移交朝方。",
        ),
    ],
)
def test_a_worker_who_ran_from_his_worksite_is_an_escapee(
    lang: str, title: str, text: str
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 1


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "ru",
            "Происшествие в Хабаровске",
            "Трое граждан КНДР, бежавших с лесозаготовок, задержаны в Хабаровском крае. "
            "Их передача северокорейской стороне уже готовится.",
        ),
        (
            "ru",
            "В Хабаровске задержан рабочий из КНДР",
            "Рабочий из КНДР, сбежавший с лесопилки, задержан полицией в Хабаровске. "
            "Власти готовят его передачу северокорейской стороне.",
        ),
        (
            "vi",
            "Nga bắt lao động Triều Tiên bỏ trốn",
            "Một lao động Triều Tiên bỏ trốn khỏi xưởng cưa ở Khabarovsk đã bị cảnh sát bắt giữ. "
            "Nhà chức trách đang chuẩn bị trao trả người này cho Triều Tiên.",
        ),
        (
            "ko",
            "러시아, 제재소 이탈 북한 노동자 체포",
            "하바롭스크의 제재소에서 도망친 북한 노동자 1명이 현지 경찰에 체포됐다. "
            "당국은 북한으로 인도할 준비를 하고 있다.",
        ),
        (
            "en",
            "Russia detains North Korean worker",
            "A North Korean worker who fled a sawmill in Khabarovsk was detained by police. "
            "Authorities are preparing to hand him over to North Korea.",
        ),
    ],
)
def test_a_return_being_prepared_is_still_to_come(lang: str, title: str, text: str) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
