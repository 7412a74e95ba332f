"""Round-44 fixes of false all-clears told beside a year's total, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 7)
HELD = (Status.ARRESTED, Status.DETAINED)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("allclear44", title, text, lang, date=ON))


# People held, no day given, and in a sentence of its own a larger group a period dates sent
# back: another group's return, not theirs; the count stays theirs.
@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        (
            "en",
            "Five North Korean defectors were arrested in Dandong. Last year 60 North Koreans "
            "were sent back.",
            5,
        ),
        (
            "en",
            "Four North Korean women were detained in Shenyang. This year, 30 North Korean "
            "defectors have been forcibly repatriated.",
            4,
        ),
        ("ko", "탈북민 5명이 단둥에서 체포됐다. 지난해에는 60명이 북송됐다.", 5),
        ("ko", "탈북민 5명이 단둥에서 체포됐다. 지난해 전체로는 탈북민 60명이 북송됐다.", 5),
        ("zh", "五名脱北者在丹东被捕。去年60名脱北者被遣返。", 5),
        ("zh", "五名脫北者在丹東被捕。去年60名脫北者被遣返。", 5),
        ("ja", "脱北者5人が丹東で拘束された。昨年は60人が送還された。", 5),
        (
            "ru",
            "Пятеро беглецов из КНДР задержаны в Даньдуне. В прошлом году 60 беглецов из КНДР "
            "были депортированы.",
            5,
        ),
        (
            "ru",
            "Пятеро северокорейцев задержаны в Даньдуне. В прошлом году 60 северокорейцев были "
            "высланы в КНДР.",
            5,
        ),
        (
            "vi",
            "Năm người đào tẩu Triều Tiên bị bắt ở Đan Đông. Năm ngoái, 60 người Triều Tiên đã "
            "bị trả về.",
            5,
        ),
        (
            "vi",
            "Năm người đào tẩu Triều Tiên bị bắt ở Đan Đông. Năm nay đã có 60 người đào tẩu bị "
            "trả về Triều Tiên.",
            5,
        ),
        ("th", "ชาวเกาหลีเหนือ 5 คนถูกจับที่ตานตง\nปีที่แล้วชาวเกาหลีเหนือ 60 คนถูกส่งกลับ", 5),
        (
            "th",
            "ผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนถูกจับที่ตานตง. ปีนี้ผู้แปรพักตร์ 60 คนถูกส่งกลับเกาหลีเหนือแล้ว",
            5,
        ),
    ],
)
def test_a_periods_larger_return_beside_people_held_undated_is_another_groups(
    lang: str, text: str, people: int
) -> None:
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == people
    assert verdict.facts.country == "CN"


# A year's total (a span: the whole year, 全年, 1年間) beside a smaller group's custody in a
# clause or a headline's part of its own that no time dates: the custody is the incident, the
# total is a statistic beside it (no longer the whole headline's reading).
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("zh", "5名脱北者在丹东被捕 全年60人被遣返", ""),
        ("zh", "去年全年60人被遣返 5名脱北者在丹东被捕", ""),
        ("zh", "去年全年60人被遣返 5名脫北者在丹東被捕", ""),
        ("zh", "5名脱北者在丹东被捕。全年60人被遣返", ""),
        ("ja", "脱北者5人が丹東で拘束 昨年1年間で60人送還", ""),
        ("ja", "昨年1年間で60人送還 脱北者5人が丹東で拘束", ""),
        ("th", "ทั้งปีที่แล้ว 60 คนถูกส่งกลับ ชาวเกาหลีเหนือ 5 คนถูกจับที่เชียงราย", ""),
        ("th", "", "ผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนถูกจับที่ตานตง ทั้งปีที่แล้วชาวเกาหลีเหนือ 60 คนถูกส่งกลับ"),
        (
            "th",
            "",
            "ตำรวจจีนจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนที่ตานตง ทั้งปีที่แล้ว มีชาวเกาหลีเหนือ 60 คนถูกส่งกลับ",
        ),
        ("vi", "5 người Triều Tiên bị bắt ở Đan Đông. Cả năm ngoái 60 người bị trả về", ""),
        (
            "vi",
            "",
            "Năm người Triều Tiên bị bắt ở Đan Đông, trong khi cả năm ngoái 60 người đã bị "
            "trả về.",
        ),
        (
            "en",
            "Five North Korean defectors arrested in Dandong. Throughout last year 60 sent back",
            "",
        ),
        ("ko", "", "탈북민 5명이 단둥에서 체포됐으며, 지난해 한 해 동안에는 60명이 북송됐다."),
        ("ko", "탈북민 5명 단둥서 체포. 지난해 한 해 60명 북송", ""),
        (
            "ru",
            "",
            "Пятеро беглецов из КНДР задержаны в Даньдуне, а за весь прошлый год были "
            "депортированы 60 человек.",
        ),
        (
            "ru",
            "Пятеро беглецов из КНДР задержаны в Даньдуне. За весь прошлый год депортированы 60",
            "",
        ),
    ],
)
def test_a_custody_counted_apart_from_a_years_total_is_the_incident(
    lang: str, title: str, text: str
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == 5


# The smaller figure a part of the year's total ("12 of them", 其中, ในจำนวนนี้, trong đó) or
# dated by the period opening the sentence: the statistic's own, no incident.
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "",
            "Over the whole of last year 300 North Korean defectors were arrested in China, and "
            "12 of them were sent back.",
        ),
        (
            "en",
            "",
            "Last year, about 300 North Korean defectors were caught in China, and 12 were sent "
            "back.",
        ),
        ("zh", "去年全年300名脱北者被捕 其中12人被遣返", ""),
        ("th", "", "ตลอดทั้งปีที่แล้ว ชาวเกาหลีเหนือถูกจับ 300 คน ในจำนวนนี้ 12 คนถูกส่งกลับ"),
        (
            "vi",
            "",
            "Cả năm ngoái, 300 người Triều Tiên bị bắt ở Trung Quốc, trong đó 12 người đã bị "
            "trả về.",
        ),
        (
            "ko",
            "",
            "지난해 한 해 동안 탈북민 300명이 중국에서 체포됐고, 이 가운데 12명이 북송됐다.",
        ),
    ],
)
def test_a_part_of_the_years_total_stays_the_statistic(lang: str, title: str, text: str) -> None:
    assert not verdict_of(lang, title, text).alert


# Thai ทั้งปี alone (the whole year) sums a year as ทั้งปีที่แล้ว does: its return is a tally
# beside the five held, not their status.
@pytest.mark.parametrize(
    ("title", "text", "country"),
    [
        ("", "ชาวเกาหลีเหนือ 5 คนถูกจับที่ตานตง ทั้งปี 60 คนถูกส่งกลับ", "CN"),
        ("", "ผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนถูกจับที่ตานตงเมื่อวันจันทร์ ทั้งปี 60 คนถูกส่งกลับ", "CN"),
        ("ทั้งปี 60 คนถูกส่งกลับ ชาวเกาหลีเหนือ 5 คนถูกจับที่เชียงราย", "", "TH"),
        ("", "ตำรวจจีนจับกุมชาวเกาหลีเหนือ 5 คนที่ตานตง\nทั้งปีมีชาวเกาหลีเหนือ 60 คนถูกส่งกลับ", "CN"),
    ],
)
def test_thai_whole_year_is_a_period(title: str, text: str, country: str) -> None:
    verdict = verdict_of("th", title, text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == 5
    assert verdict.facts.country == country


# A headline whose first clause or part tells a larger group a past period dates sent back,
# and whose other tells a smaller group held: the arrest is the news and its count the
# people's, the return another group's.
@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "60 sent back last year; five North Koreans arrested in Dandong"),
        (
            "ru",
            "В прошлом году депортированы 60 человек, в Даньдуне задержаны пятеро северокорейцев",
        ),
        ("vi", "Năm ngoái 60 người bị trả về, 5 người Triều Tiên bị bắt ở Đan Đông"),
        ("vi", "Năm ngoái 60 người bị trả về. 5 người Triều Tiên bị bắt ở Đan Đông"),
        ("zh", "去年60人被遣返 5名脱北者在丹东被捕"),
        ("zh", "去年60人被遣返。5名脱北者在丹东被捕"),
        ("zh", "去年60人被遣返，5名脱北者在丹东被捕"),
        ("ja", "昨年60人送還 脱北者5人が丹東で拘束"),
        ("ja", "昨年60人送還。脱北者5人が丹東で拘束"),
        ("ko", "지난해 60명 북송. 탈북민 5명 단둥서 체포"),
        ("ko", "지난해 60명 북송…탈북민 5명 단둥서 체포"),
        ("ko", "작년 9명 북송…올해도 탈북민 5명 체포"),
        ("th", "ปีที่แล้ว 60 คนถูกส่งกลับ ชาวเกาหลีเหนือ 5 คนถูกจับที่เชียงราย"),
        ("th", "ปีที่แล้ว 60 คนถูกส่งกลับ. ชาวเกาหลีเหนือ 5 คนถูกจับที่เชียงราย"),
    ],
)
def test_a_headlines_past_return_beside_its_arrest_is_another_groups(
    lang: str, title: str
) -> None:
    facts = verdict_of(lang, title, "").facts
    assert facts.status in HELD
    assert facts.people == 5


# The period dates the people's own custody: their return stands.
@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Five North Koreans arrested last year sent back"),
        ("zh", "去年被捕的5名脱北者 本月被遣返"),
    ],
)
def test_a_headlines_period_on_the_people_themselves_stands(lang: str, title: str) -> None:
    facts = verdict_of(lang, title, "").facts
    assert facts.status is Status.REPATRIATED
    assert facts.people == 5


# People added by "more" or "others" alone, told sent back or freed with an adverb in the verb
# ("have already been", "have since been"): those others' all-clear, not the five's; the five's
# own return told so stays theirs. (ko 또 다른 2명은 이미, ja さらに2人が既に, zh 另有两人已,
# ru ещё двое уже, vi hai người khác đã … rồi were already read so.)
@pytest.mark.parametrize(
    ("text", "status", "people"),
    [
        ("Two more have already been sent back.", HELD, 5),
        ("Two more have since been freed.", HELD, 5),
        ("They have already been sent back.", (Status.REPATRIATED,), 5),
    ],
)
def test_more_people_already_sent_back_are_others(
    text: str, status: tuple[Status, ...], people: int
) -> None:
    arrest = "Chinese police arrested five North Korean defectors in Dandong last month. "
    facts = verdict_of("en", "", arrest + text).facts
    assert facts.status in status
    assert facts.people == people


def test_a_figure_alone_already_sent_back_counts_the_people() -> None:
    facts = verdict_of(
        "en",
        "",
        "Chinese police arrested North Korean defectors in Dandong last month. Five have "
        "already been sent back.",
    ).facts
    assert facts.status is Status.REPATRIATED
    assert facts.people == 5
