"""Statuses that are not done: a decision to return upheld or ruled lawful, and a handover to
China planned, are facing repatriation; a country's habit frees no one. Probed in every
language with sentences written for these tests; none is copied from a news report."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 5)  # a Saturday


def _verdict(lang: str, text: str) -> Verdict:
    return classify(Document("s", "", text, lang, date=ON))


# A decision, an order or a ruling to return them, upheld or ruled lawful: the return is
# ordered, not done.
DECISION_UPHELD = [
    ("zh", "边疆区法院裁定，检察院引渡一名在海参崴被拘留的朝鲜公民的决定合法。"),
    ("zh", "法院维持了对一名在曼谷被捕的朝鲜脱北者的遣返命令。"),
    (
        "ko",
        "지방법원은 블라디보스토크에서 체포된 탈북민 1명을 북한으로 인도하기로 한 검찰의 결정이 적법하다고 판결했다.",
    ),
    (
        "ru",
        "Краевой суд признал законным решение прокуратуры об экстрадиции в КНДР задержанного во "
        "Владивостоке северокорейского перебежчика.",
    ),
    ("th", "ศาลยืนคำสั่งเนรเทศผู้แปรพักตร์เกาหลีเหนือ 2 คนที่ถูกจับในกรุงเทพฯ กลับเกาหลีเหนือ"),
]


@pytest.mark.parametrize(("lang", "text"), DECISION_UPHELD)
def test_decision_to_return_upheld_is_facing(lang: str, text: str) -> None:
    assert _verdict(lang, text).facts.status is Status.FACING_REPATRIATION


def _titled(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("s", title, f"{title}\n{text}", lang, date=ON))


# A country's habit or policy after an arrest told (never sends them back, lets them leave):
# it frees no one, and the arrest stands.
POLICY_AFTER_ARREST = [
    (
        "en",
        "Police in Chiang Rai held four North Korean defectors on Tuesday. Thailand has never "
        "sent defectors back and lets them leave for Seoul as they wish.",
    ),
    (
        "th",
        "ตำรวจเชียงรายควบคุมตัวผู้แปรพักตร์เกาหลีเหนือ 4 คนเมื่อวันอังคาร\n"
        "ไทยไม่เคยส่งผู้แปรพักตร์กลับ และปล่อยให้พวกเขาบินไปเกาหลีใต้ตามที่ต้องการ",
    ),
    ("zh", "清莱警方周二拘留了四名脱北者。泰国一向不遣返脱北者，会让他们飞往韩国。"),
    ("zh", "清莱警方周二拘留了四名脱北者。泰国从不遣返脱北者。"),
]


@pytest.mark.parametrize(("lang", "text"), POLICY_AFTER_ARREST)
def test_policy_frees_no_one(lang: str, text: str) -> None:
    status = _verdict(lang, text).facts.status
    assert status in {Status.DETAINED, Status.ARRESTED}


# A handover to China planned, intended or scheduled after an arrest told: the people face a
# return, not only an arrest.
HANDOVER_PLANNED = [
    ("ko", "미얀마 경찰은 탈북민 2명을 붙잡았으며 중국 측에 넘길 방침이라고 한다."),
    ("zh", "缅甸警方抓获两名脱北者，方针是把他们移交中方。"),
    ("ru", "Двое граждан КНДР задержаны в Мьянме, полиция планирует передать их в Китай."),
    ("th", "ตำรวจเมียนมาจับกุมผู้แปรพักตร์เกาหลีเหนือ 2 คน และวางแผนส่งตัวพวกเขาให้ทางการจีน"),
    ("th", "ตำรวจเมียนมาจับกุมผู้แปรพักตร์เกาหลีเหนือ 2 คน และมีกำหนดส่งตัวให้จีน"),
    (
        "vi",
        "Cảnh sát Myanmar đã bắt hai người đào tẩu Triều Tiên và có kế hoạch chuyển giao họ "
        "cho Trung Quốc.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), HANDOVER_PLANNED)
def test_handover_to_china_planned_is_facing(lang: str, text: str) -> None:
    assert _verdict(lang, text).facts.status is Status.FACING_REPATRIATION
