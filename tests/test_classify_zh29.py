"""Kinds found by the stress29_zh29 set (Chinese, both scripts), probed in every language where
they occur. Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 5)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("z29", title, text, lang, date=ON))


# A source counted before the people ("一名知情人士透露，…十二名脱北者"): the source tells of the
# incident and is not one of the people held.
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "zh",
            "知情人：脱北者被转押",
            "一名知情人士透露，上月在珲春各地被抓的十二名脱北者，已被转押到图们边防看守所。",
        ),
        (
            "zh-Hant",
            "消息人士：脫北者被轉押",
            "一名消息人士說，上月在琿春被抓的十二名脫北者已被轉押到圖們邊防看守所。",
        ),
        (
            "ja",
            "関係者「脱北者が移送」",
            "関係者1人は、先月琿春で拘束された脱北者12人が図們の収容施設に移送されたと明らかにした。",
        ),
    ],
)
def test_a_source_counted_before_the_people_is_not_one_of_them(
    lang: str, title: str, text: str
) -> None:
    v = verdict_of(lang, title, text)
    assert v.alert
    assert v.facts.people == 12
    assert v.facts.status is Status.DETAINED


# People who give themselves up to the police of the country they reached (向泰国警方自首,
# "turned themselves in to Thai police"): in its custody, an alert held in Thailand.
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "zh",
            "七名脱北者渡过湄公河",
            "七名朝鲜脱北者上周渡过湄公河，随后主动向泰国警方自首。",
        ),
        (
            "zh-Hant",
            "七名脫北者渡過湄公河",
            "七名北韓脫北者上週從寮國渡過湄公河進入泰國清萊府，隨後向泰國移民局投案。",
        ),
        (
            "en",
            "Seven North Koreans cross the Mekong",
            "Seven North Korean defectors crossed the Mekong from Laos into Chiang Rai province last"
            " week and turned themselves in to Thai police.",
        ),
        (
            "ja",
            "脱北者7人、メコン川を渡る",
            "脱北者7人が先週、ラオスからメコン川を渡ってタイ北部チェンライ県に入り、タイの警察に出頭した。",
        ),
        (
            "ru",
            "Семеро беглецов из КНДР переправились через Меконг",
            "Семеро граждан КНДР на прошлой неделе переправились через Меконг из Лаоса в провинцию"
            " Чианграй и сдались тайской полиции.",
        ),
        (
            "vi",
            "Bảy người Triều Tiên vượt sông Mê Kông",
            "Bảy người đào tẩu Triều Tiên tuần trước đã vượt sông Mê Kông từ Lào sang tỉnh Chiang Rai"
            " của Thái Lan và ra đầu thú với cảnh sát Thái Lan.",
        ),
    ],
)
def test_people_who_give_themselves_up_to_the_police_are_in_its_custody(
    lang: str, title: str, text: str
) -> None:
    v = verdict_of(lang, title, text)
    assert v.alert
    assert v.facts.people == 7
    assert v.facts.country == "TH"
    assert v.facts.status is Status.ARRESTED
