"""Round-30 fixes found by the blind set stress30_lead30: reports that open on a reaction (a
protest, a UN letter, a briefing, a family's plea) and only later tell who was caught or sent back.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 5)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("lead30", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Речь идет о 24-летнем студенте из КНДР, который с конца октября содержится в "
            "ЦВСИГ в Хабаровске.",
            1,
        ),
        (
            "Письмо касается северокорейской студентки. Речь идет о северокорейской студентке, "
            "которая с конца октября содержится в ЦВСИГ в Хабаровске.",
            1,
        ),
        (
            "Речь идет о двух северокорейских студентах, которые с конца октября содержатся в "
            "ЦВСИГ в Хабаровске.",
            2,
        ),
        (
            "Речь идет о трех студентках из КНДР, которые с конца октября содержатся в ЦВСИГ в "
            "Хабаровске.",
            3,
        ),
    ],
)
def test_ru_students_named_in_the_prepositional_case_are_the_people(
    text: str, people: int
) -> None:
    """A UN letter names the people after "речь идет о": the student's prepositional case
    (о студенте из КНДР, о северокорейских студентах) names escapees as the nominative does."""
    verdict = verdict_of("ru", "Спецдокладчик ООН написал властям России", text)
    assert verdict.alert
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == people
    assert verdict.facts.country == "RU"


@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        (
            "en",
            "Defector mother appeals to Seoul",
            "A North Korean defector who settled in Busan spoke to reporters on Tuesday. She said "
            "her 23-year-old son was caught by Chinese police in Hunchun and sent back to North "
            "Korea on Friday.",
            1,
        ),
        (
            "ja",
            "脱北者の父親が会見",
            "大阪に住む脱北者の男性が2日、記者会見を開いた。男性によると、23歳の息子が先月、"
            "琿春で中国公安に拘束され、金曜日に北朝鮮へ送還された。",
            1,
        ),
        (
            "zh",
            "脱北者父亲召开记者会",
            "一名定居釜山的脱北者2日召开记者会。他说，23岁的儿子上月在珲春被中国公安抓捕，"
            "上周五被遣返回朝鲜。",
            1,
        ),
        (
            "zh",
            "脫北者父親召開記者會",
            "一名定居釜山的脫北者2日召開記者會。他說，23歲的兒子上月在琿春被中國公安抓捕，"
            "上週五被遣返回北韓。",
            1,
        ),
        (
            "ru",
            "Отец-перебежчик обратился к журналистам",
            "Бежавший из КНДР житель Пусана во вторник выступил перед журналистами. По его словам, "
            "его 23-летнего сына задержали в Хуньчуне и в пятницу отправили обратно в КНДР.",
            1,
        ),
        (
            "vi",
            "Người cha đào tẩu cầu cứu",
            "Một người đào tẩu Triều Tiên sống ở Busan đã gặp báo giới hôm thứ Ba. Ông cho biết "
            "con trai 23 tuổi bị công an Trung Quốc bắt ở Hồn Xuân và đã bị trả về Triều Tiên "
            "hôm thứ Sáu.",
            1,
        ),
        (
            "th",
            "พ่อผู้หลบหนีชาวเกาหลีเหนือร้องขอความช่วยเหลือ",
            "ผู้หลบหนีชาวเกาหลีเหนือซึ่งอาศัยอยู่ในเมืองปูซานให้สัมภาษณ์ผู้สื่อข่าวเมื่อวันอังคาร\n"
            "เขาเล่าว่าลูกชายวัย 23 ปีถูกตำรวจจีนจับกุมที่เมืองหุนชุน "
            "และถูกส่งตัวกลับเกาหลีเหนือเมื่อวันศุกร์",
            1,
        ),
    ],
)
def test_a_relative_told_after_an_age_in_a_plea_is_the_person_sent_back(
    lang: str, title: str, text: str, people: int
) -> None:
    """A defector's plea names the one caught as a relative with the age before it ("her
    23-year-old son", 23歳の息子, 23岁的儿子, 23-летнего сына) or right after it with no comma
    (con trai 23 tuổi, ลูกชายวัย 23 ปี): one North Korean, whose return is the news."""
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status is Status.REPATRIATED
    assert verdict.facts.people == people
    assert verdict.facts.country == "CN"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A North Korean defector in Seoul said his sister and her 8-year-old daughter were "
            "arrested in Yanji last week.",
        ),
        (
            "ru",
            "Беглец из КНДР, живущий в Сеуле, рассказал, что его сестру и ее 8-летнюю дочь "
            "задержали в Яньцзи на прошлой неделе.",
        ),
        (
            "ja",
            "ソウルに住む脱北者の男性によると、妹と8歳の娘が先週、延吉で中国公安に拘束された。",
        ),
    ],
)
def test_a_relative_told_after_an_age_beside_another_counts_with_it(lang: str, text: str) -> None:
    """ "His sister and her 8-year-old daughter": the aged relative after another is one of
    the two the relatives count, not the one person of the report."""
    verdict = verdict_of(lang, "Defector asks for help", text)
    assert verdict.alert
    assert verdict.facts.people == 2


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Một phụ nữ đào tẩu Triều Tiên bị công an bắt tại Hồn Xuân hôm thứ Tư.", 1),
        ("Hai phụ nữ đào tẩu Triều Tiên bị công an bắt tại Hồn Xuân hôm thứ Tư.", 2),
        ("Một người phụ nữ tị nạn Bắc Triều Tiên bị công an bắt tại Hồn Xuân hôm thứ Tư.", 1),
    ],
)
def test_vi_a_woman_named_by_her_flight_is_a_north_korean(text: str, people: int) -> None:
    """A woman named by her flight, "phụ nữ đào tẩu Triều Tiên", is an escapee as "người đào
    tẩu Triều Tiên" is."""
    verdict = verdict_of("vi", "Bắt giữ ở Hồn Xuân", text)
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == people


