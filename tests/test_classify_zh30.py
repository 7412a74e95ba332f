"""Round-30 fixes found by the zh30 blind set, probed in the languages each kind exists in.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 5)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("zh30", title, text, lang, date=ON))


# A transfer to the last stop before the return (遣返前的最后一站): the return is still to come,
# a threat, not a return done (the headline's bare noun) nor a custody alone.
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "zh-Hant",
            "兩名北韓女性被轉押圖們 被視為遣返前最後一站",
            "上月在延吉被捕的兩名北韓女性，日前已被轉押到圖們邊防拘留所。",
        ),
        (
            "zh",
            "两名朝鲜女性被转押图们",
            "上月在延吉被捕的两名朝鲜女性，日前已被转押到图们边防拘留所，"
            "这里是被遣返前的最后一站。",
        ),
        (
            "zh",
            "一家四口朝鲜人被押送图们",
            "上月在丹东被抓的一家四口朝鲜人，近日被押送到图们边防拘留所，那里是遣送前的最后一站。",
        ),
        (
            "zh-Hant",
            "兩名北韓女性被轉押圖們",
            "上月在延吉被捕的兩名北韓女性，日前已被轉押到圖們邊防拘留所。"
            "圖們拘留所被視為強制遣返前的最後一站。",
        ),
    ],
)
def test_last_stop_before_return_is_a_threat(lang: str, title: str, text: str) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION


def test_return_told_beside_the_last_stop_stays_done() -> None:
    verdict = verdict_of(
        "zh",
        "三名脱北者已被遣返",
        "三名在延吉被捕的脱北者已于上周被遣返朝鲜。"
        "此前她们被关押在图们边防拘留所，那里是遣返前的最后一站。",
    )
    assert verdict.facts.status is Status.REPATRIATED
