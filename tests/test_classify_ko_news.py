"""Korean reports written as whole news items, in the ways Korean wires, broadcasters, papers,
rights groups and church press tell them: a headline, a lede, the facts later, quotes.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 5)


def _read(title: str, text: str) -> tuple[Tier, Status | None, int | None]:
    verdict = classify(Document("r", title, text, "ko", date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("하바롭스크서 탈북민 체포",
         "하바롭스크 경찰에 붙잡힌 탈북민 박모 씨는 현재 수용소에 갇혀 있다. "
         "인권단체는 \"러시아가 박 씨를 북한으로 추방하면 처형당한다\"고 말했다."),
        ("中 공안, 탈북민 3명 체포",
         "지난 2일 선양에서 탈북민 3명이 공안에 체포됐다. "
         "한 선교사는 \"중국이 이들을 북한으로 송환한다면 모두 수용소에 끌려갈 것\"이라고 했다."),
        ("라오스서 탈북민 2명 구금",
         "라오스 경찰이 탈북민 2명을 붙잡아 구금하고 있다. "
         "단체는 \"라오스가 이들을 북한에 넘기면 목숨을 잃는다\"고 호소했다."),
    ],
    ids=["expel-if", "send-back-if-had", "hand-over-if"],
)  # fmt: skip
def test_a_return_told_as_a_condition_on_an_active_verb_is_only_feared(
    title: str, text: str
) -> None:
    tier, status, _ = _read(title, text)
    assert tier is Tier.ALERT
    assert status is Status.FACING_REPATRIATION


def test_a_return_done_stays_done_beside_the_new_condition_words() -> None:
    tier, status, count = _read(
        "中, 탈북민 4명 강제북송",
        "중국 공안은 지난달 28일 투먼에서 탈북민 4명을 북한으로 강제송환했다. "
        '가족들은 "북한에 가면 처벌을 받는다"며 눈물을 흘렸다.',
    )
    assert (tier, status, count) == (Tier.ALERT, Status.REPATRIATED, 4)


@pytest.mark.parametrize(
    ("title", "text", "status", "people"),
    [
        ("中서 체포된 탈북 성도 3명 북송…\"기도 부탁\"",
         "옌지에서 예배를 드리다 체포된 탈북 성도 3명이 지난달 투먼을 거쳐 북한으로 송환됐다고 "
         "현지 사역자가 전했다.", Status.REPATRIATED, 3),
        ("단둥 가정교회 급습",
         "단둥 공안이 가정교회를 급습해 탈북 신자 2명을 연행했다.", Status.ARRESTED, 2),
        ("라오스 국경서 붙잡힌 아이",
         "라오스 경찰이 국경을 넘은 탈북 소년 1명을 붙잡았다.", Status.ARRESTED, 1),
    ],
    ids=["believers", "faithful", "boy"],
)  # fmt: skip
def test_talbuk_before_the_word_a_church_or_school_uses_names_the_people(
    title: str, text: str, status: Status, people: int
) -> None:
    assert _read(title, text) == (Tier.ALERT, status, people)


def test_talbuk_students_given_a_scholarship_are_no_incident() -> None:
    tier, _, _ = _read(
        "탈북 학생 장학금 전달식", "한 기업이 서울에서 탈북 학생 30명에게 장학금을 전달했다."
    )
    assert tier is Tier.IGNORE


@pytest.mark.parametrize(
    ("title", "text", "status", "people"),
    [
        ("창바이서 여성 3명 붙잡혀",
         "지난달 말 압록강을 건넌 20대 여성 등 3명이 창바이현 공안에 체포돼 구류장에 수감됐다.",
         Status.DETAINED, 3),
        ("투먼 변방대, 여성 2명 체포",
         "지난 3일 밤 두만강을 건너온 여성 2명이 투먼 변방대에 붙잡혔다고 소식통이 전했다.",
         Status.ARRESTED, 2),
    ],
    ids=["yalu", "tumen"],
)  # fmt: skip
def test_people_who_crossed_the_border_rivers_are_the_people(
    title: str, text: str, status: Status, people: int
) -> None:
    assert _read(title, text) == (Tier.ALERT, status, people)


@pytest.mark.parametrize(
    ("title", "text", "status", "people"),
    [
        ("\"언니를 찾아주세요\"",
         "서울에 사는 박모(47)씨의 여동생은 지난봄 두만강을 건넜지만 이달 초 옌지의 한 "
         "식당에서 공안에 붙잡혔다. 박씨는 \"동생이 북송될까 두렵다\"고 말했다.",
         Status.FACING_REPATRIATION, 1),
        ("\"조카들 소식 끊겨\"",
         "북에 남았던 조카 남매가 압록강을 건너와 단둥 인근에 숨어 지내다 지난 2일 공안에 연행돼 "
         "구류소에 갇혀 있다고 김모씨가 전했다.",
         Status.DETAINED, 2),
    ],
    ids=["crossed-but", "crossed-and"],
)  # fmt: skip
def test_relatives_told_crossing_the_border_rivers_on_a_finite_verb_are_the_people(
    title: str, text: str, status: Status, people: int
) -> None:
    assert _read(title, text) == (Tier.ALERT, status, people)


def test_tourists_on_a_yalu_cruise_are_no_incident() -> None:
    tier, _, _ = _read(
        "압록강 유람선 인기",
        "단둥에서 유람선을 타고 압록강을 건넌 관광객 30명이 신의주를 바라보며 사진을 찍었다.",
    )
    assert tier is Tier.IGNORE


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("라오스 국경서 붙잡힌 아이",
         "라오스 경찰이 국경을 넘은 탈북 소년 1명을 붙잡아 구금하고 있다.", 1),
        ("선양 공안, 탈북민 4명 체포",
         "선양 공안은 지난주 붙잡은 탈북민 4명을 시내 한 시설에 억류하고 있다.", 4),
    ],
    ids=["detain-active", "hold-active"],
)  # fmt: skip
def test_a_custody_told_on_the_active_verb_goes_on(title: str, text: str, people: int) -> None:
    assert _read(title, text) == (Tier.ALERT, Status.DETAINED, people)


def test_people_the_police_had_held_and_then_freed_are_released() -> None:
    assert _read(
        "베트남, 탈북민 5명 석방",
        "베트남 공안이 하노이에서 구금하고 있던 탈북민 5명을 지난 4일 석방했다.",
    ) == (Tier.ALERT, Status.RELEASED, 5)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("中, 탈북민 5명 강제송환",
         "중국 공안은 지난주 탈북민 5명을 북한으로 강제송환하면서 두만강 일대 단속을 강화했다."),
        ("투먼 수용소 탈북민 5명 북송",
         "투먼 변방대에 갇혀 있던 탈북민 5명이 지난달 북송되면서 남은 가족들은 연락이 끊겼다."),
        ("라오스, 탈북민 5명 北에 넘겨",
         "라오스 경찰은 붙잡은 탈북민 5명을 북한에 넘기면서 사건을 종결했다고 밝혔다."),
    ],
    ids=["active-while", "passive-while", "hand-over-while"],
)  # fmt: skip
def test_a_return_told_with_while_is_done(title: str, text: str) -> None:
    assert _read(title, text) == (Tier.ALERT, Status.REPATRIATED, 5)


def test_a_return_on_condition_is_still_only_feared_beside_while() -> None:
    tier, status, _ = _read(
        "선양서 탈북민 5명 체포",
        "선양 공안에 체포된 탈북민 5명은 현재 구금돼 있다. "
        '단체는 "중국이 이들을 북송하면 모두 처벌받는다"고 경고하면서 석방을 촉구했다.',
    )
    assert (tier, status) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("단둥서 탈북민 2명 검거",
         "단둥에서 탈북민 2명이 검거됐다. 이들을 위한 구출 작전이 노출됐다고 단체는 전했다."),
        ("옌지서 탈북 여성 4명 체포",
         "옌지에서 탈북 여성 4명이 공안에 붙잡혔다. 대표는 \"4명의 구출 작전을 준비하던 중 "
         "안가가 발각됐다\"고 말했다."),
    ],
    ids=["exposed", "preparing"],
)  # fmt: skip
def test_a_rescue_operation_frees_nobody(title: str, text: str) -> None:
    _, status, _ = _read(title, text)
    assert status is Status.ARRESTED


@pytest.mark.parametrize(
    "text",
    ["라오스 이민국에 구금됐던 탈북민 4명이 지난 3일 구출에 성공해 대사관으로 옮겨졌다.",
     "라오스 이민국에 구금됐던 탈북민 4명이 구출 작전 끝에 지난 3일 풀려났다.",
     "라오스 이민국에 구금됐던 탈북민 4명이 구출 작전에 성공해 대사관으로 옮겨졌다."],
    ids=["rescued", "freed-after-operation", "operation-succeeded"],
)  # fmt: skip
def test_a_rescue_told_as_done_still_frees_the_people(text: str) -> None:
    assert _read("라오스 구금 탈북민 4명 구출", text) == (Tier.ALERT, Status.RELEASED, 4)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("北 유학생, 모스크바 공항서 체포",
         "러시아에서 탈출한 북한 유학생 1명이 한국행 비행기를 타려다 모스크바 공항에서 체포됐다.", 1),
        ("北식당 종업원 3명 붙잡혀",
         "중국 선양의 북한 식당에서 일하던 종업원 3명이 식당을 탈출했다가 공안에 붙잡혔다.", 3),
    ],
    ids=["student", "restaurant-staff"],
)  # fmt: skip
def test_students_and_restaurant_staff_who_fled_their_posting_are_the_people(
    title: str, text: str, people: int
) -> None:
    assert _read(title, text) == (Tier.ALERT, Status.ARRESTED, people)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("北 유학생 귀국", "러시아에 파견된 북한 유학생 30명이 학기를 마치고 평양으로 돌아갔다."),
        ("北식당 폐업", "중국 단둥의 북한 식당이 문을 닫으면서 종업원 20여 명이 북한으로 귀국했다."),
    ],
    ids=["students-home", "staff-home"],
)  # fmt: skip
def test_students_and_staff_going_home_are_no_incident(title: str, text: str) -> None:
    assert _read(title, text)[0] is Tier.IGNORE


def test_the_grandson_of_a_south_korean_prisoner_of_war_is_one_of_the_people() -> None:
    assert _read(
        "국군포로 후손 탈북민 2명 中서 체포",
        "국군포로의 손자인 탈북민 김모씨 등 2명이 지난주 중국 옌지에서 공안에 체포됐다. "
        "국군포로가족회는 이들의 북송을 막아 달라고 호소했다.",
    ) == (Tier.ALERT, Status.FACING_REPATRIATION, 2)


def test_south_korean_prisoners_of_war_are_still_no_incident() -> None:
    tier, _, _ = _read(
        "생존 국군포로 송환 촉구",
        "국군포로가족회는 북한에 남아 있는 생존 국군포로 송환을 정부에 촉구했다.",
    )
    assert tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("미얀마서 탈북민 3명 억류",
         "미얀마 경찰이 탈북민 3명을 붙잡아 구금하고 있다. "
         "활동가는 이들이 중국으로 되돌려 보내질 수 있다고 우려했다."),
        ("윈난서 탈북민 4명 검거",
         "윈난성에서 탈북민 4명이 공안에 검거됐다. 단체는 이들이 북중 국경으로 이송될 가능성이 크다고 밝혔다."),
        ("닝보서 北식당 종업원 2명 검거",
         "식당을 탈출한 종업원 2명이 닝보 공안에 구금돼 북한 영사관 측에 인도될 것으로 보인다."),
    ],
    ids=["sent-back-two-words", "to-the-border", "to-the-north-s-consulate"],
)  # fmt: skip
def test_the_last_steps_before_a_return_are_a_threat(title: str, text: str) -> None:
    assert _read(title, text)[:2] == (Tier.ALERT, Status.FACING_REPATRIATION)


def test_contact_lost_and_then_found_again_is_no_disappearance() -> None:
    assert _read(
        "라오스 수용소 탈북민 2명",
        '탈북민 2명이 라오스 이민국 수용소에 구금돼 있다. 가족은 "라오스 경찰에 붙잡힌 뒤 '
        '연락이 끊겼다가 최근에야 수용소에 있다는 소식을 들었다"고 말했다.',
    ) == (Tier.ALERT, Status.DETAINED, 2)


def test_contact_lost_is_still_a_disappearance() -> None:
    assert _read(
        "선양서 탈북민 연락 두절",
        "선양에서 지내던 탈북민 2명과 연락이 끊겼다고 가족이 밝혔다. "
        "가족은 공안에 붙잡혔을 가능성이 있다고 했다.",
    )[:2] == (Tier.ALERT, Status.MISSING)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("탈북민 5명 라오스 구금…단체 성명",
         "라오스 북부에서 붙잡힌 탈북민 5명이 비엔티안 이민국 수용소에 구금돼 있다고 북한인권단체가 "
         '밝혔다. 단체는 "라오스 정부는 이들 5명을 즉시 석방하고 그들이 원하는 제3국으로 안전하게 '
         '떠날 수 있도록 보장하라"고 촉구했다.', 5),
        ("[성명] 라오스 구금 탈북민 5명의 안전을 보장하라",
         "우리는 라오스 경찰에 붙잡혀 수용소에 갇힌 탈북민 5명의 안위를 깊이 우려한다. "
         "라오스 당국은 붙잡힌 5명 모두를 지금 즉시 석방하고 이들이 원하는 나라로 떠날 수 있도록 보장하라.",
         5),
        ("선양 공안, 탈북민 6명 구금",
         "선양 공안이 탈북민 6명을 붙잡아 구금하고 있다. 가족들은 중국 당국이 이들을 조속히 "
         "풀어주고 한국으로 보내 줄 것을 거듭 요구했다.", 6),
    ],
    ids=["quoted-demand", "statement-command", "family-demand"],
)  # fmt: skip
def test_a_release_governed_by_the_demand_that_ends_its_sentence_is_only_wanted(
    title: str, text: str, people: int
) -> None:
    assert _read(title, text) == (Tier.ALERT, Status.DETAINED, people)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("탈북민 3명 입국",
         "지난달 중국 공안에 체포됐다가 석방돼 라오스를 거쳐 입국한 탈북민 3명은 "
         "가족과 함께 살기를 희망했다.", Status.RELEASED),
        ("탈북민 3명 석방",
         "중국 공안에 구금됐던 탈북민 3명이 석방됐다. 석방된 탈북민 3명은 한국행을 희망했다.",
         Status.RELEASED),
        ("탈북민 7명 중 4명 석방",
         "중국 공안은 붙잡은 탈북민 7명 가운데 4명만 석방하고 나머지 3명은 계속 구금하고 있다. "
         "가족들은 남은 이들의 안전을 호소했다.", Status.DETAINED),
    ],
    ids=["people-wish-after-release", "released-people-wish", "some-freed-rest-held"],
)  # fmt: skip
def test_a_release_before_the_people_s_own_wish_stays_done(
    title: str, text: str, status: Status
) -> None:
    assert _read(title, text)[:2] == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("연해주 北 이탈 노동자 체포",
         "러시아 연해주 경찰이 일터를 떠나 숨어 지내던 북한 이탈 노동자 2명을 붙잡았다.",
         Status.ARRESTED),
        ("탈출 北노동자 풀려나",
         "모스크바 법원이 추방 명령을 취소해 수용시설에 있던 탈출 北노동자 1명이 석방됐다.",
         Status.RELEASED),
    ],
    ids=["noun-phrase-arrest", "noun-phrase-release"],
)  # fmt: skip
def test_workers_named_as_escapees_in_a_noun_phrase_are_the_people(
    title: str, text: str, status: Status
) -> None:
    tier, got, _ = _read(title, text)
    assert (tier, got) == (Tier.ALERT, status)


def test_workers_sent_home_in_a_noun_phrase_are_still_no_incident() -> None:
    assert (
        _read(
            "北 파견 노동자 귀국",
            "러시아 극동에서 일하던 북한 파견 노동자 50명이 계약을 마치고 평양으로 돌아갔다.",
        )[0]
        is Tier.IGNORE
    )


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("러시아 법원, 탈북민 2명 강제추방 결정",
         "하바롭스크 법원은 일터를 이탈해 붙잡힌 탈북민 2명에게 강제추방 결정을 내렸다.",
         Status.FACING_REPATRIATION),
        ("연해주 법원, 탈북민에 벌금·강제추방",
         "연해주 법원은 탈북민 1명에게 벌금과 강제추방을 선고하고, 추방 집행 때까지 그를 "
         "수용시설에 구금하도록 했다.", Status.FACING_REPATRIATION),
        ("태국 법원, 탈북민 5명에 벌금형",
         "태국 치앙라이 법원은 불법 입국한 탈북민 5명에게 벌금형과 함께 한국으로의 강제추방을 "
         "결정했다.", Status.ARRESTED),
        ("中, 탈북민 4명 북송",
         "중국 공안은 지난주 투먼에서 탈북민 4명을 북한으로 강제추방했다.", Status.REPATRIATED),
    ],
    ids=["ordered", "held-until-carried-out", "ordered-to-the-south", "done-to-the-north"],
)  # fmt: skip
def test_an_expulsion_ordered_is_a_threat_unless_toward_the_south(
    title: str, text: str, status: Status
) -> None:
    tier, got, _ = _read(title, text)
    assert (tier, got) == (Tier.ALERT, status)


def test_the_government_s_standing_position_against_returns_threatens_no_one() -> None:
    assert _read(
        '외교부 "탈북민 체포 보도 확인 중"',
        "외교부는 중국 옌지에서 탈북민 3명이 공안에 체포됐다는 보도에 대해 확인 중이라고 밝혔다. "
        '외교부 당국자는 "탈북민이 본인 의사에 반해 북송되어서는 안 된다는 것이 정부의 일관된 '
        '입장"이라고 말했다.',
    ) == (Tier.ALERT, Status.ARRESTED, 3)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("옌지서 탈북민 3명 체포",
         "옌지에서 탈북민 3명이 공안에 체포됐다. 단체는 \"이들이 북송되지 않도록 정부가 일관되게 "
         "노력해 달라\"고 요구했다."),
        ("옌지서 탈북민 3명 체포…북송 위기",
         "옌지에서 탈북민 3명이 공안에 체포돼 북송 위기에 놓였다. 정부는 강제북송 반대 입장을 "
         "일관되게 밝혀 왔다."),
    ],
    ids=["plea-about-them", "threat-beside-the-position"],
)  # fmt: skip
def test_a_threat_to_these_people_stands_beside_a_standing_position(title: str, text: str) -> None:
    assert _read(title, text) == (Tier.ALERT, Status.FACING_REPATRIATION, 3)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("몽골서 탈북민 3명 붙잡혀",
         "몽골 국경수비대가 지난주 탈북민 3명을 붙잡았다. 세 사람은 현재 울란바토르의 외국인 "
         "보호시설에 머물고 있다.", 3),
        ("캄보디아서 탈북민 2명 붙잡혀",
         "캄보디아 이민청이 프놈펜에서 탈북민 2명을 붙잡아 수용시설로 보냈다.", 2),
    ],
    ids=["foreigners-facility", "holding-facility"],
)  # fmt: skip
def test_people_in_a_holding_facility_abroad_are_detained(
    title: str, text: str, people: int
) -> None:
    assert _read(title, text) == (Tier.ALERT, Status.DETAINED, people)


def test_a_shelter_in_the_south_holds_no_one() -> None:
    assert (
        _read(
            "탈북 청소년 쉼터 개소",
            "서울의 한 교회가 탈북 청소년을 위한 보호시설을 열었다. 청소년 10명이 이곳에 머물고 있다.",
        )[0]
        is Tier.IGNORE
    )


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("태국, 탈북민 5명 추방 결정",
         "태국 이민국은 지난주 붙잡힌 탈북민 5명을 한국으로 추방하기로 결정했다.", Status.ARRESTED),
        ("中, 탈북민 3명 북송 결정",
         "중국 공안은 투먼에서 붙잡힌 탈북민 3명을 북한으로 송환하기로 했다.",
         Status.FACING_REPATRIATION),
        ("태국서 탈북민 5명 한국행",
         "태국 당국은 지난달 붙잡은 탈북민 5명을 한국으로 추방했으며, 이들은 어제 인천공항에 "
         "도착했다.", Status.REACHED_THIRD_COUNTRY),
    ],
    ids=["decided-to-the-south", "decided-to-the-north", "done-to-the-south"],
)  # fmt: skip
def test_a_decision_to_send_the_people_is_not_yet_done(
    title: str, text: str, status: Status
) -> None:
    assert _read(title, text)[1] is status


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("옌지서 탈북 여성 체포",
         "중국인 남편과 10년 넘게 살아온 탈북 여성이 지난 1일 옌지에서 공안에 붙잡혔다.", 1),
        ("탈북 여성 구금",
         "중국인 남편과 함께 지내던 탈북 여성이 지난주 단속에 걸려 구금됐다고 단체가 밝혔다.", 1),
        ("탈북 여성 체포",
         "아들과 같이 살던 탈북 여성이 지난 2일 훈춘에서 체포됐다.", 1),
        ("탈북 여성과 아들 체포",
         "탈북 여성과 아들이 함께 지난 2일 훈춘에서 공안에 체포됐다.", 2),
    ],
    ids=["husband-lived-with", "husband-stayed-with", "son-lived-with", "mother-and-son-taken"],
)  # fmt: skip
def test_a_relative_the_person_lived_with_is_no_second_person(
    title: str, text: str, people: int
) -> None:
    assert _read(title, text)[2] == people


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("'탈북민 400명 강제송환' 2년…가족들 \"생사라도 알려달라\"",
         "당시 중국에서 북한으로 넘겨진 탈북민들의 가족들은 3일 서울에서 기자회견을 열었다."),
        ("탈북민 300명 강제북송 5년…가족들 \"생사 확인을\"",
         "당시 중국에서 송환된 탈북민 300명의 가족들이 4일 집회를 열었다."),
    ],
    ids=["quoted-return-years-on", "return-years-on"],
)  # fmt: skip
def test_a_headline_counting_the_years_since_a_return_is_an_anniversary(
    title: str, text: str
) -> None:
    assert _read(title, text)[0] is not Tier.ALERT


def test_a_return_years_in_the_making_is_still_news() -> None:
    tier, status, _ = _read(
        "中 구금 3년째 탈북민 2명 북송",
        "중국 공안은 3년째 구금하던 탈북민 2명을 지난 1일 북한으로 강제송환했다고 단체가 밝혔다.",
    )
    assert (tier, status) == (Tier.ALERT, Status.REPATRIATED)


@pytest.mark.parametrize(
    "text",
    [
        '소식통은 "공안이 투먼 구류장에 있던 탈북민 4명을 지난 2일 온성으로 넘겼다"고 전했다.',
        "공안은 투먼에서 붙잡은 탈북민 4명을 지난주 무산으로 넘긴 것으로 알려졌다.",
    ],
    ids=["handed-to-a-town", "handed-over-participle"],
)
def test_a_handover_to_a_northern_town_told_as_done_is_a_return(text: str) -> None:
    tier, status, people = _read("투먼 구류장 탈북민 4명", text)
    assert (tier, status, people) == (Tier.ALERT, Status.REPATRIATED, 4)


def test_a_facility_there_abroad_holds_them() -> None:
    tier, status, people = _read(
        "캄보디아서 탈북민 3명 붙잡혀",
        "캄보디아 경찰에 붙잡힌 탈북민 3명이 현지 보호시설에 수용된 것으로 확인됐다.",
    )
    assert (tier, status, people) == (Tier.ALERT, Status.DETAINED, 3)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "中서 넘어온 탈북민 3명 붙잡혀",
            "탈북민 3명이 몽골 도르노고비에서 국경경비대에 붙잡혔다고 소식통이 전했다.",
        ),
        (
            "탈북민 3명 붙잡혀",
            "중국 네이멍구에서 국경을 넘은 탈북민 3명이 도르노고비에서 국경경비대에 붙잡혔다.",
        ),
    ],
    ids=["came-over-from-china", "crossed-the-border-from"],
)  # fmt: skip
def test_where_they_crossed_from_is_not_where_they_are_held(title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, "ko", date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.country == "MN"


@pytest.mark.parametrize(
    ("title", "text", "country"),
    [
        ("몽골서 탈북민 6명 체포…\"중국 송환 우려\"",
         "몽골 동부 도르노드주에서 탈북민 6명이 현지 공안에 체포돼 중국으로 송환될 우려가 제기되고 "
         "있다. 미국의 한 인권단체 관계자는 5일 \"6명이 지난달 말 중국 네이멍구자치구에서 국경을 "
         "넘은 직후 붙잡혔다\"고 말했다.", "MN"),
        ("베트남서 탈북 여성 3명 체포…\"중국 송환 우려\"",
         "베트남 북부 랑선성에서 탈북 여성 3명이 현지 공안에 붙잡혀 중국으로 넘겨질 우려가 커지고 "
         "있다. 한 대북 소식통은 \"세 여성은 지난달 중국 광시좡족자치구에서 국경을 넘은 직후 "
         "붙잡혔다\"고 전했다.", "VN"),
    ],
    ids=["inner-mongolia", "guangxi"],
)  # fmt: skip
def test_a_chinese_region_named_in_full_is_where_they_crossed_from(
    title: str, text: str, country: str
) -> None:
    verdict = classify(Document("r", title, text, "ko", date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.country == country


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("\"남동생이 훈춘서 잡혔다\"…탈북민 누나의 눈물",
         "인천에 사는 탈북민 박모(41)씨는 3일 기자와 만나 \"남동생이 지난주 훈춘에서 공안에 "
         "붙잡혔다\"고 말했다. 박씨는 \"동생이 북송되지 않게 도와달라\"고 호소했다."),
        ("탈북민 \"아버지가 단둥서 체포\"",
         "부산에 사는 탈북민 최모(52)씨는 2일 취재진과 만나서 \"아버지가 단둥에서 체포됐다\"고 "
         "전했다. 최씨는 \"아버지가 송환될까 두렵다\"고 했다."),
    ],
    ids=["met-a-reporter", "met-the-press"],
)  # fmt: skip
def test_one_who_meets_the_press_is_not_joined_to_the_relative_she_tells_of(
    title: str, text: str
) -> None:
    assert _read(title, text)[2] == 1


@pytest.mark.parametrize(
    "text",
    [
        "하바롭스크에서 붙잡힌 탈북민 3명에 대해 현지 법원이 지난 2일 추방 명령을 내렸다. "
        "이들은 현재 이민국 수용소에 있다.",
        "연해주 법원은 벌목장을 이탈한 북한 노동자 1명에게 행정 추방을 선고했다. "
        "그는 임시수용시설에 수용돼 있다.",
        "러시아 이민당국은 블라디보스토크에서 체포된 탈북민 2명에게 행정추방 결정을 내렸다.",
    ],
    ids=["order", "sentence", "administrative"],
)
def test_an_expulsion_ordered_without_a_forced_word_is_still_to_come(text: str) -> None:
    tier, status, _people = _read("러시아서 탈북민 추방 결정", text)
    assert tier is Tier.ALERT
    assert status is Status.FACING_REPATRIATION


def test_an_expulsion_ordered_toward_the_south_is_no_return() -> None:
    tier, status, _people = _read(
        "태국 법원 판결",
        "태국 법원은 치앙라이에서 붙잡힌 탈북민 4명에게 한국으로의 추방 명령을 내렸다.",
    )
    assert tier is Tier.ALERT
    assert status is not Status.REPATRIATED
    assert status is not Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("미얀마 당국은 타치레익에서 체포한 탈북민 3명에 대해 한국으로의 추방 결정을 내렸다고 "
         "소식통이 밝혔다.", Status.ARRESTED),
        ("미얀마 당국은 타치레익에서 체포한 탈북민 3명에 대해 북한으로의 추방 결정을 내렸다고 "
         "소식통이 밝혔다.", Status.FACING_REPATRIATION),
    ],
    ids=["south", "north"],
)  # fmt: skip
def test_a_decision_to_expel_somewhere_named_is_still_to_come(text: str, status: Status) -> None:
    tier, got, _people = _read("미얀마, 탈북민 추방 결정", text)
    assert tier is Tier.ALERT
    assert got is status


@pytest.mark.parametrize(
    "where",
    [
        "가족들은 이들이 현재 어느 시설에 구금돼 있는지 알지 못하고 있다.",
        "단체 측은 \"세 사람이 어디에 갇혀 있는지도 아직 모른다\"고 말했다.",
    ],
    ids=["family-unaware", "quote-unknown"],
)  # fmt: skip
def test_a_custody_only_asked_about_leaves_the_arrest(where: str) -> None:
    tier, status, count = _read(
        "투먼서 탈북민 3명 붙잡혀",
        "중국 지린성 투먼에서 탈북민 3명이 지난 1일 변방대에 붙잡혔다고 한 단체가 4일 밝혔다. "
        + where,
    )
    assert (tier, status, count) == (Tier.ALERT, Status.ARRESTED, 3)


@pytest.mark.parametrize(
    "fear",
    [
        "\"동생이 다시 북으로 끌려가면 살아남지 못할 것\"",
        "\"동생이 북한으로 끌려가면 끝\"",
        "\"동생이 북으로 끌려갈까 봐 밤마다 운다\"",
        "\"동생이 북으로 보내지면 다시는 못 본다\"",
    ],
    ids=["north-alone-if", "north-if", "worry", "sent-if"],
)  # fmt: skip
def test_a_family_s_fear_of_being_dragged_north_is_a_threat(fear: str) -> None:
    tier, status, _count = _read(
        "옌지서 탈북 여성 붙잡혀",
        "중국 지린성 옌지에서 탈북 여성 박모(41)씨가 지난 2일 공안에 붙잡혔다. "
        f"인천에 사는 오빠는 {fear}이라고 했다.",
    )
    assert (tier, status) == (Tier.ALERT, Status.FACING_REPATRIATION)


def test_a_dated_arrest_told_beside_a_past_statistic_in_one_sentence_alerts() -> None:
    tier, status, count = _read(
        "유엔 특별보고관, 중국에 서한",
        "특별보고관은 2024년 5월 200여 명이 한꺼번에 북송된 뒤에도 송환이 계속되고 있다고 "
        "비판하며, 지난주 훈춘에서 붙잡힌 탈북 남성 3명의 송환 절차를 멈추라고 요청했다.",
    )
    assert (tier, status, count) == (Tier.ALERT, Status.FACING_REPATRIATION, 3)


def test_a_handover_to_china_told_as_possible_is_a_threat() -> None:
    tier, status, count = _read(
        "라오스 경찰, 탈북 여성 2명 체포",
        "라오스 보께오주에서 탈북 여성 2명이 지난 3일 경찰에 붙잡혀 경찰서 유치장에 갇혀 있다. "
        '현지 선교사는 "라오스 당국이 이들을 중국 측에 넘길 가능성이 크다"고 말했다.',
    )
    assert (tier, status, count) == (Tier.ALERT, Status.FACING_REPATRIATION, 2)


def test_a_return_only_some_media_told_is_a_threat_not_an_all_clear() -> None:
    tier, status, count = _read(
        '외교부 "훈춘 구류 탈북 여성 2명, 현재 구금 중"',
        "외교부는 10일 중국 훈춘 변방구류소에 갇힌 탈북 여성 2명이 여전히 구금돼 있는 것으로 "
        "안다고 밝혔다. 앞서 일부 매체는 이들이 지난주 북한으로 넘겨졌다고 보도했다.",
    )
    assert (tier, status, count) == (Tier.ALERT, Status.FACING_REPATRIATION, 2)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("닝보 北식당 탈출 종업원 3명 공안에 체포",
         "저장성 닝보에서 공안이 지난 4일 종업원 3명을 체포했다. 이들은 한국행을 준비해 왔다."),
        ("닝보서 여성 3명 공안에 체포",
         "저장성 닝보의 북한 식당에서 일하다 달아난 여성 3명이 지난 4일 공안에 체포됐다."),
    ],
    ids=["headline-noun", "worked-then-ran"],
)  # fmt: skip
def test_staff_who_ran_from_a_north_korean_restaurant_are_escapees(title: str, text: str) -> None:
    assert _read(title, text) == (Tier.ALERT, Status.ARRESTED, 3)


def test_a_worker_caught_after_fleeing_his_post_and_sent_home_is_repatriated() -> None:
    tier, status, _count = _read(
        "연해주서 붙잡힌 北 노동자 송환",
        "연해주 아르툠의 공사장을 이탈했다가 경찰에 체포된 북한 노동자가 지난 2일 북한으로 "
        "송환된 것으로 확인됐다.",
    )
    assert (tier, status) == (Tier.ALERT, Status.REPATRIATED)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("옌지서 청소년 2명 포함 탈북민 6명 체포",
         "지린성 옌지에서 지난 3일 탈북민들이 공안에 붙잡혔다.", 6),
        ("몽골서 아이 2명을 포함한 탈북민 일가족 4명 체포",
         "몽골 국경경비대가 지난 3일 동고비주에서 탈북민들을 붙잡았다.", 4),
        ("라오스서 탈북민 두 사람 체포",
         "라오스 경찰이 지난 3일 루앙프라방에서 탈북민 두 사람을 붙잡았다.", 2),
        ("몽골서 탈북 부자, 국경경비대에 체포",
         "몽골 국경경비대가 지난 3일 동고비주에서 북한을 탈출한 이들을 붙잡았다.", 2),
    ],
    ids=["included-headline", "included-household", "two-persons", "pair-then-comma"],
)  # fmt: skip
def test_korean_counts_told_as_a_headline_inclusion_persons_or_a_pair(
    title: str, text: str, people: int
) -> None:
    assert _read(title, text) == (Tier.ALERT, Status.ARRESTED, people)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("북한 선원, 나홋카서 체포",
         "지난달 나홋카항에 정박한 북한 화물선에서 이탈한 선원 1명이 러시아 경찰에 체포됐다. "
         "그는 강제 북송 위기에 놓여 있다.", Status.FACING_REPATRIATION),
        ("블라디보스토크서 북한 선원 구금",
         "북한 어선의 선원 2명이 배로 돌아가지 않고 숨어 지내다 이달 초 러시아 이민국에 "
         "붙잡혔다.", Status.DETAINED),
    ],
    ids=["left-freighter", "did-not-go-back"],
)  # fmt: skip
def test_a_korean_sailor_who_left_his_ship_is_an_escapee(
    title: str, text: str, status: Status
) -> None:
    tier, got, _ = _read(title, text)
    assert (tier, got) == (Tier.ALERT, status)


def test_a_korean_crew_rescued_and_sent_home_stays_no_alert() -> None:
    tier, _, _ = _read(
        "러시아, 구조된 북한 선원 송환",
        "러시아 해경은 지난달 표류하던 북한 어선의 선원 3명을 구조해 본인들의 희망에 따라 "
        "북한으로 돌려보냈다.",
    )
    assert tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("탈북민 돕던 선교사 조사 후 석방…탈북민 2명은 구류장에",
         "중국 투먼에서 탈북 여성 2명이 지난주 공안에 붙잡혀 구류장에 갇혀 있다.",
         Status.DETAINED),
        ("탈북자 도와온 목사 벌금 낸 뒤 석방…탈북자 4명 북송 위기",
         "중국 선양에서 탈북자 4명이 붙잡혀 북송 위기에 놓였다.", Status.FACING_REPATRIATION),
    ],
    ids=["helped-then-freed", "helped-fined-then-freed"],
)  # fmt: skip
def test_a_headline_helper_of_defectors_freed_frees_none_of_them(
    title: str, text: str, status: Status
) -> None:
    assert _read(title, text)[:2] == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("中 단둥서 탈북 여성과 아동 4명 체포", "중국 단둥에서 탈북 여성과 아동 4명이 공안에 붙잡혔다.", 4),
        ("탈북 여성과 어린이 5명 라오스서 체포",
         "라오스 경찰이 지난 2일 탈북 여성과 어린이 5명을 체포했다.", 5),
        ("탈북 남성과 여성 6명 베트남서 붙잡혀", "베트남 공안이 탈북 남성과 여성 6명을 붙잡았다.", 6),
        ("탈북 여성과 아들 2명 체포", "중국 선양에서 탈북 여성과 아들 2명이 공안에 붙잡혔다.", 3),
    ],
    ids=["women-and-children", "women-and-kids", "men-and-women", "woman-and-her-sons"],
)  # fmt: skip
def test_a_figure_after_two_classes_of_people_counts_both(
    title: str, text: str, people: int
) -> None:
    assert _read(title, text) == (Tier.ALERT, Status.ARRESTED, people)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("러 법원 추방 명령 받았던 탈북민, 제3국행",
         "러시아 법원에서 추방 명령을 받고 수용소에 갇혀 있던 탈북민 최모씨가 제3국으로 출국했다.",
         Status.REACHED_THIRD_COUNTRY),
        ("몽골서 구금된 탈북민 3명 제3국으로 떠났다",
         "몽골 당국에 구금됐던 탈북민 3명이 지난주 제3국으로 떠났다고 단체가 밝혔다.",
         Status.REACHED_THIRD_COUNTRY),
        ("탈북민 5명 中 체포…\"제3국으로 출국하려다\"",
         "중국 단둥에서 탈북민 5명이 제3국으로 출국하려다 공안에 체포됐다.", Status.ARRESTED),
    ],
    ids=["left-after-order", "left-mongolia", "trying-to-leave"],
)  # fmt: skip
def test_people_held_who_left_for_a_third_country_reached_it(
    title: str, text: str, status: Status
) -> None:
    assert _read(title, text)[:2] == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("선양서 연락 끊긴 탈북민 일가족 4명…행방 묘연",
         "중국 선양에 숨어 지내던 탈북민 일가족 4명의 행방이 2주째 확인되지 않고 있다. "
         "'탈북민구출네트워크' 대표 박진우 목사는 \"지난달 22일 불심검문이 있은 뒤로 네 사람 모두 "
         "전화를 받지 않는다\"고 말했다.", Status.MISSING),
        ("탈북민 3명 옌지서 체포…북송 우려",
         "중국 옌지에서 탈북민 3명이 공안에 체포됐다. 탈북자구출연대 김모 대표는 \"세 사람이 곧 "
         "북송될 수 있다\"고 말했다.", Status.FACING_REPATRIATION),
        ("탈북민 2명 투먼 구류소에 구금",
         "탈북민 2명이 중국 투먼 구류소에 구금돼 있다고 북한난민구출선교회가 밝혔다.",
         Status.DETAINED),
    ],
    ids=["rescue-network", "rescue-solidarity", "rescue-mission"],
)  # fmt: skip
def test_a_rescue_groups_name_frees_no_one(title: str, text: str, status: Status) -> None:
    assert _read(title, text)[:2] == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("북한 선원 3명 나홋카서 체포",
         "러시아 나홋카항에서 북한 선원 3명이 배를 이탈했다가 현지 경찰에 붙잡혔다.", "ko"),
        ("블라디보스토크서 북한 선원 2명 배 이탈…러 경찰에 붙잡혀",
         "블라디보스토크항에 정박한 북한 화물선에서 선원 2명이 사라졌다가 경찰에 붙잡혔다.", "ko"),
        ("Two North Korean sailors jump ship in Vladivostok, held by police",
         "Two crew members of a North Korean freighter docked in Vladivostok were held by "
         "Russian police on Sunday.", "en"),
    ],
    ids=["ko-left-ship-then-caught", "ko-headline-bae-italh", "en-jump-ship"],
)  # fmt: skip
def test_sailors_who_left_their_ship_abroad_and_were_caught_are_an_alert(
    title: str, text: str, lang: str
) -> None:
    verdict = classify(Document("s", title, text, lang, date=ON))
    assert verdict.tier is Tier.ALERT
