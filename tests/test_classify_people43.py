"""Head counts: one person named twice by apposition in Chinese, its noun written after the
counter (一名男子，一名朝鲜公民: one).

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 7)


def _read(lang: str, title: str, text: str) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("p43", title, text, lang, date=ON))
    facts = verdict.facts
    return verdict.tier, facts.status, facts.people, facts.country


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("一名男子，一名朝鲜公民，上周在丹东被中国公安逮捕。", 1),
        ("延吉警方上周拘留了一名妇女，一名朝鲜公民，她可能被遣返。", 1),
        # peers in a list, or joined by 和, stay two
        ("延吉警方上周拘留了一名妇女、一名朝鲜男子。", 2),
        ("延吉警方上周拘留了一名男子和一名朝鲜公民。", 2),
    ],
    ids=["zh-man-citizen", "zh-woman-citizen", "zh-enumerated", "zh-joined"],
)  # fmt: skip
def test_zh_one_person_named_again_by_apposition_is_one(text: str, people: int) -> None:
    tier, _status, count, country = _read("zh", "", text)
    assert tier is Tier.ALERT
    assert country == "CN"
    assert count == people
