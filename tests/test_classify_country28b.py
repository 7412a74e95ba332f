"""Round 28's country kinds: where people came from or were heading is not where they are held.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Facts, Tier

ON = date(2024, 5, 20)


def _facts(title: str, text: str, lang: str | None = None) -> Facts:
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert verdict.tier is Tier.ALERT
    return verdict.facts


@pytest.mark.parametrize(
    ("lang", "title", "text", "country"),
    [
        ("en", "Five defectors detained",
         "Five North Korean defectors who had come from China were arrested by police in "
         "northern Laos.", "LA"),
        ("en", "Five defectors detained",
         "A family of five North Korean defectors who came from China was detained by police in "
         "northern Laos last month.", "LA"),
        ("ko", "탈북민 5명 체포",
         "중국에서 온 탈북민 일가족 5명이 지난달 라오스 북부에서 경찰에 체포됐다.", "LA"),
        ("ko", "탈북민 5명 체포", "중국에서 온 탈북민 5명이 라오스 경찰에 체포됐다.", "LA"),
        ("ko", "탈북민 5명 체포", "탈북민 5명이 지난달 중국에서 공안에 체포됐다.", "CN"),
        ("zh-Hans", "5名脱北者被拘", "从中国来的一家5口脱北者上月在老挝北部被警方拘留。", "LA"),
        ("zh-Hant", "5名脫北者被拘", "從中國來的一家5口脫北者上月在寮國北部被警方拘留。", "LA"),
        ("zh-Hans", "5名脱北者被拘", "从中国过来的5名脱北者上月在老挝北部被警方拘留。", "LA"),
        ("zh-Hans", "5名脱北者被拘", "5名脱北者上月在中国被公安拘留，他们原本打算前往老挝。", "CN"),
        ("vi", "5 người Triều Tiên bị bắt",
         "Một gia đình 5 người Triều Tiên đến từ Trung Quốc đã bị cảnh sát bắt giữ ở miền bắc "
         "Lào.", "LA"),
        ("vi", "5 người Triều Tiên bị bắt",
         "5 người Triều Tiên bị công an Trung Quốc bắt giữ khi đang trên đường đến Lào.", "CN"),
        ("th", "ชาวเกาหลีเหนือ 5 คนถูกจับ",
         "ครอบครัวชาวเกาหลีเหนือ 5 คนที่เดินทางมาจากจีนถูกตำรวจจับกุมในภาคเหนือของลาว", "LA"),
        ("th", "ชาวเกาหลีเหนือ 5 คนถูกจับ",
         "ครอบครัวชาวเกาหลีเหนือ 5 คนที่มาจากจีนถูกตำรวจจับกุมในภาคเหนือของลาว", "LA"),
        ("th", "ชาวเกาหลีเหนือ 5 คนถูกจับ",
         "ชาวเกาหลีเหนือ 5 คนถูกตำรวจจีนจับกุมขณะเดินทางไปลาว", "CN"),
    ],
)  # fmt: skip
def test_the_country_people_came_from_is_not_where_they_are_held(
    lang: str, title: str, text: str, country: str
) -> None:
    assert _facts(title, text, lang).country == country


@pytest.mark.parametrize(
    ("lang", "title", "text", "country"),
    [
        ("ru", "Задержаны",
         "Пятеро северокорейцев, пробиравшихся из Китая в Таиланд, задержаны в Лаосе.", "LA"),
        ("ru", "Задержаны",
         "Пятеро северокорейцев, направлявшихся в Таиланд, задержаны полицией в Лаосе.", "LA"),
        ("ru", "Задержаны",
         "Пятеро северокорейцев, пробиравшихся из Шэньяна в Лаос, задержаны полицией.", "CN"),
        ("ru", "Задержаны",
         "Пятеро северокорейцев, бежавших из Китая в Лаос, задержаны полицией.", "LA"),
        ("en", "Five defectors detained",
         "Five North Koreans making their way from China to Thailand were detained in Laos.",
         "LA"),
        ("en", "Five defectors detained",
         "Five North Koreans making their way from Shenyang to Laos were detained.", "CN"),
        ("en", "Five defectors detained",
         "Five North Koreans who crossed from China into Laos were arrested.", "LA"),
        ("zh-Hans", "5名脱北者被拘", "从中国前往泰国的5名脱北者在老挝被警方拘留。", "LA"),
        ("zh-Hant", "5名脫北者被拘", "從中國前往泰國的5名脫北者在寮國被警方拘留。", "LA"),
        ("zh-Hans", "5名脱北者被拘", "从沈阳前往老挝的5名脱北者被警方拘留。", "CN"),
        ("vi", "5 người Triều Tiên bị bắt",
         "5 người Triều Tiên trên đường từ Trung Quốc sang Thái Lan đã bị bắt ở Lào.", "LA"),
        ("vi", "5 người Triều Tiên bị bắt",
         "5 người Triều Tiên trên đường từ Thẩm Dương sang Lào đã bị bắt.", "CN"),
        ("vi", "5 người Triều Tiên bị bắt",
         "5 người Triều Tiên vượt biên từ Trung Quốc sang Lào đã bị bắt.", "LA"),
        ("th", "ชาวเกาหลีเหนือ 5 คนถูกจับ",
         "ชาวเกาหลีเหนือ 5 คนที่หลบหนีจากจีนเพื่อไปไทยถูกจับกุมในลาว", "LA"),
    ],
)  # fmt: skip
def test_where_people_were_heading_is_not_where_they_are_held(
    lang: str, title: str, text: str, country: str
) -> None:
    assert _facts(title, text, lang).country == country


@pytest.mark.parametrize(
    ("lang", "title", "text", "country"),
    [
        ("ja", "脱北者5人拘束",
         "中国からラオスを経てタイを目指していた脱北者5人が、ラオス北部で警察に拘束された。", "LA"),
        ("ja", "脱北者5人拘束",
         "中国からラオスを経由してタイに向かう途中の脱北者5人が、ラオス北部で拘束された。", "LA"),
        ("en", "Five defectors detained",
         "Five North Koreans who travelled from China through Laos were detained in northern "
         "Laos.", "LA"),
        ("zh-Hans", "5名脱北者被拘",
         "5名脱北者从中国经由老挝前往泰国，在老挝北部被警方拘留。", "LA"),
        ("vi", "5 người Triều Tiên bị bắt",
         "5 người Triều Tiên đi qua Lào để sang Thái Lan đã bị bắt ở miền bắc Lào.", "LA"),
        ("ru", "Задержаны",
         "Пятеро северокорейцев, бежавших из Китая через Лаос, задержаны на севере Лаоса.", "LA"),
        ("th", "ชาวเกาหลีเหนือ 5 คนถูกจับ",
         "ชาวเกาหลีเหนือ 5 คนที่เดินทางจากจีนผ่านลาวถูกจับกุมในภาคเหนือของลาว", "LA"),
        ("en", "Five defectors detained",
         "Five North Koreans who crossed from Bokeo province, Laos, were detained in Thailand.",
         "TH"),
        ("ja", "脱北者4人拘束",
         "中国を経由して逃れた脱北者4人が、中国内モンゴル自治区から国境を越えてモンゴルに入り、"
         "モンゴル当局に拘束された。", "MN"),
        ("zh-Hans", "4名脱北者被拘",
         "4名脱北者经由中国，从内蒙古自治区越境进入蒙古国后被当地警方拘留。", "MN"),
    ],
)  # fmt: skip
def test_a_place_passed_through_and_then_held_in_votes_as_held(
    lang: str, title: str, text: str, country: str
) -> None:
    assert _facts(title, text, lang).country == country
