"""ja29: kinds found by the Japanese blind set stress29_ja29.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status

ON = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("吉林で拘束の脱北者4人、北朝鮮へ送還か",
         "吉林省通化市で先月、脱北者4人が公安当局に拘束された。", "ja"),
        ("脱北者4人、近く強制送還か　通化",
         "吉林省通化市で先月、脱北者4人が公安当局に拘束された。", "ja"),
        ("通化の脱北者4人、北朝鮮に送還されたか",
         "吉林省通化市で先月、脱北者4人が公安当局に拘束された。", "ja"),
        ("퉁화서 붙잡힌 탈북민 4명 북송됐나",
         "지난달 지린성 퉁화시에서 탈북민 4명이 공안에 체포됐다.", "ko"),
        ("퉁화서 붙잡힌 탈북민 4명, 강제북송됐을까",
         "지난달 지린성 퉁화시에서 탈북민 4명이 공안에 체포됐다.", "ko"),
    ],
    ids=["ja-okuri-ka", "ja-kyosei-ka", "ja-sareta-ka", "ko-na", "ko-eulkka"],
)  # fmt: skip
def test_a_headline_asking_about_a_return_is_a_threat(title: str, text: str, lang: str) -> None:
    verdict = classify(Document("q", title, text, lang=lang, date=ON))
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 4
    assert verdict.facts.country == "CN"


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("通化の脱北者4人、釈放されたか",
         "吉林省通化市で先月、脱北者4人が公安当局に拘束された。", "ja"),
        ("퉁화서 붙잡힌 탈북민 4명 풀려났나",
         "지난달 지린성 퉁화시에서 탈북민 4명이 공안에 체포됐다.", "ko"),
    ],
    ids=["ja", "ko"],
)  # fmt: skip
def test_a_headline_asking_about_a_release_frees_nobody(title: str, text: str, lang: str) -> None:
    verdict = classify(Document("q", title, text, lang=lang, date=ON))
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED


@pytest.mark.parametrize(
    "title",
    ["ผู้แปรพักตร์ 4 คนที่ถูกจับในจี๋หลินถูกส่งกลับเกาหลีเหนือหรือยัง",
     "ผู้แปรพักตร์ 4 คนที่ถูกจับในจี๋หลินถูกส่งกลับเกาหลีเหนือหรือไม่"],
    ids=["rue-yang", "rue-mai"],
)  # fmt: skip
def test_th_a_question_on_a_return_without_its_mark_is_a_threat(title: str) -> None:
    text = "เมื่อเดือนที่แล้ว ตำรวจมณฑลจี๋หลินจับกุมผู้แปรพักตร์เกาหลีเหนือ 4 คน"
    verdict = classify(Document("q", title, text, lang="th", date=ON))
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 4


def test_ja_the_time_since_a_return_asks_nothing() -> None:
    """Not the question 送還か: 送還から is the time since (a guard, it passed before too)."""
    title = "脱北者50人送還から半年　ソウルで写真展"
    text = "ソウル市内で4日、脱北者の団体が写真展を開き、約300人が訪れた。"
    verdict = classify(Document("q", title, text, lang="ja", date=ON))
    assert not verdict.alert


ARREST_JA = "吉林省通化市で先月、脱北者4人が公安当局に拘束された。"


@pytest.mark.parametrize(
    "then",
    ["中国当局は4人を北朝鮮当局に引き渡す手続きを進めているという。",
     "中国当局は来週にも4人を北朝鮮に送還する。",
     "公安は近く4人を北朝鮮の国境警備隊に引き渡すという。",
     "中国当局は4人を北朝鮮側へ引き渡そうとしている。"],
    ids=["procedure", "next-week", "border-guards", "volitional"],
)  # fmt: skip
def test_ja_a_handover_told_in_the_non_past_is_still_to_come(then: str) -> None:
    verdict = classify(Document("h", "通化で脱北者4人拘束", ARREST_JA + then, lang="ja", date=ON))
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 4


def test_ja_a_handover_told_in_the_past_is_done() -> None:
    then = "中国当局は今月3日、4人を北朝鮮当局に引き渡した。"
    verdict = classify(Document("h", "通化で脱北者4人拘束", ARREST_JA + then, lang="ja", date=ON))
    assert verdict.facts.status is Status.REPATRIATED


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("지난달 지린성 퉁화시에서 탈북민 4명이 공안에 체포됐다. 중국 당국은 이들을 북한 측에 "
         "인계하는 절차를 밟고 있다.", "ko"),
        ("上月四名脱北者在吉林省通化被公安逮捕。中国当局正在办理将他们移交朝方的手续。", "zh-Hans"),
        ("上月四名脫北者在吉林省通化被公安逮捕。中國當局正在辦理將他們移交朝方的手續。", "zh-Hant"),
    ],
    ids=["ko", "zh-Hans", "zh-Hant"],
)  # fmt: skip
def test_a_handover_procedure_under_way_is_still_to_come(text: str, lang: str) -> None:
    verdict = classify(Document("h", "Tonghua", text, lang=lang, date=ON))
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 4


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("ラオスで脱北者4人拘束",
         "ラオス北部で脱北者4人が2日、警察に拘束された。ラオス当局は4人を中国側に移送する方向で"
         "検討している。", "ja"),
        ("ラオスで脱北者4人拘束、中国移送の恐れ",
         "ラオス北部で脱北者4人が2日、警察に拘束された。", "ja"),
        ("Laos detains four North Korean defectors",
         "Police in northern Laos detained four North Korean defectors on Tuesday. Lao "
         "authorities are considering transferring the four to China.", "en"),
        ("탈북민 4명 라오스서 체포",
         "라오스 북부에서 탈북민 4명이 2일 경찰에 체포됐다. 라오스 당국은 이들을 중국으로 "
         "이송하는 방안을 검토하고 있다.", "ko"),
        ("В Лаосе задержаны четверо перебежчиков из КНДР",
         "Полиция на севере Лаоса во вторник задержала четырёх перебежчиков из КНДР. Власти Лаоса "
         "рассматривают возможность передать их Китаю.", "ru"),
        ("Lào bắt giữ 4 người đào tẩu Triều Tiên",
         "Cảnh sát miền bắc Lào hôm thứ Ba đã bắt giữ 4 người đào tẩu Triều Tiên. Nhà chức trách "
         "Lào đang xem xét chuyển giao họ cho Trung Quốc.", "vi"),
        ("ลาวจับผู้แปรพักตร์เกาหลีเหนือ 4 คน",
         "ตำรวจทางตอนเหนือของลาวจับกุมผู้แปรพักตร์เกาหลีเหนือ 4 คนเมื่อวันอังคาร "
         "ทางการลาวกำลังพิจารณาส่งตัวทั้งหมดให้จีน", "th"),
    ],
    ids=["ja-considering", "ja-headline-fear", "en", "ko", "ru", "vi", "th"],
)  # fmt: skip
def test_a_handover_to_china_under_consideration_is_a_threat(
    title: str, text: str, lang: str
) -> None:
    verdict = classify(Document("c", title, text, lang=lang, date=ON))
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 4
    assert verdict.facts.country == "LA"


def test_ja_a_handover_to_china_done_leaves_them_held_not_returned() -> None:
    text = "ラオス北部で脱北者4人が2日、警察に拘束された。ラオス当局は3日、4人を中国に引き渡した。"
    verdict = classify(Document("c", "ラオスで脱北者4人拘束", text, lang="ja", date=ON))
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("脱北女性2人、モンゴルに到着",
         "北朝鮮を脱出した女性2人が2日、モンゴルに到着した。2人は国境警備隊に保護された後、"
         "ウランバートルの施設に移された。", "ja"),
        ("Two North Korean women reach Mongolia",
         "Two North Korean women reached Mongolia on Tuesday after crossing the border from China. "
         "They were detained by Mongolian border guards and moved to a facility in Ulaanbaatar.",
         "en"),
        ("两名脱北女性抵达蒙古",
         "两名脱北女性本月2日越境抵达蒙古，被蒙古边防部队拘留后移送至乌兰巴托的设施。", "zh-Hans"),
        ("Две северокореянки добрались до Монголии",
         "Две перебежчицы из КНДР во вторник добрались до Монголии, перейдя границу с Китаем. Их "
         "задержали монгольские пограничники.", "ru"),
        ("Hai phụ nữ Triều Tiên đến được Mông Cổ",
         "Hai phụ nữ đào tẩu Triều Tiên đã đến Mông Cổ hôm thứ Ba. Họ bị lính biên phòng Mông Cổ "
         "tạm giữ.", "vi"),
    ],
    ids=["ja", "en", "zh", "ru", "vi"],
)  # fmt: skip
def test_people_held_after_reaching_mongolia_reached_a_third_country(
    title: str, text: str, lang: str
) -> None:
    verdict = classify(Document("m", title, text, lang=lang, date=ON))
    assert verdict.alert
    assert verdict.facts.status is Status.REACHED_THIRD_COUNTRY
    assert verdict.facts.people == 2
