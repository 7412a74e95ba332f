"""People counted one by one: round-34 fixes.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier, Verdict

ON = date(2026, 12, 6)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("p34", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "ko",
            "탈북민 체포",
            "중국 공안이 월요일 옌지에서 34세 탈북 여성과 그의 12세 딸, 50대 남성을 체포했다.",
        ),
        (
            "ko",
            "탈북민 체포",
            "중국 공안이 지난 3일 옌지에서 탈북민 김모(34)씨와 딸(12), 이모(50)씨를 붙잡았다.",
        ),
        (
            "ja",
            "脱北者拘束",
            "中国公安は月曜日、延吉で北朝鮮出身の34歳の女性と12歳の娘、50歳の男性を拘束した。",
        ),
        (
            "ja",
            "脱北者拘束",
            "中国公安は3日、延吉で脱北者の女性（34）と娘（12）、男性（50）を拘束した。",
        ),
        (
            "th",
            "จับชาวเกาหลีเหนือ",
            "ตำรวจจับกุมหญิงชาวเกาหลีเหนืออายุ 34 ปี ลูกสาววัย 12 ปี และชายวัย 50 ปี ที่เชียงรายเมื่อวันจันทร์",
        ),
        (
            "th",
            "จับชาวเกาหลีเหนือ",
            "ตำรวจจับกุมชาวเกาหลีเหนือ ได้แก่ หญิงอายุ 34 ปี เด็กหญิงอายุ 12 ปี และชายอายุ 50 ปี ที่เชียงแสน",
        ),
        (
            "zh",
            "脱北者被捕",
            "中国警方周一在延吉抓获一名34岁的朝鲜女子、她12岁的女儿和一名50岁的男子。",
        ),
        (
            "ru",
            "Задержаны северокорейцы",
            "Полиция задержала в Яньцзи 34-летнюю северокореянку, её 12-летнюю дочь и 50-летнего"
            " мужчину в понедельник.",
        ),
    ],
)
def test_people_listed_one_by_one_with_ages_are_all_counted(
    lang: str, title: str, text: str
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT, verdict
    assert verdict.facts.people == 3, verdict.facts


@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        # English and Vietnamese read these lists already.
        (
            "en",
            "North Koreans held in China",
            "Chinese police detained a 34-year-old North Korean woman, her 12-year-old daughter"
            " and a 50-year-old man in Yanji on Monday.",
            3,
        ),
        (
            "vi",
            "Bắt người Triều Tiên",
            "Công an bắt giữ một phụ nữ Triều Tiên 34 tuổi, con gái 12 tuổi của cô và một người"
            " đàn ông 50 tuổi tại Lạng Sơn hôm thứ Hai.",
            3,
        ),
        # A broker given an age beside the people is no one more of them.
        ("ko", "탈북민 체포", "중국 공안이 50대 남성 브로커와 탈북민 3명을 체포했다.", 3),
        ("ko", "탈북민 체포", "중국 공안이 탈북민인 30대 여성 3명과 40대 남성을 체포했다.", 4),
        ("zh", "脱北者被捕", "中国警方抓获3名脱北者，其中包括一名50岁的男子。", 3),
    ],
)
def test_aged_people_beside_a_figure_keep_their_count(
    lang: str, title: str, text: str, people: int
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT, verdict
    assert verdict.facts.people == people, verdict.facts


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "ko",
            "탈북 일가족 체포",
            "중국 공안이 월요일 옌지에서 탈북민 일가족 4명, 부부와 두 아들을 체포했다.",
        ),
        (
            "ja",
            "脱北家族拘束",
            "中国公安は月曜日、延吉で脱北者の一家4人、夫婦と息子2人を拘束した。",
        ),
        (
            "ru",
            "Задержана семья",
            "Полиция задержала в Яньцзи семью из четырех человек из КНДР — супругов и двух"
            " сыновей.",
        ),
        (
            "th",
            "จับครอบครัว",
            "ตำรวจจับกุมครอบครัวชาวเกาหลีเหนือ 4 คน สามีภรรยาและลูกชาย 2 คน ที่เชียงแสนเมื่อวันจันทร์",
        ),
    ],
)
def test_family_members_named_after_its_figure_are_no_one_more(
    lang: str, title: str, text: str
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT, verdict
    assert verdict.facts.people == 4, verdict.facts


@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        # A couple joined to the family by "and" are others held with it; en, zh and vi read
        # the family's members already.
        ("ko", "탈북민 체포", "중국 공안이 옌지에서 탈북민 일가족 4명과 부부를 체포했다.", 6),
        (
            "ru",
            "Задержаны",
            "Полиция задержала в Яньцзи семью из четырех человек из КНДР и супругов из КНДР.",
            6,
        ),
        (
            "en",
            "North Korean family held",
            "Chinese police detained a North Korean family of four, a couple and two sons, in"
            " Yanji on Monday.",
            4,
        ),
        ("zh", "脱北家庭被捕", "中国警方周一在延吉抓获一家四口脱北者，一对夫妇和两个儿子。", 4),
        (
            "vi",
            "Bắt gia đình",
            "Công an bắt giữ một gia đình 4 người Triều Tiên, gồm hai vợ chồng và hai con trai,"
            " tại Lạng Sơn hôm thứ Hai.",
            4,
        ),
    ],
)
def test_family_beside_others_keeps_its_count(
    lang: str, title: str, text: str, people: int
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT, verdict
    assert verdict.facts.people == people, verdict.facts


# A list of kin summed by a figure after it: Japanese closes the list with の before the figure
# (夫婦と12歳の息子の3人), Thai opens the figure with รวม. The figure counts the list, which
# adds no one more.
@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("ja", "北朝鮮から逃れた夫婦と12歳の息子の3人が月曜日、図們で公安に拘束された。", 3),
        ("ja", "脱北した母親と20代の長女の2人が先週、丹東の民家で公安に連行された。", 2),
        ("th", "สามีภรรยาชาวเกาหลีเหนือและลูกชายวัย 12 ปี รวม 3 คน "
               "ถูกตำรวจจีนจับกุมที่ถูเหมินเมื่อวันจันทร์", 3),
        ("en", "Chinese police arrested a North Korean couple and their daughter, three people "
               "in all, in Yanji on Tuesday.", 3),
        ("en", "A North Korean mother and her son, two people in total, were detained in Tumen "
               "on Monday.", 2),
        ("ru", "Китайская полиция во вторник задержала в Яньцзи супругов из КНДР с дочерью, "
               "всего трое.", 3),
        ("vi", "Công an Trung Quốc đã bắt một cặp vợ chồng người Triều Tiên và con gái của họ, "
               "tổng cộng 3 người, tại Diên Cát hôm thứ Ba.", 3),
    ],
    ids=["ja-couple-son", "ja-mother-daughter", "th-ruam", "en-in-all", "en-in-total",
         "ru-vsego-troe", "vi-tong-cong"],
)  # fmt: skip
def test_a_figure_summing_a_list_of_kin_counts_the_list(lang: str, text: str, people: int) -> None:
    v = verdict_of(lang, "", text)
    assert (v.tier, v.facts.people) == (Tier.ALERT, people)


# People named by an age in decades (60代の男性, วัย 60 กว่าปี: in his sixties) are one each,
# as those given an exact age are.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "中国吉林省和竜で先週、脱北者の70代の女性と30代の孫娘が公安に拘束された。"),
        ("ja", "脱北した男性と10代の息子が先週、瀋陽のアパートで公安に連行された。"),
        ("th", "ผู้แปรพักตร์เกาหลีเหนือหญิงวัย 70 กว่าปีและหลานชายถูกตำรวจจีนจับกุมที่เหอหลงเมื่อวันจันทร์"),
    ],
    ids=["ja-decades", "ja-datsuhoku-shita", "th-kwa-pi"],
)  # fmt: skip
def test_people_named_by_an_age_in_decades_are_one_each(lang: str, text: str) -> None:
    v = verdict_of(lang, "", text)
    assert (v.tier, v.facts.people) == (Tier.ALERT, 2)
