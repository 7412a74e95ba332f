"""A larger group's all-clear dated only to last month (`month_before`: 上月, 先月, в прошлом месяце),
beside people caught on a day of this month, is another group's past: no all-clear for them.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.classify import classify
from bot.classify.lexicon import load_lexicon
from bot.domain import ConfigError, Document, Status, Tier

ON = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Four North Koreans caught in Yanji",
         "Police in Yanji arrested four North Korean defectors on Tuesday. The 11 North Koreans "
         "caught in the same area in September were all sent back last month.", "en"),
        ("옌지서 탈북민 4명 체포",
         "중국 옌지시 공안이 지난주 탈북민 4명을 체포했다. 지난 9월 같은 지역에서 붙잡힌 탈북민 "
         "11명은 지난달 모두 북송됐다.", "ko"),
        ("延吉で脱北者4人拘束",
         "中国延吉市の公安は今月2日、脱北者4人を拘束した。9月に同じ地域で捕まった11人は先月全員"
         "送還された。", "ja"),
        ("В Яньцзи задержаны четверо северокорейцев",
         "Полиция Яньцзи в понедельник задержала четырех беглецов из КНДР. Одиннадцать человек, "
         "пойманных там в сентябре, в прошлом месяце были депортированы в КНДР.", "ru"),
        ("延吉4名脱北者被抓",
         "本月2日，延吉市公安局抓获4名脱北者。消息人士说，今年9月在同一地区被捕的11名朝鲜人已于"
         "上月全部被遣返。", "zh-Hans"),
        ("延吉4名脫北者被抓",
         "本月2日，延吉市公安局抓獲4名脫北者。消息人士說，今年9月在同一地區被捕的11名北韓人已於"
         "上月全部被遣返。", "zh-Hant"),
        ("Bốn người Triều Tiên bị bắt ở Diên Cát",
         "Công an Diên Cát hôm thứ hai đã bắt bốn người Triều Tiên. 11 người Triều Tiên bị bắt ở "
         "cùng khu vực hồi tháng 9 đã bị trả về Triều Tiên tháng trước.", "vi"),
    ],
    ids=["en", "ko", "ja", "ru", "zh-hans", "zh-hant", "vi"],
)  # fmt: skip
def test_last_months_larger_return_is_another_groups(title: str, text: str, lang: str) -> None:
    verdict = classify(Document("e", title, text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 4


def test_a_month_before_word_must_also_be_recent(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("language: en\nconcepts:\n  month_before: [the month before last]\n")
    with pytest.raises(ConfigError, match="must also be listed under `recent`"):
        load_lexicon([extra])


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Four North Koreans caught in Yanji",
         "Chinese police caught four North Korean defectors in Yanji on Tuesday; the 11 caught "
         "in September were all sent back last month, and these four are likely to share their "
         "fate.", "en"),
        ("Four North Koreans caught in Yanji",
         "Police caught four North Korean defectors in Yanji on Tuesday, and the 11 North "
         "Koreans caught there in September were sent back last month.", "en"),
        ("옌지서 탈북민 4명 체포",
         "중국 공안이 이번 주 옌지에서 탈북민 4명을 체포했고, 지난 9월 붙잡힌 11명은 지난달 모두 "
         "북송됐다.", "ko"),
        ("Bốn người bị bắt ở Diên Cát",
         "Công an Diên Cát hôm thứ ba đã bắt bốn người Triều Tiên, trong khi 11 người bị bắt hồi "
         "tháng 9 đã bị trả về tháng trước.", "vi"),
    ],
    ids=["en-share", "en", "ko", "vi"],
)  # fmt: skip
def test_last_months_return_in_the_same_sentence_is_another_groups(
    title: str, text: str, lang: str
) -> None:
    verdict = classify(Document("e", title, text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 4


def test_a_day_opening_the_sentence_still_dates_every_clause() -> None:
    text = "On Friday, police held four North Koreans in Yanji, and three in Hunchun."
    verdict = classify(Document("e", "Seven North Koreans held", text, lang="en", date=ON))
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 7


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("옌지서 탈북민 4명 체포",
         "중국 공안이 지난 2일 옌지에서 탈북민 4명을 체포했다. 지난 9월 같은 지역에서 붙잡힌 "
         "11명은 지난달 모두 북송됐다.", "ko"),
        ("延吉で脱北者4人拘束",
         "中国公安は2日、延吉で脱北者4人を拘束した。9月に同じ地域で捕まった11人は先月全員送還"
         "された。", "ja"),
        ("延吉4名脱北者被抓",
         "2日，延吉市公安局抓获4名脱北者。今年9月在同一地区被捕的11名朝鲜人已于上月全部被遣返。",
         "zh-Hans"),
        ("延吉4名脫北者被抓",
         "2日，延吉市公安局抓獲4名脫北者。今年9月在同一地區被捕的11名北韓人已於上月全部被遣返。",
         "zh-Hant"),
        ("Four North Koreans caught in Yanji",
         "Police in Yanji arrested four North Korean defectors on December 2. The 11 North "
         "Koreans caught in the same area in September were all sent back last month.", "en"),
        ("В Яньцзи задержаны четверо",
         "Полиция Яньцзи 2 декабря задержала четырех беглецов из КНДР. Одиннадцать человек, "
         "пойманных там в сентябре, в прошлом месяце были депортированы в КНДР.", "ru"),
        ("Bốn người bị bắt ở Diên Cát",
         "Công an Diên Cát ngày 2/12 đã bắt bốn người Triều Tiên. 11 người Triều Tiên bị bắt ở "
         "cùng khu vực hồi tháng 9 đã bị trả về Triều Tiên tháng trước.", "vi"),
    ],
    ids=["ko", "ja", "zh-hans", "zh-hant", "en", "ru", "vi"],
)  # fmt: skip
def test_a_day_of_this_month_dates_the_custody_after_last_months_return(
    title: str, text: str, lang: str
) -> None:
    verdict = classify(Document("e", title, text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 4


def test_a_return_on_a_day_of_this_month_is_not_told_before_the_custody() -> None:
    text = "공안이 지난 2일 탈북민 4명을 체포했다. 지난 1일에는 11명이 북송됐다."
    verdict = classify(Document("e", "탈북민 4명 체포", text, lang="ko", date=ON))
    assert verdict.facts.status is Status.REPATRIATED
