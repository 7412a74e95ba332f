"""Reports written for stress30_status30: the status mistakes its blind set showed, in new
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 5)

# Held while waiting for a move to the South that is still to come: no arrival yet.
WAITING_FOR_THE_SOUTH = [
    ("en", "North Koreans held in Vientiane",
     "Two North Koreans arrested in Vientiane last week are held at an immigration facility as "
     "they wait to be flown to Seoul, a church source said."),
    ("en", "North Korean women detained in Laos",
     "Three North Korean women caught in Luang Namtha are being held by police while they wait "
     "to be sent to South Korea, activists said."),
    ("en", "Teen held in Laos",
     "A North Korean teenager detained in Laos is in police custody, waiting to travel to South "
     "Korea, his mother said."),
    ("vi", "2 người Triều Tiên bị tạm giữ ở Lào",
     "2 người Triều Tiên bị công an Lào tạm giữ, đợi được đưa đến Hàn Quốc, nguồn tin cho biết."),
    ("th", "ชาวเกาหลีเหนือ 2 คนยังถูกควบคุมตัวที่ ตม.หนองคาย",
     "ชาวเกาหลีเหนือ 2 คนที่ถูกจับเมื่อต้นเดือน ยังถูกควบคุมตัวอยู่ที่ห้องกัก ตม.หนองคาย "
     "ระหว่างรอดำเนินการส่งตัวไปเกาหลีใต้ แหล่งข่าวระบุ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    WAITING_FOR_THE_SOUTH,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(WAITING_FOR_THE_SOUTH)],
)
def test_people_held_while_they_wait_to_go_south_are_held(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("s", title, f"{title}\n{text}", lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.DETAINED


def test_people_flown_to_seoul_after_waiting_reached_it() -> None:
    title = "North Koreans held in Vientiane flown to Seoul"
    text = (
        f"{title}\nTwo North Koreans who had been held at an immigration facility in Vientiane "
        "were flown to Seoul on Friday, a church source said."
    )
    verdict = classify(Document("s", title, text, "en", date=ON))
    assert verdict.facts.status is Status.REACHED_THIRD_COUNTRY


# Under the protection of, or handed to, Seoul's embassy in the country that held them: out of
# the police's hands (released), as a handover to the embassy already was in English.
EMBASSY_PROTECTION = [
    ("en", "North Koreans arrested in Vietnam now under embassy protection",
     "Three North Koreans arrested in Lang Son last month are now under the protection of the "
     "South Korean embassy in Hanoi, a source said."),
    ("ko", "베트남서 체포된 탈북민 3명 한국대사관 보호 중",
     "지난달 베트남 랑선에서 체포된 탈북민 3명이 현재 하노이 주재 한국대사관의 보호를 받고 "
     "있다고 소식통이 전했다."),
    ("ja", "ラオスで拘束の脱北者2人",
     "ラオスで拘束された脱北者2人は韓国大使館に引き渡され、大使館の保護下にあるという。"),
    ("zh", "老挝被捕2名脱北者",
     "上月在老挝被捕的2名脱北者，日前已被移交韩国驻老挝大使馆保护，消息人士证实。"),
    ("ru", "Задержанные в Лаосе северокорейцы под защитой посольства",
     "Двое граждан КНДР, задержанных в Лаосе, находятся под защитой посольства Республики "
     "Корея во Вьентьяне, сообщил источник."),
    ("vi", "2 người Triều Tiên bị bắt ở Lào",
     "2 người Triều Tiên bị cảnh sát Lào bắt giữ hồi tháng trước đã được chuyển giao cho Đại sứ "
     "quán Hàn Quốc tại Viêng Chăn."),
    ("th", "ชาวเกาหลีเหนือ 3 คนที่ถูกจับในเวียดนาม",
     "ชาวเกาหลีเหนือ 3 คนที่ถูกจับในเวียดนามเมื่อเดือนก่อน ขณะนี้อยู่ในความคุ้มครองของสถานทูต"
     "เกาหลีใต้ในฮานอย แหล่งข่าวระบุ"),
]  # fmt: skip

# Asked for, urged, or still to come: the people are still held.
EMBASSY_PROTECTION_NOT_YET = [
    ("ko", "베트남서 탈북민 3명 체포",
     "베트남에서 체포된 탈북민 3명이 한국대사관의 보호를 요청했으나 현재 공안 구류장에 갇혀 "
     "있다고 소식통이 전했다."),
    ("zh", "越南被捕3名脱北者",
     "在越南被捕的3名脱北者目前仍被关押，人权团体呼吁将他们移交韩国大使馆。"),
    ("th", "ชาวเกาหลีเหนือ 3 คนถูกจับในลาว",
     "ชาวเกาหลีเหนือ 3 คนที่ถูกจับในลาวยังถูกควบคุมตัว ทางการลาวจะส่งตัวให้สถานทูตเกาหลีใต้"
     "ในสัปดาห์หน้า"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    EMBASSY_PROTECTION,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(EMBASSY_PROTECTION)],
)
def test_people_under_the_protection_of_seouls_embassy_are_out_of_custody(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("s", title, f"{title}\n{text}", lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.RELEASED


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    EMBASSY_PROTECTION_NOT_YET,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(EMBASSY_PROTECTION_NOT_YET)],
)
def test_embassy_protection_asked_for_or_to_come_frees_nobody(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("s", title, f"{title}\n{text}", lang, date=ON))
    assert verdict.facts.status is Status.DETAINED


# A police lock-up, a cell or a local jail the people are in: held there (detained), not only
# arrested.
LOCK_UP = [
    ("en", "Two North Korean women caught in Yanji",
     "Two North Korean women were caught in Yanji last week and are now in the city's lock-up, "
     "a source said."),
    ("en", "North Koreans arrested in Laos",
     "Two North Koreans were arrested in Oudomxay on Sunday. Both were sent to the provincial "
     "jail, a police officer said."),
    ("ja", "タイで脱北者3人拘束",
     "脱北者3人が先週、タイ北部チェンライ県で拘束された。3人は現在、警察署の留置場にいるという。"),
    ("zh", "延吉3名脫北者被抓",
     "3名脫北者上週在延吉被公安抓獲，目前被關在派出所的拘留室，消息人士說。"),
    ("vi", "3 người Triều Tiên bị bắt ở Cao Bằng",
     "3 người Triều Tiên bị bắt ở Cao Bằng hôm thứ Hai. Họ hiện bị nhốt trong phòng tạm giữ của "
     "đồn biên phòng."),
    ("th", "ชาวเกาหลีเหนือ 2 คนถูกจับที่หนองคาย",
     "ชาวเกาหลีเหนือ 2 คนถูกจับที่จังหวัดหนองคาย ตอนนี้ถูกขังอยู่ที่ห้องขังสถานีตำรวจ แหล่งข่าวระบุ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    LOCK_UP,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(LOCK_UP)],
)
def test_people_in_a_lock_up_or_cell_are_held(lang: str, title: str, text: str) -> None:
    verdict = classify(Document("s", title, f"{title}\n{text}", lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.DETAINED


# Moved to the place where returns are processed: the people's return is still to come there
# (facing repatriation); a Thai relative clause read the place's work as their return done.
PLACE_OF_RETURNS = [
    ("en", "Four North Koreans moved to Tumen",
     "Four North Koreans arrested in Helong were moved on Sunday to Tumen, where China processes "
     "returns to the North, a source said."),
    ("ru", "Четверых беглецов из КНДР перевели в Тумэнь",
     "Четверых граждан КНДР, задержанных в Хэлуне, перевели в Тумэнь, где оформляют их "
     "возвращение в КНДР, сообщил источник."),
    ("th", "ชาวเกาหลีเหนือ 4 คนถูกย้ายไปถูเหมิน",
     "ชาวเกาหลีเหนือ 4 คนที่ถูกจับในเมืองเหอหลงถูกย้ายไปเมืองถูเหมิน ซึ่งเป็นที่ดำเนินการส่งกลับ"
     "เกาหลีเหนือ แหล่งข่าวระบุ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    PLACE_OF_RETURNS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(PLACE_OF_RETURNS)],
)
def test_people_moved_where_returns_are_processed_face_return(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("s", title, f"{title}\n{text}", lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION


# Handed to the North's security officers or its Ministry of State Security: sent back; a
# handover that may come is a threat.
HANDED_TO_NORTH_SECURITY = [
    ("vi", "Trung Quốc trao 3 người Triều Tiên tại cửa khẩu",
     "Công an Trung Quốc đã trao 3 người đào tẩu Triều Tiên cho an ninh Triều Tiên tại cửa khẩu "
     "Đồ Môn hôm thứ Ba, một nguồn tin cho biết.", Status.REPATRIATED),
    ("vi", "3 người Triều Tiên bị bắt ở Trường Bạch",
     "3 người Triều Tiên bị bắt ở Trường Bạch đã bị giao cho Bộ An ninh Quốc gia Triều Tiên hôm "
     "thứ Ba.", Status.REPATRIATED),
    ("th", "จีนส่งมอบผู้หลบหนีชาวเกาหลีเหนือ 3 คน",
     "ตำรวจจีนส่งมอบผู้หลบหนีชาวเกาหลีเหนือ 3 คนให้เจ้าหน้าที่ความมั่นคงเกาหลีเหนือที่ด่านถูเหมิน"
     "เมื่อวันอังคาร แหล่งข่าวระบุ", Status.REPATRIATED),
    ("th", "ชาวเกาหลีเหนือ 3 คนถูกจับในตานตง",
     "ชาวเกาหลีเหนือ 3 คนที่ถูกจับในเมืองตานตง อาจถูกส่งมอบให้เจ้าหน้าที่ความมั่นคงเกาหลีเหนือใน"
     "สัปดาห์หน้า ญาติกังวล", Status.FACING_REPATRIATION),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    HANDED_TO_NORTH_SECURITY,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(HANDED_TO_NORTH_SECURITY)],
)
def test_people_handed_to_the_norths_security_are_sent_back(
    lang: str, title: str, text: str, status: Status
) -> None:
    verdict = classify(Document("s", title, f"{title}\n{text}", lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is status
