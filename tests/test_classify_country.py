"""The country of detention is where the people are held, in every language: not where the story
was filed, not where they came from or hoped to go, not the country whose ministry spoke.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier


def held(text: str, lang: str) -> str | None:
    verdict = classify(Document("c", "", text, lang, date=date(2024, 5, 20)))
    assert verdict.alert, text
    return verdict.facts.country


# (language, text, country held in): the city a wire story was filed from names another country.
DATELINES = [
    ("en", "MOSCOW, 7 June (RIA) - Nine North Korean defectors were arrested in Kunming.", "CN"),
    ("ko", "[하노이=뉴시스] 탈북민 5명이 쿤밍에서 체포됐다.", "CN"),
    ("ko", "하노이=연합뉴스 김철수 특파원 = 탈북민 5명이 쿤밍에서 체포됐다.", "CN"),
    ("ja", "【モスクワ共同】脱北者3人がウランバートルで拘束された。", "MN"),
    ("ja", "〔ハノイ時事〕脱北者5人がビエンチャンで拘束された。", "LA"),
    ("zh", "新华社莫斯科6月7日电 5名脱北者在万象被捕。", "LA"),
    ("zh", "【莫斯科讯】3名脱北者在乌兰巴托被拘留。", "MN"),
    ("ru", "ПЕКИН, 7 июня (Синьхуа) -- Трое беглецов из КНДР задержаны в Улан-Баторе.", "MN"),
    ("ru", "ХАНОЙ, 7 июня. /ТАСС/. Пятеро беглецов из КНДР задержаны во Вьентьяне.", "LA"),
    ("ru", "ВЛАДИВОСТОК, 7 июня — РИА Новости. Пятеро беглецов из КНДР задержаны в Даньдуне.",
     "CN"),
    ("vi", "HÀ NỘI — 5 người đào tẩu Triều Tiên bị bắt tại Viêng Chăn.", "LA"),
    ("vi", "MÁT-XCƠ-VA (TTXVN) - 5 người đào tẩu Triều Tiên bị bắt tại Đan Đông.", "CN"),
    ("vi", "TP. HỒ CHÍ MINH - 5 người đào tẩu Triều Tiên bị bắt tại Thẩm Dương.", "CN"),
    ("th", "มอสโก (รอยเตอร์) - ผู้แปรพักตร์เกาหลีเหนือ 5 คนถูกจับที่เชียงราย", "TH"),
    ("th", "ฮานอย, 7 มิ.ย. - ผู้แปรพักตร์เกาหลีเหนือ 5 คนถูกจับที่เวียงจันทน์", "LA"),
    ("th", "ฮานอย 7 มิ.ย. (รอยเตอร์) - ผู้แปรพักตร์เกาหลีเหนือ 5 คนถูกจับที่คุนหมิง", "CN"),
    ("en", "Hanoi, June 7 (AFP) - Five North Korean defectors were arrested in Kunming.", "CN"),
    ("en", "VIENTIANE, Laos (AP) — Five North Korean defectors were arrested in Kunming.", "CN"),
    ("zh", "（中央社記者王明河內7日電）5名脫北者上週在昆明被捕。", "CN"),
    ("zh", "〔記者王明／河內報導〕5名脫北者上週在昆明被捕。", "CN"),
    ("vi", "Hà Nội (TTXVN) - 5 người Triều Tiên bị bắt tại Côn Minh.", "CN"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "country"), DATELINES, ids=[f"{r[0]}-{i}" for i, r in enumerate(DATELINES)]
)
def test_the_city_a_story_was_filed_from_is_not_where_they_are_held(
    lang: str, text: str, country: str
) -> None:
    assert held(text, lang) == country


# Places each script names without its country: the region or town alone says where.
TOWNS = [
    ("vi", "3 người đào tẩu Triều Tiên bị bắt tại vùng Viễn Đông.", "RU"),
    ("th", "ผู้แปรพักตร์เกาหลีเหนือ 3 คนถูกจับที่ปรีมอร์สกี", "RU"),
    ("th", "ผู้แปรพักตร์เกาหลีเหนือ 3 คนถูกจับในภูมิภาคตะวันออกไกล", "RU"),
    ("th", "ผู้แปรพักตร์เกาหลีเหนือ 5 คนถูกจับที่เหยียนเปียน", "CN"),
    ("ko", "탈북민 5명이 훼이싸이에서 체포됐다.", "LA"),
    # Russian names a country in six cases: "handed to China" (Китаю) is not "in Laos".
    ("ru", "Пятеро беглецов из КНДР, направлявшихся к Вьетнаму, задержаны в Китае.", "CN"),
    ("ru", "Пятеро беглецов из КНДР задержаны на границе с Лаосом.", "LA"),
    # Beijing alone may be the government speaking; "in Beijing" is the city.
    ("ko", "일본 대사관에 진입하려던 탈북민 3명이 베이징에서 체포됐다.", "CN"),
    ("zh", "3名脱北者上周在北京被捕。", "CN"),
    ("ja", "脱北者3人が先週、北京で拘束された。", "CN"),
    ("vi", "3 người Triều Tiên bị bắt tại Bắc Kinh tuần trước.", "CN"),
    ("th", "ผู้แปรพักตร์เกาหลีเหนือ 3 คนถูกจับที่ปักกิ่งเมื่อสัปดาห์ที่แล้ว", "CN"),
    # the short forms news writes, and Russian places in all their cases
    ("vi", "4 người Triều Tiên bị bắt tại TP.HCM hôm thứ Ba.", "VN"),
    ("vi", "Công an TP HCM bắt giữ 4 người Triều Tiên vượt biên.", "VN"),
    ("vi", "4 người Triều Tiên bị bắt ở Sài Gòn.", "VN"),
    ("en", "Four North Korean defectors were caught in HCMC on Tuesday.", "VN"),
    ("ru", "Четверо беглецов из КНДР задержаны в Артёме.", "RU"),
    ("ru", "Четверо беглецов из КНДР задержаны на Дальнем Востоке.", "RU"),
    ("ru", "Четверо беглецов из КНДР задержаны в Нижнем Новгороде.", "RU"),
    ("ru", "Двое беглецов из КНДР задержаны пограничниками Приморского края.", "RU"),
    ("ru", "Двое беглецов из КНДР задержаны в Хасанском районе.", "RU"),
    ("ru", "Двое беглецов из КНДР задержаны в посёлке Хасан у реки Туманной.", "RU"),
    ("ru", "Двое беглецов из КНДР задержаны в Партизанске.", "RU"),
    ("ru", "Двое беглецов из КНДР задержаны в Большом Камне.", "RU"),
    # airports, where people flying on are stopped
    ("th", "ชาวเกาหลีเหนือ 2 คนถูกจับกุมที่สนามบินสุวรรณภูมิขณะใช้หนังสือเดินทางปลอม", "TH"),
    ("vi", "Hai người Triều Tiên bị bắt tại sân bay Nội Bài khi dùng hộ chiếu giả.", "VN"),
    # the Vietnamese names of Dongxing (across from Móng Cái), Moscow and Ulaanbaatar
    ("vi", "Hai mươi người Triều Tiên đang bị giữ ở Đông Hưng từ tuần trước.", "CN"),
    ("vi", "Bốn lao động Triều Tiên bỏ trốn đã bị bắt ở ngoại ô Moskva hôm thứ Năm.", "RU"),
    ("vi", "Ba người Triều Tiên vượt biên đã bị bắt giữ tại U-lan Ba-to hôm thứ Hai.", "MN"),
    # the German, French and Spanish names of Moscow, St Petersburg, Novosibirsk and Ulaanbaatar
    ("de", "Drei Nordkoreaner wurden am Montag in Moskau festgenommen.", "RU"),
    ("fr", "Trois Nord-Coréens ont été arrêtés lundi à Moscou.", "RU"),
    ("es", "Tres norcoreanos fueron detenidos el lunes en Moscú.", "RU"),
    ("fr", "Deux Nord-Coréens ont été arrêtés à Saint-Pétersbourg.", "RU"),
    ("de", "Zwei Nordkoreaner wurden in Nowosibirsk festgenommen.", "RU"),
    ("fr", "Deux Nord-Coréens ont été arrêtés à Oulan-Bator.", "MN"),
    # Hassan is also a first name: the man who speaks is no village
    ("ru", "Хасан Юсупов, волонтёр, рассказал, что двое беглецов из КНДР задержаны китайской "
           "полицией.", "CN"),
    # Artyom is also a first name: the man who speaks is no town
    ("ru", "Артём Ли, волонтёр, рассказал, что четверо беглецов из КНДР задержаны китайской "
           "полицией.", "CN"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "country"), TOWNS, ids=[f"{r[0]}-{i}" for i, r in enumerate(TOWNS)]
)
def test_a_region_or_town_alone_names_the_country(lang: str, text: str, country: str) -> None:
    assert held(text, lang) == country


def test_the_russian_far_east_is_the_place_in_japanese() -> None:
    verdict = classify(Document("c", "", "ロシア極東で脱北者3人が拘束された。", "ja"))
    assert (verdict.facts.country, verdict.facts.place) == ("RU", "ロシア極東")


# An authority word that stands alone for China (边防, 공안), written right after another
# country's name, is that country's.
OWNED = [
    ("zh", "4名脱北者从中国越境进入蒙古后被蒙古边防人员拘留。", "MN"),
    ("zh", "5名脱北者上周在中国边境附近被越南边防拘留。", "VN"),
    ("ko", "탈북민 4명이 중국 접경에서 몽골 공안에 체포됐다.", "MN"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "country"), OWNED, ids=[f"{r[0]}-{i}" for i, r in enumerate(OWNED)]
)
def test_china_s_authority_word_after_another_country_is_that_country_s(
    lang: str, text: str, country: str
) -> None:
    assert held(text, lang) == country


# Where they came from or passed through: "from" before the place, a verb of leaving or passing
# ("fled China", 逃离俄罗斯, trốn khỏi Nga, "via China"), and the place they went to may stand
# between (중국에서 몽골로 넘어가다).
ROUTES = [
    ("en", "Three North Korean workers who fled Russia were arrested in China last week.", "CN"),
    ("en", "Five North Korean defectors slipped out of China and were arrested in Laos.", "LA"),
    ("ko", "탈북민 4명이 중국에서 몽골로 넘어가다 붙잡혔다.", "MN"),
    ("ko", "러시아를 떠나 중국으로 들어간 탈북민 3명이 지난주 체포됐다.", "CN"),
    ("ja", "中国からラオスに入った脱北者5人が拘束された。", "LA"),
    ("ja", "中国から逃れた脱北者3人がベトナムで拘束された。", "VN"),
    ("zh", "5名脱北者逃离俄罗斯后在中国被捕。", "CN"),
    ("ru", "Трое северокорейцев, сбежавших из России, задержаны в Китае.", "CN"),
    ("ru", "Трое беглецов из КНДР, покинув Россию, были задержаны в Китае.", "CN"),
    ("vi", "3 người Triều Tiên trốn khỏi Nga đã bị bắt tại Trung Quốc.", "CN"),
    ("vi", "3 người Triều Tiên rời Nga và bị bắt tại Trung Quốc.", "CN"),
    ("th", "ชาวเกาหลีเหนือ 3 คนที่หลบหนีออกจากรัสเซียถูกจับในจีน", "CN"),
    # Thai names the kind of place after the marker: จากแขวง (from the province of), จากนครหลวง
    ("th", "ชาวเกาหลีเหนือ 5 คนที่ข้ามแม่น้ำโขงมาจากแขวงบ่อแก้ว ถูกตำรวจจับกุมที่เชียงของ", "TH"),
    ("th", "ชาวเกาหลีเหนือ 4 คนที่ข้ามมาจากนครหลวงเวียงจันทน์ ถูกตำรวจจับกุมที่หนองคาย", "TH"),
    # the way they passed
    ("en", "Nine North Korean defectors who travelled through China were arrested in Laos.", "LA"),
    ("ko", "중국을 거쳐 라오스로 들어간 탈북민 9명이 체포됐다.", "LA"),
    ("ja", "中国を経由してラオスに入った脱北者9人が拘束された。", "LA"),
    ("zh", "9名脱北者经由中国进入老挝后被捕。", "LA"),
    ("ru", "Девять беглецов из КНДР, добравшихся через Китай до Лаоса, задержаны.", "LA"),
    ("vi", "9 người Triều Tiên đi qua Trung Quốc đã bị bắt tại Lào.", "LA"),
    ("th", "ผู้แปรพักตร์เกาหลีเหนือ 9 คนที่เดินทางผ่านจีนถูกจับในลาว", "LA"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "country"), ROUTES, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROUTES)]
)
def test_the_country_they_left_is_not_where_they_are_held(
    lang: str, text: str, country: str
) -> None:
    assert held(text, lang) == country


# A country named right after one of its places that people came from is where they came from
# too; named after the place where they are held, it still votes for it.
APPOSED = [
    ("en", "Police in Chiang Khong arrested eight North Korean defectors who had crossed the "
           "Mekong by boat from Bokeo province, Laos.", "TH"),
    ("en", "Eight North Korean defectors who crossed from Bokeo province, Laos, were arrested in "
           "Chiang Khong.", "TH"),
    ("th", "ชาวเกาหลีเหนือ 5 คนที่ข้ามแม่น้ำโขงมาจากแขวงบ่อแก้ว สปป.ลาว ถูกตำรวจจับกุมที่เชียงของ", "TH"),
    ("th", "ตำรวจจับกุมชาวเกาหลีเหนือ 4 คนที่หนองคาย หลังข้ามมาจากนครหลวงเวียงจันทน์ ประเทศลาว", "TH"),
    ("en", "Lao police arrested five North Korean defectors in Bokeo province, Laos, on Sunday.", "LA"),
    ("th", "ตำรวจลาวจับกุมชาวเกาหลีเหนือ 5 คนที่แขวงบ่อแก้ว สปป.ลาว เมื่อวันอาทิตย์", "LA"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "country"), APPOSED, ids=[f"{r[0]}-{i}" for i, r in enumerate(APPOSED)]
)
def test_a_country_named_after_the_place_they_came_from_is_where_they_came_from(
    lang: str, text: str, country: str
) -> None:
    assert held(text, lang) == country


# "trying to" governs the first place after it, where they were heading; a place after that is
# where they were caught.
ATTEMPTS = [
    ("en", "Six North Koreans trying to get to Thailand were caught in Laos last week.", "LA"),
    ("en", "Six North Koreans attempting to reach Thailand were detained in Vientiane.", "LA"),
    ("ru", "Шестеро северокорейцев при попытке перейти в Лаос задержаны в Юньнани.", "CN"),
    ("vi", "6 người Triều Tiên tìm cách sang Thái Lan đã bị bắt tại Lào.", "LA"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "country"), ATTEMPTS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ATTEMPTS)]
)
def test_where_they_were_trying_to_go_is_the_first_place_after_the_attempt(
    lang: str, text: str, country: str
) -> None:
    assert held(text, lang) == country


# Where people hid or lived before their arrest ("in hiding in China") is not where they are held.
HIDING = [
    ("en", "Five North Koreans were detained in Laos on Friday after they had spent months in "
           "hiding in Yanji, China.", "LA"),
    ("en", "Thai police detained three North Korean women in Chiang Rai on Monday; they had been "
           "living in Harbin, China, for years.", "TH"),
    # caught while hiding: the hiding place is where they are held
    ("en", "Five North Koreans who crossed from Laos were arrested while in hiding in a flat in "
           "Shenyang, China.", "CN"),
    ("th", "ชาวเกาหลีเหนือ 4 คนถูกจับกุมในลาว หลังหลบซ่อนตัวอยู่ที่เมืองเสิ่นหยาง ประเทศจีน นานหลายเดือน", "LA"),
    ("th", "ชาวเกาหลีเหนือ 4 คนถูกจับกุมในลาว ทั้งสี่คนเคยหลบซ่อนตัวอยู่ในมณฑลจี๋หลินของจีนนานหลายเดือน", "LA"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "country"), HIDING, ids=[f"{r[0]}-{i}" for i, r in enumerate(HIDING)]
)
def test_where_they_hid_before_is_not_where_they_are_held(
    lang: str, text: str, country: str
) -> None:
    assert held(text, lang) == country


# A country's border guards act in it; "the Laos border" alone is only beside Laos.
GUARDS = [
    ("ko", "중국 접경 지역에서 탈북민 4명이 몽골 국경수비대에 붙잡혔다.", "MN"),
    ("ja", "中国国境近くで脱北者4人がモンゴル国境警備隊に拘束された。", "MN"),
    ("en", "Near the China border, five North Korean defectors were detained by the Mongolia "
           "border police.", "MN"),
    # vi: biên phòng alone is Vietnam's guards; with a country after it, that country's.
    ("vi", "Ba người đào tẩu Triều Tiên bị biên phòng Trung Quốc bắt giữ gần sông Áp Lục.", "CN"),
    ("vi", "Bộ đội biên phòng Lào bắt giữ bốn người Triều Tiên gần cửa khẩu Boten.", "LA"),
    ("vi", "Ba người đào tẩu Triều Tiên bị bộ đội biên phòng bắt giữ ở Cao Bằng.", "VN"),
    # ... but the guards and police of Lào Cai province are Vietnam's, not Laos's.
    ("vi", "Biên phòng Lào Cai bắt giữ bốn người Triều Tiên vượt biên gần cửa khẩu.", "VN"),
    ("vi", "Năm phụ nữ Triều Tiên đang bị công an Lào Cai tạm giữ để điều tra.", "VN"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "country"), GUARDS, ids=[f"{r[0]}-{i}" for i, r in enumerate(GUARDS)]
)
def test_a_country_s_border_guards_hold_people_in_that_country(
    lang: str, text: str, country: str
) -> None:
    assert held(text, lang) == country


# A country's foreign ministry or embassy speaking about people held elsewhere.
SPEAKERS = [
    ("en", "China's foreign ministry said nine North Koreans were detained in Laos.", "LA"),
    ("ko", "중국 외교부는 라오스에서 탈북민 9명이 붙잡혔다고 밝혔다.", "LA"),
    ("ja", "中国外務省は、ラオスで拘束された脱北者9人について言及を避けた。", "LA"),
    ("zh", "中国外交部表示，9名脱北者在老挝被拘留。", "LA"),
    ("ru", "МИД Китая сообщил, что девять беглецов из КНДР задержаны в Лаосе.", "LA"),
    ("vi", "Bộ Ngoại giao Trung Quốc cho biết 9 người Triều Tiên bị bắt ở Lào.", "LA"),
    ("th", "กระทรวงการต่างประเทศจีนกล่าวว่าผู้แปรพักตร์เกาหลีเหนือ 9 คนถูกจับในลาว", "LA"),
    # and a ministry that speaks of its own country's arrest still names it
    ("ko", "중국 외교부는 탈북민 9명이 체포됐다고 확인했다.", "CN"),
    # where a group that speaks sits
    ("en", "A Japan-based rights group said nine North Korean defectors were detained in Laos.",
     "LA"),
    ("ko", "일본의 한 인권단체는 탈북민 9명이 라오스에서 구금됐다고 밝혔다.", "LA"),
    ("ja", "日本の支援団体によると、脱北者9人がラオスで拘束された。", "LA"),
    ("zh", "日本一人权组织表示，9名脱北者在老挝被拘留。", "LA"),
    ("vi", "Một tổ chức nhân quyền Nhật Bản cho biết 9 người Triều Tiên bị bắt ở Lào.", "LA"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "country"), SPEAKERS, ids=[f"{r[0]}-{i}" for i, r in enumerate(SPEAKERS)]
)
def test_the_country_whose_ministry_speaks_is_not_where_they_are_held(
    lang: str, text: str, country: str
) -> None:
    assert held(text, lang) == country


# A capital or a "side" standing for its government speaks or is urged: a headline's "Beijing"
# does not outweigh the text that says where the people are held.
GOVERNMENTS = [
    ("en", "Beijing urged not to send back six detained North Koreans",
     "Six North Korean defectors are being held in Vientiane, a church group said.", "LA"),
    ("en", "Pyongyang demands return of four detained defectors",
     "Four North Korean defectors are being held in Mongolia, a rights group said.", "MN"),
    ("ru", "Пекин промолчал о задержании пятерых беглецов из КНДР",
     "Пятеро беглецов из КНДР задержаны в Лаосе.", "LA"),
    ("ru", "Сеул попросил Пекин не выдавать КНДР семерых задержанных беглецов",
     "Семеро беглецов из КНДР задержаны в Монголии.", "MN"),
    ("ko", "베이징, 탈북민 6명 체포에 답 없어", "탈북민 6명이 라오스에서 붙잡혀 구금돼 있다.", "LA"),
    ("ko", "평양, 탈북민 4명 송환 요구", "탈북민 4명이 몽골에서 구금됐다.", "MN"),
    ("zh", "北京方面就7名脱北者被捕一事表态", "7名脱北者在蒙古被拘留。", "MN"),
    ("zh", "中方回应5名脱北者被捕", "5名脱北者在越南被捕。", "VN"),
    ("ja", "北京、脱北者6人の拘束で沈黙", "脱北者6人がラオスで拘束された。", "LA"),
    ("vi", "Bắc Kinh lên tiếng về 6 người Triều Tiên bị bắt",
     "6 người Triều Tiên bị bắt tại Lào tuần trước.", "LA"),
    ("de", "Peking äußert sich zu sieben festgenommenen Nordkoreanern",
     "Sieben Nordkoreaner wurden in Laos festgenommen.", "LA"),
    # the government alone still names its country, and "in Beijing" is the city
    ("en", "Beijing sends seven North Korean defectors back",
     "Beijing sent seven North Korean defectors back across the border on Tuesday.", "CN"),
    ("en", "Four North Korean defectors arrested",
     "Four North Korean defectors were arrested in Beijing last week.", "CN"),
    ("ru", "Трое беглецов из КНДР задержаны", "Трое беглецов из КНДР задержаны в Пекине.", "CN"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text", "country"),
    GOVERNMENTS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(GOVERNMENTS)],
)
def test_a_government_named_by_its_capital_is_not_where_they_are_held(
    lang: str, title: str, text: str, country: str
) -> None:
    verdict = classify(Document("g", title, text, lang, date=date(2024, 5, 20)))
    assert verdict.facts.country == country


# South Korea as where people were heading: no arrival there, and not where they are held.
HEADING_SOUTH = [
    ("ko", "한국 입국을 목표로 하던 탈북민 6명이 중국 공안에 체포됐다.", "CN"),
    ("ja", "韓国入りを目指す脱北者6人がラオスで拘束された。", "LA"),
    ("zh", "4名试图进入韩国的脱北者在昆明被中国公安逮捕。", "CN"),
    ("th", "ผู้แปรพักตร์เกาหลีเหนือ 6 คนที่ต้องการเดินทางไปเกาหลีใต้ถูกจับในลาว", "LA"),
    ("th", "ผู้แปรพักตร์เกาหลีเหนือ 6 คนที่พยายามเดินทางไปเกาหลีใต้ถูกจับในลาว", "LA"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    HEADING_SOUTH,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(HEADING_SOUTH)],
)
def test_people_heading_for_south_korea_are_still_held_where_they_were_caught(
    lang: str, text: str, country: str
) -> None:
    verdict = classify(Document("c", "", text, lang, date=date(2024, 5, 20)))
    assert (verdict.facts.country, verdict.facts.status) == (country, Status.ARRESTED)


# Handed over to China by the country that caught them: an alert, held where they were caught
# and now in China's hands, not yet sent home.
HANDOVERS = [
    ("en", "Laos handed nine North Korean defectors over to China last week, activists said.",
     "LA"),
    ("en", "Lao authorities handed over nine North Korean defectors to Chinese police.", "LA"),
    ("en", "Vietnamese police handed nine North Korean defectors to Chinese border guards.", "VN"),
    ("ko", "라오스 당국이 탈북민 9명을 중국으로 넘겼다.", "LA"),
    ("zh", "老挝当局将9名脱北者移交给中国。", "LA"),
    ("ru", "Власти Лаоса передали Китаю девятерых беглецов из КНДР.", "LA"),
    ("vi", "9 người Triều Tiên bị bắt tại Lào đã bị chuyển giao cho phía Trung Quốc.", "LA"),
    ("th", "ทางการลาวส่งตัวผู้แปรพักตร์เกาหลีเหนือ 9 คนให้จีน", "LA"),
    ("th", "ตำรวจลาวส่งตัวผู้แปรพักตร์เกาหลีเหนือ 9 คนให้แก่ทางการจีนเมื่อวันศุกร์", "LA"),
    ("th", "ทางการลาวส่งมอบผู้แปรพักตร์เกาหลีเหนือ 9 คนให้ทางการจีนแล้ว", "LA"),
    # Sent back to China, the way Vietnam and Laos say it: there, not home.
    ("vi", "Biên phòng Lạng Sơn đã trả 9 người Triều Tiên vượt biên trái phép về Trung Quốc.",
     "VN"),
    ("vi", "Công an Quảng Ninh trả lại 9 người Triều Tiên cho Trung Quốc hôm thứ Sáu.", "VN"),
    ("vi", "Lào đã trao trả 9 người Triều Tiên bị bắt ở Luang Namtha cho phía Trung Quốc.", "LA"),
    ("th", "ตำรวจลาวส่งผู้แปรพักตร์เกาหลีเหนือ 9 คนกลับประเทศจีนเมื่อวันศุกร์", "LA"),
    # zh: sent back (遣返, 遣送) to China is the same handover.
    ("zh-Hant", "寮國警方上週將9名北韓脫北者遣返回中國。", "LA"),
    ("zh-Hans", "9名脱北者在越南芒街被捕后被遣送回中国。", "VN"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "country"), HANDOVERS, ids=[f"{r[0]}-{i}" for i, r in enumerate(HANDOVERS)]
)
def test_people_handed_to_china_are_an_alert_not_yet_sent_home(
    lang: str, text: str, country: str
) -> None:
    verdict = classify(Document("c", "", text, lang, date=date(2024, 5, 20)))
    assert verdict.alert
    assert (verdict.facts.country, verdict.facts.status) == (country, Status.ARRESTED)


# Korean copy writes a country as one Hanja (中, 露) or a short syllable (러): where it is held.
# 韓 beside a government that speaks names no country of detention.
ABBREVIATIONS = [
    ("中서 붙잡힌 탈북민 3명", "中서 지난주 붙잡힌 탈북민 3명이 국경 인근 구류장에 갇혀 있다.", "CN"),
    ("탈북민 2명 억류", "탈북민 2명이 中에서 억류돼 있다고 단체가 밝혔다.", "CN"),
    ("中 경찰, 탈북민 검거", "中 경찰이 지난 3일 탈북민 4명을 검거했다고 소식통이 전했다.", "CN"),
    ("露 경찰, 탈북 노동자 검거", "露 경찰이 지난주 공사장을 이탈한 북한 노동자 2명을 검거했다.", "RU"),
    ("탈북민 구금", "러 당국이 지난주 붙잡은 탈북민 3명을 구금했다.", "RU"),
    ("露서 붙잡힌 탈북민", "露서 붙잡힌 탈북민 2명이 이민국 보호소에 수감됐다.", "RU"),
    ("韓 정부 \"강제북송 안 돼\"",
     "韓 정부는 中서 체포된 탈북민 6명을 북송하지 말라고 촉구했다.", "CN"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("title", "text", "country"),
    ABBREVIATIONS,
    ids=[f"ko-{i}" for i in range(len(ABBREVIATIONS))],
)
def test_a_korean_one_character_country_names_where_they_are_held(
    title: str, text: str, country: str
) -> None:
    verdict = classify(Document("c", title, text, "ko", date=date(2024, 5, 20)))
    assert verdict.alert
    assert verdict.facts.country == country


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "Defectors bound for Thailand caught",
         "Four North Korean defectors were arrested by Lao police on Tuesday."),
        ("ru", "Четверо беглецов задержаны по пути в Таиланд",
         "Четверо беглецов из КНДР задержаны полицией Лаоса во вторник."),
        ("ko", "태국으로 가던 탈북민 4명 붙잡혀", "탈북민 4명이 화요일 라오스 경찰에 체포됐다."),
        ("zh", "前往泰国的4名脱北者落网", "4名脱北者周二被老挝警方逮捕。"),
        ("ja", "タイへ向かう脱北者4人拘束", "脱北者4人が火曜日、ラオス警察に拘束された。"),
        ("vi", "Bốn người Triều Tiên bị bắt trên đường sang Thái Lan",
         "Bốn người Triều Tiên đào tẩu bị cảnh sát Lào bắt hôm thứ Ba."),
    ],
    ids=["en", "ru", "ko", "zh", "ja", "vi"],
)  # fmt: skip
def test_where_a_headline_says_they_were_going_is_not_where_the_text_holds_them(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("c", title, text, lang, date=date(2024, 5, 20)))
    assert (verdict.alert, verdict.facts.country) == (True, "LA")


# Freed in one country, then held in another: where they are held now, and held, not freed.
RELEASED_THEN_HELD = [
    ("zh-Hant", "4名脫北者上月在寮國被釋放，隨後在泰國被捕。"),
    ("zh-Hans", "在老挝获释的5名脱北者日前在泰国被警方逮捕。"),
    ("zh-Hans", "老挝警方上月释放了5名脱北者，他们随后越境进入泰国并在那里被捕。"),
    ("ja", "ラオスで釈放された脱北者5人が、その後タイに入国し、タイ警察に拘束された。"),
    ("ko", "라오스에서 석방된 탈북민 5명이 다시 태국 경찰에 체포됐다."),
    ("en", "Five North Korean defectors were freed in Laos last month and then arrested again in "
           "Thailand."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    RELEASED_THEN_HELD,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(RELEASED_THEN_HELD)],
)
def test_people_freed_in_one_country_and_then_held_in_another_are_held_there(
    lang: str, text: str
) -> None:
    verdict = classify(Document("c", "", text, lang, date=date(2024, 5, 20)))
    assert verdict.alert, text
    assert (verdict.facts.country, verdict.facts.status) == ("TH", Status.ARRESTED)


def test_a_then_after_a_custody_ends_no_release_told_before_it() -> None:
    # 其后 follows the arrest (held since), so the headline's release is the people's.
    verdict = classify(
        Document(
            "c",
            "泰国释放5名脱北者",
            "这5名脱北者3月在清莱被捕，其后一直关押在移民拘留中心。",
            "zh-Hans",
            date=date(2024, 5, 20),
        )
    )
    assert (verdict.facts.country, verdict.facts.status) == ("TH", Status.RELEASED)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "Crackdown on phone users",
         "North Korean security agents arrested 15 North Koreans for calling relatives on Chinese "
         "mobile phones, a source in the border region said."),
        ("ko", "중국 휴대폰 사용자 무더기 체포",
         "국가보위성이 중국 휴대폰으로 한국과 통화한 북한 주민 15명을 체포했다고 소식통이 전했다."),
        ("zh", "朝鲜抓捕使用中国手机的居民",
         "据消息人士透露，朝鲜国家保卫省最近逮捕了15名用中国手机与韩国通话的朝鲜居民。"),
        ("ja", "中国製携帯で韓国と通話、住民拘束",
         "北朝鮮の国家保衛省が中国製の携帯電話で韓国と通話した脱北者の家族15人を拘束した。"),
    ],
    ids=["en", "ko", "zh", "ja"],
)  # fmt: skip
def test_an_arrest_by_the_norths_own_security_police_is_no_alert(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("n", title, text, lang, date=date(2024, 5, 20)))
    assert not verdict.alert


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("en", "North Korean state security agents seized three defectors in Yanji last week and "
         "took them across the river, a pastor said.", "CN"),
        ("ko", "중국 공안이 지난주 탈북민 3명을 체포해 보위부에 넘겼다고 소식통이 전했다.", "CN"),
        ("zh", "三名脱北者在中国被遣返后，被朝鲜国家保卫省关押。", "CN"),
    ],
    ids=["en-agents-abroad", "ko-handed-to-the-bowibu", "zh-held-after-return"],
)  # fmt: skip
def test_the_norths_security_police_beside_an_arrest_abroad_or_a_return_leave_the_alert(
    lang: str, text: str, country: str
) -> None:
    assert held(text, lang) == country


def test_people_freed_straight_into_chinese_hands_are_not_released() -> None:
    text = (
        "Vietnamese authorities released nine North Korean defectors from a detention centre "
        "and handed them to Chinese border police on Friday."
    )
    verdict = classify(Document("c", "", text, "en", date=date(2024, 5, 20)))
    assert verdict.alert
    assert verdict.facts.status not in (Status.RELEASED, Status.REACHED_THIRD_COUNTRY)


def test_people_bailed_and_moved_to_an_immigration_centre_are_still_held() -> None:
    text = (
        "Nine North Korean defectors arrested in Chiang Rai were released on bail and moved to "
        "an immigration centre in Bangkok, where they await deportation to South Korea."
    )
    verdict = classify(Document("c", "", text, "en", date=date(2024, 5, 20)))
    assert verdict.alert
    assert (verdict.facts.country, verdict.facts.status) == ("TH", Status.DETAINED)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("ru", "Китайская полиция задержала в Тумыни пятерых беглецов из КНДР.", "Тумыни"),
        ("th", "ตำรวจจีนจับกุมผู้ลี้ภัยเกาหลีเหนือ 5 คนที่เมืองหยานจีเมื่อวันจันทร์", "หยานจี"),
    ],
    ids=["ru-tumyn", "th-yanji-without-tone-mark"],
)  # fmt: skip
def test_a_border_town_in_another_spelling_is_still_the_place(
    lang: str, text: str, place: str
) -> None:
    verdict = classify(Document("c", "", text, lang, date=date(2024, 5, 20)))
    assert verdict.alert
    assert verdict.facts.place is not None and place in verdict.facts.place


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("ตำรวจจับกุมชาวเกาหลีเหนือ 5 คนที่อำเภอแม่จันเมื่อวันอังคาร", "th", "TH"),
        ("ชาวเกาหลีเหนือ 4 คนถูกควบคุมตัวที่ด่านมุกดาหาร", "th", "TH"),
        ("ชาวเกาหลีเหนือ 3 คนถูกจับกุมที่นครพนมเมื่อวันศุกร์", "th", "TH"),
        ("ชาวเกาหลีเหนือ 2 คนถูกจับกุมที่อำเภอแม่สอดเมื่อวันศุกร์", "th", "TH"),
        ("ชาวเกาหลีเหนือ 6 คนถูกตำรวจลาวจับกุมที่สะหวันนะเขต", "th", "LA"),
        ("Sáu người Triều Tiên bị bắt tại một nhà nghỉ ở Hạ Long hôm thứ Ba.", "vi", "VN"),
    ],
    ids=["mae-chan", "mukdahan", "nakhon-phanom", "mae-sot", "savannakhet", "ha-long"],
)
def test_towns_on_the_mekong_and_border_routes_place_the_case(
    text: str, lang: str, country: str
) -> None:
    assert held(text, lang) == country


def test_luang_namtha_in_chinese_is_named_whole() -> None:
    """琅南塔 (Luang Namtha) is the town's whole Chinese name, not 南塔 inside it."""
    verdict = classify(
        Document(
            "z", "老挝拘留脱北者", "老挝警方上周在琅南塔拘留了5名脱北者。", "zh",
            date=date(2026, 12, 1),
        )
    )  # fmt: skip
    assert (verdict.facts.country, verdict.facts.place) == ("LA", "琅南塔")


