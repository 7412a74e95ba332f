"""Another group's return the year before, told beside the people held now: done and theirs, no
threat to the people (arrested, not facing repatriation nor repatriated).

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 7)


def _facts(lang: str, title: str, text: str) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("r", title, text, lang=lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people, verdict.facts.country


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        # A headline alone, its bare return noun dated the year before (작년엔 9명 북송).
        ("ko", "탈북자 6명 하노이서 붙잡혀…작년엔 11명 강제북송", ""),
        ("ko", "탈북자 6명 하노이서 붙잡혀…지난해엔 11명 북송", ""),
        # The year before dates a chain that the return ends (넘겨진 뒤 북송).
        ("ko", "탈북자 6명 하노이서 붙잡혀…작년 11명은 中 넘겨진 뒤 북송", ""),
        ("ja", "脱北者6人ハノイで拘束 昨年は11人送還", ""),
        # Thai opens the year's clause with a space: the arrest before it is not so dated.
        ("th", "ตำรวจจับกุมชาวเกาหลีเหนือ 6 คนที่ฮานอย ปีที่แล้ว 11 คนถูกส่งกลับ", ""),
        # A headline whose return the year dates, over a text telling only the arrest.
        ("en", "Six North Koreans held in Hanoi; eleven were sent back last year",
               "Police in Hanoi detained six North Korean defectors on Tuesday."),
        ("en", "Six North Koreans held in Hanoi; last year eleven were sent back",
               "Police in Hanoi detained six North Korean defectors on Tuesday."),
        # The year before's return in a sentence of its own, under a headline that tells it too.
        ("en", "Six North Koreans held in Hanoi; eleven were sent back last year",
               "Police in Hanoi detained six North Korean defectors on Tuesday. Last year eleven "
               "were handed over to China and deported."),
    ],
)  # fmt: skip
def test_a_return_of_the_year_before_beside_people_held_now_is_another_groups(
    lang: str, title: str, text: str
) -> None:
    """A return dated the year before (`year_before`: last year, 작년, 지난해, 昨年, ปีที่แล้ว),
    beside people held now in a clause or a sentence of their own, came before their custody:
    another group's, done. The people are held, not facing return nor sent back."""
    tier, status, people, country = _facts(lang, title, text)
    assert tier == Tier.ALERT
    # Held (arrested; "detained" where the report says so), never facing return nor returned.
    assert status in (Status.ARRESTED, Status.DETAINED)
    assert people == 6
    assert country == "VN"
