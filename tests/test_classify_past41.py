"""A custody remembered by people who have since reached the South: old news, not an incident.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 7)


def _facts(lang: str, text: str) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people, verdict.facts.country


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Three North Korean workers who defected and reached Seoul in 2015 told reporters "
               "how they were once detained by Russian police."),
        ("en", "Three North Korean workers who defected in 2015 and now live in Seoul said they "
               "were once detained by Russian police."),
        ("en", "A North Korean woman who escaped in 2010 and settled in Seoul said she was once "
               "arrested in China and deported."),
        ("ko", "2015년 한국에 입국한 탈북민 3명은 러시아 경찰에 구금된 적이 있다고 말했다."),
        ("ko", "서울에 사는 탈북민 3명은 한때 선양에서 공안에 체포된 적이 있다고 말했다."),
        ("zh", "三名2015年脱北并抵达首尔的脱北者说，他们曾在沈阳被中国公安逮捕。"),
        ("ja", "ソウルで暮らす脱北者の女性は、かつて瀋陽で拘束されたことがあると語った。"),
        ("vi", "Ba công nhân Triều Tiên đào tẩu và đến Seoul năm 2015 kể với phóng viên việc họ "
               "từng bị cảnh sát Nga bắt giữ."),
        ("vi", "Ba công nhân Triều Tiên bỏ trốn năm 2015 và hiện sống ở Seoul cho biết họ từng "
               "bị cảnh sát Nga bắt giữ."),
        ("th", "แรงงานเกาหลีเหนือ 3 คนที่หนีออกจากเกาหลีเหนือในปี 2015 และปัจจุบันอาศัยอยู่ใน"
               "กรุงโซล เล่าว่าพวกเขาเคยถูกตำรวจรัสเซียควบคุมตัว"),
        ("ru", "Перебежчица, живущая в Сеуле, рассказала, что её когда-то арестовали в Шэньяне и "
               "выслали в КНДР."),
        # Already no alert before the `years.settled` patterns: kept so it stays so.
        ("ru", "Трое рабочих, бежавших в 2015 году и живущих сейчас в Сеуле, рассказали, что их "
               "когда-то задерживала российская полиция."),
        ("zh", "一名现居首尔的脱北者回忆说，她2009年在沈阳被捕并被遣返。"),
    ],
)  # fmt: skip
def test_a_custody_told_as_the_past_of_people_now_in_the_south_is_no_alert(
    lang: str, text: str
) -> None:
    """People said to live in or have reached the South (`years.settled`: "now live in Seoul",
    서울에 사는, 抵达首尔, ソウルで暮らす, hiện sống ở Seoul, อาศัยอยู่ในกรุงโซล) who tell of a
    custody as their past ("once", 한때, 적이 있, 曾, かつて, từng, เคย) were held before they
    reached the South: an old case recalled, however recent the year of their escape."""
    assert _facts(lang, text)[0] != Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Three North Korean workers who defected and reached Seoul in 2015 told reporters "
               "how they were detained by Russian police."),
        ("zh", "三名2015年脱北并抵达首尔的脱北者讲述了他们在沈阳被中国公安逮捕的经历。"),
        ("vi", "Ba người đào tẩu Triều Tiên bỏ trốn năm 2015 và hiện sống ở Seoul kể lại việc bị "
               "công an Trung Quốc bắt ở Thẩm Dương."),
        ("th", "ผู้แปรพักตร์เกาหลีเหนือ 3 คนที่หลบหนีในปี 2015 และอาศัยอยู่ในกรุงโซล "
               "เล่าถึงการถูกตำรวจจีนจับกุมที่เสิ่นหยาง"),
        # Already no alert before the `recounted` words: kept so they stay so.
        ("ko", "2015년 탈북해 서울에 정착한 북한 노동자 3명은 러시아 경찰에 구금됐던 경험을 "
               "털어놨다."),
        ("ja", "2015年に脱北してソウルにたどり着いた脱北者3人が、瀋陽で中国公安に逮捕された体験を"
               "語った。"),
    ],
)  # fmt: skip
def test_a_custody_recounted_by_people_now_in_the_south_is_no_alert(lang: str, text: str) -> None:
    """The same told as a story of their own past (`recounted`: "told reporters how they were",
    的经历, kể lại việc, เล่าถึงการ, 경험을), with no word "once": they were held before they
    reached the South."""
    assert _facts(lang, text)[0] != Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kim, a defector who reached Seoul in 2015, said the five North Koreans arrested "
               "in Dandong last week face return."),
        ("ko", "2015년 한국에 입국한 탈북민 김씨는 지난주 단둥에서 체포된 탈북민 5명이 강제북송 "
               "위기에 처했다고 말했다."),
        ("zh", "2015年抵达首尔的脱北者金女士说，上周在丹东被捕的五名脱北者面临遣返。"),
        ("ja", "2015年に韓国入りした脱北者のキムさんは、先週丹東で拘束された脱北者5人が強制送還の"
               "危機にあると話した。"),
        ("vi", "Bà Kim, người đào tẩu đến Seoul năm 2015, cho biết năm người Triều Tiên bị bắt ở "
               "Đan Đông tuần trước đang đối mặt nguy cơ bị trả về."),
        ("th", "นางคิม ผู้แปรพักตร์ซึ่งเดินทางถึงกรุงโซลในปี 2015 กล่าวว่าผู้แปรพักตร์เกาหลีเหนือ "
               "5 คนที่ถูกจับกุมที่ตานตงเมื่อสัปดาห์ที่แล้วเสี่ยงถูกส่งกลับ"),
        ("ru", "Ким, перебежчица, добравшаяся до Сеула в 2015 году, сообщила, что пятерым "
               "северокорейцам, задержанным в Даньдуне на прошлой неделе, грозит высылка."),
        # A group held now, their relatives in Seoul speaking.
        ("en", "Five North Korean women were detained in Shenyang on Monday, their relatives who "
               "live in Seoul said, fearing they will be sent back."),
        ("ko", "탈북민 5명이 지난 7일 선양에서 공안에 체포됐다고 서울에 사는 가족들이 전했다. "
               "이들은 강제북송될 위기에 처했다."),
    ],
)  # fmt: skip
def test_a_new_arrest_told_by_someone_in_the_south_stays_an_alert(lang: str, text: str) -> None:
    """One who reached the South speaking of others held now (a recent day, other people named):
    the news is their arrest, whatever the year the speaker arrived."""
    assert _facts(lang, text) == (Tier.ALERT, Status.FACING_REPATRIATION, 5, "CN")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A North Korean defector who lives in Seoul was arrested in Vietnam while on a "
               "trip, his family said."),
        ("ko", "서울에 사는 탈북민 1명이 여행 중 베트남에서 체포됐다고 가족이 전했다."),
        ("zh", "一名现居首尔的脱北者在越南旅行时被捕，其家人说。"),
        ("ja", "ソウル在住の脱北者の男性が旅行中にベトナムで逮捕されたと家族が明らかにした。"),
        ("vi", "Một người đào tẩu Triều Tiên đang sống ở Seoul bị bắt ở Việt Nam trong chuyến du "
               "lịch, gia đình cho biết."),
        ("ru", "Перебежчик из КНДР, живущий в Сеуле, задержан во Вьетнаме во время поездки, "
               "сообщила его семья."),
    ],
)  # fmt: skip
def test_a_defector_from_the_south_arrested_on_a_trip_abroad_stays_an_alert(
    lang: str, text: str
) -> None:
    """A custody told plainly, no word making it their past: held now, on a trip abroad."""
    assert _facts(lang, text) == (Tier.ALERT, Status.ARRESTED, 1, "VN")
