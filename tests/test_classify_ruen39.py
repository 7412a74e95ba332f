"""Round-39 fixes from the blind ru/en set (stress39_ruen).

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Verdict

ON = date(2026, 5, 20)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("r39", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        (
            "en",
            "SEOUL, May 18 - Eleven North Koreans held at a jail in Helong could be sent back "
            "within days, a rights group said.",
            11,
        ),
        (
            "en",
            "SEOUL, May 18 - Five North Korean women were arrested in a flat in Yanji, an aid "
            "worker said.",
            5,
        ),
        (
            "vi",
            "HÀ NỘI, 18/5 - Bảy người Triều Tiên bị bắt giữ tại Lạng Sơn khi đang trên đường "
            "sang Lào, công an tỉnh cho biết.",
            7,
        ),
    ],
)
def test_the_day_of_a_dateline_counts_no_one(lang: str, text: str, people: int) -> None:
    """The day a story was filed, before the dash, neither counts anyone nor makes a range with
    the figure after the dash."""
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.people == people
