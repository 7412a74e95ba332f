"""Japanese reports in the forms headlines and broadcasters' copy give them: the people named
without の, a sailor who left his ship, a custody told in the present after a cancelled order.
Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 4)


def verdict_of(title: str, text: str, lang: str = "ja") -> Verdict:
    return classify(Document("j", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("title", "text", "status", "people", "country"),
    [
        (
            "北朝鮮男性を拘束 ロシア沿海地方",
            "ロシア沿海地方の警察は2日、北朝鮮男性を不法滞在の疑いで拘束した。",
            Status.ARRESTED,
            1,
            "RU",
        ),
        (
            "北朝鮮女性、ラオスで拘束 中国への引き渡し懸念",
            "ラオス北部で先週、北朝鮮女性が警察に拘束された。中国に引き渡される恐れがある。",
            Status.FACING_REPATRIATION,
            1,
            "LA",
        ),
        (
            "モンゴルで北朝鮮男性拘束",
            "モンゴルの国境警備当局は先月末、南部のゴビ砂漠で北朝鮮男性の身柄を拘束した。",
            Status.ARRESTED,
            1,
            "MN",
        ),
    ],
    ids=["man-arrested", "woman-handover-feared", "man-in-mongolia"],
)
def test_a_north_korean_named_without_no_is_the_people(
    title: str, text: str, status: Status, people: int | None, country: str
) -> None:
    v = verdict_of(title, text)
    assert v.tier is Tier.ALERT
    assert (v.facts.status, v.facts.people, v.facts.country) == (status, people, country)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        (
            "ナホトカで船員拘束",
            "ロシア極東ナホトカで、寄港中の北朝鮮の貨物船から姿を消した船員の男性が警察に"
            "拘束された。男性は現在、外国人収容施設にいる。",
            Status.DETAINED,
        ),
        (
            "北朝鮮の船員、港で拘束",
            "ロシア沿海地方の警察は2日、北朝鮮の貨物船から逃げ出した船員を拘束した。",
            Status.ARRESTED,
        ),
        (
            "ウラジオストクで船員拘束",
            "北朝鮮の漁業会社の船員が先月、ウラジオストク港で船に戻らず、今月1日に"
            "移民当局に拘束された。",
            Status.ARRESTED,
        ),
    ],
    ids=["vanished-from-freighter", "ran-from-ship", "did-not-go-back"],
)
def test_a_sailor_who_left_his_ship_is_an_escapee(title: str, text: str, status: Status) -> None:
    v = verdict_of(title, text)
    assert v.tier is Tier.ALERT
    assert (v.facts.status, v.facts.country) == (status, "RU")


def test_a_rescued_crew_sent_home_stays_no_alert() -> None:
    v = verdict_of(
        "北朝鮮の船員3人、帰国へ",
        "日本海で漂流していた木造船から救助された北朝鮮の船員3人について、政府は本人の希望を受けて"
        "中国経由で送還する方針を固めた。船員は漁に出ていたという。",
    )
    assert v.tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        (
            "瀋陽で拘束の脱北者、娘だけ釈放 母は収容続く",
            "中国遼寧省瀋陽市で先月拘束された脱北者の女性（40）と娘（8）のうち、娘だけが2日に"
            "釈放された。女性は今も市内の看守所に収容されている。",
            None,
        ),
        (
            "延吉の脱北者、夫のみ解放",
            "中国吉林省延吉市で拘束されていた脱北者の夫婦のうち、夫が3日に解放された。妻は"
            "依然として市内の施設に拘束されたままだという。",
            None,
        ),
        (
            "丹東で脱北者2人釈放",
            "中国遼寧省丹東市の公安当局は4日、拘束していた脱北者の男性2人を釈放した。2人は"
            "引き続き市内の施設に収容されている。",
            2,
        ),
    ],
    ids=["daughter-freed-mother-held", "husband-freed-wife-held", "freed-then-held-still"],
)
def test_a_custody_said_to_go_on_ends_a_release_before_it(
    title: str, text: str, people: int | None
) -> None:
    v = verdict_of(title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is Status.DETAINED
    if people is not None:
        assert v.facts.people == people


@pytest.mark.parametrize(
    ("title", "text", "country"),
    [
        (
            "ロシア 北朝鮮男性の国外退去処分取り消し 施設収容は続く",
            "ハバロフスクの裁判所は2日、北朝鮮から逃れた男性労働者に対する国外退去処分を"
            "取り消した。男性は現在もハバロフスクの外国人収容施設にいる。",
            "RU",
        ),
        (
            "北朝鮮女性の送還命令撤回、収容は継続",
            "ウラジオストクの裁判所は4日、北朝鮮国籍の女性（33）の送還命令を撤回した。女性は"
            "ウラジオストクの施設に収容されたままとなっている。",
            "RU",
        ),
    ],
    ids=["order-cancelled-held", "order-withdrawn-held"],
)
def test_a_cancelled_order_threatens_no_return(title: str, text: str, country: str) -> None:
    v = verdict_of(title, text)
    assert v.tier is Tier.ALERT
    assert (v.facts.status, v.facts.country) == (Status.DETAINED, country)


def test_an_order_asked_to_be_cancelled_still_threatens() -> None:
    v = verdict_of(
        "北朝鮮男性の国外退去処分、弁護士が取り消し求める",
        "ウラジオストクで拘束された北朝鮮国籍の男性（29）について、弁護士は3日、国外退去処分を"
        "取り消すよう裁判所に求めた。男性は北朝鮮に送還される恐れがある。",
    )
    assert v.tier is Tier.ALERT
    assert v.facts.status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        (
            "長春の脱北女性と連絡途絶える 公安が連行か",
            "中国吉林省長春市で暮らしていた脱北者の女性（52）と、先月18日から連絡が取れなくなって"
            "いることが分かった。支援団体は公安当局に拘束された可能性が高いとみている。",
            1,
        ),
        (
            "図們で脱北者3人、連絡取れず",
            "中国吉林省図們市に身を潜めていた脱北者の男女3人と、今月2日以降連絡が取れなくなった。"
            "支援団体は公安に拘束されたとみている。",
            3,
        ),
    ],
    ids=["woman-out-of-touch", "three-out-of-touch"],
)
def test_people_out_of_touch_are_missing(title: str, text: str, people: int) -> None:
    v = verdict_of(title, text)
    assert v.tier is Tier.ALERT
    assert (v.facts.status, v.facts.people, v.facts.country) == (Status.MISSING, people, "CN")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "ロシア極東で北朝鮮船員が船から逃走",
            "ロシア極東のナホトカ港で、停泊中の北朝鮮貨物船から乗組員の男性（31）が逃げ出し、"
            "警察に身柄を拘束された。",
        ),
        (
            "ウラジオストクで北朝鮮船員拘束",
            "ウラジオストク港に停泊していた北朝鮮の漁船から船員2人が逃げ出し、移民当局に"
            "拘束された。",
        ),
    ],
    ids=["crewman-between", "sailors-between"],
)
def test_a_crew_named_between_ship_and_flight_left_his_ship(title: str, text: str) -> None:
    v = verdict_of(title, text)
    assert v.tier is Tier.ALERT
    assert (v.facts.status, v.facts.country) == (Status.ARRESTED, "RU")


def test_a_crew_rescued_at_sea_and_sent_home_stays_no_alert() -> None:
    v = verdict_of(
        "北朝鮮の乗組員3人、帰国へ",
        "日本海で漂流していた木造船から救助された北朝鮮の乗組員3人について、政府は本人の希望を"
        "受けて中国経由で送還する方針を固めた。",
    )
    assert v.tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        (
            "北朝鮮男性、空港に足止め",
            "モスクワのシェレメチェボ空港で、北朝鮮から逃れた男性（40）が2週間、トランジット"
            "エリアにとどまっている。いつでも送還されうる状況だという。",
            Status.FACING_REPATRIATION,
        ),
        (
            "北朝鮮の労働者2人、空港に足止め",
            "モスクワの空港で北朝鮮の男性労働者2人がトランジットエリアに足止めされている。"
            "ロシア当局は入国を認めていない。",
            Status.DETAINED,
        ),
    ],
    ids=["stays-could-be-returned", "kept-in-transit"],
)
def test_people_kept_in_a_transit_zone_are_held(title: str, text: str, status: Status) -> None:
    v = verdict_of(title, text)
    assert v.tier is Tier.ALERT
    assert (v.facts.status, v.facts.country) == (status, "RU")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "中国で拘束の脱北者の母親、ソウルの娘が訴え",
            "韓国に住む脱北者の女性が4日、記者会見を開いた。女性によると、北朝鮮から脱出した母親"
            "（62）が先月30日、吉林省白山市で公安当局に連行された。",
        ),
        (
            "瀋陽で拘束の脱北者の父親、韓国に住む息子が救出訴え",
            "韓国に住む脱北者の男性は3日、父親（70）が遼寧省瀋陽市で公安に拘束されたと"
            "明らかにした。",
        ),
    ],
    ids=["daughter-in-seoul", "son-in-korea"],
)
def test_a_relative_in_the_south_who_speaks_is_not_counted(title: str, text: str) -> None:
    v = verdict_of(title, text)
    assert v.tier is Tier.ALERT
    assert (v.facts.people, v.facts.country) == (1, "CN")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "大連で拘束の脱北女性、息子のみ解放 母親は収容続く",
            "中国遼寧省大連市で先月拘束された脱北者の女性（34）と5歳の息子のうち、中国籍を持つ"
            "息子だけが3日に解放された。女性は今も大連市内の施設に収容されたままだ。",
        ),
        (
            "瀋陽で拘束の脱北者、娘だけ釈放",
            "中国遼寧省瀋陽市で先月拘束された脱北者の女性（40）と娘（8）のうち、娘だけが2日に"
            "釈放された。女性は今も市内の看守所に収容されている。",
        ),
    ],
    ids=["son-of-the-two", "daughter-of-the-two"],
)
def test_a_member_before_nouchi_counts_in_the_group(title: str, text: str) -> None:
    v = verdict_of(title, text)
    assert v.tier is Tier.ALERT
    assert (v.facts.status, v.facts.people) == (Status.DETAINED, 2)
