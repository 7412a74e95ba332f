"""Head counts told twice or corrected: round-38 fixes.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Verdict

ON = date(2026, 12, 7)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("c38", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "North Korean escapees held near Dandong",
            "Border police initially said 12 North Korean escapees were arrested near Dandong. "
            "An aid worker said on Tuesday that the number was nine.",
        ),
        (
            "en",
            "North Korean escapees held near Dandong",
            "Border police said 12 North Korean escapees were arrested near Dandong, though an "
            "aid worker later said the actual number was nine escapees.",
        ),
        (
            "ko",
            "단둥서 탈북민 체포",
            "국경 경비대는 당초 탈북민 12명을 단둥 인근에서 붙잡았다고 했다. "
            "하지만 한 구호단체 관계자는 실제 인원은 9명이라고 전했다.",
        ),
        (
            "ja",
            "丹東で脱北者拘束",
            "国境警備隊は当初、丹東近郊で脱北者12人を拘束したと説明した。"
            "救援団体の関係者によると、実際には9人だったという。",
        ),
        (
            "zh",
            "脱北者在丹东被抓",
            "边防警察起初说在丹东附近抓获了12名脱北者。一名救援人员周二表示，实际为9人。",
        ),
        (
            "ru",
            "Под Даньдуном задержаны беглецы из КНДР",
            "Пограничники поначалу заявили о 12 задержанных беглецах из КНДР. "
            "Позже стало известно, что в действительности задержаны девять северокорейцев.",
        ),
        (
            "vi",
            "Người đào tẩu Triều Tiên bị bắt gần Đan Đông",
            "Biên phòng ban đầu cho biết đã bắt giữ 12 người đào tẩu Triều Tiên gần Đan Đông. "
            "Một nhân viên cứu trợ cho hay thực tế chỉ có chín người.",
        ),
        (
            "th",
            "จับผู้หลบหนีเกาหลีเหนือใกล้ตานตง",
            "ตำรวจชายแดนระบุในตอนแรกว่าจับกุมผู้แปรพักตร์เกาหลีเหนือ 12 คนใกล้ตานตง "
            "แต่เจ้าหน้าที่องค์กรช่วยเหลือกล่าวว่าจำนวนจริงคือ 9 คน",
        ),
    ],
)
def test_a_corrected_figure_is_the_count(lang: str, title: str, text: str) -> None:
    """A figure told first and then corrected ("the number was nine", 실제 인원은 9명): the
    corrected figure counts, not the first one."""
    verdict = verdict_of(lang, title, text)
    assert verdict.facts.people == 9, verdict.facts


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "en",
            "Six North Korean escapees caught in Tumen",
            "Another six North Korean escapees were caught in Tumen, police said.",
        ),
        (
            "ko",
            "탈북민 6명 투먼서 붙잡혀",
            "투먼에서 탈북민 6명이 또 공안에 붙잡혔다고 현지 소식통이 전했다.",
        ),
        ("ja", "脱北者6人、図們で拘束", "図們でさらに脱北者6人が公安に拘束されたという。"),
        ("zh", "6名脱北者在图们被抓", "图们又有6名脱北者被公安抓获，消息人士称。"),
        (
            "ru",
            "Шестерых беглецов из КНДР задержали в Тумэне",
            "Ещё шестерых северокорейцев задержали в Тумэне, сообщила полиция.",
        ),
        (
            "vi",
            "6 người đào tẩu Triều Tiên bị bắt ở Đồ Môn",
            "Thêm sáu người đào tẩu Triều Tiên bị công an bắt giữ ở Đồ Môn.",
        ),
        (
            "th",
            "ผู้แปรพักตร์เกาหลีเหนือ 6 คนถูกจับที่ถูเหมิน",
            "ผู้แปรพักตร์เกาหลีเหนืออีก 6 คนถูกตำรวจจับกุมที่ถูเหมิน",
        ),
    ],
)
def test_the_texts_added_figure_tells_the_headlines_people_again(
    lang: str, title: str, text: str
) -> None:
    """A headline counts the people ("Six escapees caught") and the text opens on the same
    figure told as added ("Another six were caught", 又有6名): "another" sets them beside an
    earlier report's people, not beside the headline's, so they are six, not twelve."""
    verdict = verdict_of(lang, title, text)
    assert verdict.facts.people == 6, verdict.facts


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Biên phòng Trung Quốc bắt người đào tẩu Triều Tiên",
            "Biên phòng Trung Quốc bắt giữ một người đàn ông đào tẩu Triều Tiên gần Trường Bạch.",
        ),
        (
            "Một người đàn ông đào tẩu Bắc Hàn bị bắt ở Trường Bạch",
            "Biên phòng đã bắt được ông ta trong một căn nhà bỏ hoang.",
        ),
    ],
)
def test_vi_one_man_named_by_his_flight_is_one(title: str, text: str) -> None:
    """Một người đàn ông đào tẩu Triều Tiên (one man who fled the North) is one person, as một
    phụ nữ đào tẩu Triều Tiên is."""
    verdict = verdict_of("vi", title, text)
    assert verdict.facts.people == 1, verdict.facts


def test_en_a_bare_added_figure_named_again_is_one_group() -> None:
    """ "Another four were detained ... Four were arrested": the bare figure after "another" is
    read as a count, so the second figure names the same four again, not other people."""
    verdict = verdict_of(
        "en",
        "North Korean escapees held in Hunchun",
        "Another four were detained in Hunchun. Four were arrested by border police at a farm.",
    )
    assert verdict.facts.people == 4, verdict.facts
