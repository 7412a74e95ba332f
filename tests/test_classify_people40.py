"""People counts found and left by earlier rounds: a figure opening the sentence after a group
named without one, and one person called by a title and a name beside a relative.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document

ON = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "North Korean defectors arrested in China",
         "A group of North Korean defectors was arrested in Liaoning last week. The six were "
         "found near Dandong."),
        ("ko", "탈북민 중국서 체포",
         "지난주 랴오닝성에서 탈북민 일행이 체포됐다. 6명은 단둥 인근에서 발견됐다."),
        ("ja", "脱北者、中国で拘束",
         "先週、遼寧省で脱北者の一行が拘束された。6人は丹東近郊で見つかった。"),
        ("vi", "Người Triều Tiên bị bắt ở Trung Quốc",
         "Một nhóm người đào tẩu Triều Tiên đã bị bắt ở Liêu Ninh tuần trước. Sáu người được "
         "tìm thấy gần Đan Đông."),
    ],
    ids=["en", "ko", "ja", "vi"],
)  # fmt: skip
def test_a_figure_opening_the_next_sentence_counts_a_group_named_without_one(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert verdict.facts.people == 6


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "North Korean defectors arrested in China",
         "A group of North Korean defectors was arrested in Liaoning last week. Two activists "
         "staged a protest in Seoul."),
        ("en", "North Korean defectors arrested in China",
         "A group of North Korean defectors was arrested in Liaoning last week. Three weeks "
         "have passed since then."),
        ("ko", "탈북민 중국서 체포",
         "지난주 랴오닝성에서 탈북민 일행이 체포됐다. 3일 뒤 가족들이 소식을 들었다."),
    ],
    ids=["en-activists", "en-weeks", "ko-days"],
)  # fmt: skip
def test_a_figure_of_others_or_of_days_after_the_group_counts_no_one(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert verdict.facts.people is None
