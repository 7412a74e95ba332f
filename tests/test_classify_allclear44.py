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
