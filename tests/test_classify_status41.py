"""Status kinds of round 41: a relative's word about the people between their custody and the
fear for them, a return asked as a worried question, people held before or until a return, and
their whereabouts unknown.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 11, 20)


def _read(title: str, text: str, lang: str) -> tuple[Tier, Status | None, int | None]:
    verdict = classify(Document("r", title, text, lang, date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("en", "Police in Dandong detained two North Korean women on Friday. A relative in Seoul "
         "said the two were in good health. The relative fears the two will be sent back.", 2),
        ("en", "Chinese police detained three North Korean defectors in Shenyang on Tuesday. A "
         "cousin living in South Korea said the three had called her a week ago. The cousin is "
         "afraid the three will be repatriated.", 3),
        ("ja", "丹東の警察は金曜日、脱北女性2人を拘束した。ソウルに住む親族によると、2人は元気だと"
         "いう。親族は2人が送還されることを恐れている。", 2),
        ("vi", "Cảnh sát Đan Đông hôm thứ Sáu đã bắt giữ hai phụ nữ Triều Tiên. Một người thân ở "
         "Seoul cho biết hai người vẫn khỏe mạnh. Người thân này lo sợ hai người sẽ bị trả về.",
         2),
        ("ko", "단둥 경찰이 금요일 탈북 여성 2명을 구금했다. 서울에 사는 친척은 두 사람이 "
         "건강하다고 말했다. 친척은 두 사람이 북송될까 봐 걱정하고 있다.", 2),
        ("zh", "丹东警方周五拘留了两名脱北女性。一位住在首尔的亲属说，两人身体健康。这位亲属担心"
         "两人会被遣返。", 2),
        ("ru", "Полиция Даньдуна в пятницу задержала двух северокореянок. Родственница в Сеуле "
         "сказала, что обе здоровы. Родственница опасается, что их вернут в КНДР.", 2),
        ("th", "ตำรวจตานตงควบคุมตัวหญิงชาวเกาหลีเหนือสองคนเมื่อวันศุกร์ ญาติในกรุงโซลกล่าวว่า"
         "ทั้งสองมีสุขภาพดี ญาติกลัวว่าทั้งสองจะถูกส่งกลับ", 2),
    ],
    ids=["en-seoul", "en-south-korea", "ja", "vi", "ko", "zh", "ru", "th"],
)  # fmt: skip
def test_a_relatives_word_about_the_people_between_custody_and_fear_keeps_the_fear_theirs(
    lang: str, text: str, people: int
) -> None:
    """A sentence between that names no one and tells nothing, only the people's figure again
    ("the two were in good health"), leaves the figure after it theirs: the fear for them is
    their status."""
    assert _read("", text, lang) == (Tier.ALERT, Status.FACING_REPATRIATION, people)


def test_a_figure_the_sentence_between_gives_to_others_still_bars_the_fear() -> None:
    """The same figure given to activists between stays theirs: "the four" after them are not
    the people."""
    text = (
        "Police in Yanji detained four North Korean defectors on Monday. Officers also "
        "questioned four South Korean missionaries at a church. A lawyer said the four could "
        "be deported to Seoul."
    )
    tier, status, _people = _read("", text, "en")
    assert (tier, status) == (Tier.ALERT, Status.DETAINED)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "两名脱北女性上周在延吉被中国公安拘留。她们的家人问：她们是不是已经被遣返了？"),
        ("zh", "上周五，两名脱北者在延吉被公安抓获。家属说，他们是不是已经被遣返了，没有人知道。"),
        ("zh", "两名脱北女性上周在延吉被中国公安拘留。家人不知道她们有没有被送回朝鲜。"),
        ("ko", "탈북 여성 2명이 지난주 옌지에서 중국 공안에 구금됐다. 가족들은 이들이 이미 북송된 "
         "것은 아닌지 묻고 있다."),
        ("vi", "Hai phụ nữ Triều Tiên bị công an Trung Quốc bắt giữ ở Diên Cát tuần trước. Gia "
         "đình hỏi liệu họ đã bị trả về chưa."),
        ("vi", "Hai phụ nữ Triều Tiên bị công an Trung Quốc bắt giữ ở Diên Cát tuần trước. Gia "
         "đình không biết liệu hai người đã bị đưa về Triều Tiên hay chưa."),
        ("ru", "Две северокореянки были задержаны китайской полицией в Яньцзи на прошлой неделе. "
         "Родные спрашивают, неужели их уже отправили обратно в КНДР."),
        ("en", "Two North Korean women were detained by Chinese police in Yanji last week. Their "
         "family asks: have they already been sent back?"),
        ("ja", "脱北女性2人が先週、延吉で中国公安に拘束された。家族は、2人がすでに送還されたのでは"
         "ないかと心配している。"),
        ("th", "หญิงชาวเกาหลีเหนือสองคนถูกตำรวจจีนควบคุมตัวที่เมืองเหยียนจี๋เมื่อสัปดาห์ที่แล้ว "
         "ครอบครัวถามว่าพวกเธอถูกส่งกลับไปแล้วหรือเปล่า"),
    ],
    ids=["zh-shi-bu-shi", "zh-shi-bu-shi-comma", "zh-you-mei-you", "ko-aninji", "vi-hoi-lieu",
         "vi-khong-biet-lieu", "ru-neuzheli", "en", "ja", "th"],
)  # fmt: skip
def test_a_return_asked_as_a_worried_question_is_feared_not_done(lang: str, text: str) -> None:
    """Whether they have already been sent back, asked and not told: the return is a threat,
    neither done (no all-clear) nor denied (no plain custody)."""
    assert _read("", text, lang) == (Tier.ALERT, Status.FACING_REPATRIATION, 2)


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("zh", "三名脱北者上周在图们被中国警方抓获。他们在被驱逐前被关押在看守所。", "CN"),
        ("zh", "三名脱北者上周在图们被中国警方抓获。在被驱逐回朝鲜前，他们被关押在看守所。", "CN"),
        ("zh", "三名脱北者上周在图们被中国警方抓获，目前被关押在看守所，直到被遣返朝鲜。", "CN"),
        ("vi", "Ba người Triều Tiên bị công an Trung Quốc bắt giữ ở Đồ Môn tuần trước. Họ bị tạm "
         "giữ cho đến khi bị trục xuất.", "CN"),
        ("vi", "Ba người Triều Tiên bị công an Lào bắt giữ ở Viêng Chăn tuần trước. Họ bị tạm giữ "
         "cho đến khi bị trục xuất về Triều Tiên.", "LA"),
        ("ko", "탈북민 3명이 지난주 투먼에서 중국 공안에 붙잡혔다. 이들은 북한으로 추방되기 "
         "전까지 구치소에 수감된다.", "CN"),
        ("en", "Three North Koreans were caught by Chinese police in Tumen last week. They will "
         "stay in custody until they are sent back to North Korea.", "CN"),
        ("en", "Three North Koreans were caught by Chinese police in Tumen last week. They will "
         "be held until they are expelled.", "CN"),
        ("ja", "脱北者3人が先週、図們で中国警察に拘束された。3人は北朝鮮に送還されるまで拘置所に"
         "収容される。", "CN"),
        ("ru", "Трое беженцев из КНДР были задержаны китайской полицией в Тумэне на прошлой "
         "неделе. Их держат в изоляторе до депортации в КНДР.", "CN"),
        ("th", "ชาวเกาหลีเหนือสามคนถูกตำรวจจีนจับกุมที่ถูเหมินเมื่อสัปดาห์ที่แล้ว "
         "พวกเขาถูกควบคุมตัวไว้จนกว่าจะถูกส่งกลับเกาหลีเหนือ", "CN"),
    ],
    ids=["zh-before", "zh-before-north", "zh-until", "vi-until", "vi-until-north-laos",
         "ko-until-before", "en-until-sent-back", "en-until-expelled", "ja", "ru", "th"],
)  # fmt: skip
def test_people_held_until_or_before_a_return_face_it(lang: str, text: str, country: str) -> None:
    """Held before or until their expulsion: the return is still to come, never told as done."""
    verdict = classify(Document("r", "", text, lang, date=ON))
    assert (verdict.tier, verdict.facts.status, verdict.facts.people, verdict.facts.country) == (
        Tier.ALERT,
        Status.FACING_REPATRIATION,
        3,
        country,
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Ba phụ nữ Triều Tiên bị bắt ở Diên Cát tuần trước. Đến nay vẫn chưa rõ tung tích "
         "của ba người phụ nữ."),
        ("vi", "Theo bà, chị gái bà và hai phụ nữ Triều Tiên khác bị bắt ở Diên Cát tuần trước. "
         "Từ đó đến nay vẫn chưa rõ tung tích của ba người phụ nữ."),
        ("th", "หญิงชาวเกาหลีเหนือสามคนถูกจับกุมที่เหยียนจี๋เมื่อสัปดาห์ที่แล้ว "
         "จนถึงขณะนี้ยังไม่ทราบว่าหญิงทั้งสามคนอยู่ที่ไหน"),
        ("ko", "탈북 여성 3명이 지난주 옌지에서 체포됐다. 세 여성의 행방은 여전히 알려지지 않고 "
         "있다."),
        ("zh", "她说，她的姐姐和另外两名脱北女性上周在延吉被捕。此后这三名女性下落不明。"),
        ("ja", "脱北女性3人が先週、延吉で逮捕された。3人の女性の行方は今も分かっていない。"),
        ("ru", "Три северокореянки были арестованы в Яньцзи на прошлой неделе. Местонахождение "
         "трех женщин до сих пор неизвестно."),
        ("en", "Three North Korean women were arrested in Yanji last week. The three women's "
         "whereabouts remain unknown."),
    ],
    ids=["vi", "vi-sister", "th", "ko", "zh-sister", "ja", "ru", "en"],
)  # fmt: skip
def test_the_whereabouts_of_the_people_held_unknown_is_missing(lang: str, text: str) -> None:
    """Where the people are is not known after their arrest: missing, not only arrested."""
    assert _read("", text, lang) == (Tier.ALERT, Status.MISSING, 3)
