"""Round-43 missed alerts, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 4)  # a Friday: "Monday" is Nov. 30

HELD = (Status.ARRESTED, Status.DETAINED)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("recall43", title, text, lang, date=ON))


def ids(rows: list[tuple[str, ...]]) -> list[str]:
    return [f"{r[0]}-{i}" for i, r in enumerate(rows)]


# People not named North Korean, caught abroad and sent back to the North: named by that return.
# The people and where they were caught between the verb and the North.
RETURNED_WITH_THE_PLACE_BETWEEN = [
    ("en", "China deported three people caught in Yanji to North Korea last week."),
    ("en", "China repatriated three people arrested in Yanji to North Korea last week."),
]


@pytest.mark.parametrize(
    ("lang", "text"), RETURNED_WITH_THE_PLACE_BETWEEN, ids=ids(RETURNED_WITH_THE_PLACE_BETWEEN)
)
def test_people_caught_abroad_and_deported_to_the_north_are_the_people(
    lang: str, text: str
) -> None:
    verdict = verdict_of(lang, "Police news", text)
    assert verdict.alert
    assert verdict.facts.status is Status.REPATRIATED
    assert verdict.facts.people == 3
    assert verdict.facts.country == "CN"


# Their arrest told in one sentence, their return to the North in the next, taken up by a
# pronoun or their figure.
ARREST_THEN_RETURN = [
    ("en", "Chinese police arrested a family of four in Dandong on Monday. They were sent back "
           "to North Korea on Thursday."),
    ("ko", "중국 공안이 월요일 단둥에서 일가족 4명을 체포했다. 이들은 목요일 북한으로 송환됐다."),
    ("zh", "中国警方周一在丹东逮捕了一家四口。他们周四被遣返回朝鲜。"),
    ("ja", "中国警察は月曜日、丹東で一家4人を逮捕した。4人は木曜日に北朝鮮へ送還された。"),
    ("ru", "В понедельник китайская полиция арестовала семью из четырёх человек в Даньдуне. "
           "В четверг их отправили обратно в Северную Корею."),
    ("vi", "Cảnh sát Trung Quốc đã bắt một gia đình bốn người ở Đan Đông hôm thứ Hai. Họ đã bị "
           "đưa trở lại Triều Tiên hôm thứ Năm."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ARREST_THEN_RETURN, ids=ids(ARREST_THEN_RETURN))
def test_an_arrest_then_a_return_to_the_north_names_the_people(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "Police news", text)
    assert verdict.alert
    assert verdict.facts.status is Status.REPATRIATED
    assert verdict.facts.people == 4
    assert verdict.facts.country == "CN"


# A defector who lives in or settled in the South, held abroad (on a visit, with no trip named):
# the North's escapee, one person.
SOUTH_RESIDENT_HELD_ABROAD = [
    ("en", "A Seoul-based defector was detained in China on Monday."),
    ("en", "A defector who resettled in South Korea was arrested in Shenyang on Monday while "
           "visiting relatives."),
    ("ko", "서울에 사는 탈북민이 월요일 중국에서 구금됐다."),
    ("ko", "한국에 정착한 탈북민이 친척을 만나러 갔다가 월요일 선양에서 체포됐다."),
    ("zh", "一名已在韩国定居的脱北者周一在沈阳探亲时被捕。"),
    ("ja", "ソウル在住の脱北者が月曜日、中国で拘束された。"),
    ("ru", "Живущий в Сеуле перебежчик был задержан в Китае в понедельник."),
    ("ru", "Перебежчик, обосновавшийся в Южной Корее, был арестован в Шэньяне в понедельник "
           "во время поездки к родственникам."),
    ("vi", "Một người đào tẩu sống ở Seoul đã bị bắt giữ ở Trung Quốc hôm thứ Hai."),
    ("vi", "Một người đào tẩu đã định cư ở Hàn Quốc bị bắt ở Thẩm Dương hôm thứ Hai khi đang "
           "thăm người thân."),
    ("th", "ผู้แปรพักตร์คนหนึ่งที่อาศัยอยู่ในกรุงโซลถูกควบคุมตัวในจีนเมื่อวันจันทร์"),
    ("th", "ผู้แปรพักตร์ที่ตั้งถิ่นฐานในเกาหลีใต้ถูกจับกุมที่เสิ่นหยางเมื่อวันจันทร์ขณะไปเยี่ยมญาติ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), SOUTH_RESIDENT_HELD_ABROAD, ids=ids(SOUTH_RESIDENT_HELD_ABROAD)
)
def test_a_defector_living_in_the_south_held_abroad_is_news(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "Police news", text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.country == "CN"


# A release's bracketed dateline is where it was issued: the place told after it is where the
# people are held.
RELEASE_DATELINE = [
    ("en", "(Bangkok) – Five North Korean defectors were detained in Laos on Monday."),
    ("en", "(Bangkok, December 1, 2026) – Five North Korean defectors were detained in Laos on "
           "Monday."),
    ("ko", "(방콕) – 탈북민 5명이 월요일 라오스에서 구금됐다."),
    ("zh", "（曼谷）— 五名朝鲜脱北者周一在老挝被拘留。"),
    ("ja", "（バンコク）― 北朝鮮の脱北者5人が月曜日、ラオスで拘束された。"),
    ("ru", "(Бангкок) – Пятеро северокорейских перебежчиков были задержаны в Лаосе в понедельник."),
    ("vi", "(Bangkok) – Năm người đào tẩu Triều Tiên đã bị bắt giữ ở Lào hôm thứ Hai."),
    ("th", "(กรุงเทพฯ) – ผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนถูกควบคุมตัวในลาวเมื่อวันจันทร์"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), RELEASE_DATELINE, ids=ids(RELEASE_DATELINE))
def test_a_release_dateline_is_not_where_they_are_held(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "Release", text)
    assert verdict.alert
    assert verdict.facts.people == 5
    assert verdict.facts.country == "LA"


# North Koreans named by their job in Russian (cooks, miners, builders), told held: the people.
JOBS_HELD_RU = [
    ("ru", "В понедельник в Приморье задержали трёх поваров из КНДР."),
    ("ru", "Трёх шахтёров из КНДР задержали в Хабаровске в понедельник."),
    ("ru", "Трёх северокорейских поваров задержали во Владивостоке в понедельник."),
    ("ru", "В понедельник во Владивостоке задержали трёх северокорейских строителей."),
    ("ru", "Полиция задержала трёх северокорейских шахтёров в Хабаровске в понедельник."),
]


@pytest.mark.parametrize(("lang", "text"), JOBS_HELD_RU, ids=ids(JOBS_HELD_RU))
def test_workers_named_by_their_job_held_in_russia(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "Новости", text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == 3
    assert verdict.facts.country == "RU"
