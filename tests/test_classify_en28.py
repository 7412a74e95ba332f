"""Round-28 fixes found by the blind English set stress28_en, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 5)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("en28", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Activists believe 17 North Koreans held in Jilin were sent back",
            "Seventeen North Koreans were detained in Jilin in September.",
        ),
        (
            "en",
            "Defectors held in Yanji",
            "Activists believe the nine North Koreans arrested in Yanji last month were sent back "
            "to the North last week.",
        ),
        (
            "ko",
            "지린 억류 탈북민",
            "활동가들은 지난 9월 지린에서 붙잡힌 탈북민 17명이 지난주 강제북송된 것으로 보고 있다.",
        ),
        (
            "vi",
            "17 người Triều Tiên bị bắt ở Cát Lâm",
            "Các nhà hoạt động tin rằng 17 người Triều Tiên bị bắt ở Cát Lâm hồi tháng 9 đã bị "
            "trả về Triều Tiên tuần trước.",
        ),
    ],
)
def test_a_return_someone_believes_done_is_only_feared(lang: str, title: str, text: str) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
