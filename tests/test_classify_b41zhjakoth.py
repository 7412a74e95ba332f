"""Kinds found by the blind set stress41_zhjakoth (Chinese, Japanese, Korean and Thai reports),
each probed in the seven main languages.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Verdict

ON = date(2026, 10, 1)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("b41", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "zh",
            "韩剧《归途》讲述脱北者遭强制遣返 收视率创新高",
            "剧中女主角在延吉被公安逮捕，与年幼的儿子一起被遣返朝鲜。",
        ),
        (
            "zh",
            "",
            "以朝鲜脱北者为主题的摄影展周六在北京一家画廊开幕，展出在中国被捕后被遣返的妇女的照片。",
        ),
        (
            "zh",
            "",
            "以北韓脫北者為主題的攝影展週六在台北開幕，展覽記錄了在中國被捕、其後被遣返北韓的婦女。",
        ),
        (
            "ru",
            "",
            "В Москве открылась фотовыставка о северокорейских беженцах: на снимках женщины, "
            "задержанные в Китае и депортированные в КНДР.",
        ),
        (
            "ru",
            "Сериал о депортации северокорейской беженки из Китая бьет рекорды",
            "Героиню задерживают в Яньцзи и вместе с маленьким сыном отправляют в КНДР.",
        ),
        (
            "vi",
            "Phim truyền hình về người đào tẩu bị cưỡng chế hồi hương gây sốt",
            "Nhân vật chính bị công an bắt ở Diên Cát và bị trả về Triều Tiên cùng con trai nhỏ.",
        ),
        # Already read so before this change: en, ja, ko, th.
        (
            "en",
            "New TV drama about a defector mother forcibly repatriated from China draws record ratings",
            "The series follows a North Korean woman who is arrested in Yanji and sent back across "
            "the Tumen river with her young son.",
        ),
        (
            "ja",
            "",
            "脱北者をテーマにした写真展が土曜日、東京で始まった。中国で拘束され、北朝鮮に送還された"
            "女性たちの顔を紹介している。",
        ),
        (
            "ko",
            "탈북 모자 강제북송 그린 드라마 시청률 1위",
            "북한 여성이 옌지에서 공안에 붙잡혀 어린 아들과 함께 북송되는 이야기다.",
        ),
        (
            "th",
            "",
            "นิทรรศการภาพถ่ายเกี่ยวกับผู้หลบหนีจากเกาหลีเหนือเปิดที่กรุงเทพฯ เมื่อวันเสาร์ "
            "แสดงภาพหญิงที่ถูกจับกุมในจีนและถูกส่งกลับเกาหลีเหนือ",
        ),
    ],
)
def test_a_drama_or_an_exhibition_about_returns_is_no_incident(
    lang: str, title: str, text: str
) -> None:
    """A television drama, a series or a photo exhibition that shows defectors caught and sent
    back tells a story, not a case (韩剧, 摄影展, 展覽, сериал, фотовыставка, phim truyền hình)."""
    assert not verdict_of(lang, title, text).alert
