"""Head counts and incident dates are read the way an advocate would read them."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bot.classify import classify, default_classifier
from bot.classify.headcount import STATUS_WORDS
from bot.classify.people import choose_people
from bot.classify.starts import opened, starts
from bot.domain import Document, Status, Tier


def people(sentence: str) -> tuple[int | None, bool]:
    classifier = default_classifier()
    hits = classifier.scan(sentence)
    words = [h.start for h in hits if h.has("number")]
    events = [h.start for h in hits if not h.concepts.isdisjoint(STATUS_WORDS)]
    chosen = choose_people(classifier.counts.read(sentence, words, events), singular=None)
    return chosen.count, chosen.approx


@pytest.mark.parametrize(
    ("sentence", "count", "approx"),
    [
        ("Guards stopped 14 defectors at the river.", 14, False),
        ("Guards stopped eleven defectors at the river.", 11, False),
        ("Guards stopped twenty-two refugees at the river.", 22, False),
        ("Police found a family of five hiding in a barn.", 5, False),
        ("Police found a six-member family hiding in a barn.", 6, False),
        ("About 20 North Koreans were held overnight.", 20, True),
        ("Between 15 and 20 North Koreans were held overnight.", None, True),
        ("15 to 20 North Koreans were held overnight.", None, True),
        ("More than 30 North Koreans were held overnight.", None, True),
        ("Over 30 North Koreans were held overnight.", None, True),
        ("Guards handed over six defectors to the North.", 6, False),
        ("Police are turning over 4 refugees to border troops.", 4, False),
        ("Guards handed over more than 40 defectors to the North.", None, True),
        ("A total of 9 people, 4 women and 5 men, were held.", 9, False),
        ("탈북민 12명이 붙잡혔다.", 12, False),
        ("탈북민 20여 명이 붙잡혔다.", None, True),
        ("탈북민 10여명이 붙잡혔다.", None, True),
        ("탈북민 십여 명이 붙잡혔다.", None, True),
        ("탈북민 열한 명이 붙잡혔다.", 11, False),
        ("탈북민 스물세 명이 붙잡혔다.", 23, False),
        ("탈북민 서른다섯 명이 붙잡혔다.", 35, False),
        ("탈북민 약 30명이 붙잡혔다.", 30, True),
        ("탈북민 스무 명 가까이가 창바이에서 붙잡혔다.", 20, True),
        ("탈북민 거의 30명이 붙잡혔다.", 30, True),
        ("脱北者30人近くが拘束された。", 30, True),
        ("脱北者ほぼ30人が拘束された。", 30, True),
        ("ตำรวจควบคุมตัวชาวเกาหลีเหนือเกือบ 30 คนที่ชายแดน", 30, True),
        ("여성 2명과 남성 4명 등 6명이 붙잡혔다.", 6, False),
        ("十一名脱北者被抓。", 11, False),
        ("一週前,15名脱北者被捕。", 15, False),
        ("二十余名脱北者被抓。", None, True),
        ("脱北者7人が拘束された。", 7, False),
        ("子ども2人を含む脱北者9人が拘束された。", 9, False),
        ("Задержаны пять человек.", 5, False),
        ("Задержаны три человека.", 3, False),
        ("Шестерым беженцам грозит высылка.", 6, False),
        ("Полиция задержала двух граждан КНДР.", 2, False),
        ("Пограничники задержали беглецов вместе с тремя беженцами.", 3, False),
        ("Пограничники задержали троих граждан КНДР.", 3, False),
        ("Трое из них задержаны в Хабаровске.", 3, False),
        ("Eight arrested in raid on a safe house", 8, False),
        ("Biên phòng bắt giữ hai người đào tẩu Triều Tiên.", 2, False),
        ("Hai phụ nữ Triều Tiên bị tạm giữ tại Móng Cái.", 2, False),
        ("Biên phòng bắt giữ 3 người Triều Tiên hôm thứ hai.", 3, False),
        ("Ba phụ nữ Triều Tiên bị tạm giữ tại Móng Cái.", 3, False),
        ("Vào tháng Ba người đào tẩu Triều Tiên bị bắt.", None, False),
        ("At least 13 North Koreans were held overnight.", None, True),
        ("至少13名脱北者被捕。", None, True),
        ("逾百名脱北者被遣返。", None, True),
        ("超過40名脫北者被捕。", None, True),
        ("50名以上的脱北者被抓。", None, True),
        ("几十名脱北者在边境被抓。", None, True),
        ("Dozens of North Korean defectors were held overnight.", None, True),
        ("탈북민 수십 명이 붙잡혔다.", None, True),
        ("数十人の脱北者が拘束された。", None, True),
        ("Задержаны несколько десятков граждан КНДР.", None, True),
        ("Biên phòng bắt giữ hàng chục người Triều Tiên.", None, True),
        ("十几名脱北者在边境被抓。", None, True),
        ("ตำรวจควบคุมตัวชาวเกาหลีเหนือหลายสิบคนที่ชายแดน", None, True),
        ("ตำรวจควบคุมตัวชาวเกาหลีเหนืออย่างน้อย 6 คน", None, True),
        ("ตำรวจควบคุมตัวชาวเกาหลีเหนือประมาณ 15 คน", 15, True),
        ("ตำรวจจับกุมชาวเกาหลีเหนือสิบห้าคนที่เชียงแสน", 15, False),
        ("ตำรวจจับกุมชาวเกาหลีเหนือยี่สิบเอ็ดรายที่เชียงของ", 21, False),
        ("ตำรวจจับกุมชาวเกาหลีเหนือสามสิบสองคนที่หนองคาย", 32, False),
        ("Полиция задержала семнадцать беглецов из КНДР у реки.", 17, False),
        ("Суд постановил выдворить шестнадцать граждан КНДР.", 16, False),
        ("Пограничники задержали около сорока нарушителей у реки.", 40, True),
        ("In 2019, North Koreans crossed the river.", None, False),
        ("The list they published named nobody.", None, False),
    ],
    ids=lambda value: str(value)[:40],
)  # fmt: skip
def test_counts_are_read_in_every_language(sentence: str, count: int | None, approx: bool) -> None:
    assert people(sentence) == (count, approx)


@pytest.mark.parametrize(
    ("sentence", "count", "approx"),
    [
        ("Border guards caught 10-odd North Korean defectors near Tumen.", None, True),
        ("Border guards caught 20-plus North Korean defectors near Tumen.", None, True),
        ("Border guards caught 12 or more North Korean defectors near Tumen.", None, True),
        ("Border guards caught 20 or so North Korean defectors near Tumen.", 20, True),
        ("Biên phòng bắt giữ mười mấy người Triều Tiên tại Móng Cái.", None, True),
        ("Biên phòng bắt giữ hai mươi mấy người Triều Tiên tại Móng Cái.", None, True),
        ("Biên phòng bắt giữ mười lăm người Triều Tiên tại Móng Cái.", 15, False),
        ("Biên phòng bắt giữ hai mươi mốt người Triều Tiên tại Móng Cái.", 21, False),
        ("В Приморье задержаны двадцать с лишним граждан КНДР.", None, True),
        ("В Приморье задержаны 30 с небольшим беглецов из КНДР.", None, True),
        ("ตำรวจควบคุมตัวชาวเกาหลีเหนือสิบกว่าคนที่ชายแดน", None, True),
    ],
    ids=lambda value: str(value)[:40],
)  # fmt: skip
def test_a_bound_after_the_figure_gives_no_exact_count(
    sentence: str, count: int | None, approx: bool
) -> None:
    """ "Ten-odd" is more than ten: no head count, as "more than ten" gives none."""
    assert people(sentence) == (count, approx)


def test_an_open_lower_bound_is_refined_by_a_later_exact_figure() -> None:
    reader = default_classifier().counts
    counts = reader.read("탈북민 10여명이 붙잡혔다") + reader.read("모두 12명이다")
    assert choose_people(counts, singular=None).count == 12


def test_another_group_is_added_to_the_first() -> None:
    reader = default_classifier().counts
    counts = reader.read("Police held 7 defectors in one town") + reader.read(
        "and another 3 defectors in the next"
    )
    assert choose_people(counts, singular=None).count == 10


@pytest.mark.parametrize(
    ("sentences", "count"),
    [
        (["A family of five was caught in Kunming.",
          "Fifteen defectors were held, including the family."], 15),
        (["脱北者一家五口被捕。", "15名脱北者被捕，其中包括这一家人。"], 15),
        (["탈북민 일가족 5명이 체포됐다.", "이들과 함께 체포된 다른 탈북민 12명도 갇혀 있다."], 17),
        (["Police held 7 defectors in one town.", "They also held 3 other defectors nearby."], 10),
        (["5人のうち2人が子どもだった。"], 5),
        (["Công an bắt 4 người Triều Tiên ở Đan Đông.", "Sau đó 6 người khác bị bắt ở Đồ Môn."],
         10),
        (["В Китае задержаны четверо перебежчиков.", "Ещё двое задержаны позже в Яньцзи."], 6),
    ],
    ids=["en-including", "zh-among-them", "ko-other", "en-other", "ja-of-whom", "vi-others",
         "ru-two-more"],
)  # fmt: skip
def test_a_later_total_counts_everyone_and_others_are_added(
    sentences: list[str], count: int
) -> None:
    classifier = default_classifier()
    counts = [
        c
        for s in sentences
        for c in classifier.counts.read(
            s, [h.start for h in classifier.scan(s) if h.has("number")]
        )
    ]
    assert choose_people(counts, singular=None).count == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A North Korean woman was arrested in Shenyang along with two other defectors, her "
         "husband told reporters.", 3),
        ("A North Korean defector was detained in Yanji with three other women, a church group "
         "said.", 4),
        ("一名脱北妇女与另外两名脱北者在沈阳被公安逮捕。", 3),
        ("A North Korean man was held in Tumen with more than ten other defectors.", None),
        ("A North Korean woman was arrested in Guangxi as she tried to reach Vietnam. Five others "
         "were caught with her.", 6),
    ],
    ids=["en-two-other", "en-three-other-women", "zh-another-two", "en-bound", "en-five-others"],
)  # fmt: skip
def test_one_person_held_with_others_counts_the_one_and_the_others(
    text: str, count: int | None
) -> None:
    verdict = classify(Document("r", "", text, date=date(2026, 11, 20)))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Chinese police arrested five North Korean defectors in Shenyang last week. Last month, "
         "three other defectors were caught in Dandong and sent back.", 5),
        ("중국 공안이 지난주 선양에서 탈북민 5명을 체포했다. 지난달에도 단둥에서 다른 탈북민 3명이 "
         "체포돼 북송됐다.", 5),
        ("中国公安が先週、瀋陽で脱北者5人を拘束した。先月にも丹東で別の脱北者3人が拘束され、送還された。",
         5),
        ("中国公安上周在沈阳逮捕了5名脱北者。上个月，另有3名脱北者在丹东被捕并被遣返。", 5),
        # Told of no time of their own, the others are caught with them.
        ("Chinese police arrested five North Korean defectors in Shenyang last week. Three other "
         "defectors were caught with them.", 8),
    ],
    ids=["en-last-month", "ko-last-month", "ja-last-month", "zh-last-month", "en-with-them"],
)  # fmt: skip
def test_others_caught_at_another_time_are_not_added_to_the_people(text: str, count: int) -> None:
    verdict = classify(Document("t", "News", text, date=date(2026, 11, 20)))
    assert verdict.facts.people == count


def test_a_headline_figure_of_more_people_counts_from_the_figure_the_text_gives_first() -> None:
    verdict = classify(
        Document(
            "more",
            "Thêm 6 người Triều Tiên bị bắt",
            "Công an Trung Quốc bắt 4 người Triều Tiên ở Đan Đông hôm thứ Hai, rồi bắt 6 người "
            "khác ở Đồ Môn hôm thứ Tư.",
            date=date(2024, 5, 20),
        )
    )
    assert verdict.facts.people == 10


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("Six North Korean defectors caught in Hekou",
         "Border police in Hekou caught four North Korean women on Friday along with two other "
         "defectors who had crossed with them.", 6),
        ("탈북민 6명 허커우서 체포",
         "탈북 여성 4명이 다른 탈북민 2명과 함께 금요일 허커우에서 붙잡혔다.", 6),
        ("탈북민 6명 허커우서 체포",
         "중국 공안이 허커우에서 탈북 여성 4명을 붙잡았다. 함께 있던 다른 탈북민 2명도 체포됐다.", 6),
        ("六名脱北者在河口被抓",
         "四名脱北妇女周五与另外两名脱北者一起在河口被边防警察抓获。", 6),
        # with no total before them, the others are added to the part
        ("North Korean defectors caught in Hekou",
         "Border police in Hekou caught four North Korean women on Friday along with two other "
         "defectors who had crossed with them.", 6),
    ],
    ids=["en", "ko", "ko-two-sentences", "zh", "en-no-total-before"],
)  # fmt: skip
def test_a_headline_total_told_again_as_a_part_and_others_is_not_added_to(
    title: str, text: str, count: int
) -> None:
    """ "Six defectors caught": the text's "four women ... along with two other defectors" are
    the same six, not ten."""
    verdict = classify(Document("h", title, f"{title}\n{text}", date=date(2026, 6, 10)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("Women and children held in Laos",
         "Lao police detained two North Korean women and three children near the Chinese border "
         "on Monday, an aid worker said.", 5),
        ("탈북민 가족 라오스서 구금",
         "라오스 북부에서 탈북 여성 2명과 어린이 1명이 지난 13일 현지 경찰에 구금됐다.", 3),
        ("탈북 여성 2명·어린이 1명 라오스서 구금",
         "라오스 경찰이 지난 13일 국경 인근에서 탈북민들을 구금했다고 소식통이 전했다.", 3),
        ("ラオスで脱北者拘束",
         "ラオス北部で13日、脱北女性2人と子ども1人が地元警察に拘束された。", 3),
        ("จับหญิงเกาหลีเหนือที่เชียงของ",
         "ตำรวจจับกุมหญิงชาวเกาหลีเหนือ 2 คน พร้อมเด็กอีกหนึ่งคน ที่อำเภอเชียงของเมื่อวันจันทร์", 3),
        # A family told as made of a couple and a son (부부와 어린 아들로): the member before 로.
        ("탈북민 일가족 붙잡혀",
         "탈북민 일가족이 중국 쿤밍에서 공안에 붙잡혔다. 소식통은 \"일가족은 부부와 어린 아들로, "
         "쿤밍의 구류장에 갇혀 있다\"고 전했다.", 3),
    ],
    ids=["en-and", "ko-gwa", "ko-headline-dot", "ja-to", "th-one-more-in-words", "ko-ro"],
)  # fmt: skip
def test_groups_joined_by_and_are_counted_together(title: str, text: str, count: int) -> None:
    verdict = classify(Document("g", title, text, date=date(2024, 5, 20)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("Lao police detain N. Korean man, three children",
         "Police in Luang Namtha detained the group on Monday "
         "for illegal entry, a church worker said.", 4),
        ("N. Korean woman, two sons held in Laos", "They were caught near Vientiane on Monday.", 3),
    ],
    ids=["en-headline-verb-first", "en-headline-opens"],
)  # fmt: skip
def test_one_person_then_a_figure_parted_by_a_comma_count_together(
    title: str, text: str, count: int
) -> None:
    verdict = classify(Document("c", title, text, lang="en", date=date(2024, 5, 20)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("Couple held in Vladivostok",
         "A North Korean couple who fled a logging camp were detained in Vladivostok on Monday.",
         2),
        ("Family moved to Tumen",
         "A North Korean couple and their two children, detained in Yanji on Monday, have been "
         "moved to a border post in Tumen.", 4),
        ("Arrests in Shenyang",
         "Chinese police arrested five North Korean defectors in Shenyang on Monday, a couple of "
         "days after they crossed the river.", 5),
        ("탈북민 부부 中서 체포", "탈북민 부부가 지난 13일 중국 선양에서 공안에 체포됐다.", 2),
        ("탈북민 모자 北송환 위기",
         "중국 투먼에 구금된 탈북민 모자가 이르면 다음 주 북송될 위기에 놓였다.", 2),
        ("脱北者母娘を拘束", "中国公安は13日、瀋陽で脱北者母娘を拘束した。", 2),
        ("Mother and daughter held in Tumen",
         "Border police held a North Korean mother and daughter in Tumen on Friday, a relative "
         "in Seoul said.", 2),
        ("Father, son and three others held",
         "A North Korean father and son and three other defectors were arrested in Dandong.", 5),
        ("N. Korean mother, daughter held in Tumen",
         "Border police held a North Korean woman in Tumen on Friday along with her daughter. "
         "She faces repatriation, a relative in Seoul said on Saturday.", 2),
        ("Father, son and three others held in Dandong",
         "They were arrested on Monday, a North Korean activist said.", 5),
        ("ตม.ควบคุมตัวครอบครัวชาวเกาหลีเหนือ",
         "เจ้าหน้าที่ควบคุมตัวครอบครัวชาวเกาหลีเหนือ ประกอบด้วยพ่อ แม่ และลูกสาววัย 10 ขวบ", 3),
        ("จับครอบครัวชาวเกาหลีเหนือ",
         "ตำรวจจับกุมครอบครัวชาวเกาหลีเหนือ ซึ่งมีพ่อแม่และลูกชาย 2 คน ที่เชียงของ", 4),
    ],
    ids=["en-couple", "en-couple-and-children", "en-a-couple-of-days", "ko-couple",
         "ko-mother-and-son", "ja-mother-and-daughter", "en-mother-and-daughter",
         "en-father-and-son-and-others", "en-headline-mother-comma-daughter",
         "en-headline-father-comma-son-and-others", "th-father-mother-and-daughter",
         "th-parents-and-two-sons"],
)  # fmt: skip
def test_a_pair_word_counts_two(title: str, text: str, count: int) -> None:
    verdict = classify(Document("w", title, text, date=date(2024, 5, 20)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Chinese police detained half a dozen North Korean defectors in Hunchun on Monday.", 6),
        ("Chinese police detained a pair of North Korean defectors in Hunchun on Monday.", 2),
        ("Chinese police detained a dozen North Korean defectors in Hunchun on Monday.", 12),
    ],
    ids=["half-a-dozen", "a-pair-of", "a-dozen"],
)  # fmt: skip
def test_english_counts_told_by_a_dozen_or_a_pair(text: str, count: int) -> None:
    verdict = classify(Document("d", "", text, date=date(2026, 6, 10)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Три беглянки из КНДР задержаны полицией в Тумэне.", 3),
        ("Полиция Тумэня задержала пять беглянок из КНДР.", 5),
        ("Две женщины из КНДР задержаны полицией в Тумэне.", 2),
    ],
    ids=["ru-three-after-two-to-four", "ru-five-genitive-plural", "ru-two-women"],
)  # fmt: skip
def test_russian_women_are_counted_in_every_case_a_figure_takes(text: str, count: int) -> None:
    """Три беглянки, пять беглянок, две женщины: the noun's form follows the figure."""
    verdict = classify(Document("r", "", text, date=date(2026, 6, 10)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("탈북 모녀가 지난 13일 중국 선양에서 공안에 체포됐다.", 2),
        ("탈북민 세 모녀가 지난 13일 중국 선양에서 공안에 체포됐다.", 3),
        ("중국 공안이 지난 13일 선양에서 탈북민 3모자를 체포했다.", 3),
        # 모자 is also a hat: only before a space or "and" is it the pair
        ("탈북민 5명이 모자를 쓴 채 지난 13일 중국 선양에서 체포됐다.", 5),
    ],
    ids=["ko-pair-before-particle", "ko-three-mother-and-daughters", "ko-digit-mother-and-sons",
         "ko-hat"],
)  # fmt: skip
def test_a_korean_mother_and_her_children_are_counted_by_the_figure_before_them(
    text: str, count: int
) -> None:
    """탈북 모녀가: two; 세 모녀 (a mother and two daughters): three."""
    verdict = classify(Document("k", "", text, date=date(2026, 6, 10)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    "text",
    ["탈북민 일가족 다섯 식구가 지난주 라오스 북부에서 경찰에 체포됐다.",
     "라오스 경찰이 지난주 탈북 일가족 5식구를 체포했다."],
    ids=["word", "digit"],
)  # fmt: skip
def test_a_korean_household_is_counted_by_its_members(text: str) -> None:
    """일가족 다섯 식구: five, as 다섯 명 would be."""
    verdict = classify(Document("k", "", text, date=date(2026, 6, 10)))
    assert verdict.facts.people == 5


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("脱北者拘束", "和龍で脱北した母子3人が公安に拘束された。", 3),
        ("脱北者拘束", "和龍で脱北者の女性（30）と娘2人が公安に拘束された。", 3),
        ("脱北者被捕", "一个4口之家的脱北者在和龙被中国公安抓获。", 4),
    ],
    ids=["ja-pair-word-then-figure", "ja-age-after-the-person", "zh-family-of-four"],
)  # fmt: skip
def test_a_family_counted_by_its_figure_or_its_members(title: str, text: str, count: int) -> None:
    verdict = classify(Document("f", title, text, date=date(2024, 5, 20)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("Defectors held in Shenyang",
         "Police in Shenyang arrested two women and a seven-year-old boy who had fled North Korea, "
         "activists said on Tuesday.", 3),
        ("Defectors held in Yunnan",
         "Chinese border guards detained a mother and her two children who had escaped from North "
         "Korea last month.", 3),
        ("Defector family held in Laos",
         "Lao authorities detained a couple and their three children, all North Korean defectors, "
         "near the border.", 5),
        ("Defectors caught in Yanji",
         "Chinese police caught a North Korean woman and her daughter in Yanji and are expected to "
         "repatriate them.", 2),
        ("Defectors held in Laos",
         "Lao police detained four North Korean defectors and a Chinese man who drove them to the "
         "border.", 4),
        ("Defector and children caught in Harbin",
         "A North Korean defector and her two children were caught in a raid in Harbin, a rights "
         "group said.", 3),
        ("탈북민 라오스서 체포", "라오스 경찰이 탈북민 어머니와 자녀 2명을 국경 인근에서 체포했다.", 3),
        ("脱北者在云南被捕", "中国警方在云南逮捕了一名脱北者母亲和两个孩子，他们面临遣返朝鲜。", 3),
        ("脱北者母女被捕", "一对脱北者母女上周在延吉被中国警方逮捕，面临被强制遣返。", 2),
        ("脱北者が中国で拘束", "中国当局は脱北者の母親と子ども2人を拘束し、北朝鮮に送還する恐れがある。", 3),
        ("脱北者を拘束", "中国公安は先週、瀋陽で脱北者の女性2人と男児を拘束した。", 3),
        ("Задержаны беглецы из КНДР",
         "Китайская полиция задержала двух женщин и мальчика, бежавших из КНДР, сообщили "
         "правозащитники.", 3),
        ("Bắt giữ người đào tẩu Triều Tiên",
         "Công an đã bắt giữ hai phụ nữ và một bé trai người Triều Tiên đào tẩu tại Lào Cai.", 3),
        ("Tạm giữ người Triều Tiên",
         "Biên phòng Quảng Ninh tạm giữ ba phụ nữ Triều Tiên và một bé gái gần cửa khẩu.", 4),
    ],
    ids=["en-two-and-a-boy", "en-mother-and-two", "en-couple-and-three", "en-woman-and-daughter",
         "en-helper-not-counted", "en-defector-and-two", "ko-mother-and-two", "zh-mother-and-two", "zh-mother-daughter",
         "ja-mother-and-two", "ja-two-and-a-boy", "ru-two-and-a-boy", "vi-two-and-a-boy",
         "vi-nationality-after-the-noun"],
)  # fmt: skip
def test_a_person_named_without_a_figure_joins_the_figure_beside_it(
    title: str, text: str, count: int
) -> None:
    verdict = classify(Document("m", title, text, date=date(2024, 5, 20)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Lao police detained a North Korean father, mother and three children near the Thai "
         "border on Sunday.", 5),
        ("A North Korean grandmother, mother and two boys were held by Chinese police in Tumen.", 4),
        ("A North Korean defector, father of three, was held by Chinese police in Tumen.", 1),
    ],
    ids=["father-mother-and-three", "grandmother-mother-and-two", "apposition-is-the-same-man"],
)  # fmt: skip
def test_relatives_listed_with_commas_are_each_counted(text: str, count: int) -> None:
    verdict = classify(Document("l", "Defector family held", text, date=date(2024, 5, 20)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("탈북민 모자 체포", "중국 공안이 지난주 단둥 시내에서 탈북민 여성과 아들을 붙잡았다.", 2),
        ("탈북민 체포", "탈북 남성과 그의 아내가 지난달 투먼의 한 민가에서 공안에 체포됐다.", 2),
        ("탈북민 체포", "탈북민 어머니와 두 딸이 옌지 버스터미널에서 공안에 붙잡혔다.", 3),
        ("탈북민 체포", "탈북 여성과 세 자녀가 지난주 훈춘에서 중국 공안에 체포됐다.", 4),
        ("脱北者を拘束", "中国の公安当局は先週、延吉で脱北者の女性とその息子を拘束した。", 2),
        ("脱北母娘を拘束", "中国・琿春で脱北した母娘が公安当局に拘束されたことが分かった。", 2),
        ("Defectors held in Yanji",
         "Chinese police arrested a North Korean mother and her two daughters at a Yanji hotel.",
         3),
        ("Family held in Tumen",
         "A North Korean woman and her three sons were detained by border police in Tumen.", 4),
    ],
    ids=["ko-woman-and-son", "ko-man-and-his-wife", "ko-mother-and-two-daughters",
         "ko-woman-and-three-children", "ja-woman-and-her-son", "ja-mother-and-daughter", "en-mother-and-two-daughters",
         "en-woman-and-three-sons"],
)  # fmt: skip
def test_the_last_person_of_a_family_counts_before_its_case_ending_or_number_word(
    title: str, text: str, count: int
) -> None:
    verdict = classify(Document("f", title, text, date=date(2024, 5, 20)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("Mother and three children held in Hunchun",
         "A North Korean woman and her three children were detained in Hunchun on Monday.", 4),
        ("Father and two sons caught in Longjing",
         "Chinese police caught a North Korean man and his two sons in Longjing on Monday.", 3),
    ],
    ids=["mother-and-three-children", "father-and-two-sons"],
)  # fmt: skip
def test_a_headline_opening_on_a_parent_without_article_counts_the_parent(
    title: str, text: str, count: int
) -> None:
    verdict = classify(Document("f", title, text, date=date(2024, 5, 20)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("Defectors held near Dandong",
         "Police detained three North Korean women, two men and a teenage girl near Dandong.", 6),
        ("Family held in Kunming",
         "Chinese police arrested a North Korean man, his wife and their baby daughter at a bus "
         "station in Kunming.", 3),
        ("탈북민 체포", "중국 공안이 탈북민 여성 3명과 남성 2명, 어린이 1명을 체포했다.", 6),
        ("脱北者被捕", "中国警方逮捕了3名妇女、2名男子和1名儿童，他们都是脱北者。", 6),
        ("脱北者拘束", "中国当局は脱北者の女性3人と男性2人、子ども1人を拘束した。", 6),
        ("Defectors held in Yanji",
         "Chinese police arrested five North Korean defectors, two of them children, and a South "
         "Korean pastor in Yanji.", 5),
        ("Arrests in China",
         "Chinese police arrested 12 North Korean defectors in Shenyang, 3 in Dandong and 4 in "
         "Yanji, a group said.", 12),
        ("จับชาวเกาหลีเหนือที่เชียงราย",
         "ตำรวจเชียงรายจับกุมชาวเกาหลีเหนือ ชาย 2 คน หญิง 5 คน ขณะข้ามแม่น้ำโขง", 7),
        ("จับชาวเกาหลีเหนือที่เชียงราย",
         "ตำรวจเชียงรายจับกุมชาวเกาหลีเหนือ 6 คน ปล่อยตัว 2 คน ในวันต่อมา", 6),
    ],
    ids=["en-list", "en-list-of-members", "ko-list", "zh-list", "ja-list",
         "en-part-of-the-figure", "en-places-not-a-list", "th-list-parted-by-spaces",
         "th-spaced-verb-not-a-list"],
)  # fmt: skip
def test_a_list_of_groups_ending_in_and_is_counted_together(
    title: str, text: str, count: int
) -> None:
    verdict = classify(Document("l", title, text, date=date(2024, 5, 20)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Chinese police arrested four North Korean defectors in Yanji and three in Hunchun on "
         "Friday, a church group said.", 7),
        ("중국 공안이 옌지에서 탈북민 4명을, 훈춘에서 3명을 붙잡았다고 교회 단체가 밝혔다.", 7),
        ("中国警方周五在延吉抓获4名脱北者，在珲春抓获3名。", 7),
        ("中国当局は金曜日、延吉で脱北者4人を、琿春で3人を拘束した。", 7),
        # ages are no second group, and the rest who reached safety are not the people held
        ("Two North Korean women aged 25 and 31 in Yanji were arrested on Friday.", 2),
        ("中国警方在延吉抓获4名脱北者，其余3人已在珲春获释。", 4),
    ],
    ids=["en", "ko", "zh", "ja", "en-ages", "zh-the-rest-freed"],
)  # fmt: skip
def test_groups_caught_at_two_places_are_counted_together(text: str, count: int) -> None:
    """ "Four in Yanji and three in Hunchun": seven people, caught in two places."""
    verdict = classify(Document("p", "", text, date=date(2024, 5, 20)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("脱北者被捕", "中国警方上周在沈阳逮捕了包括4名儿童在内的9名脱北者。", 9),
        ("脱北者被捕", "上周，包括两名儿童在内的一家五口在云南被中国警方抓获。", 5),
        ("脫北者被捕", "上週，包括2名兒童在內的一家5口在雲南被中國警方抓獲。", 5),
        ("脱北者被捕", "中国警方逮捕了9名脱北者，包括4名妇女和5名儿童。", 9),
        ("탈북민 체포", "중국 공안이 여성 4명과 어린이 5명 등 모두 9명의 탈북민을 체포했다.", 9),
        ("Задержаны беглецы из КНДР",
         "Полиция задержала девять беглецов из КНДР, включая четырех детей.", 9),
        ("Bắt người đào tẩu Triều Tiên",
         "Công an bắt giữ năm người đào tẩu Triều Tiên và hai người môi giới Trung Quốc.", 5),
        ("脱北者拘束", "中国当局は脱北者5人と中国人ブローカー1人を拘束した。", 5),
        ("Defectors arrested in Yanji",
         "Chinese police arrested five North Korean defectors, and a pastor said two women and "
         "three children were among them.", 5),
        ("Defectors arrested in Yanji",
         "Chinese police arrested seven North Korean defectors, among them three children, in "
         "Yanji.", 7),
    ],
    ids=["zh-parts-then-total", "zh-parts-then-family-of-five", "zh-hant-parts-then-family-of-5",
         "zh-total-then-parts", "ko-parts-then-total", "ru-including",
         "vi-brokers-not-added", "ja-broker-not-added", "en-parts-among-them",
         "en-total-among-them"],
)  # fmt: skip
def test_a_total_wins_over_its_parts_and_helpers_are_not_added(
    title: str, text: str, count: int
) -> None:
    verdict = classify(Document("t", title, text, date=date(2024, 5, 20)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("脱北者被捕", "在丹东藏身的9名脱北者中的4人上周被中国公安逮捕。", 4),
        ("脱北者拘束", "丹東に潜んでいた脱北者9人のうち4人が先週、中国公安に拘束された。", 4),
        ("탈북민 체포", "단둥에 숨어 있던 탈북민 9명 중 4명이 지난주 중국 공안에 체포됐다.", 4),
        ("Defectors held in Dandong",
         "Of the nine North Korean defectors hiding in Dandong, four were detained by Chinese "
         "police last week.", 4),
        ("Defectors held in Dandong",
         "Four of the nine North Korean defectors hiding in Dandong were detained by Chinese "
         "police last week.", 4),
        ("Беглецы задержаны в Даньдуне",
         "Из девяти беглецов из КНДР, скрывавшихся в Даньдуне, четверо задержаны китайской "
         "полицией.", 4),
        ("Người đào tẩu bị bắt ở Đan Đông",
         "Trong số 9 người Triều Tiên trốn ở Đan Đông, 4 người đã bị công an Trung Quốc bắt giữ.",
         4),
        ("탈북민 체포", "지난주 중국 공안에 체포된 탈북민 9명 중 4명은 어린이다.", 9),
        ("脱北者被捕", "上周被中国公安逮捕的9名脱北者中有4名儿童。", 9),
        ("脱北者拘束", "先週中国公安に拘束された脱北者9人のうち4人は子どもだ。", 9),
        ("Defectors held in Dandong",
         "Of the nine North Korean defectors detained by Chinese police in Dandong, four are "
         "children.", 9),
        ("Беглецы задержаны в Даньдуне",
         "Из девяти беглецов из КНДР, задержанных полицией в Даньдуне, четверо — дети.", 9),
        ("탈북민 체포", "중국 공안이 단둥에서 탈북민 9명을 체포했는데 이 중 4명이 어린이다.", 9),
        # the verb before both figures: it tells of the part named first
        ("Defectors held in Dandong",
         "Chinese police detained four of the nine North Korean defectors hiding in Dandong "
         "last week.", 4),
        ("Defectors caught on the Mekong",
         "Thai police caught two of seven North Korean women who crossed the Mekong on Sunday; "
         "the rest fled into the forest.", 2),
    ],
    ids=["zh-part-held", "ja-part-held", "ko-part-held", "en-of-the-group-part-held",
         "en-part-of-the-group-held", "ru-part-held", "vi-part-held", "ko-part-described",
         "zh-part-described", "ja-part-described", "en-part-described", "ru-part-described",
         "ko-held-then-part-described", "en-verb-before-part", "en-verb-before-part-rest-fled"],
)  # fmt: skip
def test_a_part_of_a_group_is_the_people_when_the_event_is_told_of_it(
    title: str, text: str, count: int
) -> None:
    """ "9명 중 4명이 체포됐다": the four were arrested. "체포된 9명 중 4명은 어린이다": the
    nine were, and the four only describe them."""
    verdict = classify(Document("p", title, text, date=date(2024, 5, 20)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh-Hant", "上月在丹東被捕的8名北韓人中，2人已於週二獲釋，其餘6人仍被關押。"),
        ("zh-Hans", "上月在丹东被捕的8名朝鲜人中，2人已于周二获释，剩下6人仍被关押。"),
        ("ja", "先月丹東で拘束された脱北者8人のうち2人は火曜日に釈放され、残りの6人は収容されたままだ。"),
    ],
    ids=["zh-hant-其餘", "zh-hans-剩下", "ja-残り"],
)  # fmt: skip
def test_a_group_parted_between_two_fates_in_one_sentence_is_counted_whole(
    lang: str, text: str
) -> None:
    """ "8人中，2人获释，其余6人仍被关押": a part freed and the rest held, each with its own
    status word; the group's figure counts, not the part's."""
    verdict = classify(Document("p", "", text, lang, date=date(2024, 5, 20)))
    assert verdict.facts.people == 8


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("脱北者拘束", "延吉に潜んでいた脱北者6人（うち2人は十代の少女）が今月、中国公安に拘束された。", 6),
        ("탈북민 체포", "옌지에 숨어 있던 탈북민 6명(이 중 2명은 10대 소녀)이 이달 중국 공안에 체포됐다.", 6),
        ("脱北者被捕", "藏身延吉的6名脱北者（其中2人是少女）本月被中国公安逮捕。", 6),
        ("Defectors held in Yanji",
         "Six North Korean defectors (two of them teenage girls) hiding in Yanji were detained "
         "by Chinese police this month.", 6),
        ("脱北者拘束", "延吉に潜んでいた脱北者6人のうち2人（いずれも十代の少女）が今月、中国公安に拘束された。", 2),
        ("탈북민 체포", "옌지에 숨어 있던 탈북민 6명 중 2명(모두 10대 소녀)이 이달 중국 공안에 체포됐다.", 2),
    ],
    ids=["ja-part-in-aside", "ko-part-in-aside", "zh-part-in-aside", "en-part-in-aside",
         "ja-aside-after-part", "ko-aside-after-part"],
)  # fmt: skip
def test_a_part_told_in_an_aside_leaves_the_group_counted(
    title: str, text: str, count: int
) -> None:
    """ "6명(이 중 2명은 10대 소녀)이 체포됐다": the six were arrested, the aside only describes
    two of them; an aside after the part ("6명 중 2명(모두 10대 소녀)이 체포") still leaves the
    arrest told of the two."""
    verdict = classify(Document("a", title, text, date=date(2024, 5, 20)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Defectors held in Hunchun",
         "Two North Korean defectors (a mother and her teenage son) were detained in Hunchun "
         "on Sunday."),
        ("脱北者被捕", "2名脱北者（母亲和儿子）周日在珲春被拘留。"),
        ("Беглецы задержаны в Хуньчуне",
         "Двое беглецов из КНДР (мать и сын) задержаны в Хуньчуне в воскресенье."),
        ("脱北者拘束", "脱北者2人（母親と息子）が日曜日、琿春で拘束された。"),
        ("탈북민 체포", "탈북민 2명(어머니와 아들)이 일요일 훈춘에서 체포됐다."),
    ],
    ids=["en-aside", "zh-aside", "ru-aside", "ja-aside", "ko-aside"],
)  # fmt: skip
def test_people_named_in_an_aside_after_their_figure_are_not_more_of_them(
    title: str, text: str
) -> None:
    """ "Two defectors (a mother and her son)": the aside says who the two are."""
    verdict = classify(Document("n", title, text, date=date(2024, 5, 20)))
    assert verdict.facts.people == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police in Hunchun detained a North Korean woman with her two children on Sunday.", 3),
        ("一名脱北妇女带着两个孩子周日在珲春被中国警方拘留。", 3),
        ("Полиция Хуньчуня задержала беглянку из КНДР с двумя детьми.", 3),
        ("ตำรวจจับกุมหญิงชาวเกาหลีเหนือกับลูกสองคนที่อำเภอแม่สาย", 3),
        ("Công an Hồn Xuân đã bắt giữ một phụ nữ Triều Tiên đào tẩu cùng hai đứa con.", 3),
        ("脱北者の女性が子ども2人と一緒に琿春で拘束された。", 3),
        ("La police chinoise a arrêté une réfugiée nord-coréenne avec ses deux enfants à Hunchun.",
         3),
        ("La policía china detuvo a una desertora norcoreana con sus dos hijos en Hunchun.", 3),
        ("Die chinesische Polizei hat eine nordkoreanische Frau mit ihren zwei Kindern in Hunchun "
         "festgenommen.", 3),
    ],
    ids=["en", "zh", "ru", "th", "vi", "ja", "fr", "es", "de"],
)  # fmt: skip
def test_a_woman_held_with_her_children_counts_them_all(text: str, count: int) -> None:
    """ "A woman with her two children": the one and the two, three in all."""
    verdict = classify(Document("w", "", text, date=date(2024, 5, 20)))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police detained two North Korean defectors, a mother and her teenage son, in Hunchun "
         "on Sunday.", 2),
        ("中国警方周日在珲春拘留了两名脱北者，一名妇女和她的儿子。", 2),
        ("Полиция задержала в Хуньчуне двух беглецов из КНДР, мать и сына.", 2),
        ("中国当局は日曜日、脱北者2人、母親と息子を琿春で拘束した。", 2),
        ("중국 공안이 일요일 탈북민 2명, 어머니와 아들을 훈춘에서 체포했다.", 2),
        ("Công an Hồn Xuân đã bắt giữ hai người Triều Tiên đào tẩu, một người mẹ và con trai.", 2),
        # a list of groups adds up, even when its first figure is the sum of the rest
        ("Police detained three North Korean women, two men and a boy in Hunchun.", 6),
        # a group and one person who add up to the figure say who its people are
        ("Police detained three North Korean refugees, two women and a man, in Hunchun.", 3),
        ("La police a arrêté trois réfugiés nord-coréens, deux femmes et un homme, à Hunchun.", 3),
        ("La policía detuvo a tres refugiados norcoreanos, dos mujeres y un hombre, en Hunchun.",
         3),
    ],
    ids=["en", "zh", "ru", "ja", "ko", "vi", "en-list", "en-group-and-one", "fr-group-and-one",
         "es-group-and-one"],
)  # fmt: skip
def test_people_named_again_after_a_comma_are_not_more_of_them(text: str, count: int) -> None:
    """ "Two defectors, a mother and her son": after the comma, the same two."""
    verdict = classify(Document("n", "", text, date=date(2024, 5, 20)))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("탈북민 체포", "중국 공안이 허룽에서 탈북민 6명과 이들을 숨겨 준 조선족 2명을 붙잡았다."),
        ("탈북민 체포", "중국 공안이 허룽에서 탈북민 6명과 이들의 탈북을 도운 중국인 2명을 붙잡았다."),
        ("脱北者拘束", "中国公安が和龍で脱北者6人と、手引きした朝鮮族の男2人を拘束した。"),
        ("脫北者被捕", "中國公安在和龍抓獲6名脫北者及2名蛇頭。"),
        ("脱北者被捕", "中国公安在和龙抓获6名脱北者和2名协助其偷渡的当地人。"),
        ("脱北者被捕", "6名脱北者上周在和龙被捕，另有两名中国籍向导也被拘留。"),
    ],
    ids=["ko-hid-them", "ko-helped-them", "ja-guided-them", "zh-hant-snakeheads", "zh-helped",
         "zh-guides-besides"],
)  # fmt: skip
def test_the_locals_who_helped_them_counted_beside_them_are_not_the_people(
    title: str, text: str
) -> None:
    verdict = classify(Document("h", title, text, date=date(2024, 5, 20)))
    assert verdict.facts.people == 6


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("Eleven held in Hunchun raid",
         "Chinese police arrested 11 people in Hunchun, including seven North Korean defectors "
         "and four Chinese brokers.", 7),
        ("В Хуньчуне задержаны 11 человек",
         "Китайская полиция задержала в Хуньчуне 11 человек, в том числе семь беглецов из КНДР "
         "и четырех китайских проводников.", 7),
        ("珲春11人被抓", "中国警方在珲春抓获11人，其中包括7名脱北者和4名中国蛇头。", 7),
        ("훈춘서 11명 체포", "중국 공안이 훈춘에서 탈북민 7명과 중국인 브로커 4명 등 11명을 체포했다.", 7),
        ("琿春で11人拘束", "中国当局は琿春で脱北者7人と中国人ブローカー4人の計11人を拘束した。", 7),
        # a total of the people's own parts stands
        ("훈춘서 11명 체포", "중국 공안이 훈춘에서 탈북 여성 7명과 어린이 4명 등 11명을 체포했다.", 11),
    ],
    ids=["en", "ru", "zh", "ko-parts-before-the-total", "ja-parts-before-the-total",
         "ko-the-people-s-own-parts"],
)  # fmt: skip
def test_a_total_that_holds_brokers_counts_only_the_people_in_it(
    title: str, text: str, count: int
) -> None:
    """ "11 people, including seven defectors and four brokers": the seven."""
    verdict = classify(Document("b", title, f"{title}\n{text}", date=date(2026, 6, 10)))
    assert verdict.facts.people == count


