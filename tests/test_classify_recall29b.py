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


# A headline whose return is dated years back by a `long_after` word heading or closing its
# clause ("Years after ...", 북송한 지 수년, 遣返…多年后), with no other event: an old case.
DATED_RETURNS = [
    ("en", "Years after Laos sent back nine young defectors, their fate still unknown",
     "Laos sent nine young North Korean defectors back to North Korea through China. Activists "
     "say nothing has been heard of them since."),
    ("en", "A decade after China repatriated 30 defectors, families still wait",
     "Chinese police arrested 30 North Korean defectors in Shenyang and sent them back to North "
     "Korea. Their families have heard nothing since."),
    ("ko", "라오스가 탈북 청소년 9명을 북송한 지 수년…행방 여전히 몰라",
     "라오스는 탈북 청소년 9명을 중국을 거쳐 북한으로 강제북송했다. 이후 이들의 소식은 전해지지 않고 "
     "있다."),
    ("ja", "ラオスが脱北した若者9人を送還してから数年、消息は今も不明",
     "ラオスは脱北した若者9人を中国経由で北朝鮮に強制送還した。その後の消息は伝わっていない。"),
    ("zh", "老挝遣返9名脱北青少年多年后 下落仍不明", "老挝将9名脱北青少年经中国强制遣返朝鲜。此后再无他们的消息。"),
    ("zh-Hant", "寮國遣返9名脫北青少年多年後 下落仍不明",
     "寮國將9名脫北青少年經中國強制遣返朝鮮。此後再無他們的消息。"),
    ("ru", "Спустя годы после высылки девяти беглецов из КНДР их судьба неизвестна",
     "Лаос через Китай депортировал девять молодых беглецов из КНДР в Северную Корею. С тех пор "
     "о них ничего не известно."),
    ("vi", "Nhiều năm sau khi Lào trả 9 người đào tẩu về Triều Tiên, số phận họ vẫn chưa rõ",
     "Lào đã trục xuất 9 người Triều Tiên đào tẩu về Triều Tiên qua Trung Quốc. Từ đó không ai "
     "biết tin họ."),
    ("th", "หลายปีหลังลาวส่งผู้แปรพักตร์ 9 คนกลับเกาหลีเหนือ ชะตากรรมยังไม่มีใครรู้",
     "ลาวส่งตัวผู้แปรพักตร์ชาวเกาหลีเหนือ 9 คนกลับเกาหลีเหนือผ่านจีน นับแต่นั้นไม่มีใครทราบข่าวของพวกเขา"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    DATED_RETURNS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(DATED_RETURNS)],
)
def test_a_headline_dating_a_return_years_back_is_an_old_case(
    lang: str, title: str, text: str
) -> None:
    assert verdict_of(lang, title, text).tier is Tier.RELATED


# The guard: an event outside the dated clause, the word in mid-clause, or an escape it dates
# leaves the arrest news.
FRESH_AFTER_YEARS = [
    ("en", "Years after fleeing the North, three defectors arrested in Shenyang",
     "Chinese police arrested three North Korean defectors in Shenyang on Monday, activists said."),
    ("en", "Years after Laos freed him, defector arrested again in China",
     "Chinese police arrested a North Korean defector in Shenyang on Monday, activists said."),
    ("en", "Defector arrested years after Laos freed him",
     "Chinese police arrested a North Korean defector in Shenyang on Monday, activists said."),
    ("ko", "탈북한 지 수년 만에 中 선양서 체포",
     "중국 공안이 지난 월요일 선양에서 탈북민 3명을 체포했다고 단체가 밝혔다."),
    ("ko", "라오스서 석방된 지 수년, 탈북민 선양서 다시 체포",
     "중국 공안이 지난 월요일 선양에서 탈북민 1명을 체포했다고 단체가 밝혔다."),
    ("ja", "脱北してから数年、瀋陽で女性拘束", "中国公安は月曜日、瀋陽で脱北女性1人を拘束した。"),
    ("zh", "脱北多年后 三人在沈阳被捕", "中国公安周一在沈阳抓捕了三名脱北者。"),
    ("ru", "Спустя годы после побега из КНДР беглянка задержана в Шэньяне",
     "Китайская полиция в понедельник задержала в Шэньяне северокорейскую беженку."),
    ("vi", "Nhiều năm sau khi đào tẩu, phụ nữ Triều Tiên bị bắt ở Thẩm Dương",
     "Công an Trung Quốc hôm thứ Hai đã bắt một phụ nữ Triều Tiên đào tẩu tại Thẩm Dương."),
    ("th", "หลายปีหลังหลบหนีออกจากเกาหลีเหนือ หญิงถูกจับที่เสิ่นหยาง",
     "ตำรวจจีนจับกุมหญิงชาวเกาหลีเหนือ 1 คนที่เสิ่นหยางเมื่อวันจันทร์"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    FRESH_AFTER_YEARS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(FRESH_AFTER_YEARS)],
)
def test_an_arrest_told_after_years_is_news(lang: str, title: str, text: str) -> None:
    v = verdict_of(lang, title, text)
    assert (v.tier, v.facts.status) == (Tier.ALERT, Status.ARRESTED)