def test_ru_an_aged_son_after_his_mother_is_not_the_one_person() -> None:
    """ "помочь его сестре и ее 8-летнему сыну": the son told after his mother is not the
    report's one person (two are held; a count left unknown is no wrong one)."""
    verdict = verdict_of(
        "ru",
        "Беглец просит помощи",
        "Житель Пусана, бежавший из КНДР, попросил власти помочь его сестре и ее 8-летнему "
        "сыну, задержанным в Китае на прошлой неделе.",
    )
    assert verdict.alert
    assert verdict.facts.people != 1


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "th",
            "ชุมนุมหน้าสถานทูตจีนในกรุงเทพฯ",
            "นักเคลื่อนไหวราว 40 คนรวมตัวกันหน้าสถานทูตจีน เรียกร้องให้จีนยุติการส่งกลับผู้ลี้ภัย\n"
            "ผู้จัดการชุมนุมระบุว่า ชาวเกาหลีเหนือ 5 คนถูกตำรวจจับกุมที่อำเภอแม่สายเมื่อสัปดาห์ก่อน",
        ),
        (
            "th",
            "ชุมนุมหน้าสถานทูตจีนในกรุงเทพฯ",
            "ผู้ประท้วง 40 คนรวมตัวกันหน้าสถานทูตจีน เรียกร้องให้จีนยุติการส่งกลับผู้ลี้ภัย\n"
            "ผู้จัดการชุมนุมระบุว่า ชาวเกาหลีเหนือ 5 คนถูกตำรวจจับกุมที่อำเภอแม่สายเมื่อสัปดาห์ก่อน",
        ),
        (
            "vi",
            "Biểu tình trước Đại sứ quán Trung Quốc",
            "Khoảng 40 nhà hoạt động tập trung trước Đại sứ quán Trung Quốc ở Seoul, kêu gọi ngừng "
            "trả người tị nạn Triều Tiên về nước. Ban tổ chức cho biết 5 người Triều Tiên bị bắt "
            "ở Thẩm Dương tuần trước.",
        ),
        (
            "vi",
            "Biểu tình trước Đại sứ quán Trung Quốc",
            "40 người biểu tình tập trung trước Đại sứ quán Trung Quốc ở Seoul, kêu gọi ngừng trả "
            "người tị nạn Triều Tiên về nước. Ban tổ chức cho biết 5 người Triều Tiên bị bắt ở "
            "Thẩm Dương tuần trước.",
        ),
    ],
)
def test_the_protesters_counted_are_not_the_people(lang: str, title: str, text: str) -> None:
    """A report opening on a protest counts its crowd (นักเคลื่อนไหวราว 40 คน, 40 người biểu
    tình) before the people held: the five caught are the people, as in en, ko, ja, zh."""
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.people == 5


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "据人权团体披露，延吉警方上月抓获5名朝鲜越境者，5人目前被关押在边防拘留所。"),
        ("zh", "據人權團體披露，延吉警方上月抓獲5名北韓越境者，5人目前被關押在邊防拘留所。"),
        (
            "ja",
            "支援団体によると、中国公安は先月、延吉で脱北者5人を拘束し、5人は現在、施設に収容されている。",
        ),
    ],
)
def test_the_same_figure_again_after_a_comma_is_the_same_people(lang: str, text: str) -> None:
    """ "抓获5名朝鲜越境者，5人目前被关押": the bare figure after the comma names the five
    again as their clause goes on; they are five, not ten."""
    verdict = verdict_of(lang, "外交部记者会", text)
    assert verdict.alert
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 5


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "人权团体在中国驻首尔大使馆前抗议　吁勿遣返脱北者",
            "人权团体3日在中国驻首尔大使馆前集会，约五十名参与者手持标语，高喊“停止强制遣返”。"
            "主办方表示，上周在和龙被公安抓捕的3名脱北者目前面临被遣返的危险。",
        ),
        (
            "人權團體在中國駐首爾大使館前抗議　籲勿遣返脫北者",
            "人權團體3日在中國駐首爾大使館前集會，數十名參與者手持標語，高喊「停止強制遣返」。"
            "主辦方表示，上週在和龍被公安抓捕的3名脫北者目前面臨被遣返的危險。",
        ),
    ],
)
def test_zh_the_participants_of_a_protest_are_not_the_people(title: str, text: str) -> None:
    """A protest's crowd (数十名参与者) chanting against returns under a headline against them
    is no count of the people: the three caught are."""
    verdict = verdict_of("zh", title, text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 3


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "UN tallies forced returns to North Korea this year",
            "The UN human rights office said at least 380 North Koreans were forcibly returned "
            "from China this year. The report is based on interviews with 75 escapees who "
            "reached South Korea and says most returnees were held in Onsong.",
        ),
        (
            "zh",
            "联合国报告：今年逾三百名脱北者被遣返",
            "联合国人权办公室表示，今年至少380名脱北者被中国强制遣返。报告根据对抵达韩国的75名"
            "脱北者的访谈撰写，指出遣返者多被关押在稳城。",
        ),
        (
            "ru",
            "Доклад ООН о высылках в КНДР",
            "Управление ООН по правам человека сообщило, что в этом году из Китая выслали не "
            "менее 380 северокорейцев. Доклад основан на интервью с 75 беглецами, добравшимися "
            "до Южной Кореи; большинство высланных содержались в Онсоне.",
        ),
        (
            "vi",
            "LHQ: hơn 300 người Triều Tiên bị trả về trong năm nay",
            "Văn phòng Nhân quyền LHQ cho biết ít nhất 380 người Triều Tiên đã bị Trung Quốc "
            "cưỡng chế hồi hương trong năm nay. Báo cáo dựa trên phỏng vấn 75 người đào tẩu đã "
            "đến Hàn Quốc, cho biết phần lớn bị giam ở Onsong.",
        ),
    ],
)
def test_the_escapees_a_yearly_report_drew_on_are_no_incident(
    lang: str, title: str, text: str
) -> None:
    """ "Based on interviews with 75 escapees who reached South Korea": the sources of a UN
    report's yearly figures, no arrival of people just released."""
    assert not verdict_of(lang, title, text).alert


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "ko",
            "中 공안, 한국인 목사 체포",
            "중국 지린성 공안이 탈북민 지원 활동을 해온 한국인 목사 B(61)씨를 체포했다고 외교부가 "
            "4일 밝혔다.",
        ),
        (
            "ko",
            "中 공안, 한국인 목사 체포",
            "중국 지린성 공안이 탈북자 구출 활동을 해온 한국인 목사 B(61)씨를 체포했다고 외교부가 "
            "4일 밝혔다.",
        ),
        (
            "zh",
            "中国警方拘留韩国牧师",
            "韩国外交部4日表示，吉林公安逮捕了一名长期从事脱北者援助活动的韩国籍牧师。",
        ),
        ("zh", "韓國牧師被捕", "吉林公安4日逮捕了一名長期援助脫北者的韓國牧師。"),
    ],
)
def test_a_south_korean_helper_of_defectors_arrested_is_no_alert(
    lang: str, title: str, text: str
) -> None:
    """The defectors a South Korean pastor worked for (탈북민 지원 활동을 해온, 从事脱北者援助活动的)
    are not the people the arrest happens to."""
    assert not verdict_of(lang, title, text).alert


def test_defectors_caught_with_their_helper_still_alert() -> None:
    verdict = verdict_of(
        "ko",
        "탈북민 지원 활동가 체포…탈북민 3명도 붙잡혀",
        "중국 공안이 탈북민 지원 활동을 해온 한국인 선교사와 함께 탈북민 3명을 선양에서 체포했다.",
    )
    assert verdict.alert
    assert verdict.facts.people == 3


def test_th_the_immigration_detention_centre_named_as_a_briefing_does_is_thailand() -> None:
    """A briefing's answer, then the people held at "สถานกักตัวคนต่างด้าว สวนพลู": the Thai
    immigration detention centre places them in Thailand, so the report alerts."""
    verdict = verdict_of(
        "th",
        "กระทรวงการต่างประเทศแถลง อยู่ระหว่างตรวจสอบ",
        "โฆษกกระทรวงการต่างประเทศกล่าวในการแถลงข่าวว่า อยู่ระหว่างตรวจสอบข้อเท็จจริง\n"
        "มีรายงานว่าชาวเกาหลีเหนือ 6 คนถูกควบคุมตัวที่สถานกักตัวคนต่างด้าว สวนพลู",
    )
    assert verdict.alert
    assert verdict.facts.country == "TH"
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 6
