"""Vietnamese, Thai and Japanese reports of escapees held in South-East Asia and Japan.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status

ON = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        ("vi", "Trao trả 3 người Triều Tiên vượt biên trái phép cho phía bạn",
         "Ngày 4/12, Đồn Biên phòng Chi Ma đã trao trả 3 người Triều Tiên cho phía bạn theo "
         "quy định. Họ vượt biên từ Trung Quốc sang Lạng Sơn hôm 1/12 thì bị bắt.",
         Status.ARRESTED),
        ("vi", "Bàn giao 3 người Triều Tiên tại cửa khẩu Chi Ma",
         "Biên phòng Lạng Sơn bắt 3 người Triều Tiên vượt biên từ Trung Quốc hôm 1/12. Sau đó, "
         "đơn vị quyết định trao trả họ cho nước bạn. Các nhà hoạt động lo ngại họ sẽ bị đưa "
         "về Triều Tiên.", Status.FACING_REPATRIATION),
        ("ja", "ベトナム、脱北者3人を隣国に引き渡し",
         "ベトナム北部ランソン省の国境警備隊は日曜日、中国から越境した脱北者3人を拘束した。"
         "火曜日、3人を隣国の国境当局に引き渡した。", Status.ARRESTED),
    ],
)  # fmt: skip
def test_a_handover_to_the_neighbour_is_no_return(
    lang: str, title: str, text: str, status: Status
) -> None:
    """Phía bạn, nước bạn, 隣国 (the neighbour across the border) name China or Laos: people
    handed to it are in its police's hands, not sent home (an all-clear before)."""
    verdict = classify(Document("r", title, text, lang=lang, date=ON))
    assert verdict.facts.status is status
    assert verdict.facts.people == 3


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ja", "日本で保護の北朝鮮住民8人 韓国に到着",
         "日本海で漂流していたところを保護された北朝鮮住民8人が、5日に韓国に到着した。"
         "8人は日本の入管施設に2週間収容されていた。"),
        ("ko", "일본서 구조된 북한 주민 8명 한국 도착",
         "일본 앞바다에서 표류하다 구조된 북한 주민 8명이 5일 한국에 도착했다고 통일부가 밝혔다. "
         "이들은 일본 출입국 시설에 2주간 수용돼 있었다."),
        ("zh", "在日本获救的8名朝鲜居民抵达韩国",
         "在日本海域漂流时获救的8名朝鲜居民已于5日抵达韩国，韩国统一部说。"
         "他们此前在日本出入境管理设施被收容两周。"),
    ],
)  # fmt: skip
def test_people_adrift_who_reached_the_south_are_escapees(
    lang: str, title: str, text: str
) -> None:
    """A drifting boat's people who reached the South fled: no voluntary return of a crew (a
    missed alert before)."""
    verdict = classify(Document("r", title, text, lang=lang, date=ON))
    assert verdict.alert
    assert verdict.facts.status is Status.REACHED_THIRD_COUNTRY
    assert verdict.facts.country == "JP"


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ja", "漂流の北朝鮮漁船員3人が帰国",
         "日本海で漂流していたところを救助された北朝鮮の乗組員3人が、本人の希望で5日、修理した"
         "船で北朝鮮に向けて出港した。"),
        ("ko", "표류 북한 어민 2명 동해항 도착…북송 희망",
         "동해상에서 표류하다 해군에 구조된 북한 어민 2명이 동해항에 도착했다. 이들은 북한으로 "
         "돌아가기를 희망했다."),
    ],
)  # fmt: skip
def test_a_crew_sent_home_at_its_wish_stays_no_alert(lang: str, title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, lang=lang, date=ON))
    assert not verdict.alert


