"""Fixes of helper b42b (blind set stress42_enjavith), probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 7)


def verdict_of(lang: str, text: str, title: str = "") -> Verdict:
    return classify(Document("b42b", title, text, lang, date=ON))


# A group counted in parts after its nationality ("two men and three women"), then taken up by
# its total in the next sentence, its subject dropped ("officers took all five into custody"):
# the total is theirs, as a figure the text gave whole would be.
@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        (
            "th",
            "จากการตรวจสอบพบว่าเป็นชาวเกาหลีเหนือ เป็นชาย 3 คน และหญิง 2 คน ไม่มีหนังสือเดินทาง\n"
            "เจ้าหน้าที่จึงควบคุมตัวทั้ง 5 คน ส่งพนักงานสอบสวน สภ.เชียงของ ดำเนินคดี",
            5,
        ),
    ],
)
def test_total_of_parts_names_them_again(lang: str, text: str, people: int) -> None:
    v = verdict_of(lang, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is Status.ARRESTED
    assert v.facts.people == people
    assert v.facts.country == "TH"


# A route through two countries joined by "and" ("through China and Laos", 중국과 라오스를
# 거쳐): both are where the people came from, not where they are held.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "th",
            "ตำรวจควบคุมตัวชาวเกาหลีเหนือ 6 คน ที่เดินทางผ่านประเทศจีนและ สปป.ลาว ส่ง สภ.เชียงของ ดำเนินคดี",
        ),
        (
            "vi",
            "Công an đã bắt giữ 6 người Triều Tiên đi qua Trung Quốc và Lào, rồi giao cho cảnh sát "
            "Chiang Khong.",
        ),
        ("ko", "경찰은 중국과 라오스를 거쳐 온 북한 주민 6명을 치앙라이에서 체포했다."),
        ("ja", "警察は中国とラオスを経由してきた北朝鮮の住民6人をチェンライで拘束した。"),
    ],
)
def test_second_country_of_a_route_is_no_detention_country(lang: str, text: str) -> None:
    v = verdict_of(lang, text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == "TH"
    assert v.facts.people == 6


# A claimed return called untrue after it ("… will be sent back is untrue"), the people then
# said held: the denial cancels the return, and the custody is the status.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "zh",
            "警方表示，有关在清孔被捕的4名朝鲜人将被遣返朝鲜的消息不实。"
            "4人目前被关押在清莱移民拘留室。",
        ),
        (
            "ja",
            "警察は、チェンコーンで逮捕された北朝鮮の4人が北朝鮮に送還されるとの話は事実ではないと"
            "述べた。4人は現在、チェンライの入管施設に収容されている。",
        ),
        (
            "vi",
            "Công an khẳng định tin 4 người Triều Tiên bị bắt ở Chiang Khong sẽ bị trả về Triều "
            "Tiên là sai sự thật. Cả 4 người hiện đang bị giam tại trại tạm giữ ở Chiang Rai.",
        ),
        (
            "th",
            "ตำรวจชี้แจงว่าข้อความที่ระบุว่าชาวเกาหลีเหนือ 4 คนที่ถูกจับกุมที่เชียงของ"
            "จะถูกส่งกลับเกาหลีเหนือนั้นไม่เป็นความจริง\n"
            "ปัจจุบันทั้ง 4 คนถูกควบคุมตัวอยู่ที่ห้องกักตรวจคนเข้าเมืองเชียงราย",
        ),
    ],
)
def test_return_called_untrue_leaves_them_held(lang: str, text: str) -> None:
    v = verdict_of(lang, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is Status.DETAINED
    assert v.facts.people == 4
    assert v.facts.country == "TH"
