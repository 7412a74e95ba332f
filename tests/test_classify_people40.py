"""People counts found and left by earlier rounds: a figure opening the sentence after a group
named without one, and one person called by a title and a name beside a relative.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "North Korean defectors arrested in China",
         "A group of North Korean defectors was arrested in Liaoning last week. The six were "
         "found near Dandong."),
        ("ko", "탈북민 중국서 체포",
         "지난주 랴오닝성에서 탈북민 일행이 체포됐다. 6명은 단둥 인근에서 발견됐다."),
        ("ja", "脱北者、中国で拘束",
         "先週、遼寧省で脱北者の一行が拘束された。6人は丹東近郊で見つかった。"),
        ("vi", "Người Triều Tiên bị bắt ở Trung Quốc",
         "Một nhóm người đào tẩu Triều Tiên đã bị bắt ở Liêu Ninh tuần trước. Sáu người được "
         "tìm thấy gần Đan Đông."),
    ],
    ids=["en", "ko", "ja", "vi"],
)  # fmt: skip
def test_a_figure_opening_the_next_sentence_counts_a_group_named_without_one(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert verdict.facts.people == 6


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "North Korean defectors arrested in China",
         "A group of North Korean defectors was arrested in Liaoning last week. Two activists "
         "staged a protest in Seoul."),
        ("en", "North Korean defectors arrested in China",
         "A group of North Korean defectors was arrested in Liaoning last week. Three weeks "
         "have passed since then."),
        ("ko", "탈북민 중국서 체포",
         "지난주 랴오닝성에서 탈북민 일행이 체포됐다. 3일 뒤 가족들이 소식을 들었다."),
    ],
    ids=["en-activists", "en-weeks", "ko-days"],
)  # fmt: skip
def test_a_figure_of_others_or_of_days_after_the_group_counts_no_one(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert verdict.facts.people is None


_NAMED_HEADS = {
    "en": "North Koreans arrested in China",
    "ko": "탈북민 중국서 체포",
    "zh": "脱北者在中国被抓",
    "ja": "脱北者、中国で拘束",
    "ru": "В Китае задержаны беженцы из КНДР",
    "vi": "Người Triều Tiên bị bắt ở Trung Quốc",
    "th": "ผู้แปรพักตร์เกาหลีเหนือถูกจับในจีน",
}


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("en", "Mrs Kim and her son were arrested in Yanji last week, activists said.", 2),
        ("en", "Mr Lee, his wife and their two children were arrested in Yanji last week.", 4),
        ("ko", "지난주 옌지에서 탈북민 김씨와 아들이 체포됐다고 단체가 밝혔다.", 2),
        ("ko", "지난주 옌지에서 탈북민 이씨와 아내, 두 자녀가 체포됐다고 단체가 밝혔다.", 4),
        ("zh", "活动人士说，上周朝鲜脱北者金女士和她的儿子在延吉被捕。", 2),
        ("zh", "活动人士说，上周朝鲜脱北者李先生、他的妻子和两个孩子在延吉被捕。", 4),
        ("ja", "支援団体によると、脱北者のキムさんと息子が先週、延吉で拘束された。", 2),
        ("ja", "支援団体によると、脱北者のイさんと妻、2人の子供が先週、延吉で拘束された。", 4),
        ("ru", "На прошлой неделе в Яньцзи задержаны госпожа Ким и её сын, беженцы из КНДР.", 2),
        ("ru", "На прошлой неделе в Яньцзи задержаны беженец из КНДР господин Ли, его жена и "
               "двое детей.", 4),
        ("vi", "Bà Kim và con trai, những người đào tẩu Triều Tiên, đã bị bắt ở Diên Cát tuần "
               "trước.", 2),
        ("vi", "Ông Lee, vợ và hai con, những người đào tẩu Triều Tiên, đã bị bắt ở Diên Cát "
               "tuần trước.", 4),
        ("th", "นางคิมและลูกชาย ผู้แปรพักตร์ชาวเกาหลีเหนือ "
               "ถูกจับกุมที่เมืองเหยียนจี๋เมื่อสัปดาห์ที่แล้ว", 2),
    ],
    ids=["en-two", "en-four", "ko-two", "ko-four", "zh-two", "zh-four", "ja-two", "ja-four",
         "ru-two", "ru-four", "vi-two", "vi-four", "th-two"],
)  # fmt: skip
def test_one_called_by_a_title_and_a_name_beside_a_relative_is_one_more(
    lang: str, text: str, people: int
) -> None:
    verdict = classify(Document("r", _NAMED_HEADS[lang], text, lang, date=ON))
    assert verdict.facts.people == people


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "North Korean defectors were arrested in Yanji last week. Ms Park and her group "
               "urged China to free them."),
        ("th", "นายกรัฐมนตรีและภรรยาเดินทางไปจีน "
               "ผู้แปรพักตร์ชาวเกาหลีเหนือถูกจับกุมที่เมืองเหยียนจี๋"),
    ],
    ids=["en-not-a-relative", "th-prime-minister"],
)  # fmt: skip
def test_a_title_before_no_relative_or_an_office_names_no_one_more(lang: str, text: str) -> None:
    verdict = classify(Document("r", _NAMED_HEADS[lang], text, lang, date=ON))
    assert verdict.facts.people in (None, 1)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "North Koreans caught in Vietnam",
         "Three North Korean defectors were caught near the Chinese border last week. They "
         "remain in a police cell in Lao Cai."),
        ("en", "North Koreans caught in Vietnam",
         "Three North Korean defectors caught near the Chinese border last week are still in a "
         "jail cell in Lao Cai."),
        ("ru", "Беглецы из КНДР пойманы во Вьетнаме",
         "На прошлой неделе у границы с Китаем поймали троих беглецов из КНДР. Они "
         "по-прежнему находятся в камере полиции в Лаокае."),
    ],
    ids=["en-remain-police-cell", "en-still-jail-cell", "ru-police-cell"],
)  # fmt: skip
def test_people_kept_in_a_police_cell_are_detained(lang: str, title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert verdict.facts.status is Status.DETAINED


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("vi", "Người Triều Tiên bị bắt ở Trung Quốc",
         "Một nhóm người Triều Tiên đào tẩu bị bắt ở Diên Cát tuần trước. Nhóm người này, "
         "trong đó có ba trẻ em, đã bị đưa đến trại giam ở Đồ Môn."),
        ("vi", "Người Triều Tiên bị bắt ở Trung Quốc",
         "Nhóm người đào tẩu Triều Tiên, trong đó có ba trẻ em, đã bị bắt ở Diên Cát tuần "
         "trước."),
        ("zh", "脱北者在中国被抓",
         "上周一批脱北者在延吉被抓。这批人，其中包括三名儿童，已被送往图们的看守所。"),
        ("ru", "В Китае задержаны беглецы из КНДР",
         "На прошлой неделе в Яньцзи задержали группу беглецов из КНДР. Группу, среди которой "
         "трое детей, перевели в изолятор в Тумэне."),
    ],
    ids=["vi-group-after", "vi-group-first", "zh-noun-before-comma", "ru-relative"],
)  # fmt: skip
def test_a_part_set_off_by_commas_after_the_group_counts_no_one(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert verdict.facts.people is None


def test_a_part_set_off_whose_clause_says_who_they_were_still_counts() -> None:
    text = "广西警方上周在边境抓获9名偷渡人员，其中5人为朝鲜人，目前被关押在看守所。"
    verdict = classify(Document("r", "广西警方抓获9名偷渡人员", text, "zh", date=ON))
    assert verdict.facts.people == 5


@pytest.mark.parametrize(
    "text",
    [
        "UN experts raised the case of an estimated 30 North Koreans held in Jilin.",
        "In a letter made public on Monday, UN experts mentioned an estimated 30 North Koreans "
        "held in Jilin and urged Beijing not to send them back.",
    ],
    ids=["held", "urged"],
)
def test_an_estimated_small_group_held_in_a_named_place_is_an_incident(text: str) -> None:
    title = "UN experts write to China over North Koreans"
    verdict = classify(Document("r", title, text, "en", date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == 30


@pytest.mark.parametrize(
    "text",
    [
        "An estimated 2,000 North Koreans are held in detention centres across China.",
        "An estimated 50 North Koreans are sent back from Jilin every month.",
    ],
    ids=["thousands", "every-month"],
)
def test_an_estimated_figure_summed_or_in_thousands_stays_a_statistic(text: str) -> None:
    verdict = classify(Document("r", "North Koreans in China", text, "en", date=ON))
    assert verdict.tier is not Tier.ALERT
