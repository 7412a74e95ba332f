"""A status word told of other people than the incident's, and a status word told several words
after the people in one sentence, probed in the seven main languages.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify, default_classifier
from bot.domain import Document, Status, Tier

ON = date(2026, 5, 20)


def _verdict(lang: str, text: str, title: str = "") -> tuple[Tier, Status | None, int | None]:
    verdict = classify(Document("r", title, text, lang=lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people


def _thorough(lang: str, text: str) -> Tier:
    doc = Document("r", "", text, lang=lang, date=ON)
    return default_classifier().classify(doc, thorough=True).tier


# Helpers held for guiding North Koreans out, then their own state's ministry on its held
# citizens: the held are the helpers, the speaking state's nationals, never the people.
OWN_CITIZENS = [
    ("zh", "吉林省延吉市警方上周以组织偷越国境罪名拘捕了一名美国籍传教士和他的司机。据报道，"
           "两人多年来帮助多名朝鲜人经中国前往泰国。美国国务院表示，正在向被拘押的本国公民提供"
           "领事服务。"),
    ("zh", "据报道，两人多年来帮助多名朝鲜人经中国前往泰国。\n美国国务院表示，正在向被拘押的"
           "本国公民提供领事服务。"),
    ("ko", "지린성 옌지 경찰은 지난주 밀입국 조직 혐의로 미국인 선교사와 그의 운전기사를 "
           "체포했다. 보도에 따르면 두 사람은 수년간 북한 주민 여러 명이 중국을 거쳐 태국으로 "
           "가도록 도왔다. 미 국무부는 구금된 자국민에게 영사 조력을 제공하고 있다고 밝혔다."),
    ("ja", "吉林省延吉の警察は先週、密出国を組織した疑いで米国人宣教師とその運転手を拘束した。"
           "報道によると、2人は数年にわたり多くの北朝鮮住民が中国を経てタイへ向かうのを助けて"
           "いた。米国務省は、拘束された自国民に領事支援を行っていると明らかにした。"),
    ("ru", "Полиция Яньцзи на прошлой неделе задержала американского миссионера и его водителя "
           "по обвинению в организации незаконного пересечения границы. По данным СМИ, они годами "
           "помогали северокорейцам добираться через Китай в Таиланд. Госдепартамент заявил, что "
           "оказывает консульскую помощь задержанным гражданам своей страны."),
    ("th", "ตำรวจเมืองเหยียนจี๋จับกุมมิชชันนารีชาวอเมริกันและคนขับรถของเขาเมื่อสัปดาห์ที่แล้ว"
           "ในข้อหาจัดการลักลอบข้ามแดน\nรายงานระบุว่าทั้งสองช่วยเหลือชาวเกาหลีเหนือจำนวนมาก"
           "เดินทางผ่านจีนไปยังไทยมาหลายปี\nกระทรวงการต่างประเทศสหรัฐฯ ระบุว่ากำลังให้ความ"
           "ช่วยเหลือด้านกงสุลแก่พลเมืองของตนที่ถูกควบคุมตัว"),
    ("vi", "Cảnh sát Diên Cát tuần trước đã bắt một nhà truyền giáo người Mỹ và tài xế của ông "
           "vì tổ chức vượt biên trái phép. Theo tin tức, hai người nhiều năm qua đã giúp nhiều "
           "người Triều Tiên đi qua Trung Quốc sang Thái Lan. Bộ Ngoại giao Mỹ cho biết đang hỗ "
           "trợ lãnh sự cho các công dân của mình bị giam giữ."),
    ("en", "Police in Yanji last week arrested an American missionary and his driver on charges "
           "of organising illegal border crossings. The two reportedly helped many North Koreans "
           "travel through China to Thailand over several years. The State Department said it "
           "was providing consular help to its detained citizens."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), OWN_CITIZENS)
def test_a_ministrys_own_held_citizens_are_not_the_people(lang: str, text: str) -> None:
    """A foreign ministry helping its own held citizens (本国公民, 자국민, 自国民, гражданам
    своей страны, พลเมืองของตน, công dân của mình) tells the helpers' custody, not the people's:
    in a language that drops its subject, that sentence names others and takes up no one."""
    assert _verdict(lang, text)[0] is Tier.IGNORE
    assert _thorough(lang, text) is Tier.IGNORE
