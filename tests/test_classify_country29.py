"""country29: where the people are held, not where they were heading, passing or came from.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 6)


def _read(lang: str, title: str, body: str) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("c", title, f"{title}\n{body}", lang=lang, date=ON))
    facts = verdict.facts
    return verdict.tier, facts.status, facts.people, facts.country


# Heading for a country, told with the verb after the place (ja) or a plain verb of going
# before it (zh 去, vi đi, ru следовавших в): they were caught on the way, where they are.
HEADING_FOR = [
    ("ja", "脱北者5人拘束", "脱北者5人がタイに向かっていたところ、ラオスで拘束された。", "LA"),
    ("ja", "脱北者5人拘束", "脱北者5人がタイに向かう途中、ラオスで拘束された。", "LA"),
    ("ja", "脱北者5人拘束", "脱北者5人はタイに向けて移動中、ラオスで拘束された。", "LA"),
    (
        "ja",
        "脱北者5人拘束",
        "脱北者5人がラオスに向かっていたところ、中国の公安に拘束された。",
        "CN",
    ),
    ("ko", "탈북민 5명 체포", "탈북민 5명이 태국으로 가던 중 라오스 국경에서 붙잡혔다.", "LA"),
    ("zh", "5名脱北者被抓", "5名脱北者准备去泰国，在老挝被抓。", "LA"),
    (
        "vi",
        "5 người Triều Tiên bị bắt",
        "5 người đào tẩu Triều Tiên đang đi Thái Lan thì bị bắt tại Lào.",
        "LA",
    ),
    (
        "ru",
        "Задержаны 5 беглецов из КНДР",
        "Пятеро беглецов из КНДР, следовавших в Таиланд, были задержаны лаосской полицией.",
        "LA",
    ),
]


@pytest.mark.parametrize(("lang", "title", "body", "where"), HEADING_FOR)
def test_the_country_they_were_heading_for_is_not_where_they_are_held(
    lang: str, title: str, body: str, where: str
) -> None:
    tier, status, people, country = _read(lang, title, body)
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED
    assert people == 5
    assert country == where
