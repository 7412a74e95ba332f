"""People told of in quotes: who they are said only in their own words or a relative's, and
the words in and around a quote that govern a return (an order, a fear, a wish).

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 12)


def verdict_of(title: str, text: str, lang: str) -> tuple[Tier, Status | None]:
    verdict = classify(Document("q", title, f"{title}\n{text}", lang=lang, date=ON))
    return verdict.tier, verdict.facts.status


@pytest.mark.parametrize(
    ("title", "text", "lang", "status"),
    [
        ("Court orders three North Korean defectors deported",
         "A court in Khabarovsk on Tuesday ordered the expulsion of three North Korean "
         "defectors held since October.", "en", Status.FACING_REPATRIATION),
        ("Judge orders two North Korean women freed",
         "A judge in Bangkok on Friday ordered the release of two North Korean women held at "
         "the immigration centre since August.", "en", Status.DETAINED),
        ("脱北女子在丹东被抓",
         "一名脱北女子上周在丹东被公安抓走，目前关在看守所。她姐姐说：“我很怕她被送回朝鲜。”",
         "zh-Hans", Status.FACING_REPATRIATION),
        ("หญิงชาวเกาหลีเหนือ 2 คนถูกกักตัวที่เชียงราย",
         "หญิงชาวเกาหลีเหนือ 2 คนถูกกักตัวที่ ตม.เชียงราย ตั้งแต่สัปดาห์ก่อน ทั้งสองอยากเดินทางไปเกาหลีใต้",
         "th", Status.DETAINED),
    ],
    ids=["en-orders-deported", "en-orders-freed", "zh-afraid-sent-back", "th-want-to-go-south"],
)  # fmt: skip
def test_what_an_order_a_fear_or_a_wish_governs_is_not_done(
    title: str, text: str, lang: str, status: Status
) -> None:
    assert verdict_of(title, text, lang) == (Tier.ALERT, status)