def test_missionaries_counted_beside_the_defectors_are_not_the_people() -> None:
    verdict = classify(
        Document(
            "m",
            "",
            "라오스 경찰이 한국인 선교사 2명과 탈북민 8명을 체포해 구금하고 있다고 소식통이 "
            "전했다.",
            date=date(2024, 5, 20),
        )
    )
    assert verdict.facts.people == 8


def test_one_named_person_counts_as_one() -> None:
    assert choose_people([], singular="a North Korean defector").count == 1


@pytest.mark.parametrize(
    "text",
    [
        "Суд в Хабаровске постановил выдворить 29-летнего северокорейца, задержанного на стройке.",
        "В Уссурийске задержан 41-летний гражданин КНДР, сбежавший с лесозаготовок.",
    ],
    ids=["ru-genitive", "ru-nominative"],
)
def test_an_age_joined_to_its_word_by_a_hyphen_is_no_head_count(text: str) -> None:
    verdict = classify(Document("r", "", text, date=date(2024, 5, 20)))
    assert verdict.facts.people == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The Strasbourg court applied Rule 39 to a North Korean man held in Novosibirsk.", 1),
        ("The Strasbourg court applied Rule 39 to three North Koreans held in Novosibirsk.", 3),
        ("ЕСПЧ применил правило 39 в отношении гражданина КНДР, которого держат в Новосибирске.",
         1),
        ("Суд назначил по статье 18 КоАП двоим гражданам КНДР выдворение; оба в спецприемнике.",
         2),
    ],
    ids=["en-rule-one", "en-rule-three", "ru-rule-one", "ru-article-two"],
)  # fmt: skip
def test_a_figure_after_a_rule_or_an_article_is_a_label_not_a_head_count(
    text: str, count: int
) -> None:
    verdict = classify(Document("r", "", text, date=date(2024, 5, 20)))
    assert verdict.facts.people == count