def test_a_long_after_word_may_not_be_long_ago_too(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "language: en\nconcepts:\n  long_ago: [ages after]\n  long_after: [ages after]\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="is listed under `long_ago` too"):
        load_lexicon([extra])


# A crew held abroad is a trap (held for its catch, sent home at its wish) unless the report
# says the sailors fled their ship or asked for asylum (`left_ship`): then they are escapees.
ASYLUM_CREWS = [
    ("en", "Russia detains North Korean sailors who sought asylum",
     "Russian border guards detained two North Korean sailors who asked for asylum in "
     "Vladivostok on Monday."),
    ("ko", "망명 요청한 북한 선원 2명 러시아서 억류",
     "러시아 국경수비대는 지난 월요일 블라디보스토크에서 망명을 요청한 북한 선원 2명을 억류했다."),
    ("ja", "亡命求めた北朝鮮の船員2人、ロシアで拘束",
     "ロシア国境警備当局は月曜日、ウラジオストクで亡命を求めた北朝鮮の船員2人を拘束した。"),
    ("zh", "两名要求政治避难的朝鲜船员在俄被扣押",
     "俄罗斯边防部门周一在符拉迪沃斯托克扣押了两名要求政治避难的朝鲜船员。"),
    ("zh-Hant", "兩名要求政治避難的朝鮮船員在俄被扣押",
     "俄羅斯邊防部門週一在符拉迪沃斯托克扣押了兩名要求政治避難的朝鮮船員。"),
    ("ru", "Во Владивостоке задержаны двое моряков из КНДР, попросивших убежища",
     "Пограничники в понедельник задержали во Владивостоке двух моряков из КНДР, которые "
     "попросили политического убежища."),
    ("vi", "Nga bắt giữ 2 thủy thủ Triều Tiên xin tị nạn",
     "Lực lượng biên phòng Nga hôm thứ Hai đã bắt giữ 2 thủy thủ Triều Tiên xin tị nạn tại "
     "Vladivostok."),
    ("th", "รัสเซียควบคุมตัวลูกเรือเกาหลีเหนือ 2 คนที่ขอลี้ภัย",
     "เจ้าหน้าที่รัสเซียควบคุมตัวลูกเรือชาวเกาหลีเหนือ 2 คนที่ขอลี้ภัยที่วลาดิวอสต็อกเมื่อวันจันทร์"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    ASYLUM_CREWS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(ASYLUM_CREWS)],
)
def test_sailors_held_after_asking_for_asylum_are_an_incident(
    lang: str, title: str, text: str
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status in (Status.ARRESTED, Status.DETAINED)
    assert (v.facts.country, v.facts.people) == ("RU", 2)


# The traps stay: a crew held with no flight or asylum (a poaching crew), and rescued fishermen
# sent home at their wish even where the report says they asked no asylum.
CREW_TRAPS = [
    ("en", "Russia detains eight North Korean sailors",
     "Russian border guards detained eight North Korean sailors in the port of Vladivostok on "
     "Monday."),
    ("ja", "ロシア当局、北朝鮮の船員8人を拘束", "ロシア国境警備当局は月曜日、ウラジオストク港で北朝鮮の船員8人を拘束した。"),
    ("ko", "러시아, 북한 선원 4명을 억류",
     "러시아 국경수비대는 지난 월요일 블라디보스토크항에서 북한 선원 4명을 억류했다."),
    ("en", "South Korea returns two North Korean fishermen rescued at sea",
     "South Korea sent two North Korean fishermen rescued at sea back to the North at their "
     "request on Monday. Neither sought asylum."),
    ("ko", "동해서 구조된 北 어민 2명 본인 의사 따라 송환",
     "정부는 지난 월요일 동해에서 구조된 북한 어민 2명을 본인 의사에 따라 판문점을 통해 송환했다. "
     "이들은 망명을 요청하지 않았다."),
    ("vi", "Hàn Quốc trao trả 2 ngư dân Triều Tiên theo nguyện vọng",
     "Hàn Quốc hôm thứ Hai đã trao trả 2 ngư dân Triều Tiên trôi dạt trên biển theo nguyện vọng "
     "của họ, họ không xin tị nạn."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"), CREW_TRAPS, ids=[f"{r[0]}-{i}" for i, r in enumerate(CREW_TRAPS)]
)
def test_a_crew_held_or_sent_home_without_asking_asylum_is_no_alert(
    lang: str, title: str, text: str
) -> None:
    assert verdict_of(lang, title, text).tier is not Tier.ALERT
