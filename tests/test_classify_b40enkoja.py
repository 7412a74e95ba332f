"""Kinds found by the blind set stress40_enkoja (English, Korean, Japanese reports), each probed in
the seven main languages: people named only as those the North sent abroad to work, then caught.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 10, 1)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("b40", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        (
            "en",
            "Two men sent by North Korea to work on a building site in Khabarovsk left their jobs "
            "and were detained by local police.",
            2,
        ),
        (
            "ko",
            "하바롭스크에서 북한이 파견한 건설 노동자 2명이 작업장을 이탈한 뒤 현지 경찰에 체포됐다.",
            2,
        ),
        (
            "ko",
            "하바롭스크에서 북한에서 파견돼 일하던 남성 2명이 작업장을 떠난 뒤 경찰에 붙잡혔다.",
            2,
        ),
        ("zh", "在哈巴罗夫斯克，两名朝鲜派遣的建筑工人擅自离开工地后被当地警方拘留。", 2),
        ("zh", "在哈巴罗夫斯克，两名由朝鲜派来打工的男子离开工地后被警方拘留。", 2),
        (
            "ja",
            "ハバロフスクで、北朝鮮から派遣された男性2人が職場を離れた後、警察に拘束された。",
            2,
        ),
        ("ja", "ハバロフスクで、北朝鮮が派遣した労働者3人が職場を離脱し、警察に拘束された。", 3),
        ("ja", "ハバロフスクで、職場を離脱した北朝鮮の労働者3人が警察に拘束された。", 3),
        (
            "ru",
            "В Хабаровске полиция задержала двух мужчин, присланных из КНДР на стройку и "
            "сбежавших с работы.",
            2,
        ),
        (
            "vi",
            "Tại Khabarovsk, hai người đàn ông được Triều Tiên phái sang làm việc đã rời công "
            "trường và bị cảnh sát bắt giữ.",
            2,
        ),
        (
            "th",
            "ตำรวจในคาบารอฟสค์จับกุมชาย 2 คนที่เกาหลีเหนือส่งมาทำงานก่อสร้าง หลังจากทั้งสองหนีออกจากที่ทำงาน",
            2,
        ),
    ],
)
def test_people_the_north_sent_to_work_then_caught_are_the_people(
    lang: str, text: str, people: int
) -> None:
    """Men named only as sent by the North to work abroad, then caught, are its people (en, ru,
    vi and th already read "North Korean workers who fled their site")."""
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.people == people
    assert verdict.facts.country == "RU"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Hundreds of workers sent by North Korea to Russia went home by train this week as "
            "their contracts ended under UN sanctions.",
        ),
        ("ko", "북한이 파견한 노동자 수백 명이 대북제재에 따라 이번 주 열차편으로 귀국했다."),
        ("zh", "数百名朝鲜派遣的劳工本周因联合国制裁期限乘火车回国。"),
        ("ja", "北朝鮮から派遣された労働者数百人が、国連制裁に従い今週列車で帰国した。"),
        (
            "ru",
            "Сотни рабочих, присланных из КНДР, на этой неделе уехали домой на поезде в связи "
            "с санкциями ООН.",
        ),
        (
            "vi",
            "Hàng trăm lao động được Triều Tiên phái sang Nga đã về nước bằng tàu hỏa trong "
            "tuần này theo lệnh trừng phạt của LHQ.",
        ),
        (
            "th",
            "แรงงานหลายร้อยคนที่เกาหลีเหนือส่งมาทำงานในรัสเซียเดินทางกลับประเทศด้วยรถไฟ"
            "ในสัปดาห์นี้ตามมาตรการคว่ำบาตรของสหประชาชาติ",
        ),
    ],
)
def test_workers_the_north_sent_going_home_stay_a_trap(lang: str, text: str) -> None:
    """The same words over workers going home under sanctions raise no alert."""
    assert not verdict_of(lang, "", text).alert


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ja",
            "ハバロフスクで、北朝鮮の男性2人が警察に拘束された。\n"
            "親族は「北朝鮮に送還されてしまうのではないか」と話している。",
        ),
        (
            "ja",
            "ハバロフスクで、北朝鮮の男性2人が警察に拘束された。\n"
            "親族は、2人が北朝鮮に送り返されたのではないかと話している。",
        ),
        (
            "ko",
            "하바롭스크에서 북한 남성 2명이 경찰에 체포됐다.\n"
            '친척은 "북한으로 송환되는 것 아니냐"고 말했다.',
        ),
        (
            "ko",
            '하바롭스크에서 북한 남성 2명이 경찰에 체포됐다.\n친척은 "이미 북송된 것 아닐까"라고 말했다.',
        ),
        (
            "th",
            "ตำรวจคาบารอฟสค์ควบคุมตัวชายชาวเกาหลีเหนือ 2 คน\n"
            'ญาติถามว่า "พวกเขาถูกส่งกลับเกาหลีเหนือไปแล้วหรือเปล่า"',
        ),
    ],
)
def test_a_return_asked_as_a_worried_question_is_feared_not_done(lang: str, text: str) -> None:
    """A relative's worried question whether the people are or were sent back (のではないか,
    것 아닐까, หรือเปล่า) fears or guesses a return; it tells none (en, zh, ru and vi passed
    already with their own question forms)."""
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Border guards in Lang Son detained seven North Koreans on Saturday.\n"
            "Rights groups fear the seven will be handed back to Chinese police.",
        ),
        (
            "ko",
            "베트남 랑선성에서 탈북민 7명이 국경수비대에 구금됐다.\n"
            "인권단체들은 이들이 중국 공안에 되넘겨질까 우려하고 있다.",
        ),
        (
            "ja",
            "ベトナム・ランソン省で脱北者7人が国境警備隊に拘束された。\n"
            "人権団体は7人が中国側に戻される恐れがあると懸念している。",
        ),
        (
            "vi",
            "Bộ đội biên phòng Lạng Sơn bắt giữ bảy người Triều Tiên.\n"
            "Các nhóm nhân quyền lo ngại họ sẽ bị đưa ngược về Trung Quốc.",
        ),
    ],
)
def test_a_feared_handover_back_to_china_is_facing_repatriation(lang: str, text: str) -> None:
    """A handover back to China still to come, feared ("handed back to Chinese police",
    되넘겨질까, 中国側に戻される, đưa ngược về Trung Quốc), is the threat a handover to China is
    (zh 交还给中国警方, ru вернут китайской полиции and th passed already)."""
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "th",
            "ทหารพรานเวียดนามที่จังหวัดลางเซินควบคุมตัวชาวเกาหลีเหนือ 7 คน\n"
            "เมื่อวันที่ 9 พ.ค. ทั้ง 7 คนถูกส่งกลับไปให้ตำรวจจีน",
        ),
        (
            "ja",
            "ベトナム・ランソン省で脱北者7人が国境警備隊に拘束された。\n"
            "7人は9日、中国の警察に送り返された。",
        ),
    ],
)
def test_a_done_handover_back_to_china_is_no_return(lang: str, text: str) -> None:
    """Sent back into the hands of China's police is a handover to the neighbour, not a return
    to the North: no all-clear."""
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.status in (Status.ARRESTED, Status.DETAINED)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Border guards in Lang Son detained seven North Koreans on Saturday.\n"
            "Rights groups fear the seven will be sent back to China, as happened to a group of "
            "nine last year.",
        ),
        (
            "ko",
            "베트남 랑선성에서 탈북민 7명이 지난 토요일 국경수비대에 구금됐다.\n"
            "인권단체들은 지난해 9명이 그랬던 것처럼 이들 7명도 중국으로 넘겨질까 우려한다.",
        ),
        (
            "zh",
            "越南谅山省边防部队上周六拘留了七名朝鲜人。\n人权团体担心这七人会像去年的九人一样被交还中国。",
        ),
        (
            "ja",
            "ベトナム・ランソン省で先週土曜日、脱北者7人が国境警備隊に拘束された。\n"
            "人権団体は、昨年の9人と同様に7人も中国側に引き渡される恐れがあると懸念している。",
        ),
        (
            "ru",
            "Во Вьетнаме пограничники в субботу задержали семерых граждан КНДР.\n"
            "Правозащитники опасаются, что их вернут в Китай, как это случилось с девятью "
            "беглецами в прошлом году.",
        ),
        (
            "vi",
            "Bộ đội biên phòng Lạng Sơn hôm thứ Bảy bắt giữ bảy người Triều Tiên.\n"
            "Các nhóm nhân quyền lo ngại bảy người sẽ bị trả về Trung Quốc, như đã xảy ra với "
            "nhóm chín người năm ngoái.",
        ),
        (
            "th",
            "ทหารเวียดนามที่จังหวัดลางเซินควบคุมตัวชาวเกาหลีเหนือ 7 คนเมื่อวันเสาร์\n"
            "กลุ่มสิทธิมนุษยชนกังวลว่าทั้ง 7 คนจะถูกส่งตัวให้จีน "
            "เหมือนที่เกิดขึ้นกับกลุ่ม 9 คนเมื่อปีที่แล้ว",
        ),
    ],
)
def test_a_past_period_of_the_group_likened_to_leaves_the_threat(lang: str, text: str) -> None:
    """Last year dates the group the people are likened to, not the people's threat: they face
    return, and they are the seven."""
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 7


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Border guards in Lang Son detained seven North Koreans on Saturday.\n"
            "Rights groups fear the seven will be sent back to China, as happened to a group of "
            "nine in 2023.",
        ),
        (
            "ko",
            "베트남 랑선성에서 탈북민 7명이 국경수비대에 구금됐다.\n"
            "인권단체들은 이들 7명도 2023년 9명이 그랬던 것처럼 중국으로 넘겨질까 우려한다.",
        ),
        (
            "zh",
            "越南谅山省边防部队拘留了七名朝鲜人。\n人权团体担心这七人会像2023年的九人一样被交还中国。",
        ),
        (
            "ja",
            "ベトナム・ランソン省で脱北者7人が国境警備隊に拘束された。\n"
            "人権団体は、2023年の9人と同様に7人も中国側に引き渡される恐れがあると懸念している。",
        ),
        (
            "vi",
            "Bộ đội biên phòng Lạng Sơn bắt giữ bảy người Triều Tiên.\n"
            "Các nhóm nhân quyền lo ngại bảy người sẽ bị trả về Trung Quốc, như đã xảy ra với "
            "nhóm chín người năm 2023.",
        ),
        (
            "th",
            "ทหารพรานเวียดนามที่จังหวัดลางเซินควบคุมตัวชาวเกาหลีเหนือ 7 คน\n"
            "กลุ่มสิทธิมนุษยชนกังวลว่าทั้ง 7 คนจะถูกส่งตัวให้จีน "
            "เหมือนที่เกิดขึ้นกับกลุ่ม 9 คนเมื่อปี 2023",
        ),
    ],
)
def test_an_old_year_of_the_group_likened_to_is_no_old_case(lang: str, text: str) -> None:
    """A year long past in the phrase of the group the people are likened to dates that group:
    the sentence is no old case, and the people's threat stands."""
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
