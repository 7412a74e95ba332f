"""Round-34 recall fixes: reports of an arrest that were missed because the people are taken up
again in a later sentence, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 10)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("recall34", title, f"{title}\n{text}", lang, date=ON))


# One person named in a sentence where nothing happens to them yet, then taken up by a pronoun
# ("She was arrested", 她周三…被抓获, 그들은, 彼女が, Bà bị) in the sentence that tells the arrest.
@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        (
            "en",
            "Rights groups voice concern",
            "A North Korean woman crossed into China last month. She was arrested in Yanji on "
            "Wednesday.",
            1,
        ),
        (
            "en",
            "Rights groups voice concern",
            "A North Korean man crossed into China last month. He was arrested in Yanji on "
            "Wednesday.",
            1,
        ),
        (
            "zh",
            "人权组织表示关注",
            "一名朝鲜女子上月越过图们江进入中国。她周三在延吉被中国警方抓获。",
            1,
        ),
        ("zh", "人权组织表示关注", "一名朝鲜男子上月越境进入中国。他周三在沈阳被公安逮捕。", 1),
        (
            "zh",
            "人权组织表示关注",
            "一名朝鲜男子上月越境进入中国，与其他人一起藏身。他周三在沈阳被公安逮捕。",
            1,
        ),
        ("zh", "人权组织表示关注", "一名朝鲜男子上月越境进入中国。警方周三在沈阳将他逮捕。", 1),
        (
            "ko",
            "인권단체 우려",
            "탈북민 3명이 지난달 두만강을 건넜다. 그들은 수요일 옌지에서 공안에 체포됐다.",
            3,
        ),
        (
            "ko",
            "인권단체 우려",
            "탈북 여성 1명이 지난달 중국으로 넘어갔다. 그녀가 수요일 옌지에서 붙잡혔다.",
            1,
        ),
        (
            "ja",
            "人権団体が懸念",
            "北朝鮮の女性1人が先月、中国に越境した。彼女が水曜日、延吉で公安に拘束された。",
            1,
        ),
        (
            "ja",
            "人権団体が懸念",
            "脱北者の男性が先月、中国に越境した。彼が水曜日、延吉で公安に拘束されたという。",
            1,
        ),
        (
            "vi",
            "Các nhóm nhân quyền lo ngại",
            "Một phụ nữ Triều Tiên vượt biên sang Trung Quốc tháng trước. Bà bị công an bắt ở "
            "Diên Cát hôm thứ Tư.",
            1,
        ),
        (
            "vi",
            "Các nhóm nhân quyền lo ngại",
            "Một người đào tẩu Triều Tiên vượt biên sang Trung Quốc tháng trước. Anh ấy bị công an "
            "bắt ở Diên Cát hôm thứ Tư.",
            1,
        ),
    ],
)
def test_a_pronoun_takes_up_the_person_named_before(
    lang: str, title: str, text: str, people: int
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == people
    assert verdict.facts.country == "CN"


# The neighbours: 其他 (others) is no pronoun for the man; a custody told with "he is" in a
# time to come stays no return.
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("zh", "人权组织表示关注", "一名朝鲜男子上月越境进入中国。其他人已经抵达韩国。"),
        (
            "en",
            "Rights groups voice concern",
            "A North Korean man crossed into China last month. Police say that when he is sent "
            "back he will be punished.",
        ),
    ],
)
def test_no_pronoun_no_incident(lang: str, title: str, text: str) -> None:
    assert verdict_of(lang, title, text).tier is not Tier.ALERT


# Who those caught were, told in a sentence of its own after the arrest: all of them, or a part
# counted out of them ("4명 중 1명은 북한 국적이다", "Trong số 4 người, 1 người là công dân
# Triều Tiên").
@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        (
            "ko",
            "경찰, 불법 입국자 4명 체포",
            "선양 경찰은 수요일 불법 입국자 4명을 체포했다. 4명 중 1명은 북한 국적이다.",
            1,
        ),
        (
            "ko",
            "경찰, 불법 입국자 4명 체포",
            "선양 경찰은 수요일 불법 입국자 4명을 체포했다. 이들은 모두 북한 주민이다.",
            4,
        ),
        (
            "vi",
            "Công an bắt 4 người nhập cảnh trái phép",
            "Công an tỉnh Lào Cai hôm thứ Tư đã bắt 4 người nhập cảnh trái phép. Trong số 4 "
            "người, 1 người là công dân Triều Tiên.",
            1,
        ),
        (
            "vi",
            "Công an bắt 5 người nhập cảnh trái phép",
            "Công an tỉnh Lào Cai hôm thứ Năm đã bắt 5 người nhập cảnh trái phép. Trong đó, 2 "
            "người mang quốc tịch Triều Tiên.",
            2,
        ),
    ],
)
def test_nationality_told_in_a_sentence_of_its_own(
    lang: str, title: str, text: str, people: int
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == people


def test_another_nationality_told_so_is_no_incident() -> None:
    text = "선양 경찰은 수요일 불법 입국자 4명을 체포했다. 이들은 모두 베트남 국적이다."
    assert verdict_of("ko", "경찰, 불법 입국자 4명 체포", text).tier is Tier.IGNORE


# A student of the North abroad, held, named bare as English, Chinese and Japanese name one
# ("a North Korean student", 朝鲜留学生, 北朝鮮の留学生).
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ko", "인권단체 우려", "북한 유학생이 지난 수요일 다롄에서 중국 공안에 체포됐다."),
        ("ko", "인권단체 우려", "중국 공안이 지난 목요일 선양에서 북한 유학생을 붙잡았다."),
        (
            "vi",
            "Các nhóm nhân quyền lo ngại",
            "Một sinh viên Triều Tiên bị công an Trung Quốc bắt ở Đại Liên hôm thứ Tư.",
        ),
        (
            "th",
            "กลุ่มสิทธิมนุษยชนกังวล",
            "นักศึกษาเกาหลีเหนือถูกตำรวจจีนจับกุมที่ต้าเหลียนเมื่อวันพุธ",
        ),
    ],
)
def test_a_student_of_the_north_held(lang: str, title: str, text: str) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.country == "CN"


def test_students_arriving_are_no_incident() -> None:
    text = "북한 유학생 200명이 수요일 다롄에 도착했다."
    assert verdict_of("ko", "북한 유학생 도착", text).tier is Tier.IGNORE