STARTED_PATTERNS = [
    (r"(?:(?P<pre>약|최소)\s*)?(?P<n>\d+|[일이삼]?십)\s*(?:명|인)", 0),
    (r"[一1]家(?P<n>[二三四五六七八九]|\d+)口|(?<!\d)(?P<m>\d+)\s*名", 0),
    (r"(?<![\w-])(?:(?:about|some)\s+)?\d+\s+(?:defectors?|women)(?!\w)", re.IGNORECASE),
    # case heeded again inside: the class, which ignores it, lets more through, never less
    (r"(?<![\w-])(?:(?-i:[A-Z][a-z]+)|about)\s+\d+", re.IGNORECASE),
]
STARTED_TEXTS = [
    "경찰이 탈북민 약 7명과 최소 이십 명을 붙잡았고 12인은 풀려났다. 십여 명이 남았다.",
    "警方称一家五口和另外3名脱北者于周二被捕，约20名仍下落不明。",
    "About 12 Defectors and SOME 3 women were held; 40 WOMEN waited.",
]


@pytest.mark.parametrize(("pattern", "flags"), STARTED_PATTERNS)
def test_the_first_characters_of_a_count_pattern_turn_away_no_place_it_matches(
    pattern: str, flags: int
) -> None:
    """A count is tried only where its pattern can start: every position where the pattern
    matches something is one the class of its first characters lets through."""
    compiled = re.compile(pattern, flags)
    opener = starts(compiled)
    assert opener is not None
    for text in STARTED_TEXTS:
        for at in range(len(text)):
            m = compiled.match(text, at)
            if m is not None and m.end() > at:
                assert opener.match(text, at), (pattern, text[at:])


