"""Reports written for stress29_en29: the mistakes its blind set showed, in new sentences."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 5)

# Released, then said to be held now ("They are now held at a police station"): the custody
# that holds them now ended the release, which is no all-clear.
HELD_NOW = [
    ("en", "Two North Korean women were released from a detention centre in Shenyang on Monday. "
           "They are now held at a police station in Dandong."),
    ("ko", "탈북 여성 2명이 월요일 선양 구류장에서 석방됐다. 이들은 현재 단둥의 파출소에 구금돼 "
           "있다."),
    ("ja", "脱北女性2人が月曜日、瀋陽の拘置所から釈放された。2人は現在、丹東の派出所に拘束されている。"),
    ("zh", "两名脱北妇女周一从沈阳看守所获释。她们目前被关押在丹东的派出所。"),
    ("zh", "兩名脫北婦女週一從瀋陽看守所獲釋。她們目前被關押在丹東的派出所。"),
    ("ru", "Двух женщин из КНДР в понедельник освободили из изолятора в Шэньяне. Сейчас они "
           "содержатся в отделении полиции в Даньдуне."),
    ("vi", "Hai phụ nữ Triều Tiên được thả khỏi trại tạm giam ở Thẩm Dương hôm thứ Hai. Hiện họ "
           "đang bị giam tại đồn công an ở Đan Đông."),
    ("th", "หญิงเกาหลีเหนือ 2 คนได้รับการปล่อยตัวจากศูนย์กักกันในเสิ่นหยางเมื่อวันจันทร์ "
           "ขณะนี้ทั้งสองถูกควบคุมตัวอยู่ที่สถานีตำรวจในตานตง"),
]  # fmt: skip

# Released, and now somewhere that is no custody: the release stands.
FREE_NOW = [
    ("en", "Two North Korean women were released from a detention centre in Shenyang on Monday. "
           "They are now staying with a church group in Yanji."),
    ("ko", "탈북 여성 2명이 월요일 선양 구류장에서 석방됐다. 이들은 현재 한국행을 준비하고 있다."),
    ("ja", "脱北女性2人が月曜日、瀋陽の拘置所から釈放された。2人は現在、支援団体の施設で暮らしている。"),
    ("zh", "两名脱北妇女周一从沈阳看守所获释。她们目前被安置在教会。"),
    ("ru", "Двух женщин из КНДР в понедельник освободили из изолятора в Шэньяне. Сейчас они "
           "находятся у родственников."),
    ("vi", "Hai phụ nữ Triều Tiên được thả khỏi trại tạm giam ở Thẩm Dương hôm thứ Hai. Hiện họ "
           "đang ở nhà thờ."),
    ("th", "หญิงเกาหลีเหนือ 2 คนได้รับการปล่อยตัวจากศูนย์กักกันในเสิ่นหยางเมื่อวันจันทร์ "
           "ขณะนี้ทั้งสองพักอยู่กับโบสถ์"),
    # "Now" after the release, not before a custody: the freed state.
    ("ko", "탈북 여성 2명이 3일 오후 하바롭스크의 수용시설에서 풀려나 현재 안전한 곳에 머물고 있다."),
    ("ja", "脱北女性2人が3日午後、ハバロフスクの収容施設から釈放され、現在は安全な場所にいる。"),
    ("ru", "Двух женщин из КНДР в среду освободили из изолятора в Хабаровске, и сейчас они "
           "находятся у друзей."),
    ("zh", "两名脱北妇女周三从哈巴罗夫斯克的收容所获释，目前在安全地点。"),
    ("th", "หญิงเกาหลีเหนือ 2 คนได้รับการปล่อยตัวจากศูนย์กักกันในคาบารอฟสค์เมื่อวันพุธ "
           "ขณะนี้อยู่ในที่ปลอดภัย"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), HELD_NOW, ids=[f"{r[0]}-{i}" for i, r in enumerate(HELD_NOW)]
)
def test_people_freed_and_now_held_are_detained_not_released(lang: str, text: str) -> None:
    verdict = classify(Document("s", "", text, lang, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.DETAINED)
    assert verdict.facts.people == 2


@pytest.mark.parametrize(
    ("lang", "text"), FREE_NOW, ids=[f"{r[0]}-{i}" for i, r in enumerate(FREE_NOW)]
)
def test_people_freed_and_now_somewhere_free_stay_released(lang: str, text: str) -> None:
    verdict = classify(Document("s", "", text, lang, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.RELEASED)


def test_a_court_release_told_after_a_rearrest_with_the_man_now_held_is_no_all_clear() -> None:
    title = "North Korean man freed by Khabarovsk court detained again at railway station"
    text = (
        f"{title}\nA North Korean man whom a Khabarovsk court released in October was detained "
        "again by transport police on Wednesday, a lawyer said.\nThe court had freed the man, "
        "33, on Oct. 20. He is now being held at a centre for foreign nationals."
    )
    verdict = classify(Document("s", title, text, "en", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.DETAINED)
    assert (verdict.facts.country, verdict.facts.people) == ("RU", 1)


# Freed, then handed to the police where they are, in the same sentence: held, no all-clear.
HANDED_ON = [
    ("en", "Chinese authorities released three North Korean women from a Shenyang detention centre "
           "on Tuesday, then handed them to border police in Dandong."),
    ("en", "Chinese authorities released three North Korean women from a Shenyang detention centre "
           "on Tuesday but turned them over to border police in Dandong."),
    ("ko", "중국 당국은 화요일 선양 구류장에서 탈북 여성 3명을 석방했으나 곧바로 단둥 변방대에 넘겼다."),
    ("ja", "中国当局は火曜日、瀋陽の拘置所から脱北女性3人を釈放したが、そのまま丹東の国境警察に"
           "引き渡した。"),
]  # fmt: skip

# A handover to the North's own guards stays a return.
HANDED_NORTH = [
    ("en", "Chinese police handed the three North Korean women to North Korean border guards at "
           "Tumen on Monday."),
    ("ko", "중국 공안은 월요일 투먼에서 탈북 여성 3명을 북한 보위부에 넘겼다."),
    ("ja", "中国公安は月曜日、図們で脱北女性3人を北朝鮮の国境警備隊に引き渡した。"),
    ("ru", "Китайская полиция в понедельник передала трех женщин из КНДР северокорейским "
           "пограничникам."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), HANDED_ON, ids=[f"{r[0]}-{i}" for i, r in enumerate(HANDED_ON)]
)
def test_people_freed_then_handed_to_the_police_are_held(lang: str, text: str) -> None:
    verdict = classify(Document("s", "", text, lang, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.DETAINED)
    assert (verdict.facts.country, verdict.facts.people) == ("CN", 3)


@pytest.mark.parametrize(
    ("lang", "text"), HANDED_NORTH, ids=[f"{r[0]}-{i}" for i, r in enumerate(HANDED_NORTH)]
)
def test_people_handed_to_the_north_are_still_repatriated(lang: str, text: str) -> None:
    verdict = classify(Document("s", "", text, lang, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.REPATRIATED)
