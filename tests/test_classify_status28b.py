"""Status kinds of round 28b: a general call to end forced returns does not make a group held
face return. Every sentence here was written for these tests; none is copied from a report."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status

ON = date(2024, 5, 20)


def status_of(title: str, text: str) -> Status | None:
    return classify(Document("s", title, text, date=ON)).facts.status


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("North Koreans held in Yanji",
         "Chinese police detained 12 North Koreans in Yanji on Monday. The UN rapporteur urged "
         "China to stop forcibly returning North Koreans.", Status.DETAINED),
        ("China detains 12 North Koreans, UN urges end to forced returns of North Koreans",
         "Chinese police detained 12 North Koreans in Yanji on Monday.", Status.DETAINED),
        ("탈북민 12명 옌지서 구금",
         "중국 공안이 지난 20일 옌지에서 탈북민 12명을 구금했다. 유엔 특별보고관은 중국에 탈북민 "
         "강제북송을 중단하라고 촉구했다.", Status.DETAINED),
        ("脱北者12人拘束",
         "中国公安は20日、延吉で脱北者12人を拘束した。国連特別報告者は中国に対し、脱北者の強制送還"
         "をやめるよう求めた。", Status.ARRESTED),
        ("12名脱北者在延吉被拘",
         "中国警方20日在延吉拘留了12名脱北者。联合国特别报告员敦促中国停止强制遣返脱北者。",
         Status.DETAINED),
        ("12名脫北者在延吉被拘",
         "中國警方20日在延吉拘留了12名脫北者。聯合國特別報告員敦促中國停止強制遣返脫北者。",
         Status.DETAINED),
        ("В Яньцзи задержаны 12 северокорейцев",
         "Китайская полиция в понедельник задержала 12 северокорейцев в Яньцзи. Спецдокладчик "
         "ООН призвал Китай прекратить принудительное возвращение северокорейцев.",
         Status.ARRESTED),
        ("12 người Triều Tiên bị bắt giữ ở Diên Cát",
         "Cảnh sát Trung Quốc hôm thứ Hai đã tạm giữ 12 người Triều Tiên ở Diên Cát. Báo cáo viên "
         "đặc biệt của LHQ kêu gọi Trung Quốc ngừng cưỡng chế hồi hương người Triều Tiên.",
         Status.ARRESTED),
        ("จีนควบคุมตัวชาวเกาหลีเหนือ 12 คน",
         "ตำรวจจีนควบคุมตัวชาวเกาหลีเหนือ 12 คนที่เมืองหยานจีเมื่อวันจันทร์ "
         "ผู้รายงานพิเศษของสหประชาชาติเรียกร้องให้จีนยุติการส่งตัวชาวเกาหลีเหนือกลับประเทศโดยบังคับ",
         Status.DETAINED),
    ],
    ids=["en-text", "en-headline-comma", "ko", "ja", "zh-hans", "zh-hant", "ru", "vi", "th"],
)  # fmt: skip
def test_a_general_call_to_end_forced_returns_leaves_the_people_held(
    title: str, text: str, status: Status
) -> None:
    assert status_of(title, text) is status


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("UN urges China to halt forced returns after 12 North Koreans detained in Yanji",
         "Chinese police detained 12 North Koreans in Yanji on Monday."),
        ("North Koreans held in Yanji",
         "Chinese police detained 12 North Koreans in Yanji on Monday. Activists fear the 12 will "
         "be sent back."),
        ("North Koreans held in Yanji",
         "Chinese police detained 12 North Koreans in Yanji on Monday. The UN urged China not to "
         "forcibly return them."),
        ("탈북민 12명 옌지서 구금",
         "중국 공안이 지난 20일 옌지에서 탈북민 12명을 구금했다. 인권단체들은 이들이 북송될 것을 "
         "우려하고 있다."),
        # A call naming no one at all is about them, unsaid.
        ("4名脱北者在图们被捕",
         "4名脱北者上周在图们被公安逮捕，韩国政府已要求中方勿强制遣返。"),
        # A call told before the custody: a reaction, then the news it reacts to.
        ("Seoul urges Beijing to stop forced returns",
         "Seoul on Tuesday urged Beijing to stop forcibly returning North Koreans. Police in "
         "Tumen detained five North Koreans last week."),
    ],
    ids=["en-headline-ties", "en-fear", "en-call-names-them", "ko-fear", "zh-call-unsaid",
         "en-reaction-first"],
)  # fmt: skip
def test_a_call_or_fear_naming_the_people_still_makes_their_return_threatened(
    title: str, text: str
) -> None:
    assert status_of(title, text) is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Four North Koreans held in Vladivostok",
         "The court cancelled the deportation order, but the four remain in the detention "
         "centre."),
        ("Four North Koreans held",
         "A judge revoked the deportation order, but the four North Koreans are still in "
         "detention."),
        ("블라디보스토크서 탈북민 4명 구금",
         "법원은 추방 명령을 취소했지만 탈북민 4명은 여전히 수용소에 구금돼 있다."),
        ("脱北者4人収容",
         "裁判所は退去強制処分を取り消したが、脱北者4人は入管施設に収容されたままだ。"),
        ("4 người Triều Tiên bị giam",
         "Tòa án đã hủy lệnh trục xuất, nhưng 4 người Triều Tiên vẫn bị giam tại trung tâm tạm "
         "giữ."),
        ("4 người Triều Tiên bị giam",
         "Tòa án đã hủy bỏ quyết định trục xuất, tuy nhiên 4 người Triều Tiên vẫn đang bị tạm "
         "giữ."),
    ],
    ids=["en-cancelled", "en-revoked", "ko", "ja", "vi", "vi-decision"],
)  # fmt: skip
def test_a_cancelled_order_to_deport_people_still_held_leaves_them_held(
    title: str, text: str
) -> None:
    assert status_of(title, text) is Status.DETAINED


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Four North Koreans held in Vladivostok",
         "Their lawyer asked the court to cancel the deportation order against the four North "
         "Koreans held in Vladivostok."),
        ("블라디보스토크서 탈북민 4명 구금",
         "변호인은 구금된 탈북민 4명에 대한 추방 명령을 취소해 달라고 법원에 요청했다."),
        ("4 người Triều Tiên bị giam",
         "Luật sư yêu cầu tòa án hủy lệnh trục xuất đối với 4 người Triều Tiên đang bị giam."),
    ],
    ids=["en-plea", "ko-plea", "vi-plea"],
)  # fmt: skip
def test_a_plea_to_cancel_an_order_to_deport_leaves_the_return_threatened(
    title: str, text: str
) -> None:
    assert status_of(title, text) is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("В Хабаровске полиция задержала двоих граждан КНДР. Их доставят в центр временного "
         "содержания иностранных граждан.", Status.ARRESTED),
        ("В Хабаровске полиция задержала двоих граждан КНДР. Задержанных поместят в "
         "иммиграционный центр.", Status.ARRESTED),
        ("В Хабаровске полиция задержала двоих граждан КНДР. Их доставили в центр временного "
         "содержания иностранных граждан.", Status.DETAINED),
        ("В Хабаровске полиция задержала двоих граждан КНДР. Суд решит вопрос о выдворении.",
         Status.FACING_REPATRIATION),
    ],
    ids=["future-brought", "future-placed", "past-brought", "court-to-decide"],
)  # fmt: skip
def test_ru_a_custody_still_to_come_and_a_court_to_decide_on_expulsion(
    text: str, status: Status
) -> None:
    assert status_of("В Хабаровске задержаны двое граждан КНДР", text) is status


@pytest.mark.parametrize(
    "text",
    [
        "탈북민 3명이 지난 15일 투먼에서 중국 변방부대에 체포됐다. 현재 변방대대에 구금돼 조사를 "
        "받고 있다.",
        "탈북민 3명이 지난 15일 투먼에서 중국 변방부대에 체포됐다. 이들은 현재 변방대대에 구금돼 "
        "조사를 받고 있다.",
        "탈북민 3명이 지난 15일 투먼에서 중국 변방부대에 체포됐다. 현재 구류소에 구금돼 조사를 "
        "받고 있다.",
    ],
    ids=["ko-follow-on", "ko-they", "ko-lock-up"],
)  # fmt: skip
def test_ko_people_held_and_being_questioned_after_the_arrest_are_detained(text: str) -> None:
    assert status_of("탈북민 3명 中 변방대에 체포", text) is Status.DETAINED