COUNTED_TEXTS = [
    "Family of six stopped at the river crossing, say guards",
    "Guards said about 30 defectors and a family of three were stopped; some 5 others fled.",
    "Police arrested the four near Dandong and 2 in Yanji, officials said.",
]


def test_a_count_is_tried_only_at_words_that_can_open_one() -> None:
    """Before a figure, a count is tried at the word starts its first characters let through:
    every word where one matches (the headline's first word too: "Family of six"), and not a
    word no count opens on ("last week", 탈북민), which the headline pattern let through everywhere."""
    patterns = default_classifier().readers.counts.patterns
    for text in COUNTED_TEXTS:
        for at in range(len(text)):
            m = patterns.latin.match(text, at)
            if m is not None and (at == 0 or not re.match(r"[\w'’-]", text[at - 1])):
                assert patterns.latin_starts.match(text, at), text[at:]
    for text, at in (("Guards said last week 5 defectors fled", 12), ("공안이 탈북민 5명을", 4)):
        assert patterns.latin_starts.match(text, at) is None, text[at:]


OPENED_TEXTS = [
    *STARTED_TEXTS,
    "Last Monday, 7 March 2025, a MOTHER and her son were held; on the 3rd the boy was freed.",
    "Der \u212aapitän (\u212a, a Kelvin sign) and \u0130stanbul, \u017fome long s, ＡＢＣ ９ people.",
    "Семья из пяти человек, ДВОЕ детей и мать были задержаны 5 мая в Москве.",
    "지난 3일 탈북민 어머니와 딸이 체포됐다. 최명복(34) 씨는 2024년 5월 2일 풀려났다.",
    "先月3日、脱北者の母と娘が拘束された。キム・ヨンスさん（40）は二〇二四年に釈放された。",
    "ครอบครัวหนึ่งถูกจับเมื่อวันที่ 3 พฤษภาคม 2567 แม่และลูกสาว",
    "Hai mẹ con và một bé trai bị bắt ngày 5/3, cùng cha con ông Kim Chol-su, 41 tuổi.",
]


