"""Kinds found by the blind set stress41_zhjakoth (Chinese, Japanese, Korean and Thai reports),
each probed in the seven main languages.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 10, 1)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("b41", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "zh",
            "韩剧《归途》讲述脱北者遭强制遣返 收视率创新高",
            "剧中女主角在延吉被公安逮捕，与年幼的儿子一起被遣返朝鲜。",
        ),
        (
            "zh",
            "",
            "以朝鲜脱北者为主题的摄影展周六在北京一家画廊开幕，展出在中国被捕后被遣返的妇女的照片。",
        ),
        (
            "zh",
            "",
            "以北韓脫北者為主題的攝影展週六在台北開幕，展覽記錄了在中國被捕、其後被遣返北韓的婦女。",
        ),
        (
            "ru",
            "",
            "В Москве открылась фотовыставка о северокорейских беженцах: на снимках женщины, "
            "задержанные в Китае и депортированные в КНДР.",
        ),
        (
            "ru",
            "Сериал о депортации северокорейской беженки из Китая бьет рекорды",
            "Героиню задерживают в Яньцзи и вместе с маленьким сыном отправляют в КНДР.",
        ),
        (
            "vi",
            "Phim truyền hình về người đào tẩu bị cưỡng chế hồi hương gây sốt",
            "Nhân vật chính bị công an bắt ở Diên Cát và bị trả về Triều Tiên cùng con trai nhỏ.",
        ),
        # Already read so before this change: en, ja, ko, th.
        (
            "en",
            "New TV drama about a defector mother forcibly repatriated from China draws record ratings",
            "The series follows a North Korean woman who is arrested in Yanji and sent back across "
            "the Tumen river with her young son.",
        ),
        (
            "ja",
            "",
            "脱北者をテーマにした写真展が土曜日、東京で始まった。中国で拘束され、北朝鮮に送還された"
            "女性たちの顔を紹介している。",
        ),
        (
            "ko",
            "탈북 모자 강제북송 그린 드라마 시청률 1위",
            "북한 여성이 옌지에서 공안에 붙잡혀 어린 아들과 함께 북송되는 이야기다.",
        ),
        (
            "th",
            "",
            "นิทรรศการภาพถ่ายเกี่ยวกับผู้หลบหนีจากเกาหลีเหนือเปิดที่กรุงเทพฯ เมื่อวันเสาร์ "
            "แสดงภาพหญิงที่ถูกจับกุมในจีนและถูกส่งกลับเกาหลีเหนือ",
        ),
    ],
)
def test_a_drama_or_an_exhibition_about_returns_is_no_incident(
    lang: str, title: str, text: str
) -> None:
    """A television drama, a series or a photo exhibition that shows defectors caught and sent
    back tells a story, not a case (韩剧, 摄影展, 展覽, сериал, фотовыставка, phim truyền hình)."""
    assert not verdict_of(lang, title, text).alert


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "th",
            "ญาติในกรุงโซลเปิดเผยเมื่อวันอังคารว่า ไม่ได้รับการติดต่อจากชายชาวเกาหลีเหนือคนหนึ่ง"
            "ตั้งแต่เดือนกันยายน\nชายคนดังกล่าวถูกตำรวจจีนจับกุมที่เมืองหยานจี๋ "
            "ระหว่างรอนายหน้าพาเดินทางต่อไปยังลาว",
        ),
        (
            "th",
            "ญาติในกรุงโซลเปิดเผยเมื่อวันอังคารว่า ไม่ได้รับการติดต่อจากหญิงชาวเกาหลีเหนือคนหนึ่ง"
            "ตั้งแต่เดือนกันยายน\nหญิงรายนี้ถูกตำรวจจีนจับกุมที่เมืองหยานจี๋ ขณะรอนายหน้า",
        ),
        (
            "th",
            "ญาติในกรุงโซลเปิดเผยเมื่อวันอังคารว่า ไม่ได้รับการติดต่อจากชายชาวเกาหลีเหนือคนหนึ่ง"
            "ตั้งแต่เดือนกันยายน\nเขาถูกตำรวจจีนจับกุมที่เมืองหยานจี๋ ระหว่างรอนายหน้า",
        ),
        (
            "vi",
            "Một phụ nữ Triều Tiên đã mất liên lạc từ tháng 9, người thân ở Seoul cho biết hôm "
            "thứ Ba.\nNgười phụ nữ này bị công an Trung Quốc bắt ở Diên Cát khi đang chờ người "
            "môi giới.",
        ),
        (
            "vi",
            "Một người đàn ông Triều Tiên đã mất liên lạc từ tháng 9, người thân ở Seoul cho biết "
            "hôm thứ Ba.\nNgười đàn ông này bị công an Trung Quốc bắt ở Diên Cát khi đang chờ "
            "người môi giới đưa sang Lào.",
        ),
        (
            "en",
            "A North Korean man has not been heard from since September, his relatives in Seoul "
            "said on Tuesday.\nThe man was arrested by Chinese police in Yanji while waiting for a "
            "broker to take him on to Laos.",
        ),
        # Already read so before this change: ko, zh, ja, ru.
        (
            "ko",
            "서울에 사는 친척들은 화요일 북한 남성 한 명과 9월 이후 연락이 끊겼다고 밝혔다.\n"
            "이 남성은 옌지에서 브로커를 기다리다 중국 공안에 체포됐다.",
        ),
        (
            "zh",
            "一名朝鲜男子自9月起音讯全无，他在首尔的亲属周二说。\n"
            "该男子在延吉等待中介带他前往老挝时被中国警方逮捕。",
        ),
        (
            "ja",
            "北朝鮮の男性が9月から連絡が取れなくなっていると、ソウルに住む親族が火曜日に明らかにした。\n"
            "この男性は延吉でブローカーを待っていたところを中国公安に拘束された。",
        ),
        (
            "ru",
            "Северокореянка не выходит на связь с сентября, сообщили во вторник её родственники "
            "в Сеуле.\nЖенщину задержали в Яньцзи, когда она ждала проводника.",
        ),
    ],
)
def test_one_person_taken_up_again_owns_the_arrest_before_a_broker_waited_for(
    lang: str, text: str
) -> None:
    """One person named in a sentence, then taken up by "the man", "this woman" or "he"
    (ชายคนดังกล่าว, หญิงรายนี้, เขาถูก, người phụ nữ này) in the next, caught "while waiting for a
    broker": the arrest is theirs, not the broker's, and the report is an alert."""
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.country == "CN"
    assert verdict.facts.people == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Lawmaker Kim asked the ministry on Tuesday to explain its position on China's "
            "repatriation of North Korean defectors.\nFive defectors arrested in Shenyang in August "
            "were handed over to North Korean border guards last week, she said.",
        ),
        (
            "zh",
            "立法委員周二在質詢時，要求外交部說明對北韓脫北者遭中國遣返一事的立場。\n"
            "她指出，今年8月在遼寧瀋陽被捕的五名脫北者，已於上週經丹東口岸被移交北韓邊防人員。",
        ),
        (
            "zh",
            "立法委员周二在质询时要求外交部说明对脱北者遭中国遣返一事的立场。\n"
            "她指出，8月在沈阳被捕的五名脱北者上周已被移交朝鲜边防人员。",
        ),
        (
            "ko",
            "김 의원은 화요일 외교부에 중국의 탈북민 강제북송에 대한 입장을 밝히라고 요구했다.\n"
            "김 의원은 8월 선양에서 체포된 탈북민 5명이 지난주 북한 측에 넘겨졌다고 말했다.",
        ),
        # Already read so before this change: ja only.
        (
            "ja",
            "議員は火曜日、中国による脱北者の強制送還について外務省に見解をただした。\n"
            "議員は、8月に瀋陽で拘束された脱北者5人が先週、北朝鮮側に引き渡されたと述べた。",
        ),
        (
            "ru",
            "Депутат во вторник потребовал от МИД объяснить позицию по поводу депортации "
            "северокорейских беженцев из Китая.\nПо его словам, пятерых беженцев, задержанных в "
            "Шэньяне в августе, на прошлой неделе передали северокорейским пограничникам.",
        ),
        (
            "vi",
            "Hôm thứ Ba, một nghị sĩ yêu cầu Bộ Ngoại giao giải thích lập trường về việc Trung Quốc "
            "cưỡng chế hồi hương người đào tẩu Triều Tiên.\nBà cho biết năm người đào tẩu bị bắt ở "
            "Thẩm Dương hồi tháng 8 đã bị trả về Triều Tiên vào tuần trước.",
        ),
        (
            "th",
            "เมื่อวันอังคาร ส.ส.คิมเรียกร้องให้กระทรวงต่างประเทศชี้แจงจุดยืนต่อการที่จีนส่งตัวผู้หลบหนี"
            "เกาหลีเหนือกลับประเทศ\nเธอกล่าวว่า ผู้หลบหนี 5 คนที่ถูกจับกุมที่เสิ่นหยางเมื่อเดือนสิงหาคม "
            "ถูกส่งกลับเกาหลีเหนือแล้วเมื่อสัปดาห์ที่แล้ว",
        ),
    ],
)
def test_a_lawmakers_question_on_a_day_sets_no_later_custody_against_last_weeks_return(
    lang: str, text: str
) -> None:
    """A lead that only asks about returns ("asked the ministry on Tuesday to explain its
    position on China's repatriation of defectors") holds no one: its day is the question's, so
    the five handed over "last week" in the next sentence are the incident, sent back, five."""
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.status is Status.REPATRIATED
    assert verdict.facts.people == 5


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "脱北者の一家5人が8月に図們で中国公安に拘束され、その後の行方が確認されていない。"),
        ("ja", "脱北者5人が8月に図們で中国公安に拘束された。5人の所在は確認できていない。"),
        ("zh", "一家五口脱北者8月在图们被中国公安抓获，此后下落一直未能得到确认。"),
        ("zh", "五名脫北者8月在圖們被中國公安抓獲，其下落至今仍未確認。"),
        (
            "vi",
            "Một gia đình 5 người Triều Tiên bị công an Trung Quốc bắt ở Đồ Môn hồi tháng 8, "
            "đến nay chưa xác định được tung tích của họ.",
        ),
        (
            "th",
            "ครอบครัวชาวเกาหลีเหนือ 5 คนถูกตำรวจจีนจับกุมที่เมืองถูเหมินเมื่อเดือนสิงหาคม "
            "และนับจากนั้นยังไม่สามารถยืนยันได้ว่าพวกเขาอยู่ที่ใด",
        ),
        # Already read so before this change: en, ko, ru.
        (
            "en",
            "Chinese police arrested a North Korean family of five in Tumen in August, and their "
            "whereabouts have not been confirmed since.",
        ),
        (
            "ko",
            "탈북민 일가족 5명이 8월 투먼에서 중국 공안에 체포됐으며 이후 행방이 확인되지 않고 있다.",
        ),
        (
            "ru",
            "Семью из пяти северокорейцев задержали в Тумэне в августе, с тех пор их "
            "местонахождение не установлено.",
        ),
    ],
)
def test_whereabouts_not_confirmed_since_the_arrest_is_missing(lang: str, text: str) -> None:
    """Whereabouts not confirmed or established since the arrest (行方が確認されていない,
    下落未能得到确认, chưa xác định được tung tích, ยังไม่สามารถยืนยันได้ว่าพวกเขาอยู่ที่ใด) is
    whereabouts unknown: missing, as 행방이 확인되지 않 and местонахождение не установлено are."""
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.status is Status.MISSING
    assert verdict.facts.people == 5


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "탈북 모자가 지난달 28일 무단장역에서 철도 공안에 붙잡혔다."),
        ("ko", "북한 모자가 지난달 28일 무단장역에서 철도 공안에 붙잡혔다."),
        ("ko", "탈북 자매가 지난달 28일 옌지에서 공안에 붙잡혔다."),
        ("ja", "北朝鮮の母子が先月28日、牡丹江駅で鉄道公安に拘束された。"),
        # Already read so before this change: zh, en, vi, th.
        ("zh", "一对朝鲜母子上月28日在牡丹江火车站被铁路公安截获。"),
        (
            "en",
            "A North Korean mother and son were caught by railway police in Mudanjiang on Oct. 28.",
        ),
        ("vi", "Hai mẹ con người Triều Tiên bị công an đường sắt bắt ở Mẫu Đơn Giang ngày 28/10."),
        ("th", "แม่ลูกชาวเกาหลีเหนือถูกตำรวจรถไฟจีนจับกุมที่เมืองหมู่ตันเจียงเมื่อวันที่ 28 ต.ค."),
    ],
)
def test_a_mother_and_son_named_by_the_north_before_a_particle_are_two(
    lang: str, text: str
) -> None:
    """A pair word right after 탈북/북한 or 北朝鮮の, before its subject particle (탈북 모자가,
    북한 자매가, 北朝鮮の母子が), is the pair: two people, as 탈북 모녀가 already was."""
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.people == 2
