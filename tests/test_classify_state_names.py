"""A country of detention named by the state's official name or its initials, as agencies and
courts write it (Береговая охрана КНР, 中华人民共和国海警, CHND Trung Hoa), or by Korean copy's one
Hanja before a force (中 해경): the arrest is abroad, an alert. English and Thai name China inside
the official name already.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier

ON = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("ru", "Береговая охрана КНР в субботу задержала шестерых граждан КНДР на рыбацкой "
               "шхуне.", "CN"),
        ("ru", "Полиция ЛНДР в субботу задержала шестерых граждан КНДР у границы.", "LA"),
        ("ru", "Пограничники СРВ в субботу задержали шестерых граждан КНДР у границы.", "VN"),
        ("ko", "중화인민공화국 해경이 토요일 북한 주민 6명을 체포했다.", "CN"),
        ("ko", "中 해경이 토요일 북한 주민 6명을 붙잡았다.", "CN"),
        ("zh", "中华人民共和国海警周六在沿海拘留了6名朝鲜人。", "CN"),
        ("ja", "中華人民共和国の海警局は土曜日、沿岸で北朝鮮国籍の6人を拘束した。", "CN"),
        ("vi", "Công an CHND Trung Hoa hôm thứ Bảy đã bắt giữ 6 người Triều Tiên.", "CN"),
    ],
)  # fmt: skip
def test_a_state_named_officially_is_the_country_of_detention(
    lang: str, text: str, country: str
) -> None:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.country == country
