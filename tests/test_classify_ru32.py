"""Russian court, police and regional reports (stress32_ru32's kinds): the people taken up again
by "each" or by the role a report calls one of them.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 6)


def _verdict(title: str, text: str, lang: str = "ru") -> Verdict:
    return classify(Document("r", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("В Приамурье задержали двоих лесорубов из КНДР, сбежавших с делянки",
         "Мужчины жили в заброшенном доме на окраине Зеи. Суд в понедельник назначил каждому "
         "штраф и административное выдворение за пределы России."),
        ("Студентку из КНДР нашли и задержали во Владивостоке",
         "Девушку обнаружили сотрудники полиции в съёмной квартире. Источник говорит, что "
         "студентку, скорее всего, вышлют на родину."),
        ("Студентку из КНДР нашли и задержали во Владивостоке",
         "Её обнаружили сотрудники полиции в съёмной квартире. Девушку, скорее всего, вышлют "
         "на родину."),
    ],
    ids=["each-fined-and-expelled", "the-student-likely-sent-home", "the-girl-likely-sent-home"],
)  # fmt: skip
def test_each_or_the_role_takes_up_the_people_facing_return(title: str, text: str) -> None:
    verdict = _verdict(title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Суд в Хабаровске вынес решение по делу иностранца",
         "Центральный районный суд Хабаровска признал гражданина КНДР виновным в нарушении "
         "миграционного законодательства. Как установил суд, мужчина прибыл в Россию в 2023 году "
         "по учебной визе. Суд назначил ему штраф с административным выдворением."),
        ("Суд в Уссурийске рассмотрел дело иностранца",
         "Уссурийский суд признал гражданина КНДР виновным в нарушении режима пребывания. Он "
         "въехал в Россию в 2021 году и работал на стройке. Суд назначил ему штраф с "
         "принудительным выдворением."),
    ],
    ids=["arrived-in-2023-on-a-student-visa", "entered-in-2021"],
)  # fmt: skip
def test_the_year_someone_entered_russia_is_no_old_case(title: str, text: str) -> None:
    verdict = _verdict(title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.country == "RU"


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("건설현장 이탈 북한 남성 하바롭스크서 체포",
         "하바롭스크 경찰이 지난 3일 건설 현장을 이탈한 북한 남성을 체포했다. 그는 학생 비자로 "
         "러시아에 입국했다.", Status.ARRESTED),
        ("벌목장 이탈 북한 노동자 블라디보스토크서 붙잡혀",
         "블라디보스토크 경찰이 지난 4일 벌목장을 이탈한 북한 노동자를 붙잡았다. 이 남성은 취업 "
         "비자로 입국했다.", Status.ARRESTED),
        ("러시아서 체포됐던 탈북민 한국 도착",
         "지난달 블라디보스토크에서 체포됐던 탈북민 1명이 석방된 뒤 지난 4일 인천공항을 통해 "
         "입국했다.", Status.REACHED_THIRD_COUNTRY),
    ],
    ids=["entered-russia-on-a-student-visa", "entered-on-a-work-visa", "arrived-in-korea-still"],
)  # fmt: skip
def test_ko_an_entry_into_russia_on_a_visa_is_no_arrival_in_safety(
    title: str, text: str, status: Status
) -> None:
    verdict = _verdict(title, text, "ko")
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is status


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ru", "Трое беглецов из КНДР пойманы в Находке",
         "Пограничники задержали троих беглецов из КНДР и доставили их в отдел пограничного "
         "контроля, где они находятся до сих пор."),
        ("ru", "Трое беглецов из КНДР пойманы в Находке",
         "Беглецов из КНДР доставили в отдел полиции, где они и находятся."),
        ("en", "Three North Korean defectors caught in Nakhodka",
         "Border guards caught three North Korean defectors and took them to a police station, "
         "where they remain."),
        ("zh", "三名朝鲜脱北者在纳霍德卡被抓获",
         "边防人员抓获三名朝鲜脱北者，将他们带到一处派出所，他们目前仍在那里。"),
        ("vi", "Ba người đào tẩu Triều Tiên bị bắt ở Nakhodka",
         "Biên phòng đã bắt ba người đào tẩu Triều Tiên và đưa họ về một đồn cảnh sát, nơi họ vẫn "
         "đang ở."),
    ],
    ids=["ru-still-there", "ru-and-are-there", "en-where-they-remain", "zh-still-there",
         "vi-where-they-still-are"],
)  # fmt: skip
def test_taken_to_a_station_where_they_remain_are_held(lang: str, title: str, text: str) -> None:
    verdict = _verdict(title, text, lang)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 3


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ru", "В ЕАО задержан гражданин КНДР, пытавшийся переплыть Амур в Китай",
         "Пограничники задержали в Еврейской автономной области гражданина КНДР, который "
         "пытался пересечь Амур по льду и уйти в Китай."),
        ("ru", "В Еврейской автономной области задержан беглец из КНДР",
         "Пограничники задержали беглеца из КНДР у села Ленинское."),
        ("zh", "一名朝鲜脱北者在犹太自治州被抓", "边防人员在犹太自治州抓获一名朝鲜脱北者。"),
        ("ko", "유대인자치주서 탈북민 체포", "국경수비대가 유대인 자치주에서 탈북민 1명을 체포했다."),
        ("ja", "ユダヤ自治州で脱北者を拘束", "国境警備隊がユダヤ自治州で脱北者1人を拘束した。"),
        ("vi", "Một người đào tẩu Triều Tiên bị bắt ở Tỉnh tự trị Do Thái",
         "Biên phòng đã bắt một người đào tẩu Triều Tiên tại Tỉnh tự trị Do Thái."),
        ("th", "จับผู้แปรพักตร์เกาหลีเหนือในแคว้นปกครองตนเองชาวยิว",
         "เจ้าหน้าที่ชายแดนจับผู้แปรพักตร์เกาหลีเหนือ 1 คนในแคว้นปกครองตนเองชาวยิว"),
    ],
    ids=["ru-eao-heading-to-china", "ru-full-name", "zh", "ko", "ja", "vi", "th"],
)  # fmt: skip
def test_the_jewish_autonomous_oblast_places_the_people_in_russia(
    lang: str, title: str, text: str
) -> None:
    verdict = _verdict(title, text, lang)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.country == "RU"


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ru", "В России задержаны двое беглецов из КНДР",
         "Полиция 3 декабря задержала во Владивостоке двоих беглецов из КНДР. Суд постановил "
         "вернуть их в КНДР."),
        ("zh", "两名朝鲜脱北者在俄罗斯被抓",
         "俄罗斯警方12月3日在符拉迪沃斯托克抓获两名朝鲜脱北者。法院下令将他们遣返回朝鲜。"),
        ("vi", "Hai người đào tẩu Triều Tiên bị bắt ở Nga",
         "Ngày 3/12, cảnh sát Nga bắt hai người đào tẩu Triều Tiên ở Vladivostok. Tòa án ra lệnh "
         "trả họ về Triều Tiên."),
        ("th", "จับผู้แปรพักตร์เกาหลีเหนือ 2 คนในรัสเซีย",
         "ตำรวจรัสเซียจับผู้แปรพักตร์เกาหลีเหนือ 2 คนในวลาดิวอสต็อกเมื่อวันที่ 3 ธ.ค. "
         "ศาลสั่งส่งตัวพวกเขากลับเกาหลีเหนือ"),
        ("th", "จับผู้แปรพักตร์เกาหลีเหนือ 2 คนในรัสเซีย",
         "ตำรวจรัสเซียจับผู้แปรพักตร์เกาหลีเหนือ 2 คนในวลาดิวอสต็อกเมื่อวันที่ 3 ธ.ค. "
         "ศาลสั่งปรับและสั่งส่งตัวกลับเกาหลีเหนือ"),
    ],
    ids=["ru-ruled-to-return", "zh-ordered", "vi-ordered", "th-ordered", "th-fined-and-ordered"],
)  # fmt: skip
def test_a_court_ordering_them_sent_back_is_a_return_to_come(
    lang: str, title: str, text: str
) -> None:
    verdict = _verdict(title, text, lang)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 2
