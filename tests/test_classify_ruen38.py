"""Kinds found by the stress38_ruen blind set, each probed in every language.

Every sentence here was written for these tests; none is copied from a news report or a data file.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 11, 20)  # a Friday


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("r", title, text, lang=lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        ("ru", "В Биробиджане задержана семья из КНДР",
         "Пограничники в понедельник задержали в Биробиджане семью граждан КНДР из четырёх "
         "человек. Женщину и двух её дочерей отпустили во вторник. Её муж по-прежнему "
         "находится в изоляторе.", Status.DETAINED),
        ("ru", "В Уссурийске задержана семья из КНДР",
         "Полиция в понедельник задержала в Уссурийске семью граждан КНДР из трёх человек. "
         "Женщину с ребёнком отпустили в среду. Отец по-прежнему находится в спецучреждении, ему "
         "грозит выдворение.", Status.FACING_REPATRIATION),
        ("vi", "Gia đình 4 người Triều Tiên bị bắt ở Luông Pha Bang",
         "Cảnh sát Lào đã bắt giữ một gia đình 4 người Triều Tiên tại Luông Pha Bang hôm thứ Hai. "
         "Người phụ nữ Triều Tiên và hai con gái đã được thả hôm thứ Tư. Người chồng vẫn bị giam "
         "tại đồn cảnh sát.", Status.DETAINED),
    ],
    ids=["ru-muzh", "ru-otets-facing", "vi-nguoi-chong"],
)  # fmt: skip
def test_a_family_member_still_held_after_the_others_went_free_is_no_all_clear(
    lang: str, title: str, text: str, status: Status
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.facts.status == status


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ru", "В Монголии задержаны двое граждан КНДР",
         "Пограничники Монголии во вторник задержали двух граждан КНДР у границы с Китаем. Оба "
         "переданы миграционной службе и находятся в центре содержания иностранцев."),
        ("zh", "蒙古抓获两名脱北者",
         "蒙古边防部门17日在边境抓获两名脱北者。两人被移交移民局，现在外国人收容中心。"),
        ("vi", "Mông Cổ bắt hai người Triều Tiên",
         "Biên phòng Mông Cổ đã bắt hai người Triều Tiên gần biên giới hôm thứ Ba. Hai người này "
         "đang ở trung tâm lưu giữ người nước ngoài."),
    ],
    ids=["ru-tsentr-soderzhaniya-inostrantsev", "zh-waiguoren-shourong", "vi-trung-tam-luu-giu"],
)  # fmt: skip
def test_a_holding_centre_for_foreigners_is_a_custody(lang: str, title: str, text: str) -> None:
    assert verdict_of(lang, title, text).facts.status == Status.DETAINED


def test_ru_a_woman_given_her_age_in_the_genitive_is_one_person() -> None:
    verdict = verdict_of(
        "ru",
        "Суд в Находке отменил выдворение гражданки КНДР",
        "Находкинский городской суд во вторник отменил постановление о выдворении 29-летней "
        "гражданки КНДР. Её освободили из спецучреждения в тот же вечер.",
    )
    assert verdict.facts.people == 1


@pytest.mark.parametrize(
    "text",
    [
        "The UN special rapporteur voiced concern over five North Korean women arrested in Tumen "
        "on Monday, who could be sent back.",
        'The UN special rapporteur voiced "deep alarm" over five North Korean women arrested in '
        "Tumen on Monday, who could be sent back.",
    ],
    ids=["concern-over", "quoted-alarm-over"],
)
def test_en_over_after_a_word_of_worry_is_no_lower_bound(text: str) -> None:
    verdict = verdict_of("en", "UN expert fears for five North Korean women held in Tumen", text)
    assert verdict.facts.people == 5


@pytest.mark.parametrize(
    "last",
    ["Отцу грозит выдворение в КНДР.", "Её мужу по-прежнему грозит выдворение."],
    ids=["otsu", "eyo-muzhu"],
)
def test_ru_a_relative_in_the_dative_facing_return_after_the_others_went_free(last: str) -> None:
    verdict = verdict_of(
        "ru",
        "В Биробиджане задержана семья из КНДР",
        "Полиция во вторник задержала в Биробиджане семью граждан КНДР из трёх человек. Женщину "
        f"с сыном отпустили в четверг. {last}",
    )
    assert verdict.facts.status == Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("last", "status"),
    [
        ("夫は北朝鮮に送還される恐れがある。", Status.FACING_REPATRIATION),
        ("父親は中国に引き渡される恐れがある。", Status.FACING_REPATRIATION),
    ],
    ids=["otto-wa-osore", "chichioya-wa-osore"],
)
def test_ja_a_relative_with_wa_kept_after_the_others_went_free(last: str, status: Status) -> None:
    verdict = verdict_of(
        "ja",
        "脱北者一家3人、ルアンナムターで拘束",
        f"ラオス警察は17日、ルアンナムターで脱北者の一家3人を拘束した。母親と娘は19日に釈放された。{last}",
    )
    assert verdict.facts.status == status


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "North Korean family detained in Dandong",
         "A North Korean woman and her two daughters were freed on Monday. Her husband remains "
         "in custody in Dandong."),
        ("en", "North Korean family detained in Dandong",
         "A North Korean woman and her two daughters were freed on Monday. Her husband is still "
         "in custody in Dandong."),
        ("ja", "丹東の脱北家族",
         "北朝鮮の女性と2人の娘が月曜日に釈放された。夫はまだ丹東で拘束されている。"),
        ("zh", "丹东脱北家庭", "一名朝鲜妇女和她的两个女儿周一获释。她的丈夫仍在丹东被羁押。"),
        ("vi", "Gia đình Triều Tiên ở Đan Đông",
         "Một phụ nữ Triều Tiên và hai con gái đã được thả hôm thứ Hai. Chồng cô vẫn đang bị "
         "tạm giữ."),
    ],
    ids=["en-remains-in-custody", "en-still-in-custody", "ja-mada", "zh-reng-zai", "vi-van-dang"],
)  # fmt: skip
def test_a_husband_still_held_after_his_wife_and_daughters_went_free_is_no_all_clear(
    lang: str, title: str, text: str
) -> None:
    assert verdict_of(lang, title, text).facts.status == Status.DETAINED
