"""Reports read from their lead, no headline: police hold a number of people, and the next
sentence says who a part of them were ("Five of them were North Korean defectors"). That part
are the people, held. (Chinese and Thai read it so already: 其中5人是脱北者.)

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier

ON = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police in Kunming stopped a bus and held nine passengers on Friday. Five of them "
               "were North Korean defectors, a mission group said."),
        ("en", "Police in Kunming stopped a bus and held nine passengers on Friday. Five of whom "
               "were North Korean defectors."),
        ("ko", "중국 공안이 금요일 쿤밍에서 버스를 세우고 승객 9명을 붙잡았다. 이 가운데 5명은 "
               "탈북민이라고 선교단체가 전했다."),
        ("ko", "중국 공안이 금요일 쿤밍에서 버스를 세우고 승객 9명을 붙잡았다. 이 중 5명은 탈북자이다."),
        ("ja", "中国の公安は金曜日、昆明でバスを止め、乗客9人を拘束した。このうち5人は脱北者だと"
               "現地の宣教団体が明らかにした。"),
        ("ru", "В пятницу полиция Куньмина остановила автобус и задержала девять пассажиров. Пятеро "
               "из них — беженцы из КНДР, сообщила миссионерская группа."),
        ("ru", "В пятницу полиция Куньмина остановила автобус и задержала девять пассажиров. Из "
               "них пятеро — граждане КНДР."),
        ("vi", "Hôm thứ Sáu, công an Côn Minh chặn một xe buýt và bắt giữ 9 hành khách. Trong số "
               "đó có 5 người đào tẩu Triều Tiên."),
        ("vi", "Hôm thứ Sáu, công an Côn Minh chặn một xe buýt và bắt giữ 9 hành khách. Trong đó 5 "
               "người là người đào tẩu Triều Tiên."),
    ],
)  # fmt: skip
def test_a_part_of_those_held_said_to_be_defectors_is_an_alert(lang: str, text: str) -> None:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.country == "CN"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police in Kunming stopped a bus and held nine passengers on Friday. Five of them "
               "were volunteers who help North Korean defectors."),
        ("vi", "Hôm thứ Sáu, công an Côn Minh chặn một xe buýt và bắt giữ 9 hành khách. Trong số "
               "đó có 5 người Trung Quốc."),
    ],
)  # fmt: skip
def test_a_part_said_to_be_others_is_no_alert(lang: str, text: str) -> None:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    assert verdict.tier is not Tier.ALERT
