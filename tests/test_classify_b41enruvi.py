"""Reports in English, Russian and Vietnamese as they come (stress41_enruvi's kinds), probed in
the other main languages too.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 7)


def _facts(lang: str, text: str) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people, verdict.facts.country


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police in Dandong detained a former North Korean soldier on Friday, his cousin in "
               "Seoul said. Activists fear he will be sent back."),
        ("ko", "전직 북한군 병사 1명이 지난 5일 중국 단둥에서 공안에 붙잡혔다고 서울의 사촌이 "
               "전했다. 그가 강제북송될 것이라는 우려가 나온다."),
        ("zh", "一名前朝鲜军人本月5日在丹东被公安抓获，他在首尔的表哥说。活动人士担心他会被遣返。"),
        ("ja", "元北朝鮮兵士の男性が5日、中国・丹東で公安に拘束された。活動家らは送還を懸念している。"),
        ("ru", "Бывший солдат армии КНДР задержан в пятницу в Даньдуне, рассказал его двоюродный "
               "брат из Сеула. Правозащитники опасаются, что его вышлют в КНДР."),
        ("ru", "Бывший северокорейский военнослужащий задержан в пятницу в Даньдуне, рассказал его "
               "двоюродный брат из Сеула. Правозащитники опасаются, что его вышлют в КНДР."),
        ("vi", "Một cựu binh sĩ Triều Tiên bị công an bắt ở Đan Đông hôm thứ Sáu, người anh họ ở "
               "Seoul cho biết. Các nhà hoạt động lo ngại anh sẽ bị trả về."),
        ("th", "อดีตทหารเกาหลีเหนือคนหนึ่งถูกตำรวจจีนควบคุมตัวที่เมืองตานตงเมื่อวันศุกร์ "
               "ญาติในกรุงโซลเปิดเผย นักเคลื่อนไหวกังวลว่าเขาจะถูกส่งกลับ"),
    ],
)  # fmt: skip
def test_a_former_soldier_is_an_escapee_not_a_captured_soldier(lang: str, text: str) -> None:
    """A man named by the army he once served in (a former North Korean soldier, бывший
    военнослужащий КНА, cựu binh sĩ Triều Tiên, 전직 북한군, 前朝鲜士兵, 元北朝鮮兵士,
    อดีตทหารเกาหลีเหนือ) fled as any North Korean does: the soldier words that mark a prisoner of
    war of the Ukraine fighting must not veto his arrest."""
    assert _facts(lang, text) == (Tier.ALERT, Status.FACING_REPATRIATION, 1, "CN")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In 2025, coast guards in Khasan district held 38 people for crossing the border "
               "illegally, including seven North Koreans, the border directorate said."),
        ("en", "Last year coast guards in Khasan district held 38 people for crossing the border "
               "illegally, including seven North Koreans, the border directorate said."),
        ("ru", "В 2025 году пограничники Хасанского района задержали 34 нарушителя "
               "государственной границы, в том числе семь граждан КНДР, сообщили в "
               "погрануправлении."),
        ("ru", "В прошлом году пограничники Хасанского района задержали 34 нарушителя "
               "государственной границы, в том числе семь граждан КНДР."),
        ("vi", "Năm 2025, Bộ đội Biên phòng tỉnh Lạng Sơn đã bắt giữ 38 người xuất nhập cảnh trái "
               "phép, trong đó có 7 người Triều Tiên, đơn vị cho biết."),
        ("ko", "연해주 국경수비대는 2025년 불법 월경자 38명을 붙잡았으며, 이 가운데 북한 주민은 "
               "7명이었다고 밝혔다."),
        ("zh", "滨海边疆区边防部门表示，2025年抓获非法越境者38人，其中包括7名朝鲜人。"),
        ("ja", "沿海地方の国境警備当局は、2025年に不法越境者38人を拘束し、うち7人が北朝鮮国籍だった"
               "と発表した。"),
        ("th", "ในปี 2568 ตำรวจตรวจคนเข้าเมืองจังหวัดเชียงรายจับกุมผู้ลักลอบเข้าเมือง 38 คน "
               "ในจำนวนนี้เป็นชาวเกาหลีเหนือ 7 คน"),
    ],
)  # fmt: skip
def test_a_years_tally_broken_down_by_nationality_is_a_statistic(lang: str, text: str) -> None:
    """A figure a whole year dates and splits into parts after it ("38 held in 2025, including
    seven North Koreans", "38 нарушителей, в том числе семь граждан КНДР", "38 người, trong đó
    có 7 người Triều Tiên") is a tally, as a total is: no incident, no alert."""
    verdict = classify(Document("r", "", text, lang=lang, date=date(2026, 1, 20)))
    assert verdict.tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police in Hunchun held 38 people on Monday, including seven North Koreans, a "
               "rights group said."),
        ("ru", "Полиция Хуньчуня в понедельник задержала 38 человек, в том числе семь граждан "
               "КНДР, сообщила правозащитная группа."),
        ("vi", "Ngày 18/1, Bộ đội Biên phòng tỉnh Lạng Sơn đã bắt giữ 38 người nhập cảnh trái "
               "phép, trong đó có 7 người Triều Tiên."),
    ],
)  # fmt: skip
def test_a_days_arrests_broken_down_by_nationality_stay_an_incident(lang: str, text: str) -> None:
    """The same breakdown dated to a day is one raid's catch: the part who are North Koreans is
    the incident's people."""
    verdict = classify(Document("r", "", text, lang=lang, date=date(2026, 1, 20)))
    assert (verdict.tier, verdict.facts.people) == (Tier.ALERT, 7)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A North Korean man was freed from a detention centre in Khabarovsk on Thursday, "
               "his lawyer said. Earlier reports had said he had been handed over to the North "
               "Korean consulate."),
        ("ru", "Гражданина КНДР в четверг освободили из центра временного содержания в Хабаровске, "
               "сообщил его адвокат. Ранее СМИ писали, что его передали сотрудникам консульства "
               "КНДР."),
        ("ko", "북한 남성 1명이 지난 3일 하바롭스크의 외국인 수용소에서 석방됐다고 변호인이 "
               "밝혔다. 앞서 일부 언론은 그가 북한 영사관에 넘겨졌다고 보도했다."),
        ("zh", "一名朝鲜男子3日从哈巴罗夫斯克的外国人收容所获释，其律师表示。此前有媒体报道称，"
               "他已被移交给朝鲜领事馆。"),
        ("ja", "北朝鮮の男性が3日、ハバロフスクの収容施設から釈放されたと弁護士が明らかに"
               "した。一部メディアはこれより前、男性が北朝鮮領事館に引き渡されたと報じていた。"),
        ("vi", "Một người đàn ông Triều Tiên đã được thả khỏi trung tâm tạm giữ ở Khabarovsk hôm thứ Năm, "
               "luật sư của anh cho biết. Trước đó, một số báo đưa tin anh đã bị giao cho lãnh sự "
               "quán Triều Tiên."),
        ("th", "ชายชาวเกาหลีเหนือคนหนึ่งได้รับการปล่อยตัวจากศูนย์กักกันในคาบารอฟสค์เมื่อวันพฤหัสบดี "
               "ทนายความระบุ ก่อนหน้านี้สื่อบางแห่งรายงานว่าเขาถูกส่งตัวให้สถานกงสุลเกาหลีเหนือแล้ว"),
    ],
)  # fmt: skip
def test_a_return_told_as_earlier_ends_no_release_told_after_it(lang: str, text: str) -> None:
    """A return told as before the story's time ("Earlier reports had said he had been handed
    over", "Ранее СМИ писали, что его передали", 此前有媒体报道称, "Trước đó, ... đã bị giao")
    is an earlier claim the release corrects: nobody is freed after a return, so the release
    the report tells stands."""
    assert _facts(lang, text)[:3] == (Tier.ALERT, Status.RELEASED, 1)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A North Korean man was freed from a detention centre in Khabarovsk on Thursday. "
               "He was then handed over to the North Korean consulate, his lawyer said."),
        ("vi", "Một người đàn ông Triều Tiên được thả khỏi trung tâm tạm giữ ở Khabarovsk hôm thứ Năm. "
               "Sau đó anh bị giao cho lãnh sự quán Triều Tiên, luật sư cho biết."),
    ],
)  # fmt: skip
def test_a_return_told_after_a_release_still_ends_it(lang: str, text: str) -> None:
    """A return told after the release, with no word making it earlier, is where the release
    led: the people were sent back."""
    assert _facts(lang, text)[1] is Status.REPATRIATED


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("en", "A North Korean miner who spent six months in a Lao jail has arrived in Seoul, his "
               "aunt said on Friday.", "LA"),
        ("ru", "Гражданин КНДР, проведший полгода в лаосской тюрьме, прибыл в Сеул, рассказала в "
               "пятницу его тётя.", "LA"),
        ("ko", "라오스 교도소에서 6개월을 보낸 탈북민 1명이 서울에 도착했다고 그의 이모가 지난 4일 "
               "밝혔다.", "LA"),
        ("zh", "一名在老挝监狱里度过半年的脱北者已抵达首尔，他的姨妈4日说。", "LA"),
        ("ja", "ラオスの刑務所で半年を過ごした脱北者1人がソウルに到着したと、おばが4日明らかにした。",
         "LA"),
        ("vi", "Một người Triều Tiên từng ở sáu tháng trong nhà tù Lào đã đến Seoul, dì của anh "
               "cho biết hôm thứ Sáu.", "LA"),
        ("th", "ชาวเกาหลีเหนือคนหนึ่งที่ใช้เวลาหกเดือนในเรือนจำลาวเดินทางถึงกรุงโซลแล้ว "
               "น้าสาวของเขาเปิดเผยเมื่อวันศุกร์", "LA"),
    ],
)  # fmt: skip
def test_a_jail_named_by_its_country_is_custody_there(lang: str, text: str, country: str) -> None:
    """A jail or prison named by its country (a Lao jail, лаосская тюрьма, 라오스 교도소, 老挝监狱,
    ラオスの刑務所, เรือนจำลาว) is a custody abroad, and where: the arrival in Seoul after it is
    a third country reached. A bare prison, as often the North's own, is none."""
    assert _facts(lang, text) == (Tier.ALERT, Status.REACHED_THIRD_COUNTRY, 1, country)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A former North Korean soldier and his sister, caught in Kunming in October, have "
               "reached Seoul, a missionary said on Monday."),
        ("ru", "Бывший северокорейский солдат и его сестра, задержанные в Куньмине в октябре, "
               "прибыли в Сеул, сообщил в понедельник миссионер."),
        ("vi", "Một cựu quân nhân Triều Tiên và em gái, bị bắt ở Côn Minh hồi tháng 10, đã đến "
               "Seoul, một nhà truyền giáo cho biết hôm thứ Hai."),
        ("zh", "10月在昆明被抓的一名前朝鲜士兵和他的妹妹已抵达首尔，一名传教士7日说。"),
    ],
)  # fmt: skip
def test_a_former_soldier_and_a_relative_are_two(lang: str, text: str) -> None:
    """A former soldier of the North joined to a relative ("and his sister", и его сестра, và
    em gái) is one person more than the relative: two reached Seoul."""
    assert _facts(lang, text) == (Tier.ALERT, Status.REACHED_THIRD_COUNTRY, 2, "CN")
