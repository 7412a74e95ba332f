"""Round-43 fixes of false all-clears and past-vs-present kinds, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 7)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("allclear43", title, text, lang, date=ON))


# A part of a group freed and the rest still held, told in one sentence: the group, held.
@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        (
            "ko",
            "단둥 공안은 탈북민 7명 중 4명을 석방했지만 3명은 계속 구금하고 있다.",
            "CN",
        ),
        (
            "ko",
            "단둥 공안은 체포된 탈북민 7명 중 4명을 석방했으며, 다른 3명은 구금 상태다.",
            "CN",
        ),
        (
            "ja",
            "丹東の公安は脱北者7人のうち4人を釈放し、3人は拘束が続いている。",
            "CN",
        ),
        (
            "ja",
            "丹東の公安は脱北者7人のうち4人を解放し、他の3人は拘束を続けている。",
            "CN",
        ),
        (
            "en",
            "Police in Dandong freed four of seven detained North Korean defectors on Tuesday "
            "and kept the three others in custody.",
            "CN",
        ),
        (
            "ru",
            "В Благовещенске освободили четверых из семи задержанных граждан КНДР, еще трое "
            "остаются в изоляторе.",
            "RU",
        ),
        (
            "vi",
            "Công an Lào Cai đã thả bốn trong số bảy người Triều Tiên bị bắt, ba người khác "
            "vẫn bị tạm giữ.",
            "VN",
        ),
        (
            "th",
            "ตำรวจเชียงรายปล่อยตัวชาวเกาหลีเหนือ 4 ใน 7 คน แต่อีก 3 คนยังถูกกักตัวอยู่",
            "TH",
        ),
        (
            "th",
            "ตำรวจเชียงรายปล่อยตัวชาวเกาหลีเหนือ 4 ใน 7 คน ส่วนอีก 3 คนยังถูกควบคุมตัวที่เชียงราย",
            "TH",
        ),
    ],
)
def test_part_freed_and_the_rest_held_in_one_sentence_count_the_group(
    lang: str, text: str, country: str
) -> None:
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.status in (Status.DETAINED, Status.ARRESTED)
    assert verdict.facts.people == 7
    assert verdict.facts.country == country


# A headline's bare return with a past week or month after it in its clause: done.
@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Six North Korean defectors caught in Dandong. Repatriation last month"),
        ("ru", "Шестеро беглецов из КНДР задержаны в Даньдуне. Депортация — в прошлом месяце"),
        ("vi", "Sáu người Triều Tiên bị bắt ở Đan Đông. Cưỡng chế hồi hương tháng trước"),
        ("ja", "脱北者6人、丹東で拘束。強制送還は先月"),
        ("zh", "六名脱北者丹东被抓。遣返已于上月"),
        ("th", "ชาวเกาหลีเหนือ 6 คนถูกจับที่ตานตง. ส่งกลับเมื่อสัปดาห์ก่อน"),
    ],
)
def test_bare_return_dated_after_it_in_the_headline_is_done(lang: str, title: str) -> None:
    verdict = verdict_of(lang, title, "")
    assert verdict.alert
    assert verdict.facts.status is Status.REPATRIATED
    assert verdict.facts.people == 6


# A year's total told in the clause after the incident's own figure, its period in that
# clause: a statistic beside the incident; the incident's count stands.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "丹东警方上周拘留了六名脱北者，今年共有80名脱北者被抓。"),
        ("zh", "丹东警方上周拘留了六名脱北者，全年共有80名脱北者被抓。"),
        ("ko", "단둥 공안은 지난주 탈북민 6명을 체포했으며, 올해 들어 모두 80명이 체포됐다."),
        ("ja", "丹東の公安は先週脱北者6人を拘束し、今年は計80人が拘束された。"),
    ],
)
def test_a_years_total_beside_the_incident_keeps_its_count(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.people == 6
    assert verdict.facts.country == "CN"
