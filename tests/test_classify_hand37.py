"""Round-37 custody read too weak, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 4)  # a Friday: "Monday" is Nov. 30


def verdict_of(lang: str, text: str) -> Verdict:
    return classify(Document("hand37", "", text, lang, date=ON))


# A custody said to go on, the people caught in a sentence before: "being held" is detained
# (README, the status paragraph), whether the authority holds them in the active voice (vi: đồn
# đang tạm giữ), the state is told with no verb (ru: по-прежнему под арестом), or the police
# stand between the passive and the verb (th: ถูกตำรวจควบคุมตัวอยู่).
HELD_NOW = [
    ("en", "Border police caught three North Korean defectors in Yanji on Monday. They are still "
           "being held by the police."),
    ("ko", "국경 경찰은 월요일 옌지에서 탈북민 3명을 붙잡았다. 3명은 현재 경찰에 구금돼 있다."),
    ("ja", "国境警察は月曜日、延吉で脱北者3人を捕まえた。3人は現在も警察に拘束されている。"),
    ("zh", "边防警察周一在延吉抓获3名脱北者。3人目前仍被警方关押。"),
    ("ru", "В понедельник пограничники задержали в Яньцзи трёх беглецов из КНДР. Все трое "
           "по-прежнему под арестом."),
    ("ru", "В понедельник пограничники задержали в Яньцзи трёх беглецов из КНДР. Они остаются "
           "под арестом."),
    ("vi", "Đồn Biên phòng bắt 3 người Triều Tiên ở Lạng Sơn hôm thứ Hai. Hiện đồn đang tạm giữ "
           "hành chính cả 3 người để xác minh."),
    ("vi", "Đồn Biên phòng bắt 3 người Triều Tiên ở Lạng Sơn hôm thứ Hai. Đơn vị vẫn đang tạm "
           "giữ 3 người này."),
    ("th", "ตำรวจจับผู้หลบหนีชาวเกาหลีเหนือ 3 คนที่เชียงรายเมื่อวันจันทร์ ขณะนี้ทั้ง 3 คนยังถูก"
           "ตำรวจควบคุมตัวอยู่"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), HELD_NOW, ids=[f"{r[0]}-{i}" for i, r in enumerate(HELD_NOW)]
)
def test_a_custody_said_to_go_on_is_detained(lang: str, text: str) -> None:
    verdict = verdict_of(lang, text)
    assert verdict.alert
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 3


# A handover to China's side already done, the people and what qualifies them between the verb
# and the recipient: in the police's hands, no return to the North (README: "A handover already
# done ... is no return either"). zh: 遣返给中方 sends them to the Chinese side, not home; th:
# ฝ่ายจีน (the Chinese side) is China as border units write it.
HANDED_TO_CHINA = [
    ("ko", "베트남 국경수비대는 월요일 산길을 통해 불법 입국한 탈북 여성 3명을 중국 측에 넘겼다.", "VN"),
    ("zh", "越南边防周一将经山间小路非法入境的3名朝鲜女性遣返给中方。", "VN"),
    ("zh", "越南边防周一将3名脱北者遣返给中国公安。", "VN"),
    ("vi", "Hôm thứ Hai, Biên phòng Cao Bằng trao trả 3 phụ nữ Triều Tiên nhập cảnh trái phép qua "
           "đường mòn cho phía Trung Quốc.", "VN"),
    ("th", "เมื่อวันจันทร์ ทหารพรานส่งตัวผู้หลบหนีชาวเกาหลีเหนือ 3 คนที่ลักลอบเข้าเมืองผ่าน"
           "ช่องทางธรรมชาติให้ฝ่ายจีน", None),
    ("th", "เมื่อวันจันทร์ ทหารพรานส่งตัวผู้หลบหนีชาวเกาหลีเหนือ 3 คนให้ฝ่ายจีน", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    HANDED_TO_CHINA,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(HANDED_TO_CHINA)],
)
def test_a_handover_to_chinas_side_is_no_return(lang: str, text: str, country: str | None) -> None:
    verdict = verdict_of(lang, text)
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 3
    if country is not None:
        assert verdict.facts.country == country


# Sent back to Laos's side, with the river or the border between the verb and the country (en)
# or the side named (ko 라오스 측으로): over the border into the neighbour's hands, not home, and
# held (README: people expelled to a neighbouring country are not repatriated yet).
SENT_TO_LAOS = [
    ("en", "Thai police caught six North Korean defectors in Chiang Rai on Monday and sent them "
           "back across the river to Laos."),
    ("en", "Thai police caught six North Korean defectors on Monday and sent them back over the "
           "border to Laos."),
    ("ko", "태국 경찰은 월요일 치앙라이에서 탈북민 6명을 붙잡아 라오스 측으로 돌려보냈다."),
    ("ko", "태국 경찰은 월요일 탈북민 6명을 붙잡아 라오스 쪽으로 돌려보냈다."),
    ("ja", "タイ警察は月曜日、チェンライで脱北者6人を拘束し、ラオス側に送り返した。"),
    ("zh", "泰国警方周一在清莱抓获6名脱北者，并将他们遣送回老挝一侧。"),
    ("vi", "Cảnh sát Thái Lan bắt 6 người Triều Tiên hôm thứ Hai và trả họ về phía Lào."),
    ("th", "ตำรวจไทยจับผู้หลบหนีชาวเกาหลีเหนือ 6 คนเมื่อวันจันทร์ และส่งตัวกลับฝั่งลาว"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), SENT_TO_LAOS, ids=[f"{r[0]}-{i}" for i, r in enumerate(SENT_TO_LAOS)]
)
def test_people_sent_back_to_laos_side_are_held_not_home(lang: str, text: str) -> None:
    verdict = verdict_of(lang, text)
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 6


# Handed back to Laos's side, and a fear that they will be passed on to China (th ส่งต่อให้จีน):
# the fear of their return makes the arrest facing repatriation.
def test_a_fear_of_being_passed_on_to_china_is_facing_repatriation() -> None:
    verdict = verdict_of(
        "th",
        "ตำรวจไทยจับผู้หลบหนีชาวเกาหลีเหนือ 6 คนที่เชียงรายเมื่อวันจันทร์ และส่งตัวกลับฝั่งลาว "
        "โดยมีตำรวจลาวมารับตัว นักเคลื่อนไหวกังวลว่าอาจถูกส่งต่อให้จีน",
    )
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 6


def test_people_passed_on_to_china_are_an_alert() -> None:
    verdict = verdict_of("th", "ทางการลาวส่งต่อผู้หลบหนีชาวเกาหลีเหนือ 6 คนให้จีนเมื่อวันจันทร์")
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 6
