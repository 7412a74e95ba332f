"""A return that someone believes done is only feared, even with the people's custody set off by
commas between the belief and the verb, and whoever draws the inference (认为，, とみている).

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status

ON = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Правозащитники считают, что 17 граждан КНДР, задержанных в Цзилине в прошлом месяце, "
         "уже были депортированы.", "ru"),
        ("Правозащитники полагают, что 17 граждан КНДР, задержанных в Цзилине, были "
         "депортированы.", "ru"),
        ("Activists believe that 17 North Koreans, detained in Jilin last month, were already "
         "deported.", "en"),
        ("Các nhà hoạt động tin rằng 17 người Triều Tiên, bị bắt ở Cát Lâm tháng trước, đã bị "
         "trục xuất.", "vi"),
        ("นักสิทธิมนุษยชนเชื่อว่า ชาวเกาหลีเหนือ 17 คนที่ถูกจับในจี๋หลินเมื่อเดือนที่แล้ว ถูกส่งกลับแล้ว",
         "th"),
        ("人权组织认为，上月在吉林被捕的17名朝鲜人已被遣返。", "zh-Hans"),
        ("人權組織認為，上月在吉林被捕的17名北韓人已被遣返。", "zh-Hant"),
        ("据信，上月在吉林被捕的17名朝鲜人已被遣返。", "zh-Hans"),
        ("人権団体は、先月吉林で拘束された北朝鮮住民17人がすでに送還されたとみている。", "ja"),
    ],
    ids=["ru", "ru-polagayut", "en", "vi", "th", "zh-hans", "zh-hant", "zh-juxin", "ja"],
)  # fmt: skip
def test_a_return_believed_done_is_only_feared(text: str, lang: str) -> None:
    verdict = classify(Document("b", "Defectors held in Jilin", text, lang=lang, date=ON))
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 17


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Activists said that 17 North Koreans, detained in Jilin last month, were deported.",
         "en"),
        ("Правозащитники сообщили, что 17 граждан КНДР, задержанных в Цзилине, были "
         "депортированы.", "ru"),
    ],
    ids=["en", "ru"],
)  # fmt: skip
def test_a_return_told_past_the_custody_between_commas_stays_done(text: str, lang: str) -> None:
    verdict = classify(Document("b", "Defectors held in Jilin", text, lang=lang, date=ON))
    assert verdict.facts.status is Status.REPATRIATED


def test_an_arrest_believed_done_still_stands() -> None:
    text = "人权组织认为，中国上月在吉林逮捕了17名朝鲜人。"
    verdict = classify(Document("b", "Defectors held in Jilin", text, lang="zh-Hans", date=ON))
    assert verdict.facts.status in {Status.ARRESTED, Status.DETAINED}
