"""Round-28 fixes found by the blind English set stress28_en, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 5)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("en28", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Activists believe 17 North Koreans held in Jilin were sent back",
            "Seventeen North Koreans were detained in Jilin in September.",
        ),
        (
            "en",
            "Defectors held in Yanji",
            "Activists believe the nine North Koreans arrested in Yanji last month were sent back "
            "to the North last week.",
        ),
        (
            "ko",
            "지린 억류 탈북민",
            "활동가들은 지난 9월 지린에서 붙잡힌 탈북민 17명이 지난주 강제북송된 것으로 보고 있다.",
        ),
        (
            "vi",
            "17 người Triều Tiên bị bắt ở Cát Lâm",
            "Các nhà hoạt động tin rằng 17 người Triều Tiên bị bắt ở Cát Lâm hồi tháng 9 đã bị "
            "trả về Triều Tiên tuần trước.",
        ),
    ],
)
def test_a_return_someone_believes_done_is_only_feared(lang: str, title: str, text: str) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Six North Koreans arrested in Chiang Rai",
            "Police in Chiang Rai arrested six North Koreans on Saturday. Police said the group "
            "would be handed to the Immigration Bureau in Bangkok and later deported to South "
            "Korea.",
        ),
        (
            "vi",
            "Thái Lan bắt 6 người Triều Tiên",
            "Cảnh sát Chiang Rai hôm thứ Bảy đã bắt 6 người Triều Tiên. Nhóm này sẽ được chuyển "
            "tới Cục Xuất nhập cảnh ở Bangkok và sau đó bị trục xuất sang Hàn Quốc.",
        ),
        (
            "th",
            "ตำรวจเชียงรายจับชาวเกาหลีเหนือ 6 คน",
            "ตำรวจเชียงรายจับกุมชาวเกาหลีเหนือ 6 คนเมื่อวันเสาร์ ทั้งหมดจะถูกส่งตัวไปสำนักงาน"
            "ตรวจคนเข้าเมืองที่กรุงเทพฯ และต่อมาถูกเนรเทศไปเกาหลีใต้",
        ),
    ],
)
def test_a_future_carried_on_by_and_later_is_no_arrival(lang: str, title: str, text: str) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED


def test_a_move_done_and_later_a_deportation_south_is_an_arrival() -> None:
    verdict = verdict_of(
        "en",
        "Six North Koreans reach Seoul",
        "Six North Koreans were arrested in Chiang Rai in May and later deported to South Korea, "
        "officials said on Friday.",
    )
    assert verdict.facts.status is Status.REACHED_THIRD_COUNTRY


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Three North Koreans held in Vietnam",
            "Border guards in Lang Son detained three North Koreans and two local men on "
            "Wednesday. The two Vietnamese men guiding the group were released after questioning. "
            "The three North Koreans remain at the border station.",
        ),
        (
            "en",
            "Three North Koreans held in Vietnam",
            "Border guards in Lang Son detained three North Koreans and a Vietnamese driver on "
            "Wednesday. The driver transporting them was released after questioning. The three "
            "North Koreans remain at the border station.",
        ),
        (
            "ru",
            "Трое граждан КНДР задержаны во Вьетнаме",
            "Пограничники провинции Лангшон задержали троих граждан КНДР и двух местных жителей. "
            "Двое вьетнамцев, сопровождавших группу, были отпущены после допроса. Трое "
            "северокорейцев остаются на заставе.",
        ),
        (
            "ja",
            "ベトナムで脱北者3人拘束",
            "ベトナム北部ランソン省の国境警備隊が脱北者3人と地元の男性2人を拘束した。一行を案内した"
            "ベトナム人の男2人は事情聴取の後に釈放された。脱北者3人は国境警備所に留め置かれている。",
        ),
        (
            "th",
            "เวียดนามจับชาวเกาหลีเหนือ 3 คน",
            "ทหารพรานชายแดนจังหวัดลางเซินจับกุมชาวเกาหลีเหนือ 3 คนและชาวบ้าน 2 คน ชายชาวเวียดนาม 2 คน"
            "ที่นำทางกลุ่มนี้ได้รับการปล่อยตัวหลังการสอบปากคำ ส่วนชาวเกาหลีเหนือ 3 คนยังถูกควบคุมตัวที่ด่านชายแดน",
        ),
    ],
)
def test_the_release_of_those_who_guided_the_people_frees_none_of_them(
    lang: str, title: str, text: str
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status is not Status.RELEASED


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Forty North Koreans in Tumen",
            'China\'s foreign ministry on Thursday dismissed as "not true" a report that some 40 '
            "North Koreans held in Tumen had been handed back to Pyongyang this week. A rights "
            "group said the 40 remain at the Tumen detention centre.",
        ),
        (
            "en",
            "Forty North Koreans in Tumen",
            'China\'s foreign ministry on Thursday called "untrue" reports that 40 North Koreans '
            "held in Tumen had been sent back this week. A rights group said the 40 remain at the "
            "Tumen detention centre.",
        ),
        (
            "ru",
            "40 северокорейцев в Тумэне",
            "МИД КНР назвал не соответствующими действительности сообщения о том, что 40 граждан "
            "КНДР были выданы Пхеньяну. По данным правозащитников, 40 северокорейцев остаются под "
            "стражей в Тумэне.",
        ),
    ],
)
def test_a_return_called_untrue_is_no_return(lang: str, title: str, text: str) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status is Status.DETAINED


def test_an_appeal_dismissed_as_groundless_denies_nothing() -> None:
    verdict = verdict_of(
        "en",
        "Court rejects appeal",
        "A court in Vladivostok dismissed as groundless the appeal of a North Korean man against "
        "his deportation to North Korea. He is held in a detention centre.",
    )
    assert verdict.facts.status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Grandmother and grandsons held in Tumen",
            "A North Korean woman in her sixties and her two grandsons, aged 9 and 12, were picked "
            "up by Chinese police in Tumen last Thursday.",
        ),
        (
            "en",
            "Grandmother and grandsons held in Tumen",
            "A North Korean woman and her two grandsons were arrested by Chinese police in Tumen "
            "last Thursday.",
        ),
        (
            "en",
            "Family held in Hunchun",
            "Chinese police arrested a North Korean woman, her daughter and the daughter's son in "
            "Hunchun on Nov. 24.",
        ),
        (
            "vi",
            "Bắt một phụ nữ Triều Tiên và hai cháu",
            "Công an Trung Quốc hôm thứ Năm tuần trước đã bắt một phụ nữ Triều Tiên ngoài 60 tuổi "
            "cùng hai cháu trai ở Đồ Môn.",
        ),
    ],
)
def test_a_woman_told_with_her_age_and_her_grandchildren_are_three(
    lang: str, title: str, text: str
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.people == 3


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Lawmakers urge release",
            "Fourteen members of the U.S. Congress have urged Beijing to release six North Korean "
            "women held in Jilin province. The women were arrested in Yanji in October.",
        ),
        (
            "zh",
            "美议员敦促中国释放6名朝鲜妇女",
            "14名美国国会议员致函中国驻美大使，敦促北京释放被关押在吉林省的6名朝鲜妇女。",
        ),
    ],
)
def test_members_of_a_named_congress_are_bystanders(lang: str, title: str, text: str) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.people == 6


def test_people_who_are_to_be_released_later_are_not_released() -> None:
    verdict = verdict_of(
        "en",
        "Six North Koreans arrested in Chiang Rai",
        "Police in Chiang Rai arrested six North Koreans on Saturday. They are to be sent to "
        "Bangkok and then released to the South Korean embassy.",
    )
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED
