"""Round-29 recall fixes (recall29b), probed in every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.classify import classify
from bot.classify.lexicon import load_lexicon
from bot.domain import ConfigError, Document, Status, Tier, Verdict

ON = date(2026, 12, 4)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("recall29b", title, text, lang, date=ON))


# A headline whose time long past dates the people's escape (`years.escaped_ago_before` and
# `escaped_ago_after`), over a text telling of their arrest on a recent day: news of an arrest.
ESCAPED_AGO = [
    ("en", "Defector who fled the North years ago arrested in Shenyang",
     "Chinese police arrested a North Korean defector in Shenyang on Monday, activists said."),
    ("en", "Woman who escaped from North Korea a decade ago arrested in Shenyang",
     "Chinese police arrested a North Korean woman in Shenyang on Monday, activists said."),
    ("ko", "수년 전 탈북한 여성, 中 선양서 체포",
     "중국 공안이 지난 월요일 선양에서 탈북 여성 1명을 체포했다고 단체가 밝혔다."),
    ("ko", "10년 전 북한을 탈출한 여성 선양서 붙잡혀",
     "중국 공안이 지난 월요일 선양에서 탈북 여성 1명을 체포했다고 단체가 밝혔다."),
    ("ja", "数年前に脱北した女性、瀋陽で拘束",
     "中国公安は月曜日、瀋陽で脱北女性1人を拘束した。"),
    ("zh", "多年前脱北的女子在沈阳被捕", "中国公安周一在沈阳抓捕了一名脱北女子。"),
    ("zh-Hant", "多年前脫北的女子在瀋陽被捕", "中國公安週一在瀋陽抓捕了一名脫北女子。"),
    ("ru", "Бежавшая из КНДР много лет назад женщина задержана в Шэньяне",
     "Китайская полиция в понедельник задержала в Шэньяне северокорейскую беженку."),
    ("ru", "Много лет назад бежавшая из КНДР женщина задержана в Шэньяне",
     "Китайская полиция в понедельник задержала в Шэньяне северокорейскую беженку."),
    ("vi", "Phụ nữ đào tẩu khỏi Triều Tiên nhiều năm trước bị bắt ở Thẩm Dương",
     "Công an Trung Quốc hôm thứ Hai đã bắt một phụ nữ Triều Tiên đào tẩu tại Thẩm Dương."),
    ("th", "หญิงที่หลบหนีออกจากเกาหลีเหนือเมื่อหลายปีก่อนถูกจับที่เสิ่นหยาง",
     "ตำรวจจีนจับกุมหญิงชาวเกาหลีเหนือ 1 คนที่เสิ่นหยางเมื่อวันจันทร์"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"), ESCAPED_AGO, ids=[f"{r[0]}-{i}" for i, r in enumerate(ESCAPED_AGO)]
)
def test_a_headline_dating_an_escape_years_back_tells_a_fresh_arrest(
    lang: str, title: str, text: str
) -> None:
    v = verdict_of(lang, title, text)
    assert (v.tier, v.facts.status, v.facts.country) == (Tier.ALERT, Status.ARRESTED, "CN")
    assert v.facts.people == 1


# The guard: a time long past that dates the arrest or the return itself, or an escape caught
# on the way (탈북하다 붙잡힌, 脱北して捕まった, 脱北时被捕), is an old case recalled.
OLD_CASES = [
    ("en", "A decade ago, China sent back nine defectors who had fled the North",
     "Chinese police arrested nine North Korean defectors in Shenyang and sent them back to the "
     "North."),
    ("ko", "10년 전 탈북하다 붙잡힌 여성의 이야기",
     "중국 공안이 선양에서 탈북 여성 1명을 체포해 북송했다."),
    ("ko", "수년 전 탈북해 붙잡혀 북송된 여성", "중국 공안이 선양에서 탈북 여성 1명을 체포해 북송했다."),
    ("ja", "数年前に脱北して捕まった女性", "中国公安は瀋陽で脱北女性1人を拘束し、北朝鮮に送還した。"),
    ("zh", "多年前脱北时被捕的女子", "中国公安在沈阳抓捕了一名脱北女子并将她遣返朝鲜。"),
    ("ru", "Много лет назад: бежавших из КНДР задержали в Шэньяне",
     "Китайская полиция задержала в Шэньяне северокорейских беженцев и выслала их на родину."),
    ("vi", "Nhiều năm trước, Trung Quốc trả về 9 người đào tẩu",
     "Công an Trung Quốc đã bắt 9 người Triều Tiên đào tẩu tại Thẩm Dương và trả họ về Triều "
     "Tiên."),
    ("th", "หลายปีก่อน ตำรวจจีนจับผู้หลบหนีชาวเกาหลีเหนือ 9 คน",
     "ตำรวจจีนจับกุมผู้หลบหนีชาวเกาหลีเหนือ 9 คนที่เสิ่นหยางและส่งกลับเกาหลีเหนือ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"), OLD_CASES, ids=[f"{r[0]}-{i}" for i, r in enumerate(OLD_CASES)]
)
def test_a_headline_dating_the_incident_years_back_stays_an_old_case(
    lang: str, title: str, text: str
) -> None:
    assert verdict_of(lang, title, text).tier is Tier.RELATED


@pytest.mark.parametrize("heading", ["escaped_ago_before", "escaped_ago_after"])
def test_an_escaped_ago_pattern_is_checked_when_the_file_is_read(
    tmp_path: Path, heading: str
) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(f"language: en\nyears:\n  {heading}: ['(?:fled']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=f"years.{heading}"):
        load_lexicon([extra])
