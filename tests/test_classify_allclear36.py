"""Round-36 false all-clears and wrong statuses, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 4)  # a Friday: "Monday" is Nov. 30, "Tuesday" Dec. 1

HELD = (Status.ARRESTED, Status.DETAINED)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("allclear36", title, text, lang, date=ON))


# One sentence, two groups: people held on a recent day, and a return that a month named alone
# before it dates in a clause of its own. The figures may be equal, or the people held counted
# by no figure: the date, not the figure, parts them (they cannot have gone before they were
# caught).
MONTH_DATED_RETURN_OF_AN_EQUAL_GROUP = [
    ("en", "Police caught two North Korean defectors in Yanji on Monday, and in October two "
           "defectors were sent back to North Korea.", 2),
    ("ko", "공안은 월요일 옌지에서 탈북민 2명을 붙잡았으며, 10월에는 탈북민 2명이 북송됐다.", 2),
    ("ja", "中国公安は月曜日、延吉で脱北者2人を拘束し、10月には脱北者2人が北朝鮮に送還された。", 2),
    ("zh", "延吉警方周一抓获2名脱北者，10月则有2名脱北者被遣返朝鲜。", 2),
    ("ru", "Полиция задержала двух беглецов из КНДР в Яньцзи в понедельник, а в октябре двоих "
           "беглецов выслали в КНДР.", 2),
    ("vi", "Công an bắt hai người đào tẩu Triều Tiên ở Diên Cát hôm thứ Hai, còn tháng 10, hai "
           "người đào tẩu bị trả về Triều Tiên.", 2),
    ("th", "ตำรวจจับผู้หลบหนีชาวเกาหลีเหนือ 2 คนที่เหยียนจี๋เมื่อวันจันทร์ เมื่อเดือนตุลาคม "
           "ผู้หลบหนี 2 คนถูกส่งกลับเกาหลีเหนือ", 2),
    # Thai: a mother and her daughter held, and "three others" sent back in the month before.
    ("th", "แม่ชาวเกาหลีเหนือและลูกสาวถูกควบคุมตัวที่เหยียนจี๋เมื่อวันอังคาร ในเดือนพฤศจิกายน "
           "อีกสามคนถูกส่งกลับเกาหลีเหนือ", 2),
    ("th", "หญิงชาวเกาหลีเหนือและลูกชายถูกจับที่ถูเหมินเมื่อวันจันทร์ เมื่อเดือนตุลาคม "
           "อีกสองคนถูกส่งกลับเกาหลีเหนือ", 2),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    MONTH_DATED_RETURN_OF_AN_EQUAL_GROUP,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(MONTH_DATED_RETURN_OF_AN_EQUAL_GROUP)],
)
def test_a_return_dated_before_the_custody_is_another_groups(
    lang: str, text: str, people: int
) -> None:
    verdict = verdict_of(lang, "North Korean defectors", text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == people


# The neighbours: the same people's return told after their custody stays their return.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police caught two North Korean defectors in Yanji in October, and on Monday the "
               "two were sent back to North Korea."),
        ("ko", "공안은 10월 옌지에서 탈북민 2명을 붙잡았으며, 월요일 2명은 북송됐다."),
        ("th", "ตำรวจจับผู้หลบหนีชาวเกาหลีเหนือ 2 คนที่เหยียนจี๋เมื่อเดือนตุลาคม เมื่อวันจันทร์ "
               "ทั้งสองคนถูกส่งกลับเกาหลีเหนือ"),
    ],
)  # fmt: skip
def test_a_return_after_the_custody_stays_theirs(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "North Korean defectors", text)
    assert verdict.facts.status is Status.REPATRIATED


# Thai runs clauses on with a space: a month's name after " เดือน" opens a clause of its own, as
# " เมื่อเดือน" does, and dates it (not " เดือน" alone, which ends a span: "ถูกคุมขัง 3 เดือน").
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("แม่ชาวเกาหลีเหนือและลูกสาวถูกควบคุมตัวที่เหยียนจี๋เมื่อวันอังคาร เดือนกันยายน "
         "อีกสามคนถูกส่งกลับเกาหลีเหนือ", 2),
        ("ผู้หลบหนีชาวเกาหลีเหนือ 3 คนถูกจับที่ถูเหมินเมื่อวันจันทร์ เดือนตุลาคม "
         "ผู้หลบหนี 3 คนถูกส่งกลับเกาหลีเหนือ", 3),
    ],
)  # fmt: skip
def test_th_a_month_after_a_space_dates_a_clause_of_its_own(text: str, people: int) -> None:
    verdict = verdict_of("th", "ผู้หลบหนีชาวเกาหลีเหนือ", text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == people


# The people likened to another group's return ("Like the 600 sent back before them", 송환된
# 600명처럼, 送還された600人のように): that return is the other group's, whether it is larger or
# smaller, dated or not. The people's own threat stands, and their count.
LIKENED_TO_OTHERS_RETURN = [
    ("en", "Like the 600 sent back before them, the five North Korean defectors caught in Yanji "
           "could be sent back."),
    ("en", "Like the two repatriated before them, the five North Korean defectors caught in "
           "Yanji on Sunday could be sent back."),
    ("ko", "10월 송환된 2명처럼 일요일 옌지에서 붙잡힌 탈북민 5명도 북송될 수 있다."),
    ("ko", "앞서 송환된 600명처럼 옌지에서 붙잡힌 탈북민 5명도 북송될 수 있다."),
    ("ja", "先に送還された600人のように、延吉で拘束された脱北者5人も送還される恐れがある。"),
    ("ru", "Как и 600 высланных до них, пятерых беглецов из КНДР, задержанных в Яньцзи, могут "
           "выслать."),
    ("vi", "Giống như 600 người bị trả về trước đó, năm người đào tẩu Triều Tiên bị bắt ở Diên "
           "Cát có thể bị trả về."),
    ("th", "เช่นเดียวกับ 2 คนที่ถูกส่งกลับเมื่อเดือนตุลาคม ผู้หลบหนีชาวเกาหลีเหนือ 5 คนที่ถูกจับที่"
           "เหยียนจี๋เมื่อวันอาทิตย์อาจถูกส่งกลับ"),
    ("th", "เช่นเดียวกับ 600 คนที่ถูกส่งกลับก่อนหน้านี้ ผู้หลบหนีชาวเกาหลีเหนือ 5 คนที่ถูกจับที่"
           "เหยียนจี๋อาจถูกส่งกลับ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    LIKENED_TO_OTHERS_RETURN,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(LIKENED_TO_OTHERS_RETURN)],
)
def test_a_return_the_people_are_likened_to_is_not_theirs(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "North Korean defectors", text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 5


# The neighbour: the people's own return, told with a likeness to others, stays theirs.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Like many before them, the five North Korean defectors caught in Yanji were sent "
               "back on Sunday."),
        ("ko", "옌지에서 붙잡힌 탈북민 5명은 앞선 이들처럼 일요일 북송됐다."),
    ],
)  # fmt: skip
def test_the_peoples_own_return_beside_a_likeness_stays_theirs(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "North Korean defectors", text)
    assert verdict.facts.status is Status.REPATRIATED


# Deported to South Korea is the end of the journey (README): 한국에 추방, the forced word before
# the verb (한국으로 강제 추방), and Japanese 強制退去 to the South.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "몽골에서 붙잡힌 탈북민 3명이 월요일 한국에 강제 추방됐다."),
        ("ko", "몽골에서 붙잡힌 탈북민 3명이 월요일 한국으로 강제 추방됐다."),
        ("ko", "몽골 당국은 월요일 탈북민 3명을 한국에 강제로 추방했다."),
        ("ko", "몽골에서 붙잡힌 탈북민 3명이 월요일 한국에 추방됐다."),
        ("ja", "モンゴルで拘束された脱北者3人が月曜日、韓国へ強制退去させられた。"),
    ],
)  # fmt: skip
def test_deported_to_south_korea_reached_a_third_country(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "North Korean defectors", text)
    assert verdict.alert
    assert verdict.facts.status is Status.REACHED_THIRD_COUNTRY
    assert verdict.facts.people == 3


# Still to be deported there: in the police's hands (README), not gone.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "몽골 당국은 붙잡은 탈북민 3명을 다음 주 한국에 강제 추방할 예정이다."),
        ("ja", "モンゴル当局は拘束した脱北者3人を来週、韓国へ強制退去させる予定だ。"),
    ],
)  # fmt: skip
def test_a_deportation_to_south_korea_still_to_come_is_no_arrival(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "North Korean defectors", text)
    assert verdict.facts.status is not Status.REACHED_THIRD_COUNTRY


# A headline's deportation still to come ("pending deportation") over a text that says where
# to: the South. Those still to be deported there are in the police's hands (README), held.
PENDING_DEPORTATION_TO_THE_SOUTH = [
    ("en", "Three North Korean defectors held in Mongolia pending deportation",
     "Mongolian authorities plan to deport the three North Korean defectors to South Korea next "
     "week."),
    ("ko", "탈북민 3명 몽골서 구금…추방 대기",
     "몽골 당국은 탈북민 3명을 다음 주 한국으로 추방할 계획이다."),
    ("ja", "脱北者3人、モンゴルで拘束　強制送還待ち",
     "モンゴル当局は脱北者3人を来週、韓国へ強制退去させる予定だ。"),
    ("ru", "Трое беглецов из КНДР задержаны в Монголии до депортации",
     "Власти Монголии планируют на следующей неделе депортировать троих беглецов из КНДР в "
     "Южную Корею."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    PENDING_DEPORTATION_TO_THE_SOUTH,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(PENDING_DEPORTATION_TO_THE_SOUTH)],
)
def test_a_headline_deportation_the_text_sends_south_is_no_threat(
    lang: str, title: str, text: str
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == 3


# The neighbour: a headline's deportation the text tells as to the North stays a threat.
def test_a_headline_deportation_to_the_north_stays_a_threat() -> None:
    verdict = verdict_of(
        "en",
        "Three North Korean defectors held in Mongolia pending deportation",
        "Mongolian authorities plan to deport the three North Korean defectors to North Korea "
        "next week.",
    )
    assert verdict.facts.status is Status.FACING_REPATRIATION


# A return denied for the future ("said they would not deport them", не будут высылать их): it
# does not count (README), and the people stay held.
@pytest.mark.parametrize(
    "text",
    [
        "Троих беглецов из КНДР задержали в Хасанском районе в понедельник. Власти заявили, что "
        "не будут высылать их.",
        "Троих беглецов из КНДР задержали в Хасанском районе в понедельник. Власти заявили, что "
        "не будут депортировать их в КНДР.",
    ],
)
def test_ru_a_return_denied_for_the_future_is_no_threat(text: str) -> None:
    verdict = verdict_of("ru", "Беглецы из КНДР", text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == 3


# Gone on to the South by way of a third country, told as done: reached a third country.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Беглец из КНДР, задержанный в Приморье в октябре, выехал через третью страну в "
               "Южную Корею."),
        ("ru", "Северокореец, задержанный в Приморье в октябре, в понедельник выехал в Южную "
               "Корею."),
        ("en", "A North Korean defector held in Primorye in October left for South Korea via a "
               "third country on Monday."),
        ("ko", "10월 연해주에서 구금됐던 탈북민이 월요일 제3국을 거쳐 한국으로 떠났다."),
        ("zh", "10月在滨海边疆区被拘留的脱北者周一经第三国前往韩国。"),
    ],
)  # fmt: skip
def test_left_for_the_south_via_a_third_country_reached_it(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "North Korean defectors", text)
    assert verdict.alert
    assert verdict.facts.status is Status.REACHED_THIRD_COUNTRY


# Vietnamese writes a day with its month after hôm or vào, with no ngày: hôm 1/12 is Dec. 1.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ba người đào tẩu Triều Tiên bị bắt ở Diên Cát hôm 1/12.", date(2026, 12, 1)),
        ("Ba người đào tẩu Triều Tiên bị bắt ở Diên Cát vào 28/11/2026.", date(2026, 11, 28)),
    ],
)
def test_vi_a_day_after_hom_dates_the_incident(text: str, day: date) -> None:
    verdict = verdict_of("vi", "Người đào tẩu Triều Tiên", text)
    assert verdict.alert
    assert verdict.facts.date == day
