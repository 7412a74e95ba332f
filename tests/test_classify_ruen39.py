"""Russian and English reports, each kind probed in the other languages too: a dateline's day
counts no one, a figure over the whole of last year is a statistic, a custody told as before a
release does not end it, a province after the country people came from, a decision to expel, a
planned return, their fate unknown.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 5, 20)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("r39", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        (
            "en",
            "SEOUL, May 18 - Eleven North Koreans held at a jail in Helong could be sent back "
            "within days, a rights group said.",
            11,
        ),
        (
            "en",
            "SEOUL, May 18 - Five North Korean women were arrested in a flat in Yanji, an aid "
            "worker said.",
            5,
        ),
        (
            "vi",
            "HÀ NỘI, 18/5 - Bảy người Triều Tiên bị bắt giữ tại Lạng Sơn khi đang trên đường "
            "sang Lào, công an tỉnh cho biết.",
            7,
        ),
    ],
)
def test_the_day_of_a_dateline_counts_no_one(lang: str, text: str, people: int) -> None:
    """The day a story was filed, before the dash, neither counts anyone nor makes a range with
    the figure after the dash."""
    verdict = verdict_of(lang, "", text)
    assert verdict.alert
    assert verdict.facts.people == people


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Since January, courts in the region have ordered more than 30 North Koreans "
            "deported, the court press office said.\nOn Tuesday a court in Artyom issued the same "
            "ruling for two more. They are being held in a detention centre.\nBy comparison, over "
            "the whole of last year 27 North Koreans were deported from the region.",
        ),
        (
            "ko",
            "화요일 아르툠 법원은 북한 노동자 2명에게 추방 명령을 내렸다. 이들은 수용소에 구금돼 "
            "있다.\n지난 한 해 동안 연해주에서 북한 주민 27명이 추방됐다.",
        ),
        (
            "vi",
            "Hôm thứ Ba, tòa án Artyom ra lệnh trục xuất 2 lao động Triều Tiên. Họ đang bị tạm "
            "giữ tại trung tâm lưu trú.\nTrong cả năm ngoái, 27 người Triều Tiên đã bị trục xuất "
            "khỏi vùng này.",
        ),
        (
            "th",
            "เมื่อวันอังคาร ศาลเมืองอาร์ตยอมมีคำสั่งเนรเทศแรงงานเกาหลีเหนือ 2 คน "
            "ซึ่งถูกควบคุมตัวอยู่ในศูนย์กักตัว\nตลอดปีที่แล้ว มีชาวเกาหลีเหนือ 27 คนถูกเนรเทศออกจากภูมิภาคนี้",
        ),
    ],
)
def test_a_figure_over_the_whole_of_last_year_is_a_statistic(lang: str, text: str) -> None:
    """Those sent back over the whole of a past year are counted, not told of: their return
    is no all-clear for the people just ordered deported, nor their figure the head count."""
    facts = verdict_of(lang, "", text).facts
    assert facts.status is not Status.REPATRIATED
    assert facts.people != 27


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Lao police on Monday released three North Korean women, who had been held for a "
            "month in Vientiane, a church group said.",
        ),
        (
            "ru",
            "Во вторник суд освободил троих граждан КНДР, которые ранее содержались в ЦВСИГ в "
            "Артёме, сообщили правозащитники.",
        ),
        ("zh", "老挝警方周一释放了3名朝鲜妇女，她们此前被关押在万象一个月。"),
        (
            "vi",
            "Cảnh sát Lào hôm thứ Hai đã thả 3 phụ nữ Triều Tiên, những người trước đó bị tạm "
            "giữ một tháng tại Viêng Chăn.",
        ),
    ],
)
def test_a_custody_told_as_before_the_release_does_not_end_it(lang: str, text: str) -> None:
    """A custody a `pluperfect` word tells as earlier, in a clause after the release, is the
    custody the release ended, not one that came after it."""
    facts = verdict_of(lang, "", text).facts
    assert facts.status is Status.RELEASED


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        (
            "en",
            "Mongolian border guards have detained four North Koreans who walked across the "
            "desert from China's Inner Mongolia region, an official said.",
            "MN",
        ),
        (
            "ru",
            "Лаосская полиция задержала в провинции Бокэу четырёх граждан КНДР, которые "
            "переправились через Меконг из китайской провинции Юньнань.",
            "LA",
        ),
    ],
)
def test_a_province_of_the_country_people_came_from_is_where_they_came_from(
    lang: str, text: str, country: str
) -> None:
    """A province named right after the country people crossed from ("from China's Inner
    Mongolia", "из китайской провинции Юньнань") votes as that country does: as an origin."""
    assert verdict_of(lang, "", text).facts.country == country


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Краевой суд признал законным решение Генпрокуратуры о выдаче гражданина КНДР, "
            "который содержится под стражей во Владивостоке с весны.",
        ),
        (
            "ru",
            "Городской суд вынес решение об административном выдворении семьи граждан КНДР — "
            "супругов и двоих их детей. Сейчас все четверо находятся в специальном учреждении.",
        ),
        (
            "ru",
            "Адвокаты обжаловали решение районного суда, который в ноябре назначил штраф и "
            "выдворение двум братьям из КНДР. Обоих содержат в ЦВСИГ.",
        ),
        (
            "en",
            "The regional court upheld the prosecutors' decision to extradite a North Korean "
            "man who has been held in Vladivostok since spring.",
        ),
        (
            "ko",
            "연해주 법원은 봄부터 블라디보스토크에 구금된 북한 주민 1명에 대한 검찰의 송환 결정이 "
            "적법하다고 판단했다.",
        ),
    ],
)
def test_a_decision_to_send_them_out_is_a_threat(lang: str, text: str) -> None:
    """A decision or a sentence to expel or extradite, upheld or appealed, with its author or
    adjective between its words, is a return ordered and still to come."""
    facts = verdict_of(lang, "", text).facts
    assert facts.status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The planned deportation of five North Koreans held in Vientiane has alarmed "
            "activists, who say Laos usually hands such groups to China.",
        ),
        (
            "vi",
            "Chính quyền Trung Quốc cần lập tức dừng kế hoạch cưỡng bức hồi hương 12 người Triều "
            "Tiên đang bị giam giữ tại thành phố Cát Lâm, một tổ chức nhân quyền cho biết.",
        ),
    ],
)
def test_a_planned_return_is_still_to_come(lang: str, text: str) -> None:
    """A return told as planned, to be halted or protested, is a threat, not a return done."""
    facts = verdict_of(lang, "", text).facts
    assert facts.status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Three North Koreans were detained in Blagoveshchensk on Monday. Their fate remains "
            "unknown, their lawyer said.",
        ),
        (
            "ru",
            "Трое граждан КНДР были задержаны в сентябре в Благовещенске. Их судьба остаётся "
            "неизвестной, сообщил их адвокат.",
        ),
        (
            "ko",
            "북한 주민 3명이 9월 블라고베셴스크에서 체포됐다. 이들의 생사는 여전히 알려지지 "
            "않았다고 변호사가 말했다.",
        ),
    ],
)
def test_their_fate_still_unknown_after_the_arrest_is_missing(lang: str, text: str) -> None:
    """Their fate or whereabouts said to be still unknown, in a sentence of its own after the
    arrest, takes the people up again: they are missing."""
    facts = verdict_of(lang, "", text).facts
    assert facts.status is Status.MISSING
