"""Round-31 recall fixes: who foreigners held turned out to be, probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 10)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("recall31", title, f"{title}\n{text}", lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        (
            "ko",
            "라오스 경찰, 외국인 4명 체포",
            "라오스 경찰이 국경 근처에서 외국인 4명을 체포했다. 4명 모두 북한 주민으로 확인됐다.",
            4,
        ),
        (
            "ko",
            "라오스 경찰, 외국인 3명 체포",
            "경찰은 국경 마을에서 외국인 3명을 붙잡았다. 이들 3명은 모두 북한 국적이었다.",
            3,
        ),
        (
            "ko",
            "베트남 공안, 외국인 2명 체포",
            "베트남 공안이 국경에서 외국인 2명을 체포했다. 두 사람 모두 탈북민인 것으로 드러났다.",
            2,
        ),
        (
            "ko",
            "라오스 경찰, 외국인 4명 체포",
            "라오스 경찰이 국경 근처에서 외국인 4명을 체포했다. 4명 모두 탈북자였다.",
            4,
        ),
    ],
)
def test_foreigners_held_then_said_to_be_north_koreans_are_an_alert(
    lang: str, title: str, text: str, people: int
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == people


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "ko",
            "라오스 경찰, 외국인 4명 체포",
            "라오스 경찰이 국경 근처에서 외국인 4명을 체포했다. 4명 모두 중국 국적으로 확인됐다.",
        ),
        (
            "ko",
            "라오스 경찰, 외국인 4명 체포",
            "라오스 경찰이 국경 근처에서 외국인 4명을 체포했다. 4명 모두 탈북민을 도운 브로커였다.",
        ),
    ],
)
def test_foreigners_held_then_said_to_be_others_are_no_alert(
    lang: str, title: str, text: str
) -> None:
    assert verdict_of(lang, title, text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("ラオス警察は国境付近で外国人4人を拘束した。4人はいずれも北朝鮮国籍だった。", 4),
        ("ラオス警察は国境付近で外国人2人を拘束した。2人とも北朝鮮国籍と分かった。", 2),
        ("ラオス警察は国境付近で外国人1人を拘束した。男性は北朝鮮国籍だった。", 1),
    ],
)
def test_foreigners_held_then_found_north_korean_in_japanese_are_an_alert(
    text: str, people: int
) -> None:
    verdict = verdict_of("ja", "ラオス警察、外国人を拘束", text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == people


def test_foreigners_held_then_found_chinese_in_japanese_are_no_alert() -> None:
    text = "ラオス警察は国境付近で外国人4人を拘束した。4人はいずれも中国国籍だった。"
    assert verdict_of("ja", "ラオス警察、外国人を拘束", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Russian court rules on Pyongyang's request",
            "Pyongyang asked Moscow to extradite one of its citizens. A court in Vladivostok "
            "approved the request on Monday.",
        ),
        (
            "zh",
            "俄法院批准引渡请求",
            "朝鲜请求俄罗斯引渡该国一名公民。符拉迪沃斯托克法院周一批准了这一请求。",
        ),
        (
            "zh",
            "俄法院审理引渡案",
            "朝鲜要求俄罗斯引渡该国一名公民，此人涉嫌盗窃后逃往哈巴罗夫斯克。",
        ),
    ],
)
def test_extradition_of_one_of_the_north_s_citizens_is_a_return_to_come(
    lang: str, title: str, text: str
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.country == "RU"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Seoul asked Manila to extradite a South Korean fraud suspect."),
        ("en", "North Korea said one of its citizens had died in a road accident in Moscow."),
        ("zh", "韩国请求菲律宾引渡一名诈骗嫌疑人。"),
    ],
)
def test_other_extraditions_and_citizens_are_no_alert(lang: str, text: str) -> None:
    assert verdict_of(lang, "Extradition", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "Three sailors from a North Korean ship left the vessel in the port of Vladivostok. The "
        "sailors were detained by border guards.",
        "Two crew members from a North Korean freighter jumped ship in the port of Nakhodka. "
        "The crew members were detained by police the next day.",
    ],
)
def test_sailors_who_left_their_ship_named_again_by_their_word_are_an_alert(text: str) -> None:
    verdict = verdict_of("en", "North Korean sailors leave their ship in Russia", text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.country == "RU"


@pytest.mark.parametrize(
    "text",
    [
        "Japan's coast guard rescued three North Korean fishermen whose boat drifted off Niigata. "
        "The fishermen were handed back to the North at sea after saying they wished to go home.",
        "The coast guard rescued five North Korean sailors from a sinking ship. The sailors were "
        "taken to a hospital in Vladivostok.",
    ],
)
def test_rescued_sailors_named_again_are_no_alert(text: str) -> None:
    assert verdict_of("en", "North Korean sailors rescued", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Полиция Лаоса задержала у границы одного иностранца. Он оказался гражданином КНДР.",
        ),
        ("ru", "Полиция Лаоса задержала у границы иностранку. Она оказалась гражданкой КНДР."),
        (
            "en",
            "Police in Laos detained one foreigner near the border. He turned out to be a North "
            "Korean citizen.",
        ),
        (
            "en",
            "Police in Laos detained a foreign woman near the border. She turned out to be a "
            "North Korean defector.",
        ),
    ],
)
def test_one_foreigner_held_then_said_to_be_north_korean_is_an_alert(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "Laos", text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == 1
    assert verdict.facts.country == "LA"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Police in Laos detained a foreigner near the border. He turned out to be a Chinese "
            "citizen.",
        ),
        (
            "en",
            "Police in Laos detained a smuggler near the border. He turned out to be the guide of "
            "a North Korean woman.",
        ),
        ("ru", "Полиция Лаоса задержала проводника. Он оказался помощником гражданки КНДР."),
    ],
)
def test_one_person_held_then_said_to_be_someone_else_is_no_alert(lang: str, text: str) -> None:
    assert verdict_of(lang, "Laos", text).tier is not Tier.ALERT


def test_one_foreigner_held_then_turned_out_north_korean_in_vietnamese_is_an_alert() -> None:
    text = (
        "Công an tỉnh Lào Cai đã bắt giữ một người nước ngoài gần biên giới. Người này hóa ra là "
        "một công dân Triều Tiên."
    )
    verdict = verdict_of("vi", "Công an Lào Cai bắt một người nước ngoài", text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == 1


def test_one_foreigner_held_then_turned_out_chinese_in_vietnamese_is_no_alert() -> None:
    text = (
        "Công an tỉnh Lào Cai đã bắt giữ một người nước ngoài gần biên giới. Người này hóa ra là "
        "một công dân Trung Quốc."
    )
    verdict = verdict_of("vi", "Công an Lào Cai bắt một người nước ngoài", text)
    assert verdict.tier is not Tier.ALERT
