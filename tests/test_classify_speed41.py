"""Matcher.hits picks the longest of overlapping matches run by run: a match overlapping no
other is kept as it is, and only a run of overlapping ones is sorted longest first. The hits
must be those the picking over every match at once gives: in order, none overlapping another,
each match left out covered by a kept hit at least as long, and the verdicts unchanged.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from bot.classify.classifier import Classifier
from bot.domain import Document, Tier


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.from_lexicons()


# Two runs of overlapping terms apart in one report, in each of the seven main languages.
CASES = [
    (
        "en",
        "Chinese police arrested four North Korean defectors in Shenyang on Friday. "
        "A rights group said the North Korean defectors face forced repatriation.",
        4,
    ),
    (
        "ko",
        "중국 공안이 지난주 선양에서 탈북민 4명을 체포했다. 인권단체는 탈북민들이 강제북송될 위기에 "
        "처했다고 밝혔다.",
        4,
    ),
    (
        "zh",
        "中国公安上周在沈阳抓获4名脱北者。人权团体表示，这些脱北者面临被强制遣返的危险。",
        4,
    ),
    (
        "ja",
        "中国公安は先週、瀋陽で脱北者4人を拘束した。人権団体によると、脱北者らは強制送還される"
        "恐れがある。",
        4,
    ),
    (
        "ru",
        "Китайская полиция задержала в Шэньяне четырёх северокорейских перебежчиков. "
        "Правозащитники опасаются, что северокорейских перебежчиков депортируют.",
        4,
    ),
    (
        "vi",
        "Công an Trung Quốc đã bắt giữ 4 người đào tẩu Triều Tiên tại Thẩm Dương. "
        "Nhóm nhân quyền cho biết những người đào tẩu Triều Tiên có nguy cơ bị cưỡng chế hồi hương.",
        4,
    ),
    (
        "th",
        "ตำรวจจีนจับกุมผู้แปรพักตร์ชาวเกาหลีเหนือ 4 คนที่เมืองเสิ่นหยาง "
        "กลุ่มสิทธิมนุษยชนระบุว่าผู้แปรพักตร์ชาวเกาหลีเหนือเสี่ยงถูกส่งกลับ",
        4,
    ),
]


@pytest.mark.parametrize(("lang", "text", "_people"), CASES)
def test_hits_are_the_longest_of_each_run(
    classifier: Classifier, lang: str, text: str, _people: int
) -> None:
    hits = classifier.scan(text)
    assert hits, lang
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    assert all(a.end <= b.start for a, b in pairwise(hits))
    matcher = classifier._matcher
    raw = matcher.raw(text)
    for index, start, end in raw.matches:
        if matcher._plain_bounds[index] < 0 or not matcher.bounded(raw, index, start, end):
            continue
        assert any(
            h.start < end and start < h.end and h.end - h.start >= end - start for h in hits
        ), (lang, text[start:end])


@pytest.mark.parametrize(("lang", "text", "people"), CASES)
def test_verdict_over_runs_of_overlapping_terms(
    classifier: Classifier, lang: str, text: str, people: int
) -> None:
    verdict = classifier.classify(Document(f"speed41-{lang}", "", text, lang))
    assert verdict.tier is Tier.ALERT, lang
    assert verdict.facts.country == "CN", lang
    assert verdict.facts.people == people, lang