def _readers_patterns() -> list[re.Pattern[str]]:
    classifier = default_classifier()
    readers = classifier.readers
    return [
        *readers.dates._patterns,
        *readers.names._romanised,
        *readers.names._marked,
        *classifier.grammar.years,
        *readers.counts.patterns.members.values(),
    ]


def test_an_opened_pattern_finds_what_the_pattern_finds() -> None:
    """The look at the first character in front of a pattern only passes over positions where
    no match begins: every reader's pattern finds the same matches as without it, in texts in
    each script and with letters whose case folds oddly (Kelvin sign, dotted I, long s)."""
    for compiled in [*_readers_patterns(), *(re.compile(p, f) for p, f in STARTED_PATTERNS)]:
        plain = re.compile(_unopened(compiled), compiled.flags)
        for text in OPENED_TEXTS:
            want = [(m.span(), m.groups()) for m in plain.finditer(text)]
            got = [(m.span(), m.groups()) for m in opened(plain).finditer(text)]
            assert got == want, (plain.pattern[:60], text)


def _unopened(compiled: re.Pattern[str]) -> str:
    """A reader's pattern as written, without the look ahead `opened` put in front of it."""
    first = starts(compiled)
    front = f"(?={first.pattern})(?:" if first is not None else None
    if front is not None and compiled.pattern.startswith(front):
        return compiled.pattern[len(front) : -1]
    return compiled.pattern


def test_a_pattern_the_engine_skips_ahead_for_stays_as_it_is() -> None:
    for pattern in (r"今月\s*\d+日", r"[12]\d{3}年", r"(?=\d)\d+명"):
        compiled = re.compile(pattern)
        assert opened(compiled) is compiled


@pytest.mark.parametrize(
    "pattern", [r".(?P<n>\d+)명", r"[^a-z]+\d+", r"(?:약\s*)?", r"(?i:about)\s+\d+"]
)
def test_a_pattern_that_may_start_anywhere_has_no_first_characters(pattern: str) -> None:
    assert starts(re.compile(pattern)) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chinese border guards sent dozens of North Korean escapees back across the "
               "river, a church group said."),
        ("ko", "중국 당국이 탈북민 수십 명을 강제북송했다고 한 선교 단체가 전했다."),
        ("ja", "支援団体によると、中国当局は数十人の脱北者を北朝鮮に強制送還した。"),
        ("ru", "Власти Китая принудительно вернули в КНДР десятки беженцев, сообщила "
               "правозащитная группа."),
        ("vi", "Chính quyền Trung Quốc đã cưỡng chế hồi hương hàng chục người đào tẩu Triều "
               "Tiên, một nhóm nhà thờ cho biết."),
    ],
    ids=lambda value: str(value)[:12],
)  # fmt: skip
def test_a_return_of_some_tens_of_people_is_an_incident_not_background(
    lang: str, text: str
) -> None:
    verdict = classify(Document("t", "", text, lang, date=date(2026, 5, 20)))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.REPATRIATED
    assert verdict.facts.people is None and verdict.facts.people_approx


def test_some_tens_then_an_approximate_figure_counts_about_that_many() -> None:
    title = "Dozens of North Koreans held in China"
    text = "Police in Dandong detained some 35 North Korean defectors this month, activists said."
    verdict = classify(Document("t", title, text, "en", date=date(2026, 5, 20)))
    assert (verdict.facts.people, verdict.facts.people_approx) == (35, True)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("중국 공안이 지난 3일 선양에서 탈북민 수십 명을 체포했다.", None),
        ("中国公安当局は3日、瀋陽で脱北者数十人を拘束した。", None),
        ("10대 청소년 2명 등 탈북민 8명이 지난 3일 중국 선양에서 공안에 체포됐다.", 8),
    ],
    ids=["ko-dozens-is-an-arrest-not-a-statistic", "ja-dozens-is-an-arrest-not-a-statistic",
         "ko-deung-before-the-noun"],
)  # fmt: skip
def test_counts_of_an_arrest_in_korean_and_japanese(text: str, people: int | None) -> None:
    verdict = classify(Document("k", "中 공안, 탈북민 체포", text, date=date(2024, 5, 20)))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("탈북 여성 3명과 어린이 2명이 중국 공안에 체포됐다.", 5),
        ("탈북민 어머니와 자녀 2명이 중국 공안에 붙잡혔다.", 3),
        ("탈북민 9명이 중국 공안에 체포됐으며 이 중 4명은 여성이다.", 9),
    ],
    ids=["two-groups", "a-mother-and-two", "among-them-still-a-total"],
)  # fmt: skip
def test_a_korean_figure_before_china_is_no_total_of_everyone(text: str, people: int) -> None:
    verdict = classify(Document("k", "탈북민 체포", text, date=date(2024, 5, 20)))
    assert verdict.facts.people == people


@pytest.mark.parametrize(
    "text",
    [
        "탈북민 A씨와 딸 2명이 지난주 허룽에서 공안에 체포됐다.",
        "탈북민 최미선(가명·38)씨와 딸 2명이 지난주 허룽에서 공안에 체포됐다.",
    ],
    ids=["initial", "name-and-age"],
)
def test_a_korean_person_called_by_name_joins_the_figure_beside_her(text: str) -> None:
    verdict = classify(Document("k", "탈북민 체포", text, date=date(2024, 5, 20)))
    assert verdict.facts.people == 3


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("탈북민 A씨와 B씨가 지난주 허룽에서 공안에 붙잡혔다.", 2),
        ("탈북민 A씨, B씨와 C씨가 지난주 허룽에서 공안에 붙잡혔다.", 3),
        ("탈북민 A씨, B씨, C씨가 지난주 허룽에서 공안에 붙잡혔다.", 3),
        ("탈북민 A씨와 중국인 운전기사 B씨가 지난주 허룽에서 공안에 붙잡혔다.", 1),
    ],
    ids=["two-initials", "three-initials", "three-initials-by-commas", "with-someone-else"],
)
def test_korean_people_called_by_initials_are_each_counted(text: str, people: int) -> None:
    verdict = classify(Document("k", "탈북민 체포", text, date=date(2024, 5, 20)))
    assert verdict.facts.people == people


# The organiser of the crossing, counted beside the people (及1名组织者, 조직책 1명, 手引き役の1人):
# one of those who helped, not one of the people.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "和龙警方上周抓获5名朝鲜偷渡者及2名组织者。"),
        ("zh", "和龍警方上週抓獲5名北韓偷渡者及2名組織者。"),
        ("ko", "허룽 공안은 지난주 탈북민 5명과 탈북 조직책 2명을 체포했다."),
        ("ja", "和竜の公安は先週、脱北者5人と手引き役の2人を拘束した。"),
        ("ja", "和竜の公安は先週、脱北者5人と脱北を組織した2人を拘束した。"),
    ],
    ids=["zh-Hans", "zh-Hant", "ko", "ja-tebiki", "ja-soshiki"],
)
def test_the_organisers_counted_beside_the_people_are_not_the_people(lang: str, text: str) -> None:
    verdict = classify(Document("o", "", text, lang, date=date(2026, 6, 10)))
    assert (verdict.tier, verdict.facts.people) == (Tier.ALERT, 5)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("탈북민 A씨, 中 공안에 체포",
         "탈북민 A씨(41)가 지난 9일 중국 지린성 훈춘에서 공안에 체포됐다고 가족이 밝혔다."),
        ("中 구금 탈북민 남성 북송 위기",
         "중국 투먼에 구금된 탈북민 남성이 이르면 다음 주 북송될 위기에 놓였다."),
        ("ロシアで脱北者拘束",
         "ロシア沿海地方で先週、北朝鮮から逃れた男性が国境警備隊に拘束された。"),
        ("옌지서 탈북 40대 여성 체포",
         "중국 지린성 옌지에서 탈북 40대 여성이 공안에 체포돼 북송 위기에 처했다."),
    ],
    ids=["ko-anonymised", "ko-a-defector-man", "ja-a-man-who-fled", "ko-woman-in-her-forties"],
)  # fmt: skip
def test_one_unnamed_person_counts_as_one(title: str, text: str) -> None:
    verdict = classify(Document("o", title, text, date=date(2024, 5, 20)))
    assert verdict.facts.people == 1


@pytest.mark.parametrize(
    "text",
    [
        "Police in Yanji detained North Korean defectors on Monday, a North Korean rights group "
        "said.",
        "Defectors were held in Tumen last week, according to a North Korean human rights "
        "organisation.",
        "A North Korean fishing boat was stopped off Dandong and the defectors on it detained.",
    ],
    ids=["rights-group", "organisation", "boat"],
)
def test_a_north_korean_group_or_boat_is_not_one_person(text: str) -> None:
    verdict = classify(Document("o", "Defectors held in China", text, date=date(2024, 5, 20)))
    assert (verdict.tier, verdict.facts.people) == (Tier.ALERT, None)


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("脱北者拘束", "中国吉林省和龍で脱北者７人が公安に拘束された。", 7),
        ("脱北者被捕", "１２名脱北者在吉林省和龙被公安抓获。", 12),
    ],
    ids=["ja", "zh"],
)  # fmt: skip
def test_a_count_in_full_width_digits_is_read(title: str, text: str, count: int) -> None:
    verdict = classify(Document("w", title, text, date=date(2024, 5, 20)))
    assert verdict.facts.people == count


def test_a_chinese_count_with_the_general_classifier_ge_is_read() -> None:
    text = "中国公安上周在和龙抓获了三个脱北者。"
    verdict = classify(Document("g", "脱北者被捕", text, date=date(2024, 5, 20)))
    assert verdict.facts.people == 3


def test_this_man_after_the_sentence_naming_him_reports_his_arrest() -> None:
    verdict = classify(
        Document(
            "p",
            "탈북민 가족, 北송환 막아달라 호소",
            "중국에 붙잡힌 탈북민 남성의 가족이 기자회견을 열고 도움을 호소했다. 이 남성은 지난달 "
            "중국 허룽에서 체포돼 현재 구치소에 수감 중이다.",
            date=date(2024, 5, 20),
        )
    )
    assert verdict.tier is Tier.ALERT
    assert (verdict.facts.country, verdict.facts.people) == ("CN", 1)


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("十一", 11), ("二十", 20), ("一百六十九", 169), ("两", 2), ("십", 10), ("이십", 20)],
)
def test_chinese_and_sino_korean_numerals(numeral: str, value: int) -> None:
    assert default_classifier().grammar.numeral(numeral) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They were caught on November 7 near the border.", date(2024, 11, 7)),
        ("They were caught on Nov. 23, 2019 near the border.", date(2019, 11, 23)),
        ("지난 29일 체포됐다.", date(2024, 11, 29)),
        ("지난 30일 체포됐다.", date(2024, 10, 30)),
        ("11월 7일 체포됐다.", date(2024, 11, 7)),
        ("2019年11月7日被捕。", date(2019, 11, 7)),
        ("They were caught on Friday.", date(2024, 11, 29)),
        ("No date here.", None),
    ],
    ids=["month-day", "full", "ko-day", "ko-day-last-month", "ko-month-day", "zh-full",
         "weekday", "none"],
)  # fmt: skip
def test_incident_dates_are_resolved_against_the_report_date(
    text: str, expected: date | None
) -> None:
    assert default_classifier().readers.dates.read(text, date(2024, 11, 29)) == expected


def test_dates_without_a_year_need_the_report_date() -> None:
    assert default_classifier().readers.dates.read("caught on November 7", None) is None


def test_a_vietnamese_weekday_dates_the_arrest_to_that_day_of_the_reports_week() -> None:
    text = "Năm người đào tẩu Triều Tiên bị công an Trung Quốc bắt giữ hôm thứ Hai tại Đan Đông."
    verdict = classify(Document("d", "Người Triều Tiên", text, date=date(2024, 5, 22)))
    assert verdict.facts.date == date(2024, 5, 20)


@pytest.mark.parametrize(
    "text",
    [
        "인권단체 활동가 15명은 하노이에서 붙잡힌 탈북민 6명을 즉시 석방하라고 베트남 정부에 요구했다.",
        "韩国15名议员呼吁越南释放在河内被捕的6名脱北者。",
        "韓国の議員15人は、ハノイで拘束された脱北者6人の釈放をベトナム政府に求めた。",
    ],
    ids=["ko", "zh", "ja"],
)  # fmt: skip
def test_a_figure_of_those_who_plead_for_the_people_is_not_their_head_count(text: str) -> None:
    facts = classify(Document("r", "", text, date=date(2024, 5, 20))).facts
    assert (facts.people, facts.country) == (6, "VN")


