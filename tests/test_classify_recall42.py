"""Round-42 missed alerts, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 4)  # a Friday: "Monday" is Nov. 30

HELD = (Status.ARRESTED, Status.DETAINED)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("recall42", title, text, lang, date=ON))


# People named by the job they do abroad, with the North's name: a cook, miners. The job with
# "North Korean" is their word when an arrest is told of them.
ONE_BY_HIS_JOB = [
    ("ko", "단둥의 한 식당에서 일하던 북한 요리사가 월요일 중국 공안에 체포됐다."),
    ("zh", "丹东一家餐馆的一名朝鲜厨师周一被中国警方逮捕。"),
    ("ja", "丹東のレストランで働く北朝鮮の料理人が月曜日、中国警察に逮捕された。"),
    ("vi", "Một đầu bếp Triều Tiên tại một nhà hàng ở Đan Đông đã bị cảnh sát Trung Quốc bắt "
           "hôm thứ Hai."),
]  # fmt: skip

THREE_BY_THEIR_JOB = [
    ("en", "Three North Korean miners who left their camp in Russia were detained on Monday."),
    ("en", "Three North Korean miners were detained in Russia on Monday."),
    ("ko", "러시아의 작업장을 이탈한 북한 광부 3명이 월요일 구금됐다."),
    ("zh", "三名离开俄罗斯营地的朝鲜矿工周一被拘留。"),
    ("ja", "ロシアの作業場を離れた北朝鮮の鉱山労働者3人が月曜日に拘束された。"),
    ("vi", "Ba thợ mỏ Triều Tiên rời trại ở Nga đã bị bắt giữ hôm thứ Hai."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), ONE_BY_HIS_JOB, ids=[f"{r[0]}-{i}" for i, r in enumerate(ONE_BY_HIS_JOB)]
)
def test_one_named_by_his_job_abroad_is_one_of_the_people(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "Police news", text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.country == "CN"


@pytest.mark.parametrize(
    ("lang", "text"),
    THREE_BY_THEIR_JOB,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(THREE_BY_THEIR_JOB)],
)
def test_workers_named_by_their_job_abroad_are_the_people(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "Police news", text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == 3
    assert verdict.facts.country == "RU"


# A short town's name inside a longer word votes for no country: 廊開 (Nong Khai) across a word
# ending in 廊 (a gallery, a hair salon) and 開 (an opening); the town itself still votes.
NONG_KHAI_INSIDE_A_WORD = [
    ("zh", "三名朝鲜脱北者周一在藝廊開幕當天被警方拘留。"),
    ("zh", "三名朝鲜脱北者周一在画廊开幕当天被警方拘留。"),
    ("zh", "三名朝鲜脱北者周一在发廊开业当天被警方拘留。"),
    ("ja", "北朝鮮の脱北者3人が月曜日、画廊開幕の日に警察に拘束された。"),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    NONG_KHAI_INSIDE_A_WORD,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(NONG_KHAI_INSIDE_A_WORD)],
)
def test_a_town_name_inside_a_longer_word_is_no_place(lang: str, text: str) -> None:
    assert verdict_of(lang, "Police news", text).facts.country != "TH"


# Hekou, on the Vietnam border in Yunnan, named with its county or the border.
HEKOU = [
    ("zh", "三名朝鲜脱北者周一在河口县被警方拘留，随后将被遣返。"),
    ("zh", "三名朝鲜脱北者周一在中越边境的河口被警方拘留。"),
]


@pytest.mark.parametrize(("lang", "text"), HEKOU, ids=[f"{r[0]}-{i}" for i, r in enumerate(HEKOU)])
def test_hekou_is_a_town_in_china(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "Police news", text)
    assert verdict.alert
    assert verdict.facts.country == "CN"
    assert verdict.facts.people == 3


# A South Korean citizen who fled the North long ago, held on a trip abroad: news, named by where
# the defector lives now ("who lives in Seoul").
DEFECTOR_FROM_SEOUL_HELD_ON_A_TRIP = [
    ("en", "A defector who lives in Seoul was detained by Thai police in Chiang Rai on a trip "
           "on Monday.", "TH"),
    ("en", "Two defectors who live in South Korea were arrested in Laos during a trip on Monday.",
     "LA"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    DEFECTOR_FROM_SEOUL_HELD_ON_A_TRIP,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(DEFECTOR_FROM_SEOUL_HELD_ON_A_TRIP)],
)
def test_a_defector_from_seoul_held_on_a_trip_is_news(lang: str, text: str, country: str) -> None:
    verdict = verdict_of(lang, "Police news", text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.country == country
