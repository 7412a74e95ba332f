"""Incidents told without the usual words, each kind probed in the seven languages: people named
only by the North Korean town they fled, a custody verb split by the place (身柄を…確保), a
Russian town that places the case in Russia.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Verdict

ON = date(2026, 12, 7)


def verdict_of(lang: str, text: str) -> Verdict:
    return classify(Document("recall39", text, text, lang, date=ON))


# People told only by the town of the North they fled ("who fled Hoeryong"): North Koreans.
FLED_A_NORTH_TOWN = [
    ("en", "Five women who fled Musan were arrested by Chinese police in Yanji last week.", 5),
    ("en", "A family of three who escaped from Chongjin was detained in Shenyang in March.", 3),
    ("ko", "무산을 탈출한 여성 5명이 지난주 옌지에서 중국 공안에 체포됐다.", 5),
    ("ko", "청진에서 탈출한 일가족 3명이 3월 선양에서 구금됐다.", 3),
    ("ja", "会寧から逃れてきた女性5人が先週、延吉で中国公安に拘束された。", 5),
    ("ja", "清津から逃げてきた一家3人が3月、瀋陽で拘束された。", 3),
    ("zh", "五名从茂山逃出的女子上周在延吉被中国公安抓获。", 5),
    ("ru", "Пять женщин, бежавших из Мусана, задержаны китайской полицией в Яньцзи.", 5),
    ("ru", "В Яньцзи задержаны пять женщин, которые добрались из пограничного Мусана.", 5),
    ("vi", "Năm phụ nữ trốn khỏi Musan đã bị công an Trung Quốc bắt ở Diên Cát tuần trước.", 5),
    ("th", "ผู้หญิงห้าคนที่หนีจากเมืองมูซานถูกตำรวจจีนจับกุมที่เมืองเหยียนจี๋เมื่อสัปดาห์ที่แล้ว", 5),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    FLED_A_NORTH_TOWN,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(FLED_A_NORTH_TOWN)],
)
def test_people_who_fled_a_north_town_are_north_koreans(lang: str, text: str, people: int) -> None:
    verdict = verdict_of(lang, text)
    assert verdict.alert, verdict.reasons
    assert verdict.facts.country == "CN"
    assert verdict.facts.people == people


# An arrest whose custody noun and verb stand apart with the place between (身柄を…確保).
SPLIT_ARREST = [
    ("ja", "警察は脱北者とみられる女性3人の身柄を東部ドルノド県で確保した。", "MN"),
    ("ko", "경찰은 탈북민으로 보이는 여성 3명의 신병을 동부 도르노드주에서 확보했다.", "MN"),
    ("zh", "蒙古警方在东方省将三名疑似脱北者的女子控制。", "MN"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    SPLIT_ARREST,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(SPLIT_ARREST)],
)
def test_an_arrest_with_its_place_between_its_parts(lang: str, text: str, country: str) -> None:
    verdict = verdict_of(lang, text)
    assert verdict.alert, verdict.reasons
    assert verdict.facts.country == country


# Russian towns where North Koreans are caught, missing from the gazetteer until now.
RUSSIAN_TOWNS = [
    "Вечером под Хасаном пограничники задержали двух граждан КНДР.",
    "В Ногинске полицейские задержали пятерых граждан КНДР.",
    "Пятеро граждан КНДР задержаны в Егорьевске.",
    "В Щёлкове задержаны трое граждан КНДР.",
    "Сотрудники краевого УМВД задержали пятерых граждан КНДР на стройке.",
]


@pytest.mark.parametrize("text", RUSSIAN_TOWNS)
def test_a_russian_town_places_the_case_in_russia(text: str) -> None:
    verdict = verdict_of("ru", text)
    assert verdict.alert, verdict.reasons
    assert verdict.facts.country == "RU"
