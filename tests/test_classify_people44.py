"""Head counts: a couple told with the children they took along, in a relative clause before
them (자녀 둘을 데리고 탈북한 부부, 子ども2人を連れて脱北した夫婦, 带着两个孩子逃离朝鲜的一对夫妇)
or after them ("a couple who fled with their two children", пару, бежавшую с двумя детьми,
สามีภรรยาที่หลบหนีพร้อมลูกสองคน), is four: the couple and the children; a pair and the people
joined to it, in its sentence or after it, and a total of them all, are that total; more people
after a verb of arrest ("and arrested two more on Sunday") are added where a total sums them;
a group's make-up after "consisting of" is all of it; one who speaks a quote after the arrest
told is its source, not one held; a figure an approximation word opens past a source names
the people again.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.classify import classify
from bot.classify.lexicon import load_lexicon
from bot.domain import ConfigError, Document, Status, Tier

ON = date(2026, 12, 7)


def _read(lang: str, text: str) -> tuple[Tier, Status | None, int | None, str | None]:
    verdict = classify(Document("p44", "", text, lang, date=ON))
    facts = verdict.facts
    return verdict.tier, facts.status, facts.people, facts.country


COUPLES = [
    ("en", "Chinese police in Shenyang arrested a North Korean couple who fled with their two children last week."),
    ("ko", "중국 공안이 지난주 선양에서 자녀 둘을 데리고 탈북한 부부를 체포했다."),
    ("ko", "중국 공안이 지난주 선양에서 자녀 2명을 데리고 탈북한 부부를 체포했다."),
    ("ja", "中国公安は先週、瀋陽で子ども2人を連れて脱北した夫婦を拘束した。"),
    ("zh", "中国公安上周在沈阳抓获了带着两个孩子逃离朝鲜的一对夫妇。"),
    ("zh", "中國公安上週在瀋陽抓獲了帶著兩個孩子逃離朝鮮的一對夫婦。"),
    ("ru", "Китайская полиция на прошлой неделе задержала в Шэньяне супружескую пару из КНДР, бежавшую с двумя детьми."),
    ("vi", "Công an Trung Quốc tuần trước đã bắt giữ một cặp vợ chồng Triều Tiên bỏ trốn cùng hai con nhỏ tại Thẩm Dương."),
    ("th", "ตำรวจจีนจับกุมสามีภรรยาชาวเกาหลีเหนือที่หลบหนีพร้อมลูกสองคนที่เมืองเสิ่นหยางเมื่อสัปดาห์ที่แล้ว"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    COUPLES,
    ids=["en", "ko-dul", "ko-myeong", "ja", "zh", "zh-hant", "ru", "vi", "th"],
)
def test_a_couple_and_the_children_they_took_along_are_four(lang: str, text: str) -> None:
    tier, status, people, country = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED
    assert country == "CN"
    assert people == 4


@pytest.mark.parametrize(
    "text",
    [
        "중국 공안은 지난주 선양에서 탈북민을 둘러싼 단속을 벌여 여성 1명을 체포했다.",
        "중국 공안은 지난주 선양에서 탈북 여성의 둘째 딸을 체포했다.",
    ],
    ids=["dulleossan", "duljjae"],
)  # fmt: skip
def test_ko_two_standing_alone_counts_only_after_a_childs_noun(text: str) -> None:
    tier, _status, people, country = _read("ko", text)
    assert tier is Tier.ALERT
    assert country == "CN"
    assert people == 1


# A pair and a figure joined by "and", the pair's nationality written after it: one group.
PAIR_AND_FIGURE = [
    ("zh", "延吉警方上周抓获了一对朝鲜母女和两名男子，这4人可能被遣返。"),
    ("en", "Police in Yanji detained a North Korean mother and daughter and two men last week; the four could be sent back."),
    ("ko", "옌지 공안은 지난주 탈북 모녀와 남성 2명을 체포했으며, 이들 4명은 강제북송될 위기에 처했다."),
    ("ja", "延吉の公安は先週、脱北者の母娘と男性2人を拘束した。この4人は北朝鮮に送還される恐れがある。"),
    ("ru", "Полиция Яньцзи на прошлой неделе задержала мать и дочь из КНДР и двух мужчин; всех четверых могут выслать на родину."),
    ("vi", "Công an Diên Cát tuần trước đã bắt giữ hai mẹ con người Triều Tiên và hai người đàn ông; 4 người này có nguy cơ bị trả về."),
    ("th", "ตำรวจเมืองเหยียนจี๋จับกุมแม่ลูกชาวเกาหลีเหนือและชายอีก 2 คนเมื่อสัปดาห์ที่แล้ว ทั้ง 4 คนเสี่ยงถูกส่งกลับ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), PAIR_AND_FIGURE, ids=[lang for lang, _ in PAIR_AND_FIGURE]
)
def test_a_pair_and_a_figure_joined_and_their_total_are_four(lang: str, text: str) -> None:
    tier, status, people, country = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.FACING_REPATRIATION
    assert country == "CN"
    assert people == 4


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Công an Diên Cát tuần trước đã bắt giữ hai mẹ con người Triều Tiên và hai người đàn ông."),
        ("th", "ตำรวจเมืองเหยียนจี๋จับกุมแม่ลูกชาวเกาหลีเหนือและชาย 2 คนเมื่อสัปดาห์ที่แล้ว"),
    ],
    ids=["vi", "th"],
)  # fmt: skip
def test_a_pair_named_with_its_nationality_after_it_is_joined_to_the_next_figure(
    lang: str, text: str
) -> None:
    tier, status, people, country = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED
    assert country == "CN"
    assert people == 4


def test_others_counted_before_take_no_companions_as_a_couple_does() -> None:
    # "The two" are guides, told before "together with five North Koreans": five.
    text = (
        "Tòa án tỉnh Luang Namtha của Lào đã phạt tù hai người dẫn đường. Hai người này bị bắt "
        "hồi tháng trước cùng với năm người Triều Tiên. Năm người Triều Tiên, gồm ba phụ nữ và "
        "hai người đàn ông, vẫn bị giam ở Viêng Chăn."
    )
    tier, status, people, country = _read("vi", text)
    assert tier is Tier.ALERT
    assert status is Status.DETAINED
    assert country == "LA"
    assert people == 5


# A pair named first, more people told in a sentence of their own, then a total that is exactly
# them summed: the total. (ja 脱北者の母娘 and vi hai mẹ con count the pair by a figure: left.)
PARTS_THEN_TOTAL = [
    ("zh", "延吉警方上周抓获了一对朝鲜母女。两名男子也同时被抓。这4人可能被遣返。"),
    ("en", "Police in Yanji detained a North Korean mother and daughter last week. Two men were also held. The four could be sent back."),
    ("ko", "옌지 공안은 지난주 탈북 모녀를 체포했다. 남성 2명도 함께 붙잡혔다. 이들 4명은 강제북송될 위기다."),
    ("ru", "Полиция Яньцзи на прошлой неделе задержала мать и дочь из КНДР. Также были задержаны двое мужчин. Всех четверых могут выслать."),
    ("th", "ตำรวจเมืองเหยียนจี๋จับกุมแม่ลูกชาวเกาหลีเหนือเมื่อสัปดาห์ที่แล้ว ชาย 2 คนก็ถูกจับด้วย ทั้ง 4 คนเสี่ยงถูกส่งกลับ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), PARTS_THEN_TOTAL, ids=[lang for lang, _ in PARTS_THEN_TOTAL]
)
def test_a_total_told_after_a_pair_and_others_that_sum_to_it_counts_them(
    lang: str, text: str
) -> None:
    tier, status, people, country = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.FACING_REPATRIATION
    assert country == "CN"
    assert people == 4


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police in Yanji detained a North Korean mother and daughter last week. Two men were also held. The five could be sent back."),
        ("zh", "延吉警方上周抓获了一对朝鲜母女。两名男子也同时被抓。这5人可能被遣返。"),
    ],
    ids=["en", "zh"],
)  # fmt: skip
def test_a_later_figure_that_is_not_the_parts_summed_is_not_their_count(
    lang: str, text: str
) -> None:
    _tier, _status, people, _country = _read(lang, text)
    assert people != 5  # two and two told: the five is not taken on the figure's word alone


# More people after a verb of arrest, on a day of their own, and a total that sums them all.
MORE_AFTER_A_VERB = [
    ("en", "Police in Yanji arrested four North Korean defectors on Friday and arrested two more on Sunday. All six could be sent back."),
    ("en", "Police in Yanji arrested four North Korean defectors on Friday and detained two more on Sunday; the six could be sent back."),
    ("ko", "옌지 공안은 금요일 탈북민 4명을 체포했고 일요일에 2명을 더 체포했다. 6명 모두 강제북송될 위기다."),
    ("zh", "延吉警方周五抓获4名脱北者，周日又抓获了2名。这6人都可能被遣返。"),
    ("ja", "延吉の公安は金曜日に脱北者4人を拘束し、日曜日にさらに2人を拘束した。6人全員が送還される恐れがある。"),
    ("ru", "Полиция Яньцзи в пятницу задержала четырех беглецов из КНДР, а в воскресенье задержала еще двоих. Всех шестерых могут выслать."),
    ("vi", "Công an Diên Cát bắt giữ 4 người đào tẩu Triều Tiên hôm thứ Sáu và bắt thêm 2 người vào Chủ nhật. Cả 6 người có nguy cơ bị trả về."),
    ("th", "ตำรวจเมืองเหยียนจี๋จับกุมผู้แปรพักตร์เกาหลีเหนือ 4 คนเมื่อวันศุกร์ และจับกุมอีก 2 คนเมื่อวันอาทิตย์ ทั้ง 6 คนเสี่ยงถูกส่งกลับ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    MORE_AFTER_A_VERB,
    ids=["en-arrested", "en-detained", "ko", "zh", "ja", "ru", "vi", "th"],
)
def test_more_held_after_a_verb_and_summed_are_counted_all(lang: str, text: str) -> None:
    tier, status, people, country = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.FACING_REPATRIATION
    assert country == "CN"
    assert people == 6


def test_more_held_after_a_verb_with_no_sum_are_another_arrest() -> None:
    text = (
        "Police in Yanji arrested four North Korean defectors on Friday and arrested two more "
        "on Sunday."
    )
    tier, status, people, country = _read("en", text)
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED
    assert country == "CN"
    assert people == 4


# A group no figure counts, then its make-up after an `inclusive_whole` word: all of them.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police in Yanji detained a group of North Korean defectors consisting of three women and two men last week."),
        ("en", "Police in Yanji last week detained a group of North Korean defectors, made up of three women and two men."),
        ("th", "ตำรวจเมืองเหยียนจี๋จับกุมกลุ่มผู้แปรพักตร์เกาหลีเหนือซึ่งประกอบด้วยผู้หญิง 3 คนและผู้ชาย 2 คนเมื่อสัปดาห์ที่แล้ว"),
        ("zh", "延吉警方上周拘留了一批由三名妇女和两名男子组成的脱北者。"),
        ("ko", "옌지 공안은 지난주 여성 3명과 남성 2명으로 구성된 탈북민 일행을 체포했다."),
        ("ja", "延吉の公安は先週、女性3人と男性2人からなる脱北者の一行を拘束した。"),
        ("ru", "Полиция Яньцзи на прошлой неделе задержала группу беглецов из КНДР, состоящую из трех женщин и двух мужчин."),
        ("vi", "Công an Diên Cát tuần trước đã bắt giữ một nhóm người đào tẩu Triều Tiên gồm ba phụ nữ và hai người đàn ông."),
    ],
    ids=["en-consisting", "en-made-up", "th", "zh", "ko", "ja", "ru", "vi"],
)  # fmt: skip
def test_the_make_up_of_a_group_no_figure_counts_is_all_of_it(lang: str, text: str) -> None:
    tier, _status, people, country = _read(lang, text)
    assert tier is Tier.ALERT
    assert country == "CN"
    assert people == 5


def test_a_part_after_including_still_counts_no_one() -> None:
    text = (
        "Chinese police last week detained North Korean defectors, including three women, in "
        "Yanji."
    )
    tier, _status, people, country = _read("en", text)
    assert tier is Tier.ALERT
    assert country == "CN"
    assert people is None


def test_an_inclusive_whole_word_must_be_an_inclusive_word(tmp_path: Path) -> None:
    lexicon = tmp_path / "xx.yaml"
    lexicon.write_text(
        "language: xx\ninclusive: [including]\ninclusive_whole: [consisting of]\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"inclusive_whole: .* must be one of"):
        load_lexicon([lexicon])


# One named after the arrest told, who speaks a quote of their own: its source, not one held.
# (th: "นายคิม อายุ 35 ปี กล่าวว่า" follows the arrest after a space alone, no clause break: left.)
SPEAKERS = [
    ("ko", '중국 공안이 지난주 옌지에서 탈북민들을 체포했으며, 30대 남성 김모 씨는 "그들이 북송될까 걱정된다"라고 말했다.'),
    ("ko", '중국 공안은 지난주 옌지에서 탈북민들을 붙잡았고, 40대 여성 박모 씨는 "강제북송이 두렵다"고 말했다.'),
    ("zh", "中国警方上周在延吉拘留了脱北者，一名30多岁的金姓男子说：“我们担心他们会被遣返。”"),
    ("vi", 'Công an Trung Quốc tuần trước đã bắt giữ những người đào tẩu Triều Tiên ở Diên Cát, còn ông Kim, 35 tuổi, nói: "Chúng tôi lo họ sẽ bị trả về."'),
    ("en", 'Chinese police detained North Korean defectors in Yanji last week, and Kim, a man in his 30s, said: "We fear they will be sent back."'),
    ("ja", "中国公安は先週、延吉で脱北者を拘束し、30代の男性キムさんは「送還されるのが心配だ」と話した。"),
    ("ru", "Китайская полиция на прошлой неделе задержала в Яньцзи беглецов из КНДР, а 30-летний Ким сказал: «Мы боимся, что их вышлют на родину»."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), SPEAKERS, ids=["ko-nam", "ko-yeo", "zh", "vi", "en", "ja", "ru"]
)
def test_one_who_speaks_a_quote_after_the_arrest_is_not_held(lang: str, text: str) -> None:
    tier, _status, people, country = _read(lang, text)
    assert tier is Tier.ALERT
    assert country == "CN"
    assert people is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", '탈북민인 30대 남성 김모 씨는 "지난주 옌지에서 중국 공안에 체포됐다"고 말했다.'),
        ("zh", "一名30多岁的朝鲜男子说：“我上周在延吉被中国警方抓了。”"),
    ],
    ids=["ko", "zh"],
)  # fmt: skip
def test_one_whose_quote_tells_all_the_sentence_does_may_be_the_one_held(
    lang: str, text: str
) -> None:
    tier, status, people, country = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.ARRESTED
    assert country == "CN"
    assert people == 1


# A reaction first, then a source and a figure that an approximation word, however long, opens:
# the figure names the people again, and the report is an alert.
# (th "ประมาณ 60 คนถูกจับกุม" is already an alert, its figure not read as a count: left.)
REACTION_FIRST = [
    ("vi", "Các tổ chức nhân quyền hôm thứ Hai kêu gọi Trung Quốc không cưỡng chế hồi hương người đào tẩu Triều Tiên. Theo các nhà hoạt động, khoảng 60 người đã bị bắt ở Cát Lâm tuần trước."),
    ("ru", "Правозащитники в понедельник призвали Китай не высылать беглецов из КНДР. По данным активистов, примерно 60 человек были задержаны в провинции Цзилинь на прошлой неделе."),
    ("en", "Rights groups on Monday urged China not to send North Korean escapees back. According to activists, approximately 60 people were detained in Jilin last week."),
    ("zh", "人权组织周一敦促中国不要遣返朝鲜脱北者。据活动人士称，大约60人上周在吉林被捕。"),
    ("ko", "인권단체들은 월요일 중국에 탈북민을 강제북송하지 말라고 촉구했다. 활동가들에 따르면 약 60명이 지난주 지린성에서 체포됐다."),
    ("ja", "人権団体は月曜日、中国に脱北者を送還しないよう求めた。活動家によると、およそ60人が先週、吉林省で拘束された。"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), REACTION_FIRST, ids=[lang for lang, _ in REACTION_FIRST]
)
def test_a_figure_an_approximation_opens_past_a_source_names_the_people(
    lang: str, text: str
) -> None:
    tier, status, people, country = _read(lang, text)
    assert tier is Tier.ALERT
    assert status is Status.FACING_REPATRIATION
    assert country == "CN"
    assert people == 60
