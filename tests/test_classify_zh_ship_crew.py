"""Chinese sailors named by their ship (朝鲜货船船员) or nationality (朝鲜籍船员), and a sailor who
left his ship (离开船只): an escapee caught in port is an alert; a rescued crew going home is not.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("title", "text", "lang", "status"),
    [
        ("朝鲜货船船员在大连港跳船后被抓", "", "zh-Hans", Status.ARRESTED),
        ("朝鲜货船船员在大连港跳船后被抓",
         "一艘朝鲜籍货船上月停靠大连港期间，一名30岁的船员李某趁夜离开船只，三天后被大连边检站"
         "抓获。李某目前被关押在大连市边防拘留所。", "zh-Hans", Status.DETAINED),
        ("大连边检抓获一名朝鲜船员",
         "一艘朝鲜货船停靠大连港期间，一名船员趁夜离开船只，三天后被边检站抓获，目前被关押在大连。",
         "zh-Hans", Status.DETAINED),
    ],
    ids=["hans-cargo-ship-crew-title", "hans-cargo-ship-crew-text", "hans-left-the-ship"],
)  # fmt: skip
def test_a_sailor_who_left_his_ship_and_was_caught_is_an_alert(
    title: str, text: str, lang: str, status: Status
) -> None:
    verdict = classify(Document("c", title, text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is status


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("两名朝鲜籍船员获救后被送回朝鲜",
         "韩国海警上月在东海救起两名朝鲜籍船员，统一部5日表示，二人已按本人意愿经板门店返回。"),
        ("兩名北韓貨船船員獲救後返回北韓",
         "南韓海警上月救起兩名北韓貨船船員，統一部5日表示，二人已依本人意願經板門店返回北韓。"),
    ],
    ids=["hans-rescued-nationality", "hant-rescued-cargo-ship"],
)  # fmt: skip
def test_a_rescued_crew_sent_home_is_still_no_alert(title: str, text: str) -> None:
    assert not classify(Document("c", title, text, date=ON)).alert
