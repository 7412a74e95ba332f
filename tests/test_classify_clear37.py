"""False all-clears where a part of the group went free, probed in every language with
sentences written for these tests; none is copied from a news report."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 5)  # a Saturday
HELD = {Status.DETAINED, Status.FACING_REPATRIATION}


def _verdict(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("s", title, f"{title}\n{text}", lang, date=ON))


# A headline telling a part freed over the group it came from, still held, and a text telling
# the rest's custody: the group's custody, counting the whole group.
PART_FREED_OVER_GROUP = [
    (
        "en",
        "Two children freed as North Korean family of five held in China moved to border jail",
        "The three adults were moved to a border detention centre used before repatriation.",
    ),
    (
        "ko",
        "자녀 2명 석방…중국 억류 탈북민 일가족 5명 국경 수용소로 이송",
        "어른 3명은 북송 직전에 쓰이는 국경 수용소로 옮겨졌다.",
    ),
    (
        "ja",
        "子供2人解放 中国で拘束の脱北者一家5人、国境の収容所に移送",
        "大人3人は送還前に使われる国境の収容施設に移された。",
    ),
    (
        "zh",
        "两名儿童获释 在中国被扣押的脱北者一家五口被转押边境看守所",
        "三名成年人被转移到遣返前使用的边境拘留所。",
    ),
    (
        "ru",
        "Двое детей освобождены, семью северокорейских беглецов из пяти человек, задержанную в Китае, перевели в пограничную тюрьму",
        "Троих взрослых перевели в пограничный изолятор, откуда беглецов отправляют в КНДР.",
    ),
    (
        "vi",
        "Hai trẻ em được thả, gia đình năm người đào tẩu Triều Tiên bị giữ ở Trung Quốc bị chuyển đến nhà tù biên giới",
        "Ba người lớn đã bị chuyển đến một trại giam biên giới dùng trước khi hồi hương.",
    ),
    (
        "th",
        "ปล่อยตัวเด็ก 2 คน ครอบครัวผู้แปรพักตร์เกาหลีเหนือ 5 คนที่ถูกควบคุมตัวในจีนถูกย้ายไปเรือนจำชายแดน",
        "ผู้ใหญ่ 3 คนถูกย้ายไปยังศูนย์กักกันชายแดนที่ใช้ก่อนการส่งกลับไปเกาหลีเหนือ",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), PART_FREED_OVER_GROUP)
def test_part_freed_over_group_still_held(lang: str, title: str, text: str) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status in HELD
    assert verdict.facts.people == 5
    assert verdict.facts.country == "CN"


# The group counted before a partitive word and the part freed right after it, with no break
# (のうち子供だけ, 中仅孩童), the rest counted after: the group's own figure, not part and rest
# added up.
GROUP_BEFORE_PART_AND_REST = [
    ("ja", "脱北者4人のうち子供だけ解放 残り3人は拘束続く", "", 4),
    (
        "ja",
        "脱北者4人のうち子供だけ解放 残り3人は拘束続く",
        "中国の公安当局は先週、延吉で脱北者4人を拘束した。子供1人が3日に解放された。",
        4,
    ),
    ("zh", "4名脱北者中仅孩童获释 其余3人仍被关押", "", 4),
    (
        "zh",
        "4名脱北者中仅孩童获释 其余3人仍被关押",
        "中国警方上周在延吉抓获4名脱北者。一名儿童于3日获释。",
        4,
    ),
    (
        "zh",
        "5名脱北者之中只有一名少年获释 其余4人仍被关押",
        "中国警方上周在图们抓获5名脱北者。",
        5,
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "people"), GROUP_BEFORE_PART_AND_REST)
def test_group_before_part_and_rest(lang: str, title: str, text: str, people: int) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.facts.status in {Status.ARRESTED, *HELD}
    assert verdict.facts.people == people


# Whether they live told unknown with a particle (생사는 불명이다): missing.
FATE_UNKNOWN_KO = [
    ("ko", "지난 10월 중국으로 건너간 탈북민 3명", "탈북민 3명의 생사는 불명이다.", 3),
    (
        "ko",
        "두만강 건넌 탈북민 2명 소식 끊겨",
        "지난달 두만강을 건너 중국으로 간 탈북민 2명의 생사가 불명한 상태다.",
        2,
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "people"), FATE_UNKNOWN_KO)
def test_fate_unknown_with_a_particle(lang: str, title: str, text: str, people: int) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.facts.status is Status.MISSING
    assert verdict.facts.people == people
