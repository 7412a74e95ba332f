"""Chinese reports (both scripts) as RFA, VOA, BBC, 中央社 and 自由時報 desks write them. Every
sentence was written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 5)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("z", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        (
            "zh",
            "三名脱北者在长白被抓",
            "三名脱北者上周在长白被边防抓获，目前被关押在看守所，审讯结束后就会被移交朝鲜保卫部门。",
            Status.FACING_REPATRIATION,
        ),
        (
            "zh-Hant",
            "兩名脫北者在圖們被捕",
            "兩名脫北者上週在圖們被捕，目前關押在看守所，很快會被交還北韓。",
            Status.FACING_REPATRIATION,
        ),
        (
            "zh",
            "两名脱北者在图们被捕",
            "两名脱北者上周在图们被捕，目前关押在看守所，他们会被送回去。",
            Status.FACING_REPATRIATION,
        ),
        (
            "zh-Hant",
            "兩名脫北者在圖們被捕",
            "兩名脫北者上週在圖們被捕，目前關押在看守所，他們會被押解回國。",
            Status.FACING_REPATRIATION,
        ),
        (
            "zh",
            "两名脱北者在图们被捕",
            "两名脱北者上周在图们被捕，目前关押在看守所，审讯后会被释放。",
            Status.DETAINED,
        ),
        (
            "zh-Hant",
            "兩名脫北者在圖們被捕",
            "兩名脫北者上週在圖們被捕，目前關押在看守所，審訊後會被釋放。",
            Status.DETAINED,
        ),
    ],
)
def test_a_return_or_release_after_hui_bei_is_still_to_come(
    lang: str, title: str, text: str, status: Status
) -> None:
    v = verdict_of(lang, title, text)
    assert v.alert
    assert v.facts.status is status
    assert v.facts.country == "CN"


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("zh", "6名脱北者和1名中介被抓", "中国公安上周末在沈阳抓获6名脱北者和一名中介。"),
        ("zh-Hant", "瀋陽6名脫北者與1名仲介被捕", "中國公安上週末在瀋陽逮捕6名脫北者和一名仲介。"),
    ],
)
def test_a_broker_counted_beside_the_people_is_not_one_of_them(
    lang: str, title: str, text: str
) -> None:
    v = verdict_of(lang, title, text)
    assert v.alert
    assert v.facts.people == 6


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "zh",
            "脱北者：我妹妹被关在延吉",
            "住在首尔的脱北者金先生说，他的妹妹和16岁的外甥女上个月在延吉被中国公安带走。",
        ),
        (
            "zh-Hant",
            "脫北者：家人在瀋陽被捕",
            "住在首爾的脫北者說，他的姊姊和外甥女上週在瀋陽被公安逮捕。",
        ),
        (
            "zh",
            "脱北者：家人在沈阳被捕",
            "住在首尔的脱北者说，他的母亲和侄女上周在沈阳被公安逮捕。",
        ),
    ],
)
def test_a_niece_or_an_elder_sister_is_one_of_two_relatives_held(
    lang: str, title: str, text: str
) -> None:
    v = verdict_of(lang, title, text)
    assert v.alert
    assert v.facts.people == 2


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "zh",
            "6名脱北者2人抵达首尔",
            "上月在昆明被捕的6名脱北者中，有2人已于本周获释并抵达首尔，另外4名女性仍被关押在昆明。",
        ),
        (
            "zh-Hant",
            "6名脫北者2人獲釋",
            "上月在昆明被捕的6名脫北者中，有2人已於本週獲釋，另外4人仍被關押。",
        ),
    ],
)
def test_the_other_four_still_held_after_two_freed_is_no_all_clear(
    lang: str, title: str, text: str
) -> None:
    v = verdict_of(lang, title, text)
    assert v.alert
    assert v.facts.status is Status.DETAINED


def test_moreover_opening_another_groups_sentence_is_no_rest() -> None:
    v = verdict_of(
        "zh",
        "3名脱北者获释",
        "在老挝被拘留的3名脱北者已获释并抵达首尔。另外，泰国警方上月逮捕的5名朝鲜人仍被关押。",
    )
    assert v.facts.status is Status.REACHED_THIRD_COUNTRY


@pytest.mark.parametrize(
    ("lang", "title", "text", "people", "status"),
    [
        (
            "zh-Hant",
            "兩個北韓女仔喺延吉被捕",
            "兩個北韓女仔上個月喺延吉俾公安拉咗，佢哋好大機會俾遣返北韓。",
            2,
            Status.FACING_REPATRIATION,
        ),
        (
            "zh-Hant",
            "北韓人喺丹東被捉",
            "兩個北韓男人上星期喺丹東俾公安捉咗，佢哋好大機會俾送返北韓。",
            2,
            Status.FACING_REPATRIATION,
        ),
        ("zh", "三个朝鲜人在丹东被抓", "三个朝鲜人上周在丹东被公安抓走。", 3, Status.ARRESTED),
    ],
)
def test_cantonese_catches_and_counts_with_ge(
    lang: str, title: str, text: str, people: int, status: Status
) -> None:
    v = verdict_of(lang, title, text)
    assert v.alert
    assert v.facts.people == people
    assert v.facts.status is status


def test_a_lexicon_word_for_caught_in_cantonese_is_no_alert_without_north_koreans() -> None:
    assert not verdict_of("zh-Hant", "旺角拉人", "警方昨日喺旺角拉咗三個示威者。").alert


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh-Hant", "自由亞洲電台報道，三名北韓人上週在丹東被公安抓獲。他們目前仍被扣留。"),
        ("zh-Hant", "自由亞洲電台報道，三個北韓人上星期喺丹東俾公安捉咗，而家仲扣留緊。"),
    ],
)
def test_still_held_after_an_arrest_is_a_detention(lang: str, text: str) -> None:
    v = verdict_of(lang, "三名北韓人在丹東被抓", text)
    assert v.alert
    assert v.facts.status is Status.DETAINED


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "zh-Hant",
            "一名北韓士兵越過圖們江逃入和龍，被中國邊防抓獲，目前被關押在和龍。"
            "分析認為，中方大概率會將他交還北韓。",
        ),
        (
            "zh",
            "一名朝鲜士兵越过图们江逃入和龙，被中国边防抓获，目前被关押。中方会将他交还朝鲜。",
        ),
    ],
)
def test_china_will_hand_him_back_is_a_threat_not_a_return(lang: str, text: str) -> None:
    v = verdict_of(lang, "北韓士兵越境逃入和龍被抓", text)
    assert v.alert
    assert v.facts.status is Status.FACING_REPATRIATION
