"""People named by kinship, by age and by who speaks of them, in every language: round-2 fixes.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 11, 20)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("p27b", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Defector fears for her mother",
            "A defector living in South Korea said her mother was detained by Chinese police "
            "in Yanji on Monday.",
        ),
        (
            "ru",
            "Перебежчица: сестру задержали",
            "Перебежчица, живущая в Сеуле, рассказала, что ее младшую сестру на прошлой неделе "
            "задержала полиция Китая в Шэньяне.",
        ),
        (
            "vi",
            "Người đào tẩu: em gái bị bắt",
            "Một người đào tẩu sống ở Seoul cho biết em gái cô đã bị công an Trung Quốc bắt ở "
            "Thẩm Dương tuần trước.",
        ),
        (
            "th",
            "ผู้แปรพักตร์: น้องสาวถูกจับ",
            "ผู้แปรพักตร์ในกรุงโซลเล่าว่าน้องสาวของเธอถูกตำรวจจีนจับกุมที่เมืองเสิ่นหยาง"
            "เมื่อสัปดาห์ที่แล้ว",
        ),
    ],
    ids=["en", "ru", "vi", "th"],
)
def test_a_defector_living_in_the_south_names_the_north_for_her_kin_held_abroad(
    lang: str, title: str, text: str
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == "CN"
    assert v.facts.status in (Status.ARRESTED, Status.DETAINED)


def test_a_defector_living_in_the_south_arrested_there_is_still_no_alert() -> None:
    v = verdict_of(
        "en",
        "Defector arrested for fraud",
        "A defector in Seoul was arrested by South Korean police for fraud last week.",
    )
    assert v.tier is not Tier.ALERT
