"""Reports read from their lead, no headline: a defector speaks first, and the next sentence
tells that a relative of theirs was arrested abroad ("According to him, his sister was caught in
Yanji"). (Thai, which runs the two on as one sentence, reads it so already.) The relative is
one of the people, held abroad, though the one speaking lives in the South and fled years ago.

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
        ("en", "A North Korean defector who reached Seoul in 2012 met reporters on Tuesday. He "
               "said his younger sister was caught by Chinese police in Yanji a week ago."),
        ("ko", "2012년 한국에 정착한 탈북민 박모씨가 화요일 기자들을 만났다. 박씨에 따르면 여동생이 "
               "일주일 전 중국 옌지에서 공안에 붙잡혔다."),
        ("zh", "一名2012年起定居首尔的脱北者周二会见了记者。他说，他的妹妹一周前在延吉被中国公安抓获。"),
        ("ja", "2012年に韓国に入った脱北者の男性が火曜日、記者団の取材に応じた。男性によると、妹が"
               "1週間前、中国の延吉で公安に拘束された。"),
        ("ru", "Беженец из КНДР, живущий в Сеуле с 2012 года, во вторник встретился с журналистами. "
               "По его словам, его младшую сестру неделю назад задержала полиция в Яньцзи."),
        ("vi", "Một người đào tẩu Triều Tiên tới Seoul năm 2012 đã gặp báo chí hôm thứ Ba. Theo "
               "ông, em gái ông đã bị công an Trung Quốc bắt ở Diên Cát một tuần trước."),
    ],
)  # fmt: skip
def test_a_relative_arrested_after_the_defector_speaks_is_an_alert(lang: str, text: str) -> None:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.country == "CN"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # arrested in the South, for an offence of life there
        ("en", "A North Korean defector who reached Seoul in 2012 met reporters on Tuesday. He "
               "said his younger brother was arrested in Incheon for drunk driving."),
        ("ko", "2012년 한국에 입국한 탈북민 박모씨가 화요일 기자들을 만났다. 박씨에 따르면 남동생은 "
               "음주운전으로 인천에서 경찰에 체포됐다."),
        # the relative is someone else: a Chinese broker
        ("en", "A North Korean defector living in Busan talked to reporters. Her brother, a "
               "Chinese broker, was detained in Dandong for smuggling."),
    ],
)  # fmt: skip
def test_a_relative_held_for_other_reasons_is_no_alert(lang: str, text: str) -> None:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    assert verdict.tier is not Tier.ALERT
