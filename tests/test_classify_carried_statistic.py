"""A sentence opening on "Of these", Также, 이 가운데, 其中 goes on with the statistic before it:
with no time of its own it counts people in that statistic, not an incident. Every sentence here
was written for these tests; none is copied from a news report."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 5)


def _read(title: str, text: str, lang: str) -> tuple[Tier, Status | None]:
    verdict = classify(Document("r", title, text, lang, date=ON))
    return verdict.tier, verdict.facts.status


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ru", "Хабаровский край подвёл миграционную статистику",
         "В 2025 году из Хабаровского края выдворены 288 иностранных граждан.\n"
         "Также выдворены 7 граждан КНДР."),
        ("ru", "Из Амурской области выдворили почти 200 мигрантов",
         "В 2025 году из Амурской области выдворены 196 иностранцев.\n"
         "Больше всего среди них узбеков и таджиков.\n"
         "Кроме того, выдворены 5 граждан КНДР."),
        ("en", "Mongolia deported hundreds of foreigners last year",
         "In 2025, Mongolia deported 430 foreigners for visa violations.\n"
         "Of these, 6 North Koreans were deported."),
        ("ko", "연해주, 외국인 추방 집계 공개",
         "2025년 연해주에서 추방된 외국인은 모두 512명으로 집계됐다.\n"
         "이 가운데 북한 주민 9명이 추방됐다."),
        ("zh", "吉林边检公布全年查处数据",
         "2025年，吉林省边检机关共查处非法入境人员1360人。\n"
         "其中朝鲜籍人员12名被遣返。"),
        ("vi", "Quảng Ninh trục xuất hàng trăm người nước ngoài",
         "Năm 2025, Công an tỉnh Quảng Ninh đã trục xuất 320 người nước ngoài.\n"
         "Trong số này có 4 công dân Triều Tiên bị trục xuất."),
        ("th", "ตม.หนองคายสรุปผลการจับกุมคนต่างด้าว",
         "ตลอดปี 2569 ตม.หนองคายจับกุมคนต่างด้าวเข้าเมืองผิดกฎหมายรวม 640 ราย\n"
         "ในจำนวนนี้มีชาวเกาหลีเหนือ 9 รายถูกจับกุม"),
        ("ru", "За десять месяцев из Амурской области выдворили 900 иностранцев",
         "С начала года из области выдворены 900 иностранцев.\n"
         "Чаще других это граждане Узбекистана и Китая.\n"
         "Среди выдворенных также 14 граждан КНДР, работавших без патента."),
        ("en", "Primorye deported 1,200 foreigners this year",
         "Since January, courts in Primorye have ordered 1,200 foreigners deported.\n"
         "Among those deported were 21 North Koreans who had overstayed student visas."),
    ],
    ids=["ru-also", "ru-also-after-aside", "en-of-these", "ko-of-these", "zh-of-which", "vi-of-these",
         "th-of-these", "ru-among-those-expelled", "en-among-those-deported"],
)  # fmt: skip
def test_a_figure_carried_on_from_a_statistic_is_no_incident(
    lang: str, title: str, text: str
) -> None:
    assert _read(title, text, lang)[0] != Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "title", "text", "want"),
    [
        ("ru", "В Уссурийске задержаны двое граждан КНДР",
         "В 2025 году из Приморья выдворены 340 иностранцев.\n"
         "Также 28 ноября в Уссурийске пограничники задержали двух граждан КНДР.",
         None),
        ("en", "Three North Koreans held in Dandong",
         "In 2025, China returned an estimated 600 North Koreans, a report said.\n"
         "Also, on Tuesday police in Dandong detained three North Korean women.",
         Status.DETAINED),
        ("ko", "옌지서 탈북민 3명 체포",
         "올해 입국한 탈북민은 모두 190명으로 집계됐다.\n"
         "이런 가운데 지난달 27일 옌지에서 탈북민 3명이 공안에 체포됐다.",
         Status.ARRESTED),
        ("ru", "В Уссурийске задержаны трое граждан КНДР",
         "С начала года из Приморья выдворены 1400 иностранцев.\n"
         "Среди задержанных в среду в Уссурийске — трое граждан КНДР.",
         Status.ARRESTED),
    ],
    ids=["ru-also-with-a-day", "en-also-with-a-day", "ko-after-statistic-with-a-day",
         "ru-among-with-a-day"],
)  # fmt: skip
def test_an_arrest_with_a_day_of_its_own_after_a_statistic_still_alerts(
    lang: str, title: str, text: str, want: Status | None
) -> None:
    tier, status = _read(title, text, lang)
    assert tier == Tier.ALERT
    assert want is None or status == want  # ru: the status read is not what this test is about


@pytest.mark.parametrize(
    ("lang", "title", "text", "want", "people"),
    [
        ("en", "Border police tally 2,100 deportations this year",
         "Police deported about 2,100 foreigners in 2026, the ministry said on Monday.\n"
         "Separately, two North Korean women were detained in Hunchun last week and face "
         "return to the North.",
         Status.FACING_REPATRIATION, 2),
        ("zh", "吉林边检今年以来遣返外国人900余名",
         "此外，上周3名朝鲜籍脱北者在图们被抓获，目前被关押在图们市看守所。",
         Status.DETAINED, 3),
        ("th", "ตม.สระแก้วเผยปี 2569 จับกุมคนต่างด้าวกว่า 2,000 ราย",
         "นอกจากนี้ เมื่อวันที่ 2 ธันวาคม ตำรวจจับกุมชาวเกาหลีเหนือ 4 คน ที่อำเภออรัญประเทศ",
         Status.ARRESTED, 4),
    ],
    ids=["en-deported-foreigners", "zh-repatriated-foreigners", "th-arrested-foreigners"],
)  # fmt: skip
def test_a_statistic_naming_no_one_lends_the_arrest_after_it_no_status_or_figure(
    lang: str, title: str, text: str, want: Status, people: int
) -> None:
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert verdict.tier == Tier.ALERT
    assert verdict.facts.status == want
    assert verdict.facts.people == people


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("Полиция Хабаровского края подвела итоги года",
         "В 2026 году из края выдворены более 400 иностранцев.\n"
         "Также полицейские задержали в Хабаровске троих граждан КНДР, сбежавших со стройки.\n"
         "Все трое помещены в ЦВСИГ.",
         3),
        ("Пограничники подвели итоги года",
         "За год пограничники задержали 120 нарушителей границы.\n"
         "Кроме того, в конце ноября в Находке задержаны двое граждан КНДР.",
         2),
    ],
    ids=["ru-also-undated-town", "ru-besides-month-town"],
)  # fmt: skip
def test_an_arrest_an_also_sets_apart_in_a_town_of_its_own_alerts(
    title: str, text: str, people: int
) -> None:
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert verdict.tier == Tier.ALERT
    assert verdict.facts.people == people


def test_an_also_that_adds_people_sent_out_of_the_country_stays_a_statistic() -> None:
    title, text = (
        "Приморье подвело миграционные итоги года",
        "В 2026 году из Приморья выдворены 380 иностранцев.\n"
        "Также за пределы России выдворены 6 граждан КНДР.",
    )
    assert _read(title, text, "ru")[0] != Tier.ALERT
