"""Thai clauses parted by a space, and done returns and lone people counted (vi, th). Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Facts, Status

ON = date(2026, 6, 10)


def facts_of(text: str, title: str = "") -> Facts:
    return classify(Document("a", title, text, date=ON)).facts


@pytest.mark.parametrize(
    ("text", "status", "people"),
    [
        ("หลังถูกส่งกลับ หญิงเกาหลีเหนือถูกจับอีกครั้งที่เชียงราย", Status.ARRESTED, 1),
        ("หลังจีนส่งกลับผู้แปรพักตร์ 600 คน ตำรวจจับชาวเกาหลีเหนืออีก 5 คนที่เชียงราย",
         Status.ARRESTED, 5),
        ("หลังจากจีนส่งตัวชาวเกาหลีเหนือ 200 คนกลับประเทศเมื่อเดือนมีนาคม ตำรวจจีนจับกุม"
         "ผู้แปรพักตร์อีก 4 คนที่เมืองหยานจี", Status.ARRESTED, 4),
        ("ภายหลังการส่งกลับผู้แปรพักตร์ 150 คนเมื่อเดือนมีนาคม ตำรวจจับกุมชาวเกาหลีเหนืออีก 3 คน"
         "ที่หนองคาย", Status.ARRESTED, 3),
    ],
    ids=["sent-back-then-caught", "600-then-5", "200-then-4", "150-then-3"],
)  # fmt: skip
def test_a_thai_after_clause_ends_at_its_space(text: str, status: Status, people: int) -> None:
    facts = facts_of(text)
    assert (facts.status, facts.people) == (status, people)


@pytest.mark.parametrize(
    "text",
    [
        "ทางการไทยผลักดันกลับชาวเกาหลีเหนือ 5 คนไปยังลาว",
        "ทางการไทยบังคับส่งกลับชาวเกาหลีเหนือ 5 คนไปยังจีน",
    ],
    ids=["pushed-to-laos", "forced-to-china"],
)
def test_a_thai_counter_hides_no_neighbour_the_people_are_sent_to(text: str) -> None:
    facts = facts_of(text)
    assert (facts.status, facts.people) == (Status.ARRESTED, 5)


@pytest.mark.parametrize(
    "text",
    [
        "ทางการจีนได้ดำเนินการส่งกลับชาวเกาหลีเหนือ 5 คนที่ถูกควบคุมตัวอยู่ที่เมืองตานตงไปแล้ว",
        "ทางการจีนได้ดำเนินการส่งกลับชาวเกาหลีเหนือ 5 คน",
        "จีนส่งกลับชาวเกาหลีเหนือ 5 คนไปแล้ว",
        "เจ้าหน้าที่จีนได้ส่งกลับผู้หลบหนีเกาหลีเหนือ 5 คนแล้ว",
    ],
    ids=["carried-out-gone", "carried-out", "gone", "has-sent-back"],
)
def test_a_thai_return_told_done_is_a_repatriation(text: str) -> None:
    facts = facts_of(text)
    assert (facts.status, facts.people) == (Status.REPATRIATED, 5)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ทางการจีนเตรียมดำเนินการส่งกลับชาวเกาหลีเหนือ 5 คน", Status.FACING_REPATRIATION),
        ("ทางการจีนอาจส่งกลับชาวเกาหลีเหนือ 5 คนไปแล้ว", Status.FACING_REPATRIATION),
        ("ทางการไทยได้ส่งกลับชาวเกาหลีเหนือ 5 คนไปยังลาว", Status.ARRESTED),
    ],
    ids=["prepared", "may-have", "to-laos"],
)
def test_a_thai_return_hedged_or_to_a_neighbour_is_no_repatriation(
    text: str, status: Status
) -> None:
    assert facts_of(text).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ตำรวจจับกุมชาวเกาหลีเหนือคนหนึ่งที่เชียงราย", Status.ARRESTED),
        ("ผู้แปรพักตร์เกาหลีเหนือคนหนึ่งถูกจับกุมที่เมืองหยานจี", Status.ARRESTED),
        ("ผู้ลี้ภัยชาวเกาหลีเหนือรายหนึ่งถูกส่งตัวกลับเกาหลีเหนือเมื่อสัปดาห์ที่แล้ว",
         Status.REPATRIATED),
        ("Một thanh niên Triều Tiên bị bắt ở Diên Cát hôm thứ Hai.", Status.ARRESTED),
        ("Công an bắt giữ một người tị nạn Triều Tiên tại Lạng Sơn.", Status.ARRESTED),
        ("Một người đào thoát Triều Tiên đã bị trục xuất về Bình Nhưỡng.", Status.REPATRIATED),
    ],
    ids=["th-a-north-korean", "th-a-defector", "th-a-refugee", "vi-a-young-man", "vi-a-refugee",
         "vi-one-who-fled"],
)  # fmt: skip
def test_one_person_counted_by_one_is_one(text: str, status: Status) -> None:
    facts = facts_of(text)
    assert (facts.status, facts.people) == (status, 1)


def test_one_of_the_people_counted_leaves_their_count() -> None:
    facts = facts_of("ตำรวจจับกุมชาวเกาหลีเหนือ 5 คน โดยชาวเกาหลีเหนือคนหนึ่งเป็นเด็ก")
    assert (facts.status, facts.people) == (Status.ARRESTED, 5)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("中国が脱北者600人を送還した後 警察は延吉で脱北者5人を拘束した", 5),
        ("送還された後 北朝鮮の女性が再び延吉で拘束された", 1),
        ("在被遣返后 一名朝鲜女子再次在延吉被捕", 1),
    ],
    ids=["ja-600-then-5", "ja-sent-back-then-caught", "zh-sent-back-then-caught"],
)
def test_a_space_after_a_closing_after_word_ends_its_clause(text: str, people: int) -> None:
    facts = facts_of(text)
    assert (facts.status, facts.people) == (Status.ARRESTED, people)


@pytest.mark.parametrize(
    "text",
    [
        "中国遣返600名脱北者后，警方又在延吉抓获5名脱北者",
        "中国遣返600名脱北者后 警方又在延吉抓获5名脱北者",
    ],
    ids=["comma", "space"],
)
def test_an_after_word_past_the_people_tells_the_return_earlier(text: str) -> None:
    facts = facts_of(text)
    assert (facts.status, facts.people) == (Status.ARRESTED, 5)
