"""Round-45 kinds from reports that open on background and count groups in parts, probed in
every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 7)


def verdict_of(lang: str, text: str) -> Verdict:
    return classify(Document("b45", "", text, lang, date=ON))


# A return the report estimates or guesses (估计已被遣返, と推測される, 아마 이미 북송됐을 것이다):
# inferred, so only feared.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ko",
            "이달 초 옌지에서 공안에 체포된 탈북 여성 5명은 아마 이미 북송됐을 것이다.",
        ),
        (
            "ja",
            "今月初めに延吉で公安に拘束された脱北女性5人は、すでに送還されたと推測される。",
        ),
        (
            "ja",
            "今月初めに延吉で公安に拘束された脱北女性5人は、おそらくすでに送還されただろう。",
        ),
        ("zh-Hans", "本月初在延吉被公安带走的五名朝鲜女子，估计已被遣返。"),
        ("zh-Hans", "本月初在延吉被公安带走的五名朝鲜女子，推测已被遣返。"),
        ("zh-Hant", "本月初在延吉被公安帶走的五名北韓女子，估計已被遣返。"),
        (
            "en",
            "Five North Korean women were arrested by police in Yanji early this month. Their "
            "broker estimates they have probably already been repatriated.",
        ),
        (
            "ru",
            "Пять северокорейских женщин, задержанных полицией в Яньцзи в начале месяца, по всей "
            "видимости, уже депортированы в КНДР.",
        ),
        (
            "vi",
            "Năm phụ nữ Triều Tiên bị công an bắt ở Diên Cát đầu tháng này có lẽ đã bị trả về.",
        ),
        (
            "th",
            "หญิงชาวเกาหลีเหนือ 5 คนที่ถูกตำรวจจับกุมที่เมืองหยานจีเมื่อต้นเดือน คาดว่าถูกส่งตัวกลับแล้ว",
        ),
    ],
)
def test_an_estimated_return_is_only_feared(lang: str, text: str) -> None:
    verdict = verdict_of(lang, text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION


_SENT_BACK = {
    "en": "Three North Korean women arrested in Dandong in October were sent back to North "
    "Korea last week. ",
    "ko": "10월 단둥에서 체포된 탈북 여성 3명이 지난주 북한으로 강제송환됐다. ",
    "ja": "10月に丹東で拘束された脱北女性3人が先週、北朝鮮に送還された。",
    "zh-Hans": "10月在丹东被捕的三名朝鲜女子上周已被遣返朝鲜。",
    "zh-Hant": "10月在丹東被捕的三名北韓女子上週已被遣返北韓。",
    "ru": "Три северокорейские женщины, задержанные в Даньдуне в октябре, на прошлой неделе "
    "были отправлены обратно в КНДР. ",
    "vi": "Ba phụ nữ Triều Tiên bị bắt ở Đan Đông hồi tháng 10 đã bị trả về Triều Tiên tuần "
    "trước. ",
    "th": "หญิงชาวเกาหลีเหนือ 3 คนที่ถูกจับกุมที่ตานตงเมื่อเดือนตุลาคม ถูกส่งตัวกลับเกาหลีเหนือแล้วเมื่อสัปดาห์ที่แล้ว ",
}


# A relative's arrival long ago, unnumbered (早年, 오래전, ずっと前, vài năm trước,
# เมื่อนานมาแล้ว): the relative's past, not the people's all-clear.
@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        ("en", "Her sister, who reached South Korea long ago, said she was devastated."),
        ("ko", "그의 여동생은 오래전 한국에 도착했으며 충격에 빠졌다고 말했다."),
        ("ja", "妹はずっと前に韓国に到着しており、知らせに打ちのめされたと語った。"),
        ("zh-Hans", "她的妹妹早年抵达韩国，她说得知消息后整个人都崩溃了。"),
        ("zh-Hans", "她的妹妹前些年抵达韩国，她说得知消息后整个人都崩溃了。"),
        ("zh-Hant", "她的妹妹很久以前抵達南韓，她說得知消息後整個人都崩潰了。"),
        ("ru", "Её сестра, которая давно прибыла в Южную Корею, сказала, что потрясена."),
        ("vi", "Em gái cô, đã đến Hàn Quốc vài năm trước, nói rằng cô rất đau đớn."),
        ("th", "น้องสาวของเธอซึ่งเดินทางถึงเกาหลีใต้เมื่อนานมาแล้วกล่าวว่าเสียใจมาก"),
    ],
)
def test_an_arrival_long_ago_is_not_the_peoples(lang: str, tail: str) -> None:
    verdict = verdict_of(lang, _SENT_BACK[lang] + tail)
    assert verdict.facts.status is Status.REPATRIATED


# The relative of one of the people (其中一人的妹妹, 이들 중 한 명의 여동생, sister of one of
# them): someone else, whose arrival is not the people's.
@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        ("en", "The sister of one of them, who reached South Korea, said she was devastated."),
        ("ko", "이들 중 한 명의 여동생은 한국에 도착했으며 충격에 빠졌다고 말했다."),
        ("ja", "そのうち1人の妹は韓国に到着しており、知らせに打ちのめされたと語った。"),
        ("zh-Hans", "其中一人的妹妹抵达韩国，她说得知消息后整个人都崩溃了。"),
        ("zh-Hant", "其中一人的妹妹抵達南韓，她說得知消息後整個人都崩潰了。"),
        ("ru", "Сестра одной из них, которая прибыла в Южную Корею, сказала, что потрясена."),
        ("vi", "Em gái của một người trong số họ, đã đến Hàn Quốc, nói rằng cô rất đau đớn."),
        ("th", "น้องสาวของหนึ่งในนั้นซึ่งเดินทางถึงเกาหลีใต้กล่าวว่าเสียใจมาก"),
    ],
)
def test_the_relative_of_one_of_them_is_someone_else(lang: str, tail: str) -> None:
    verdict = verdict_of(lang, _SENT_BACK[lang] + tail)
    assert verdict.facts.status is Status.REPATRIATED
