"""country29: where the people are held, not where they were heading, passing or came from.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 6)


def _read(lang: str, title: str, body: str) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("c", title, f"{title}\n{body}", lang=lang, date=ON))
    facts = verdict.facts
    return verdict.tier, facts.status, facts.people, facts.country


# Heading for a country, told with the verb after the place (ja) or a plain verb of going
# before it (zh 去, vi đi, ru следовавших в): they were caught on the way, where they are.
HEADING_FOR = [
    ("ja", "脱北者5人拘束", "脱北者5人がタイに向かっていたところ、ラオスで拘束された。", "LA"),
    ("ja", "脱北者5人拘束", "脱北者5人がタイに向かう途中、ラオスで拘束された。", "LA"),
    ("ja", "脱北者5人拘束", "脱北者5人はタイに向けて移動中、ラオスで拘束された。", "LA"),
    (
        "ja",
        "脱北者5人拘束",
        "脱北者5人がラオスに向かっていたところ、中国の公安に拘束された。",
        "CN",
    ),
    ("ko", "탈북민 5명 체포", "탈북민 5명이 태국으로 가던 중 라오스 국경에서 붙잡혔다.", "LA"),
    ("zh", "5名脱北者被抓", "5名脱北者准备去泰国，在老挝被抓。", "LA"),
    (
        "vi",
        "5 người Triều Tiên bị bắt",
        "5 người đào tẩu Triều Tiên đang đi Thái Lan thì bị bắt tại Lào.",
        "LA",
    ),
    (
        "ru",
        "Задержаны 5 беглецов из КНДР",
        "Пятеро беглецов из КНДР, следовавших в Таиланд, были задержаны лаосской полицией.",
        "LA",
    ),
]


@pytest.mark.parametrize(("lang", "title", "body", "where"), HEADING_FOR)
def test_the_country_they_were_heading_for_is_not_where_they_are_held(
    lang: str, title: str, body: str, where: str
) -> None:
    tier, status, people, country = _read(lang, title, body)
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED
    assert people == 5
    assert country == where


# Russian case forms of towns whose stem drops its last letter (Чанбай: в Чанбае, Яньбянь: в
# Яньбяне), and the border towns on the Russian line (Хэйхэ, Суйфэньхэ), all in China.
RU_CASE_FORMS = [
    ("в Чанбае", "CN"),
    ("в Яньбяне", "CN"),
    ("под Цзилинем", "CN"),
    ("в Цзиане", "CN"),
    ("в Хэйхэ", "CN"),
    ("в Суйфэньхэ", "CN"),
    ("в Мэнле", "CN"),
    ("в Хуайсае", "LA"),
    ("в Удомсае", "LA"),
    ("в Мэсае", "TH"),
]


@pytest.mark.parametrize(("where_written", "where"), RU_CASE_FORMS)
def test_a_russian_case_form_of_a_town_abroad_names_its_country(
    where_written: str, where: str
) -> None:
    title = "Задержаны трое беглецов из КНДР"
    body = f"Трое беглецов из КНДР задержаны полицией {where_written} на прошлой неделе."
    tier, status, people, country = _read("ru", title, body)
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED
    assert people == 3
    assert country == where


# The border towns across from Russia, in every script.
HEIHE_SUIFENHE = [
    ("en", "Three North Korean defectors were arrested in Heihe on Monday."),
    ("ko", "탈북민 3명이 지난 월요일 헤이허에서 체포됐다."),
    ("zh", "3名脱北者上周一在绥芬河被捕。"),
    ("ja", "脱北者3人が先週、黒河で拘束された。"),
    ("vi", "3 người đào tẩu Triều Tiên bị bắt tại Tuy Phân Hà hôm thứ Hai."),
    ("th", "ผู้แปรพักตร์เกาหลีเหนือ 3 คนถูกจับที่เฮยเหอเมื่อวันจันทร์"),
]


@pytest.mark.parametrize(("lang", "body"), HEIHE_SUIFENHE)
def test_heihe_and_suifenhe_are_in_china(lang: str, body: str) -> None:
    tier, _status, people, country = _read(lang, body, body)
    assert tier is Tier.ALERT
    assert people == 3
    assert country == "CN"


# Ports where people are held: Laem Chabang (Thailand), Hai Phong written in Thai (Vietnam).
PORTS = [
    ("th", "ชาวเกาหลีเหนือ 4 คนถูกจับกุมที่ท่าเรือแหลมฉบังเมื่อวันจันทร์", "TH"),
    ("th", "ชาวเกาหลีเหนือ 4 คนถูกจับกุมที่เมืองไฮฟองเมื่อวันจันทร์", "VN"),
    ("vi", "4 người đào tẩu Triều Tiên bị bắt tại cảng Laem Chabang hôm thứ Hai.", "TH"),
    ("en", "Four North Korean defectors were detained at Laem Chabang port on Monday.", "TH"),
    ("ko", "탈북민 4명이 지난 월요일 램차방 항구에서 체포됐다.", "TH"),
]


@pytest.mark.parametrize(("lang", "body", "where"), PORTS)
def test_people_held_at_a_port_are_held_in_its_country(lang: str, body: str, where: str) -> None:
    tier, _status, people, country = _read(lang, body, body)
    assert tier is Tier.ALERT
    assert people == 4
    assert country == where


def test_a_crossing_named_by_both_towns_stands_on_the_russian_side() -> None:
    title = "Задержаны трое граждан КНДР"
    body = (
        "Трое граждан КНДР задержаны на прошлой неделе на пункте пропуска "
        "Пограничный — Суйфэньхэ, сообщили пограничники."
    )
    tier, _status, people, country = _read("ru", title, body)
    assert tier is Tier.ALERT
    assert people == 3
    assert country == "RU"


# A status term that holds the demonym ("taken in by Mongolian border guards", "taken by Lao
# police"): the country whose police took them in holds them, not the one they crossed from.
TAKEN_IN_BY = [
    ("taken in by Mongolian border guards", "China", "MN"),
    ("taken by Lao police", "China", "LA"),
    ("taken by Vietnamese police", "China", "VN"),
    ("surrendered to Thai police", "Laos", "TH"),
]


@pytest.mark.parametrize(("taken", "came_from", "where"), TAKEN_IN_BY)
def test_police_named_inside_a_status_term_hold_the_people(
    taken: str, came_from: str, where: str
) -> None:
    title = "Six North Korean defectors held"
    body = f"Six North Korean defectors were {taken} on Tuesday after crossing from {came_from}."
    if taken.startswith("surrendered"):
        body = f"Six North Korean defectors {taken} on Tuesday after crossing from {came_from}."
    tier, status, people, country = _read("en", title, body)
    assert tier is Tier.ALERT
    assert status is not None and status is not Status.RELEASED
    assert people == 6
    assert country == where


# Guided or brought from a place abroad into the place where they were caught: the guide's
# verb (guided, 데려오다, 案内, провели, นำ, dẫn) names where the people came from, and the
# country written beside that town is no vote of its own.
GUIDED_FROM = [
    ("en", "Six North Koreans caught",
     "Two men guided six North Korean defectors from Hekou, China, into Lao Cai on Monday and "
     "were caught there by border guards."),
    ("ko", "탈북민 6명 적발",
     "두 남성이 지난 5일 탈북민 6명을 중국 허커우에서 라오까이로 데려오다 국경수비대에 적발됐다."),
    ("ja", "脱北者6人摘発",
     "男2人が5日、脱北者6人を中国雲南省からラオカイへ案内していたところ、国境警備隊に摘発された。"),
    ("ru", "Задержаны шестеро беглецов из КНДР",
     "В понедельник двое мужчин провели шестерых беглецов из КНДР из Хэкоу (Китай) в Лаокай, где "
     "их задержали пограничники."),
    ("th", "จับชาวเกาหลีเหนือ 6 คน",
     "ชายสองคนนำชาวเกาหลีเหนือ 6 คนจากเหอโข่ว ประเทศจีน เข้าเมืองลาวกายเมื่อวันจันทร์ "
     "ก่อนถูกเจ้าหน้าที่ชายแดนจับกุม"),
    ("vi", "6 người Triều Tiên bị phát hiện",
     "Hôm thứ Hai, hai người đàn ông dẫn 6 người Triều Tiên từ Hà Khẩu (Trung Quốc) vào TP Lào "
     "Cai thì bị biên phòng phát hiện."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "body"), GUIDED_FROM)
def test_the_town_a_guide_brought_them_from_is_not_where_they_are_held(
    lang: str, title: str, body: str
) -> None:
    assert _read(lang, title, body)[3] == "VN"


# A headline's bare deportation noun with where it sends them (buộc trục xuất về Trung Quốc,
# решено выдворение в Китай): the destination, not where the people are held.
TOPIC_SENT_TO = [
    ("ru", "Трех северокорейцев оштрафовали, решено выдворение в Китай",
     "Вьетнамские пограничники в субботу оштрафовали трех беглецов из КНДР за незаконный въезд. "
     "Они содержатся на погранзаставе."),
    ("ja", "脱北者3人に罰金、中国への強制退去決定",
     "ベトナムの国境警備隊は3日、不法入国した脱北者3人に罰金を科した。3人はベトナム北部の国境の"
     "詰め所に収容されている。"),
    ("vi", "Phạt 3 người Triều Tiên, buộc trục xuất về Trung Quốc",
     "Bộ đội Biên phòng hôm thứ Bảy đã phạt 3 người Triều Tiên nhập cảnh trái phép. Họ đang bị "
     "tạm giữ tại đồn biên phòng."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "body"), TOPIC_SENT_TO)
def test_where_a_headlines_deportation_noun_sends_them_is_not_where_they_are_held(
    lang: str, title: str, body: str
) -> None:
    assert _read(lang, title, body)[3] == "VN"
