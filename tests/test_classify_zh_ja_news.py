"""Chinese (both scripts) and Japanese reports in the shapes news outlets give them: a headline and
a few sentences, the reaction first and the facts after. Every sentence was written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 11, 20)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("z", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        (
            "zh-Hant",
            "國際特赦譴責中國",
            "國際特赦組織今天發表聲明，譴責中國上週將約50名脫北者強制北送。",
            Status.REPATRIATED,
        ),
        (
            "zh",
            "消息人士：脱北者已被北送",
            "消息人士说，上周在图们被捕的4名脱北者已被北送。",
            Status.REPATRIATED,
        ),
        (
            "zh-Hant",
            "南韓團體：脫北者遭強制北送",
            "南韓民間團體說，本月初在長白被捕的6名脫北者日前遭強制北送。",
            Status.REPATRIATED,
        ),
        (
            "ja",
            "中国、脱北者を強制北送",
            "韓国政府によると、中国当局は先週、丹東で拘束した脱北者約40人を強制北送した。",
            Status.REPATRIATED,
        ),
        (
            "ja",
            "脱北者6人が北送",
            "支援団体によると、今月上旬に延吉で拘束された脱北者6人が北送されたという。",
            Status.REPATRIATED,
        ),
        # Still to come: a threat, not a return.
        (
            "ja",
            "脱北者拘束",
            "関係者によると、先週瀋陽で脱北者3人が拘束された。3人は来週にも北送される。",
            Status.FACING_REPATRIATION,
        ),
        (
            "zh-Hant",
            "脫北者恐遭北送",
            "據報導，3名脫北者上週在吉林被公安抓獲，面臨被北送的危險。",
            Status.FACING_REPATRIATION,
        ),
    ],
    ids=[
        "zh-hant-jiang-forced",
        "zh-passive",
        "zh-hant-zao-forced",
        "ja-active",
        "ja-passive",
        "ja-to-come",
        "zh-hant-threat",
    ],
)
def test_sent_north_is_a_return_in_chinese_and_japanese(
    lang: str, title: str, text: str, status: Status
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is status
