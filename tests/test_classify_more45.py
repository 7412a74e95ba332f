"""Round 45 (more): people stopped by the guards or police of a place named between them and
the verb ("border guards in Lao Cai province stopped seven North Koreans"); more people caught
in a sentence of their own after a group counted (ja 男性3人も新たに, vi "3 người nữa", th
จับกุมอีก 3 คน); a figure of the people spelled out after a comma by a woman and her sons
("three North Koreans, a woman with her two sons": three), not a list of groups ("three North
Korean women, a man and his two sons": six).

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 3)


def _read(lang: str, text: str) -> tuple[Tier, int | None, Status | None, str | None]:
    verdict = classify(Document("r", "", text, lang, date=ON))
    return verdict.tier, verdict.facts.people, verdict.facts.status, verdict.facts.country


STOPPED_WHERE = [
    ("en", "Border guards in Lao Cai province stopped seven North Koreans on Tuesday.", 7, "VN"),
    ("en", "Police in Dandong stopped four North Korean women on Friday.", 4, "CN"),
    ("ko", "국경수비대가 라오까이성에서 화요일 탈북민 7명을 제지했다.", 7, "VN"),
    ("ko", "경찰이 단둥에서 탈북민 4명을 제지했다.", 4, "CN"),
    ("ja", "国境警備隊がラオカイ省で火曜日、北朝鮮の人7人を止めた。", 7, "VN"),
    ("ja", "警察が丹東で脱北者4人を呼び止めた。", 4, "CN"),
    (
        "ru",
        "Пограничники в провинции Лаокай во вторник остановили семерых северокорейцев.",
        7,
        "VN",
    ),
    ("ru", "Полиция в Даньдуне остановила четырех перебежчиков из КНДР.", 4, "CN"),
    (
        "vi",
        "Bộ đội biên phòng ở tỉnh Lào Cai đã chặn lại bảy người Triều Tiên hôm thứ Ba.",
        7,
        "VN",
    ),
    ("vi", "Cảnh sát ở Đan Đông đã chặn lại bốn người đào tẩu Triều Tiên.", 4, "CN"),
    ("th", "เจ้าหน้าที่ชายแดนในจังหวัดลาวกายสกัดชาวเกาหลีเหนือ 7 คนไว้เมื่อวันอังคาร", 7, "VN"),
    ("th", "ตำรวจในเมืองตานตงสกัดผู้แปรพักตร์ชาวเกาหลีเหนือ 4 คนไว้", 4, "CN"),
]


@pytest.mark.parametrize(
    ("lang", "text", "people", "country"),
    STOPPED_WHERE,
    ids=[f"{x[0]}-{i}" for i, x in enumerate(STOPPED_WHERE)],
)
def test_people_stopped_by_the_guards_of_a_place_are_caught(
    lang: str, text: str, people: int, country: str
) -> None:
    """The guards or police, where they serve, then the verb of stopping: in their hands."""
    assert _read(lang, text) == (Tier.ALERT, people, Status.ARRESTED, country)


STOPPED_ELSE = [
    ("en", "Police in Dandong said the flow of defectors across the river had stopped."),
    ("ko", "경찰이 단둥에서 시위를 제지했다."),
    ("ja", "警察が丹東で車を止めた。"),
    ("ru", "Полиция в Даньдуне остановила поток машин на мосту."),
    ("vi", "Công an ở Đan Đông đã chặn lại dòng xe trên cầu."),
    ("th", "ตำรวจในเมืองตานตงสกัดการชุมนุมไว้"),
]


@pytest.mark.parametrize(
    ("lang", "text"), STOPPED_ELSE, ids=[f"{x[0]}-{i}" for i, x in enumerate(STOPPED_ELSE)]
)
def test_a_stop_of_no_people_is_no_arrest(lang: str, text: str) -> None:
    """The same guards stopping traffic, a protest or a flow: no one caught."""
    assert _read(lang, text)[0] is not Tier.ALERT


MORE = [
    ("ja", "中国の警察は延吉で脱北者4人を拘束した。男性3人も新たに拘束された。"),
    ("ja", "延吉で脱北者4人が拘束された。2日後、脱北者3人が新たに逮捕された。"),
    (
        "vi",
        "Công an Trung Quốc bắt giữ bốn người đào tẩu Triều Tiên ở Diên Cát. Ba người nữa bị bắt.",
    ),
    (
        "vi",
        "Bốn người Triều Tiên bị bắt ở Diên Cát. Ba người đàn ông nữa cũng bị công an bắt giữ.",
    ),
    ("th", "ตำรวจจีนจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือ 4 คนที่เมืองหยานจี๋ มีผู้ถูกจับกุมเพิ่มอีก 3 คน"),
    ("th", "ตำรวจจีนจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือ 4 คนที่เมืองหยานจี๋ ชายอีก 3 คนก็ถูกจับด้วย"),
    ("th", "ตำรวจจีนจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือ 4 คนที่เมืองหยานจี๋ ต่อมาตำรวจจับกุมอีก 3 คน"),
]


@pytest.mark.parametrize(("lang", "text"), MORE, ids=[f"{x[0]}-{i}" for i, x in enumerate(MORE)])
def test_more_people_caught_after_a_group_counted_are_added(lang: str, text: str) -> None:
    """Four caught, then three more: seven."""
    assert _read(lang, text) == (Tier.ALERT, 7, Status.ARRESTED, "CN")


def test_vi_a_figure_of_days_more_adds_no_one() -> None:
    """Trong hai ngày nữa (in two more days): a time, not more people."""
    text = "Bốn người đào tẩu Triều Tiên bị bắt ở Diên Cát. Họ sẽ bị trục xuất trong hai ngày nữa."
    assert _read("vi", text) == (Tier.ALERT, 4, Status.FACING_REPATRIATION, "CN")


SPELLED_OUT = [
    ("en", "Chinese police arrested three North Koreans, a woman with her two sons, in Yanji."),
    ("en", "Three North Koreans, a woman and her two sons, were arrested in Yanji on Monday."),
    ("ko", "중국 공안이 옌지에서 탈북민 3명, 어머니와 두 아들을 체포했다."),
    ("zh", "中国公安周一在延吉抓捕了3名朝鲜人，一名妇女和她的两个儿子。"),
    ("zh-Hant", "中國公安週一在延吉抓捕了3名朝鮮人，一名婦女和她的兩個兒子。"),
]


@pytest.mark.parametrize(
    ("lang", "text"), SPELLED_OUT, ids=[f"{x[0]}-{i}" for i, x in enumerate(SPELLED_OUT)]
)
def test_people_spelled_out_after_their_figure_are_that_figure(lang: str, text: str) -> None:
    """Three, then who they are (a woman and her two sons): three, not six."""
    assert _read(lang, text) == (Tier.ALERT, 3, Status.ARRESTED, "CN")


GROUPS_LISTED = [
    ("en", "Police in Yanji detained three North Korean women, a man and his two children."),
    ("en", "Police in Yanji detained three North Korean women, a man and his two sons."),
    ("ko", "중국 공안이 옌지에서 북한 여성 3명, 남성 1명과 그의 두 아들을 체포했다."),
    ("zh", "公安在延吉抓捕了三名朝鲜妇女、一名男子和他的两个孩子。"),
    ("zh", "公安在延吉抓捕了三名朝鲜妇女、一名男子和他的两个儿子。"),
]


@pytest.mark.parametrize(
    ("lang", "text"), GROUPS_LISTED, ids=[f"{x[0]}-{i}" for i, x in enumerate(GROUPS_LISTED)]
)
def test_a_list_headed_by_women_counts_every_group(lang: str, text: str) -> None:
    """Three women, a man and his two sons: six, the women a group of their own."""
    assert _read(lang, text)[:2] == (Tier.ALERT, 6)
