"""Reports in Korean, Russian and Chinese as they come (stress42_koruzh's kinds), probed in the
other main languages too.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 7)


def _facts(lang: str, text: str) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("r", "", text, lang=lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people, verdict.facts.country


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "今年5月，公安机关在图们市查获4名朝鲜籍非法越境人员，依法予以遣返。"),
        ("zh", "今年5月，公安机关在图们市查获4名朝鲜籍非法越境人员，已依法遣返。"),
        ("zh", "今年5月，公安机关在图们市查获4名朝鲜籍非法越境人员，并将其依法遣返。"),
        ("ko", "중국 공안은 5월 투먼에서 불법 월경한 북한 주민 4명을 붙잡아 법에 따라 송환 조치했다."),
        ("ko", "중국 공안은 5월 투먼에서 북한 주민 4명을 붙잡았으며, 이들은 법에 따라 송환 조치됐다."),
        ("th", "ตำรวจเมืองถูเหมินจับกุมชาวเกาหลีเหนือ 4 คนที่ลักลอบข้ามแดนเมื่อเดือนพฤษภาคม "
               "และส่งตัวกลับตามกฎหมายแล้ว"),
    ],
)  # fmt: skip
def test_a_return_in_accordance_with_the_law_is_done(lang: str, text: str) -> None:
    """The police's formula for a return they made, "in accordance with the law" (依法予以遣返,
    법에 따라 송환 조치했다, ส่งตัวกลับตามกฎหมายแล้ว), tells the people sent back, not only
    caught. (en, ja, ru and vi already read theirs.)"""
    assert _facts(lang, text) == (Tier.ALERT, Status.REPATRIATED, 4, "CN")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В сентябре из Владивостока в Пхеньян принудительно отправили пятерых граждан КНДР, "
               "задержанных летом на стройках Приморья."),
        ("ru", "Пятерых граждан КНДР, задержанных летом на стройках Приморья, в сентябре в КНДР "
               "были отправлены самолетом."),
        ("ru", "Задержанных летом в Приморье пятерых граждан КНДР на родину принудительно "
               "отправили в сентябре."),
        ("en", "Five North Koreans held since summer in a Vladivostok detention centre were "
               "forcibly sent to Pyongyang in September."),
        ("ko", "여름부터 블라디보스토크 수용소에 구금돼 있던 탈북민 5명이 9월 평양으로 강제로 보내졌다."),
        ("ko", "여름부터 블라디보스토크 수용소에 구금돼 있던 탈북민 5명이 9월 북한으로 강제로 보내졌다."),
        ("zh", "今年夏天起被关押在符拉迪沃斯托克拘留中心的5名脱北者，9月被强行送往平壤。"),
        ("zh", "今年夏天起被关押在符拉迪沃斯托克拘留中心的5名脱北者，9月被送往平壤。"),
        ("th", "ชาวเกาหลีเหนือ 5 คนที่ถูกควบคุมตัวในศูนย์กักที่วลาดีวอสตอคตั้งแต่ฤดูร้อน "
               "ถูกบังคับส่งไปเปียงยางเมื่อเดือนกันยายน"),
        ("th", "ชาวเกาหลีเหนือ 5 คนที่ถูกควบคุมตัวในศูนย์กักที่วลาดีวอสตอคตั้งแต่ฤดูร้อน "
               "ถูกส่งไปเกาหลีเหนือเมื่อเดือนกันยายน"),
    ],
)  # fmt: skip
def test_people_sent_to_pyongyang_by_force_were_sent_back(lang: str, text: str) -> None:
    """People held, then sent to the North by force or in the passive, with the North or its
    capital before the verb as Russian fronts it (в Пхеньян принудительно отправили), an adverb
    between (북한으로 강제로 보내졌다, 被强行送往平壤) or Pyongyang for the North (forcibly sent to
    Pyongyang, ถูกส่งไปเปียงยาง), were sent back. (ja and vi already read theirs.)"""
    assert _facts(lang, text) == (Tier.ALERT, Status.REPATRIATED, 5, "RU")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Five North Koreans held since summer in a Vladivostok detention centre could be "
               "forcibly sent to Pyongyang."),
        ("zh", "被关押在符拉迪沃斯托克拘留中心的5名脱北者可能被强行送往平壤。"),
        ("th", "ชาวเกาหลีเหนือ 5 คนที่ถูกควบคุมตัวในศูนย์กักที่วลาดีวอสตอค อาจถูกส่งไปเปียงยาง"),
    ],
)  # fmt: skip
def test_people_who_may_be_sent_to_pyongyang_face_return(lang: str, text: str) -> None:
    """The same return hedged is a threat."""
    assert _facts(lang, text) == (Tier.ALERT, Status.FACING_REPATRIATION, 5, "RU")


@pytest.mark.parametrize(
    "text",
    [
        "一对从朝鲜出逃的母女上月在青岛被当地警方带走，家属称至今下落不明。",
        "一对从朝鲜逃离的母女上月在青岛被当地警方带走，家属称至今下落不明。",
    ],
)
def test_people_who_fled_the_north_with_chutao_are_the_people(text: str) -> None:
    """Those who fled the North told with 出逃 or 逃离 (从朝鲜出逃的母女) are North Koreans, as
    从朝鲜逃出的 already were: their arrest and lost trace are an alert. (en, ko, ja, ru, vi and
    th already read theirs: who fled North Korea, 북한을 탈출해, 北朝鮮から逃れ, бежавшие из КНДР,
    trốn khỏi Triều Tiên, หนีออกจากเกาหลีเหนือ.)"""
    assert _facts("zh", text) == (Tier.ALERT, Status.MISSING, 2, "CN")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Пограничники задержали в Находке троих моряков из КНДР, которые сбежали с "
               "рыболовного судна."),
        ("ru", "Пограничники задержали в Находке троих моряков из КНДР. Ночью они сошли на берег "
               "без разрешения и пытались скрыться."),
        ("ru", "Пограничники задержали в Находке троих моряков из КНДР, которые самовольно сошли "
               "на берег."),
        ("en", "Police in Nakhodka arrested three North Korean sailors who had fled a fishing "
               "vessel in the port."),
        ("vi", "Cảnh sát Nakhodka đã bắt giữ 3 thủy thủ Triều Tiên bỏ trốn khỏi một tàu cá neo đậu "
               "tại cảng."),
    ],
)  # fmt: skip
def test_sailors_who_fled_a_fishing_vessel_are_escapees(lang: str, text: str) -> None:
    """Sailors who fled a vessel named by its trade (с рыболовного судна, a fishing vessel, một
    tàu cá) or went ashore without leave (сошли на берег без разрешения) fled as any sailor who
    jumps ship: caught, they are an alert, not a crew sent home. (ko, zh and ja already read
    theirs: 어선에서 이탈한, 从渔船上逃离的, 漁船から逃げ出した.)"""
    assert _facts(lang, text) == (Tier.ALERT, Status.ARRESTED, 3, "RU")
