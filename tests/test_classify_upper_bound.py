"""An upper bound ("as many as 30", 최대 30명, 多达30名, 最大30人, вплоть до 30, lên tới 30 người,
มากถึง 30 คน) gives no head count, as "up to" and an open lower bound do: the report says only
how many at most. Every sentence here was written for these tests; none is copied from a report."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier

ON = date(2026, 12, 5)

UPPER_BOUNDS = [
    ("en", "Police in Yanji held as many as 30 North Korean defectors on Thursday, activists said."),
    ("ko", "지난 3일 옌지에서 탈북민 최대 30명이 공안에 붙잡혔다고 단체가 전했다."),
    ("ko", "지난 3일 옌지에서 공안에 붙잡힌 탈북민은 많게는 30명에 이른다."),
    ("zh", "本月3日，延吉公安抓捕了多达30名脱北者。"),
    ("zh", "本月3日，延吉公安抓捕了最多30名脱北者。"),
    ("ja", "今月3日、延吉で脱北者最大30人が公安に拘束された。"),
    ("ru", "В четверг в Уссурийске задержаны вплоть до 30 граждан КНДР."),
    ("vi", "Hôm thứ Năm, công an Lào Cai đã bắt giữ lên tới 30 người Triều Tiên."),
    ("vi", "Hôm thứ Năm, có tới 30 người Triều Tiên bị công an Lào Cai bắt giữ."),
    ("th", "ตำรวจจับกุมชาวเกาหลีเหนือมากถึง 30 คนที่เชียงรายเมื่อวันพฤหัสบดี"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    UPPER_BOUNDS,
    ids=["en", "ko", "ko-at-most", "zh", "zh-at-most", "ja", "ru", "vi", "vi-as-many", "th"],
)
def test_an_upper_bound_gives_no_head_count(lang: str, text: str) -> None:
    verdict = classify(Document("r", text, text, lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people is None


RANGES = [
    ("en", "Police in Yanji held between 15 and 20 North Korean defectors on Thursday."),
    ("en", "Police in Yanji held 15 to 20 North Korean defectors on Thursday, activists said."),
    ("ko", "지난 3일 옌지에서 탈북민 15~20명이 공안에 붙잡혔다."),
    ("zh", "本月3日，延吉公安抓捕了15至20名脱北者。"),
    ("ja", "今月3日、延吉で脱北者15〜20人が公安に拘束された。"),
    ("ru", "В четверг в Уссурийске задержаны 15-20 граждан КНДР."),
    ("vi", "Hôm thứ Năm, công an Lào Cai đã bắt giữ 15-20 người Triều Tiên."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), RANGES, ids=["en", "en-to", "ko", "zh", "ja", "ru", "vi"]
)
def test_a_range_gives_no_head_count(lang: str, text: str) -> None:
    verdict = classify(Document("r", text, text, lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people is None


def test_a_figure_then_a_smaller_one_after_a_dash_is_no_range() -> None:
    text = (
        "Laos handed five North Koreans to Chinese police on Monday. The five - three women and "
        "two men - were caught near the border in November."
    )
    assert classify(Document("r", text, text, "en", date=ON)).facts.people == 5
