"""People added with no noun of their own ("two more", 又有2人, さらに2人, 2명이 더, thêm hai người)
after an incident's first group: a later figure that is exactly the first and the added summed
("all six") names them all, so it counts them and its status is theirs. Without such a figure,
or where the added people were caught in another town, they stay another group.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 11, 20)


def _read(text: str, lang: str) -> tuple[Tier, Status | None, int | None]:
    verdict = classify(Document("r", "", text, lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Border police in Tumen caught four North Korean women on Tuesday. Two more were "
               "held on Thursday, and all six now face being sent back, a pastor said."),
        ("vi", "Công an Trung Quốc bắt bốn phụ nữ Triều Tiên ở Đồ Môn hôm thứ Ba. Thêm hai người "
               "bị bắt vào thứ Năm, và cả sáu người đều có nguy cơ bị cưỡng chế hồi hương."),
        ("ko", "중국 공안이 화요일 투먼에서 탈북 여성 4명을 붙잡았다. 목요일에는 2명이 더 구금됐으며, "
               "6명 모두 강제북송 위기에 처했다고 한 인권단체가 전했다."),
    ],
    ids=["en", "vi", "ko"],
)  # fmt: skip
def test_a_sum_in_the_added_peoples_sentence_names_them_all(lang: str, text: str) -> None:
    tier, status, people = _read(text, lang)
    assert tier is Tier.ALERT
    assert status is Status.FACING_REPATRIATION
    assert people == 6


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Border police in Tumen caught four North Korean women on Tuesday. Two more were "
               "held on Thursday. All six now face being sent back, a pastor said."),
        ("zh", "图们边防警察周二抓获了4名朝鲜妇女。周四又有2人被扣押。这6人都面临被遣返。"),
        ("ja", "中国の国境警察は火曜日、図們で北朝鮮の女性4人を拘束した。木曜日にもさらに2人が"
               "拘束された。6人全員が強制送還される恐れがある。"),
        ("vi", "Công an Trung Quốc bắt bốn phụ nữ Triều Tiên ở Đồ Môn hôm thứ Ba. Thêm hai người "
               "bị bắt vào thứ Năm. Cả sáu người đều có nguy cơ bị cưỡng chế hồi hương."),
        ("ko", "중국 공안이 화요일 투먼에서 탈북 여성 4명을 붙잡았다. 목요일에는 2명이 더 붙잡혔다. "
               "6명 모두 강제북송 위기에 처했다."),
    ],
    ids=["en", "zh", "ja", "vi", "ko"],
)  # fmt: skip
def test_a_sum_told_in_the_next_sentence_names_them_all(lang: str, text: str) -> None:
    tier, status, people = _read(text, lang)
    assert tier is Tier.ALERT
    assert status is Status.FACING_REPATRIATION
    assert people == 6


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no figure sums them: the four are counted alone
        ("en", "Border police in Tumen caught four North Korean women on Tuesday; two more were "
               "freed on Thursday, a pastor said."),
        ("en", "Border police in Tumen caught four North Korean women on Tuesday. Two more were "
               "held on Thursday, a pastor said."),
        # a figure that is not their sum
        ("en", "Border police in Tumen caught four North Korean women on Tuesday. Two more were "
               "held on Thursday, and all five now face being sent back, a pastor said."),
        # the added people were caught in another town: another group, whatever the sum
        ("en", "Border police in Tumen caught four North Korean women on Tuesday. Two more were "
               "held in Hunchun on Thursday. All six now face being sent back, a pastor said."),
        ("ko", "중국 공안이 화요일 투먼에서 탈북 여성 4명을 붙잡았다. 목요일에는 훈춘에서 2명이 더 "
               "붙잡혔다. 6명 모두 강제북송 위기에 처했다."),
    ],
    ids=["freed-after", "held-after", "not-the-sum", "other-town-en", "other-town-ko"],
)  # fmt: skip
def test_people_added_with_no_sum_or_in_another_town_stay_apart(lang: str, text: str) -> None:
    tier, _status, people = _read(text, lang)
    assert tier is Tier.ALERT
    assert people == 4


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Border police caught four North Korean women in Tumen on Tuesday. Two more were "
               "held on Thursday. All six were sent back on Saturday."),
        ("zh", "图们边防警察周二抓获了4名朝鲜妇女。周四又有2人被扣押。这6人已于周六被遣返。"),
        ("ja", "中国の国境警察は火曜日、図們で北朝鮮の女性4人を拘束した。木曜日にもさらに2人が"
               "拘束された。6人全員が土曜日に強制送還された。"),
        ("vi", "Công an Trung Quốc bắt bốn phụ nữ Triều Tiên ở Đồ Môn hôm thứ Ba. Thêm hai người "
               "bị bắt vào thứ Năm. Cả sáu người đã bị cưỡng chế hồi hương hôm thứ Bảy."),
        ("ko", "중국 공안이 화요일 투먼에서 탈북 여성 4명을 붙잡았다. 목요일에는 2명이 더 붙잡혔다. "
               "6명 모두 토요일 강제북송됐다."),
        ("ru", "Пограничники в Тумэне задержали во вторник четырёх северокореянок. В четверг были "
               "задержаны ещё двое. В субботу всех шестерых депортировали в КНДР."),
    ],
    ids=["en", "zh", "ja", "vi", "ko", "ru"],
)  # fmt: skip
def test_a_return_of_the_first_and_the_added_summed_is_theirs(lang: str, text: str) -> None:
    tier, status, people = _read(text, lang)
    assert tier is Tier.ALERT
    assert status is Status.REPATRIATED
    assert people == 6


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Border police caught four North Korean women in Tumen on Tuesday. Two more were "
               "held on Thursday. Six were sent back last month."),
        ("en", "Border police caught four North Korean women in Tumen on Tuesday. Two more were "
               "held in Hunchun on Thursday. All six were sent back on Saturday."),
    ],
    ids=["last-month", "other-town"],
)  # fmt: skip
def test_a_return_of_a_group_as_large_told_before_or_in_another_town_stays_apart(
    lang: str, text: str
) -> None:
    tier, status, people = _read(text, lang)
    assert tier is Tier.ALERT
    assert status is Status.DETAINED
    assert people == 4


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Border police caught four North Korean women in Tumen on Tuesday. Two more were "
               "freed on Thursday, a pastor said."),
        ("ja", "中国の国境警察は火曜日、図們で北朝鮮の女性4人を拘束した。木曜日にはさらに2人が"
               "釈放された。"),
        ("vi", "Công an Trung Quốc bắt bốn phụ nữ Triều Tiên ở Đồ Môn hôm thứ Ba. Thêm hai người "
               "được thả vào thứ Năm."),
    ],
    ids=["en", "ja", "vi"],
)  # fmt: skip
def test_a_release_of_people_added_is_not_the_first_groups(lang: str, text: str) -> None:
    tier, status, people = _read(text, lang)
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED
    assert people == 4


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "中国の国境警察は火曜日、図們で北朝鮮の女性4人を拘束し、木曜日にはさらに2人が"
               "釈放された。"),
        ("vi", "Công an Trung Quốc bắt bốn phụ nữ Triều Tiên ở Đồ Môn hôm thứ Ba, thêm hai người "
               "được thả vào thứ Năm."),
        ("ru", "Пограничники в Тумэне задержали во вторник четырёх северокореянок, а в четверг "
               "освободили ещё двоих."),
    ],
    ids=["ja", "vi", "ru"],
)  # fmt: skip
def test_a_release_of_people_added_in_a_clause_of_their_own_is_not_the_first_groups(
    lang: str, text: str
) -> None:
    tier, status, people = _read(text, lang)
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED
    assert people == 4
