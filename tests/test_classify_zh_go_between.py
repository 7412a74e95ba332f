"""A go-between (中间人) who helped the people is a helper: his fate (missing, held) is not theirs.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("沈阳一对朝鲜母女被公安抓走",
         "一名40多岁的朝鲜女子和她9岁的女儿本月2日在沈阳被公安带走。协助她们的中间人目前下落不明。",
         "zh-Hans"),
        ("瀋陽一對北韓母女被公安抓走",
         "一名40多歲的北韓女子和她9歲的女兒本月2日在瀋陽被公安帶走。母女二人原本計畫下週前往南韓，"
         "協助她們的中間人也下落不明。", "zh-Hant"),
    ],
    ids=["hans", "hant"],
)  # fmt: skip
def test_a_go_betweens_disappearance_is_not_the_peoples(title: str, text: str, lang: str) -> None:
    verdict = classify(Document("g", title, text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 2
