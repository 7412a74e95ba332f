"""Round-41 false all-clears, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 4)  # a Friday: "Monday" is Nov. 30

HELD = (Status.ARRESTED, Status.DETAINED)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("allclear41", title, text, lang, date=ON))


# An arrest on a day, then a whole last year's returns in the same sentence: the year's figure is
# a tally of others, the people held are the four. Thai runs the two clauses on with a space, so
# a phrase opening on last year after a space opens a clause of its own, as one on a month does.
ARREST_BESIDE_LAST_YEARS_TALLY = [
    ("th", "ตำรวจหนองคายจับกุมชาวเกาหลีเหนือ 5 คนเมื่อวันจันทร์ ตลอดทั้งปีที่แล้ว "
           "มีผู้ถูกส่งกลับ 70 คน"),
    ("th", "ตำรวจหนองคายจับกุมชาวเกาหลีเหนือ 5 คนเมื่อวันจันทร์ ในปีที่แล้ว มีผู้ถูกส่งกลับ 70 คน"),
    ("th", "ตำรวจหนองคายจับกุมชาวเกาหลีเหนือ 5 คนเมื่อวันจันทร์ ทั้งปีที่แล้ว มีผู้ถูกส่งกลับ 70 คน"),
    ("th", "ตำรวจหนองคายจับกุมชาวเกาหลีเหนือ 5 คนเมื่อวันจันทร์ ตลอดปีที่แล้ว "
           "มีชาวเกาหลีเหนือถูกส่งกลับ 70 คน"),
    ("th", "ตำรวจหนองคายจับกุมชาวเกาหลีเหนือ 5 คนเมื่อวันจันทร์ เมื่อปีที่แล้ว มีผู้ถูกส่งกลับ 70 คน"),
    # The neighbour: the year's returns told by their agent stay another group's too.
    ("th", "ตำรวจหนองคายจับกุมชาวเกาหลีเหนือ 5 คนเมื่อวันจันทร์ ปีที่แล้ว "
           "จีนส่งตัวชาวเกาหลีเหนือ 70 คนกลับเกาหลีเหนือ"),
    ("en", "Police in Nong Khai arrested 5 North Koreans on Monday, and over the whole of last "
           "year 70 were sent back."),
    ("ko", "농카이 경찰은 월요일 북한 주민 5명을 체포했으며 지난해 한 해 동안 70명이 북송됐다."),
    ("ja", "ノンカイ警察は月曜日、北朝鮮人5人を逮捕し、昨年1年間で70人が送還された。"),
    ("ru", "Полиция Нонгкхая в понедельник задержала 5 граждан КНДР, за весь прошлый год "
           "были высланы 70 человек."),
    ("vi", "Cảnh sát Nong Khai bắt 5 người Triều Tiên hôm thứ Hai, cả năm ngoái có 70 người "
           "bị trả về."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    ARREST_BESIDE_LAST_YEARS_TALLY,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(ARREST_BESIDE_LAST_YEARS_TALLY)],
)
def test_a_whole_last_years_returns_beside_an_arrest_are_a_tally(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "North Korean defectors", text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == 5
    assert verdict.facts.country == "TH"


# A return asked about ("whether they have already been sent back") is feared, not done: the
# question written right after "they" (他们是否) is read before "they are" (他们是) inside it.
ASKED_WHETHER_RETURNED = [
    ("zh", "图们警方周三扣押了三名脱北者。亲属们不清楚他们是否已被遣返朝鲜。"),
    ("zh", "图们警方周三扣押了三名脱北者。家人追问她们是否已经被送回朝鲜。"),
    ("zh", "圖們警方週三扣押了三名脫北者。親屬們不清楚他們是否已被遣返朝鮮。"),
    ("zh", "图们警方周三扣押了三名脱北者。亲属们不清楚三人是否已被遣返朝鲜。"),
    ("en", "Police in Tumen seized three North Korean escapees on Wednesday. Their families "
           "cannot tell whether they have already been returned to North Korea."),
    ("ja", "図們の公安は水曜日、脱北者3人を拘束した。家族は3人がすでに北朝鮮に送還されたのかどうか"
           "分からないという。"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    ASKED_WHETHER_RETURNED,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(ASKED_WHETHER_RETURNED)],
)
def test_a_return_asked_about_is_feared_not_done(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "North Korean defectors", text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 3


# A court's order or sentence to deport, with a place, is an alert: the people face the return,
# none is done yet (th read "ศาลเชียงใหม่สั่งเนรเทศ" as no event, and "พิพากษาให้เนรเทศ … กลับ"
# as a return done).
COURT_ORDERED_DEPORTATION = [
    ("th", "ศาลเชียงใหม่สั่งเนรเทศผู้หลบหนีชาวเกาหลีเหนือ 3 คนเมื่อวันพุธ"),
    ("th", "ศาลเชียงใหม่พิพากษาให้เนรเทศผู้หลบหนีชาวเกาหลีเหนือ 3 คนกลับเกาหลีเหนือเมื่อวันพุธ"),
    ("th", "ศาลเชียงใหม่พิพากษาให้ส่งผู้หลบหนีชาวเกาหลีเหนือ 3 คนกลับเกาหลีเหนือเมื่อวันพุธ"),
    ("th", "ศาลเชียงใหม่พิพากษาจำคุกผู้หลบหนีชาวเกาหลีเหนือ 3 คนและให้เนรเทศกลับเกาหลีเหนือ"
           "เมื่อวันพุธ"),
    ("en", "A court in Chiang Mai on Wednesday ordered 3 North Korean escapees deported."),
    ("vi", "Tòa án Chiang Mai hôm thứ Tư ra lệnh trục xuất 3 người đào tẩu Triều Tiên."),
    ("zh", "清迈法院周三下令驱逐3名脱北者。"),
    ("ko", "치앙마이 법원은 수요일 탈북민 3명의 추방을 명령했다."),
    ("ja", "チェンマイの裁判所は水曜日、脱北者3人の国外退去を命じた。"),
    ("ru", "Суд Чиангмая в среду постановил выдворить 3 беглецов из КНДР."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    COURT_ORDERED_DEPORTATION,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(COURT_ORDERED_DEPORTATION)],
)
def test_a_court_order_to_deport_is_a_return_faced(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "North Korean defectors", text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 3
    assert verdict.facts.country == "TH"


# People held now (are being held, remain in custody, ยังถูก/กำลังถูกควบคุมตัว, đang bị giam)
# before a return face it: the return is still to come. Held in the past tense before it, the
# return is done.
HELD_NOW_BEFORE_A_RETURN = [
    ("en", "Three North Korean defectors are being held in Dandong before being sent back to "
           "North Korea."),
    ("en", "Three North Korean defectors remain in custody in Dandong before being deported to "
           "North Korea."),
    ("en", "Three North Korean defectors are held in Dandong before they are returned to North "
           "Korea."),
    ("th", "ผู้หลบหนีชาวเกาหลีเหนือ 3 คนยังถูกควบคุมตัวที่ตานตงก่อนถูกส่งกลับเกาหลีเหนือ"),
    ("th", "ผู้หลบหนีชาวเกาหลีเหนือ 3 คนกำลังถูกควบคุมตัวที่ตานตงก่อนจะถูกเนรเทศกลับเกาหลีเหนือ"),
    ("vi", "Ba người đào tẩu Triều Tiên đang bị giam ở Đan Đông trước khi bị trả về Triều Tiên."),
    ("zh", "三名脱北者目前被关押在丹东，等待被遣返朝鲜。"),
    ("ja", "脱北者3人は北朝鮮に送還されるまで丹東で拘束されている。"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    HELD_NOW_BEFORE_A_RETURN,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(HELD_NOW_BEFORE_A_RETURN)],
)
def test_people_held_now_before_a_return_face_it(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "North Korean defectors", text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 3
    assert verdict.facts.country == "CN"


HELD_THEN_BEFORE_A_RETURN = [
    ("en", "Three North Korean defectors were held in Dandong for a month before being sent back "
           "to North Korea."),
    ("vi", "Ba người đào tẩu Triều Tiên bị giam ở Đan Đông một tháng trước khi bị trả về Triều "
           "Tiên."),
    ("th", "ผู้หลบหนีชาวเกาหลีเหนือ 3 คนถูกควบคุมตัวที่ตานตงหนึ่งเดือนก่อนถูกส่งกลับเกาหลีเหนือ"),
    ("zh", "三名脱北者在丹东被关押一个月后被遣返朝鲜。"),
    ("ja", "脱北者3人は丹東で1か月拘束された後、北朝鮮に送還された。"),
    ("ko", "탈북민 3명은 단둥에 한 달간 구금된 뒤 북송됐다."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    HELD_THEN_BEFORE_A_RETURN,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(HELD_THEN_BEFORE_A_RETURN)],
)
def test_people_held_in_the_past_before_a_return_were_sent_back(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "North Korean defectors", text)
    assert verdict.alert
    assert verdict.facts.status is Status.REPATRIATED
    assert verdict.facts.people == 3


# Russian asks with ли right after the verb: a return so asked about, or its negation so asked
# («не выслали ли их»: haven't they been sent back?), is feared, neither done nor denied.
RU_RETURN_ASKED_WITH_LI = [
    "Пограничники в среду задержали трёх беглецов из КНДР в Тумэне. Близкие гадают, выслали ли "
    "их уже в КНДР.",
    "Пограничники в среду задержали трёх беглецов из КНДР в Тумэне. Близкие боятся спросить, "
    "не депортировали ли их.",
    "Пограничники в среду задержали трёх беглецов из КНДР в Тумэне. Никто не знает, вернули ли "
    "их на родину.",
]


@pytest.mark.parametrize("text", RU_RETURN_ASKED_WITH_LI)
def test_a_russian_return_asked_with_li_is_feared(text: str) -> None:
    verdict = verdict_of("ru", "Беглецы из КНДР", text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 3


def test_li_asking_of_another_word_leaves_a_return_told() -> None:
    text = (
        "Пограничники в среду задержали трёх беглецов из КНДР в Тумэне. В пятницу их выслали в "
        "КНДР, и близкие не знают, живы ли они."
    )
    assert verdict_of("ru", "Беглецы из КНДР", text).facts.status is Status.REPATRIATED
