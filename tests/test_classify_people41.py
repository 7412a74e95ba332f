"""People counts found and left by earlier rounds: a part of the group opening the sentence or
written right after the group's word with no comma between.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier

ON = date(2026, 12, 5)

_HEADS = {
    "en": "North Koreans arrested in China",
    "ko": "탈북민 중국서 체포",
    "zh": "脱北者在中国被抓",
    "ja": "脱北者、中国で拘束",
    "ru": "В Китае задержаны беженцы из КНДР",
    "vi": "Người Triều Tiên bị bắt ở Trung Quốc",
    "th": "ผู้แปรพักตร์เกาหลีเหนือถูกจับในจีน",
}


def _people(lang: str, text: str) -> int | None:
    return classify(Document("r", _HEADS[lang], text, lang, date=ON)).facts.people


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Including two teenagers, a group of eight North Koreans was caught near Tumen "
               "on Friday."),
        ("ko", "10대 2명을 포함해 탈북민 8명이 금요일 투먼 인근에서 붙잡혔다."),
        ("zh", "包括两名少年在内，八名脱北者周五在图们附近被抓。"),
        ("ja", "10代の2人を含め、脱北者8人が金曜日に図們近郊で拘束された。"),
        ("ru", "Включая двух подростков, восемь беженцев из КНДР были задержаны в пятницу "
               "под Тумынем."),
        ("vi", "Bao gồm hai thiếu niên, tám người Triều Tiên đã bị bắt gần Đồ Môn hôm thứ Sáu."),
        ("th", "รวมถึงวัยรุ่น 2 คน ชาวเกาหลีเหนือ 8 คนถูกจับกุมใกล้เมืองถูเหมินเมื่อวันศุกร์"),
    ],
    ids=["en", "ko", "zh", "ja", "ru", "vi", "th"],
)  # fmt: skip
def test_a_part_opening_the_sentence_leaves_the_group_s_figure_to_count(
    lang: str, text: str
) -> None:
    assert _people(lang, text) == 8


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Including two teenagers, a group of North Korean defectors was caught near "
               "Tumen on Friday."),
        ("ru", "Включая двух подростков, группа беженцев из КНДР была задержана в пятницу "
               "под Тумынем."),
        ("vi", "Bao gồm hai thiếu niên, một nhóm người đào tẩu Triều Tiên đã bị bắt gần Đồ Môn "
               "hôm thứ Sáu."),
        ("th", "รวมถึงวัยรุ่น 2 คน กลุ่มผู้แปรพักตร์เกาหลีเหนือถูกจับกุมใกล้เมืองถูเหมินเมื่อวันศุกร์"),
        # a part right after the group's word, no comma between
        ("en", "A group of North Korean defectors including two teenagers was caught near Tumen "
               "on Friday."),
        ("ko", "탈북민 일행은 10대 2명을 포함하고 있으며 금요일 투먼 인근에서 붙잡혔다."),
        ("zh", "这批脱北者包括两名少年，周五在图们附近被抓。"),
        ("ja", "金曜日に図們近郊で拘束された脱北者の一行には10代の2人が含まれている。"),
        ("ru", "Группа беженцев из КНДР включая двух подростков была задержана в пятницу под "
               "Тумынем."),
        ("vi", "Nhóm người đào tẩu Triều Tiên bao gồm hai thiếu niên đã bị bắt gần Đồ Môn hôm "
               "thứ Sáu."),
        ("th", "กลุ่มผู้แปรพักตร์เกาหลีเหนือรวมถึงวัยรุ่น 2 คนถูกจับกุมใกล้เมืองถูเหมินเมื่อวันศุกร์"),
    ],
    ids=["en-open", "ru-open", "vi-open", "th-open", "en", "ko", "zh", "ja", "ru", "vi", "th"],
)  # fmt: skip
def test_a_part_of_a_group_no_figure_counts_counts_no_one(lang: str, text: str) -> None:
    assert _people(lang, text) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Mrs Pak and her husband, together with their three grandchildren, were seized "
               "in Hunchun last week."),
        ("en", "A North Korean mother, along with her four sons, was seized in Hunchun last "
               "week."),
        ("ko", "탈북 여성 1명이 손주 4명과 함께 지난주 훈춘에서 붙잡혔다."),
        ("ja", "脱北者のパクさんと夫が、孫3人とともに先週、琿春で拘束された。"),
        ("ru", "Беженка из КНДР вместе с четырьмя сыновьями была задержана на прошлой неделе "
               "в Хуньчуне."),
        ("vi", "Bà Pak và chồng, cùng với ba cháu, đã bị bắt ở Hồn Xuân tuần trước."),
    ],
    ids=["en-couple", "en-one", "ko", "ja", "ru", "vi"],
)  # fmt: skip
def test_people_a_figure_counts_beside_a_companion_word_are_added(lang: str, text: str) -> None:
    assert _people(lang, text) == 5


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a helper held with the people is not one of them
        ("A South Korean pastor was seized in Hunchun last week together with four North "
         "Korean women he was guiding.", 4),
        # "with" after a verb of contact names no one held with another
        ("Aid workers said on Monday they had lost touch with five North Koreans, including "
         "three girls, after a police raid in Hunchun.", 5),
    ],
    ids=["helper", "contact"],
)  # fmt: skip
def test_a_figure_after_a_companion_word_with_none_of_the_people_before_it_adds_no_one(
    text: str, people: int
) -> None:
    assert _people("en", text) == people


_FAR_EAST = {
    "ru": "Граждане КНДР задержаны в Приморье",
    "vi": "Người Triều Tiên bị bắt ở Nga",
}


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("ru", "Четверо граждан КНДР — женщина, её муж и их сын — были задержаны в пятницу в "
               "Уссурийске.", 4),
        ("ru", "Двое беженцев из КНДР — мать и дочь — задержаны в пятницу в Уссурийске.", 2),
        ("vi", "Bốn người Triều Tiên — một phụ nữ, chồng và hai con trai — đã bị bắt ở "
               "Uýt-xu-ri hôm thứ Sáu.", 4),
        # a dash that closes no set parts a clause: the man is told of after the three
        ("ru", "Трое граждан КНДР задержаны в пятницу — мужчина скрылся от полиции.", 3),
    ],
    ids=["ru-four", "ru-two", "vi", "ru-unclosed"],
)  # fmt: skip
def test_people_set_off_between_dashes_after_a_figure_name_its_people(
    lang: str, text: str, people: int
) -> None:
    verdict = classify(Document("r", _FAR_EAST[lang], text, lang, date=ON))
    assert verdict.facts.people == people


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Mr Ri and his wife told journalists their daughter was seized in Tumen on "
               "Friday."),
        ("zh", "脱北者李先生和他的妻子对记者说，他们的女儿周五在图们被抓。"),
        ("vi", "Ông Ri và vợ, những người đào tẩu Triều Tiên, nói với phóng viên rằng con gái "
               "họ đã bị bắt ở Đồ Môn hôm thứ Sáu."),
        ("th", "นายรีและภรรยา ผู้แปรพักตร์เกาหลีเหนือ บอกผู้สื่อข่าวว่าลูกสาวของพวกเขา"
               "ถูกจับกุมที่เมืองถูเหมินเมื่อวันศุกร์"),
    ],
    ids=["en", "zh", "vi", "th"],
)  # fmt: skip
def test_people_who_tell_of_a_relative_held_are_not_held(lang: str, text: str) -> None:
    assert _people(lang, text) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Mrs Ri and her daughter told journalists they were seized in Tumen on Friday."),
        ("zh", "脱北者李女士和她的女儿对记者说，她们周五在图们被抓。"),
        ("vi", "Bà Ri và con gái, những người đào tẩu Triều Tiên, nói với phóng viên rằng họ đã "
               "bị bắt ở Đồ Môn hôm thứ Sáu."),
    ],
    ids=["en", "zh", "vi"],
)  # fmt: skip
def test_people_who_tell_of_their_own_arrest_are_held(lang: str, text: str) -> None:
    assert _people(lang, text) == 2


_RUSSIA = {
    "ko": "북한 주민 러시아서 구금",
    "zh": "朝鲜人在俄罗斯被拘",
    "ja": "北朝鮮人、ロシアで拘束",
    "vi": "Người Triều Tiên bị bắt ở Nga",
    "th": "ชาวเกาหลีเหนือถูกจับในรัสเซีย",
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "하바롭스크 경찰은 지난 금요일 북한 국적 여성을 체포했다."),
        ("zh", "朝鲜女性上周五在哈巴罗夫斯克被警方带走。"),
        ("ja", "北朝鮮籍の女が先週金曜日、ハバロフスクで拘束された。"),
        ("vi", "Người phụ nữ Triều Tiên đã bị bắt ở Khabarovsk hôm thứ Sáu tuần trước."),
        ("vi", "Cảnh sát Khabarovsk đã bắt giữ một người phụ nữ quốc tịch Triều Tiên hôm thứ "
               "Sáu."),
        ("th", "ตำรวจคาบารอฟสค์จับกุมหญิงสัญชาติเกาหลีเหนือเมื่อวันศุกร์ที่แล้ว"),
    ],
    ids=["ko", "zh", "ja", "vi", "vi-nationality", "th"],
)  # fmt: skip
def test_a_man_or_a_woman_named_by_the_north_alone_is_one_person(lang: str, text: str) -> None:
    verdict = classify(Document("r", _RUSSIA[lang], text, lang, date=ON))
    assert (verdict.tier, verdict.facts.people) == (Tier.ALERT, 1)