@pytest.mark.parametrize(
    "text",
    [
        "하노이에서 지난주 탈북민 6명이 공안에 붙잡혔다. 정부 관계자가 9일 이같이 전했다. 곧 북한으로 "
        "송환될 위기에 처했다.",
        "上周6名脱北者在河内被捕。一名维权人士9日透露了这一消息。他们很快可能被遣返。",
        "ハノイで先週、脱北者6人が拘束された。支援団体の活動家が明らかにした。近く北朝鮮に送還される"
        "可能性が高いという。",
    ],
    ids=["ko", "zh", "ja"],
)  # fmt: skip
def test_a_sentence_naming_only_who_told_it_does_not_break_the_story(text: str) -> None:
    facts = classify(Document("r", "", text, date=date(2024, 5, 20))).facts
    assert (facts.people, facts.status) == (6, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("탈북자 10명 라오스서 구금",
         "라오스 경찰이 지난 13일 비엔티안에서 한국인 선교사 2명과 탈북민 8명을 체포했다."),
        ("脱北者10人、ラオスで拘束",
         "ラオス警察は先週、ビエンチャンで韓国人宣教師2人と脱北者8人を拘束した。"),
        ("10名脱北者在老挝被拘",
         "老挝警方上周一在万象拘留了2名韩国传教士和8名脱北者。"),
    ],
    ids=["ko", "ja", "zh"],
)  # fmt: skip
def test_a_headline_figure_that_includes_their_helpers_gives_way_to_the_peoples_own(
    title: str, text: str
) -> None:
    facts = classify(Document("r", title, text, date=date(2024, 5, 20))).facts
    assert facts.people == 8


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Defectors arrested in Shenyang",
         "Chinese police arrested North Korean defectors in Shenyang last week. The group of seven "
         "included two children."),
        ("탈북민 체포",
         "중국 공안이 지난 13일 선양에서 탈북민들을 체포했다. 일행은 모두 7명으로, 어린이 2명이 "
         "포함됐다."),
        ("脱北者拘束",
         "中国公安は先週、瀋陽で脱北者を拘束した。一行は7人で、子ども2人が含まれている。"),
        ("脱北者被捕",
         "中国公安上周在沈阳逮捕了一批脱北者。这批人共有7人，其中包括2名儿童。"),
    ],
    ids=["en", "ko", "ja", "zh"],
)  # fmt: skip
def test_the_group_counted_in_the_next_sentence_is_the_head_count(title: str, text: str) -> None:
    assert classify(Document("r", title, text, date=date(2024, 5, 20))).facts.people == 7


def test_a_later_sentence_about_them_does_not_add_other_people_to_their_count() -> None:
    text = (
        "Chinese police arrested five North Korean defectors in Shenyang last week. They had "
        "crossed the river with 20 other people."
    )
    assert classify(Document("r", "Arrests", text, date=date(2024, 5, 20))).facts.people == 5


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("13 North Korean defectors arrested in Kunming",
         "At least 13 North Korean defectors were arrested in Kunming last week, activists said."),
        ("13名脱北者在昆明被捕",
         "据活动人士称，上周至少13名脱北者在昆明被捕。"),
        ("탈북민 13명 쿤밍서 체포",
         "지난주 쿤밍에서 탈북민 최소 13명이 체포됐다고 활동가들이 밝혔다."),
    ],
    ids=["en", "zh", "ko"],
)  # fmt: skip
def test_a_figure_the_report_also_gives_as_a_floor_is_no_exact_count(
    title: str, text: str
) -> None:
    facts = classify(Document("r", title, text, date=date(2024, 5, 20))).facts
    assert (facts.people, facts.people_approx) == (None, True)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("脱北者和蛇头被捕", "吉林警方上周在图们逮捕了6名脱北者和3名中国籍蛇头。"),
        ("脫北者和蛇頭被捕", "中國公安本週在丹東抓獲6名脫北者與3名中國籍人蛇。"),
        ("Defectors and smugglers held",
         "Chinese police arrested six North Korean defectors and three Chinese smugglers in Tumen "
         "last week."),
    ],
    ids=["zh-Hans", "zh-Hant", "en"],
)  # fmt: skip
def test_smugglers_counted_after_and_are_not_added_to_the_people(title: str, text: str) -> None:
    """The noun before "and" belongs to the first figure, not to the one after it."""
    assert classify(Document("r", title, text, date=date(2024, 5, 20))).facts.people == 6


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("ตำรวจจับกุมหญิงชาวเกาหลีเหนือวัย 35 ปีที่อำเภอแม่สายเมื่อวันอังคาร", 1),
        ("ตำรวจจับกุมชายชาวเกาหลีเหนือและภรรยาที่อำเภอแม่สายเมื่อวันอังคาร", 2),
        ("ตำรวจจับกุมหญิงชาวเกาหลีเหนือและลูกชายที่อำเภอเชียงของเมื่อวันพุธ", 2),
        ("ตำรวจจับกุมหญิงชาวเกาหลีเหนือ 3 คนที่อำเภอเชียงของเมื่อวันพุธ", 3),
    ],
    ids=["th-one-woman", "th-man-and-wife", "th-woman-and-son", "th-three-women"],
)
def test_a_thai_man_or_woman_named_without_a_figure_is_one_person(text: str, count: int) -> None:
    """Thai has no article: หญิงชาวเกาหลีเหนือ alone is one woman, joined to a relative two."""
    verdict = classify(Document("r", "ข่าว", text, date=date(2024, 5, 20)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("탈북민 체포", "중국 공안이 청소년 3명을 포함한 탈북민 8명을 훈춘에서 체포했다.", 8),
        ("탈북민 체포", "중국 공안이 청소년 3명을 포함해 탈북민 8명을 훈춘에서 붙잡았다.", 8),
        ("탈북민 체포", "중국 공안이 청소년 3명이 포함된 탈북민 8명을 훈춘에서 체포했다.", 8),
        ("脱北者を拘束", "中国公安は先週、琿春で脱北者6人と中国人の仲介業者3人を拘束した。", 6),
        ("脱北者を拘束", "中国公安は先週、脱北者6人と彼らを運んだ運び屋2人を琿春で拘束した。", 6),
        ("Family held in Hunchun",
         "Chinese police caught a six-member North Korean family at a Hunchun bus station.", 6),
        ("Family held in Hunchun",
         "A North Korean family of four was caught by border police in Hunchun.", 4),
    ],
    ids=["ko-including", "ko-including-adverb", "ko-included", "ja-go-between-not-added",
         "ja-carrier-not-added", "en-six-member-family", "en-family-of-four"],
)  # fmt: skip
def test_parts_helpers_and_families_are_counted_as_the_report_means(
    title: str, text: str, count: int
) -> None:
    verdict = classify(Document("p", title, text, date=date(2024, 5, 20)))
    assert (verdict.tier.value, verdict.facts.people) == ("alert", count)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese police detained a group of North Korean defectors in Dandong last week, a church "
        "group said. Six of them are women.",
        "В Даньдуне на прошлой неделе задержаны беглецы из КНДР. Шестеро из них — женщины.",
        "중국 공안이 지난주 단둥에서 탈북민 일행을 체포했다. 이들 중 4명은 여성이다.",
        "中国警方上周在丹东抓获一批脱北者，其中4人是妇女。",
        "中国公安が先週、丹東で脱北者のグループを拘束した。うち4人は女性だという。",
        "Công an Trung Quốc bắt một nhóm người Triều Tiên đào tẩu ở Đan Đông tuần trước, trong đó "
        "có 4 phụ nữ.",
        # the status word after the part is told of all of them, in a clause of its own
        "중국 공안이 옌지에서 탈북민 일행을 붙잡았다. 이들 중 3명은 어린이이며 단체는 이들이 "
        "북송될 수 있다고 우려했다.",
    ],
    ids=["en", "ru", "ko", "zh", "ja", "vi", "ko-imyeo"],
)
def test_a_part_of_people_no_figure_counts_is_no_count_of_them(text: str) -> None:
    """Six women among a group of unknown size: the group is at least six, not six."""
    verdict = classify(Document("p", "", text, date=date(2026, 6, 10)))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("탈북 여성이 지난주 옌지에서 공안에 붙잡혀 북송 위기에 놓였다.", 1),
        ("中国吉林省の図們で、北朝鮮から逃れた30代の男性が公安当局に拘束された。", 1),
        ("Zwei seit Anfang Mai in Vietnam inhaftierte Nordkoreaner sollen nach China abgeschoben "
         "werden.", 2),
        # many women, no figure
        ("탈북 여성들이 지난주 옌지에서 공안에 붙잡혔다.", None),
    ],
    ids=["ko-defector-woman", "ja-man-by-his-age", "de-extended-attribute", "ko-women"],
)  # fmt: skip
def test_one_defector_told_by_who_she_is_counts_one(text: str, count: int | None) -> None:
    verdict = classify(Document("o", "", text, date=date(2026, 6, 10)))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("탈북민 3명이 12명의 다른 수감자들과 함께 옌지의 한 구류장에 갇혀 있다.", 3),
        ("탈북민 3명이 다른 재소자 12명과 함께 옌지 구치소에 수감돼 있다.", 3),
        ("Three North Korean defectors are held in a Yanji jail with twelve other inmates.", 3),
        ("3名脱北者与其他12名囚犯一起被关押在延吉看守所。", 3),
        ("Трое беглецов из КНДР содержатся в изоляторе в Яньцзи вместе с 12 другими "
         "заключёнными.", 3),
        # other detainees (구금자, 被拘留者): the same others
        ("A North Korean defector woman is held in a Yanji jail along with 12 other detainees.", 1),
        ("탈북민 3명이 다른 구금자 12명과 함께 옌지 구치소에 갇혀 있다.", 3),
        ("一名脱北妇女与其他12名被拘留者一起被关押在延吉看守所。", 1),
        ("脱北女性1人が他の受刑者12人と一緒に延吉の拘置所に収容されている。", 1),
        # others who are defectors too are more of the people
        ("탈북민 3명이 12명의 다른 탈북민과 함께 옌지에서 붙잡혔다.", 15),
        ("A North Korean defector woman was caught in Yanji along with 12 other defectors.", 13),
    ],
    ids=["ko-other-inmates", "ko-inmates-figure-after", "en", "zh", "ru", "en-detainees",
         "ko-detainees", "zh-detainees", "ja-inmates", "ko-other-defectors",
         "en-other-defectors"],
)  # fmt: skip
def test_inmates_held_beside_the_people_are_not_counted_with_them(text: str, count: int) -> None:
    verdict = classify(Document("i", "", text, date=date(2026, 6, 10)))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == count


def test_the_people_named_again_by_their_number_are_counted() -> None:
    text = (
        "Chinese police detained North Korean defectors in Dandong last week. The six face "
        "forced repatriation, activists said."
    )
    assert classify(Document("n", "", text, date=date(2026, 6, 10))).facts.people == 6


def test_the_number_of_other_people_named_again_is_not_the_peoples_count() -> None:
    """ "The four" are the South Korean activists counted before, not North Koreans."""
    text = (
        "China has freed four South Korean activists who helped North Korean refugees. The four "
        "were held in Dandong for months."
    )
    assert classify(Document("a", "", text, date=date(2026, 6, 10))).facts.people is None


@pytest.mark.parametrize(
    "text",
    [
        "5名脱北者上周在沈阳被捕，另有3人逃脱。",
        "脱北者5人が先週、瀋陽で拘束され、別の3人は逃走した。",
        "탈북민 5명이 지난주 선양에서 체포됐고, 다른 3명은 달아났다.",
        "Пятеро северокорейцев задержаны во Владивостоке на прошлой неделе, ещё трое скрылись.",
        "Five North Korean defectors were arrested in Shenyang last week, but another three "
        "escaped.",
        "Công an Trung Quốc bắt 5 người Triều Tiên ở Thẩm Dương tuần trước, 3 người khác đã trốn "
        "thoát.",
    ],
    ids=["zh", "ja", "ko", "ru", "en", "vi"],
)
def test_others_who_did_something_else_in_a_clause_of_their_own_are_not_added(text: str) -> None:
    assert classify(Document("o", "", text, date=date(2026, 6, 10))).facts.people == 5


