"""Status kinds of round 43: someone who comes to see the people (a lawyer, a relative)
walking out of or freed from the jail, a handover the North's consulate or embassy demands, a
handover to the North's border guards or security agents, and a handover to China forbidden.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 11, 20)


def _read(text: str, lang: str) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("r", "", text, lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people, verdict.facts.country


@pytest.mark.parametrize(
    ("lang", "text", "people", "country"),
    [
        ("en", "Police in Shenyang detained three North Korean defectors "
         "last week. They are being held in a detention centre. Their "
         "lawyer left the detention centre after visiting them on "
         "Monday.", 3, "CN"),
        ("en", "Police in Shenyang detained three North Korean defectors "
         "last week and are holding them in a detention centre. A "
         "relative walked out of the jail on Tuesday after seeing "
         "them.", 3, "CN"),
        ("ko", "선양 경찰이 지난주 탈북민 3명을 구금했다. 이들은 수용소에 갇혀 있다. 그들의 변호사는 월요일 이들을 "
         "면회한 뒤 수용소를 나왔다.", 3, "CN"),
        ("ko", "선양 경찰이 지난주 탈북민 3명을 체포해 구치소에 수감했다. 가족 한 명이 화요일 이들을 만나고 구치소를 "
         "떠났다.", 3, "CN"),
        ("zh", "沈阳警方上周拘留了三名脱北者，目前关押在看守所。他们的律师周一探视他们后离开了看守所。", 3, "CN"),
        ("zh", "沈阳警方上周拘留了三名脱北者，目前关押在看守所。一名亲属周二探视后走出了看守所。", 3, "CN"),
        ("zh", "沈阳警方上周拘留了三名脱北者，关押在拘留中心。律师金明洙周一离开了拘留中心。", 3, "CN"),
        ("ja", "瀋陽の警察は先週、脱北者3人を拘束し、収容施設に収容している。彼らの弁護士は月曜日、面会の後に収容施設を出た。", 3, "CN"),
        ("ja", "瀋陽の警察は先週、脱北者3人を拘束し、拘置所に収容している。親族の1人が火曜日、面会を終えて拘置所を後にした。", 3, "CN"),
        ("ru", "Полиция Шэньяна на прошлой неделе задержала трёх "
         "перебежчиков из КНДР, их содержат в центре содержания. Их "
         "адвокат покинул центр содержания после встречи с ними.", 3, "CN"),
        ("ru", "Полиция Шэньяна на прошлой неделе задержала трёх "
         "перебежчиков из КНДР, их держат в тюрьме. Родственница "
         "вышла из тюрьмы во вторник после свидания с ними.", 3, "CN"),
        ("vi", "Công an Thẩm Dương tuần trước đã bắt giữ ba người đào tẩu "
         "Triều Tiên và đang giam họ tại trung tâm giam giữ. Luật sư "
         "của họ đã rời trung tâm giam giữ sau khi thăm họ hôm thứ "
         "Hai.", 3, "CN"),
        ("vi", "Công an Thẩm Dương tuần trước đã bắt giữ ba người đào tẩu "
         "Triều Tiên, hiện đang bị giam trong nhà tù. Một người thân "
         "đã bước ra khỏi nhà tù hôm thứ Ba sau khi gặp họ.", 3, "CN"),
        ("th", "ตำรวจเสิ่นหยางควบคุมตัวผู้แปรพักตร์ชาวเกาหลีเหนือสามคนเมื่อส"
         "ัปดาห์ที่แล้ว และขังไว้ในเรือนจำ "
         "ญาติคนหนึ่งเดินออกจากเรือนจำเมื่อวันอังคารหลังเข้าเยี่ยม", 3, "CN"),
        ("zh", "沈阳警方上周拘留了三名脱北者，目前关押在看守所。他们的律师周一离开了看守所。", 3, "CN"),
        ("zh", "沈阳警方上周拘留了三名脱北者，目前关押在看守所。他们的律师周一获释。", 3, "CN"),
        ("ko", "선양 경찰이 지난주 탈북민 3명을 구금했다. 이들은 수용소에 갇혀 있다. 그들의 변호사는 월요일 수용소를 "
         "나왔다.", 3, "CN"),
        ("ko", "선양 경찰이 지난주 탈북민 3명을 구금했다. 이들은 수용소에 갇혀 있다. 그들의 변호사는 월요일 석방됐다.", 3, "CN"),
        ("ja", "瀋陽の警察は先週、脱北者3人を拘束し、収容施設に収容している。彼らの弁護士は月曜日、収容施設を出た。", 3, "CN"),
        ("ja", "瀋陽の警察は先週、脱北者3人を拘束し、収容施設に収容している。彼らの弁護士は月曜日、釈放された。", 3, "CN"),
    ],
    ids=["en-1", "en-2", "ko-1", "ko-2", "zh-1", "zh-2", "zh-3", "ja-1", "ja-2", "ru-1", "ru-2", "vi-1", "vi-2", "th-2", "zh-4", "zh-5", "ko-3", "ko-4", "ja-3", "ja-4"],
)  # fmt: skip
def test_a_visitor_who_walks_out_or_is_freed_leaves_the_people_held(
    lang: str, text: str, people: int, country: str
) -> None:
    """Their lawyer, a relative, named or owned by them, leaving the jail or freed: that
    person's, not the people's, who stay held (no false all-clear)."""
    assert _read(text, lang) == (Tier.ALERT, Status.DETAINED, people, country)


@pytest.mark.parametrize(
    ("lang", "text", "people", "country"),
    [
        ("en", "Chinese police arrested four North Korean defectors in "
         "Shenyang last week. The North Korean consulate has demanded "
         "that China hand them over.", 4, "CN"),
        ("en", "Chinese police arrested four North Korean defectors in "
         "Shenyang last week. The North Korean embassy in Beijing "
         "demanded their handover.", 4, "CN"),
        ("ko", "중국 공안이 지난주 선양에서 탈북민 4명을 체포했다. 북한 영사관은 중국 측에 이들의 신병 인도를 요구했다.", 4, "CN"),
        ("zh", "中国警方上周在沈阳逮捕了四名脱北者。朝鲜领事馆已要求中方移交他们。", 4, "CN"),
        ("vi", "Công an Trung Quốc tuần trước đã bắt bốn người đào tẩu "
         "Triều Tiên ở Thẩm Dương. Lãnh sự quán Triều Tiên đã yêu cầu "
         "Trung Quốc bàn giao họ.", 4, "CN"),
        ("vi", "Công an Trung Quốc tuần trước đã bắt bốn người đào tẩu "
         "Triều Tiên ở Thẩm Dương. Đại sứ quán Triều Tiên yêu cầu "
         "Trung Quốc giao nộp bốn người này.", 4, "CN"),
        ("th", "ตำรวจจีนจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือสี่คนที่เสิ่นหยางเมื"
         "่อสัปดาห์ที่แล้ว "
         "สถานทูตเกาหลีเหนือเรียกร้องให้ทางการจีนส่งมอบพวกเขา", 4, "CN"),
    ],
    ids=["en-1", "en-2", "ko-1", "zh-1", "vi-1", "vi-2", "th-1"],
)  # fmt: skip
def test_a_handover_the_norths_mission_demands_is_feared(
    lang: str, text: str, people: int, country: str
) -> None:
    """The North's consulate or embassy demanding that China hand them over: a return a
    government demands, still to come."""
    assert _read(text, lang) == (Tier.ALERT, Status.FACING_REPATRIATION, people, country)


@pytest.mark.parametrize(
    ("lang", "text", "people", "country"),
    [
        ("ko", "중국 공안이 지난주 투먼에서 탈북민 4명을 체포했다. 이들은 월요일 국경에서 북한 보위부 요원들에게 "
         "인계됐다.", 4, "CN"),
        ("ru", "Китайская полиция на прошлой неделе задержала четырёх "
         "перебежчиков из КНДР в Тумэне. В понедельник четверых "
         "передали сотрудникам госбезопасности КНДР на границе.", 4, "CN"),
        ("vi", "Công an Trung Quốc tuần trước đã bắt bốn người đào tẩu "
         "Triều Tiên ở Đồ Môn. Hôm thứ Hai, họ đã bị bàn giao cho "
         "lính biên phòng Triều Tiên tại cầu Đồ Môn.", 4, "CN"),
        ("vi", "Công an Trung Quốc tuần trước đã bắt bốn người đào tẩu "
         "Triều Tiên ở Đồ Môn. Hôm thứ Hai, bốn người đã bị giao cho "
         "nhân viên an ninh Triều Tiên ở biên giới.", 4, "CN"),
        ("th", "ตำรวจจีนจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือสี่คนที่ทูเหมินเมื่อ"
         "สัปดาห์ที่แล้ว "
         "เมื่อวันจันทร์พวกเขาถูกส่งตัวให้ทหารรักษาชายแดนเกาหลีเหนือที"
         "่สะพานทูเหมิน", 4, "CN"),
        ("th", "ตำรวจจีนจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือสี่คนที่ทูเหมินเมื่อ"
         "สัปดาห์ที่แล้ว "
         "เมื่อวันจันทร์ทั้งสี่คนถูกส่งมอบให้เจ้าหน้าที่ความมั่นคงของเ"
         "กาหลีเหนือที่ชายแดน", 4, "CN"),
        ("zh", "中国警方上周在图们逮捕了四名脱北者。周一，他们在边境被交给了朝鲜保卫部人员。", 4, "CN"),
    ],
    ids=["ko-1", "ru-1", "vi-1", "vi-2", "th-1", "th-2", "zh-1"],
)  # fmt: skip
def test_a_handover_to_the_norths_border_guards_or_agents_is_a_return(
    lang: str, text: str, people: int, country: str
) -> None:
    """Handed to the North's border guards or security agents: sent back."""
    assert _read(text, lang) == (Tier.ALERT, Status.REPATRIATED, people, country)


