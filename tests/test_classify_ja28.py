"""Round 28's Japanese stress set: the kinds it found, probed in every language where they occur.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Facts, Status, Tier

ON = date(2024, 5, 20)


def _facts(title: str, text: str, lang: str | None = None) -> Facts:
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert verdict.tier is Tier.ALERT
    return verdict.facts


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ja", "瀋陽で脱北者5人拘束",
         "瀋陽市で先月拘束された脱北者5人について、すでに北朝鮮に送還されたとの情報があることが分かった。"),
        ("ja", "瀋陽で脱北者5人拘束",
         "瀋陽市で先月拘束された脱北者5人が北朝鮮に送還されたとの情報もある。"),
        ("ko", "선양서 탈북민 5명 체포",
         "지난달 선양에서 체포된 탈북민 5명이 이미 북송됐다는 정보가 있다고 지원단체가 밝혔다."),
        ("en", "Five defectors caught in Shenyang",
         "There is information that the five North Korean defectors arrested in Shenyang last "
         "month have already been sent back to North Korea, a missionary said."),
        ("ru", "В Шэньяне задержаны пятеро северокорейцев",
         "Есть информация, что пятеро беглецов из КНДР, задержанных в Шэньяне в прошлом месяце, "
         "уже депортированы в КНДР."),
        ("vi", "5 người Triều Tiên bị bắt ở Thẩm Dương",
         "Có thông tin cho rằng 5 người Triều Tiên bị bắt ở Thẩm Dương tháng trước đã bị trả về "
         "Triều Tiên."),
    ],
)  # fmt: skip
def test_a_return_only_said_to_be_heard_of_is_feared_not_done(
    lang: str, title: str, text: str
) -> None:
    facts = _facts(title, text, lang)
    assert facts.status is Status.FACING_REPATRIATION
    assert facts.people == 5


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ja", "ラオスで脱北者2人拘束",
         "ラオスで先月拘束された脱北者2人が釈放されたとの情報がある。"),
        ("ko", "라오스서 탈북민 2명 체포",
         "라오스에서 지난달 체포된 탈북민 2명이 석방됐다는 정보도 있다."),
    ],
)  # fmt: skip
def test_a_release_only_said_to_be_heard_of_frees_nobody(lang: str, title: str, text: str) -> None:
    assert _facts(title, text, lang).status is Status.ARRESTED


def test_an_unconfirmed_return_written_with_wa_is_still_unconfirmed() -> None:
    text = (
        "瀋陽市で先月拘束された脱北者5人が、北朝鮮に送還されたと伝えられたが、確認は取れていない。"
    )
    assert _facts("瀋陽で脱北者5人拘束", text, "ja").status is Status.FACING_REPATRIATION


def test_a_return_the_government_confirmed_is_done() -> None:
    text = (
        "中国当局は先月、瀋陽で拘束した脱北者5人を北朝鮮に送還した。韓国政府はこの情報を確認した。"
    )
    assert _facts("脱北者5人送還", text, "ja").status is Status.REPATRIATED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("昆明で先月拘束された脱北者の女性3人について、関係者は「いつ北朝鮮に送られてもおかしくない」と話している。",
         Status.FACING_REPATRIATION),
        ("昆明で先月拘束された脱北者の女性3人は、北朝鮮に送られる恐れがある。",
         Status.FACING_REPATRIATION),
        ("昆明で先月拘束された脱北者の女性3人が、今月1日に北朝鮮に送られた。", Status.REPATRIATED),
    ],
)  # fmt: skip
def test_ja_sent_to_the_north_is_a_return(text: str, status: Status) -> None:
    assert _facts("昆明で脱北者3人拘束", text, "ja").status is status


def test_ja_not_sent_to_the_north_is_no_return() -> None:
    text = "昆明で先月拘束された脱北者の女性3人は北朝鮮に送られていない。"
    assert _facts("昆明で脱北者3人拘束", text, "ja").status is Status.ARRESTED


@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        ("ja", "北朝鮮女性9人、3人を釈放", "タイ警察が4日発表した。", 9),
        ("ja", "北朝鮮住民6人、4人は北に送還", "中国の国境警備隊が捕まえていた。", 6),
        ("zh-Hans", "沈阳拘捕", "9名朝鲜女性、3人获释。", 9),
        ("ko", "선양서 체포", "선양에서 탈북민 9명, 3명 석방", 9),
    ],
)  # fmt: skip
def test_a_bare_smaller_figure_after_a_comma_is_a_part(
    lang: str, title: str, text: str, people: int
) -> None:
    assert _facts(title, text, lang).people == people


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "瀋陽で北朝鮮の女性5人、子ども2人が公安に拘束された。"),
        ("ja", "瀋陽で北朝鮮の女性5人、2人の子どもが公安に拘束された。"),
        ("zh-Hans", "公安在沈阳抓获5名朝鲜妇女、2名儿童。"),
        ("ko", "선양에서 탈북 여성 5명, 어린이 2명이 공안에 체포됐다."),
    ],
)  # fmt: skip
def test_a_smaller_figure_naming_its_own_group_is_beside_them(lang: str, text: str) -> None:
    assert _facts("瀋陽で拘束", text, lang).people == 7


@pytest.mark.parametrize(
    "crowd",
    ["脱北者団体のメンバーら約100人", "脱北者の支援者ら約100人", "脱北者団体の会員ら約100人"],
)
def test_ja_those_who_rally_for_the_people_are_not_them(crowd: str) -> None:
    text = (
        f"ソウルの中国大使館前で5日、{crowd}が集会を開き、強制送還中止を訴えた。"
        "団体によると、図們市で先月30日、脱北者の一家4人が公安に拘束された。"
    )
    assert _facts("中国大使館前で抗議集会", text, "ja").people == 4


@pytest.mark.parametrize(
    "text",
    [
        "中国から来た脱北者の一家5人が、先月下旬にラオス北部で警察に拘束された。",
        "中国からやって来た脱北者の一家5人が、先月下旬にラオス北部で警察に拘束された。",
        "中国を経て来た脱北者の一家5人が、先月下旬にラオス北部で警察に拘束された。",
    ],
)
def test_ja_the_country_people_came_from_is_not_where_they_are_held(text: str) -> None:
    assert _facts("脱北者一家5人拘束", text, "ja").country == "LA"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Семья из пяти беженцев из КНДР, пришедшая из Китая, задержана полицией на севере Лаоса.",
         "LA"),
        ("Пятеро северокорейцев, пришедших из Китая, задержаны полицией во Вьетнаме.", "VN"),
        ("Пятеро граждан КНДР, приехавших из Китая, задержаны в Приморье.", "RU"),
        ("Пятеро граждан КНДР задержаны в Китае полицией.", "CN"),
    ],
)  # fmt: skip
def test_ru_the_country_people_came_from_is_not_where_they_are_held(
    text: str, country: str
) -> None:
    assert _facts("Задержаны", text, "ru").country == country
