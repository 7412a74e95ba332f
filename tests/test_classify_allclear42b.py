"""Round-42 fixes of false all-clears, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 7)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("allclear42b", title, text, lang, date=ON))


# A part of a group released, then the others held, told by a figure that is the group's minus
# the part's with no word for "the rest": the group is still held, not released.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Police in Vladivostok detained six North Korean workers on Friday. Two were let go "
            "the same evening. The four were taken to a detention centre for foreigners.",
        ),
        (
            "ru",
            "Полиция Владивостока в пятницу задержала шестерых граждан КНДР. Двоих отпустили "
            "вечером. Четверых поместили в центр временного содержания иностранцев.",
        ),
        (
            "ko",
            "하바롭스크 경찰이 금요일 북한 주민 6명을 체포했다. 2명은 당일 저녁 석방됐다. "
            "4명은 외국인 수용소에 구금됐다.",
        ),
        (
            "zh",
            "哈巴罗夫斯克警方周五拘留了六名朝鲜人。其中两人当晚获释。四人被关押在外国人拘留中心。",
        ),
        (
            "ja",
            "ウラジオストク警察は金曜日、北朝鮮国籍の労働者6人を拘束した。2人は同日夜に釈放された。"
            "4人は外国人収容施設に収容された。",
        ),
        (
            "vi",
            "Cảnh sát Khabarovsk hôm thứ Sáu đã bắt giữ sáu người Triều Tiên. Hai người đã "
            "được thả ngay tối hôm đó. Bốn người bị đưa vào trung tâm tạm giữ người nước ngoài.",
        ),
        (
            "th",
            "ตำรวจคาบารอฟสค์จับกุมชาวเกาหลีเหนือ 6 คนเมื่อวันศุกร์ 2 คนได้รับการปล่อยตัวในคืนนั้น "
            "4 คนถูกส่งตัวไปยังศูนย์กักตัวคนต่างด้าว",
        ),
    ],
)
def test_the_rest_held_by_a_bare_figure_after_a_part_freed(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 6
    assert verdict.facts.country == "RU"


# A figure told as more people after a part's release adds others: the release stands.
def test_more_people_arrested_after_a_part_freed_stay_as_they_read() -> None:
    verdict = verdict_of(
        "en",
        "",
        "Police in Vladivostok detained six North Korean workers on Friday. Two were freed. "
        "Four more were arrested on Saturday.",
    )
    assert verdict.facts.status is Status.RELEASED