def test_others_counted_beside_them_leave_the_people_uncounted() -> None:
    """이들 (they) and 16 others: the sixteen are not the people, and the people are not
    counted."""
    text = (
        "탈북민들이 지난주 선양에서 체포돼 강제 북송됐다. 이들은 16명의 다른 탈북민들과 함께 "
        "구금돼 있었다."
    )
    verdict = classify(Document("k", "", text, date=date(2026, 6, 10)))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people is None


def test_more_than_before_a_figure_is_a_bound_not_more_people() -> None:
    """ "handed more than 100": "more" is no "two more" and "handed" takes no particle here."""
    assert people("Laos has handed more than 100 North Koreans to China since 2020.") == (
        None,
        True,
    )
    text = (
        "A rights group condemned the arrest of eight North Korean defectors in Vientiane last "
        "week, saying Laos has handed more than 100 North Koreans to China since 2020."
    )
    assert classify(Document("l", "", text, date=date(2026, 6, 10))).facts.people == 8


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("沈阳警方抓获5名脱北者 另有3人逃脱", "沈阳警方上周在一处出租屋内抓获5名脱北者。"),
        ("瀋陽で脱北者5人拘束 別の3人は逃走", "瀋陽の公安当局は先週、脱北者5人を拘束した。"),
    ],
    ids=["zh", "ja"],
)
def test_a_space_parts_a_headlines_clauses_in_a_script_without_spaces(
    title: str, text: str
) -> None:
    """The three who fled, after the headline's space, are not among the five held."""
    verdict = classify(Document("h", title, f"{title}\n{text}", date=date(2026, 6, 10)))
    assert verdict.facts.people == 5


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("North Korean woman and two other defectors held in Yanji",
         "A North Korean woman was arrested in Yanji on Friday along with two other defectors, "
         "her brother told reporters.", 3),
        ("一名脱北妇女与另外两名脱北者在沈阳被捕",
         "一名脱北妇女上周与另外两名脱北者在沈阳被公安逮捕。", 3),
    ],
    ids=["en", "zh"],
)  # fmt: skip
def test_others_the_headline_and_the_text_both_tell_are_added_once(
    title: str, text: str, count: int
) -> None:
    verdict = classify(Document("d", title, f"{title}\n{text}", date=date(2026, 6, 10)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    "text",
    [
        "South Korea's presidential office said on Wednesday it would investigate the forced "
        "repatriation of North Korean defectors by the previous government. Newly published "
        "photos show the two North Korean defectors resisting at the border village.",
        "韩国总统办公室周三表示，将彻查前政府强制遣返脱北者一事。新公开的照片显示，两名脱北者在"
        "板门店竭力挣扎。",
    ],
    ids=["en", "zh"],
)
def test_people_counted_only_in_a_sentence_without_a_status_are_counted(text: str) -> None:
    """A lead on the reaction, the count in a sentence describing them: two."""
    assert classify(Document("c", "", text, date=date(2026, 6, 10))).facts.people == 2


def test_people_counted_before_a_status_that_counts_only_others_are_counted() -> None:
    """The status sentence counts only others ("16 other crew" they killed); the people were
    counted in a sentence before it: two, not none."""
    text = (
        "검찰은 2019년 동해에서 나포된 탈북 어민 2명에 대한 수사에 들어갔다. 당시 통일부는 "
        "이들이 16명의 다른 선원들을 살해했다고 밝히고 이들을 강제북송했다."
    )
    verdict = classify(
        Document("k", "검찰, 탈북 어민 북송 수사 착수", text, "ko", date=date(2022, 7, 20))
    )
    assert (verdict.facts.people, verdict.facts.status) == (2, Status.REPATRIATED)


def test_a_count_in_a_denied_report_is_not_taken_for_the_peoples() -> None:
    text = (
        "Chinese police arrested North Korean defectors in Dandong on Monday, activists said. "
        "China denied reports that it had sent back nine defectors last week."
    )
    verdict = classify(Document("x", "", text, date=date(2026, 6, 10)))
    assert verdict.facts.people is None


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Nine held near the border",
         "Border police held nine people on a bus near Mong Cai on Sunday, including "
         "five North Koreans, a rights group said."),
        ("", "警方周日在芒街附近的一辆大巴上查获9人，其中5人为朝鲜人。"),
        ("", "警方週日在芒街附近的一輛大巴上查獲9人，其中5人為北韓人。"),
        ("", "Công an đã bắt 9 người trên một xe khách gần Móng Cái, trong đó có 5 người Triều "
         "Tiên."),
        ("", "경찰은 일요일 몽까이 인근 버스에서 9명을 체포했으며 이 중 5명이 북한 주민이었다."),
        ("", "警察は日曜日、モンカイ近くのバスで9人を拘束し、うち5人が北朝鮮出身者だった。"),
        ("", "ตำรวจจับกุมผู้ลักลอบเข้าเมือง 9 คนบนรถบัส ในจำนวนนี้เป็นชาวเกาหลีเหนือ 5 คน"),
        ("В Приморье задержаны девять человек",
         "Полиция задержала в автобусе девять человек, в том числе пятерых граждан КНДР."),
    ],
    ids=["en", "zh-Hans", "zh-Hant", "vi", "ko", "ja", "th", "ru"],
)  # fmt: skip
def test_a_part_of_a_count_named_as_north_koreans_is_the_people(title: str, text: str) -> None:
    """9 people held, five of them North Koreans: five, whatever the headline's total."""
    verdict = classify(Document("p", title, text, date=date(2026, 6, 10)))
    assert verdict.facts.people == 5


@pytest.mark.parametrize(
    "text",
    [
        "Police held nine North Korean defectors on a bus, including five women.",
        "警方在一辆大巴上查获9名脱北者，其中5人为妇女。",
        "Công an bắt 9 người Triều Tiên gần Móng Cái, trong đó có 5 phụ nữ.",
    ],
    ids=["en", "zh", "vi"],
)  # fmt: skip
def test_a_part_of_the_north_koreans_leaves_their_count_whole(text: str) -> None:
    verdict = classify(Document("p", "", text, date=date(2026, 6, 10)))
    assert verdict.facts.people == 9


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Biên phòng bắt giữ một nhóm 8 người Triều Tiên, gồm 3 phụ nữ và 2 trẻ em, gần cửa khẩu.", 8),
        ("Công an bắt giữ 9 người đào tẩu Triều Tiên, gồm 4 phụ nữ, tại một khách sạn ở Lào Cai.", 9),
        ("Công an Lào Cai bắt giữ nhóm gồm 7 người Triều Tiên vượt biên trái phép.", 7),
        ("Biên phòng bắt giữ hai phụ nữ Triều Tiên và một bé trai gần cửa khẩu.", 3),
    ],
    ids=["parts-after-gom", "one-part-after-gom", "gom-before-the-total", "no-gom"],
)  # fmt: skip
def test_vietnamese_parts_after_gom_are_the_groups_own(text: str, count: int) -> None:
    """ ", gồm" (comprising) after a figure names its parts, which add nothing to it; "nhóm gồm
    7 người" (a group of seven) names the total after the word."""
    verdict = classify(Document("g", "Bắt người Triều Tiên", text, date=date(2026, 6, 10)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("title", "count"),
    [
        ("North Korean mother and three children held in Hunchun", 4),
        ("North Korean woman held in Hunchun", 1),
    ],
    ids=["with-children", "alone"],
)  # fmt: skip
def test_an_english_headline_without_its_article_counts_the_one_it_names(
    title: str, count: int
) -> None:
    """Headlines drop "a": "North Korean mother and three children" is four."""
    verdict = classify(Document("h", title, "", date=date(2026, 6, 10)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Công an Cao Bằng đã bắt 10 người vượt biên, trong số đó có 6 người Triều Tiên.", 6),
        ("Công an Cao Bằng đã bắt 10 người Triều Tiên, trong số đó có 6 phụ nữ.", 10),
    ],
    ids=["part-named-north-korean", "part-of-the-north-koreans"],
)  # fmt: skip
def test_vietnamese_trong_so_do_makes_the_figure_after_it_a_part(text: str, count: int) -> None:
    """Trong số đó (among them), like trong đó: the part counts only when it names them."""
    verdict = classify(Document("v", "", text, date=date(2026, 6, 10)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("North Korean defectors among ten held in Hunchun",
         "Border police detained ten people at a farmhouse in Hunchun on Tuesday. Six of them "
         "were North Korean defectors, a church group said."),
        ("North Korean defectors among ten held in Hunchun",
         "Border police detained ten people at a farmhouse in Hunchun on Tuesday, six of them "
         "North Korean refugees."),
        ("훈춘서 탈북민 등 10명 체포",
         "중국 국경경비대가 지난 화요일 훈춘의 한 농가에서 10명을 붙잡았다. 이 중 6명은 탈북민으로 "
         "확인됐다."),
        ("珲春10人被抓 含脱北者", "边防警察周二在珲春一处农舍查获10人。其中6人为脱北者。"),
        ("琿春で脱北者含む10人拘束", "国境警備隊は火曜日、琿春の農家で10人を拘束した。うち6人は脱北者だった。"),
        ("В Хуньчуне задержаны беглецы из КНДР",
         "Во вторник пограничники задержали на ферме в Хуньчуне десять человек. Из них шестеро — "
         "беглецы из КНДР."),
        ("В Хуньчуне задержаны беглецы из КНДР",
         "Во вторник на ферме в Хуньчуне задержаны 10 человек, из них шесть — граждане КНДР."),
        ("Người đào tẩu Triều Tiên bị bắt ở Hồn Xuân",
         "Hôm thứ Ba, biên phòng Trung Quốc bắt giữ 10 người tại một trang trại ở Hồn Xuân. Trong đó "
         "6 người là người đào tẩu Triều Tiên."),
        ("ผู้หลบหนีชาวเกาหลีเหนือถูกจับกุมที่หุนชุน",
         "ตำรวจชายแดนจีนจับกุม 10 คนที่ฟาร์มแห่งหนึ่งในหุนชุน\nในจำนวนนี้ 6 คนเป็นผู้หลบหนีจากเกาหลีเหนือ"),
    ],
    ids=["en-next", "en-of-them", "ko", "zh", "ja", "ru-next", "ru-same", "vi", "th"],
)  # fmt: skip
def test_a_part_named_as_the_people_right_after_their_count_is_the_people(
    title: str, text: str
) -> None:
    """Ten held, and then "six of them were defectors" (in that sentence or the next): six."""
    verdict = classify(Document("p", title, text, date=date(2026, 6, 10)))
    assert verdict.facts.people == 6


@pytest.mark.parametrize(
    "text",
    [
        "Border police detained ten North Korean defectors in Hunchun on Tuesday. Six of them "
        "were women.",
        "Border police detained ten North Korean defectors in Hunchun on Tuesday. Six of them "
        "were Chinese nationals.",
    ],
    ids=["part-of-the-people", "part-named-as-others"],
)  # fmt: skip
def test_a_part_told_after_the_count_that_does_not_name_them_leaves_it_whole(text: str) -> None:
    verdict = classify(Document("p", "", text, date=date(2026, 6, 10)))
    assert verdict.facts.people == 10


@pytest.mark.parametrize(
    "text",
    [
        "A North Korean defector and two others were detained near Muang Sing on Sunday.",
        "Một phụ nữ Triều Tiên đào tẩu và hai con của chị bị bắt tại Côn Minh hôm Chủ nhật.",
        "หญิงผู้หลบหนีชาวเกาหลีเหนือและลูก 2 คนของเธอถูกจับกุมใกล้เมืองสิงเมื่อวันอาทิตย์",
        "พ่อชาวเกาหลีเหนือและลูกชาย 2 คนถูกจับกุมใกล้เมืองสิงเมื่อวันอาทิตย์",
        "В воскресенье под Муангсингом задержаны отец и два сына, бежавшие из КНДР.",
    ],
    ids=["en-others", "vi", "th-woman", "th-father", "ru"],
)  # fmt: skip
def test_one_person_and_two_others_or_children_are_three(text: str) -> None:
    verdict = classify(Document("p", "", text, date=date(2026, 6, 10)))
    assert verdict.facts.people == 3


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Guards caught North Korean defectors, three men, four women, near Muang Sing on "
         "Sunday.", 7),
        ("무앙싱 인근에서 탈북민 남성 3명, 여성 4명이 일요일 붙잡혔다.", 7),
        ("警方周日在勐新附近查获脱北者男性3人、女性4人。", 7),
        ("日曜日、ムアンシン近くで脱北者の男性3人、女性4人が拘束された。", 7),
        ("В воскресенье под Муангсингом задержаны беглецы из КНДР: трое мужчин, четыре женщины.",
         7),
        ("Biên phòng bắt giữ người đào tẩu Triều Tiên gồm 3 người đàn ông, 4 phụ nữ gần Mường Sing.",
         7),
        ("Guards caught nine North Korean defectors, six women and three children, near Muang "
         "Sing on Sunday.", 9),
        ("일요일 무앙싱 인근에서 탈북민 9명, 여성 6명과 어린이 3명이 붙잡혔다.", 9),
        ("Guards caught five North Korean defectors, two of them children, near Muang Sing.", 5),
    ],
    ids=["en-list", "ko-list", "zh-list", "ja-list", "ru-list", "vi-list", "en-total",
         "ko-total", "en-part"],
)  # fmt: skip
def test_groups_listed_side_by_side_add_up_and_a_total_with_its_parts_does_not(
    text: str, count: int
) -> None:
    """ "Three men, four women": seven; "nine defectors, six women and three children": nine."""
    verdict = classify(Document("p", "", text, date=date(2026, 6, 10)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    "text",
    [
        "警方周日在勐新抓获5名脱北者，另有2名中国蛇头也被拘留。",
        "警方週日在勐新抓獲5名脫北者，另有2名中國蛇頭也被拘留。",
    ],
    ids=["zh-Hans", "zh-Hant"],
)  # fmt: skip
def test_a_figure_after_a_clause_break_is_named_by_its_own_noun(text: str) -> None:
    """5名脱北者，另有2名中国蛇头: the two are brokers, not more defectors."""
    verdict = classify(Document("p", "", text, date=date(2026, 6, 10)))
    assert verdict.facts.people == 5


def test_others_joined_by_and_to_the_one_named_before_are_counted_with_her() -> None:
    """ "detained a defector and two others near ...": the two are held with her, three."""
    text = "Guards detained a North Korean defector and two others near Muang Sing on Sunday."
    verdict = classify(Document("p", "", text, date=date(2026, 6, 10)))
    assert verdict.facts.people == 3


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("North Koreans among ten held near Vladivostok",
         "Border guards held ten foreigners near Vladivostok on Friday, six of whom were North "
         "Korean.", 6),
        ("Задержаны граждане КНДР",
         "В пятницу под Владивостоком задержаны десять иностранцев, из них шесть — граждане КНДР.",
         6),
        ("Задержаны граждане КНДР",
         "В пятницу пограничники задержали под Владивостоком 10 нарушителей границы. Шесть из "
         "них — граждане КНДР.", 6),
        ("North Koreans among ten held near Vladivostok",
         "Border guards held ten foreigners near Vladivostok on Friday, including six from North "
         "Korea.", 6),
        ("Người Triều Tiên bị bắt ở Lào Cai",
         "Công an bắt giữ 10 người nước ngoài tại Lào Cai hôm thứ Sáu, trong đó 6 người đến từ "
         "Triều Tiên.", 6),
        ("Задержаны граждане КНДР",
         "В пятницу под Владивостоком задержаны десять иностранцев, из них шесть — из КНДР.", 6),
        ("North Koreans held near Vladivostok",
         "Border guards held ten North Korean defectors near Vladivostok on Friday, six of whom "
         "were women.", 10),
        ("North Koreans held near Vladivostok",
         "Border guards held ten North Korean defectors near Vladivostok on Friday, including six "
         "who had crossed from North Korea last week.", 10),
    ],
    ids=["en-of-whom", "ru-iz-nikh", "ru-next", "en-from", "vi-tu", "ru-iz", "en-part-of-them",
         "en-part-crossed-from"],
)  # fmt: skip
def test_the_north_koreans_among_foreigners_held_are_the_people(
    title: str, text: str, count: int
) -> None:
    """Ten foreigners held, six of whom were North Korean: six (a part that is only women of the
    people leaves their count whole)."""
    verdict = classify(Document("p", title, text, date=date(2026, 6, 10)))
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A North Korean defector who lives in Busan said his mother and younger brother "
               "were detained by border police in Tumen on Friday."),
        ("en", "Her father and older sister were arrested by Chinese police near Yanji last week, "
               "a North Korean defector said."),
        ("zh-Hans", "住在釜山的脱北者朴某说，他的父亲和弟弟上周五在图们被中国边防警察拘留。"),
        ("ja", "釜山に住む脱北者の男性は、父と弟が先週、図們で中国の国境警備隊に拘束されたと語った。"),
        ("ru", "Живущий в Пусане беглец из КНДР рассказал, что его отца и младшего брата в пятницу "
               "задержала пограничная полиция Тумэня."),
        ("vi", "Một người Triều Tiên đào tẩu sống ở Busan cho biết mẹ và em trai anh đã bị công an "
               "biên phòng Trung Quốc bắt ở Đồ Môn hôm thứ Sáu."),
    ],
    ids=["en-relatives-sharing-his", "en-relatives-before-the-teller", "zh-father-and-brother",
         "ja-father-and-brother", "ru-father-and-brother", "vi-mother-and-brother"],
)  # fmt: skip
def test_two_relatives_of_a_defector_held_are_two_people(lang: str, text: str) -> None:
    verdict = classify(Document("k", "", text, lang=lang, date=date(2026, 6, 10)))
    assert (verdict.tier, verdict.facts.people) == (Tier.ALERT, 2)