@pytest.mark.parametrize(
    ("title", "body", "lang", "want"),
    [
        ("ลากคอ 4 โสมแดงลอบเข้าเมือง",
         "เมื่อวันที่ 2 ธ.ค. ตำรวจ สภ.แม่สาย จ.เชียงราย เข้าตรวจค้นบ้านร้างหลังหนึ่ง "
         "หลังได้รับแจ้งว่ามีชาวต่างชาติซ่อนตัวอยู่\n"
         "พบชาย 1 คน และหญิง 3 คน ให้การว่าเป็นชาวเกาหลีเหนือ "
         "เจ้าหน้าที่จึงควบคุมตัวทั้งหมดส่งพนักงานสอบสวน", "th", "TH"),
        ("Bốn người nước ngoài bị bắt khi đang lẩn trốn",
         "Chiều 2/12, tổ công tác Đồn Biên phòng Chi Ma kiểm tra một lán trại bỏ hoang ở xã "
         "Yên Khoái, huyện Lộc Bình.\nCả bốn người khai là người Triều Tiên và đã bị tạm giữ.",
         "vi", "VN"),
    ],
    ids=["th", "vi"],
)  # fmt: skip
def test_the_lead_after_a_headline_repeated_atop_the_text_names_the_country(
    title: str, body: str, lang: str, want: str
) -> None:
    doc = Document("r", title, f"{title}\n{body}", lang, date=date(2026, 12, 6))
    assert classify(doc).facts.country == want


def test_a_survey_told_in_the_lead_after_a_headline_repeated_atop_the_text_is_no_alert() -> None:
    # Its lead names China: the lead's survey must demote it as the headline's would.
    title = '탈북민 4명 중 1명 "중국서 붙잡혀 북송된 적 있다"…인권단체 조사'
    body = (
        "한 북한인권단체는 8일 국내 거주 탈북민 300명을 조사한 결과 응답자의 26%가 중국에서 "
        "체포돼 강제북송된 경험이 있다고 밝혔다."
    )
    doc = Document("r", title, f"{title}\n{body}", "ko", date=date(2026, 12, 6))
    assert classify(doc).tier is not Tier.ALERT
