"""Round-34 fixes found by the blind set stress34_lead34: reports that open on a reaction (a UN
letter, a briefing, a church's appeal, a lawmaker's question) and only later tell who was caught
or sent back, and where.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 5)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("lead34", title, f"{title}\n{text}", lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Rights envoy asks Beijing to spare six caught in Yanji",
            'The envoy wrote that "people who are sent back to North Korea are exposed to '
            'torture." The letter concerns six North Koreans arrested in Yanji on Nov. 20, who '
            "are held at a detention centre and could be repatriated soon.",
        ),
        (
            "ko",
            '인권대사 "中, 탈북민 강제송환 멈춰야"…옌지서 6명 체포',
            '대사는 서한에서 "북한으로 송환된 사람들은 고문과 강제노동에 노출된다"고 밝혔다. '
            "서한은 지난달 20일 옌지에서 체포된 탈북민 6명에 관한 것으로, 이들은 구류장에 갇혀 "
            "있으며 곧 북송될 수 있다.",
        ),
        (
            "ko",
            '인권대사 "中, 탈북민 강제송환 멈춰야"…옌지서 6명 체포',
            '대사는 "송환된 사람은 정치범수용소로 보내질 수 있다"고 지적했다. 서한은 지난달 '
            "20일 옌지에서 체포된 탈북민 6명에 관한 것으로, 이들은 구류장에 갇혀 있으며 곧 "
            "북송될 수 있다.",
        ),
        (
            "zh",
            "人权特使：中方应停止强制遣返 6名脱北者在延吉被捕",
            "特使在信中写道：“被遣返回朝鲜的人会遭受酷刑和强迫劳动。”信函涉及上月20日在延吉"
            "被捕的6名脱北者，他们目前被关押在看守所，可能很快被遣返。",
        ),
        (
            "zh",
            "人權特使：中方應停止強制遣返 6名脫北者在延吉被捕",
            "特使在信中寫道：「被遣返回北韓的人會遭受酷刑。」信函涉及上月20日在延吉被捕的6名"
            "脫北者，他們目前被關押在看守所，可能很快被遣返。",
        ),
        (
            "ja",
            "人権特使「脱北者の送還やめよ」　延吉で6人拘束",
            "特使は書簡で「北朝鮮に送還された人は拷問や強制労働にさらされる」と指摘した。書簡は"
            "先月20日に延吉で拘束された脱北者6人に関するもので、6人は看守所に収容され、近く"
            "送還される恐れがある。",
        ),
        (
            "vi",
            "Đặc phái viên kêu gọi Trung Quốc ngừng trục xuất; 6 người bị bắt ở Diên Cát",
            'Đặc phái viên viết rằng "những người bị trả về Triều Tiên phải chịu tra tấn". Bức '
            "thư liên quan đến 6 người Triều Tiên bị bắt ở Diên Cát ngày 20/11, hiện bị giam tại "
            "trại tạm giam và có thể sớm bị trả về.",
        ),
    ],
)
def test_a_quoted_fate_of_returnees_in_general_is_not_the_peoples_return(
    lang: str, title: str, text: str
) -> None:
    """A letter's reason, right after a headline counting the people: those sent back in
    general face torture (송환된 사람들은, 被遣返回朝鲜的人会, 送還された人は, "people who are
    sent back"). It tells no return of the six, who are held and face one."""
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 6
    assert verdict.facts.country == "CN"


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "zh",
            "人权团体发起联署 吁善待被抓脱北母女",
            "一个人权团体发起网上联署，呼吁中国当局人道对待一对朝鲜母女。该团体说，联署书将"
            "递交给中国驻韩国大使馆。据介绍，这对母女上月28日在云南勐腊被边防警察抓获。",
        ),
        (
            "zh",
            "人權團體發起聯署 籲善待被抓脫北母女",
            "一個人權團體發起網上聯署，呼籲中國當局人道對待一對北韓母女。該團體說，簽名將交給"
            "中國外交部。據介紹，這對母女上月28日在雲南勐臘被邊防警察抓獲。",
        ),
        (
            "en",
            "Petition urges humane treatment of mother and daughter caught in Yunnan",
            "A rights group said the petition will be handed to the Chinese embassy in Seoul next "
            "week. The North Korean mother and daughter were caught by border police in Mengla, "
            "Yunnan, on Nov. 28.",
        ),
    ],
)
def test_a_petition_handed_to_chinas_embassy_hands_no_one_to_china(
    lang: str, title: str, text: str
) -> None:
    """Signatures delivered to China's embassy or ministry (递交给中国驻…大使馆, "handed to the
    Chinese embassy") are no handover of the people to China: the two are arrested, not facing
    return."""
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 2
    assert verdict.facts.country == "CN"


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "ja",
            "ラオスで拘束の脱北者3人、韓国到着",
            "支援団体によると、ビエンチャンで9月に拘束されていた脱北者3人が、28日に韓国・"
            "仁川国際空港に到着した。",
        ),
        (
            "ko",
            "라오스서 구금됐던 탈북민 3명 한국 도착",
            "지원단체에 따르면 9월 비엔티안에서 구금됐던 탈북민 3명이 28일 인천국제공항에 "
            "도착했다.",
        ),
    ],
)
def test_an_arrival_at_incheon_or_in_a_headline_noun_reaches_the_south(
    lang: str, title: str, text: str
) -> None:
    """韓国到着 and 한국 도착 in a headline, and the airport by its full name (仁川国際空港に
    到着, 인천국제공항에 도착): the three held in Laos reached the South, not still held."""
    verdict = verdict_of(lang, title, text)
    assert verdict.alert
    assert verdict.facts.status is Status.REACHED_THIRD_COUNTRY
    assert verdict.facts.people == 3
    assert verdict.facts.country == "LA"
