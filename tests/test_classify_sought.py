"""A release or an arrival worked for, or asked about, is not one told as done: an advocate who
reads "released" or "reached South Korea" while the people are still in a cell does nothing.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 3, 20)


def verdict_of(title: str, text: str, lang: str) -> tuple[Tier, Status | None]:
    verdict = classify(Document("s", title, text, lang=lang, date=ON))
    return verdict.tier, verdict.facts.status


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("延吉の脱北者4人、韓国入りへ働きかけ",
         "中国吉林省延吉で拘束された脱北者4人について、韓国外務省は韓国入りを実現するよう中国側に"
         "働きかけている。", "ja"),
        ("脱北者4人、釈放へ交渉",
         "中国吉林省延吉で拘束された脱北者4人について、支援団体は釈放に向けた交渉を続けている。", "ja"),
        ("延吉の脱北者4人、韓国入りできるか",
         "中国吉林省延吉で拘束された脱北者4人について、支援団体は韓国入りできるよう支援している。", "ja"),
        ("옌지 탈북민 4명 석방 추진",
         "중국 옌지에서 붙잡힌 탈북민 4명에 대해 정부가 석방을 추진하고 있다.", "ko"),
        ("Сеул добивается передачи северокорейцев",
         "Южнокорейские дипломаты работают над тем, чтобы четверых граждан КНДР, задержанных в "
         "Хабаровске, отпустили в Сеул.", "ru"),
    ],
    ids=["ja-lobbying", "ja-talks-toward-release", "ja-so-that-they-can", "ko-pursuing-release",
         "ru-so-that"],
)  # fmt: skip
def test_a_release_or_arrival_worked_for_frees_nobody(title: str, text: str, lang: str) -> None:
    assert verdict_of(title, text, lang) == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("延吉の脱北者4人、韓国入りは不透明",
         "中国吉林省延吉で拘束された脱北者4人の韓国入りが実現するかは不透明だ。", "ja"),
        ("延吉の脱北者4人",
         "中国吉林省延吉で拘束された脱北者4人が釈放されるかどうかは分かっていない。", "ja"),
        ("延吉4名脱北者",
         "在延吉被抓的4名脱北者能否获释仍不明朗。", "zh-Hans"),
    ],
    ids=["ja-unclear", "ja-whether", "zh-whether"],
)  # fmt: skip
def test_a_release_asked_about_frees_nobody(title: str, text: str, lang: str) -> None:
    assert verdict_of(title, text, lang) == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    ("title", "text", "lang", "status"),
    [
        ("延吉の脱北者4人、釈放",
         "中国吉林省延吉で拘束された脱北者4人は、韓国政府との交渉の末、釈放された。", "ja",
         Status.RELEASED),
        ("Северокорейцев освободили",
         "Суд освободил четверых граждан КНДР, задержанных в Хабаровске, чтобы они могли уехать в "
         "Южную Корею.", "ru", Status.RELEASED),
    ],
    ids=["ja-released-after-talks", "ru-released-so-that"],
)  # fmt: skip
def test_a_release_told_before_the_effort_or_aim_still_frees_them(
    title: str, text: str, lang: str, status: Status
) -> None:
    assert verdict_of(title, text, lang) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("瀋陽の脱北者6人、送還されたか",
         "中国遼寧省瀋陽で拘束された脱北者6人が、すでに北朝鮮に送還された可能性があると支援団体が"
         "明らかにした。", "ja"),
        ("선양 탈북민 6명 강제북송됐나",
         "중국 선양에서 붙잡힌 탈북민 6명이 이미 북한으로 송환됐을 가능성이 있다고 대북 소식통이 "
         "전했다.", "ko"),
    ],
    ids=["ja-returned-question", "ko-returned-question"],
)  # fmt: skip
def test_a_headline_asking_whether_they_were_sent_back_tells_a_threat(
    title: str, text: str, lang: str
) -> None:
    assert verdict_of(title, text, lang) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("\"다롄 탈북민 4명 북송됐을까\"…가족들 애태워",
         "지난달 중국 다롄에서 체포된 탈북민 4명의 가족들이 소식을 기다리며 애를 태우고 있다.",
         Status.FACING_REPATRIATION),
        ("허룽 구금 탈북민 2명, 풀려났을까",
         "지난달 허룽에서 공안에 붙잡힌 탈북민 2명의 행방이 묘연하다.", Status.MISSING),
    ],
    ids=["ko-returned-eulkka", "ko-freed-eulkka"],
)  # fmt: skip
def test_a_korean_headline_asking_with_eulkka_frees_or_returns_nobody(
    title: str, text: str, status: Status
) -> None:
    assert verdict_of(title, text, "ko") == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("延吉の脱北者4人、釈放へ", "中国吉林省延吉で拘束されている脱北者4人が近く釈放される見込みだ。"),
        ("延吉の脱北者4人、韓国入りへ",
         "中国吉林省延吉で拘束されている脱北者4人が近く韓国入りする見通しとなった。"),
    ],
    ids=["release-ahead", "arrival-ahead"],
)  # fmt: skip
def test_a_japanese_headline_on_a_release_ahead_frees_nobody(title: str, text: str) -> None:
    assert verdict_of(title, text, "ja") == (Tier.ALERT, Status.DETAINED)


def test_a_chinese_release_said_to_be_imminent_frees_nobody() -> None:
    title = "延吉4名脱北者获释在即"
    text = "在延吉被拘留的4名脱北者有望在近日获释。"
    assert verdict_of(title, text, "zh-Hans") == (Tier.ALERT, Status.DETAINED)


@pytest.mark.parametrize(
    "text",
    [
        "韓国外務省は、瀋陽で拘束された脱北者5人が北朝鮮に送還されたとの情報について「確認中」と"
        "述べた。",
        "瀋陽で拘束された脱北者5人が北朝鮮に送還されたとの情報があり、韓国政府が事実関係の確認を"
        "急いでいる。",
    ],
    ids=["still-checking", "hurrying-to-check"],
)
def test_a_japanese_return_still_being_checked_is_a_threat(text: str) -> None:
    assert verdict_of("瀋陽の脱北者5人", text, "ja") == (Tier.ALERT, Status.FACING_REPATRIATION)


def test_a_japanese_return_told_while_their_identity_is_checked_stands() -> None:
    text = "瀋陽で拘束された脱北者5人が北朝鮮に送還され、当局が身元を確認中だという。"
    assert verdict_of("瀋陽の脱北者5人", text, "ja") == (Tier.ALERT, Status.REPATRIATED)
