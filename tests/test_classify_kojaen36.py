"""Kinds found by the blind stress36_kojaen set (Korean, Japanese and English reports on how many
people are held and in what state), probed in every bundled language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 5)


def _verdict(title: str, text: str):  # type: ignore[no-untyped-def]
    return classify(Document("r", title, text, date=ON))


# A return dreaded in the verb's own ending (넘겨질까 봐, 送還されはしないかと) is feared, not done.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Families fear return",
         "Chinese police arrested four North Korean defectors in Yanji on Monday. Their families "
         "lie awake at night afraid they will be sent back to North Korea."),
        ("옌지서 탈북민 4명 체포",
         "지난 1일 옌지에서 탈북민 4명이 공안에 체포됐다. 이들은 파출소에 갇혀 있으며, 가족들은 "
         "이들이 북한으로 넘겨질까 봐 애를 태우고 있다."),
        ("옌지서 탈북민 4명 체포",
         "지난 1일 옌지에서 탈북민 4명이 공안에 체포됐다. 이들은 파출소에 갇혀 있다. 가족들은 "
         "이들이 북한으로 넘겨질까봐 잠을 못 이룬다."),
        ("延吉で脱北者4人拘束",
         "延吉で今月1日、脱北者4人が公安当局に拘束された。家族は4人が北朝鮮に送還されはしないかと"
         "おびえている。"),
        ("延吉4名脱北者被抓",
         "本月1日，4名脱北者在延吉被公安抓获。家属整夜睡不着，生怕他们被遣返回朝鲜。"),
        ("Четверо беглецов задержаны в Яньцзи",
         "В понедельник в Яньцзи полиция задержала четверых беглецов из КНДР. Родственники не "
         "спят ночами: вдруг их отправят обратно в КНДР."),
        ("Bốn người Triều Tiên bị bắt ở Diên Cát",
         "Thứ Hai, công an Diên Cát bắt giữ 4 người Triều Tiên đào tẩu. Gia đình họ mất ngủ vì sợ "
         "họ bị đưa về Triều Tiên."),
        ("จับชาวเกาหลีเหนือ 4 คนในเหยียนจี๋",
         "ตำรวจจีนจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือ 4 คนในเหยียนจี๋เมื่อวันจันทร์ "
         "ครอบครัวนอนไม่หลับเพราะกลัวว่าพวกเขาจะถูกส่งกลับเกาหลีเหนือ"),
    ],
)  # fmt: skip
def test_a_return_dreaded_in_the_verbs_ending_is_only_feared(title: str, text: str) -> None:
    verdict = _verdict(title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 4
    assert verdict.facts.country == "CN"


def test_a_return_told_as_done_after_the_dread_is_still_done() -> None:
    text = (
        "지난 1일 옌지에서 탈북민 4명이 공안에 체포됐다. 가족들은 이들이 북송될까 봐 애를 태웠지만, "
        "이들은 어제 북한으로 넘겨졌다."
    )
    assert _verdict("탈북민 4명 북송", text).facts.status is Status.REPATRIATED
