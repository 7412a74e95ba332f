"""Round-33 recall fixes: reports of an arrest or a return that were missed, probed in every
language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 10)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("recall33", title, f"{title}\n{text}", lang, date=ON))


# Workers named by their trade (loggers) and female students are the people held, as
# "North Korean loggers" and "a North Korean female student" are in English.
@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        (
            "zh",
            "俄警方在滨海边疆区抓获朝鲜伐木工",
            "俄罗斯警方周三在滨海边疆区抓获2名朝鲜伐木工。",
            2,
        ),
        (
            "zh",
            "一名朝鲜女留学生在大连被捕",
            "中国警方周四在大连逮捕一名朝鲜女留学生。",
            1,
        ),
        (
            "ko",
            "북한 여대생, 중국 단둥서 공안에 체포",
            "북한 여대생 1명이 지난 수요일 단둥에서 중국 공안에 체포됐다.",
            1,
        ),
        (
            "ko",
            "러시아 경찰, 북한 벌목공 4명 붙잡아",
            "러시아 경찰이 목요일 아무르주에서 북한 벌목공 4명을 붙잡았다.",
            4,
        ),
        (
            "ja",
            "北朝鮮の女子留学生、大連で拘束",
            "中国の警察は木曜日、大連で北朝鮮の女子留学生1人を拘束した。",
            1,
        ),
        (
            "ja",
            "ロシアで北朝鮮の伐採労働者を拘束",
            "ロシアの警察は水曜日、アムール州で北朝鮮の伐採労働者2人を拘束した。",
            2,
        ),
        (
            "vi",
            "Nữ sinh viên Triều Tiên bị công an Trung Quốc bắt",
            "Hôm thứ Tư, công an Trung Quốc bắt một nữ sinh viên Triều Tiên ở Thẩm Dương.",
            1,
        ),
        (
            "vi",
            "Nga bắt công nhân khai thác gỗ Triều Tiên",
            "Cảnh sát Nga hôm thứ Năm bắt 2 công nhân khai thác gỗ Triều Tiên ở Amur.",
            2,
        ),
        (
            "th",
            "ตำรวจรัสเซียจับแรงงานตัดไม้เกาหลีเหนือ",
            "ตำรวจรัสเซียจับกุมแรงงานตัดไม้เกาหลีเหนือ 2 คนเมื่อวันพุธ",
            2,
        ),
        (
            "th",
            "ตำรวจรัสเซียจับแรงงานเกาหลีเหนือ",
            "ตำรวจรัสเซียจับกุมแรงงานเกาหลีเหนือ 4 คนที่หลบหนีจากค่ายตัดไม้เมื่อวันพุธ",
            4,
        ),
    ],
)
def test_workers_and_students_by_trade_are_the_people(
    lang: str, title: str, text: str, people: int
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is Status.ARRESTED
    assert v.facts.people == people


# One who fled the North, named without a figure but as one person, counts one.
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "vi",
            "Một người trốn khỏi Triều Tiên bị bắt ở Quảng Tây",
            "Một người trốn khỏi Triều Tiên bị công an Quảng Tây bắt giữ hôm thứ Tư.",
        ),
        (
            "vi",
            "Một người bỏ trốn khỏi Bắc Hàn bị bắt lại",
            "Hôm thứ Năm, một người bỏ trốn khỏi Bắc Hàn bị công an Vân Nam bắt lại.",
        ),
        (
            "th",
            "ผู้หลบหนีจากเกาหลีเหนือคนหนึ่งถูกจับที่เชียงราย",
            "ผู้หลบหนีจากเกาหลีเหนือคนหนึ่งถูกตำรวจจับกุมที่เชียงรายเมื่อวันพุธ",
        ),
        (
            "th",
            "ผู้หลบหนีออกจากเกาหลีเหนือรายหนึ่งถูกจับ",
            "ผู้หลบหนีออกจากเกาหลีเหนือรายหนึ่งถูกตำรวจจีนจับกุมที่คุนหมิงเมื่อวันพฤหัสบดี",
        ),
    ],
)
def test_one_who_fled_the_north_counts_one(lang: str, title: str, text: str) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is Status.ARRESTED
    assert v.facts.people == 1
