"""Russian news forms found by the blind set stress28_ru: police leading people away, helpers
named before the people the police took, and their kin.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Облава в Яньцзи",
         "Полиция Яньцзи в четверг увела четверых беглецов из КНДР из съемного дома."),
        ("Проверка в Даньдуне",
         "Четырех северокорейских женщин увели сотрудники полиции во время проверки в Даньдуне "
         "в понедельник."),
    ],
    ids=["uvela", "uveli"],
)  # fmt: skip
def test_people_led_away_by_the_police_are_arrested(title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.status, verdict.facts.people) == (
        Tier.ALERT,
        Status.ARRESTED,
        4,
    )


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Облава в Циндао",
         "Полиция Циндао в четверг провела облаву в квартире южнокорейского миссионера и "
         "задержала пятерых беглецов из КНДР.", "ru"),
        ("Raid in Qingdao",
         "Police in Qingdao raided the flat of a South Korean missionary on Thursday and "
         "arrested five North Korean defectors.", "en"),
        ("青岛突击搜查",
         "青岛警方周四突击搜查了一名韩国传教士的住所，抓获5名脱北者。", "zh"),
        ("Đột kích ở Thanh Đảo",
         "Công an Thanh Đảo hôm thứ Năm ập vào nhà một nhà truyền giáo Hàn Quốc và bắt giữ 5 "
         "người Triều Tiên.", "vi"),
        ("บุกค้นที่ชิงเต่า",
         "ตำรวจชิงเต่าบุกค้นบ้านของมิชชันนารีชาวเกาหลีใต้และจับกุมชาวเกาหลีเหนือ 5 คน"
         "เมื่อวันพฤหัสบดี", "th"),
        ("Raid à Qingdao",
         "La police de Qingdao a perquisitionné jeudi chez un missionnaire sud-coréen et arrêté "
         "cinq Nord-Coréens.", "fr"),
        ("Redada en Qingdao",
         "La policía de Qingdao registró el jueves la casa de un misionero surcoreano y detuvo "
         "a cinco norcoreanos.", "es"),
    ],
    ids=["ru", "en", "zh", "vi", "th", "fr", "es"],
)  # fmt: skip
def test_the_people_right_after_the_event_are_its_object_not_the_helpers(
    title: str, text: str, lang: str
) -> None:
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert (verdict.tier, verdict.facts.status, verdict.facts.people) == (
        Tier.ALERT,
        Status.ARRESTED,
        5,
    )


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Pastor held",
         "Police in Dandong arrested a South Korean pastor for sheltering five North Korean "
         "defectors on Thursday.", "en"),
        ("Пастор задержан",
         "Полиция Даньдуна в четверг задержала южнокорейского пастора, укрывавшего пятерых "
         "беглецов из КНДР.", "ru"),
        ("Pastor held",
         "A South Korean pastor was arrested in Dandong on Thursday, five North Korean "
         "defectors he sheltered were not found.", "en"),
        ("南韓傳教士丹東被捕 涉嫌協助北韓人偷渡",
         "一名南韓籍傳教士上週在丹東的住處被中國警方帶走，目前遭刑事拘留。", "zh-Hant"),
    ],
    ids=["en-for-sheltering", "ru-participle", "en-comma", "zh-hant-suspected-of-helping"],
)  # fmt: skip
def test_the_helpers_own_arrest_is_still_not_the_peoples(title: str, text: str, lang: str) -> None:
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert verdict.tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Три женщины под стражей в Яньцзи",
         "Три беглянки из КНДР были задержаны в Яньцзи в октябре. Женщины по-прежнему находятся "
         "в следственном изоляторе Яньцзи, их дальнейшая судьба неизвестна.", "ru"),
        ("女性3人拘束続く",
         "脱北女性3人が10月に延吉で拘束された。3人は今も延吉の拘置所に収容されており、安否は分"
         "かっていない。", "ja"),
    ],
    ids=["ru", "ja"],
)  # fmt: skip
def test_their_fate_unknown_while_still_held_is_no_disappearance(
    title: str, text: str, lang: str
) -> None:
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert (verdict.tier, verdict.facts.status, verdict.facts.people) == (
        Tier.ALERT,
        Status.DETAINED,
        3,
    )


def test_their_fate_unknown_after_the_arrest_alone_is_still_missing() -> None:
    text = (
        "Три беглянки из КНДР были задержаны в Яньцзи в октябре. Их дальнейшая судьба неизвестна."
    )
    verdict = classify(Document("r", "Судьба неизвестна", text, "ru", date=ON))
    assert verdict.facts.status is Status.MISSING


@pytest.mark.parametrize(
    "title",
    [
        "Нарушители границы оказались гражданами КНР",
        "Задержанные у реки Туманная нарушители оказались гражданами Китая",
    ],
    ids=["border-violators-prc", "violators-china"],
)
def test_border_violators_found_to_be_chinese_are_no_alert(title: str) -> None:
    text = (
        "Пограничники задержали в Хасанском районе троих мужчин, пытавшихся пересечь границу с "
        "КНДР. Сначала сообщалось, что задержаны граждане КНДР. В отношении них возбуждено "
        "уголовное дело."
    )
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert verdict.tier is not Tier.ALERT


def test_border_violators_found_to_be_north_koreans_are_an_alert() -> None:
    title = "Задержанные у Хасана нарушители оказались гражданами КНДР"
    text = (
        "Пограничники задержали в Хасанском районе троих мужчин, пытавшихся пересечь границу. "
        "В отношении них возбуждено уголовное дело."
    )
    verdict = classify(Document("r", title, text, "ru", date=ON))
    assert verdict.tier is Tier.ALERT
