"""Recall first: a report of specific people arrested, held or sent back is an alert however it
opens; only evidence that no incident is reported (a yearly figure, a memoir, an old case) makes
it background, and that evidence is named.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2024, 5, 20)


def verdict(title: str, text: str):  # type: ignore[no-untyped-def]
    return classify(Document("r", title, text, date=ON))


@pytest.mark.parametrize(
    ("title", "text", "country", "people"),
    [
        ("UN experts write to Beijing",
         "A group of UN human rights experts on Tuesday wrote to the Chinese government about "
         "North Korean escapees. According to the letter, Chinese police arrested nine North "
         "Korean defectors in Shenyang on 2 May and are holding them.", "CN", 9),
        ("Protest outside the Chinese embassy",
         "Activists rallied outside the Chinese embassy in Seoul on Wednesday. They said Chinese "
         "public security officers had detained seven North Korean women in Yanji last week.",
         "CN", 7),
        ("Seoul voices concern",
         "Seoul's foreign ministry expressed deep concern on Thursday. The ministry said it had "
         "confirmed that Chinese authorities arrested five North Korean defectors near Dandong "
         "on Monday.", "CN", 5),
        ("Activist tells UN of new arrests",
         "A South Korean activist told the UN Human Rights Council on Monday that Chinese police "
         "had arrested eleven North Korean defectors in Kunming last week.", "CN", 11),
        ("유엔 특별보고관, 中에 서한",
         "유엔 특별보고관이 중국 정부에 서한을 보내 우려를 표명했다. 서한에 따르면 중국 공안은 "
         "지난달 12일 선양에서 탈북민 6명을 체포해 구금하고 있다.", "CN", 6),
        ("外交部回应",
         "中国外交部发言人周一表示，中方依法处理非法越境人员。此前有报道称，吉林图们警方上周抓捕了5名"
         "脱北者。", "CN", 5),
        ("国連の専門家、中国に書簡",
         "国連の人権専門家は中国政府に書簡を送った。書簡によると、中国公安は先月、瀋陽で脱北者6人を"
         "拘束したという。", "CN", 6),
        ("Правозащитники обеспокоены",
         "Правозащитники выразили обеспокоенность. По их данным, на прошлой неделе во "
         "Владивостоке полиция задержала троих северокорейцев.", "RU", 3),
        ("Семья из КНДР задержана",
         "Семья из трех человек, бежавшая из КНДР, задержана в Приморье на прошлой неделе.",
         "RU", 3),
        ("Nhóm nhân quyền lên tiếng",
         "Một nhóm nhân quyền hôm thứ Hai lên tiếng. Theo nhóm này, công an Lạng Sơn đã bắt giữ "
         "11 người Triều Tiên vượt biên trái phép tuần trước.", "VN", 11),
        ("กลุ่มสิทธิฯ แสดงความกังวล",
         "กลุ่มสิทธิมนุษยชนแสดงความกังวล ตำรวจเชียงรายจับกุมชาวเกาหลีเหนือ 8 คน เมื่อวันจันทร์",
         "TH", 8),
    ],
    ids=["en-un-letter", "en-protest", "en-reaction", "en-told-the-un-recently",
         "ko-un-letter", "zh-reaction", "ja-un-letter", "ru-concern", "ru-family-who-fled",
         "vi-rights-group", "th-rights-group"],
)  # fmt: skip
def test_an_incident_after_an_opening_on_the_reaction_is_an_alert(
    title: str, text: str, country: str, people: int
) -> None:
    v = verdict(title, text)
    assert v.tier is Tier.ALERT
    assert (v.facts.country, v.facts.people) == (country, people)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Семерых перебежчиков могут вернуть",
         "Семеро северокорейских перебежчиков, задержанных в Шэньяне, находятся под угрозой "
         "принудительной репатриации, заявил депутат парламента Южной Кореи."),
        ("Defectors arrested",
         "Seven North Korean defectors were arrested in Shenyang last week, a lawmaker in Seoul "
         "said."),
    ],
    ids=["ru", "en"],
)  # fmt: skip
def test_a_south_korean_lawmaker_telling_of_an_arrest_abroad_does_not_make_it_life_in_the_south(
    title: str, text: str
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, "CN", 7)


@pytest.mark.parametrize(
    "text",
    [
        "Members of parliament in Seoul urged Beijing on Thursday to free seven North Korean "
        "defectors detained in Tonghua.",
        "Lawmakers in Seoul said the seven North Korean defectors held in Tonghua could be sent "
        "back within days.",
        "韩国国会议员周四呼吁中方释放在通化被拘留的7名脱北者。",
        "Депутаты парламента Южной Кореи призвали Пекин освободить семерых северокорейских "
        "перебежчиков, задержанных в Тунхуа.",
    ],
    ids=["en-urged", "en-feared", "zh-urged", "ru-urged"],
)  # fmt: skip
def test_south_korean_lawmakers_pleading_for_people_held_abroad_report_their_arrest(
    text: str,
) -> None:
    v = verdict("", text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, "CN", 7)


def test_a_trial_in_the_south_of_a_defector_once_held_abroad_is_no_alert() -> None:
    text = (
        "Prosecutors in Seoul indicted a North Korean defector who had been detained in Tonghua, "
        "on charges of spying for Pyongyang."
    )
    assert verdict("", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Năm người Triều Tiên đã bị công an Trung Quốc bắt tại Đan Đông hôm thứ Hai.", "CN"),
        ("Năm người Triều Tiên bị cảnh sát Lào bắt khi đang tìm cách sang Thái Lan.", "LA"),
        ("Công an Trung Quốc bắt 5 người Triều Tiên ở Đan Đông hôm thứ Hai.", "CN"),
        ("Hai người tị nạn Triều Tiên đã bị cảnh sát Lào bắt.", "LA"),
        ("Ba người Triều Tiên bị nhà chức trách Thái Lan bắt vì nhập cảnh trái phép.", "TH"),
        ("Hai người đào tẩu Triều Tiên bị cảnh sát Lào bắt hồi tháng trước, một mục sư cho biết.",
         "LA"),
    ],
    ids=["vi-police-between-bi-and-bat", "vi-caught-while", "vi-police-as-subject",
         "vi-nothing-after-bat", "vi-arrested-for", "vi-arrested-back-in"],
)  # fmt: skip
def test_a_vietnamese_passive_with_the_police_inside_is_an_arrest(text: str, country: str) -> None:
    v = verdict("Người Triều Tiên", text)
    assert (v.tier, v.facts.status, v.facts.country) == (Tier.ALERT, Status.ARRESTED, country)


@pytest.mark.parametrize(
    ("text", "country", "people"),
    [
        ("Đồn biên phòng bắt giữ 6 người mang quốc tịch CHDCND Triều Tiên nhập cảnh trái phép tại "
         "Lạng Sơn.", "VN", 6),
        ("Ba thiếu niên Bắc Triều Tiên bị bắt ở Trường Bạch hôm thứ Sáu.", "CN", 3),
        ("Một người Bắc Triều Tiên bị bắt ở Hồn Xuân hôm thứ Sáu.", "CN", 1),
    ],
    ids=["chdcnd-nationals", "bac-trieu-tien-teenagers", "one-bac-trieu-tien"],
)  # fmt: skip
def test_vietnamese_people_of_the_north_under_its_other_names_are_the_people_of_an_arrest(
    text: str, country: str, people: int
) -> None:
    v = verdict("Người vượt biên", text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, country, people)


@pytest.mark.parametrize(
    ("text", "status", "country"),
    [
        ("Tám người Triều Tiên bị giam ở Lào sau khi bị bắt gần biên giới hôm thứ Hai.",
         Status.DETAINED, "LA"),
        ("Hai phụ nữ Triều Tiên bị đánh trước khi bị bắt giam ở Đồ Môn tuần trước.",
         Status.ARRESTED, "CN"),
    ],
    ids=["after-being-arrested", "before-being-arrested"],
)  # fmt: skip
def test_a_vietnamese_arrest_told_as_after_or_before_is_no_habit(
    text: str, status: Status, country: str
) -> None:
    v = verdict("Người Triều Tiên", text)
    assert (v.tier, v.facts.status, v.facts.country) == (Tier.ALERT, status, country)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("Задержаны подростки",
         "Китайская полиция в понедельник задержала в Даньдуне двух северокорейских подростков.",
         2),
        ("Беглец пойман",
         "Северокорейский беглец пойман китайскими пограничниками в Тумэне в среду.", 1),
        ("Беглянка задержана",
         "Беглянка из КНДР задержана полицией в Яньцзи на прошлой неделе.", 1),
        ("Беглец схвачен",
         "Беглец из КНДР схвачен китайскими пограничниками под Тумэнем в четверг.", 1),
    ],
    ids=["teenagers", "one-escapee-caught", "one-woman", "one-escapee-seized"],
)  # fmt: skip
def test_russian_escapees_teenagers_and_the_caught_are_the_people_of_an_arrest(
    title: str, text: str, people: int
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, "CN", people)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("Задержан беглый рабочий",
         "Беглый рабочий из КНДР задержан полицией в Благовещенске в понедельник.", 1),
        ("Задержаны рабочие",
         "Полиция Хабаровска в среду задержала четырех беглых рабочих из КНДР.", 4),
        # The flight told after the workers, in a participle.
        ("Задержаны в Благовещенске",
         "В Благовещенске задержаны трое северокорейских рабочих, скрывавшихся на стройке.", 3),
        ("Беглецы со стройки",
         "Полиция Уссурийска задержала двух рабочих из КНДР, самовольно покинувших объект.", 2),
        ("Рабочий скрывался",
         "Рабочего из КНДР, скрывавшегося у знакомых в Хабаровске, задержали полицейские.", 1),
    ],
    ids=["one-runaway-worker", "four-runaway-workers", "hiding-after", "left-the-site-after",
         "one-hiding-after"],
)  # fmt: skip
def test_russian_runaway_workers_from_the_north_are_escapees_not_workers_sent_home(
    title: str, text: str, people: int
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, "RU", people)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Северокорейский рабочий, задержанный в Хабаровске, передан северокорейской стороне.",
         Status.REPATRIATED),
        ("Полиция Томска задержала рабочего из КНДР с просроченной визой. Ему грозит выдворение.",
         Status.FACING_REPATRIATION),
    ],
    ids=["handed-over", "held-facing-expulsion"],
)  # fmt: skip
def test_one_russian_north_korean_worker_held_is_a_person(text: str, status: Status) -> None:
    v = verdict("Новости", text)
    assert (v.tier, v.facts.country, v.facts.people, v.facts.status) == (
        Tier.ALERT,
        "RU",
        1,
        status,
    )


# A worker who ran away from a job abroad, caught and sent home, beside workers sent home under
# sanctions, who fled nothing: the first is an alert, the second is not.
@pytest.mark.parametrize(
    "text",
    [
        "ロシア極東ウラジオストクで、派遣先の建設現場から逃げ出した北朝鮮の労働者の男性が"
        "移民当局に拘束された。",
        "ハバロフスクで、工場から脱走した北朝鮮労働者の女性が警察に拘束された。",
    ],
    ids=["ja-runaway-man", "ja-runaway-woman"],
)
def test_a_runaway_worker_named_as_a_man_or_a_woman_is_one_person(text: str) -> None:
    v = verdict("ニュース", text)
    assert (v.tier, v.facts.people, v.facts.country) == (Tier.ALERT, 1, "RU")


# Japanese names the people by the escape in more ways than 脱北者: 逃亡した (fled) for a worker,
# the escape as a noun (北朝鮮からの脱出者, 亡命者), the plain verb 逃げる.
@pytest.mark.parametrize(
    ("text", "country", "people"),
    [
        ("サハリンの水産加工場から逃亡した北朝鮮の労働者3人が、先週ロシア警察に拘束された。", "RU", 3),
        ("逃亡中の北朝鮮労働者2人が、ハバロフスクで移民当局に拘束された。", "RU", 2),
        ("北朝鮮からの脱出者4人が、雲南省昆明のホテルで公安に拘束された。", "CN", 4),
        ("北朝鮮からの亡命者2人が、ビエンチャンでラオス警察に拘束された。", "LA", 2),
        ("北朝鮮から逃げてきた女性3人が、延吉のアパートで公安に連行された。", "CN", 3),
    ],
    ids=["fled-worker", "worker-on-the-run", "escapees", "defectors", "ran-away"],
)  # fmt: skip
def test_japanese_names_escapees_by_the_escape_itself(
    text: str, country: str, people: int
) -> None:
    v = verdict("ニュース", text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, country, people)


# A former worker (元労働者) who fled is an escapee as a worker who fled is, and a headline's
# 脱北の names one as 脱北した does.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("ニュース", "ハバロフスクの工場から逃亡した北朝鮮の元労働者3人が、先週警察に拘束された。"),
        ("ハバロフスクで脱北の元労働者3人拘束", "3人は先週、市内のアパートで警察に拘束された。"),
    ],
    ids=["fled-former-worker", "headline-datsuhoku-no"],
)  # fmt: skip
def test_japanese_former_workers_who_fled_are_escapees(title: str, text: str) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, "RU", 3)


# Chinese names the North 北韓 in Taiwan and Hong Kong: its runaway workers, nationals and
# escapees are the people as the 朝鲜 forms are, and its workers sent home are the same trap.
@pytest.mark.parametrize(
    ("lang", "text", "country", "people"),
    [
        ("zh-Hant", "兩名從伐木場出逃的北韓勞工上週在哈巴羅夫斯克被俄羅斯警方逮捕。", "RU", 2),
        ("zh-Hant", "一名逃跑的北韓工人日前在海參崴被移民局拘留。", "RU", 1),
        ("zh-Hans", "三名出逃朝鲜劳工本周在萨哈林被俄罗斯警方抓获。", "RU", 3),
        ("zh-Hant", "寮國警方上週在琅南塔逮捕了6名北韓籍人士。", "LA", 6),
        ("zh-Hant", "4名北韓脫逃者上週在雲南被中國公安逮捕。", "CN", 4),
    ],
    ids=["fled-workers", "runaway-worker", "fled-workers-headline-form", "nationals", "escapees"],
)  # fmt: skip
def test_chinese_names_the_people_with_the_north_as_bei_han_too(
    lang: str, text: str, country: str, people: int
) -> None:
    v = classify(Document("r", "", text, lang, date=date(2024, 5, 20)))
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, country, people)


def test_north_korean_workers_sent_home_named_bei_han_give_the_incident_no_status() -> None:
    text = "3名北韓人上週在丹東被公安逮捕。消息人士說，中方近期將北韓工人陸續遣返。"
    v = classify(Document("r", "", text, "zh-Hant", date=date(2024, 5, 20)))
    assert (v.tier, v.facts.status) == (Tier.ALERT, Status.ARRESTED)


# Vietnamese counts workers (lao động, công nhân) and names a runaway by trốn khỏi as by bỏ
# trốn, with the North as Bắc Triều Tiên or Bắc Hàn too.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Hai lao động Triều Tiên trốn khỏi một xưởng đóng tàu ở Nakhodka đã bị cảnh sát Nga bắt "
         "hôm thứ Tư.", 2),
        ("Ba công nhân Bắc Hàn bỏ trốn đã bị cảnh sát Nga bắt giữ ở Vladivostok tuần trước.", 3),
        ("Một lao động Bắc Triều Tiên bỏ trốn đã bị cảnh sát Nga bắt ở Khabarovsk hôm thứ Hai.", 1),
    ],
    ids=["fled-from", "north-as-bac-han", "north-as-bac-trieu-tien"],
)  # fmt: skip
def test_vietnamese_runaway_workers_are_the_people_and_counted(text: str, people: int) -> None:
    v = classify(Document("r", "", text, "vi", date=date(2024, 5, 20)))
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, "RU", people)


def test_vietnamese_north_korean_workers_sent_home_named_bac_trieu_tien_are_no_incident() -> None:
    text = "Nga đã đưa 150 lao động Bắc Triều Tiên về nước trong tháng này."
    assert classify(Document("r", "", text, "vi", date=date(2024, 5, 20))).tier != Tier.ALERT


RUNAWAYS = [
    ("en", "Two North Korean workers who fled a shipyard in Nakhodka were caught by police and "
           "forcibly sent home last week.",
     "Russia sent two hundred North Korean workers home last week to comply with UN sanctions."),
    ("ko", "블라디보스토크 조선소에서 도주한 북한 노동자 2명이 경찰에 붙잡혀 북한으로 강제 송환됐다.",
     "러시아가 유엔 대북 제재에 따라 북한 노동자 200명을 북한으로 돌려보냈다."),
    ("zh", "两名从纳霍德卡船厂逃跑的朝鲜工人被警方抓获，随后被强制遣返回朝鲜。",
     "俄罗斯根据联合国制裁决议，将200名朝鲜工人遣返回朝鲜。"),
    ("ja", "ナホトカの造船所から逃走した北朝鮮の労働者2人が警察に拘束され、北朝鮮に強制送還された。",
     "ロシアは国連制裁に従い、北朝鮮労働者200人を北朝鮮に送還した。"),
    ("ru", "Беглого северокорейского рабочего задержали в Находке и принудительно отправили "
           "на родину.",
     "Северокорейских рабочих отправили на родину из-за санкций ООН."),
    ("th", "แรงงานเกาหลีเหนือที่หลบหนีจากอู่ต่อเรือในวลาดิวอสต็อก 2 คนถูกตำรวจจับกุมและถูกส่งตัวกลับเกาหลีเหนือ",
     "รัสเซียส่งแรงงานเกาหลีเหนือ 200 คนกลับเกาหลีเหนือตามมาตรการคว่ำบาตร"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "fled", "sanctions"), RUNAWAYS, ids=[r[0] for r in RUNAWAYS])
def test_a_runaway_worker_caught_and_sent_home_is_an_alert_unlike_workers_sent_home(
    lang: str, fled: str, sanctions: str
) -> None:
    caught = classify(Document("r", "", fled, lang, date=date(2024, 5, 20)))
    sent = classify(Document("r", "", sanctions, lang, date=date(2024, 5, 20)))
    assert (caught.tier, caught.facts.status) == (Tier.ALERT, Status.REPATRIATED)
    assert sent.tier != Tier.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "两名逃离建筑工地的朝鲜劳工上周在海参崴被俄罗斯警方逮捕。",
        "兩名逃離工廠的北韓勞工上週在海參崴被俄羅斯警方逮捕。",
    ],
    ids=["simplified", "traditional"],
)  # fmt: skip
def test_chinese_workers_who_ran_away_from_a_named_site_are_the_people(text: str) -> None:
    v = classify(Document("r", "", text, "zh", date=date(2024, 5, 20)))
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, "RU", 2)


def test_chinese_workers_of_another_country_who_ran_away_are_no_incident() -> None:
    text = "三名逃离工地的中国工人上周在莫斯科被警方拘留。"
    assert classify(Document("r", "", text, "zh", date=date(2024, 5, 20))).tier is not Tier.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "Сотрудники ФСБ задержали на прошлой неделе троих граждан КНДР, сбежавших со стройки.",
        "Троих граждан КНДР, задержанных на прошлой неделе, поместили в спецприемник.",
    ],
    ids=["fsb", "special-detention-centre"],
)
def test_russias_own_services_and_detention_centres_place_an_arrest_in_russia(text: str) -> None:
    v = verdict("", text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, "RU", 3)


@pytest.mark.parametrize(
    ("text", "people", "status"),
    [
        ("Two North Korean teenagers were arrested in Shenyang last week, their mother said.", 2,
         Status.ARRESTED),
        ("Three North Korean students have been held in Tumen for a month, a church group said.",
         3, Status.DETAINED),
        ("A North Korean girl was detained in Yanji on Sunday, her aunt in Seoul said.", 1,
         Status.DETAINED),
        ("Four North Korean women were taken away by Chinese police during a raid in Yanbian, "
         "a pastor said.", 4, Status.ARRESTED),
        ("Chinese police raided a flat in Yanbian and took four North Korean women away, a "
         "pastor said.", 4, Status.ARRESTED),
        ("Three North Korean Christians were detained in Yanji last week, their church said.", 3,
         Status.DETAINED),
        ("Police in Dandong arrested five North Korean converts at a prayer meeting on Friday.",
         5, Status.ARRESTED),
        ("Two Christians from North Korea have been held in Tumen since Monday.", 2,
         Status.DETAINED),
        ("Five North Korean women were taken off a bus in Jinghong by border police on Friday, "
         "a broker said.", 5, Status.ARRESTED),
        ("Railway police took two North Korean teenagers off a train in Kunming on Monday.", 2,
         Status.ARRESTED),
    ],
    ids=["teenagers", "students", "girl", "taken-away", "took-away",
         "christians", "converts", "christians-from", "taken-off-a-bus", "took-off-a-train"],
)  # fmt: skip
def test_people_of_the_north_named_by_who_they_are_are_the_people_of_an_arrest(
    text: str, people: int, status: Status
) -> None:
    v = verdict("", text)
    assert (v.tier, v.facts.people, v.facts.status) == (Tier.ALERT, people, status)


@pytest.mark.parametrize(
    ("text", "country", "people"),
    [
        ("Полиция Хабаровска задержала двух гражданок КНДР, бежавших из ресторана.", "RU", 2),
        ("一名脱北女子上周在延吉被公安带走，目前下落不明。", "CN", 1),
        ("先週、北朝鮮から脱出した女性が瀋陽で公安当局に拘束された。", "CN", 1),
        ("Một người phụ nữ Triều Tiên bị bắt ở Côn Minh đã bị đưa về nước hồi tháng trước.", "CN",
         1),
    ],
    ids=["ru-women-citizens", "zh-one-woman-who-fled", "ja-one-woman-who-escaped",
         "vi-one-woman"],
)  # fmt: skip
def test_one_person_or_women_named_by_how_each_language_says_it_are_the_people(
    text: str, country: str, people: int
) -> None:
    v = verdict("", text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, country, people)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Полиция задержала во Владивостоке трех жителей КНДР, скрывавшихся от властей.", 3),
        ("В Уссурийске задержаны пятеро нелегальных мигрантов из КНДР, они ждут суда.", 5),
        ("Северокорейского студента задержали в Казани в пятницу, сообщил его друг.", 1),
        ("В Находке задержана жительница КНДР, у которой истек срок визы.", 1),
        ("Гражданин Северной Кореи задержан в Артеме после побега со стройки в Находке.", 1),
    ],
    ids=["residents", "illegal-migrants", "student", "one-resident", "one-citizen-nominative"],
)  # fmt: skip
def test_russian_police_desk_names_for_people_of_the_north_are_the_people_of_an_arrest(
    text: str, people: int
) -> None:
    v = verdict("", text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, "RU", people)


@pytest.mark.parametrize(
    ("text", "people", "status"),
    [
        ("Суд во Владивостоке оштрафовал гражданина Корейской Народно-Демократической Республики "
         "и постановил выдворить его.", 1, Status.FACING_REPATRIATION),
        ("В Хабаровске полиция задержала северокорейскую гражданку, сбежавшую из ресторана.", 1,
         Status.ARRESTED),
        ("Северокорейский гражданин задержан в Артеме после побега со стройки.", 1,
         Status.ARRESTED),
        ("В Артеме задержаны двое мужчин, оказавшихся уроженцами КНДР.", 2, Status.ARRESTED),
        ("В Находке задержали двух жительниц КНДР без документов.", 2, Status.ARRESTED),
        ("Беглую северокорейку задержали в Уссурийске в пятницу.", 1, Status.ARRESTED),
        ("Двух северокорейских перебежчиц задержали в Хабаровске.", 2, Status.ARRESTED),
        ("В Амурской области полиция задержала северокорейского лесоруба, ушедшего с делянки.", 1,
         Status.ARRESTED),
        ("Пограничники задержали в Приморье нарушителя госграницы, пришедшего со стороны КНДР.",
         None, Status.ARRESTED),
        ("Северокорейской семье из трех человек во Владивостоке грозит выдворение.", 3,
         Status.FACING_REPATRIATION),
        ("Гражданин КНДР сбежал со стройки. Мужчина полгода жил у знакомых в Хабаровске. Ему "
         "грозит выдворение.", 1, Status.FACING_REPATRIATION),
    ],
    ids=["full-name", "adjective-woman", "adjective-man", "natives", "women-residents",
         "colloquial-woman", "women-defectors", "logger", "border-violator", "family-dative", "the-man-then-him"],
)  # fmt: skip
def test_russian_names_for_the_people_in_every_case_are_the_people_of_an_incident(
    text: str, people: int | None, status: Status
) -> None:
    v = verdict("", text)
    assert (v.tier, v.facts.country, v.facts.people, v.facts.status) == (
        Tier.ALERT, "RU", people, status,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Двое сбежавших северокорейских рабочих задержаны полицией в Уссурийске в пятницу.", 2),
        ("Сбежавший северокорейский дипломат задержан в аэропорту Владивостока в понедельник.",
         1),
        ("Беглого северокорейского моряка задержали в порту Находки в среду.", 1),
        ("Полиция Уссурийска задержала перебежчика из Северной Кореи, скрывавшегося у знакомых.", 1),
        ("В Хабаровске задержана беженка из Северной Кореи, жившая без документов.", 1),
        ("Семья из четырех человек из Северной Кореи задержана во Владивостоке в четверг.", 4),
    ],
    ids=["fled-workers", "fled-diplomat", "runaway-sailor", "defector-from-the-north",
         "refugee-woman", "family-size-between"],
)  # fmt: skip
def test_russian_people_who_fled_the_north_in_every_form_are_the_people_of_an_arrest(
    text: str, people: int
) -> None:
    v = verdict("", text)
    assert (v.tier, v.facts.country, v.facts.people, v.facts.status) == (
        Tier.ALERT, "RU", people, Status.ARRESTED,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Во Владивостоке задержаны трое мужчин и две женщины из Северной Кореи.", 5),
        ("Северокорейская мать и ее дочь задержаны пограничниками в Хасанском районе.", 2),
        ("Супружеская пара из КНДР задержана в Уссурийске в субботу.", 2),
        ("Полиция Находки задержала девушку из КНДР, скрывавшуюся у знакомых.", 1),
    ],
    ids=["men-and-women", "mother-and-daughter", "married-couple", "girl-hiding"],
)
def test_russian_men_women_mothers_and_couples_from_the_north_are_the_people_of_an_arrest(
    text: str, people: int
) -> None:
    v = verdict("", text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, "RU", people)


@pytest.mark.parametrize(
    "text",
    [
        "Группа детей из КНДР отдыхает в детском центре «Океан» во Владивостоке.",
        "Супружеская пара из КНДР выступила на концерте в Хабаровске.",
    ],
    ids=["children-at-a-camp", "couple-at-a-concert"],
)
def test_russian_people_from_the_north_at_a_camp_or_a_concert_are_no_incident(text: str) -> None:
    assert verdict("", text).tier is Tier.IGNORE


def test_russian_people_from_the_north_counted_as_a_workforce_are_no_incident() -> None:
    text = (
        "Около десяти тысяч человек из КНДР работают на стройках России, несмотря на санкции; "
        "часть из них отправили на родину."
    )
    assert verdict("Рабочие из КНДР", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Пограничники Приморья подвели итоги года",
         "За 2025 год пограничники Приморья задержали 61 нарушителя границы, из них 14 граждан "
         "КНДР."),
        ("", "Суд в Москве арестовал гражданина Республики Корея, который помогал беглецам из "
         "КНДР."),
        ("", "В Яньцзи арестован южнокорейский пастор, помогавший северокорейцам."),
    ],
    ids=["year-summary", "south-korean-citizen-helper", "pastor-who-helped"],
)  # fmt: skip
def test_a_russian_year_summary_or_a_helper_held_is_no_incident(title: str, text: str) -> None:
    assert verdict(title, text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "tier"),
    [
        ("МВД: за первое полугодие из России выдворены 12 граждан КНДР",
         "За первое полугодие из России выдворены 12 граждан КНДР, сообщили в ведомстве.",
         Tier.RELATED),
        # The period told after an arrest of its own, as background: the arrest stands.
        ("Во Владивостоке задержаны двое беглецов из КНДР",
         "Во Владивостоке задержаны двое беглецов из КНДР. Всего за девять месяцев в крае "
         "задержаны 14 граждан КНДР.", Tier.ALERT),
    ],
    ids=["half-year-figure", "nine-months-as-background"],
)  # fmt: skip
def test_a_russian_figure_over_a_reporting_period_is_a_statistic(
    title: str, text: str, tier: Tier
) -> None:
    assert verdict(title, text).tier is tier


def test_residents_of_the_north_caught_at_the_border_are_the_people_in_chinese() -> None:
    v = verdict("", "两名朝鲜居民越境进入中国后，在和龙被边防部门抓获。")
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, "CN", 2)


def test_migrants_from_elsewhere_expelled_from_russia_are_still_no_incident() -> None:
    v = verdict("", "Из Хабаровска выдворены 25 нелегальных мигрантов из Узбекистана.")
    assert v.tier is not Tier.ALERT


def test_taking_away_things_is_no_arrest() -> None:
    assert verdict("", "Police took away the phones of five North Korean workers at a seafood "
                       "plant in Dandong.").tier is Tier.IGNORE  # fmt: skip


def test_students_of_the_north_winning_a_prize_is_no_incident() -> None:
    assert verdict("", "Two North Korean students won a maths medal in Shanghai.").tier is (
        Tier.IGNORE
    )


@pytest.mark.parametrize(
    "place",
    ["В Подмосковье", "В Московской области", "В Хабаровском крае", "Во Владивостоке",
     "На Сахалине", "В аэропорту Шереметьево", "В московском аэропорту", "В Приамурье",
     "Под Тындой", "В Чегдомыне"],
)  # fmt: skip
def test_russian_places_in_their_case_forms_place_an_arrest_in_russia(place: str) -> None:
    text = f"{place} полиция задержала двух граждан КНДР, сбежавших со стройки."
    v = verdict("Задержаны двое", text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, "RU", 2)


@pytest.mark.parametrize(
    "text",
    [
        "지난주 허룽에서 탈북민 4명이 중국 공안에 끌려갔다고 가족이 전했다.",
        "지난주 허룽에서 탈북민 4명이 중국 경찰에 잡혀갔다.",
        "先週、和龍で脱北者4人が中国当局に身柄を押さえられた。",
        "上周，4名脱北者在和龙落入中国警方手中。",
        "上週，4名脫北者在和龍落入中國公安手中。",
    ],
    ids=["ko-dragged-off", "ko-taken-away", "ja-seized", "zh-fell-into-hands", "zh-hant"],
)
def test_people_taken_away_by_the_police_in_china_are_an_arrest(text: str) -> None:
    found = verdict("", text)
    assert (found.alert, found.facts.country, found.facts.people) == (True, "CN", 4)


def test_vietnamese_began_a_new_life_is_no_arrest() -> None:
    v = verdict("Người Triều Tiên", "Năm người Triều Tiên đã bắt đầu cuộc sống mới tại Seoul.")
    assert v.tier is Tier.IGNORE


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Пекин выдал КНДР перебежчиков",
         "Пекин выдал КНДР семерых перебежчиков, задержанных в Шэньяне в марте."),
        ("Trung Quốc trả người về",
         "Công an Trung Quốc đã trả về Triều Tiên 5 người đào tẩu bị bắt tại Đan Đông."),
    ],
    ids=["ru", "vi"],
)  # fmt: skip
def test_a_return_that_names_the_north_makes_plain_defectors_north_korean(
    title: str, text: str
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.status) == (Tier.ALERT, Status.REPATRIATED)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("脱北者向联合国求助",
         "一名住在首尔的脱北者周一向联合国求助。她说，她的母亲和妹妹本月初在延吉被中国警方抓获。"),
        ("脫北者向聯合國求助",
         "一名住在首爾的脫北者週一向聯合國求助。她表示，她的母親和妹妹本月初在延吉被中國警方抓獲。"),
        ("Người đào tẩu cầu cứu Liên Hợp Quốc",
         "Một người đào tẩu Triều Tiên sống ở Seoul đã cầu cứu Liên Hợp Quốc. Cô cho biết mẹ và em "
         "gái của cô đã bị công an Trung Quốc bắt ở Diên Cát đầu tháng này."),
    ],
    ids=["zh-Hans", "zh-Hant", "vi"],
)  # fmt: skip
def test_relatives_an_escapee_tells_of_right_after_naming_her_are_the_people_arrested(
    title: str, text: str
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.country) == (Tier.ALERT, "CN")


def test_an_escapee_telling_of_her_mother_without_any_arrest_is_no_alert() -> None:
    v = verdict(
        "脱北者讲述经历", "一名脱北者周一在首尔讲述了自己的经历。她说，她的母亲多年前在朝鲜去世。"
    )
    assert v.tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Report: 400 forcibly returned in 2025",
         "At least 400 North Koreans were forcibly returned from China in 2025, according to a "
         "report by a Seoul-based group."),
        ("Ministry gives last year's figure",
         "More than 500 North Koreans were sent back from China last year, the ministry said "
         "on Monday."),
        ("Group counts returns",
         "At least 300 North Korean escapees were forcibly repatriated from China in 2025, "
         "according to a report released on Wednesday by a rights group."),
        ("상반기 통계",
         "올해 상반기 중국에서 강제북송된 탈북민은 모두 150명으로 집계됐다고 통일부가 밝혔다."),
        ("去年遣返人数", "据统计，2025年中国共遣返脱北者约500人。"),
        ("Итоги года",
         "В 2024 году из России были депортированы более 200 граждан КНДР, сообщило ведомство."),
        # The period set off by a comma before the figure's clause still dates the figure.
        ("人権団体の報告", "韓国の人権団体によると、中国は昨年、脱北者約600人を北朝鮮に強制送還した。"),
        ("人权团体报告", "据韩国人权团体称，去年，中国将约600名脱北者强制遣返回朝鲜。"),
    ],
    ids=["en-yearly", "en-yearly-told-on-monday", "en-yearly-report-released-on-a-weekday",
         "ko-half-year", "zh-yearly", "ru-yearly", "ja-last-year-comma", "zh-last-year-comma"],
)  # fmt: skip
def test_a_yearly_or_cumulative_figure_is_a_statistic_not_an_incident(
    title: str, text: str
) -> None:
    assert verdict(title, text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh-Hans", "人权团体呼吁中国释放本月初在图们被捕的3名朝鲜妇女。"),
        ("zh-Hans", "韩国政府要求中方释放上周在延吉被抓的两名脱北者。"),
        ("zh-Hant", "南韓外交部敦促中國釋放日前在瀋陽被捕的4名北韓脫北者。"),
    ],
    ids=["zh-urged", "zh-demanded", "zh-hant-pressed"],
)
def test_a_chinese_demand_to_free_people_presupposes_their_arrest(lang: str, text: str) -> None:
    v = classify(Document("r", "", text, lang, date=ON))
    assert (v.tier, v.facts.status) == (Tier.ALERT, Status.ARRESTED)


SAME_PERIOD = [
    ("en", "The ministry counted 140 arrivals in the first half of this year. Over the same period, "
           "more than 300 North Koreans were sent back by China, an NGO estimated."),
    ("ko", "올해 상반기 입국한 탈북민은 140명이다. 같은 기간 중국에서 강제북송된 탈북민은 300명이 넘는다."),
    ("ja", "今年上半期に韓国入りした脱北者は140人だった。同じ期間に中国から強制送還された脱北者は300人を超える。"),
    ("ru", "В первом полугодии в Южную Корею прибыли 140 перебежчиков. За тот же период Китай "
           "принудительно вернул в КНДР более 300 северокорейцев."),
    ("zh-Hans", "今年上半年抵达韩国的脱北者为140人。同期遭中国强制遣返的朝鲜人超过60人。"),
    ("zh-Hant", "今年上半年抵達南韓的脫北者為140人。同一時期遭中國強制遣返的北韓人超過60人。"),
    ("vi", "Nửa đầu năm nay có 140 người đào tẩu tới Hàn Quốc. Cùng kỳ, hơn 60 người Triều Tiên bị "
           "Trung Quốc cưỡng chế hồi hương."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), SAME_PERIOD, ids=[r[0] for r in SAME_PERIOD])
def test_a_figure_over_the_same_period_as_a_yearly_one_is_a_statistic(
    lang: str, text: str
) -> None:
    v = classify(Document("r", "", text, lang, date=ON))
    assert v.tier is not Tier.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "A Seoul rights group said on Monday that at least 600 North Korean defectors were "
        "forcibly returned from China in 2025.",
        "В понедельник правозащитники сообщили, что в 2025 году Китай принудительно вернул в КНДР "
        "не менее 400 беглецов.",
        "韩国人权团体19日发布报告说，2025年至少有500名脱北者被中国强制遣返回朝鲜。",
        "韓国の人権団体は19日、2025年に中国から北朝鮮へ強制送還された脱北者が少なくとも600人に上る"
        "との報告書を発表した。",
    ],
    ids=["en-said-on-monday", "ru-speaker-between-day-and-verb", "zh-day-of-the-report",
         "ja-day-of-the-report"],
)  # fmt: skip
def test_the_day_a_yearly_figure_was_told_on_does_not_make_it_an_incident(text: str) -> None:
    assert verdict("", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("China sends hundreds of defectors back",
         "China forcibly repatriated hundreds of North Korean defectors held in its detention "
         "centres last week, rights groups said on Monday."),
        ("Китай выслал сотни перебежчиков",
         "На прошлой неделе Китай принудительно вернул в КНДР сотни перебежчиков, содержавшихся "
         "в центрах заключения, сообщили правозащитники."),
        ("Trung Quốc đưa người Triều Tiên về nước",
         "Các nhóm nhân quyền cho biết Trung Quốc hôm thứ Hai đã đưa hơn 500 người Triều Tiên về "
         "nước."),
    ],
    ids=["en-hundreds-last-week", "ru-hundreds-last-week", "vi-more-than-500-on-monday"],
)  # fmt: skip
def test_a_mass_return_told_of_a_recent_day_is_an_incident_without_a_head_count(
    title: str, text: str
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.status, v.facts.country) == (Tier.ALERT, Status.REPATRIATED, "CN")


@pytest.mark.parametrize(
    "text",
    [
        "（中央社首爾5日綜合外電報導）一個國際人權組織在報告中說，去年至少有300名北韓人被中國強制遣返。",
        "（新华社日内瓦5日电）联合国一份报告说，去年至少有300名朝鲜人被中国强制遣返。",
        "GENEVA, Dec 5 (Reuters) - At least 300 North Koreans were forcibly returned by China last "
        "year, a UN report said.",
    ],
    ids=["zh-hant-cna-dateline", "zh-hans-agency-dateline", "en-wire-dateline"],
)  # fmt: skip
def test_the_day_in_a_datelines_filing_does_not_make_a_yearly_figure_an_incident(
    text: str,
) -> None:
    assert verdict("", text).tier is not Tier.ALERT


def test_a_yearly_return_figure_in_a_report_out_last_week_is_still_a_statistic() -> None:
    text = "중국이 지난해 탈북민 2천여 명을 강제북송했다는 보고서가 지난주 발표됐다."
    assert verdict("작년 탈북민 강제북송 2천명", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Report tallies returns",
         "A report released on Thursday by a Seoul-based group found that China sent back at "
         "least 120 North Korean escapees in 2025."),
        ("Group tallies returns",
         "China sent at least 45 North Korean escapees back across the border in the first nine "
         "months of the year, the group found."),
    ],
    ids=["en-day-the-report-came-out", "en-first-months-of-the-year"],
)  # fmt: skip
def test_a_return_figure_over_months_in_a_report_out_on_a_day_is_a_statistic(
    title: str, text: str
) -> None:
    assert verdict(title, text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("탈북민 3명 체포",
         "2023년 탈북한 30대 여성 등 탈북민 3명이 지난 13일 중국 선양에서 공안에 체포됐다.", 3),
        ("Arrests in Kunming",
         "KUNMING, 2024: police said on Monday, at least 12 North Korean defectors were arrested "
         "in Kunming.", None),
    ],
    ids=["ko-year-they-fled-and-the-day-of-arrest", "en-year-in-the-dateline"],
)  # fmt: skip
def test_only_the_year_and_day_in_the_figures_own_clause_decide_a_statistic(
    title: str, text: str, people: int | None
) -> None:
    v = verdict(title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.people == people


def test_a_recent_day_in_the_figures_own_clause_keeps_a_large_arrest_an_incident() -> None:
    v = verdict(
        "Mass arrest in Jilin",
        "Chinese police arrested more than 100 North Korean defectors in Jilin last week, the "
        "largest roundup this year, activists said.",
    )
    assert v.tier is Tier.ALERT
    assert v.facts.status is Status.ARRESTED


def test_a_trap_word_spelled_inside_a_verb_does_not_hide_an_arrest() -> None:
    v = verdict(
        "탈북민 7명 체포",
        "국내 입국 탈북민이 3만 4천 명을 넘어선 가운데 중국 선양에서 지난 13일 탈북민 7명이 "
        "공안에 체포됐다.",
    )
    assert v.tier is Tier.ALERT
    assert (v.facts.people, v.facts.status) == (7, Status.ARRESTED)


@pytest.mark.parametrize(
    ("title", "text", "tier"),
    [
        ("하노이 탈북민 수감 두 달째", "하노이 이민국 수용소에 탈북민 4명이 두 달째 수감돼 있다.",
         Tier.ALERT),
        ("탈북자 수용소 생활", "태국 이민국 수용소에 억류된 탈북자 4명이 석방을 기다리고 있다.",
         Tier.ALERT),
        ("올해 입국 탈북민 줄어", "올해 한국에 들어온 탈북민 수는 지난해보다 줄었다.", Tier.RELATED),
    ],
    ids=["held", "held-in-a-centre", "the-number"],
)  # fmt: skip
def test_the_number_of_defectors_is_a_statistic_only_with_its_particle(
    title: str, text: str, tier: Tier
) -> None:
    assert verdict(title, text).tier is tier


def test_a_testimony_without_a_recent_day_is_still_an_old_story() -> None:
    v = verdict(
        "A defector's testimony",
        "A North Korean defector testified that Chinese police arrested her in Yanji and "
        "sent her back.",
    )
    assert v.tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "tier"),
    [
        ("Defector recalls arrest at Seoul seminar",
         "At a seminar in Seoul on Tuesday, a North Korean defector described being caught by "
         "Chinese police in Tumen and handed back to North Korea.", Tier.RELATED),
        # Guard: the incident told with its own recent day is news whatever the lead says.
        ("Defector recalls arrest at Seoul seminar",
         "At a seminar in Seoul, a North Korean defector said Chinese police caught her sister "
         "in Tumen on Tuesday.", Tier.ALERT),
    ],
    ids=["seminar-day", "incident-day-guard"],
)  # fmt: skip
def test_the_day_a_testimony_was_given_does_not_make_it_news(
    title: str, text: str, tier: Tier
) -> None:
    assert verdict(title, text).tier is tier


def test_a_forced_return_by_south_korea_is_an_incident_there() -> None:
    v = verdict(
        "Two North Koreans deported",
        "South Korea deported two North Korean fishermen accused of murder to the North via "
        "Panmunjom on Thursday, the unification ministry said.",
    )
    assert v.tier is Tier.ALERT
    assert (v.facts.country, v.facts.people, v.facts.status) == ("KR", 2, Status.REPATRIATED)


def test_fishermen_who_asked_to_go_home_are_still_not_an_incident() -> None:
    v = verdict(
        "Fishermen sent home",
        "South Korea sent two North Korean fishermen rescued at sea back to the North via "
        "Panmunjom on Thursday at their own wish, the unification ministry said.",
    )
    assert v.tier is Tier.IGNORE


def test_a_documentary_in_the_headline_does_not_hide_an_arrest_dated_to_now() -> None:
    text = (
        "A documentary about North Korean defectors opened in Seoul on Friday. On Monday, Chinese "
        "police arrested five North Korean defectors in Shenyang, activists said."
    )
    title = "Documentary on defectors opens as five are arrested in China"
    v = verdict(title, text)
    assert v.tier is Tier.ALERT
    assert not [r for r in v.reasons if r.rule.startswith("demote:")]


def test_a_documentary_in_the_headline_makes_an_undated_arrest_background_and_says_so() -> None:
    text = (
        "A documentary about North Korean defectors opened in Seoul on Friday. It follows five "
        "North Korean defectors arrested by Chinese police in Shenyang."
    )
    v = verdict("Documentary on defectors opens in Seoul", text)
    assert v.tier is Tier.RELATED
    assert [r.term for r in v.reasons if r.rule.startswith("demote:")] == ["Documentary"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Seoul sends back two defecting fishermen",
            "South Korea forcibly repatriated two North Korean fishermen who had expressed a wish to "
            "defect, the unification ministry confirmed on Monday.",
        ),
        (
            "귀순 어민 2명 강제북송",
            "한국 정부가 지난 13일 귀순 의사를 밝힌 탈북 어민 2명을 판문점을 통해 북한으로 강제북송했다고 "
            "통일부가 밝혔다.",
        ),
        ("韩国遣返两名脱北渔民", "韩国统一部周一表示，韩国政府上周将两名脱北渔民强制遣返朝鲜。"),
    ],
    ids=["en", "ko", "zh"],
)
def test_south_korea_forcibly_returning_defectors_is_an_incident_held_in_south_korea(
    title: str, text: str
) -> None:
    v = verdict(title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == "KR"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Rescued fishermen go home",
            "South Korea repatriated three North Korean fishermen rescued at sea on Monday after "
            "they said they wanted to go home.",
        ),
        (
            "구조된 북한 어민 송환",
            "정부는 지난 13일 동해에서 구조된 북한 어민 3명을 본인들의 귀환 의사에 따라 판문점을 통해 "
            "북한으로 돌려보냈다.",
        ),
    ],
    ids=["en", "ko"],
)
def test_fishermen_who_asked_to_go_home_are_no_incident(title: str, text: str) -> None:
    assert verdict(title, text).tier is not Tier.ALERT


# How such people are usually caught, and the same words telling of one arrest.
HABITS = [
    ("中国での拘束",
     "丹東の脱北者たちは、バスの検問で中国公安に拘束されるケースがある。",
     "丹東の脱北者たちは、バスの検問で中国公安に拘束された。"),
    ("중국에서의 체포",
     "단둥의 탈북민들은 버스 검문소에서 중국 공안에 붙잡히는 경우도 있다.",
     "단둥의 탈북민들은 버스 검문소에서 중국 공안에 붙잡혔다."),
    ("在中国被捕",
     "丹东的脱北者经常在公交检查站被中国公安逮捕。",
     "丹东的脱北者在公交检查站被中国公安逮捕。"),
    ("Bị bắt ở Trung Quốc",
     "Người tị nạn Triều Tiên ở Đan Đông thường xuyên bị công an Trung Quốc bắt giữ tại các "
     "trạm kiểm soát.",
     "Người tị nạn Triều Tiên ở Đan Đông bị công an Trung Quốc bắt giữ tại trạm kiểm soát."),
    ("ถูกจับในจีน",
     "ผู้ลี้ภัยชาวเกาหลีเหนือในเมืองตานตงมักจะถูกตำรวจจีนจับกุมที่ด่านตรวจ",
     "ผู้ลี้ภัยชาวเกาหลีเหนือในเมืองตานตงถูกตำรวจจีนจับกุมที่ด่านตรวจ"),
    ("Задержания в Китае",
     "Северокорейских беженцев в Даньдуне часто задержала китайская полиция на постах.",
     "Северокорейских беженцев в Даньдуне задержала китайская полиция на посту."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("title", "habit", "event"), HABITS, ids=["ja", "ko", "zh", "vi", "th", "ru"]
)
def test_what_usually_happens_to_such_people_is_background_not_an_incident(
    title: str, habit: str, event: str
) -> None:
    background = verdict(title, habit)
    assert background.tier is Tier.RELATED
    assert any(r.rule == "generic" for r in background.reasons)
    assert verdict(title, event).tier is Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Moved to the border",
         "Three North Korean defectors arrested in Shenyang have been moved to a border detention "
         "centre in Tumen, a step that usually comes before repatriation."),
        ("脱北者被转移", "在沈阳被捕的3名脱北者已被转移到图们边防拘留所，这通常是遣返前的最后一步。"),
        ("탈북민 이송",
         "선양에서 체포된 탈북민 3명이 투먼 변방구류소로 이송됐는데, 이는 보통 북송 직전의 절차다."),
    ],
    ids=["en", "zh", "ko"],
)  # fmt: skip
def test_a_habit_told_in_a_clause_of_its_own_leaves_the_incident_an_alert(
    title: str, text: str
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.people, v.facts.country) == (Tier.ALERT, 3, "CN")
    assert v.facts.status is not Status.REPATRIATED


@pytest.mark.parametrize(
    "text",
    [
        "Each year 40 North Koreans are caught near Yanji and handed back to the North.",
        "Every year, dozens of North Korean escapees are stopped at the border in Dandong and "
        "sent back across the river.",
    ],
    ids=["figure", "dozens"],
)
def test_a_habit_opening_the_sentence_governs_the_clauses_joined_to_it(text: str) -> None:
    background = verdict("Explainer", text)
    assert background.tier is Tier.RELATED
    assert any(r.rule == "generic" for r in background.reasons)


def test_an_incident_after_a_habit_in_a_clause_of_its_own_is_still_news() -> None:
    text = (
        "Every year, many North Koreans try to cross the river, but last week police in Yanji "
        "arrested six North Korean defectors at a safe house."
    )
    v = verdict("Raid in Yanji", text)
    assert (v.tier, v.facts.status, v.facts.people) == (Tier.ALERT, Status.ARRESTED, 6)


@pytest.mark.parametrize(
    "text",
    [
        "逮捕された脱北者の数が30人ほどになると、丹東の公安はトラックで国境に送る。",
        "단둥 공안은 체포된 탈북자 수가 30명쯤 되면 트럭으로 국경에 보낸다.",
    ],
    ids=["ja", "ko"],
)
def test_the_number_of_people_caught_is_a_statistic_not_a_head_count(text: str) -> None:
    assert verdict("Explainer", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Seven arrested in Shenyang",
         "Chinese police raided a house in Shenyang last week and arrested seven people. All of "
         "them are North Korean defectors."),
        ("선양서 7명 체포",
         "중국 공안이 지난 13일 선양의 한 주택을 급습해 일곱 명을 체포했다. 이들은 모두 탈북민이다."),
        ("瀋陽で7人拘束",
         "中国公安は先週、瀋陽の民家を捜索し、7人を拘束した。7人はいずれも脱北者だという。"),
        ("В Шэньяне задержаны семь человек",
         "Китайская полиция на прошлой неделе задержала в Шэньяне семь человек. Все они беженцы из "
         "КНДР."),
        ("瀋陽で七人拘束",
         "中国公安は先週、瀋陽の民家を捜索し、七人を拘束した。七人はいずれも脱北者だという。"),
        ("沈阳七人被捕", "中国警方上周在沈阳搜查一处民宅，逮捕了七人。他们均为脱北者。"),
        ("瀋陽七人被捕", "中國警方上週在瀋陽搜查一處民宅，逮捕了七人。他們都是脫北者。"),
    ],
    ids=["en", "ko", "ja", "ru", "ja-kanji-numeral", "zh-Hans-numeral", "zh-Hant-numeral"],
)  # fmt: skip
def test_people_counted_first_and_named_in_the_next_sentence_are_an_incident(
    title: str, text: str
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.people) == (Tier.ALERT, 7)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("투먼서 여성 2명 체포",
         "투먼 변방대가 지난 2일 강가 마을에서 여성 2명을 붙잡았다. 이들은 북한 주민으로 "
         "확인됐다.", 2),
        ("훈춘서 50대 여성 연행",
         "훈춘 공안이 지난주 시장 골목에서 50대 여성을 연행했다. 이 여성은 탈북민인 것으로 "
         "전해졌다.", 1),
    ],
    ids=["ko-they-are", "ko-this-woman-is"],
)  # fmt: skip
def test_people_told_who_they_are_after_the_event_without_all_are_an_incident(
    title: str, text: str, people: int
) -> None:
    """이들은 북한 주민으로 확인됐다, 이 여성은 탈북민인 것으로: "they" or "this woman" and what
    they are, in the sentence right after the event that counted them (no 모두 needed)."""
    v = verdict(title, text)
    assert (v.tier, v.facts.people) == (Tier.ALERT, people)


def test_people_arrested_for_helping_defectors_are_not_told_to_be_defectors() -> None:
    text = "투먼 공안이 지난 2일 조선족 남성 3명을 붙잡았다. 이들은 탈북민을 숨겨 준 혐의를 받고 있다."
    assert verdict("투먼서 조선족 3명 체포", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "Police in Shenyang arrested seven people for fraud last week. They had posed as brokers "
        "for North Korean defectors.",
        "瀋陽の警察は先週、詐欺の疑いで7人を逮捕した。彼らは脱北者から金をだまし取った疑いが持たれている。",
    ],
    ids=["en", "ja"],
)
def test_people_arrested_for_what_they_did_to_defectors_are_not_the_defectors(text: str) -> None:
    assert verdict("Fraud ring broken up", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("text", "alert"),
    [
        ("Biên phòng Hà Giang bắt giữ hai đối tượng người Việt đã đưa người Triều Tiên vượt biên "
         "trái phép.", False),
        ("Công an Lạng Sơn bắt giữ 2 đối tượng tổ chức đưa người vượt biên cùng 6 người Triều "
         "Tiên nhập cảnh trái phép.", True),
    ],
    ids=["vi-smugglers-alone", "vi-smugglers-and-the-people"],
)  # fmt: skip
def test_smugglers_arrested_alone_are_not_the_people_they_brought_across(
    text: str, alert: bool
) -> None:
    assert (verdict("", text).tier is Tier.ALERT) is alert


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("\"여동생이 공안에 잡혔다\"",
         "서울에 정착한 탈북민 최모 씨는 지난주 중국에 숨어 지내던 여동생이 공안에 체포됐다고 "
         "말했다. 최씨는 동생이 북송될까 봐 잠을 이루지 못한다고 했다."),
        ("탈북민 \"딸 소식 끊겨\"",
         "경기도에 사는 탈북민 한모 씨는 최근 중국 공안에 딸이 붙잡혔다는 연락을 받았다고 밝혔다."),
        ("탈북민 \"어머니가 中에 구금\"",
         "탈북민 정모 씨는 어머니가 한국으로 오던 길에 중국 공안에 체포돼 구금돼 있다고 말했다."),
    ],
    ids=["ko-younger-sister", "ko-daughter", "ko-mother"],
)  # fmt: skip
def test_a_relative_told_of_by_a_defector_in_the_south_is_one_person_held(
    title: str, text: str
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.country) == (Tier.ALERT, "CN")


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("라오스서 억류",
         "태국으로 가던 탈북민 박모(37)씨가 라오스 북부에서 현지 경찰에 붙잡혀 억류돼 있다고 "
         "한 선교사가 전했다.", 1),
        ("\"언니를 찾아 주세요\"",
         "2018년 입국해 부산에 사는 탈북민 윤모(30)씨는 잠을 자지 못한다. 다롄에서 숨어 살던 "
         "언니 윤모(34)씨가 지난 9일 공안에 연행됐기 때문이다.", 1),
        ("훈춘서 할머니와 손녀 체포",
         "탈북민 정모(41)씨의 어머니 김모(63)씨와 조카 정모(9)양이 지난주 훈춘에서 공안에 "
         "체포됐다.", 2),
        ("\"형이 끝내 북송됐다\"",
         "탈북민 한모(29)씨는 2일 기자회견을 열고 중국 단둥에서 붙잡힌 형 한모(33)씨가 지난달 "
         "북한으로 강제송환됐다고 밝혔다.", 1),
    ],
    ids=[
        "ko-surname-and-age",
        "ko-sister-in-the-next-sentence",
        "ko-two-relatives",
        "ko-surname-also-a-number-word",
    ],
)  # fmt: skip
def test_one_person_anonymised_with_an_age_is_counted_and_singles_out_the_incident(
    title: str, text: str, people: int
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.people, v.facts.names) == (Tier.ALERT, people, ())


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("훈춘서 탈북 여성 체포",
         "중국 공안이 지난 11일 훈춘의 한 식당에서 일하던 탈북 여성 최모씨를 붙잡았다고 소식통이 전했다."),
        ("단둥서 탈북민 연행",
         "단둥 세관 근처에서 탈북민 한모 씨가 국경경비대에 연행됐다고 현지 소식통이 밝혔다."),
        ("옌지서 탈북민 억류",
         "옌지 공안국은 지난주 30대 송모씨를 불법 월경 혐의로 구금했다. 송씨는 북한 청진 출신이다."),
    ],
    ids=["ko-identity-then-name", "ko-name-with-a-space", "ko-age-then-name"],
)  # fmt: skip
def test_one_person_anonymised_after_who_they_are_is_counted(title: str, text: str) -> None:
    """탈북 여성 최모씨, 탈북민 한모 씨, 30대 송모씨: one person, and no name to link by."""
    v = verdict(title, text)
    assert (v.tier, v.facts.people, v.facts.names) == (Tier.ALERT, 1, ())


@pytest.mark.parametrize(
    "text",
    [
        "메콩강을 건넌 탈북민 5명이 지난 4일 태국 치앙콩에 닿아 현지 경찰에 자수했다.",
        "탈북민 5명이 지난 4일 태국 치앙콩 경찰서에 자수했다고 현지 매체가 전했다.",
    ],
    ids=["ko-gave-themselves-up", "ko-at-a-police-station"],
)
def test_defectors_who_give_themselves_up_to_police_abroad_are_held(text: str) -> None:
    v = verdict("탈북민 5명 태국행", text)
    assert (v.tier, v.facts.status, v.facts.country) == (Tier.ALERT, Status.ARRESTED, "TH")


def test_a_defector_giving_himself_up_in_the_south_is_no_incident() -> None:
    v = verdict("탈북민 자수", "부산 사하구에서 이웃을 폭행한 탈북민 A씨가 경찰에 자수했다.")
    assert v.tier is not Tier.ALERT


def test_someone_anonymised_without_an_age_quoted_on_defectors_at_large_is_no_incident() -> None:
    v = verdict(
        '[인터뷰] "붙잡히면 끝"',
        '2012년 탈북한 이모씨는 "중국에서 잡히면 대부분 북송되고, 북송되면 수용소에 간다"고 '
        "말했다.",
    )
    assert v.tier is not Tier.ALERT


def test_a_relative_arrested_with_a_defector_long_ago_is_still_an_old_story() -> None:
    v = verdict(
        "탈북민이 쓴 책",
        "탈북민 오모 씨는 2009년 어머니와 함께 중국에서 체포돼 북송됐던 일을 책으로 펴냈다.",
    )
    assert v.tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Pastor prays for the women",
         "A Seoul pastor said he hoped three North Korean women detained in Hunchun would be "
         "freed before winter.", Status.DETAINED),
        ("Activists press Beijing",
         "Activists in Seoul urged three North Korean men arrested in Hunchun be allowed to "
         "go to Seoul.", Status.ARRESTED),
        ("Groups demand their freedom",
         "Rights groups demanded three North Korean women held in Hunchun be set free and sent "
         "to South Korea.", Status.DETAINED),
    ],
    ids=["en-hoped", "en-urged", "en-demanded"],
)  # fmt: skip
def test_a_wish_close_to_the_arrest_it_presupposes_leaves_the_arrest_asserted(
    title: str, text: str, status: Status
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ผู้แปรพักตร์ชาวเกาหลีเหนือที่อาศัยอยู่ในกรุงโซลกล่าวว่าแม่และน้องสาวของเธอถูกตำรวจจีน"
         "จับกุมที่เมืองหยานจี๋เมื่อต้นเดือนนี้", "CN"),
        ("ผู้ลี้ภัยเกาหลีเหนือ 6 คนถูกจับกุมที่เมืองตูเหมินเมื่อสัปดาห์ที่แล้ว", "CN"),
        ("ชาวเกาหลีเหนือ 4 คนถูกควบคุมตัวอยู่ที่ห้องกักตม. ตั้งแต่สัปดาห์ที่แล้ว", "TH"),
    ],
    ids=["th-yanji-spelling", "th-tumen-spelling", "th-immigration-cell"],
)  # fmt: skip
def test_thai_spellings_of_border_towns_and_the_immigration_cell_place_the_arrest(
    text: str, country: str
) -> None:
    v = verdict("ข่าว", text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ラオス北部で、脱北者とみられる女性と子ども計5人が地元当局に保護されたことが分かった。", "LA"),
        ("モンゴル東部で脱北者7人が国境警備隊に保護された。", "MN"),
        ("タイ北部で脱北者4人が警察に保護され、入管施設に移された。", "TH"),
    ],
    ids=["ja-laos-authorities", "ja-mongolia-guards", "ja-thai-police"],
)  # fmt: skip
def test_people_the_authorities_took_in_are_held(text: str, country: str) -> None:
    v = verdict("ニュース", text)
    assert (v.tier, v.facts.status, v.facts.country) == (Tier.ALERT, Status.DETAINED, country)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("韓国に定着した脱北者の女性が、ソウルで中国での拘束体験を語った。", Tier.RELATED),
        ("脱北者の男性が講演会で、中国で拘束され送還された当時を振り返った。", Tier.RELATED),
        # Told of a recent day, it is news.
        ("脱北者の女性が、先週中国で拘束された妹の体験を語った。", Tier.ALERT),
    ],
    ids=["ja-told-her-detention", "ja-looked-back", "ja-recent-day"],
)  # fmt: skip
def test_a_defector_telling_of_her_own_past_detention_is_no_alert(
    text: str, expected: Tier
) -> None:
    assert verdict("ニュース", text).tier is expected


def test_a_shelter_in_the_south_is_no_custody() -> None:
    text = "韓国に入国した脱北者は、国家情報院の保護施設で調査を受けた後、ハナ院に入所する。"
    assert verdict("ニュース", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("เปิดตัวหนังสือ",
         "นักเขียนผู้แปรพักตร์ชาวเกาหลีเหนือเปิดตัวหนังสือเล่มใหม่ในกรุงเทพฯ "
         "เล่าว่าเคยถูกตำรวจจีนจับกุมที่เมืองหยานจี๋และถูกส่งกลับเกาหลีเหนือ"),
        ("ภาพยนตร์สารคดีผู้แปรพักตร์",
         "ภาพยนตร์สารคดีเรื่องใหม่ติดตามชาวเกาหลีเหนือ 5 คนที่ถูกจับกุมในจีนและถูกส่งกลับเกาหลีเหนือ"),
        ("อัตชีวประวัติผู้แปรพักตร์",
         "อัตชีวประวัติของผู้แปรพักตร์ชาวเกาหลีเหนือ 1 คน "
         "เล่าว่าเธอถูกตำรวจจีนจับกุมที่หยานจี๋และถูกส่งกลับเกาหลีเหนือ"),
        ("ผู้ลี้ภัยเล่าประสบการณ์",
         "ผู้ลี้ภัยชาวเกาหลีเหนือ 3 คนเล่าประสบการณ์ที่ถูกตำรวจจีนจับกุมและถูกส่งกลับเกาหลีเหนือ"),
        ("ย้อนรอยคดี", "เมื่อหลายปีก่อน ชาวเกาหลีเหนือ 9 คนถูกจับที่ลาวและถูกส่งกลับเกาหลีเหนือ"),
        ("ครบรอบ 10 ปี",
         "ครบรอบ 10 ปีเหตุการณ์ที่ชาวเกาหลีเหนือ 9 คนถูกส่งกลับจากลาว องค์กรสิทธิมนุษยชนจัดงานรำลึก"),
    ],
    ids=["book-launch", "documentary", "autobiography", "recalled", "years-ago", "anniversary"],
)  # fmt: skip
def test_a_thai_book_film_or_anniversary_of_an_old_case_is_no_alert(title: str, text: str) -> None:
    assert verdict(title, text).tier is Tier.RELATED


@pytest.mark.parametrize(
    "text",
    [
        "ผู้ลี้ภัยเกาหลีเหนือ 4 คนถูกตำรวจจับที่อำเภอเชียงของเมื่อวันเสาร์",
        "ผู้ลี้ภัยเกาหลีเหนือ 4 คนถูกเจ้าหน้าที่จับกุมที่อำเภอเชียงของเมื่อวันเสาร์",
    ],
    ids=["police", "officers"],
)
def test_a_thai_passive_arrest_with_its_agent_between_is_an_arrest(text: str) -> None:
    v = verdict("", text)
    assert (v.tier, v.facts.status, v.facts.people) == (Tier.ALERT, Status.ARRESTED, 4)


def test_a_thai_release_ended_by_an_arrest_by_the_police_again_is_no_release() -> None:
    text = "ผู้ลี้ภัยเกาหลีเหนือ 4 คนได้รับการปล่อยตัวจากห้องกักเมื่อวันจันทร์ แต่ถูกตำรวจจับอีกครั้งในวันอังคาร"
    assert verdict("", text).facts.status is not Status.RELEASED


def test_a_thai_documentary_in_the_headline_does_not_hide_an_arrest_dated_to_now() -> None:
    text = (
        "สารคดีเรื่องผู้แปรพักตร์เปิดฉายที่กรุงเทพฯ เมื่อวันศุกร์\n"
        "เมื่อวันจันทร์ ตำรวจจีนจับกุมชาวเกาหลีเหนือ 5 คนที่เมืองเสิ่นหยาง"
    )
    v = verdict("สารคดีผู้แปรพักตร์เปิดฉาย ขณะตำรวจจีนจับชาวเกาหลีเหนือ 5 คน", text)
    assert (v.tier, v.facts.status) == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ชาวเกาหลีเหนือ 5 คนเข้ามอบตัวกับตำรวจที่สถานีตำรวจภูธรเชียงแสนเมื่อวันอังคาร", Status.ARRESTED),
        ("ศาลจังหวัดเชียงรายสั่งจำคุกชาวเกาหลีเหนือ 4 คน ฐานเข้าเมืองโดยผิดกฎหมาย", Status.DETAINED),
        ("ตำรวจยื่นคำร้องขอฝากขังชาวเกาหลีเหนือ 3 คนต่อศาลจังหวัดหนองคาย", Status.DETAINED),
        ("ตำรวจนำตัวชาวเกาหลีเหนือ 3 คนส่งศาลจังหวัดเชียงรายเพื่อดำเนินคดี", Status.ARRESTED),
    ],
    ids=["gave-themselves-up", "jailed", "remanded", "brought-to-court"],
)  # fmt: skip
def test_thai_surrender_remand_court_and_prison_are_custody(text: str, status: Status) -> None:
    v = verdict("ข่าว", text)
    assert (v.tier, v.facts.status, v.facts.country) == (Tier.ALERT, status, "TH")


def test_the_thai_immigration_detention_centre_holds_people_in_thailand() -> None:
    text = "ชาวเกาหลีเหนือ 6 คนถูกคุมขังอยู่ในศูนย์กักตัวคนต่างด้าวสวนพลูมานานกว่าสามเดือน"
    v = verdict("ข่าว", text)
    assert (v.tier, v.facts.status, v.facts.country) == (Tier.ALERT, Status.DETAINED, "TH")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ตำรวจน้ำตะครุบชาวเกาหลีเหนือ 4 รายริมแม่น้ำโขงที่อำเภอเชียงของเมื่อคืนวันเสาร์", Status.ARRESTED),
        ("ชาวเกาหลีเหนือ 6 คนถูกตะครุบขณะข้ามโขงที่เชียงแสนเมื่อวันพุธ", Status.ARRESTED),
        ("เจ้าหน้าที่ล็อกตัวชาวเกาหลีเหนือ 3 คนที่ลักลอบเข้าเมืองบริเวณท่าเรือหนองคายเมื่อวันจันทร์",
         Status.ARRESTED),
        ("ตำรวจลากคอผู้ลี้ภัยชาวเกาหลีเหนือ 7 คนจากสวนยางในอำเภอเชียงแสนเมื่อวันอาทิตย์", Status.ARRESTED),
        ("ตำรวจคุมตัวชาวเกาหลีเหนือ 2 คนไว้ที่สถานีตำรวจเชียงของเมื่อวันศุกร์", Status.DETAINED),
    ],
    ids=["pounced", "pounced-passive", "locked", "dragged-off", "held-short"],
)  # fmt: skip
def test_thai_tabloid_words_for_an_arrest_are_an_arrest(text: str, status: Status) -> None:
    v = verdict("ข่าว", text)
    assert (v.tier, v.facts.status, v.facts.country) == (Tier.ALERT, status, "TH")


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        (
            "Crew sent north against their will",
            "South Korea's government forcibly sent four North Korean sailors back to the North "
            "on Tuesday although they had asked to defect.",
            4,
        ),
        (
            "선원 4명 강제 북송",
            "한국 정부는 지난 3일 붙잡은 북한 선원 4명을 판문점을 통해 강제로 북송했다.",
            4,
        ),
        (
            "北朝鮮船員4人を送還",
            "韓国政府は3日、亡命の意思を示していた北朝鮮の船員4人を板門店から北朝鮮へ送還した。",
            4,
        ),
        ("韩国遣返4名朝鲜船员", "韩国政府3日违背本人意愿，将4名朝鲜船员遣返回朝鲜。", 4),
        (
            "Сеул вернул четырёх моряков",
            "Правительство Южной Кореи во вторник вернуло в КНДР четырёх северокорейских моряков "
            "против их воли.",
            4,
        ),
        (
            "Hàn Quốc trao trả bốn thủy thủ",
            "Chính phủ Hàn Quốc hôm thứ ba đã trao trả bốn thủy thủ Triều Tiên cho phía Triều Tiên "
            "dù họ muốn đào tẩu.",
            4,
        ),
    ],
    ids=["en", "ko", "ja", "zh", "ru", "vi"],
)  # fmt: skip
def test_north_korean_crews_returned_against_their_will_are_the_people_of_an_incident(
    title: str, text: str, people: int
) -> None:
    v = verdict(title, text)
    assert v.tier is Tier.ALERT
    assert (v.facts.people, v.facts.status) == (people, Status.REPATRIATED)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Sailors go home",
            "South Korea sent four North Korean sailors rescued in a storm back to the North on "
            "Tuesday.",
        ),
        (
            "漂流船員を送還",
            "韓国政府は3日、漂流していた北朝鮮の船員4人を北朝鮮側に引き渡した。",
        ),
        ("韩国送还朝鲜船员", "韩国政府3日将4名漂流的朝鲜船员遣返回朝鲜。"),
        (
            "Моряков вернули домой",
            "Южная Корея во вторник вернула в КНДР четырёх северокорейских моряков, спасённых в море.",
        ),
    ],
    ids=["en", "ja", "zh", "ru"],
)  # fmt: skip
def test_north_korean_crews_sent_home_with_nothing_forced_are_still_a_voluntary_return(
    title: str, text: str
) -> None:
    assert verdict(title, text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Crew sent back",
            "South Korea sent back two North Korean sailors who wanted to defect on Friday.",
        ),
        ("船員2人を送還", "韓国は金曜日、亡命の意思を示した北朝鮮の船員2人を北朝鮮側に引き渡した。"),
    ],
    ids=["en", "ja"],
)  # fmt: skip
def test_people_named_by_their_wish_to_defect_are_sent_back_against_their_will(
    title: str, text: str
) -> None:
    v = verdict(title, text)
    assert v.tier is Tier.ALERT
    assert (v.facts.country, v.facts.people) == ("KR", 2)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Ministry sends crew north",
            "The Unification Ministry forcibly returned three North Korean sailors to the North "
            "on Wednesday.",
        ),
        (
            "통일부, 선원 3명 북송",
            "통일부는 수요일 귀순 의사를 밝힌 북한 선원 3명을 판문점을 통해 북측에 강제로 인계했다.",
        ),
        ("船員3人を北へ", "統一省は水曜日、亡命の意思を示した北朝鮮の船員3人を北朝鮮側に引き渡した。"),
        ("统一部遣返三名船员", "统一部周三违背本人意愿，将三名朝鲜船员遣返回朝鲜。"),
        (
            "Минобъединения вернуло моряков",
            "Министерство объединения в среду передало КНДР трёх северокорейских моряков "
            "против их воли.",
        ),
        (
            "Ex-government blamed for return",
            "The Moon Jae-in government forcibly sent three North Korean sailors back to the "
            "North on Wednesday.",
        ),
    ],
    ids=["en", "ko", "ja", "zh", "ru", "en-government"],
)  # fmt: skip
def test_a_forced_return_by_a_south_korean_ministry_is_held_in_south_korea(
    title: str, text: str
) -> None:
    v = verdict(title, text)
    assert v.tier is Tier.ALERT
    assert (v.facts.country, v.facts.people) == ("KR", 3)


def test_another_government_named_beside_the_ministry_is_the_one_that_sent_them_back() -> None:
    v = verdict(
        "Five sent back",
        "The Unification Ministry said on Wednesday that Beijing had forcibly sent the five "
        "North Korean defectors back.",
    )
    assert v.facts.country == "CN"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Ex-ministers indicted over 2019 return",
            "Prosecutors indicted two former ministers on Monday, saying the Unification Ministry "
            "forcibly returned two North Korean defectors to the North in 2019.",
        ),
        (
            "전직 장관 2명 기소",
            "검찰은 2019년 통일부가 귀순 의사를 밝힌 탈북민 2명을 강제로 북송한 사건과 관련해 "
            "전직 장관 2명을 기소했다.",
        ),
        (
            "元閣僚2人を起訴",
            "検察は月曜日、2019年に韓国政府が脱北者2人を本人の意思に反して北朝鮮に送還した事件で、"
            "元閣僚2人を起訴した。",
        ),
        ("两名前部长被起诉", "韩国检方周一就2019年韩国政府强行将两名脱北者遣返朝鲜一案起诉两名前部长。"),
        (
            "Бывшим министрам предъявлены обвинения",
            "Прокуратура предъявила обвинения двум бывшим министрам за то, что в 2019 году "
            "Южная Корея принудительно вернула в КНДР двух перебежчиков.",
        ),
    ],
    ids=["en", "ko", "ja", "zh", "ru"],
)  # fmt: skip
def test_a_forced_return_by_south_korea_years_ago_is_still_news_of_it(
    title: str, text: str
) -> None:
    v = verdict(title, text)
    assert v.tier is Tier.ALERT
    assert (v.facts.country, v.facts.people, v.facts.status) == ("KR", 2, Status.REPATRIATED)


# A return by South Korea the people did not choose, told as "not voluntary" (their own words).
NOT_CHOSEN = [
    ("Inquiry into sailors' involuntary return",
     "South Korean investigators are looking into the involuntary repatriation of two North "
     "Korean fishermen, handed to the North at Panmunjom in 2019."),
    ("어민 2명 비자발적 북송 조사",
     "한국 감사원은 2019년 판문점에서 북측에 넘겨진 북한 어민 2명의 비자발적 북송 과정을 "
     "조사하고 있다."),
    ("两名渔民非自愿遣返案调查",
     "韩国监察机构正在调查2019年在板门店被移交朝方的两名朝鲜渔民遭非自愿遣返一事。"),
    ("漁民2人の非自発的送還を調査",
     "韓国の監査院は、2019年に板門店で北朝鮮側に引き渡された北朝鮮の漁民2人の非自発的な送還"
     "について調べている。"),
    ("Недобровольное возвращение рыбаков",
     "Прокуроры Южной Кореи проверяют недобровольное возвращение двух северокорейских "
     "рыбаков, которых в 2019 году передали КНДР в Пханмунджоме."),
    ("Điều tra vụ trao trả không tự nguyện",
     "Hàn Quốc đang điều tra vụ hai ngư dân Triều Tiên bị trao trả không tự nguyện cho phía "
     "Triều Tiên tại Bàn Môn Điếm năm 2019."),
]  # fmt: skip


@pytest.mark.parametrize(("title", "text"), NOT_CHOSEN, ids=["en", "ko", "zh", "ja", "ru", "vi"])
def test_a_return_the_people_did_not_choose_is_no_voluntary_return(title: str, text: str) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.country) == (Tier.ALERT, "KR")


@pytest.mark.parametrize(("title", "text"), NOT_CHOSEN, ids=["en", "ko", "zh", "ja", "ru", "vi"])
def test_a_return_by_south_korea_told_with_its_year_is_theirs(title: str, text: str) -> None:
    v = verdict(title, text)
    assert (v.facts.people, v.facts.status) == (2, Status.REPATRIATED)


def test_south_koreas_old_return_recalled_beside_an_arrest_abroad_is_not_their_status() -> None:
    v = verdict(
        "Five defectors held in Shenyang",
        "Chinese police arrested five North Korean defectors in Shenyang on Monday. Critics "
        "recalled that South Korea itself forcibly returned two defectors to the North in 2019.",
    )
    assert (v.facts.country, v.facts.people) == ("CN", 5)
    assert v.facts.status is not Status.REPATRIATED


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Two fishermen sent north",
            "The Unification Ministry said two North Korean fishermen were deported to North Korea "
            "through Panmunjom on Tuesday.",
        ),
        ("漁民2人を送還", "統一省は火曜日、北朝鮮の漁民2人を板門店から北朝鮮に強制送還した。"),
        (
            "Рыбаков вернули в КНДР",
            "Министерство объединения сообщило, что двух северокорейских рыбаков во вторник "
            "принудительно вернули в КНДР через Пханмунджом.",
        ),
    ],
    ids=["en", "ja", "ru"],
)  # fmt: skip
def test_a_return_whose_words_say_forced_is_no_crew_going_home(title: str, text: str) -> None:
    v = verdict(title, text)
    assert v.tier is Tier.ALERT
    assert (v.facts.country, v.facts.people, v.facts.status) == ("KR", 2, Status.REPATRIATED)


@pytest.mark.parametrize(
    ("text", "country", "people"),
    [
        ("A woman from North Korea was held by border police in Hunchun on Friday.", "CN", 1),
        ("Two men from North Korea were arrested at a bus station in Kunming last week.", "CN",
         2),
        ("Женщина из КНДР задержана полицией в Уссурийске во вторник.", "RU", 1),
        ("Трое мужчин из Северной Кореи задержаны на стройке в Находке.", "RU", 3),
        ("북한 남성 2명이 지난주 중국 훈춘에서 공안에 체포됐다.", "CN", 2),
        ("북한 출신 여성 3명이 라오스 북부에서 경찰에 붙잡혔다.", "LA", 3),
        ("北朝鮮出身の女性が先週、中国・延吉で公安当局に拘束された。", "CN", 1),
        ("Một phụ nữ đến từ Triều Tiên bị công an bắt tại Móng Cái hôm thứ Ba.", "VN", 1),
        ("Hai phụ nữ Bắc Triều Tiên bị bắt ở Lào Cai khi đang tìm đường sang Lào.", "VN", 2),
        ("两名来自朝鲜的女性本周二在珲春火车站被边防警察抓获。", "CN", 2),
        ("四名來自北韓的青少年上月在寮國北部被警方拘留。", "LA", 4),
        ("ตำรวจไทยจับกุมผู้หลบหนีเกาหลีเหนือ 6 คนที่อำเภอเชียงแสนเมื่อวันศุกร์", "TH", 6),
    ],
    ids=["en-woman-from", "en-men-from", "ru-woman-from", "ru-men-from", "ko-men",
         "ko-women-from", "ja-woman-from", "vi-woman-from", "vi-women-of-the-north",
         "zh-women-from", "zh-hant-teenagers-from", "th-escapees-of-the-north"],
)  # fmt: skip
def test_people_named_by_the_country_they_came_from_are_the_people_of_an_arrest(
    text: str, country: str, people: int
) -> None:
    v = verdict("", text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, country, people)


@pytest.mark.parametrize(
    ("text", "country", "people"),
    [
        ("Three North Korean wives of Chinese villagers were taken into custody in Tonghua on "
         "Tuesday.", "CN", 3),
        ("The North Korean bride of a farmer in Heilongjiang was detained on Sunday, her husband "
         "told a church group.", "CN", 1),
        ("북한 신부 2명이 지난달 랴오닝성 농촌에서 공안에 붙잡혔다.", "CN", 2),
        ("两名朝鲜媳妇本周在吉林省蛟河市被公安带走。", "CN", 2),
        ("三名北韓新娘上月在黑龍江被警方拘留。", "CN", 3),
        ("Công an Cao Bằng bắt giữ hai cô dâu Triều Tiên khi họ đang tìm cách sang Lào.", "VN", 2),
    ],
    ids=["en-wives", "en-bride", "ko-brides", "zh-wives", "zh-hant-brides", "vi-brides"],
)  # fmt: skip
def test_women_named_by_a_family_role_are_the_people_of_an_arrest(
    text: str, country: str, people: int
) -> None:
    # Women sold as brides to villagers in China are the people most such reports are about.
    v = verdict("", text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, country, people)


@pytest.mark.parametrize(
    "text",
    [
        "A delegation from North Korea was held up at the border crossing for three hours.",
        "A cargo ship from North Korea was seized by the coast guard in Busan.",
        "Делегация из КНДР задержалась в Хабаровске из-за непогоды.",
        "一个来自朝鲜的代表团在丹东口岸被扣留了三个小时。",
    ],
    ids=["en-delegation", "en-ship", "ru-delegation", "zh-delegation"],
)  # fmt: skip
def test_things_and_delegations_from_north_korea_are_not_the_people(text: str) -> None:
    assert verdict("", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "people"),
    [
        ("탈북 두 모녀 中 훈춘서 체포", 2),
        ("탈북 세 자매 라오스서 붙잡혀", 3),
        ("탈북 청년 4명 中 투먼서 체포", 4),
        ("탈북 10대 3명 베트남서 붙잡혀", 3),
    ],
    ids=["mother-daughter", "sisters", "youths", "teenagers"],
)  # fmt: skip
def test_a_korean_headline_with_talbuk_before_its_people_is_an_alert_on_its_own(
    title: str, people: int
) -> None:
    v = verdict(title, "국경 지역의 경비가 최근 크게 강화된 것으로 전해졌다.")
    assert (v.tier, v.facts.people) == (Tier.ALERT, people)


def test_talbuk_before_a_broker_or_a_reunion_is_still_no_incident() -> None:
    assert verdict("탈북 브로커 中 훈춘서 체포", "").tier is not Tier.ALERT
    assert verdict("탈북 과정에서 헤어진 모녀 20년 만에 상봉", "").tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Seoul voices concern",
         "South Korea's foreign ministry voiced concern on Tuesday about possible forced "
         "repatriation. Police in Dandong arrested five North Korean defectors last week, a rights "
         "group said."),
        ("韩国表示关切",
         "韩国外交部周二对可能发生的强制遣返表示关切。据人权团体称，5名脱北者上周在丹东被公安抓获。"),
        ("韓國表示關切",
         "韓國外交部週二對可能發生的強制遣返表示關切。據人權團體稱，5名脫北者上週在丹東被公安抓獲。"),
        ("Hàn Quốc bày tỏ lo ngại",
         "Bộ Ngoại giao Hàn Quốc hôm thứ Ba bày tỏ lo ngại về khả năng cưỡng chế hồi hương. Theo "
         "một nhóm nhân quyền, 5 người đào tẩu Triều Tiên đã bị bắt ở Đan Đông tuần trước."),
        ("韓国が懸念表明",
         "韓国外務省は火曜日、強制送還の恐れについて懸念を表明した。人権団体によると、脱北者5人が先週、"
         "丹東で公安当局に拘束された。"),
        ("외교부 우려 표명",
         "외교부는 화요일 강제북송 가능성에 우려를 표명했다. 인권단체에 따르면 탈북민 5명이 지난주 "
         "단둥에서 공안에 체포됐다."),
    ],
    ids=["en", "zh-Hans", "zh-Hant", "vi", "ja", "ko"],
)  # fmt: skip
def test_a_feared_return_told_right_before_the_arrest_is_what_the_people_face(
    title: str, text: str
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.status, v.facts.people) == (
        Tier.ALERT,
        Status.FACING_REPATRIATION,
        5,
    )


def test_a_reaction_that_tells_no_threatened_return_leaves_the_arrest_as_it_is() -> None:
    v = verdict(
        "Seoul voices concern",
        "South Korea's foreign ministry voiced concern on Tuesday about the border. Police in "
        "Dandong arrested five North Korean defectors last week, a rights group said.",
    )
    assert (v.tier, v.facts.status) == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Сеул обеспокоен",
         "МИД Южной Кореи во вторник выразил обеспокоенность возможной принудительной "
         "репатриацией. По данным правозащитников, пятеро граждан КНДР задержаны в Даньдуне.",
         Status.FACING_REPATRIATION),
        ("Пятеро беглецов из КНДР задержаны в Даньдуне",
         "Правозащитники опасаются их принудительной репатриации.", Status.FACING_REPATRIATION),
        ("Китай вернул беглецов",
         "Пятеро граждан КНДР, задержанных в Даньдуне, репатриированы в КНДР на прошлой неделе.",
         Status.REPATRIATED),
    ],
    ids=["feared-before", "feared-after", "done"],
)  # fmt: skip
def test_russian_repatriation_in_its_cases_is_a_return_feared_or_done(
    title: str, text: str, status: Status
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.status, v.facts.people) == (Tier.ALERT, status, 5)


def test_russian_repatriation_of_remains_or_profits_is_no_return() -> None:
    text = "Китай передал КНДР останки военнослужащих в рамках программы репатриации."
    assert verdict("Репатриация останков", text).tier is Tier.IGNORE


@pytest.mark.parametrize(
    ("text", "country", "people"),
    [
        ("3名北韓公民上週在琿春被邊防部門拘留。", "CN", 3),
        ("两名脱北青年上周在珲春被边防部门抓获。", "CN", 2),
        ("북한 국적 여성 2명이 지난주 중국 훈춘에서 공안에 체포됐다.", "CN", 2),
        ("Кореянка из КНДР задержана полицией в Уссурийске во вторник.", "RU", 1),
        ("Трое корейцев из Северной Кореи задержаны на стройке в Находке.", "RU", 3),
    ],
    ids=["zh-Hant-citizens", "zh-Hans-youths", "ko-nationals", "ru-korean-woman-from",
         "ru-koreans-from"],
)  # fmt: skip
def test_more_names_for_people_by_their_country_are_the_people_of_an_arrest(
    text: str, country: str, people: int
) -> None:
    v = verdict("", text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, country, people)


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("Police round up six North Korean defectors in Hunchun", "CN"),
        ("脱北者6人、琿春で捕まる", "CN"),
        ("탈북민 6명 中 훈춘서 붙들려", "CN"),
        ("ตำรวจจับชาวเกาหลีเหนือ 6 คนที่เชียงของ", "TH"),
    ],
    ids=["en-round-up", "ja-tsukamaru", "ko-butdeullyeo", "th-bare-verb"],
)  # fmt: skip
def test_a_headline_verb_of_arrest_in_its_short_form_makes_the_headline_an_alert(
    title: str, country: str
) -> None:
    v = verdict(title, "")
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, country, 6)


def test_thai_jap_that_holds_no_counted_people_is_no_arrest() -> None:
    assert verdict("นายกฯ จับมือผู้นำเกาหลีเหนือที่เชียงของ", "").tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Protest in Seoul",
         "Dozens of activists rallied outside the Chinese embassy on Monday against forced "
         "repatriation. Police in Tumen arrested five North Korean defectors last week, they said."),
        ("Biểu tình ở Seoul",
         "Hàng chục nhà hoạt động tụ tập trước đại sứ quán Trung Quốc để phản đối việc cưỡng chế "
         "hồi hương. Theo họ, 5 người đào tẩu Triều Tiên đã bị bắt ở Đồ Môn tuần trước."),
    ],
    ids=["en", "vi"],
)  # fmt: skip
def test_a_reaction_with_a_figure_of_its_own_gives_its_threat_but_not_its_count(
    title: str, text: str
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.status, v.facts.people) == (
        Tier.ALERT,
        Status.FACING_REPATRIATION,
        5,
    )


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("North Korean family caught in Laos", "LA"),
        ("Северокорейская семья задержана во Вьетнаме", "VN"),
        ("라오스서 탈북민 일가족 붙잡혀", "LA"),
        ("脱北者一家在老挝被捕", "LA"),
        ("脱北者の一家、ラオスで拘束", "LA"),
        ("Một gia đình Triều Tiên bị bắt ở Lào", "LA"),
        ("ครอบครัวชาวเกาหลีเหนือถูกจับที่ลาว", "LA"),
    ],
    ids=["en", "ru", "ko", "zh", "ja", "vi", "th"],
)  # fmt: skip
def test_one_family_held_in_a_country_is_specific_enough_to_alert(
    title: str, country: str
) -> None:
    v = verdict(title, "")
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, country, None)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Border crackdown in Jilin",
         "Chinese police in Jilin province have been arresting North Korean defectors one after "
         "another this month, a source in Yanji said."),
        ("中 단속 강화", "중국 공안이 최근 랴오닝성 단둥에서 탈북민을 잇따라 체포하고 있다고 소식통이 전했다."),
        ("中国、取り締まり強化", "中国吉林省延吉で最近、脱北者の拘束が相次いでいると支援団体が明らかにした。"),
        ("边境严查", "据知情人士透露，丹东警方近来接连抓捕脱北者。"),
        ("Trung Quốc siết biên giới",
         "Công an Trung Quốc gần đây liên tiếp bắt giữ người Triều Tiên vượt biên tại Đan Đông."),
        ("Облавы в Приморье",
         "Полиция Приморья задерживает беглецов из КНДР одного за другим, сообщил источник."),
        ("ตำรวจเข้มงวดชายแดน",
         "ตำรวจเชียงรายจับกุมชาวเกาหลีเหนือที่ลักลอบเข้าเมืองอย่างต่อเนื่องตลอดเดือนนี้"),
    ],
    ids=["en", "ko", "ja", "zh", "vi", "ru", "th"],
)  # fmt: skip
def test_a_run_of_arrests_in_a_region_names_no_one_held(title: str, text: str) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.status) == (Tier.RELATED, Status.ARRESTED)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Three defectors held in Yanji",
         "Chinese police arrested three North Korean defectors one after another in Yanji last "
         "week, a church group said."),
        ("탈북민 3명 잇따라 체포", "중국 옌지에서 탈북민 3명이 지난주 잇따라 공안에 체포됐다."),
        ("脱北者3人、相次いで拘束", "中国吉林省延吉で先週、脱北者3人が相次いで公安当局に拘束された。"),
        ("3名脱北者接连被抓", "上周，3名脱北者在延吉接连被公安抓捕。"),
    ],
    ids=["en", "ko", "ja", "zh"],
)  # fmt: skip
def test_people_counted_one_after_another_are_an_incident(title: str, text: str) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.people) == (Tier.ALERT, 3)


def test_families_caught_as_a_habit_are_still_no_incident() -> None:
    assert verdict("North Korean families are often caught in Laos", "").tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "country"),
    [
        ("선원 3명 강제 북송",
         "정부는 지난 5일 동해에서 나포한 북한 선원 3명을 판문점을 통해 강제로 북송했다.", "KR"),
        ("귀순 어민 북송",
         "당시 정부가 귀순 의사를 밝힌 북한 어민 2명을 북측에 강제로 넘겼다고 검찰이 밝혔다.", "KR"),
        # another country's government is that country's
        ("탈북민 강제 북송",
         "중국 정부는 지난주 붙잡은 탈북민 5명을 북한으로 강제 북송했다.", "CN"),
    ],
    ids=["government-did", "government-then", "china-s-government"],
)  # fmt: skip
def test_a_korean_government_named_by_no_country_is_south_korea_s(
    title: str, text: str, country: str
) -> None:
    v = classify(Document("r", title, text, "ko", date=ON))
    assert v.tier is Tier.ALERT
    assert (v.facts.country, v.facts.status) == (country, Status.REPATRIATED)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Border guards detained three women on a river path near Hunchun on Sunday. They are "
         "North Korean escapees, a church group said.", 3),
        ("Border guards detained three women on a river path near Hunchun on Sunday. They were "
         "North Korean defectors heading for Laos.", 3),
        ("Chinese police detained a woman at a bus station in Hunchun on Sunday. She is a North "
         "Korean defector who crossed the river in spring.", 1),
        ("Chinese police detained a teenage boy at a bus station in Hunchun on Sunday. He was a "
         "North Korean escapee travelling alone.", 1),
        ("Border guards detained three women on a river path near Hunchun on Sunday. They are "
         "believed to be North Korean escapees.", 3),
        ("Border guards detained three women on a river path near Hunchun on Sunday. Police "
         "identified them as North Korean defectors.", 3),
        ("Grenzbeamte haben am Sonntag bei Hunchun drei Frauen festgenommen. Es handelt sich um "
         "nordkoreanische Flüchtlinge.", 3),
        ("Grenzbeamte haben am Sonntag bei Hunchun drei Frauen festgenommen. Sie sind "
         "Nordkoreanerinnen.", 3),
        ("Des gardes-frontières ont arrêté trois femmes dimanche près de Hunchun. Il s'agit de "
         "réfugiées nord-coréennes.", 3),
        ("Des gardes-frontières ont arrêté trois femmes dimanche près de Hunchun. Ce sont des "
         "Nord-Coréennes.", 3),
        ("Guardias fronterizos detuvieron a tres mujeres el domingo cerca de Hunchun. Se trata "
         "de refugiadas norcoreanas.", 3),
        ("Guardias fronterizos detuvieron a dos mujeres el domingo cerca de Hunchun. Ambas son "
         "norcoreanas.", 2),
    ],
    ids=["en-they-are", "en-they-were", "en-she-is", "en-he-was", "en-believed-to-be",
         "en-identified-as", "de-es-handelt-sich-um", "de-sie-sind", "fr-il-s-agit-de",
         "fr-ce-sont", "es-se-trata-de", "es-ambas-son"],
)  # fmt: skip
def test_people_told_who_they_are_right_after_their_arrest_are_the_people(
    text: str, people: int
) -> None:
    v = verdict("", text)
    assert (v.tier, v.facts.people, v.facts.country) == (Tier.ALERT, people, "CN")


@pytest.mark.parametrize(
    "text",
    [
        "Border guards detained three women on a river path near Hunchun on Sunday. They are "
        "worried about North Korean defectors.",
        "Border guards detained three women on a river path near Hunchun on Sunday. They are "
        "helping North Korean defectors.",
        "Border guards detained three women on a river path near Hunchun on Sunday. They are not "
        "North Korean defectors.",
        "Border guards detained three women on a river path near Hunchun on Sunday. They are "
        "North Korean defectors' relatives.",
        "Grenzbeamte haben am Sonntag bei Hunchun drei Frauen festgenommen. Sie sind keine "
        "Nordkoreanerinnen.",
        "Grenzbeamte haben am Sonntag bei Hunchun drei Frauen festgenommen. Sie sind Helferinnen "
        "nordkoreanischer Flüchtlinge.",
        "Des gardes-frontières ont arrêté trois femmes dimanche près de Hunchun. Elles sont "
        "inquiètes pour les réfugiés nord-coréens.",
        "Guardias fronterizos detuvieron a tres mujeres el domingo cerca de Hunchun. No son "
        "norcoreanas.",
    ],
    ids=["en-worried-about", "en-helping", "en-not", "en-owner", "de-keine", "de-helpers",
         "fr-worried", "es-no-son"],
)  # fmt: skip
def test_a_pronoun_and_a_verb_before_the_people_says_nothing_of_who_was_held(text: str) -> None:
    assert verdict("", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "Police in Yanji on Friday detained two neighbors of a North Korean escapee.",
        "Police in Yanji on Friday detained the employer of three North Korean women.",
        "Police in Yanji on Friday detained a lawyer for three North Korean women.",
        "A lawyer representing three North Korean women was detained in Yanji on Friday.",
        "Two friends of a North Korean escapee were detained in Yanji on Friday.",
        "The Chinese husband of a North Korean woman was detained in Yanji on Friday.",
        "A Chinese man who smuggled three North Korean women was detained in Yanji on Friday.",
        "Die Polizei hat in Yanji zwei Nachbarn der nordkoreanischen Flüchtlinge festgenommen.",
        "In Yanji wurde am Freitag ein Freund der nordkoreanischen Flüchtlinge festgenommen.",
        "La police a arrêté vendredi à Yanji deux amis d'une réfugiée nord-coréenne.",
        "La police a arrêté vendredi à Yanji l'avocat de trois réfugiées nord-coréennes.",
        "La policía detuvo el viernes en Yanji a la abogada de tres refugiadas norcoreanas.",
        "La policía detuvo el viernes en Yanji a dos vecinos de un desertor norcoreano.",
    ],
    ids=["en-neighbors-of", "en-employer-of", "en-lawyer-for", "en-lawyer-representing",
         "en-friends-of", "en-chinese-husband-of", "en-who-smuggled", "de-nachbarn-der",
         "de-freund-der", "fr-amis-d", "fr-avocat-de", "es-abogada-de", "es-vecinos-de"],
)  # fmt: skip
def test_someone_the_people_only_own_is_not_who_was_held(text: str) -> None:
    assert verdict("", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("text", "people", "status"),
    [
        ("Police in Yanji on Friday detained three North Korean women and two neighbors who "
         "hid them.", 3, Status.DETAINED),
        ("Police in Yanji on Friday detained a guide and three North Korean women.", 3,
         Status.DETAINED),
        ("A lawyer for the three North Korean women detained in Yanji last month said they were "
         "released on Friday.", 3, Status.RELEASED),
        ("Three North Korean women were detained in Yanji on Friday, a friend of one of them "
         "said.", 3, Status.DETAINED),
    ],
    ids=["en-people-and-neighbors", "en-guide-and-people", "en-lawyer-tells-release",
         "en-friend-tells"],
)  # fmt: skip
def test_the_people_named_beside_or_before_someone_of_theirs_are_still_the_people(
    text: str, people: int, status: Status
) -> None:
    v = verdict("", text)
    assert (v.tier, v.facts.people, v.facts.status) == (Tier.ALERT, people, status)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Defectors detained near border",
         "Chinese police detained a group of North Korean defectors near the Vietnamese border "
         "last week, Seoul's foreign ministry said."),
        ("탈북민 일행 中서 체포", "탈북민 일행이 지난주 중국 공안에 체포됐다고 대북 소식통이 전했다."),
        ("多名脱北者被捕", "据消息人士透露，多名脱北者上周在中国境内被公安抓获。"),
        ("脱北者、中国で拘束", "複数の脱北者が先週、中国の公安当局に拘束されたことが分かった。"),
        ("Задержаны беглецы из КНДР",
         "На прошлой неделе китайская полиция задержала нескольких беглецов из КНДР."),
        ("Bắt giữ người Triều Tiên",
         "Tuần trước, công an Trung Quốc đã bắt giữ một nhóm người đào tẩu Triều Tiên."),
    ],
    ids=["en", "ko", "zh", "ja", "ru", "vi"],
)  # fmt: skip
def test_a_group_not_counted_is_an_incident_when_the_report_dates_it(
    title: str, text: str
) -> None:
    assert verdict(title, text).tier is Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Lawmakers urge China",
         "A group of lawmakers on Monday urged China not to repatriate North Korean defectors."),
        ("Defectors detained", "Several North Korean defectors were detained in China, activists said."),
    ],
    ids=["the-group-is-not-the-people", "no-day-told"],
)  # fmt: skip
def test_a_group_not_counted_beside_others_or_undated_is_no_incident(
    title: str, text: str
) -> None:
    assert verdict(title, text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "country", "people"),
    [
        ("Missionary held in China",
         "A South Korean missionary who ran a shelter for North Korean defectors was detained "
         "in Changbai on Thursday along with three North Koreans staying there.", "CN", 3),
        ("Задержан миссионер",
         "В Хуньчуне задержан южнокорейский миссионер вместе с тремя беглецами из КНДР.",
         "CN", 3),
        ("Mục sư bị bắt",
         "Một nhà truyền giáo Hàn Quốc đã bị bắt tại Trường Bạch cùng với ba người Triều Tiên "
         "đào tẩu.", "CN", 3),
        ("มิชชันนารีถูกจับ",
         "มิชชันนารีชาวเกาหลีใต้ถูกจับกุมที่ตานตงพร้อมกับชาวเกาหลีเหนือ 3 คน", "CN", 3),
    ],
    ids=["en-along-with", "ru-вместе-с", "vi-cùng-với", "th-พร้อมกับ"],
)  # fmt: skip
def test_people_held_along_with_their_helper_are_held(
    title: str, text: str, country: str, people: int
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, country, people)


def test_a_helper_charged_with_smuggling_defectors_is_still_no_incident() -> None:
    text = (
        "A Chinese broker was arrested in Yanji and charged with smuggling North Korean "
        "defectors across the border."
    )
    assert verdict("Broker held", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Lawyers speak for detainees",
         "Lawyers for six North Korean women held in Khabarovsk said on Monday that a court "
         "will hear their asylum claims next week."),
        ("Avocats", "L'avocat de six Nord-Coréennes détenues à Khabarovsk a déclaré lundi qu'un "
                    "tribunal examinera leurs demandes d'asile."),
        ("Abogados", "La abogada de seis norcoreanas detenidas en Jabárovsk dijo el lunes que un "
                     "tribunal examinará sus solicitudes de asilo."),
    ],
    ids=["en-lawyers-for", "fr-avocat-de", "es-abogada-de"],
)  # fmt: skip
def test_a_participle_right_after_the_people_owned_by_a_helper_is_theirs(
    title: str, text: str
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, "RU", 6)


def test_hundreds_of_protesters_in_thai_make_no_habit_of_the_arrest_told_beside_them() -> None:
    text = (
        "ผู้ชุมนุมหลายร้อยคนรวมตัวหน้าสถานทูตจีนในกรุงโซลเมื่อวันเสาร์ "
        "หลังมีรายงานว่าผู้แปรพักตร์ชาวเกาหลีเหนือ 9 คนถูกจับกุมที่เมืองตานตง"
    )
    v = verdict("ชุมนุมหน้าสถานทูตจีนในโซล", text)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, "CN", 9)


def test_a_route_told_as_the_past_in_thai_is_no_incident() -> None:
    text = (
        "ในอดีต ผู้แปรพักตร์ชาวเกาหลีเหนือเดินทางผ่านอำเภอเชียงของ จังหวัดเชียงราย ก่อนถูกจับกุมและส่งต่อไปยังเกาหลีใต้"
    )
    assert verdict("เส้นทางของผู้แปรพักตร์", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Brokers on trial",
         "Two brokers were paid to guide six North Koreans across the border from China. All six "
         "were arrested at a guesthouse in Lang Son on Tuesday.", Status.ARRESTED),
        ("Xét xử hai đối tượng môi giới",
         "Hai bị cáo đã nhận tiền để dẫn sáu người Triều Tiên vượt biên từ Trung Quốc. Cả sáu "
         "người bị bắt tại một nhà nghỉ ở Lạng Sơn và hiện vẫn bị tạm giữ.", Status.DETAINED),
    ],
    ids=["en-all-six", "vi-ca-sau-nguoi"],
)  # fmt: skip
def test_the_peoples_own_figure_opening_the_next_sentence_names_them_again(
    title: str, text: str, status: Status
) -> None:
    v = verdict(title, text)
    assert (v.tier, v.facts.status, v.facts.country, v.facts.people) == (
        Tier.ALERT,
        status,
        "VN",
        6,
    )


@pytest.mark.parametrize(
    ("title", "text", "country", "people"),
    [
        ("Activists put the number of North Koreans held in Tumen at nine",
         "Nine North Korean defectors were detained by border police in Tumen on 14 May, a Seoul "
         "group said, citing a broker.", "CN", 9),
        ("투먼서 붙잡힌 탈북민 수는 9명",
         "중국 공안이 5월 14일 투먼에서 탈북민 9명을 체포했다고 한 단체가 밝혔다.", "CN", 9),
        ("图们被抓脱北者人数为9人",
         "一个首尔团体称，中国边防警察5月14日在图们抓捕了9名脱北者。", "CN", 9),
        ("Число задержанных в Хасане северокорейцев выросло до пяти",
         "Пограничники задержали пятерых граждан КНДР в Хасане 14 мая, сообщил источник.",
         "RU", 5),
    ],
    ids=["en", "ko", "zh", "ru"],
)  # fmt: skip
def test_figures_in_the_lead_yield_to_an_incident_on_a_full_date_days_before(
    title: str, text: str, country: str, people: int
) -> None:
    v = verdict(title, text)  # reported on 20 May
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, country, people), v.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Nine North Korean defectors were detained by border police in Tumen on 14 January, a "
        "Seoul group said, citing a broker.",
        "Nine North Korean defectors were detained by border police in Tumen in May, a Seoul "
        "group said, citing a broker.",
    ],
    ids=["months-before", "a-month-alone"],
)
def test_figures_in_the_lead_still_demote_an_incident_not_dated_to_now(text: str) -> None:
    title = "Activists put the number of North Koreans held in Tumen at nine"
    assert verdict(title, text).tier is Tier.RELATED


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "Border guards sum up the year",
         "Over the past year, border guards in Primorye deported 47 North Koreans who had crossed "
         "without papers."),
        ("ru", "Пограничники Приморья о работе на границе",
         "За год пограничники Приморья выдворили 47 граждан КНДР, пересекших границу без "
         "документов."),
        ("zh", "边防部门通报全年数据", "一年来，延边边防共遣返47名非法越境的朝鲜人。"),
        ("ko", "중국 공안의 탈북민 단속", "올 들어 중국 공안에 체포된 탈북민은 47명이다."),
        ("ja", "中国の脱北者取り締まり", "この1年で中国から北朝鮮に送還された脱北者は47人に上る。"),
        ("vi", "Tình hình xuất nhập cảnh trái phép",
         "Trong năm qua, công an Lạng Sơn đã trục xuất 47 người Triều Tiên nhập cảnh trái phép."),
        ("th", "สถานการณ์ผู้ลักลอบเข้าเมือง",
         "ตลอดปี ตำรวจเชียงรายจับกุมชาวเกาหลีเหนือที่ลักลอบเข้าเมือง 47 คน"),
    ],
    ids=["en", "ru", "zh", "ko", "ja", "vi", "th"],
)  # fmt: skip
def test_any_figure_summed_over_a_stretch_of_time_is_a_statistic(
    lang: str, title: str, text: str
) -> None:
    v = classify(Document("r", title, text, lang, date=ON))
    assert v.tier is not Tier.ALERT, v.reasons


def test_an_arrest_on_a_day_of_its_own_stands_beside_a_stretch_of_time() -> None:
    text = (
        "So far this year, police have arrested five North Korean defectors in Shenyang, the "
        "latest on 3 May."
    )
    assert verdict("Five defectors held in Shenyang", text).tier is Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("人权组织回顾2015年七名脱北者被遣返一案",
         "人权组织周四在首尔举行纪念活动，回顾2015年七名脱北者在云南被捕后被强制遣返朝鲜的经过。"),
        ("人權組織回顧2015年七名脫北者被遣返一案",
         "人權組織週四在首爾舉行紀念活動，回顧2015年七名脫北者在雲南被捕後被強制遣返北韓的經過。"),
    ],
    ids=["zh-Hans", "zh-Hant"],
)  # fmt: skip
def test_a_chinese_anniversary_looking_back_on_an_old_return_is_no_alert(
    title: str, text: str
) -> None:
    assert verdict(title, text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("탈북민 출신 제빵사, 부산서 빵집 열어",
         "부산에서 빵집을 운영하는 탈북민 김모(38) 씨는 라오스에서 두 차례 체포돼 강제북송된 경험이 "
         "있다. 그는 2016년 한국에 들어와 제빵 기술을 배웠다."),
        ("脱北者出身のパン職人、大阪で店を開く",
         "大阪でパン店を営む脱北者の女性(38)は、中国で二度拘束され北朝鮮に強制送還された経験がある。"
         "女性は2016年に日本に渡った。"),
    ],
    ids=["ko", "ja"],
)  # fmt: skip
def test_a_profile_telling_a_past_return_as_experience_is_no_alert(title: str, text: str) -> None:
    assert verdict(title, text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "지난 10일 중국 선양에서 탈북민 5명이 공안에 체포됐다. 이 가운데 2명은 과거 강제북송된 경험이 "
        "있는 것으로 알려졌다.",
        "今月10日、中国の瀋陽で脱北者5人が公安に拘束された。うち2人は以前、強制送還された経験があるという。",
    ],
    ids=["ko", "ja"],
)
def test_a_new_arrest_of_people_once_sent_back_still_alerts(text: str) -> None:
    assert verdict("", text).tier is Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("В Хабаровском крае за год депортировали 23 гражданина КНДР",
         "В 2025 году из Хабаровского края были депортированы 23 гражданина КНДР, нарушивших "
         "правила пребывания, сообщили в краевом УМВД."),
        ("В Амурской области за год выдворили 18 граждан КНДР",
         "В 2025 году из Амурской области выдворено 18 граждан КНДР, сообщили в управлении по "
         "вопросам миграции."),
    ],
    ids=["deported", "expelled"],
)  # fmt: skip
def test_a_russian_headline_summing_a_year_of_returns_makes_a_small_figure_a_statistic(
    title: str, text: str
) -> None:
    assert verdict(title, text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "country", "people"),
    [
        ("Hà Giang: Bắt 3 người nước ngoài nhập cảnh trái phép",
         "Đêm 17/5, Đồn Biên phòng Thanh Thủy bắt giữ 3 người nước ngoài đang lội suối sang "
         "Việt Nam. Làm việc với cơ quan chức năng, cả 3 người khai nhận mang quốc tịch Triều "
         "Tiên, không có hộ chiếu.", "VN", 3),
        ("Tây Ninh: Bắt hai người nước ngoài gần biên giới",
         "Sáng 18/5, Đồn Biên phòng Xa Mát bắt giữ hai người nước ngoài không giấy tờ. Hai người "
         "là Pak Yong-su (35 tuổi) và Jo Kum-hui (29 tuổi), cùng mang quốc tịch Bắc Triều Tiên.",
         "VN", 2),
        ("Quảng Ninh: Phát hiện 4 người nước ngoài trên sông Ka Long",
         "Tối 16/5, tổ tuần tra Đồn Biên phòng Móng Cái bắt giữ 4 người nước ngoài vừa vượt sông. "
         "Qua xác minh, 4 người được xác định là công dân Triều Tiên.", "VN", 4),
        ("ตม.หนองคายจับชาวต่างชาติ 5 คน",
         "เมื่อวันที่ 18 พ.ค. เจ้าหน้าที่ ตม.หนองคาย จับกุมชาวต่างชาติ 5 คน ซึ่งลักลอบข้ามแม่น้ำโขง\n"
         "จากการสอบสวนทั้ง 5 คนให้การว่าเป็นชาวเกาหลีเหนือ", "TH", 5),
        ("ทหารพรานจับชาวต่างชาติ 2 คนที่เชียงแสน",
         "ทหารพรานจับกุมชาวต่างชาติ 2 คน ริมแม่น้ำโขง อ.เชียงแสน เมื่อวันที่ 17 พ.ค.\n"
         "ต่อมาตรวจสอบพบว่าทั้งสองคนมีสัญชาติเกาหลีเหนือ", "TH", 2),
        ("图们边防查获4名外籍人员",
         "5月17日，图们边境派出所在江边查获4名外籍人员。经审查，4人自称是朝鲜籍。", "CN", 4),
        ("中 공안, 옌지서 외국인 4명 체포",
         "중국 공안이 지난 17일 옌지에서 외국인 4명을 체포했다. 이들은 조사 과정에서 북한 주민이라고 "
         "진술했다.", "CN", 4),
        ("延吉で外国人2人拘束",
         "中国公安は17日、延吉で外国人2人を拘束した。2人は北朝鮮国籍と名乗っているという。", "CN", 2),
    ],
    ids=["vi-khai-nhan", "vi-cung-mang", "vi-xac-dinh", "th-hai-kan", "th-sanchat", "zh", "ko",
         "ja"],
)  # fmt: skip
def test_foreigners_caught_then_said_to_be_north_korean_are_the_people(
    title: str, text: str, country: str, people: int
) -> None:
    # Caught as foreigners; who they are is told after, by their own account or their papers.
    v = verdict(title, text)
    assert v.tier is Tier.ALERT
    assert (v.facts.country, v.facts.people, v.facts.status) == (country, people, Status.ARRESTED)


# Vietnamese names a man or a couple by their flight as it names a woman (phụ nữ đào tẩu Triều
# Tiên): the people.
@pytest.mark.parametrize(
    "text",
    [
        "Hai vợ chồng đào tẩu Triều Tiên bị công an Trung Quốc bắt ở Hòa Long hôm thứ Tư.",
        "Một người đàn ông đào tẩu Triều Tiên bị công an Trung Quốc bắt ở Hòa Long hôm thứ Tư.",
    ],
    ids=["couple", "man"],
)
def test_vi_a_man_or_a_couple_named_by_their_flight_are_the_people(text: str) -> None:
    v = classify(Document("r", "", text, "vi", date=ON))
    assert (v.tier, v.facts.country) == (Tier.ALERT, "CN")
