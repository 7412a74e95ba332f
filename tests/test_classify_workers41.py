"""North Korean workers counted, then told caught or held a clause later (when, where, by whom
between): the people of the incident, as English already read them; not the workers' boss, a
business named by the workers it employs, workers sent home under sanctions, nor a statistic.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 3, 20)


def verdict(text: str, lang: str, headed: bool) -> Verdict:
    title = text[:40] if headed else ""
    return classify(Document("s", title, text, lang=lang, date=ON))


A, D = Status.ARRESTED, Status.DETAINED


@pytest.mark.parametrize("headed", [True, False], ids=["headed", "headless"])
@pytest.mark.parametrize(
    ("text", "lang", "status", "people", "country"),
    [
        ("Three North Korean workers were last week detained by immigration officers in "
         "Khabarovsk.", "en", D, 3, "RU"),
        ("북한 노동자 3명이 지난주 블라디보스토크 공사장에서 이민 당국에 구금됐다.", "ko", D, 3, "RU"),
        ("북한 근로자 4명이 이달 초 모스크바 인근 건설 현장에서 러시아 이민국에 붙잡혔다.",
         "ko", A, 4, "RU"),
        ("北朝鮮の労働者3人が先週、ウラジオストクで拘束された。", "ja", A, 3, "RU"),
        ("北朝鮮労働者2人が今月初め、ハバロフスクの建設現場で移民当局に逮捕された。", "ja", A, 2,
         "RU"),
        ("三名朝鲜工人上周在珲春被当地警方拘留。", "zh-Hans", D, 3, "CN"),
        ("两名朝鲜劳工本周一在海参崴一处工地被俄罗斯移民局扣押。", "zh-Hans", D, 2, "RU"),
        ("Трое северокорейских рабочих на прошлой неделе были задержаны в Хабаровске.", "ru", A,
         3, "RU"),
        ("Пятеро северокорейских рабочих задержаны сотрудниками миграционной службы в "
         "Новосибирске.", "ru", A, 5, "RU"),
        ("Ba lao động Triều Tiên tuần trước đã bị cảnh sát Nga bắt giữ tại Khabarovsk.", "vi", A,
         3, "RU"),
        ("Hai lao động Triều Tiên đã bị cơ quan di trú tạm giữ tại một công trường ở Vladivostok "
         "hôm thứ Hai.", "vi", D, 2, "RU"),
        ("แรงงานเกาหลีเหนือ 3 คน เมื่อสัปดาห์ที่แล้วถูกเจ้าหน้าที่ตรวจคนเข้าเมืองควบคุมตัวที่คาบารอฟสค์",
         "th", D, 3, "RU"),
        ("คนงานเกาหลีเหนือ 4 คนถูกควบคุมตัวที่มอสโกเมื่อวันจันทร์", "th", D, 4, "RU"),
    ],
    ids=["en", "ko-detained", "ko-caught", "ja-held", "ja-arrested", "zh-detained", "zh-held",
         "ru-were-held", "ru-held", "vi-arrested", "vi-held", "th-held", "th-workmen"],
)  # fmt: skip
def test_counted_workers_held_a_clause_later_alert(
    text: str, lang: str, status: Status, people: int, country: str, headed: bool
) -> None:
    v = verdict(text, lang, headed)
    assert v.tier is Tier.ALERT
    assert (v.facts.status, v.facts.people, v.facts.country) == (status, people, country)


@pytest.mark.parametrize("headed", [True, False], ids=["headed", "headless"])
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # The workers' boss held, named by them or between them and the custody.
        ("The Chinese boss of three North Korean workers was arrested in Dandong on Monday.", "en"),
        ("북한 노동자 3명이 일하던 단둥 공장의 중국인 사장이 지난주 체포됐다.", "ko"),
        ("北朝鮮の労働者3人が働いていた丹東の工場の中国人社長が先週逮捕された。", "ja"),
        ("三名朝鲜工人所在工厂的中国老板上周被警方拘留。", "zh-Hans"),
        ("Китайский начальник трех северокорейских рабочих был задержан в Даньдуне в "
         "понедельник.", "ru"),
        ("Ông chủ người Trung Quốc của ba lao động Triều Tiên đã bị bắt tại Đan Đông hôm thứ "
         "Hai.", "vi"),
        ("เถ้าแก่ชาวจีนของแรงงานเกาหลีเหนือ 3 คนถูกจับกุมที่ตานตงเมื่อวันจันทร์", "th"),
        # A business named by the workers it employs, raided, its owner held.
        ("Police raided a sawmill near Khabarovsk that employed 40 North Korean workers and "
         "detained its Russian owner.", "en"),
        ("경찰은 북한 노동자 40명을 고용한 하바롭스크의 제재소를 급습해 러시아인 사장을 구금했다.",
         "ko"),
        ("警察はハバロフスクで北朝鮮労働者40人を雇用していた製材所を捜索し、ロシア人の経営者を"
         "拘束した。", "ja"),
        ("警方突击搜查了哈巴罗夫斯克一家雇用40名朝鲜工人的锯木厂，并拘留了其俄罗斯老板。",
         "zh-Hans"),
        ("Полиция провела обыск на лесопилке под Хабаровском, где работали 40 северокорейских "
         "рабочих, и задержала ее российского владельца.", "ru"),
        ("Cảnh sát khám xét một xưởng cưa gần Khabarovsk thuê 40 lao động Triều Tiên và tạm giữ "
         "chủ xưởng người Nga.", "vi"),
        ("ตำรวจบุกค้นโรงเลื่อยใกล้คาบารอฟสค์ที่จ้างแรงงานเกาหลีเหนือ 40 คน และควบคุมตัวเจ้าของชาวรัสเซีย",
         "th"),
        # Workers sent home under sanctions.
        ("Under UN sanctions, 200 North Korean workers were sent home from Vladivostok last "
         "month.", "en"),
        ("유엔 제재에 따라 북한 노동자 200명이 지난달 블라디보스토크에서 본국으로 송환됐다.", "ko"),
        ("国連制裁を受け、北朝鮮の労働者200人が先月、ウラジオストクから本国に送還された。", "ja"),
        ("根据联合国制裁，200名朝鲜工人上月从海参崴被遣返回国。", "zh-Hans"),
        ("Согласно санкциям ООН, 200 северокорейских рабочих в прошлом месяце были отправлены "
         "на родину из Владивостока.", "ru"),
        ("Theo lệnh trừng phạt của Liên Hợp Quốc, 200 lao động Triều Tiên đã bị đưa về nước từ "
         "Vladivostok tháng trước.", "vi"),
        ("ตามมาตรการคว่ำบาตรของสหประชาชาติ แรงงานเกาหลีเหนือ 200 คนถูกส่งกลับประเทศจากวลาดิวอสต็อก"
         "เมื่อเดือนที่แล้ว", "th"),
        # A statistic of workers held over a year.
        ("Last year 350 North Korean workers were detained across Russia for overstaying their "
         "visas.", "en"),
        ("지난해 북한 노동자 350명이 러시아 전역에서 불법 체류로 체포됐다고 내무부가 밝혔다.", "ko"),
        ("昨年、北朝鮮の労働者350人がロシア各地で不法滞在により拘束されたと内務省が明らかにした。",
         "ja"),
        ("去年共有350名朝鲜工人在俄罗斯各地因非法滞留被拘留。", "zh-Hans"),
        ("В прошлом году 350 северокорейских рабочих были задержаны по всей России за нарушение "
         "миграционного режима.", "ru"),
        ("Năm ngoái, 350 lao động Triều Tiên đã bị bắt giữ trên khắp nước Nga vì cư trú bất hợp "
         "pháp.", "vi"),
        ("เมื่อปีที่แล้ว แรงงานเกาหลีเหนือ 350 คนถูกจับกุมทั่วรัสเซียเพราะอยู่เกินวีซ่า", "th"),
    ],
    ids=["boss-en", "boss-ko", "boss-ja", "boss-zh", "boss-ru", "boss-vi", "boss-th",
         "business-en", "business-ko", "business-ja", "business-zh", "business-ru", "business-vi",
         "business-th", "sanctions-en", "sanctions-ko", "sanctions-ja", "sanctions-zh",
         "sanctions-ru", "sanctions-vi", "sanctions-th", "statistic-en", "statistic-ko",
         "statistic-ja", "statistic-zh", "statistic-ru", "statistic-vi", "statistic-th"],
)  # fmt: skip
def test_workers_who_are_not_the_ones_held_stay_out(text: str, lang: str, headed: bool) -> None:
    assert verdict(text, lang, headed).tier is not Tier.ALERT
