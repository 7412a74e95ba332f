"""Kinds of mistakes a blind set of Chinese and Russian reports showed, each probed in every
language with sentences written for these tests; none is copied from a news report."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier, Verdict

ON = date(2026, 12, 5)  # a Saturday


def _verdict(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("s", title, f"{title}\n{text}", lang, date=ON))


# Workers named first, their flight from the work site told after them: escapees, not workers
# sent home under sanctions.
WORKERS_WHO_FLED = [
    ("en", "North Korean workers flee site in Vladivostok, two caught",
     "Two North Korean workers fled a construction site in Vladivostok last month. Police "
     "caught them on Tuesday."),
    ("ko", "북한 노동자 2명 공사장 이탈…러시아 경찰에 체포",
     "북한 노동자 2명이 지난달 블라디보스토크의 공사장을 이탈했다. 러시아 경찰은 지난 1일 "
     "이들을 붙잡았다."),
    ("ja", "北朝鮮労働者2人が工事現場から逃走 ロシア警察が拘束",
     "北朝鮮労働者2人が先月、ウラジオストクの工事現場から逃走した。ロシア警察は1日、2人を拘束"
     "した。"),
    ("ru", "Северокорейские рабочие сбежали со стройки во Владивостоке, двое задержаны",
     "Двое северокорейских рабочих в ноябре сбежали со стройки во Владивостоке. Во вторник "
     "полиция их задержала."),
    ("zh", "朝鲜工人逃离海参崴工地 两人被抓",
     "两名朝鲜工人上月逃离海参崴一处工地。周二，警方将两人抓获。"),
    ("vi", "Lao động Triều Tiên bỏ trốn khỏi công trường, hai người bị bắt",
     "Hai lao động Triều Tiên đã bỏ trốn khỏi một công trường ở Vladivostok vào tháng trước. "
     "Cảnh sát Nga đã bắt giữ họ hôm thứ Ba."),
    ("th", "แรงงานเกาหลีเหนือหนีออกจากไซต์ก่อสร้าง ถูกจับ 2 คน",
     "แรงงานเกาหลีเหนือ 2 คนหนีออกจากไซต์ก่อสร้างในวลาดิวอสต็อกเมื่อเดือนที่แล้ว "
     "ตำรวจรัสเซียจับกุมพวกเขาได้เมื่อวันอังคาร"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"), WORKERS_WHO_FLED, ids=[r[0] for r in WORKERS_WHO_FLED]
)
def test_workers_named_before_their_flight_are_escapees(lang: str, title: str, text: str) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == 2
    assert verdict.facts.country == "RU"