def test_japan_in_thai_is_a_country_of_detention() -> None:
    """ญี่ปุ่น was no place: people held in Japan had no country abroad (a missed alert)."""
    title = "ชาวเกาหลีเหนือ 5 คนถูกกักตัวที่ญี่ปุ่นหลังเรือไม้เกยฝั่ง"
    text = (
        "เจ้าหน้าที่ตรวจคนเข้าเมืองของญี่ปุ่นควบคุมตัวชาวเกาหลีเหนือ 5 คน หลังเรือไม้ของพวกเขา"
        "เกยฝั่งที่จังหวัดอิชิกาวะเมื่อวันพฤหัสบดี ทั้งหมดบอกว่าต้องการไปเกาหลีใต้"
    )
    verdict = classify(Document("r", title, text, lang="th", date=ON))
    assert verdict.alert
    assert verdict.facts.country == "JP"


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ja", "帰国事業で渡った在日朝鮮人の孫ら脱北者3人、中国で拘束",
         "1960年代の帰国事業で北朝鮮に渡った在日朝鮮人の孫ら脱北者3人が、先週、中国吉林省"
         "延吉市で公安当局に拘束された。東京に住む親族が5日明らかにした。"),
        ("ko", "북송사업으로 건너간 재일교포 손자 등 탈북민 3명, 中서 체포",
         "1960년대 재일교포 북송사업으로 북한에 건너간 재일교포의 손자 등 탈북민 3명이 지난주 "
         "중국 옌지에서 공안에 체포됐다고 도쿄에 사는 친척이 5일 밝혔다."),
        ("en", "Three defectors descended from Japan returnees arrested in China",
         "Three North Korean defectors, grandchildren of a Korean resident of Japan who moved "
         "to the North under the 1959-84 repatriation programme, were arrested by Chinese "
         "police in Yanji last week, a relative in Tokyo said on Saturday."),
    ],
)  # fmt: skip
def test_the_programmes_own_years_date_no_arrest(lang: str, title: str, text: str) -> None:
    """The Zainichi programme's years (1959-84, 1960年代) told beside an arrest last week date
    the family's journey north, not the arrest: news (a missed alert before)."""
    verdict = classify(Document("r", title, text, lang=lang, date=ON))
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 3


def test_a_programme_story_retelling_a_later_arrest_stays_old() -> None:
    title = "帰国事業で北朝鮮に渡った女性、脱北の苦難を語る"
    text = (
        "1960年の帰国事業で北朝鮮に渡り、その後脱北した女性が先週、東京で講演し、2005年に"
        "中国で公安当局に拘束された体験を語った。"
    )
    verdict = classify(Document("r", title, text, lang="ja", date=ON))
    assert not verdict.alert


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("vi", "Sáu người Triều Tiên bị bắt ở Lào",
         "Cảnh sát Lào bắt sáu người Triều Tiên hôm 20/11 tại Luang Namtha. Gia đình không biết "
         "họ đang bị giữ ở đâu."),
        ("ja", "脱北者6人 ラオスで拘束",
         "ラオス警察は11月20日、ルアンナムター県で脱北者6人を拘束した。その後、6人の安否は"
         "いまだに分かっていない。"),
        ("ja", "脱北者6人 ラオスで拘束",
         "ラオス警察は11月20日、ルアンナムター県で脱北者6人を拘束した。家族は6人がどこに"
         "収容されているのか分からないという。"),
        ("th", "ชาวเกาหลีเหนือ 6 คนถูกจับในลาว",
         "ตำรวจลาวจับกุมชาวเกาหลีเหนือ 6 คนที่แขวงหลวงน้ำทาเมื่อวันที่ 20 พ.ย. "
         "นับจากนั้นจนถึงขณะนี้ยังไม่มีใครทราบชะตากรรมของพวกเขา"),
        ("th", "ชาวเกาหลีเหนือ 6 คนถูกจับในลาว",
         "ตำรวจลาวจับกุมชาวเกาหลีเหนือ 6 คนที่แขวงหลวงน้ำทาเมื่อวันที่ 20 พ.ย. "
         "ครอบครัวไม่รู้ว่าพวกเขาถูกควบคุมตัวอยู่ที่ใด"),
    ],
)  # fmt: skip
def test_where_they_are_held_unknown_is_missing(lang: str, title: str, text: str) -> None:
    """Not knowing where the people are held, or their fate still unknown with a word between
    (いまだに, ไม่มีใคร), is missing; it was read as a plain arrest or custody."""
    verdict = classify(Document("r", title, text, lang=lang, date=ON))
    assert verdict.facts.status is Status.MISSING
