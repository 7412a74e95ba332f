"""Round-42 false all-clears, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 4)  # a Friday: "Monday" is Nov. 30


def verdict_of(lang: str, text: str, title: str = "") -> Verdict:
    return classify(Document("allclear42", title, text, lang, date=ON))


def assert_held(verdict: Verdict, people: int = 5) -> None:
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status in (Status.ARRESTED, Status.DETAINED)
    assert verdict.facts.people == people
    assert verdict.facts.country == "CN"


# An arrest, then in another clause a bare year before the report's and a figure returned in it:
# the year dates another group's returns as "last year" does, and the five stay held.
ARREST_THEN_PAST_YEAR = [
    ("en", "Police in Tumen detained five North Koreans on Sunday; in 2024, 38 were sent back."),
    ("en", "Police in Tumen detained five North Koreans on Sunday; in 2024 38 were repatriated."),
    ("ja", "図們の警察は日曜日、脱北者5人を拘束した；2024年には38人が送還された。"),
    # Already passing: ru vi.
    (
        "ru",
        "Полиция Тумэня в воскресенье задержала пятерых северокорейцев; в 2024 году, были "
        "высланы 38 человек.",
    ),
    (
        "vi",
        "Cảnh sát Đồ Môn đã bắt giữ năm người Triều Tiên hôm Chủ nhật; năm 2024, 38 người "
        "đã bị trả về.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ARREST_THEN_PAST_YEAR)
@pytest.mark.parametrize("field", ["title", "text"])
def test_a_past_year_dates_the_returns_not_the_arrest(lang: str, text: str, field: str) -> None:
    verdict = verdict_of(lang, text) if field == "text" else verdict_of(lang, "", title=text)
    assert_held(verdict)


# An arrest, then in another clause a time phrase whose comma stands a few words after its
# period or year ("지난해 한 해 동안,", "2024년,"): the phrase still opens the returns' clause.
ARREST_THEN_LONG_TIME_PHRASE = [
    ("ko", "투먼 공안이 일요일 탈북민 5명을 붙잡았다; 2024년, 38명이 북송됐다."),
    ("ko", "투먼 공안이 일요일 탈북민 5명을 붙잡았다; 2024년에는, 38명이 강제북송됐다."),
    ("zh", "图们警方周日抓获5名脱北者；2024年，有38人被遣返。"),
    ("ja", "図們の警察は日曜日、脱北者5人を拘束した；2024年、38人が送還された。"),
    ("ko", "투먼 공안이 일요일 탈북민 5명을 붙잡았다; 지난해 한 해 동안, 38명이 북송됐다."),
    ("ko", "투먼 공안이 일요일 탈북민 5명을 붙잡았다; 작년 한 해 동안, 38명이 강제북송됐다."),
    ("zh", "图们警方周日抓获5名脱北者；去年一整年，有38人被遣返。"),
    ("ja", "図們の警察は日曜日、脱北者5人を拘束した；昨年1年間で、38人が送還された。"),
    (
        "ru",
        "Полиция Тумэня в воскресенье задержала пятерых северокорейцев; в течение прошлого "
        "года, были высланы 38 человек.",
    ),
    # Already passing: en vi th.
    (
        "en",
        "Police in Tumen detained five North Koreans on Sunday; during the whole of last "
        "year, 38 were sent back.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ARREST_THEN_LONG_TIME_PHRASE)
@pytest.mark.parametrize("field", ["title", "text"])
def test_a_time_phrase_set_off_by_a_later_comma_dates_the_returns(
    lang: str, text: str, field: str
) -> None:
    verdict = verdict_of(lang, text) if field == "text" else verdict_of(lang, "", title=text)
    assert_held(verdict)


# A headline of two full sentences: the second's returns, dated to a past period, are another
# group's tally, not the fate of the people the first holds.
TWO_SENTENCE_HEADLINES = [
    ("en", "Five North Koreans detained in Tumen. China sent back 38 last year."),
    ("en", "Five North Koreans detained in Tumen. China repatriated 38 in 2025."),
    ("ko", "투먼서 탈북민 5명 체포. 지난해엔 38명이 북송됐다."),
    ("zh", "图们5名脱北者被抓。去年38人被遣返。"),
    ("ja", "図們で脱北者5人拘束。昨年は38人が送還された。"),
    ("ru", "В Тумэне задержаны пятеро северокорейцев. В прошлом году Китай выслал 38 человек."),
]


@pytest.mark.parametrize(("lang", "title"), TWO_SENTENCE_HEADLINES)
def test_a_headline_of_two_sentences_keeps_the_past_returns_apart(lang: str, title: str) -> None:
    assert_held(verdict_of(lang, "", title=title))


# The neighbour: the people's own return told in the headline's second sentence is theirs.
def test_the_peoples_own_return_in_a_headlines_second_sentence_stays_theirs() -> None:
    verdict = verdict_of(
        "en", "", title="Five North Koreans detained in Tumen. All five sent back."
    )
    assert verdict.facts.status is Status.REPATRIATED


# A custody told with no word of time in a language that marks none (Thai, Vietnamese), right
# before "before being deported": the people are held now, the return is still to come.
HELD_BEFORE_RETURN = [
    ("th", "ชาวเกาหลีเหนือ 5 คนถูกควบคุมตัวที่ด่านแม่สาย ก่อนถูกเนรเทศกลับ"),
    ("th", "ชาวเกาหลีเหนือ 5 คนถูกคุมขังที่แม่สาย ก่อนถูกส่งกลับ"),
    ("vi", "Năm người Triều Tiên bị tạm giữ ở Mae Sai trước khi bị trục xuất về nước."),
    ("vi", "Năm người Triều Tiên bị giam giữ tại Mae Sai trước khi bị trục xuất."),
    # Already passing: en, with the present tense.
    ("en", "Five North Koreans are being held in Mae Sai before being deported back."),
]


@pytest.mark.parametrize(("lang", "text"), HELD_BEFORE_RETURN)
def test_an_untensed_custody_before_the_return_leaves_it_to_come(lang: str, text: str) -> None:
    verdict = verdict_of(lang, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 5
    assert verdict.facts.country == "TH"


# The neighbours: a time the custody lasted, or a past marker, tells it as done.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("th", "ชาวเกาหลีเหนือ 5 คนถูกควบคุมตัวที่แม่สาย 2 เดือนก่อนถูกเนรเทศกลับ"),
        ("vi", "Năm người Triều Tiên đã bị tạm giữ ở Mae Sai trước khi bị trục xuất về nước."),
    ],
)
def test_a_custody_told_as_done_leaves_the_return_done(lang: str, text: str) -> None:
    assert verdict_of(lang, text).facts.status is Status.REPATRIATED
