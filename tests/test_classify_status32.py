"""Status mistakes of round 32, in new sentences of every language: every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status

ON = date(2026, 12, 5)  # a Saturday: "Tuesday" is Dec. 1, "October" two months before


def status_of(lang: str, title: str, text: str, on: date = ON) -> Status | None:
    return classify(Document("s", title, f"{title}\n{text}", lang, date=on)).facts.status


# Caught again on a day of this month or week; the release told after it is dated by a month
# named alone, before that day: the release the new custody ended, no all-clear.
RELEASE_IN_A_NAMED_MONTH = [
    ("en", "Escapee caught again in Dandong",
     "A North Korean escapee was arrested again in Dandong on Tuesday and is held by police. She "
     "was released in September after her family paid a fine."),
    ("en", "North Korean woman held again in Yanji",
     "A North Korean woman was arrested again in Yanji on Monday and is held at a detention "
     "centre, though she was released in October after a relative paid a fine."),
    ("zh", "脱北者在沈阳再次被捕",
     "一名脱北者12月1日在沈阳再次被中国公安抓获，目前被关押在边防拘留所。他10月获释。"),
    ("zh", "脱北女性再次被捕",
     "一名脱北女性本月2日在延吉再次被公安抓捕，目前关押在看守所，她10月份才获释。"),
    ("ko", "탈북 여성 단둥서 또 붙잡혀",
     "탈북 여성이 이번 주 화요일 단둥에서 다시 공안에 체포돼 구류장에 갇혀 있다. 이 여성은 9월 "
     "가족이 벌금을 내 풀려났다."),
    ("ko", "탈북 여성 다시 체포",
     "탈북 여성이 지난 2일 옌지에서 다시 공안에 체포돼 구류장에 갇혀 있으며, 이 여성은 10월에 "
     "석방됐다."),
    ("ja", "脱北女性、丹東で再び拘束",
     "脱北女性1人が火曜日に丹東で再び公安に拘束され、拘置所に収容されている。女性は9月、家族が"
     "罰金を払って釈放された。"),
    ("ja", "脱北女性、再び拘束",
     "脱北女性1人が今月2日に延吉で再び公安に拘束され、拘置所に収容されているが、女性は10月に"
     "釈放されたばかりだった。"),
    ("ru", "Беглец из КНДР снова задержан в Шэньяне",
     "Беглеца из КНДР снова задержали в Шэньяне 1 декабря, сейчас он находится в пограничном "
     "изоляторе. В октябре его освободили после отбытия срока."),
    ("ru", "Северокореянку снова задержали",
     "Гражданку КНДР снова задержали в Хабаровске 2 декабря, и она находится в ЦВСИГ, хотя в "
     "октябре ее освободили."),
    ("vi", "Phụ nữ đào tẩu Triều Tiên lại bị bắt ở Đan Đông",
     "Một phụ nữ đào tẩu Triều Tiên lại bị công an bắt ở Đan Đông hôm thứ Ba và đang bị tạm giam. "
     "Chị được thả hồi tháng 9 sau khi gia đình nộp phạt."),
    ("vi", "Phụ nữ Triều Tiên lại bị bắt",
     "Một phụ nữ đào tẩu Triều Tiên lại bị công an bắt ở Diên Cát ngày 2/12 và đang bị tạm giam, "
     "dù chị vừa được thả vào tháng 10."),
    ("th", "หญิงเกาหลีเหนือถูกจับอีกครั้ง",
     "หญิงชาวเกาหลีเหนือคนหนึ่งถูกตำรวจจีนจับกุมอีกครั้งที่เมืองหยานจีเมื่อวันที่ 2 ธันวาคม "
     "ขณะนี้ยังถูกควบคุมตัว เธอได้รับการปล่อยตัวเมื่อเดือนตุลาคม"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    RELEASE_IN_A_NAMED_MONTH,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(RELEASE_IN_A_NAMED_MONTH)],
)
def test_a_release_in_a_named_month_before_a_rearrest_is_no_all_clear(
    lang: str, title: str, text: str
) -> None:
    assert status_of(lang, title, text) is Status.DETAINED


def test_a_named_month_after_the_reports_is_last_years() -> None:
    text = (
        "A North Korean defector was arrested again in Yanji on Jan. 5 and is held at a detention "
        "centre. He was released in November after serving a sentence."
    )
    title = "Defector caught again in Yanji"
    assert status_of("en", title, text, on=date(2027, 1, 9)) is Status.DETAINED


# A release dated after the custody came again is the news, and stands.
RELEASE_AFTER_A_NAMED_MONTH = [
    ("en", "Rearrested defector freed",
     "A North Korean defector was arrested again in Yanji in October and held at a detention "
     "centre. He was released on Thursday after a relative paid a fine."),
    ("en", "Rearrested defector freed",
     "A North Korean defector was arrested again in Yanji on Nov. 20 and held at a detention "
     "centre. He was released in December after a relative paid a fine."),
    ("zh", "再次被捕的脱北者获释",
     "一名脱北者10月在延吉再次被公安抓捕，关押在看守所。他本月3日获释。"),
    ("ko", "다시 체포된 탈북민 석방",
     "탈북민이 10월 옌지에서 다시 공안에 체포돼 구류장에 갇혀 있었다. 그는 지난 3일 석방됐다."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    RELEASE_AFTER_A_NAMED_MONTH,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(RELEASE_AFTER_A_NAMED_MONTH)],
)
def test_a_release_after_a_rearrest_in_a_named_month_stands(
    lang: str, title: str, text: str
) -> None:
    assert status_of(lang, title, text) is Status.RELEASED


# An opening "after" clause written with no comma tells the earlier group's return; the people
# held in the clause after it are the incident, counted alone.
AFTER_CLAUSE_WITHOUT_COMMA = [
    ("en", "After China sent back 600 defectors police in Jilin arrested five more North Koreans "
           "on Monday."),
    ("en", "After 600 defectors were sent back by China five more North Koreans were arrested in "
           "Jilin on Monday."),
    ("ru", "После того как Китай депортировал 600 перебежчиков полиция Цзилиня в понедельник "
           "задержала еще пятерых северокорейцев."),
    ("vi", "Sau khi Trung Quốc trả về 600 người đào tẩu công an Cát Lâm đã bắt thêm 5 người Triều "
           "Tiên hôm thứ Hai."),
    ("th", "หลังจากทางการจีน ส่งตัวผู้แปรพักตร์ 600 คนกลับเกาหลีเหนือ ตำรวจจับกุมชาวเกาหลีเหนือ"
           "เพิ่มอีก 5 คนที่จี๋หลินเมื่อวันจันทร์"),
    ("th", "หลังจีน ส่งกลับ ผู้แปรพักตร์ 600 คน ตำรวจจับชาวเกาหลีเหนืออีก 5 คนที่จี๋หลินเมื่อ"
           "วันจันทร์"),
    ("zh", "在中国遣返600名脱北者之后吉林警方周一又抓捕了5名朝鲜人。"),
    ("zh", "继中国遣返600名脱北者后吉林警方周一又抓捕了5名朝鲜人。"),
    ("ja", "中国が脱北者600人を強制送還したあと警察は月曜日に吉林省で北朝鮮人5人を新たに拘束した。"),
    ("ja", "脱北者600人が強制送還された後警察は月曜日に吉林省で北朝鮮人5人を新たに拘束した。"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    AFTER_CLAUSE_WITHOUT_COMMA,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(AFTER_CLAUSE_WITHOUT_COMMA)],
)
def test_an_opening_after_clause_without_a_comma_is_another_groups(lang: str, text: str) -> None:
    facts = classify(Document("s", "", text, lang, date=ON)).facts
    assert (facts.status, facts.people) == (Status.ARRESTED, 5)


# The people of the after clause are the incident's when the clause after it tells of them.
AFTER_CLAUSE_OF_THE_PEOPLE = [
    ("en", "After police arrested five North Korean defectors in Jilin on Monday they were sent "
           "back to North Korea."),
    ("vi", "Sau khi công an bắt 5 người đào tẩu Triều Tiên hôm thứ Hai họ đã bị trả về Triều "
           "Tiên."),
    ("ja", "脱北者5人は月曜日に吉林省で拘束された後北朝鮮に強制送還された。"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    AFTER_CLAUSE_OF_THE_PEOPLE,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(AFTER_CLAUSE_OF_THE_PEOPLE)],
)
def test_an_after_clause_of_the_people_stays_theirs(lang: str, text: str) -> None:
    facts = classify(Document("s", "", text, lang, date=ON)).facts
    assert (facts.status, facts.people) == (Status.REPATRIATED, 5)


# A Thai release dated "เมื่อเดือนที่แล้ว" (last month) right after its verb: the month before
# opens a clause only after a space, so it dates the release's own clause, before the rearrest.
THAI_LAST_MONTH_AFTER_THE_VERB = [
    "หญิงชาวเกาหลีเหนือคนหนึ่งถูกตำรวจจีนจับกุมอีกครั้งที่ตานตงเมื่อวันอังคาร ขณะนี้ยังถูกควบคุมตัว "
    "เธอได้รับการปล่อยตัวเมื่อเดือนที่แล้วหลังครอบครัวจ่ายค่าปรับ",
    "ชายชาวเกาหลีเหนือคนหนึ่งถูกตำรวจจับกุมอีกครั้งที่เมืองหยานจีเมื่อวันพุธ และยังถูกควบคุมตัวอยู่ "
    "เขาเพิ่งได้รับการปล่อยตัวเมื่อเดือนที่แล้ว",
]


@pytest.mark.parametrize("text", THAI_LAST_MONTH_AFTER_THE_VERB, ids=["woman", "man"])
def test_th_last_month_after_a_release_verb_dates_it_before_the_rearrest(text: str) -> None:
    assert status_of("th", "ชาวเกาหลีเหนือถูกจับอีกครั้ง", text) is Status.DETAINED


# People said to be held now, with the verb left out (Пока они под стражей), as a state (구금
# 상태다) or as a custody that goes on (ถูกควบคุมตัวอยู่): detained, past the headline's arrest.
HELD_NOW = [
    ("ru", "Трое северокорейцев задержаны в Приморье",
     "Трое граждан КНДР были задержаны пограничниками в Приморье в понедельник. Пока они под "
     "стражей, их судьба решается в суде."),
    ("ru", "Северокореец задержан в Хабаровске",
     "Гражданина КНДР задержали в Хабаровске во вторник. Он под стражей до решения суда."),
    ("ko", "북한 주민 3명 연해주서 체포",
     "북한 주민 3명이 지난 1일 국경수비대에 체포됐다. 이들은 현재 구금 상태다."),
    ("th", "หญิงเกาหลีเหนือถูกจับที่ตานตง",
     "หญิงชาวเกาหลีเหนือคนหนึ่งถูกตำรวจจีนจับกุมที่ตานตงเมื่อวันอังคาร และถูกควบคุมตัวอยู่ใน"
     "สถานกักกัน"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"), HELD_NOW, ids=[f"{r[0]}-{i}" for i, r in enumerate(HELD_NOW)]
)
def test_people_said_to_be_held_now_are_detained(lang: str, title: str, text: str) -> None:
    assert status_of(lang, title, text) is Status.DETAINED


# ko: sent back, then held in the North (돌려보내져 … 수감됐다): the return is done.
SENT_BACK_THEN_HELD = [
    "지난달 중국 공안에 체포된 탈북민 3명이 북한으로 돌려보내져 보위부 구류장에 수감됐다고 "
    "소식통이 전했다.",
    "탈북민 3명이 북한으로 강제로 돌려보내져 함경북도 보위부에 수감됐다.",
]
# Hedged after it, or a must, it is still to come.
SENT_BACK_TO_COME = [
    "중국 공안에 체포된 탈북민 3명이 북한으로 돌려보내져 처벌받을 수 있다.",
    "중국 공안에 체포된 탈북민 3명은 북한으로 돌려보내져야 한다는 북한의 요구에 직면해 있다.",
]


@pytest.mark.parametrize("text", SENT_BACK_THEN_HELD, ids=["source", "bowibu"])
def test_ko_sent_back_then_held_is_repatriated(text: str) -> None:
    assert status_of("ko", "탈북민 관련 보도", text) is Status.REPATRIATED


@pytest.mark.parametrize("text", SENT_BACK_TO_COME, ids=["may", "must"])
def test_ko_sent_back_hedged_is_still_to_come(text: str) -> None:
    assert status_of("ko", "탈북민 관련 보도", text) is Status.FACING_REPATRIATION
