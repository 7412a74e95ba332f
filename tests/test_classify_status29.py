"""Status kinds of round 29. Every sentence here was written for these tests; none is copied
from a report."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status

ON = date(2026, 12, 4)


def verdict(title: str, text: str, lang: str) -> tuple[Status | None, int | None, str | None]:
    facts = classify(Document("s", title, text, lang=lang, date=ON)).facts
    return facts.status, facts.people, facts.country


# Likened to those sent back before ("the same fate as the 50 sent back"), told the sentence
# after their arrest: the return is the others', the people face theirs.
SAME_FATE = [
    (
        "ja",
        "中国遼寧省丹東で11月30日、脱北者3人が公安に拘束された。"
        "彼らも先月送還された脱北者たちと同じ運命をたどることになる。",
    ),
    (
        "ja",
        "中国遼寧省丹東で11月30日、脱北者3人が公安に拘束された。"
        "3人は、先月北朝鮮に送還された女性たちと同じ運命をたどる。",
    ),
    (
        "ja",
        "中国遼寧省丹東で11月30日、脱北者3人が公安に拘束された。"
        "送還された人々と同じ運命をたどる恐れがある。",
    ),
    (
        "ja",
        "中国遼寧省丹東で11月30日、脱北者3人が公安に拘束された。"
        "先月北朝鮮に送還された人たちと同じ運命だ。",
    ),
    (
        "ko",
        "11월 30일 중국 단둥에서 탈북민 3명이 공안에 체포됐다. "
        "이들은 지난달 북송된 탈북민들과 같은 운명을 맞게 된다.",
    ),
    (
        "ko",
        "11월 30일 중국 단둥에서 탈북민 3명이 공안에 체포됐다. "
        "지난달 강제북송된 50명과 같은 운명이다.",
    ),
    (
        "ko",
        "11월 30일 중국 단둥에서 탈북민 3명이 공안에 체포됐다. "
        "이들도 지난달 북송된 600명의 전철을 밟게 된다.",
    ),
    ("zh", "11月30日，3名脱北者在中国丹东被公安抓获。他们与上月被遣返的脱北者命运相同。"),
    ("zh", "11月30日，3名脱北者在中国丹东被公安抓获。他们步上月被遣返的50人的后尘。"),
    ("zh", "11月30日，3名脫北者在中國丹東被公安抓獲。他們和上個月被遣返的人遭遇同樣的命運。"),
    (
        "vi",
        "Ngày 30/11, 3 người đào tẩu Triều Tiên bị công an bắt tại Đan Đông, Trung Quốc. "
        "Họ chung số phận với 50 người bị trục xuất về Triều Tiên tháng trước.",
    ),
    (
        "th",
        "เมื่อวันที่ 30 พ.ย. ผู้แปรพักตร์เกาหลีเหนือ 3 คนถูกตำรวจจับกุมที่ตานตง ประเทศจีน "
        "พวกเขามีชะตากรรมเดียวกับ 50 คนที่ถูกส่งกลับเกาหลีเหนือเมื่อเดือนก่อน",
    ),
    (
        "en",
        "Three North Korean defectors were arrested by police in Dandong, China on "
        "November 30. They will share the same fate as the 50 deported last month.",
    ),
    (
        "ru",
        "30 ноября в Даньдуне (Китай) полиция задержала трех беглецов из КНДР. Их ждет та "
        "же участь, что и 50 человек, высланных в прошлом месяце.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SAME_FATE)
def test_same_fate_as_those_sent_back_is_faced(lang: str, text: str) -> None:
    assert verdict("", text, lang) == (Status.FACING_REPATRIATION, 3, "CN")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ja",
            "中国遼寧省丹東で11月30日、脱北者3人が公安に拘束され、12月2日に北朝鮮へ送還された。",
        ),
        ("ko", "11월 30일 중국 단둥에서 탈북민 3명이 공안에 체포됐고 12월 2일 북송됐다."),
        ("zh", "11月30日，3名脱北者在中国丹东被公安抓获，12月2日被遣返朝鲜。"),
    ],
)
def test_their_own_return_still_done(lang: str, text: str) -> None:
    assert verdict("", text, lang)[0] == Status.REPATRIATED


# The North, its embassy, a ship's owner or a family demanding the people back, the sentence
# after their arrest: a return they face, nothing done.
DEMANDED_BACK = [
    (
        "ja",
        "ロシア極東ウラジオストクで11月30日、北朝鮮の貨物船から逃げ出した乗組員5人が当局に"
        "拘束された。北朝鮮側は乗組員の返還を求めている。",
    ),
    (
        "ja",
        "ロシア極東ウラジオストクで11月30日、脱北者5人が当局に拘束された。"
        "北朝鮮は5人の返還を要求した。",
    ),
    (
        "ko",
        "11월 30일 러시아 블라디보스토크에서 탈북민 5명이 당국에 체포됐다. "
        "북한 대사관은 이들을 돌려보내라고 요구했다.",
    ),
    (
        "ko",
        "11월 30일 러시아 블라디보스토크에서 탈북민 5명이 당국에 체포됐다. "
        "북한에 있는 가족들은 이들을 돌려보내 달라고 호소하고 있다.",
    ),
    (
        "ko",
        "11월 30일 러시아 블라디보스토크에서 탈북민 5명이 당국에 체포됐다. "
        "북한 총영사관은 러시아 측에 이들을 넘겨달라고 요구하고 있다.",
    ),
    (
        "ko",
        "11월 30일 러시아 블라디보스토크에서 탈북민 5명이 당국에 체포됐다. "
        "북한 대사관은 5명을 넘겨줄 것을 러시아 정부에 요청했다.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DEMANDED_BACK)
def test_demanded_back_is_a_return_faced(lang: str, text: str) -> None:
    assert verdict("", text, lang) == (Status.FACING_REPATRIATION, 5, "RU")


def test_remains_returned_are_no_threat_to_the_people() -> None:
    text = (
        "ロシア極東ウラジオストクで11月30日、脱北者5人が当局に拘束された。"
        "北朝鮮は米国に遺骨の返還を求めている。"
    )
    assert verdict("", text, "ja") == (Status.ARRESTED, 5, "RU")
