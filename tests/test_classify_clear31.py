"""Mistakes of kinds other helpers saw in round 30, in new sentences of every language."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 5)  # a Saturday: "Monday" is Nov. 30, "last month" November

# Caught again on a day of this week or month; the release told after it is dated before that
# day ("She was released last month"): the release the custody ended, told over, no all-clear.
RELEASE_DATED_BEFORE_REARREST = [
    ("en", "North Korean woman arrested again in Yanji",
     "A North Korean woman was arrested again by Chinese police in Yanji on Monday and is held at "
     "a detention centre, a source said. She was released last month after a relative paid a "
     "fine."),
    ("en", "North Korean woman held again in Yanji",
     "A North Korean woman was arrested again in Yanji on Monday and is held at a detention "
     "centre, though she was released last month after a relative paid a fine."),
    ("zh", "脱北女性在延吉再次被捕",
     "一名脱北女性周一在延吉再次被中国公安抓捕，目前关押在看守所。她上月因亲属缴纳罚款而获释。"),
    ("zh", "脱北女性再次被捕",
     "一名脱北女性本月2日在延吉再次被中国公安抓捕，目前关押在看守所。她上周因亲属缴纳罚款而获释。"),
    ("ko", "탈북 여성 옌지서 다시 체포",
     "탈북 여성이 지난 1일 옌지에서 다시 공안에 체포돼 구류장에 갇혀 있다고 소식통이 전했다. "
     "이 여성은 지난달 친척이 벌금을 내 석방됐다."),
    ("ko", "탈북 여성 다시 체포",
     "탈북 여성이 이번 주 월요일 옌지에서 다시 공안에 체포돼 구류장에 갇혀 있다. 이 여성은 지난주 "
     "친척이 벌금을 내 풀려났다."),
    ("ja", "脱北女性、延吉で再び拘束",
     "脱北女性1人が月曜日に延吉で再び公安に拘束され、拘置所に収容されていると関係者が明らかにした。"
     "女性は先月、親族が罰金を払って釈放された。"),
    ("ja", "脱北女性、再び拘束",
     "脱北女性1人が今月2日に延吉で再び公安に拘束され、拘置所に収容されている。女性は先週、親族が"
     "罰金を払って釈放された。"),
    ("ru", "Беглец из КНДР вновь задержан",
     "Беглеца из КНДР вновь задержали во Владивостоке 1 декабря, сейчас он содержится в центре "
     "временного содержания. Его отпустили в прошлом месяце после уплаты штрафа."),
    ("ru", "Северокореянка снова задержана в Хабаровске",
     "Гражданку КНДР снова задержали в Хабаровске 2 декабря, она находится в ЦВСИГ. Ее освободили "
     "на прошлой неделе после уплаты штрафа."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    RELEASE_DATED_BEFORE_REARREST,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(RELEASE_DATED_BEFORE_REARREST)],
)
def test_a_release_dated_before_a_rearrest_is_no_all_clear(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("s", title, f"{title}\n{text}", lang, date=ON))
    assert verdict.facts.status is Status.DETAINED


# The release dated after the custody came again is the news, and stands.
RELEASE_DATED_AFTER_REARREST = [
    ("en", "North Korean woman arrested again in Yanji is freed",
     "A North Korean woman was arrested again in Yanji last month and is held at a detention "
     "centre. She was released on Thursday after a relative paid a fine."),
    ("ko", "다시 체포된 탈북 여성 풀려나",
     "탈북 여성이 지난달 옌지에서 다시 공안에 체포돼 구류장에 갇혀 있었다. 이 여성은 지난 3일 "
     "친척이 벌금을 내 풀려났다."),
    ("ja", "再び拘束の脱北女性、釈放",
     "脱北女性1人が先月、延吉で再び公安に拘束された。女性は今月3日、親族が罰金を払って釈放された。"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    RELEASE_DATED_AFTER_REARREST,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(RELEASE_DATED_AFTER_REARREST)],
)
def test_a_release_dated_after_a_rearrest_stands(lang: str, title: str, text: str) -> None:
    verdict = classify(Document("s", title, f"{title}\n{text}", lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.RELEASED


# A future carried by 并 to the verb it opens, a comma allowed before it: the deportation south
# or the return is still to come, not done. A deportation south still to come leaves the people in
# the police's hands (arrested, README "How a status is read"), the return north a threat.
FUTURE_CARRIED_BY_BING = [
    ("zh", "脱北者将被遣送韩国", "在越南被捕的一名脱北男子将以非法入境罪被起诉，并于下周被遣送到韩国。",
     Status.ARRESTED),
    ("zh", "脱北者将被遣送韩国", "在越南被捕的一名脱北男子将被罚款，并遣送到韩国。",
     Status.ARRESTED),
    ("zh", "脫北者將被遣送南韓", "在越南被捕的一名脫北男子將以非法入境罪被起訴，並於下週被遣送到南韓。",
     Status.ARRESTED),
    ("zh", "脫北者恐遭遣返", "在瀋陽被捕的兩名脫北者預計將被拘留，並於月底遣返北韓。",
     Status.FACING_REPATRIATION),
    # Done, told in the past: stands.
    ("zh", "脱北者已抵达韩国", "在越南被捕的一名脱北男子已被罚款，并于上周被遣送到韩国。",
     Status.REACHED_THIRD_COUNTRY),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    FUTURE_CARRIED_BY_BING,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(FUTURE_CARRIED_BY_BING)],
)
def test_a_future_carried_by_bing_is_still_to_come(
    lang: str, title: str, text: str, status: Status
) -> None:
    verdict = classify(Document("s", title, f"{title}\n{text}", lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is status


# One person, an age set off after them, and others joined by a coordinator ("her son, 24, and
# two other young men"): one group, and what is told after of the others is theirs together.
PERSON_AND_OTHERS = [
    ("en", "North Korean escapees sent back from China",
     "A North Korean defector living in Seoul said her son, 24, and two other young men were "
     "caught by Chinese police near Dandong in early November and were sent back to North Korea "
     "on Nov. 28.", 3),
    ("en", "North Korean women handed over",
     "A North Korean mother said her daughter, 19, and two other women were detained by police "
     "in Yunnan and were handed over to North Korea on Monday.", 3),
    ("en", "Three North Koreans sent back from China",
     "Her son, 24, and two other young North Korean men were caught by Chinese police and were "
     "sent back to North Korea on Nov. 28.", 3),
    ("ko", "탈북민 북송",
     "탈북민 어머니는 아들(24)과 다른 청년 2명이 단둥 인근에서 중국 공안에 붙잡혀 지난달 28일 "
     "북송됐다고 말했다.", 3),
    ("zh", "脱北者三人被遣返",
     "一名脱北母亲说，她的儿子（24岁）和另外两名年轻男子11月初在丹东附近被中国公安抓获，并于11月"
     "28日被遣返朝鲜。", 3),
    ("ru", "Северокорейцы высланы в КНДР",
     "Мать-перебежчица из КНДР рассказала, что ее сын, 24 года, и еще двое молодых людей были "
     "задержаны в Даньдуне и 28 ноября депортированы в КНДР.", 3),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    PERSON_AND_OTHERS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(PERSON_AND_OTHERS)],
)
def test_a_person_and_others_joined_share_one_fate(
    lang: str, title: str, text: str, people: int
) -> None:
    verdict = classify(Document("s", title, f"{title}\n{text}", lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.REPATRIATED
    assert verdict.facts.people == people
