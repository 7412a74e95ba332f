"""Another group's fate told beside the incident gives the incident neither its status nor its
count (bot/classify/apart.py). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Facts, Status

ON = date(2026, 6, 10)


def facts_of(text: str, title: str = "") -> Facts:
    return classify(Document("a", title, text, date=ON)).facts


@pytest.mark.parametrize(
    ("text", "status", "people"),
    [
        ("Two months after China sent back 150 North Koreans in March, four more defectors were "
         "arrested in Yanji on Tuesday, an aid group said.", Status.ARRESTED, 4),
        ("Like the 150 North Korean defectors repatriated in March, the four defectors held in "
         "Yanji since Tuesday may be sent back, an aid group said.",
         Status.FACING_REPATRIATION, 4),
        ("지난 3월 탈북민 150명이 강제북송된 데 이어, 지난주 옌지에서 탈북민 4명이 또 체포됐다.",
         Status.ARRESTED, 4),
        ("继3月150名脱北者被遣返之后，上周又有4名脱北者在延吉被捕。", Status.ARRESTED, 4),
        ("3月に脱北者150人が送還されたのに続き、先週、延吉で脱北者4人が拘束された。",
         Status.ARRESTED, 4),
        ("После того как в марте Китай депортировал в КНДР 150 беглецов, на прошлой неделе в "
         "Яньцзи были задержаны еще четверо беглецов из КНДР.", Status.ARRESTED, 4),
        ("Sau khi Trung Quốc trả về 150 người Triều Tiên hồi tháng 3, tuần trước thêm 4 người "
         "đào tẩu Triều Tiên bị bắt ở Diên Cát.", Status.ARRESTED, 4),
    ],
    ids=["en-after", "en-like", "ko-after", "zh-after", "ja-after", "ru-after", "vi-after"],
)  # fmt: skip
def test_an_earlier_groups_return_is_not_this_incidents(
    text: str, status: Status, people: int
) -> None:
    facts = facts_of(text)
    assert (facts.status, facts.people) == (status, people)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("중국이 지난 8월 탈북민 200여 명을 북송한 지 석 달도 안 돼 창춘에서 탈북민 다섯 명이 또 "
         "공안에 체포됐다.", 5),
        ("지난 8월 탈북민 200명이 강제북송된 데 이어 창춘에서 탈북민 5명이 또 붙잡혔다.", 5),
        ("탈북민 200명이 북송된 지 한 달이 채 안 돼 창춘에서 탈북 여성 2명이 또 체포됐다.", 2),
        ("中国8月将200名脱北者遣返朝鲜不到三个月，长春又有5名脱北者被公安抓获。", 5),
        ("中国が8月に脱北者200人を送還してから3カ月もたたないうちに、長春で脱北者5人がまた拘束さ"
         "れた。", 5),
    ],
    ids=["ko-not-even", "ko-following", "ko-barely-a-month", "zh-again", "ja-again"],
)  # fmt: skip
def test_people_caught_again_after_an_earlier_groups_return_are_only_caught(
    text: str, people: int
) -> None:
    facts = facts_of(text)
    assert (facts.status, facts.people) == (Status.ARRESTED, people)


@pytest.mark.parametrize(
    ("text", "lang", "people"),
    [
        ("Four more defectors were caught in Tumen less than three weeks after China sent back 150 "
         "North Koreans.", "en", 4),
        ("Two defectors were caught again in Tumen three weeks after China sent back 150 North "
         "Koreans.", "en", 2),
        ("В Тумэне задержаны четверо беглецов из КНДР спустя три недели после того как Китай "
         "выслал на родину 150 северокорейцев.", "ru", 4),
        ("Bốn người đào tẩu Triều Tiên lại bị bắt ở Đồ Môn chỉ ba tuần sau khi Trung Quốc cưỡng "
         "bức hồi hương 150 người Triều Tiên.", "vi", 4),
        ("ตำรวจจีนจับกุมผู้แปรพักตร์ชาวเกาหลีเหนืออีก 4 คนที่ถูเหมิน หลังจีนส่งกลับชาวเกาหลีเหนือ 150 "
         "คนไม่ถึงสามสัปดาห์", "th", 4),
    ],
    ids=["en-more-after", "en-again-after", "ru-posle-togo-kak", "vi-sau-khi", "th-lang"],
)  # fmt: skip
def test_a_return_told_after_a_sequence_word_is_an_earlier_groups(
    text: str, lang: str, people: int
) -> None:
    facts = classify(Document("a", "", text, lang=lang, date=ON)).facts
    assert (facts.status, facts.people) == (Status.ARRESTED, people)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("대규모 북송 석 달 만에…투먼서 탈북민 5명 또 체포",
         "대북 소식통은 투먼에서 탈북민 5명이 공안에 체포됐다고 전했다."),
        ("继三月大规模遣返后 图们又有5名脱北者被捕", "据民间团体称，图们市警方上周抓获了5名脱北者。"),
        ("Five more defectors caught in Tumen weeks after mass repatriation",
         "Police in Tumen caught five North Korean defectors last week, an aid group said."),
    ],
    ids=["ko-man-e", "zh-ji-hou", "en-after"],
)  # fmt: skip
def test_a_headline_dating_its_news_by_a_past_return_threatens_no_one(
    title: str, text: str
) -> None:
    facts = facts_of(text, title)
    assert (facts.status, facts.people) == (Status.ARRESTED, 5)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("和龙5名脱北者被捕 上月3人遭遣返",
         "一个韩国援助团体称，本月初5名脱北者在吉林省和龙市被中国公安逮捕。", "zh"),
        ("和龍5名脫北者被捕 上月3人遭遣返",
         "一個南韓援助團體稱，本月初5名脫北者在吉林省和龍市被中國公安逮捕。", "zh"),
        ("和竜で脱北者5人拘束　先月には3人送還",
         "今月初め、中国吉林省和竜で脱北者5人が公安に拘束されたと韓国の支援団体が明らかにした。",
         "ja"),
        ("허룽서 탈북민 5명 체포…지난달엔 3명 북송",
         "이달 초 중국 지린성 허룽에서 탈북민 5명이 공안에 체포됐다고 한국의 지원단체가 밝혔다.",
         "ko"),
        ("5 người đào tẩu bị bắt ở Hòa Long, tháng trước 3 người bị trả về",
         "Một nhóm cứu trợ Hàn Quốc cho biết 5 người đào tẩu Triều Tiên đã bị công an Trung Quốc "
         "bắt ở Hòa Long hồi đầu tháng này.", "vi"),
    ],
    ids=["zh-Hans-space", "zh-Hant-space", "ja-noun", "ko-noun", "vi"],
)  # fmt: skip
def test_a_headline_clause_dated_last_month_tells_another_groups_return(
    title: str, text: str, lang: str
) -> None:
    for body in (text, f"{title}\n{text}"):
        facts = classify(Document("a", title, body, lang=lang, date=ON)).facts
        assert (facts.status, facts.people) == (Status.ARRESTED, 5)


def test_a_helpers_detention_in_a_clause_of_their_own_sets_no_status() -> None:
    text = "5名脱北者上周在图们被抓，另有一名中国籍司机也被拘留。"
    assert facts_of(text).status is Status.ARRESTED


def test_they_told_on_a_recent_day_are_the_group_counted_before() -> None:
    text = (
        "In April police arrested 9 North Korean defectors in Dandong; on Friday they were "
        "sent back to North Korea, a church group said."
    )
    facts = facts_of(text)
    assert (facts.status, facts.people) == (Status.REPATRIATED, 9)


def test_a_return_told_before_it_happened_to_these_people_stays_theirs() -> None:
    text = (
        "Nine North Korean defectors arrested in Dandong in April were sent back to North Korea "
        "on Friday, a church group said."
    )
    assert facts_of(text).status is Status.REPATRIATED


def test_facing_the_same_fate_as_people_sent_back_is_a_threat() -> None:
    text = (
        "Three North Korean defectors were caught in Hunchun on Monday and face the same fate "
        "as the 40 who were sent back in May, a pastor said."
    )
    assert facts_of(text).status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    "text",
    [
        "China has returned some 450 North Koreans to the North. Police detained three "
        "defectors at a bus station in Hunchun on Thursday, a rights group said.",
        "Police detained three defectors at a bus station in Hunchun on Thursday, a rights "
        "group said. Earlier, China had sent 450 North Koreans back across the border.",
        "Китай уже выслал на родину 450 северокорейцев. В четверг полиция задержала троих "
        "перебежчиков на автовокзале в Хуньчуне.",
        "中国此前已将450名朝鲜人遣返。上周中国公安在珲春汽车站抓获3名脱北者。",
        "中国はこれまでに北朝鮮出身者450人を送還した。先週、琿春のバスターミナルで脱北者3人が拘束された。",
    ],
    ids=["en-before", "en-after", "ru", "zh", "ja"],
)  # fmt: skip
def test_a_larger_groups_return_in_another_sentence_is_not_this_incidents(text: str) -> None:
    facts = facts_of(text)
    assert facts.people == 3
    assert facts.status in (Status.ARRESTED, Status.DETAINED)


def test_a_part_of_the_group_sent_back_later_is_still_their_return() -> None:
    text = (
        "Police held eleven North Korean defectors in Tumen in May. Six of them were sent back "
        "to North Korea on Wednesday, a church group said."
    )
    assert facts_of(text).status is Status.REPATRIATED


@pytest.mark.parametrize(
    "text",
    [
        "중국은 탈북민 450명을 북송했다. 공안은 목요일 훈춘에서 탈북민 3명을 체포했다.",
        "中国此前已将450名朝鲜人遣返。中国公安星期四在珲春汽车站抓获3名脱北者。",
        "中國此前已將450名朝鮮人遣返。中國公安週四在琿春汽車站抓獲3名脫北者。",
        "中国はこれまでに北朝鮮出身者450人を送還した。木曜日、琿春のバスターミナルで脱北者3人が拘束された。",
    ],
    ids=["ko", "zh-Hans", "zh-Hant", "ja"],
)  # fmt: skip
def test_a_weekday_dates_the_incident_as_recent(text: str) -> None:
    facts = facts_of(text)
    assert facts.people == 3
    assert facts.status in (Status.ARRESTED, Status.DETAINED)


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, Chinese police detained five North Korean defectors in Tumen and two in "
        "Longjing, a church group said.",
        "中国警方星期四在图们抓获5名脱北者，在龙井抓获2名。",
    ],
    ids=["en", "zh"],
)  # fmt: skip
def test_a_day_told_before_both_groups_dates_them_both(text: str) -> None:
    assert facts_of(text).people == 7


@pytest.mark.parametrize(
    ("text", "lang", "people"),
    [
        ("Six North Koreans were arrested in Hunchun on Monday, a month after China sent back "
         "hundreds of defectors.", "en", 6),
        ("Police arrested three defectors in Longjing weeks after Beijing returned scores of "
         "North Koreans.", "en", 3),
        ("На прошлой неделе в Хуньчуне задержаны шестеро беглецов из КНДР, спустя месяц после "
         "того как Китай выслал на родину сотни северокорейцев.", "ru", 6),
        ("Sáu người Triều Tiên bị bắt ở Hồn Xuân tuần trước, một tháng sau khi Trung Quốc trả về "
         "hàng trăm người đào tẩu.", "vi", 6),
    ],
    ids=["en-hundreds", "en-scores", "ru-sotni", "vi-hang-tram"],
)  # fmt: skip
def test_an_uncounted_return_told_after_a_sequence_word_is_an_earlier_groups(
    text: str, lang: str, people: int
) -> None:
    facts = classify(Document("a", "", text, lang=lang, date=ON)).facts
    assert (facts.status, facts.people) == (Status.ARRESTED, people)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Three North Koreans detained in Hunchun",
         "Three North Koreans were detained in Hunchun on Monday. Last month China sent back 150 "
         "defectors.", "en"),
        ("탈북민 3명 훈춘서 체포",
         "탈북민 3명이 월요일 중국 훈춘에서 공안에 체포됐다. 지난달 중국은 탈북민 150명을 "
         "강제북송했다.", "ko"),
        ("脱北者3人、琿春で拘束",
         "脱北者3人が月曜日、中国の琿春で公安に拘束された。先月、中国は脱北者150人を強制送還した。",
         "ja"),
        ("3名脱北者在珲春被捕",
         "3名脱北者周一在中国珲春被公安逮捕。上个月，中国遣返了150名脱北者。", "zh"),
        ("3名脫北者在琿春被捕",
         "3名脫北者週一在中國琿春被公安逮捕。上個月，中國遣返了150名脫北者。", "zh"),
        ("В Хуньчуне задержаны трое беглецов из КНДР",
         "Трое беглецов из КНДР задержаны в Хуньчуне в понедельник. В прошлом месяце Китай "
         "депортировал в КНДР 150 перебежчиков.", "ru"),
        ("Ba người đào tẩu Triều Tiên bị bắt ở Hồn Xuân",
         "Ba người đào tẩu Triều Tiên đã bị công an Trung Quốc bắt ở Hồn Xuân hôm thứ Hai. Tháng "
         "trước, Trung Quốc đã cưỡng chế hồi hương 150 người đào tẩu.", "vi"),
    ],
    ids=["en", "ko", "ja", "zh-Hans", "zh-Hant", "ru", "vi"],
)  # fmt: skip
def test_a_larger_groups_return_last_month_came_before_a_custody_on_monday(
    title: str, text: str, lang: str
) -> None:
    facts = classify(Document("a", title, text, lang=lang, date=ON)).facts
    assert facts.people == 3
    assert facts.status in (Status.ARRESTED, Status.DETAINED)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Six defectors arrested in Hunchun",
         "Six North Korean defectors were arrested in Hunchun earlier this month, an aid group "
         "said. Last month, two defectors caught in the same city were also sent back to North "
         "Korea.", "en"),
        ("훈춘서 탈북민 6명 체포",
         "이달 초 중국 훈춘에서 탈북민 6명이 공안에 체포됐다고 지원단체가 전했다. "
         "같은 도시에서는 지난달에도 붙잡힌 탈북민 2명이 북한으로 송환됐다.", "ko"),
        ("琿春で脱北者6人拘束",
         "今月上旬、中国の琿春で脱北者6人が公安に拘束されたと支援団体が明らかにした。"
         "同じ市では先月にも、拘束された脱北者2人が北朝鮮に送還された。", "ja"),
        ("珲春6名脱北者被抓",
         "援助团体称，本月上旬6名脱北者在中国珲春被公安抓获。"
         "上个月，同一城市也有2名被抓的脱北者被遣返朝鲜。", "zh"),
        ("琿春6名脫北者被抓",
         "援助團體稱，本月上旬6名脫北者在中國琿春被公安抓獲。"
         "上個月，同一城市也有2名被抓的脫北者被遣返北韓。", "zh"),
        ("В Хуньчуне задержаны шестеро беглецов из КНДР",
         "Шестеро беглецов из КНДР задержаны в Хуньчуне в начале месяца, сообщила группа "
         "помощи. В прошлом месяце из того же города в КНДР также выслали двух пойманных "
         "беглецов.", "ru"),
        ("Sáu người đào tẩu Triều Tiên bị bắt ở Hồn Xuân",
         "Một nhóm cứu trợ cho biết 6 người đào tẩu Triều Tiên đã bị bắt ở Hồn Xuân hồi đầu "
         "tháng này. Tháng trước, 2 người đào tẩu bị bắt ở cùng thành phố cũng đã bị trả về "
         "Triều Tiên.", "vi"),
    ],
    ids=["en", "ko", "ja", "zh-Hans", "zh-Hant", "ru", "vi"],
)  # fmt: skip
def test_a_smaller_groups_return_last_month_came_before_a_custody_this_month(
    title: str, text: str, lang: str
) -> None:
    facts = classify(Document("a", title, text, lang=lang, date=ON)).facts
    assert (facts.status, facts.people) == (Status.ARRESTED, 6)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Three North Korean defectors repatriated",
         "Three North Koreans detained in Hunchun on Monday were sent back on Friday.", "en"),
        ("Three North Korean defectors repatriated",
         "The three North Korean defectors caught in Hunchun were repatriated last month, "
         "activists learnt.", "en"),
        ("탈북민 3명 강제북송",
         "훈춘에서 체포된 탈북민 3명이 지난달 북송된 것으로 알려졌다.", "ko"),
        ("脱北者3人、強制送還",
         "琿春で拘束された脱北者3人が先月、北朝鮮に強制送還されたことが分かった。", "ja"),
        ("3名脱北者被遣返", "在珲春被捕的3名脱北者上个月被遣返回朝鲜。", "zh"),
        ("Ba người đào tẩu bị đưa về Triều Tiên",
         "Ba người đào tẩu Triều Tiên bị bắt ở Hồn Xuân đã bị cưỡng chế hồi hương tháng trước.",
         "vi"),
    ],
    ids=["en-follow-up", "en-last-month", "ko", "ja", "zh", "vi"],
)  # fmt: skip
def test_the_peoples_own_return_last_month_stays_theirs(title: str, text: str, lang: str) -> None:
    facts = classify(Document("a", title, text, lang=lang, date=ON)).facts
    assert facts.status is Status.REPATRIATED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ผู้แปรพักตร์เกาหลีเหนือ 3 คนถูกตำรวจจีนจับกุมที่หุนชุนเมื่อวันจันทร์ "
         "เดือนที่แล้วจีนส่งตัวผู้แปรพักตร์ 150 คนกลับเกาหลีเหนือ", Status.ARRESTED),
        ("ผู้แปรพักตร์เกาหลีเหนือ 3 คนที่ถูกจับที่หุนชุน เดือนที่แล้วถูกส่งตัวกลับเกาหลีเหนือ",
         Status.REPATRIATED),
        ("ผู้แปรพักตร์เกาหลีเหนือ 3 คนที่ถูกจับที่หุนชุนถูกส่งตัวกลับเกาหลีเหนือเมื่อเดือนที่แล้ว",
         Status.REPATRIATED),
    ],
    ids=["others-sent-back-last-month", "they-sent-back-last-month", "sent-back-last-month"],
)  # fmt: skip
def test_th_a_clause_run_on_with_last_months_return_is_another_groups(
    text: str, status: Status
) -> None:
    facts = classify(Document("a", "ผู้แปรพักตร์ 3 คน", text, lang="th", date=ON)).facts
    assert (facts.status, facts.people) == (status, 3)


@pytest.mark.parametrize(
    ("title", "text", "lang", "status", "people"),
    [
        ("Eight North Korean escapees held in Hunchun, three sent back last month",
         "Chinese police arrested eight North Korean defectors in Hunchun on Tuesday, activists "
         "said.", "en", Status.DETAINED, 8),
        ("Six North Korean defectors held in Tumen on Monday, four deported last week", "", "en",
         Status.DETAINED, 6),
    ],
    ids=["en-last-month", "en-last-week"],
)  # fmt: skip
def test_a_headlines_bare_figure_sent_back_before_is_another_group(
    title: str, text: str, lang: str, status: Status, people: int
) -> None:
    facts = classify(Document("a", title, text, lang=lang, date=date(2026, 11, 20))).facts
    assert (facts.status, facts.people) == (status, people)
