"""zh: 之后 opening its clause after a future (将) carries the future on, as 随后 does: a return
told after it is still to come.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status

ON = date(2026, 12, 6)


# A deportation south still to come leaves the people in the police's hands (arrested, README
# "How a status is read"); a return north still to come is a threat.
@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        ("泰国警方本周逮捕了5名脱北者，他们将被移交曼谷移民局，之后被遣送韩国。", "zh-Hans",
         Status.ARRESTED),
        ("泰國警方本週逮捕了5名脫北者，他們將被移交曼谷移民局，之後被遣送韓國。", "zh-Hant",
         Status.ARRESTED),
        ("泰国警方本周逮捕了5名脱北者，他们将被移交移民局，之后被遣返。", "zh-Hans",
         Status.FACING_REPATRIATION),
    ],
    ids=["south", "south-hant", "return"],
)  # fmt: skip
def test_a_return_after_a_future_is_still_to_come(text: str, lang: str, status: Status) -> None:
    verdict = classify(Document("z", "泰国逮捕脱北者", text, lang=lang, date=ON))
    assert verdict.facts.status is status
    assert verdict.facts.people == 5


def test_a_return_after_being_caught_stays_done() -> None:
    text = "5名脱北者上周在沈阳被捕之后被遣返。"
    verdict = classify(Document("z", "脱北者被遣返", text, lang="zh-Hans", date=ON))
    assert verdict.facts.status is Status.REPATRIATED