@pytest.mark.parametrize(
    ("text", "people", "approx"),
    [
        ("The UN rapporteur has written to the Chinese government about eight North Koreans "
         "arrested in Shenyang.", 8, False),
        ("A rights group said it was deeply worried about 12 North Korean defectors held in "
         "Dandong.", 12, False),
        ("Chinese police arrested about 50 North Korean defectors in Jilin last week.", 50, True),
    ],
    ids=["wrote-about", "worried-about", "arrested-about"],
)  # fmt: skip
def test_about_after_a_word_of_writing_or_worry_is_no_approximation(
    text: str, people: int, approx: bool
) -> None:
    facts = classify(Document("a", "Defectors held", text, date=date(2024, 5, 20))).facts
    assert (facts.people, facts.people_approx) == (people, approx)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Суд поместил в ЦВСИГ на 90 суток гражданина КНДР, сбежавшего со стройки."),
        ("ru", "В Хабаровске суд арестовал на 10 суток северокорейца, бежавшего с вахты."),
        ("vi", "Công an Lạng Sơn tạm giữ 3 ngày một người Triều Tiên vượt biên trái phép."),
    ],
    ids=["ru-90-days-in-the-centre", "ru-10-days-arrest", "vi-3-days-held"],
)  # fmt: skip
def test_a_figure_of_days_or_hours_before_the_people_counts_time_not_them(
    lang: str, text: str
) -> None:
    verdict = classify(Document("t", "", text, lang, date=date(2026, 3, 20)))
    assert (verdict.tier, verdict.facts.people) == (Tier.ALERT, 1)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("국회 외통위, 탈북민 강제북송 중단 촉구 결의안 의결",
         "국회 외교통일위원회는 4일 중국 정부에 탈북민 강제북송 중단을 촉구하는 결의안을 재석 21명 "
         "중 찬성 20명으로 의결했다."),
        ("도의회, 강제북송 반대 결의안 채택",
         "경기도의회는 4일 탈북민 강제북송을 중단하라는 결의안을 찬성 98명, 기권 3명으로 채택했다."),
    ],
    ids=["재석-찬성", "찬성-기권"],
)  # fmt: skip
def test_a_vote_counts_lawmakers_not_the_people(title: str, text: str) -> None:
    verdict = classify(Document("v", title, text, lang="ko", date=date(2026, 6, 10)))
    assert verdict.tier is not Tier.ALERT and verdict.facts.people is None


def test_a_thai_group_made_up_of_its_members_is_counted_once() -> None:
    text = "ครอบครัวชาวเกาหลีเหนือ 4 คน ประกอบด้วยพ่อแม่และลูกสองคน ถูกควบคุมตัวที่ด่านหนองคาย"
    verdict = classify(
        Document("t", "ครอบครัวชาวเกาหลีเหนือถูกควบคุมตัว", text, "th", date=date(2026, 6, 10))
    )
    assert (verdict.tier, verdict.facts.people) == (Tier.ALERT, 4)


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("China detains four North Korean women",
         "Chinese police detained the sister, 34, and three other North Korean women in "
         "Shenyang, activists said.", 4),
        ("Sister of defector among four North Koreans held in China",
         "Border police stopped the sister, 34, and three other North Korean women at a safe "
         "house in Shenyang, her brother said. They face forced repatriation.", 4),
        ("North Korean women face return from China",
         "Police in Shenyang detained the woman, 41, and two other North Korean defectors at a "
         "bus station on Monday, a pastor said.", 3),
        ("Three North Koreans held in China",
         "Police in Yanji arrested a North Korean woman and two other defectors, a pastor said. "
         "They face forced repatriation.", 3),
        # Guards: a named person joined to the others; two members; others of no exact figure;
        # others caught at another time.
        ("Four North Korean women face return from China",
         "Police in Shenyang detained Kim Su-jin, 34, and three other North Korean women at a "
         "safe house last week, her brother said.", 4),
        ("North Korean mother held in China",
         "Police in Yanji detained the woman, 29, and her son at a bus station, a pastor said. "
         "They face forced repatriation.", 2),
        ("North Koreans held in China",
         "Police in Tumen detained the man, 52, and more than ten other North Korean defectors, "
         "a pastor said. They face forced repatriation.", None),
        ("Two North Koreans held in China",
         "Police in Yanji detained the mother, 45, and her daughter on Monday. Three other "
         "defectors were caught in Dandong last month.", 2),
    ],
    ids=["en-the-sister-headline", "en-the-sister-text", "en-the-woman-no-figure",
         "en-a-woman-headline", "en-named-guard", "en-two-members-guard", "en-bound-guard",
         "en-another-time-guard"],
)  # fmt: skip
def test_one_told_by_the_and_age_joined_to_others_is_one_group(
    title: str, text: str, count: int | None
) -> None:
    verdict = classify(Document("s", title, text, date=date(2026, 11, 20)))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("N. Korean mother and two children arrested in Yanji",
         "Chinese police arrested them at a bus station on Monday, a pastor said. They face "
         "forced repatriation.", 3),
        ("North Korean woman and toddler held in Vietnam",
         "Vietnamese border guards stopped them near Mong Cai on Monday, a pastor said.", 2),
        ("Laos holds North Korean couple and baby",
         "Lao police stopped the North Korean family at a checkpoint on Monday, a pastor said. "
         "They could be handed to China.", 3),
    ],
    ids=["n-korean-mother", "woman-and-toddler", "couple-and-baby"],
)  # fmt: skip
def test_a_headline_names_its_people_without_articles(title: str, text: str, count: int) -> None:
    verdict = classify(Document("h", title, text, date=date(2026, 11, 20)))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == count


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("脱北者の男性ら、中国・丹東で拘束",
         "中国遼寧省丹東で今月10日、脱北者の男性らが公安に拘束された。正確な人数は分かっていない。"),
        ("30代の脱北女性ら、ベトナムで拘束",
         "ベトナムの首都ハノイで先週、30代の脱北女性らが公安に拘束されたことが分かった。"),
        ("延吉で脱北女性たち拘束",
         "中国吉林省延吉市で今月、脱北女性たちが公安当局に拘束されたことが分かった。"),
        ("北朝鮮から逃れた女性たち、長春で拘束",
         "中国吉林省長春で先週、北朝鮮から逃れた女性たちが公安に拘束された。"),
        ("北朝鮮から脱出した男性ら、丹東で拘束",
         "中国遼寧省丹東で5日、北朝鮮から脱出した男性らが公安に拘束された。"),
    ],
    ids=["ja-defector-men-ra", "ja-women-in-their-30s-ra", "ja-defector-women-tachi",
         "ja-women-who-fled-tachi", "ja-men-who-escaped-ra"],
)  # fmt: skip
def test_a_japanese_plural_ra_or_tachi_after_one_person_counts_no_one(
    title: str, text: str
) -> None:
    verdict = classify(Document("r", title, text, lang="ja", date=date(2024, 5, 20)))
    assert verdict.tier is Tier.ALERT and verdict.facts.people is None
