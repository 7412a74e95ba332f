"""Round-29 fixes found by the blind Russian set stress29_ru29, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 5)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("ru29", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        (
            "ru",
            "Беглецы из КНДР в Приморье",
            "Четверо граждан КНДР в октябре ушли с лесопилки под Уссурийском. Они несколько "
            "дней ночевали у знакомого. Их местонахождение неизвестно.",
            Status.MISSING,
        ),
        (
            "en",
            "North Korean escapees in Jilin",
            "Four North Korean escapees reached Yanji in October. They stayed with a farmer for a "
            "week. They were taken into custody by police on Tuesday.",
            Status.ARRESTED,
        ),
        (
            "ko",
            "지린성의 탈북민",
            "탈북민 4명이 10월 옌지에 도착했다. 이들은 한 농민 집에서 일주일을 지냈다. 이들은 "
            "화요일 공안에 체포됐다.",
            Status.ARRESTED,
        ),
        (
            "ja",
            "吉林省の脱北者",
            "脱北者4人が10月に延吉に到着した。彼らは農家で1週間過ごした。彼らは火曜日に公安に拘束された。",
            Status.ARRESTED,
        ),
        (
            "zh",
            "吉林的脱北者",
            "四名脱北者十月抵达延吉。他们在一户农民家里住了一周。他们周二被公安逮捕。",
            Status.ARRESTED,
        ),
        (
            "zh",
            "吉林的脫北者",
            "四名脫北者十月抵達延吉。他們在一戶農民家裡住了一週。他們週二被公安逮捕。",
            Status.ARRESTED,
        ),
        (
            "vi",
            "Người đào tẩu Triều Tiên ở Cát Lâm",
            "Bốn người đào tẩu Triều Tiên đã đến Diên Cát hồi tháng 10. Họ ở nhờ nhà một nông dân "
            "một tuần. Họ bị công an bắt hôm thứ Ba.",
            Status.ARRESTED,
        ),
    ],
    ids=["ru", "en", "ko", "ja", "zh-Hans", "zh-Hant", "vi"],
)
def test_they_twice_over_still_takes_up_the_people_counted_before(
    lang: str, title: str, text: str, status: Status
) -> None:
    """ "Four crossed. They stayed with a farmer. They were arrested.": the second "they" is
    the four, so the report is an alert with their count and place."""
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status is status
    assert verdict.facts.people == 4
    assert verdict.facts.country in {"CN", "RU"}
    assert verdict.facts.place is not None


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "В Хуньчуне задержаны шестеро беглецов из КНДР",
            "Шестеро граждан КНДР находятся в изоляторе пограничной полиции в Хуньчуне. Как "
            "сообщил источник, задержанных готовят к передаче КНДР.",
        ),
        (
            "Шестерых северокорейцев готовят к передаче северокорейским властям",
            "Шестеро граждан КНДР, задержанных в Хуньчуне, находятся в изоляторе пограничной "
            "полиции.",
        ),
        (
            "В Хуньчуне задержаны шестеро беглецов из КНДР",
            "Шестеро граждан КНДР находятся в изоляторе в Хуньчуне. Их готовят к передаче "
            "северокорейской стороне.",
        ),
    ],
    ids=["to-the-dprk", "to-its-authorities", "to-the-north-korean-side"],
)
def test_people_readied_for_handover_to_the_north_face_return(title: str, text: str) -> None:
    verdict = verdict_of("ru", title, text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 6
    assert verdict.facts.country == "CN"


def test_people_readied_for_handover_to_the_chinese_police_are_only_held() -> None:
    verdict = verdict_of(
        "ru",
        "В Лаосе задержаны шестеро беглецов из КНДР",
        "Шестеро граждан КНДР находятся в изоляторе в Луангнамтхе. Их готовят к передаче "
        "китайской полиции.",
    )
    assert verdict.alert
    assert verdict.facts.status is Status.DETAINED


@pytest.mark.parametrize(
    "sentence",
    [
        "Правозащитники опасаются, что после передачи Китаю их ждет высылка в КНДР.",
        "Если Вьентьян передаст их Пекину, их ждёт принудительная репатриация.",
        "По словам активистов, каждый из задержанных ждёт высылки.",
    ],
    ids=["expulsion-awaits", "forced-repatriation-awaits", "genitive"],
)
def test_a_return_awaiting_them_is_what_they_face(sentence: str) -> None:
    verdict = verdict_of(
        "ru",
        "В Лаосе задержаны пятеро беглецов из КНДР",
        f"Полиция Лаоса задержала в Луангнамтхе пятерых граждан КНДР. {sentence}",
    )
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 5
    assert verdict.facts.country == "LA"


@pytest.mark.parametrize(
    "sentence",
    [
        "หากลาวส่งตัวพวกเขาให้จีน สิ่งที่รอพวกเขาอยู่คือการถูกส่งกลับเกาหลีเหนือ",
        "นักเคลื่อนไหวกล่าวว่าชะตากรรมที่รอพวกเขาคือการถูกบังคับส่งกลับเกาหลีเหนือ",
    ],
    ids=["what-awaits-them", "the-fate-awaiting-them"],
)
def test_th_a_return_awaiting_them_is_no_return_done(sentence: str) -> None:
    """ "What awaits them is being sent back": a threat, never a false all-clear."""
    verdict = verdict_of(
        "th",
        "ตำรวจลาวจับชาวเกาหลีเหนือ 5 คน",
        f"ตำรวจลาวจับกุมชาวเกาหลีเหนือ 5 คนที่แขวงหลวงน้ำทา {sentence}",
    )
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 5
    assert verdict.facts.country == "LA"


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "ru",
            "В Яньцзи задержаны беглецы из КНДР",
            "Пограничная полиция задержала в Яньцзи супружескую пару из КНДР и их шестилетнюю "
            "внучку.",
        ),
        (
            "ru",
            "В Яньцзи задержаны беглецы из КНДР",
            "Пограничная полиция задержала в Яньцзи супружескую пару из КНДР и их внука.",
        ),
        ("ja", "延吉で脱北者拘束", "延吉の国境警察が脱北者の夫婦と6歳の孫を拘束した。"),
    ],
    ids=["ru-granddaughter", "ru-grandson", "ja-grandchild"],
)
def test_a_grandchild_beside_a_couple_is_one_more_person(lang: str, title: str, text: str) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.people == 3
    assert verdict.facts.country == "CN"
