"""Round-45 fixes of false all-clears: a part freed of a group counted only beside it.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.classify import classify
from bot.classify.lexicon import load_lexicon
from bot.domain import ConfigError, Document, Status, Verdict

ON = date(2026, 12, 7)
HELD = (Status.ARRESTED, Status.DETAINED)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("allclear45", title, text, lang, date=ON))


# A group held, no figure with its custody, then a first report's figure by a noun for people
# held and a part of them freed: the part's release, not the group's; the group stays held.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Chinese police detained a group of North Korean escapees in Shenyang. Activists "
            "initially reported five detainees, but two of them were later released.",
        ),
        (
            "en",
            "A group of North Korean defectors was arrested in Dandong last week. Activists "
            "first counted six detainees; two of them have since been freed.",
        ),
        (
            "ko",
            "중국 공안이 선양에서 탈북민 일행을 붙잡았다. 활동가들은 처음에 구금자가 5명이라고 "
            "전했으나, 이 가운데 2명은 이후 풀려났다.",
        ),
        (
            "zh",
            "中国警方在沈阳抓捕了一批脱北者。活动人士最初报告称有五名被拘留者，但其中两人后来获释。",
        ),
        (
            "zh",
            "中國警方在瀋陽抓捕了一批脫北者。活動人士最初報告稱有五名被拘留者，但其中兩人後來獲釋。",
        ),
        (
            "ja",
            "中国公安が瀋陽で脱北者の一行を拘束した。活動家は当初、拘束者は5人と伝えたが、"
            "そのうち2人は後に釈放された。",
        ),
        (
            "ru",
            "Китайская полиция задержала группу беглецов из КНДР в Шэньяне. Активисты сначала "
            "сообщили о пятерых задержанных, но двое из них позже были освобождены.",
        ),
        (
            "vi",
            "Công an Trung Quốc đã bắt một nhóm người đào tẩu Triều Tiên ở Thẩm Dương. Các nhà "
            "hoạt động ban đầu cho biết có năm người bị giữ, nhưng hai người trong số đó sau đó "
            "đã được thả.",
        ),
    ],
)
def test_a_part_freed_of_a_group_counted_beside_it_leaves_the_group_held(
    lang: str, text: str
) -> None:
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.country == "CN"


# Thai: the part's "of them" after its noun (2 คนในนั้น), not right after the figure: the same.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "นักเคลื่อนไหวรายงานในตอนแรกว่าตำรวจจีนควบคุมตัวผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนที่เมือง"
            "ตานตง แต่ต่อมา 2 คนในนั้นได้รับการปล่อยตัว",
            5,
        ),
        (
            "ตำรวจจีนควบคุมตัวผู้แปรพักตร์ชาวเกาหลีเหนือ 6 คนที่เมืองเหยียนจี๋เมื่อสัปดาห์ที่แล้ว "
            "ต่อมา 3 คนในนั้นได้รับการปล่อยตัว",
            6,
        ),
    ],
)
def test_a_thai_part_freed_told_after_its_noun_leaves_the_group_held(
    text: str, people: int
) -> None:
    verdict = verdict_of("th", "", text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == people


# People held, then in a sentence of its own more people, told only as added ("two more"),
# already freed or sent back, on no day: others; the people stay held and are counted alone.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Five North Korean defectors were arrested in Dandong. Two more have already been "
            "repatriated.",
        ),
        (
            "en",
            "Police in Yanji detained four North Korean women. Three more North Koreans have "
            "already been released.",
        ),
        ("ko", "탈북민 5명이 단둥에서 체포됐다. 또 다른 2명은 이미 북송됐다."),
        ("zh", "五名脱北者在丹东被捕。另有两人已被强制遣返。"),
        ("ja", "脱北者5人が丹東で拘束された。さらに2人が既に送還された。"),
        ("ru", "Пятеро беглецов из КНДР задержаны в Даньдуне. Ещё двое уже депортированы."),
        ("vi", "Năm người đào tẩu Triều Tiên bị bắt ở Đan Đông. Thêm hai người đã bị trả về."),
    ],
)
def test_more_people_already_freed_or_sent_back_are_others(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people in (4, 5)
    assert verdict.facts.country == "CN"


# People held, then more people after an `added_or_rest` word (อีก 2 คน, 还有两人) already sent
# back or freed, with no all-clear told before: others; the people stay held, counted alone.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("th", "ผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนถูกจับที่ตานตง อีก 2 คนถูกส่งกลับไปแล้ว"),
        ("th", "ผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนถูกจับที่ตานตง อีก 2 คนได้รับการปล่อยตัวแล้ว"),
        ("th", "ตำรวจจีนจับกุมชาวเกาหลีเหนือ 5 คนที่ตานตง และอีก 2 คนถูกส่งตัวกลับเกาหลีเหนือแล้ว"),
        ("th", "ผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนถูกจับที่ตานตง\nอีก 2 คนถูกส่งกลับไปแล้ว"),
        ("zh", "五名脱北者在丹东被捕。还有两人已被强制遣返。"),
        ("zh", "五名脱北者在丹东被捕，还有两人已获释。"),
        ("zh", "五名脫北者在丹東被捕。還有兩人已被強制遣返。"),
    ],
)
def test_more_people_after_an_added_or_rest_word_already_gone_are_others(
    lang: str, text: str
) -> None:
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == 5
    assert verdict.facts.country == "CN"


# After a part freed, the same word tells the rest of the group: never summed with it, and
# their custody or return is the incident's.
@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        (
            "th",
            "ตำรวจจีนจับชาวเกาหลีเหนือ 7 คนที่ตานตง ปล่อยตัว 3 คน ผู้แปรพักตร์อีก 4 คนยังถูกควบคุมตัว",
            Status.DETAINED,
        ),
        (
            "th",
            "ตำรวจจีนจับชาวเกาหลีเหนือ 7 คนที่ตานตง ปล่อยตัว 3 คน อีก 4 คนยังถูกควบคุมตัว",
            Status.DETAINED,
        ),
        ("zh", "中国警方在丹东抓捕了7名脱北者，释放了3人，还有4人仍被关押。", Status.DETAINED),
        ("zh", "中国警方在丹东抓捕了7名脱北者。其中3人获释。还有4人仍被关押。", Status.DETAINED),
        (
            "zh",
            "中国警方在丹东抓捕了7名脱北者。其中3人获释，还有4人已被遣返。",
            Status.REPATRIATED,
        ),
    ],
)
def test_the_same_word_after_a_part_freed_tells_the_rest(
    lang: str, text: str, status: Status
) -> None:
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.status is status
    assert verdict.facts.people == 7


def test_an_added_or_rest_word_must_not_be_additive(tmp_path: Path) -> None:
    lexicon = tmp_path / "xx.yaml"
    lexicon.write_text(
        "language: xx\nadditive: [again]\nadded_or_rest: [again]\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"added_or_rest: .* must not be one of"):
        load_lexicon([lexicon])
