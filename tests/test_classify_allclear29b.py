"""Round-29b fixes of false all-clears, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 4)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("allclear29b", title, text, lang, date=ON))


# A release of a part, then a sentence of its own counting others who face return or are still
# held ("Seven others", 다른 7명, ещё семеро, 7 người khác) or the rest with a figure ("The other
# seven"): those still at risk are the incident, and both figures count.
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "North Korean defectors in Laos",
            "Lao police freed two North Korean defectors on Tuesday. Seven others face "
            "deportation to China.",
        ),
        (
            "en",
            "North Korean defectors in Laos",
            "Lao police freed two North Korean defectors on Tuesday. The other seven face "
            "deportation to China.",
        ),
        (
            "ko",
            "라오스의 탈북민",
            "라오스 경찰은 화요일 탈북민 2명을 석방했다. 다른 7명은 중국으로 추방될 위기에 처했다.",
        ),
        (
            "ko",
            "라오스의 탈북민",
            "라오스 경찰은 화요일 탈북민 2명을 석방했다. 나머지 7명은 중국으로 추방될 위기에 처했다.",
        ),
        (
            "ja",
            "ラオスの脱北者",
            "ラオス警察は火曜日、脱北者2人を釈放した。ほかの7人は中国に強制送還される恐れがある。",
        ),
        (
            "ja",
            "ラオスの脱北者",
            "ラオス警察は火曜日、脱北者2人を釈放した。残りの7人は中国に強制送還される恐れがある。",
        ),
        ("zh", "老挝的脱北者", "老挝警方周二释放了2名脱北者。其余7人面临被遣送中国。"),
        ("zh-Hant", "寮國的脫北者", "寮國警方週二釋放了2名脫北者。其餘7人面臨被遣送中國。"),
        (
            "ru",
            "Беглецы из КНДР в Лаосе",
            "Полиция Лаоса во вторник освободила двух беглецов из КНДР. Ещё семерым грозит "
            "депортация в Китай.",
        ),
        (
            "ru",
            "Беглецы из КНДР в Лаосе",
            "Полиция Лаоса во вторник освободила двух беглецов из КНДР. Остальным семерым грозит "
            "депортация в Китай.",
        ),
        (
            "vi",
            "Người Triều Tiên ở Lào",
            "Cảnh sát Lào hôm thứ Ba đã thả 2 người Triều Tiên đào tẩu. 7 người khác có nguy cơ "
            "bị trục xuất sang Trung Quốc.",
        ),
        (
            "vi",
            "Người Triều Tiên ở Lào",
            "Cảnh sát Lào hôm thứ Ba đã thả 2 người Triều Tiên đào tẩu. 7 người còn lại có nguy cơ "
            "bị trục xuất sang Trung Quốc.",
        ),
        (
            "th",
            "ชาวเกาหลีเหนือในลาว",
            "ตำรวจลาวปล่อยตัวผู้แปรพักตร์ชาวเกาหลีเหนือ 2 คนเมื่อวันอังคาร\nชาวเกาหลีเหนืออีก 7 คนเสี่ยงถูกส่งตัวให้จีน",
        ),
        (
            "th",
            "ชาวเกาหลีเหนือในลาว",
            "ตำรวจลาวปล่อยตัวผู้แปรพักตร์ชาวเกาหลีเหนือ 2 คนเมื่อวันอังคาร\nอีก 7 คนที่เหลือเสี่ยงถูกส่งตัวให้จีน",
        ),
    ],
)
def test_others_facing_return_told_after_a_part_freed_win(
    lang: str, title: str, text: str
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 9
    assert verdict.facts.country == "LA"


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "ja",
            "ラオスの脱北者",
            "ラオス警察は火曜日、脱北者2人を釈放した。他の7人は今も拘束されたままだ。",
        ),
        (
            "ru",
            "Беглецы из КНДР в Лаосе",
            "Полиция Лаоса во вторник освободила двух беглецов из КНДР. Остальные семеро "
            "по-прежнему под стражей.",
        ),
    ],
)
def test_others_still_held_told_after_a_part_freed_count(lang: str, title: str, text: str) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 9


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "North Korean defectors in Laos",
            "Lao police freed two of the nine North Korean defectors on Tuesday. The other seven "
            "face deportation to China.",
        ),
        (
            "ko",
            "라오스의 탈북민",
            "라오스 경찰은 탈북민 9명 가운데 2명을 화요일 석방했다. 나머지 7명은 중국으로 추방될 "
            "위기에 처했다.",
        ),
    ],
)
def test_the_rest_of_a_counted_group_add_nothing(lang: str, title: str, text: str) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 9


def test_others_freed_after_a_part_freed_stay_released() -> None:
    verdict = verdict_of(
        "en",
        "North Korean defectors in Laos",
        "Lao police freed two North Korean defectors on Tuesday. Seven others were freed on "
        "Wednesday.",
    )
    assert verdict.facts.status is Status.RELEASED
