"""Head counts: one named alone right after "together with" (or before 과 함께, と一緒に, 一起)
is held too and counts one more; a month of last year (昨年11月) dates the people it counts, not
a year's statistic.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document

ON = date(2026, 12, 7)


def people_of(lang: str, title: str, text: str) -> int | None:
    return classify(Document("c39", title, text, lang, date=ON)).facts.people


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "Mrs Park detained",
         "Mrs Park, a North Korean defector, was detained by Chinese police in Yanji together "
         "with her daughter."),
        ("en", "Defector detained",
         "A North Korean woman was detained by Chinese police in Yanji with her daughter."),
        ("vi", "Bà Park bị bắt",
         "Bà Park, một người đào tẩu Triều Tiên, đã bị công an Trung Quốc bắt giữ ở Diên Cát "
         "cùng con gái."),
        ("ko", "박씨 체포", "탈북민 박모씨가 딸과 함께 옌지에서 중국 공안에 체포됐다."),
        ("zh", "朴女士被捕", "脱北者朴女士与女儿一起在延吉被中国公安逮捕。"),
        ("ja", "朴さん拘束", "脱北者の朴さんが娘と一緒に延吉で中国公安に拘束された。"),
    ],
    ids=["en-together-with", "en-with", "vi-cung", "ko-hamkke", "zh-yiqi", "ja-issho"],
)  # fmt: skip
def test_one_held_together_with_a_relative_counts_both(lang: str, title: str, text: str) -> None:
    assert people_of(lang, title, text) == 2


@pytest.mark.parametrize(
    "text",
    [
        "昨年11月に拘束された脱北者ら約20人が、今月中旬に丹東から北朝鮮に送還された。",
        "支援団体は5日、遼寧省で昨年11月に拘束された脱北者ら約20人が、今月中旬に丹東から"
        "北朝鮮に送還されたと発表した。",
    ],
    ids=["plain", "announced"],
)
def test_a_month_of_last_year_dates_people_not_a_years_statistic(text: str) -> None:
    assert people_of("ja", "", text) == 20


def test_a_total_since_a_month_of_last_year_stays_a_statistic() -> None:
    assert people_of("ja", "", "昨年1月以降に送還された脱北者は約600人に上るという。") is None