@pytest.mark.parametrize(
    ("lang", "text", "people", "country"),
    [
        ("ko", "태국 경찰이 월요일 치앙라이에서 탈북민 5명을 체포했다. 활동가들은 이들을 중국에 인도하지 말라고 촉구했다.", 5, "TH"),
        ("ja", "タイの警察は月曜日、チェンライで脱北者5人を逮捕した。活動家らは5人を中国に引き渡さないよう求めた。", 5, "TH"),
        ("ru", "Российская полиция на прошлой неделе задержала двух "
         "перебежчиков из КНДР во Владивостоке. Правозащитники "
         "заявили, что их не должны передавать Китаю.", 2, "RU"),
        ("th", "ตำรวจรัสเซียควบคุมตัวผู้แปรพักตร์ชาวเกาหลีเหนือสองคนที่วลาดิ"
         "วอสต็อกเมื่อสัปดาห์ที่แล้ว "
         "กลุ่มสิทธิมนุษยชนระบุว่าไม่ควรส่งตัวพวกเขาให้จีน", 2, "RU"),
    ],
    ids=["ko-1", "ja-1", "ru-1", "th-1"],
)  # fmt: skip
def test_a_handover_to_china_forbidden_is_threatened(
    lang: str, text: str, people: int, country: str
) -> None:
    """They must not, or should not, be handed to China: a handover still to come, threatened,
    not denied."""
    assert _read(text, lang) == (Tier.ALERT, Status.FACING_REPATRIATION, people, country)
