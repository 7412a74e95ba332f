"""The hand-set weights and reaches of the classifier, each held by the behaviour it is for.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2024, 5, 20)


def read(text: str, title: str = "") -> object:
    return classify(Document("w", title, text, date=ON))


@pytest.mark.parametrize(
    ("title", "text", "country"),
    [
        # A nationality says more than the country people came from.
        ("", "Six North Korean defectors who fled from Vietnam were caught on a Lao bus on Monday.",
         "LA"),
        # A country beside whose border people were caught says more than where they came from.
        ("", "Eight North Korean defectors who fled from China were arrested near the Laos border "
             "on Monday.", "LA"),
        # South Korea, named as where the source sits, never outweighs a country abroad.
        ("", "A Seoul-based group said five North Korean defectors were arrested near the Laos "
             "border on Monday.", "LA"),
        # The headline's country outweighs a country the text names in passing.
        ("Vietnam detains nine North Koreans",
         "Nine North Korean defectors who had lived in China for years were detained on Monday "
         "after crossing from China, Chinese activists said.", "VN"),
        # South Korea speaking in the headline and again in the text counts once: the country
        # where the people were arrested, named once, wins.
        ("South Korea confirms defectors were forcibly repatriated",
         "South Korea's foreign ministry confirmed that six North Korean defectors arrested in "
         "China in April had been forcibly repatriated.", "CN"),
        ("韩国确认脱北者已被强制遣返", "韩国外交部确认，4月在中国被捕的6名脱北者已被强制遣返。",
         "CN"),
        ("Hàn Quốc xác nhận người đào tẩu bị cưỡng chế hồi hương",
         "Bộ Ngoại giao Hàn Quốc xác nhận sáu người đào tẩu Triều Tiên bị bắt ở Trung Quốc hồi "
         "tháng tư đã bị cưỡng chế hồi hương.", "CN"),
    ],
    ids=["nationality-over-origin", "border-over-origin", "south-korea-never-outweighs",
         "headline-outweighs-passing-mentions", "south-korea-speaks-once-en",
         "south-korea-speaks-once-zh", "south-korea-speaks-once-vi"],
)  # fmt: skip
def test_place_weights_pick_the_country_of_detention(title: str, text: str, country: str) -> None:
    assert read(text, title).facts.country == country  # type: ignore[attr-defined]


def test_a_helper_a_few_words_before_the_arrest_makes_it_about_the_helper() -> None:
    verdict = read(
        "A South Korean pastor from a church in Busan was arrested in Yanji on Monday for "
        "sheltering North Korean defectors."
    )
    assert verdict.tier is not Tier.ALERT  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "탈북민들을 도와 온 한국인 선교사가 지난주 랴오닝성 단둥에서 공안에 체포됐다.",
        "脱北者を支援してきた韓国人の牧師が先週、遼寧省丹東で公安当局に拘束された。",
    ],
    ids=["ko", "ja"],
)
def test_a_helper_of_the_people_arrested_alone_is_no_alert_in_korean_and_japanese(
    text: str,
) -> None:
    assert read(text).tier is not Tier.ALERT  # type: ignore[attr-defined]


def test_a_crowd_of_a_thousand_is_not_a_specific_incident() -> None:
    verdict = read("Chinese police detained 1500 North Koreans last month, activists said.")
    assert verdict.tier is not Tier.ALERT  # type: ignore[attr-defined]


def test_a_report_released_a_few_words_away_frees_nobody() -> None:
    verdict = read(
        "Nine North Korean defectors are detained in Dandong, according to the report the group "
        "released on Monday."
    )
    assert verdict.facts.status is Status.DETAINED  # type: ignore[attr-defined]


def test_an_exact_figure_in_the_hundreds_over_a_year_is_a_statistic() -> None:
    verdict = read(
        "In 2023, 450 North Koreans were forcibly returned from China, the ministry said."
    )
    assert verdict.tier is not Tier.ALERT  # type: ignore[attr-defined]
