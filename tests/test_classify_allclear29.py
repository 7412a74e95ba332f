"""Round-29 fixes of false all-clears, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 4)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("allclear29", title, text, lang, date=ON))


# A release of a part, beside a clause counting the rest who face return, with no word for
# "the rest": those still at risk are the incident, and both figures count.
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Laos frees two North Korean defectors, seven face handover to China",
            "Lao authorities released two North Korean defectors on Monday.",
        ),
        (
            "en",
            "Defectors in Laos",
            "Lao police freed two North Korean defectors on Monday, seven face deportation to "
            "China.",
        ),
        (
            "ko",
            "라오스, 탈북민 2명 석방…7명은 중국 송환 위기",
            "라오스 당국은 월요일 탈북민 2명을 석방했다.",
        ),
        (
            "ja",
            "ラオス、脱北者2人を釈放\u30007人は中国への引き渡しの恐れ",
            "ラオス当局は月曜日、脱北者2人を釈放した。",
        ),
        ("zh", "老挝释放2名脱北者 另7人面临被移交中国", "老挝当局周一释放了2名脱北者。"),
        ("zh-Hant", "寮國釋放2名脫北者 另7人面臨被移交中國", "寮國當局週一釋放了2名脫北者。"),
        (
            "ru",
            "Лаос освободил двух беглецов из КНДР, семерым грозит передача Китаю",
            "Власти Лаоса в понедельник освободили двух беглецов из КНДР.",
        ),
        (
            "vi",
            "Lào thả 2 người Triều Tiên, 7 người khác có nguy cơ bị trao trả cho Trung Quốc",
            "Chính quyền Lào hôm thứ Hai đã thả 2 người Triều Tiên đào tẩu.",
        ),
        (
            "th",
            "ลาวปล่อยตัวชาวเกาหลีเหนือ 2 คน อีก 7 คนเสี่ยงถูกส่งตัวให้จีน",
            "ทางการลาวปล่อยตัวผู้แปรพักตร์ชาวเกาหลีเหนือ 2 คนเมื่อวันจันทร์",
        ),
    ],
)
def test_the_rest_facing_return_beside_a_part_freed_win(lang: str, title: str, text: str) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 9
    assert verdict.facts.country == "LA"


def test_a_release_of_all_with_their_past_threat_stays_released() -> None:
    verdict = verdict_of(
        "en",
        "Laos frees two North Korean defectors",
        "Lao authorities released two North Korean defectors on Monday, after they paid fines.",
    )
    assert verdict.facts.status is Status.RELEASED
    assert verdict.facts.people == 2


def test_the_rest_after_a_part_of_a_counted_group_add_nothing() -> None:
    verdict = verdict_of(
        "en",
        "Cambodia frees 3 of 10 North Korean defectors, 7 still held",
        "Cambodian police released three of the ten North Korean defectors on Monday.",
    )
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 10


# Another group's return dated to the month before, in the sentence of people held on a day
# no `recent` word tells or apart from it, came before their custody: no status of theirs.
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Five North Koreans arrested in Dandong",
            "Chinese police arrested five North Korean defectors in Dandong, and the 11 caught "
            "there last month were sent back.",
        ),
        (
            "ko",
            "단둥서 탈북민 5명 체포",
            "중국 공안은 2일 단둥에서 탈북민 5명을 체포했으며, 지난달 붙잡힌 11명은 이미 북송됐다.",
        ),
        (
            "ja",
            "丹東で脱北者5人拘束",
            "中国公安は丹東で脱北者5人を拘束し、先月拘束された11人はすでに送還された。",
        ),
        ("zh", "丹东5名脱北者被抓", "中国公安在丹东抓获5名脱北者，上个月被抓的11人已被遣返。"),
        (
            "vi",
            "Trung Quốc bắt 5 người Triều Tiên",
            "Công an Trung Quốc đã bắt 5 người Triều Tiên đào tẩu ở Đan Đông, còn 11 người bị bắt "
            "tháng trước đã bị trả về Triều Tiên.",
        ),
        (
            "th",
            "จีนจับชาวเกาหลีเหนือ 5 คน",
            "ตำรวจจีนจับกุมชาวเกาหลีเหนือ 5 คนที่ตานตงเมื่อวันจันทร์ ส่วน 11 คนที่ถูกจับเมื่อเดือนกันยายน"
            "ถูกส่งกลับเกาหลีเหนือแล้ว",
        ),
    ],
)
def test_an_earlier_groups_return_beside_people_held_is_not_theirs(
    lang: str, title: str, text: str
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 5
    assert verdict.facts.country == "CN"


@pytest.mark.parametrize(
    ("title", "text", "status", "people"),
    [
        (
            "탈북민 11명 북송",
            "중국 공안은 지난달 붙잡힌 탈북민 11명을 2일 북송했다.",
            Status.REPATRIATED,
            11,
        ),
        ("탈북민 3명 석방", "태국 경찰은 2일 탈북민 3명을 석방했다.", Status.RELEASED, 3),
    ],
)
def test_a_days_all_clear_of_the_people_themselves_stands(
    title: str, text: str, status: Status, people: int
) -> None:
    verdict = verdict_of("ko", title, text)
    assert verdict.facts.status is status
    assert verdict.facts.people == people
