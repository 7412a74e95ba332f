"""A soldier who deserted and crossed a border is an escapee, not a captured soldier: the
soldiers' trap holds only in a sentence that does not say they deserted.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 3, 20)


def facts_of(title: str, text: str, lang: str) -> tuple[Tier, Status | None, str | None]:
    verdict = classify(Document("d", title, text, lang=lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.country


@pytest.mark.parametrize(
    ("title", "text", "lang", "status"),
    [
        ("Two North Korean deserters held in Primorye",
         "Two North Korean soldiers who deserted their unit and crossed into Russia were detained "
         "by border guards in Primorye on Tuesday, Interfax reported.", "en", Status.DETAINED),
        ("Дезертира из КНДР задержали в Приморье",
         "Северокорейский солдат, дезертировавший из своей части, задержан пограничниками в "
         "Хасанском районе Приморья. Ему грозит выдворение в КНДР.", "ru",
         Status.FACING_REPATRIATION),
        ("북한군 탈영병, 연해주서 구금",
         "북한군 병사 1명이 탈영해 두만강을 건너 러시아 연해주로 넘어갔다가 국경수비대에 구금됐다고 "
         "현지 매체가 전했다.", "ko", Status.DETAINED),
        ("北朝鮮兵士が脱走、ロシアで拘束",
         "北朝鮮軍の兵士1人が部隊を脱走してロシア沿海地方に越境し、国境警備隊に拘束された。"
         "北朝鮮に送還される恐れがある。", "ja", Status.FACING_REPATRIATION),
        ("朝鲜逃兵在珲春被抓",
         "一名朝鲜士兵逃离部队越过图们江，在珲春被中国边防人员抓获，可能被遣返。", "zh-Hans",
         Status.FACING_REPATRIATION),
    ],
    ids=["en", "ru", "ko", "ja", "zh"],
)  # fmt: skip
def test_a_soldier_who_deserted_across_the_border_is_an_escapee(
    title: str, text: str, lang: str, status: Status
) -> None:
    tier, got, _ = facts_of(title, text, lang)
    assert (tier, got) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Ukraine holds two captured North Korean soldiers",
         "Two North Korean soldiers captured in the Kursk region are being held in Kyiv, "
         "Ukraine's security service said.", "en"),
        ("Двоих северокорейских солдат взяли в плен",
         "Двое северокорейских солдат взяты в плен в Курской области и содержатся под стражей, "
         "сообщили в Киеве.", "ru"),
        ("乌克兰俘虏两名朝鲜士兵",
         "乌克兰军队在库尔斯克俘虏两名朝鲜士兵，目前被关押。", "zh-Hans"),
    ],
    ids=["en", "ru", "zh"],
)  # fmt: skip
def test_soldiers_captured_in_a_war_are_still_no_escapees(
    title: str, text: str, lang: str
) -> None:
    tier, _, _ = facts_of(title, text, lang)
    assert tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("朝鲜士兵越境被抓",
         "据韩国媒体报道，一名越境的朝鲜士兵上周在丹东郊外被中国边防人员抓获。", "zh-Hans"),
        ("北韓士兵越過鴨綠江後被捕",
         "一名北韓士兵本月初越過鴨綠江，隨後在寬甸被中國邊防部隊逮捕。", "zh-Hant"),
    ],
    ids=["zh-crossed-border", "zh-hant-crossed-river"],
)  # fmt: skip
def test_a_soldier_who_crossed_the_border_into_china_is_an_escapee(
    title: str, text: str, lang: str
) -> None:
    """越境的朝鲜士兵: a soldier who crossed the border alone fled, whatever word for deserting
    the report leaves out; no army captured him."""
    tier, got, country = facts_of(title, text, lang)
    assert (tier, got, country) == (Tier.ALERT, Status.ARRESTED, "CN")
