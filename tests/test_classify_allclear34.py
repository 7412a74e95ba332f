"""Round-34 false all-clears and wrong statuses, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 4)  # a Friday: "Tuesday" is Dec. 1, "last month" November

HELD = (Status.ARRESTED, Status.DETAINED)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("allclear34", title, text, lang, date=ON))


# People held whom no figure counts ("a woman and her son"), then another group's return dated
# by a month alone, or by last month, before their day: the people held cannot have gone
# before they were caught, so the return is not their status.
UNCOUNTED_THEN_OLDER_RETURN = [
    ("en", "Escapees on the border",
     "A North Korean mother and her daughter were detained in Tumen this week. Last month three "
     "defectors were caught there and sent back to North Korea."),
    ("en", "Escapees on the border",
     "A North Korean mother and her daughter were detained in Tumen on Tuesday. In October three "
     "defectors were caught there and repatriated."),
    ("ko", "탈북민",
     "탈북 여성과 아들이 이번 주 크라스키노 인근에서 붙잡혔다. 11월에도 2명이 그곳에서 구금됐다가 "
     "북한에 넘겨졌다."),
    ("ko", "탈북민",
     "탈북 여성과 딸이 화요일 투먼에서 구금됐다. 지난달에는 탈북민 3명이 그곳에서 붙잡혀 북송됐다."),
    ("ja", "脱北者",
     "脱北者の母親と娘が今週、図們で拘束された。先月には脱北者3人が同地で捕まり、北朝鮮に送還された。"),
    ("ja", "脱北者",
     "脱北者の女性とその息子が火曜日、延吉で拘束された。11月にも脱北者2人が拘束され、北朝鮮に"
     "強制送還された。"),
    ("ru", "Беглецы",
     "Северокореянку и ее дочь задержали в Тумэне во вторник. В октябре там поймали троих "
     "беглецов, их выслали в КНДР."),
    ("ru", "Беглецы",
     "Северокореянку и ее сына задержали в Хасанском районе во вторник. В ноябре там задержали "
     "еще двоих, позже их передали пограничникам КНДР."),
    ("vi", "Người đào tẩu",
     "Một phụ nữ Triều Tiên và con gái bị giam ở Đồ Môn hôm thứ Ba. Tháng trước, ba người đào "
     "tẩu bị bắt ở đó và bị trả về Triều Tiên."),
    ("vi", "Người đào tẩu",
     "Một phụ nữ Triều Tiên và con trai bị bắt ở Diên Cát hôm thứ Ba. Tháng 11, hai người Triều "
     "Tiên bị giam ở đó rồi bị trả về Triều Tiên."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    UNCOUNTED_THEN_OLDER_RETURN,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(UNCOUNTED_THEN_OLDER_RETURN)],
)
def test_an_older_return_of_others_is_not_the_uncounted_peoples(
    lang: str, title: str, text: str
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == 2


# The neighbours: the same people's return told after their custody stays their return.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A North Korean woman and her son were caught near Yanji last month. They were "
               "sent back to North Korea on Tuesday."),
        ("ko", "탈북 여성과 아들이 11월 옌지 인근에서 붙잡혔다. 이번 주 두 사람은 북송됐다."),
        ("zh", "一名脱北女子和她的儿子11月在延吉被抓。本周两人被遣返回朝鲜。"),
        ("ru", "Северокореянку и ее сына задержали в Яньцзи в ноябре. Во вторник их выслали в КНДР."),
    ],
)  # fmt: skip
def test_the_same_peoples_later_return_stays_theirs(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "Escapees", text)
    assert verdict.facts.status is Status.REPATRIATED


# "This week" (на этой неделе, tuần này) is a recent time, as "on Monday" is: it dates the
# custody after the month that dates another group's return.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Северокореянку и ее сына задержали у Краскино на этой неделе. В ноябре там "
               "задержали двух других северокорейцев, позже их передали пограничникам КНДР."),
        ("ru", "Северокореянку и ее дочь задержали в Хасанском районе на этой неделе. В октябре "
               "там поймали еще троих, их выслали в КНДР."),
        ("vi", "Một phụ nữ Triều Tiên và con trai bị bắt gần Kraskino trong tuần này. Tháng 11, "
               "hai người Triều Tiên bị giam ở đó rồi bị trả về Triều Tiên."),
        ("vi", "Một phụ nữ Triều Tiên và con gái bị giam ở Đồ Môn tuần này. Tháng 10, ba người "
               "đào tẩu bị bắt ở đó và bị trả về Triều Tiên."),
    ],
)  # fmt: skip
def test_this_week_dates_the_custody_before_an_older_return(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "Escapees", text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == 2


# Two groups in one sentence: people held on a recent day, and another group's return dated by
# a month named alone in a clause of its own. A day opening the sentence does not reach that
# clause, and Thai opens it with a space before the month (เมื่อเดือน, ในเดือน) or ขณะที่.
MONTH_DATED_RETURN_BESIDE = [
    ("ko", "중국 공안이 수요일 선양에서 탈북민 4명을 붙잡았으며, 10월에는 탈북민 6명이 북송됐다.", 4),
    ("ko", "공안은 지난 1일 옌지에서 탈북민 3명을 체포했으며, 9월에는 탈북민 5명이 강제북송됐다.", 3),
    ("zh", "中国公安周三在沈阳抓获4名脱北者，10月有6名脱北者被遣返朝鲜。", 4),
    ("zh", "延吉警方12月1日抓获3名脱北者，9月则有5名脱北者被强制遣返。", 3),
    ("ja", "中国公安は水曜日、瀋陽で脱北者4人を拘束し、10月には脱北者6人が北朝鮮に送還された。", 4),
    ("ru", "Китайская полиция в среду задержала в Шэньяне четырех беглецов из КНДР, а в октябре "
           "шестерых беглецов выслали в КНДР.", 4),
    ("ru", "Во вторник в Яньцзи задержали троих беглецов из КНДР, а в сентябре пятерых беглецов "
           "депортировали в КНДР.", 3),
    ("th", "ผู้แปรพักตร์ชาวเกาหลีเหนือสองคนถูกตำรวจจีนจับกุมที่เหยียนจี๋เมื่อวันอังคาร เมื่อเดือนตุลาคม "
           "ผู้แปรพักตร์อีกสามคนถูกจับในเมืองเดียวกันและถูกส่งกลับเกาหลีเหนือ", 2),
    ("th", "ตำรวจจีนจับผู้แปรพักตร์เกาหลีเหนือ 4 คนที่เสิ่นหยางเมื่อวันพุธ ขณะที่เมื่อเดือนตุลาคม "
           "ผู้แปรพักตร์ 6 คนถูกส่งตัวกลับเกาหลีเหนือ", 4),
    ("th", "ตำรวจจีนจับกุมผู้แปรพักตร์เกาหลีเหนือ 3 คนที่เหยียนจี๋เมื่อวันอังคาร ในเดือนกันยายน "
           "ผู้แปรพักตร์ 5 คนถูกส่งกลับเกาหลีเหนือ", 3),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    MONTH_DATED_RETURN_BESIDE,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(MONTH_DATED_RETURN_BESIDE)],
)
def test_a_month_dated_return_beside_people_held_is_another_groups(
    lang: str, text: str, people: int
) -> None:
    verdict = verdict_of(lang, "Escapees", text)
    assert verdict.alert
    assert verdict.facts.status in HELD
    assert verdict.facts.people == people


def test_a_month_after_a_space_still_dates_the_same_peoples_custody_in_thai() -> None:
    verdict = verdict_of(
        "th",
        "ผู้แปรพักตร์",
        "ผู้แปรพักตร์เกาหลีเหนือ 2 คนถูกจับกุมที่ถูเหมิน เมื่อเดือนตุลาคม และถูกส่งกลับเกาหลีเหนือเมื่อวันจันทร์",
    )
    assert verdict.facts.status is Status.REPATRIATED
