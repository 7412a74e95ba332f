"""Recall, round 29: foreigners held, then said in a sentence of their own to be North Koreans,
by a pronoun or by their figure.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier, Verdict

ON = date(2026, 12, 4)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("r29", title, text, lang, date=ON))


# Foreigners held, then who they are: "They are ...", "The four are ...", 3人は脱北者だという.
@pytest.mark.parametrize(
    ("lang", "title", "text", "country", "people", "status"),
    [
        (
            "en",
            "Police in Shenyang detain foreigners",
            "Police in Shenyang detained four foreigners on Monday. The four are North Korean "
            "defectors.",
            "CN",
            4,
            "detained",
        ),
        (
            "en",
            "Police in Dalian detain foreigners",
            "Police in Dalian held 5 foreigners on Tuesday. All 5 are North Korean escapees.",
            "CN",
            5,
            "detained",
        ),
        (
            "zh",
            "沈阳警方通报一起案件",
            "沈阳市公安局周一抓获4名外国人。他们是脱北者。",
            "CN",
            4,
            "arrested",
        ),
        (
            "zh",
            "瀋陽警方通報一起案件",
            "瀋陽市公安局週一抓獲4名外國人。這4人是脫北者。",
            "CN",
            4,
            "arrested",
        ),
        (
            "ja",
            "瀋陽で外国人拘束",
            "中国の公安当局は2日、瀋陽市で外国人3人を拘束した。3人は脱北者だという。",
            "CN",
            3,
            "arrested",
        ),
        (
            "vi",
            "Bắt giữ 5 người nước ngoài",
            "Công an tỉnh Lào Cai hôm thứ Hai đã bắt giữ 5 người nước ngoài nhập cảnh trái phép. "
            "Họ là người Triều Tiên.",
            "VN",
            5,
            "arrested",
        ),
        (
            "ko",
            "中 공안, 외국인 여성 3명 체포",
            "중국 공안이 지난 1일 선양에서 외국인 여성 3명을 체포했다. "
            "이들은 북한을 탈출한 여성들이다.",
            "CN",
            3,
            "arrested",
        ),
        (
            "ru",
            "В Приморье задержаны четыре иностранца",
            "Пограничники в понедельник задержали четырех иностранцев. "
            "Они оказались гражданами КНДР.",
            "RU",
            4,
            "arrested",
        ),
        (
            "th",
            "ตำรวจจับชาวต่างชาติ 4 คน",
            "ตำรวจเชียงรายจับกุมชาวต่างชาติ 4 คนเมื่อวันจันทร์\nพวกเขาเป็นชาวเกาหลีเหนือ",
            "TH",
            4,
            "arrested",
        ),
        (
            "th",
            "ตำรวจจับชาวต่างชาติ 4 คน",
            "ตำรวจเชียงรายจับกุมชาวต่างชาติ 4 คนเมื่อวันจันทร์\nทั้ง 4 คนเป็นชาวเกาหลีเหนือ",
            "TH",
            4,
            "arrested",
        ),
    ],
)
def test_foreigners_then_who_they_are(
    lang: str, title: str, text: str, country: str, people: int, status: str
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == country
    assert v.facts.people == people
    assert v.facts.status == status


# Those held by their figure, then what they did to the people: the figure names others.
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "ja",
            "詐欺グループ摘発",
            "瀋陽の警察は先週、詐欺の疑いで7人を逮捕した。7人は脱北者から金をだまし取った疑いが持たれている。",
        ),
        ("zh", "诈骗团伙被捣毁", "沈阳警方上周以诈骗罪逮捕7人。7人是脱北者的中介，骗取钱财。"),
        ("zh", "诈骗团伙被捣毁", "沈阳警方上周以诈骗罪逮捕7人。他们是脱北者的中介，骗取钱财。"),
        (
            "ko",
            "사기단 검거",
            "선양 경찰이 지난주 7명을 체포했다. 7명은 탈북민에게서 돈을 뜯어낸 혐의를 받고 있다.",
        ),
    ],
)
def test_those_who_wronged_the_people_are_not_them(lang: str, title: str, text: str) -> None:
    assert verdict_of(lang, title, text).tier is not Tier.ALERT


# The same words before anything but the people's word say nothing of who those held were.
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Police in Shenyang detain foreigners",
            "Police in Shenyang detained four foreigners on Monday. The four are helping North "
            "Korean defectors.",
        ),
        (
            "zh",
            "沈阳警方通报一起案件",
            "沈阳市公安局周一抓获4名外国人。他们是帮助脱北者的传教士。",
        ),
        (
            "ja",
            "瀋陽で外国人拘束",
            "中国の公安当局は2日、瀋陽市で外国人3人を拘束した。3人は脱北者を支援する宣教師だという。",
        ),
        (
            "vi",
            "Bắt giữ 5 người nước ngoài",
            "Công an tỉnh Lào Cai hôm thứ Hai đã bắt giữ 5 người nước ngoài. "
            "Họ là tình nguyện viên giúp người Triều Tiên.",
        ),
        (
            "th",
            "ตำรวจจับชาวต่างชาติ 4 คน",
            "ตำรวจเชียงรายจับกุมชาวต่างชาติ 4 คนเมื่อวันจันทร์\nพวกเขาเป็นอาสาสมัครที่ช่วยเหลือชาวเกาหลีเหนือ",
        ),
    ],
)
def test_helpers_held_are_no_alert(lang: str, title: str, text: str) -> None:
    assert verdict_of(lang, title, text).tier is not Tier.ALERT


def test_a_figure_of_days_names_no_one() -> None:
    """ "Two days later": the figure opening the sentence counts days, not those held."""
    v = verdict_of(
        "en",
        "Police in Shenyang detain foreigners",
        "Police in Shenyang detained four foreigners on Monday. Two days later North Korean "
        "defectors marched in Seoul.",
    )
    assert v.tier is not Tier.ALERT


def test_the_four_still_held_carry_on() -> None:
    """A figure opening a sentence with a status word still takes the people up again."""
    v = verdict_of(
        "en",
        "Minibus stopped near Dandong",
        "Police stopped a minibus carrying North Korean defectors near Dandong on Monday. The "
        "four are being held at a border post.",
    )
    assert v.tier is Tier.ALERT
    assert v.facts.people == 4


# Told only by the border river they crossed out of the North, in Russian, Vietnamese and Thai
# (Chinese, Japanese and English already knew it): an alert, and the river names no mother.
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "ru",
            "В Китае задержаны трое",
            "Китайские пограничники в воскресенье задержали трех человек, которые перешли "
            "реку Туманную.",
        ),
        (
            "ru",
            "В Китае задержаны трое",
            "Трое, перешедшие реку Ялу, задержаны китайской полицией в Даньдуне в воскресенье.",
        ),
        (
            "vi",
            "Ba người bị bắt",
            "Công an Trung Quốc hôm Chủ nhật đã bắt giữ ba người vượt sông Đồ Môn.",
        ),
        (
            "vi",
            "Ba người bị bắt",
            "Ba người bơi qua sông Áp Lục đã bị công an Đan Đông bắt giữ hôm Chủ nhật.",
        ),
        ("th", "จับกุม 3 คน", "ตำรวจจีนจับกุม 3 คนที่ข้ามแม่น้ำตูเมนเมื่อวันอาทิตย์"),
        ("th", "จับกุม 3 คน", "ตำรวจจีนที่ตานตงจับกุม 3 คนที่ว่ายข้ามแม่น้ำยาลูเมื่อวันอาทิตย์"),
    ],
)
def test_border_river_crossers_held(lang: str, title: str, text: str) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == "CN"
    assert v.facts.people == 3
    assert v.facts.status == "arrested"
    assert v.facts.groups == ()


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "ru",
            "Мост через реку Туманную",
            "Движение грузовиков по мосту через реку Туманную возобновилось в понедельник.",
        ),
        ("vi", "Cầu qua sông Áp Lục", "Xe tải lại qua sông Áp Lục bằng cầu hữu nghị hôm thứ Hai."),
    ],
)
def test_trade_across_the_river_is_no_alert(lang: str, title: str, text: str) -> None:
    assert verdict_of(lang, title, text).tier is not Tier.ALERT
