"""Round-30 fixes found by the Korean stress set (ko30), probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 5)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("ko30", title, text, lang, date=ON))


# A crew that fled the North itself by boat, or asked to go to the South, is escapees
# (`left_ship`), not a crew rescued at sea and sent home at its wish.
BOAT_CREWS = [
    ("ko", "北 어민 4명, 목선 타고 탈북했다 러시아서 억류…북송 우려",
     "북한 어민 4명이 지난 월요일 목선을 타고 탈북했다가 러시아 연해주에서 국경수비대에 억류됐다. "
     "이들이 북한으로 송환될 가능성이 크다."),
    ("ko", "러시아서 붙잡힌 北 선원 4명 \"한국에 가고 싶다\"",
     "북한 선원 4명이 지난 월요일 어선을 몰고 북한을 탈출해 나홋카 인근에서 붙잡혔다. 선원들은 "
     "한국행을 희망했지만 러시아 당국이 이들을 북한에 넘길 것으로 보인다."),
    ("en", "Four North Korean fishermen who fled by boat held in Russia",
     "Four North Korean fishermen who fled the North aboard a wooden boat were detained by "
     "Russian border guards on Monday and could be sent back, activists said."),
    ("ja", "木造船で脱北の北朝鮮漁民4人、ロシアで拘束",
     "北朝鮮の漁民4人が月曜日、木造船で北朝鮮を脱出し、ロシアの国境警備隊に拘束された。送還される恐れがある。"),
    ("ru", "Четверо северокорейских рыбаков, бежавших на лодке, задержаны в Приморье",
     "Четверо северокорейских рыбаков в понедельник бежали из КНДР на деревянной лодке и были "
     "задержаны пограничниками. Их могут выдать Пхеньяну."),
    ("vi", "4 ngư dân Triều Tiên bỏ trốn bằng thuyền bị Nga bắt giữ",
     "4 ngư dân Triều Tiên đã bỏ trốn khỏi Triều Tiên bằng thuyền gỗ và bị biên phòng Nga bắt "
     "giữ hôm thứ Hai. Họ có thể bị trả về Triều Tiên."),
    ("th", "ลูกเรือเกาหลีเหนือ 4 คนหลบหนีด้วยเรือ ถูกจับในรัสเซีย",
     "ลูกเรือเกาหลีเหนือ 4 คนหลบหนีออกจากเกาหลีเหนือด้วยเรือไม้ และถูกหน่วยรักษาชายแดนรัสเซียจับกุม"
     "เมื่อวันจันทร์ พวกเขาอาจถูกส่งกลับเกาหลีเหนือ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"), BOAT_CREWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(BOAT_CREWS)]
)
def test_a_crew_that_fled_the_north_by_boat_is_an_incident(
    lang: str, title: str, text: str
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is Status.FACING_REPATRIATION
    assert (v.facts.country, v.facts.people) == ("RU", 4)


# Rescued crews sent home at their wish stay traps, boat or no boat.
RESCUED_CREWS = [
    ("ko", "표류 北 어민 3명 판문점 통해 송환…\"귀환 의사 밝혀\"",
     "동해에서 어선을 타고 조업하다 표류한 북한 어민 3명이 지난 월요일 판문점을 통해 북한으로 "
     "송환됐다. 이들은 한국행을 원하지 않았다."),
    ("en", "North Korean fishermen rescued off Japan sent home at their request",
     "Japan handed four North Korean fishermen rescued at sea back to the North on Monday after "
     "they said they wished to return."),
    ("ja", "漂流の北朝鮮漁民4人、本人の希望で帰国",
     "日本海で漁船で漂流していた北朝鮮の漁民4人が救助され、月曜日に本人の希望で北朝鮮に帰国した。"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    RESCUED_CREWS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(RESCUED_CREWS)],
)
def test_a_rescued_crew_sent_home_stays_no_alert(lang: str, title: str, text: str) -> None:
    assert verdict_of(lang, title, text).tier is not Tier.ALERT


# Giving themselves up to China's police, named as 공안 or 파출소 (공안에 자수, 파출소를 찾아가
# 자수했다): in its custody from then on, as those it caught.
GAVE_THEMSELVES_UP = [
    ("생활고 못 이긴 탈북 여성, 훈춘 파출소에 자수",
     "중국 훈춘에서 생활고를 견디지 못한 탈북 여성 1명이 지난 월요일 파출소를 찾아가 자수했다고 "
     "소식통이 전했다."),
    ("탈북 남성 2명, 지난 월요일 도문 공안에 자수",
     "중국 지린성 투먼에서 숨어 살던 탈북 남성 2명이 지난 월요일 공안을 찾아가 자수했다."),
]  # fmt: skip


@pytest.mark.parametrize(("title", "text"), GAVE_THEMSELVES_UP, ids=["police-box", "gongan"])
def test_giving_themselves_up_to_chinese_police_is_an_arrest(title: str, text: str) -> None:
    v = verdict_of("ko", title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is Status.ARRESTED
    assert v.facts.country == "CN"


# Where they were heading (몽골을 향해 가던, 몽골 향하던) is no country of detention, as 태국행
# is not: `toward.after` markers are particles written onto the place, so 을 향해 counts even
# though it holds a space.
HEADING_FOR = [
    # The text opening on the headline, as a feed's text often does.
    ("몽골을 향해 걷던 탈북민 2명 붙잡혀",
     "몽골을 향해 걷던 탈북민 2명 붙잡혀\n몽골을 향해 걷던 탈북민 2명이 지난 월요일 중국 네이멍구 "
     "얼롄하오터에서 공안에 붙잡혔다."),
    ("몽골 향하던 탈북민 3명 체포",
     "몽골 국경을 향해 가던 탈북민 3명이 지난 월요일 네이멍구에서 중국 공안에 체포됐다."),
]  # fmt: skip


@pytest.mark.parametrize(("title", "text"), HEADING_FOR, ids=["eul-hyanghae", "hyanghadeon"])
def test_a_country_they_were_heading_for_is_not_where_they_are_held(title: str, text: str) -> None:
    v = verdict_of("ko", title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.country == "CN"


# A headline's handover written as a bare noun (북측에 인계, 신의주로 압송: `headline_nouns`)
# tells no more than 강제북송 does: a threat, unless the text tells the handover as done. A
# text that opens on the headline's line repeats it without a full stop and tells no more.
def test_a_headlines_bare_handover_noun_over_an_expected_handover_is_a_threat() -> None:
    title = '탈북 여성 2명 투먼으로 이송…"곧 북측에 인계"'
    text = (
        f"{title}\n허룽에서 붙잡힌 탈북 여성 2명이 지난 월요일 투먼 변방구류소로 옮겨졌다. "
        "이들은 곧 북측에 넘겨질 전망이다."
    )
    v = verdict_of("ko", title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is Status.FACING_REPATRIATION


def test_a_headlines_bare_transfer_noun_over_a_planned_transfer_is_a_threat() -> None:
    title = "탈북민 3명 신의주로 압송"
    text = f"{title}\n중국 단둥에 구금돼 있던 탈북민 3명이 곧 신의주로 압송될 예정이라고 소식통이 전했다."
    assert verdict_of("ko", title, text).facts.status is Status.FACING_REPATRIATION


def test_a_headlines_bare_handover_noun_the_text_tells_as_done_is_a_return() -> None:
    title = "탈북 여성 2명 북측에 인계"
    text = (
        f"{title}\n허룽에서 붙잡힌 탈북 여성 2명이 지난 월요일 투먼 다리를 통해 북측에 인계됐다."
    )
    assert verdict_of("ko", title, text).facts.status is Status.REPATRIATED


# A transfer told as the step right before the return (북송을 의미한다, "the last step before
# repatriation", 遣返前的最后一步, 送還直前): the return is at hand.
STEP_BEFORE_RETURN = [
    ("ko", "탈북민 4명 단둥으로 이송",
     "중국 공안이 선양에서 붙잡은 탈북민 4명을 지난 월요일 단둥으로 이송했다. 단둥 이송은 곧 북송을 "
     "의미한다."),
    ("ko", "탈북민 4명 단둥으로 이송…\"북송 전 마지막 단계\"",
     "중국 공안이 선양에서 붙잡은 탈북민 4명을 지난 월요일 단둥으로 이송했다."),
    ("en", "Four North Korean defectors moved to Dandong",
     "Chinese police moved four North Korean defectors caught in Shenyang to Dandong on Monday, "
     "the last step before repatriation, activists said."),
    ("zh", "4名脱北者被移送丹东", "中国公安周一将在沈阳抓获的4名脱北者移送丹东，这是遣返前的最后一步。"),
    ("ja", "脱北者4人、丹東へ移送",
     "中国公安は月曜日、瀋陽で拘束した脱北者4人を丹東へ移送した。送還直前の段階とみられる。"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    STEP_BEFORE_RETURN,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(STEP_BEFORE_RETURN)],
)
def test_a_transfer_told_as_the_step_before_return_is_a_threat(
    lang: str, title: str, text: str
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is Status.FACING_REPATRIATION
    assert v.facts.people == 4
