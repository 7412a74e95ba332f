"""Modality read from the words that carry it, and only from them: a month named like a modal
verb, a denial that covers only what it denies, a rumour of a release.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 6, 10)


def verdict_of(title: str, text: str, lang: str | None = None) -> tuple[Tier, Status | None]:
    verdict = classify(Document("m", title, text, lang=lang, date=ON))
    return verdict.tier, verdict.facts.status


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Defectors caught in May sent back",
         "Two North Korean defectors caught near Dandong in May were sent back to North Korea "
         "last week, activists said.", Status.REPATRIATED),
        ("Pastor tells of three defectors in Vientiane",
         "Three North Korean defectors arrested in Vientiane on May 2 were released on Friday, "
         "their pastor said.", Status.RELEASED),
        ("Missionary tells of four defectors in Laos",
         "Four North Korean defectors caught by Lao police in late May were released last week, "
         "a missionary said.", Status.RELEASED),
    ],
    ids=["in-may-returned", "on-may-released", "late-may-released"],
)  # fmt: skip
def test_the_month_of_may_is_no_hedge(title: str, text: str, status: Status) -> None:
    assert verdict_of(title, text, "en") == (Tier.ALERT, status)


def test_the_modal_may_still_hedges_a_return() -> None:
    title = "Defectors held in Dandong may be sent back"
    text = "Five North Korean defectors held in Dandong since May may be sent back within days."
    assert verdict_of(title, text, "en") == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Missionary speaks of defectors in Laos",
         "Three North Korean defectors detained in Vientiane on June 2 remain in custody, a "
         "missionary said, denying that they had been freed.", "en"),
        ("라오스 억류 탈북민 2명, 석방 보도 사실 아냐",
         "지난달 라오스 비엔티안에서 붙잡힌 탈북민 2명이 아직 구금돼 있다고 선교사가 밝혔다. 선교사는 "
         "이들이 풀려났다는 보도를 부인했다.", "ko"),
        ("Nhà truyền giáo nói về người Triều Tiên ở Lào Cai",
         "Hai người Triều Tiên đào tẩu vẫn đang bị giam giữ ở Lào Cai, một mục sư cho biết, bác "
         "bỏ thông tin rằng họ đã được thả.", "vi"),
    ],
    ids=["en-denying-release", "ko-release-report-untrue", "vi-denies-release"],
)  # fmt: skip
def test_a_denied_release_leaves_the_custody_told_before_it(
    title: str, text: str, lang: str
) -> None:
    assert verdict_of(title, text, lang) == (Tier.ALERT, Status.DETAINED)


def test_a_denied_return_keeps_the_arrest_that_describes_the_people() -> None:
    title = '中 공안 "보도 사실 아냐"'
    text = (
        "중국 지린성 공안청은 지난주 옌지에서 체포된 탈북민 6명을 북한에 넘겼다는 보도를 부인했다."
    )
    assert verdict_of(title, text, "ko") == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("\"북송한 적 없다\"…훈춘 탈북민 4명 논란",
         "중국 측은 훈춘에서 붙잡힌 탈북민 4명에 대해 \"북송한 적 없다\"고 했다. 이들은 훈춘 "
         "변방구류소에 수감돼 있는 것으로 알려졌다."),
        ("\"송환한 사실이 없다\"…투먼 탈북민 3명",
         "중국 당국은 \"투먼에서 구금된 탈북민 3명을 송환한 사실이 없다\"고 말했다. 이들은 투먼 "
         "구류소에 수감돼 있다."),
    ],
    ids=["never-sent-back", "no-fact-of-return"],
)  # fmt: skip
def test_a_return_said_never_to_have_happened_is_no_return(title: str, text: str) -> None:
    assert verdict_of(title, text, "ko") == (Tier.ALERT, Status.DETAINED)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("옌지에서 붙잡힌 탈북민 4명이 지난주 풀려났다는 주장이 나왔지만 공안은 이를 부인했다.",
         Status.ARRESTED),
        ("훈춘에서 체포된 탈북 여성 2명이 이미 북한으로 송환됐다는 주장이 제기됐다.",
         Status.FACING_REPATRIATION),
    ],
    ids=["claimed-release-denied", "claimed-return"],
)  # fmt: skip
def test_an_all_clear_only_claimed_is_not_told(text: str, status: Status) -> None:
    assert verdict_of("탈북민 소식", text, "ko") == (Tier.ALERT, status)


def test_a_denial_still_covers_every_status_word_after_it() -> None:
    title = "Beijing rejects report on defectors"
    text = (
        "China's foreign ministry denied that police had arrested nine North Korean defectors in "
        "Yanji and sent them back to North Korea."
    )
    tier, status = verdict_of(title, text, "en")
    assert status is None and tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "lang", "status"),
    [
        ("라오스 억류 탈북민 2명 석방설",
         "지난달 라오스 비엔티안에서 붙잡힌 탈북민 2명이 풀려났다는 소문이 돌고 있지만 "
         "선교단체는 확인해 주지 않았다.", "ko", Status.DETAINED),
        ("선양서 체포된 탈북민 5명 북송설",
         "지난 3일 중국 선양에서 공안에 체포된 탈북민 5명이 이미 북송됐다는 설이 나오고 있다.",
         "ko", Status.FACING_REPATRIATION),
        ("云南两名脱北者下落",
         "两名脱北者上月在云南昆明被公安逮捕，有传言称他们已经获释，但未能得到证实。",
         "zh", Status.ARRESTED),
    ],
    ids=["ko-release-rumour", "ko-return-rumour", "zh-release-rumour"],
)  # fmt: skip
def test_a_rumoured_release_frees_nobody_and_a_rumoured_return_is_a_threat(
    title: str, text: str, lang: str, status: Status
) -> None:
    assert verdict_of(title, text, lang) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Беглецу из КНДР грозит выдворение",
         "Перебежчик из КНДР, задержанный в Подольске 1 июня, может быть выдворен на родину."),
        ("Суд освободил северокорейского беглеца",
         "Северокорейский беглец, задержанный в Казани в мае, освобожден по решению суда."),
        ("Задержаны четверо северокорейских беглецов",
         "Четверо северокорейских беглецов задержаны в Екатеринбурге на прошлой неделе."),
    ],
    ids=["podolsk", "kazan", "yekaterinburg"],
)  # fmt: skip
def test_russian_towns_where_workers_flee_place_the_case_in_russia(title: str, text: str) -> None:
    verdict = classify(Document("m", title, text, lang="ru", date=ON))
    assert (verdict.tier, verdict.facts.country) == (Tier.ALERT, "RU")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Chinese police detained a North Korean family in Kunming on Monday, a rights group "
         "said. The family of five includes a grandmother and two children.", 5),
        ("Lao police are holding North Korean defectors caught near Muang Sing on Sunday. The "
         "group of six included two men, three women and a boy.", 6),
        ("Thai police arrested North Korean defectors in Chiang Saen on Friday. The group, "
         "comprising four women and three children, is held at the district jail.", 7),
    ],
    ids=["includes", "included", "comprising"],
)  # fmt: skip
def test_the_people_a_group_includes_are_its_parts_not_more_people(text: str, people: int) -> None:
    verdict = classify(Document("m", "", text, lang="en", date=ON))
    assert (verdict.tier, verdict.facts.people) == (Tier.ALERT, people)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("脱北者6人が韓国に到着", "タイで拘束されていた脱北者6人が、10日に韓国に到着したと統一省が明らかにした。"),
        ("脱北者4人を拘束", "タイ北部チェンライ県で脱北者4人がタイ警察に拘束されたことが分かった。"),
    ],
    ids=["tai-de", "tai-hokubu"],
)  # fmt: skip
def test_japanese_reports_name_thailand_as_tai(title: str, text: str) -> None:
    verdict = classify(Document("m", title, text, lang="ja", date=ON))
    assert (verdict.tier, verdict.facts.country) == (Tier.ALERT, "TH")


def test_a_japanese_word_with_tai_inside_names_no_country() -> None:
    text = "脱北者3人が瀋陽で拘束された。ネクタイの男が公安に通報したという。"
    assert classify(Document("m", "", text, lang="ja", date=ON)).facts.country == "CN"


def test_people_handed_to_north_korea_without_over_were_sent_back() -> None:
    title = "Pastor tells of two defectors caught near Hunchun"
    text = (
        "Two North Korean defectors arrested near Hunchun in April were handed to North Korean "
        "border guards last week, a pastor said."
    )
    assert verdict_of(title, text, "en") == (Tier.ALERT, Status.REPATRIATED)


def test_people_a_russian_report_puts_in_the_special_institution_are_held() -> None:
    title = "Задержаны трое граждан КНДР"
    text = (
        "Трое граждан КНДР задержаны в Хабаровске на прошлой неделе. Их поместили в "
        "спецучреждение для иностранных граждан."
    )
    assert verdict_of(title, text, "ru") == (Tier.ALERT, Status.DETAINED)


@pytest.mark.parametrize(
    "text",
    [
        "Bảy người Triều Tiên đào tẩu bị công an Hải Phòng bắt giữ hôm thứ bảy và đang bị giam giữ.",
        "Năm người Triều Tiên đào tẩu bị bộ đội biên phòng Điện Biên bắt giữ khi đang tìm cách sang "
        "Lào.",
    ],
    ids=["hai-phong", "dien-bien"],
)
def test_vietnamese_towns_on_the_route_place_the_case_in_vietnam(text: str) -> None:
    verdict = classify(Document("m", "", text, lang="vi", date=ON))
    assert (verdict.tier, verdict.facts.country) == (Tier.ALERT, "VN")


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        ("Thai police arrested 12 North Koreans who crossed the Mekong into Chiang Saen on "
         "Tuesday. They are expected to be deported to South Korea, police said.", "en",
         Status.ARRESTED),
        ("Eight North Korean defectors detained in Bangkok for illegal entry last month were "
         "deported to South Korea on Friday, officials said.", "en",
         Status.REACHED_THIRD_COUNTRY),
        ("태국 경찰이 치앙라이에서 불법 입국한 탈북민 12명을 체포했다. 이들은 재판을 받은 뒤 "
         "한국으로 추방될 예정이다.", "ko", Status.ARRESTED),
        ("지난달 방콕에서 불법 입국 혐의로 구금된 탈북민 8명이 지난 5일 한국으로 추방됐다.", "ko",
         Status.REACHED_THIRD_COUNTRY),
    ],
    ids=["en-to-be-deported-south", "en-deported-south", "ko-to-be-deported-south",
         "ko-deported-south"],
)  # fmt: skip
def test_a_deportation_to_south_korea_is_no_return_to_the_north(
    text: str, lang: str, status: Status
) -> None:
    verdict = classify(Document("m", "", text, lang=lang, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Six North Korean defectors detained in Tumen were nearly repatriated last week before "
         "activists intervened, and they remain in custody.", "en"),
        ("五名在图们被抓的脱北者差点被遣返，目前仍被关押。", "zh"),
        ("단둥에서 체포된 탈북민 5명이 지난주 북송될 뻔했으나 현재 구금시설에 남아 있다.", "ko"),
        ("Трое граждан КНДР, задержанных во Владивостоке 2 июня, едва не были депортированы в "
         "КНДР, но остаются под стражей.", "ru"),
        ("Năm người Triều Tiên đào tẩu bị bắt ở Lào Cai suýt bị trả về Triều Tiên, hiện vẫn đang "
         "bị giam giữ.", "vi"),
    ],
    ids=["en", "zh", "ko", "ru", "vi"],
)  # fmt: skip
def test_people_nearly_sent_back_were_not_sent_back(text: str, lang: str) -> None:
    verdict = classify(Document("m", "", text, lang=lang, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.DETAINED)


def test_nearly_before_a_figure_is_no_counterfactual() -> None:
    text = "China repatriated nearly 600 North Korean defectors held in Jilin on Monday night."
    verdict = classify(Document("m", "", text, lang="en", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.REPATRIATED)


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        ("A Chiang Rai court fined eight North Koreans for illegal entry on Monday. They were "
         "released into the custody of immigration police and are being held in Bangkok.", "en",
         Status.DETAINED),
        ("Four North Korean defectors jailed in Vientiane were released from prison on Friday and "
         "handed over to immigration authorities, a missionary said.", "en", Status.DETAINED),
        ("치앙라이 법원은 불법 입국한 탈북민 8명에게 벌금형을 선고했다. 이들은 석방된 뒤 방콕 "
         "이민국 수용소로 이송돼 구금돼 있다.", "ko", Status.DETAINED),
        ("清莱法院以非法入境罪判处八名脱北者罚款。他们获释后被移交移民局，目前关押在曼谷移民拘留中心。",
         "zh", Status.DETAINED),
        ("Four North Korean defectors held in a Vientiane detention centre were released from the "
         "detention centre on Friday, a missionary said.", "en", Status.RELEASED),
        ("Four North Korean defectors were released on Friday after a month in a detention centre "
         "in Vientiane, a missionary said.", "en", Status.RELEASED),
    ],
    ids=["en-into-custody", "en-to-immigration", "ko-after-release", "zh-after-release",
         "en-released-from-detention", "en-released-after-detention"],
)  # fmt: skip
def test_a_release_that_ends_in_another_custody_is_no_all_clear(
    text: str, lang: str, status: Status
) -> None:
    verdict = classify(Document("m", "", text, lang=lang, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("三名朝鲜脱北者本月5日在吉林图们被边防警察抓获，将于随后移送图们拘留中心。",
         Status.ARRESTED),
        ("五名脱北者上周在丹东被捕，将于本月底前被强制遣返回朝鲜。", Status.FACING_REPATRIATION),
    ],
    ids=["transfer-to-come", "return-to-come"],
)  # fmt: skip
def test_a_chinese_future_reaches_past_when_it_will_happen(text: str, status: Status) -> None:
    verdict = classify(Document("m", "", text, lang="zh", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("中方将释放脱北者", "上月在延吉被抓的4名脱北者目前仍关押在当地看守所。"),
        ("中方將釋放脫北者", "上月在延吉被抓的4名脫北者目前仍關押在當地看守所。"),
    ],
    ids=["simplified", "traditional"],
)  # fmt: skip
def test_a_release_the_headline_says_will_come_frees_nobody_yet(title: str, text: str) -> None:
    # 将 before a verb is the future; only before the people does it mark the object.
    assert verdict_of(title, text, "zh") == (Tier.ALERT, Status.DETAINED)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("中国吉林省延吉で脱北者3人が拘束されたと、韓国の支援団体が明らかにした。"
         "団体の代表は記者会見で懸念を示した。近く北朝鮮に送還される可能性が高いという。", "ja"),
        ("중국 단둥에서 지난달 탈북민 4명이 공안에 체포됐다. 대북 소식통이 10일 이같이 전했다. "
         "곧 북한으로 송환될 위기에 처했다.", "ko"),
        # Only the source and its places: "России" is read, but says nothing of the people.
        ("Во Владивостоке полиция задержала троих беглецов из КНДР. Об этом сообщили в "
         "пресс-службе УМВД России по Приморскому краю. Задержанные ожидают депортации на "
         "родину.", "ru"),
        ("В Уссурийске полиция задержала четырех беглецов из КНДР. По данным МВД России. "
         "Задержанные ожидают выдворения на родину.", "ru"),
        ("Police in Vladivostok detained two North Korean escapees. The press service of the "
         "police in Russia's Primorye region said this on Tuesday. Both now face deportation.",
         "en"),
        ("Police in Vladivostok detained two North Korean escapees. This is according to the "
         "police in Russia's Primorye region. Both now face deportation to the North.", "en"),
    ],
    ids=["ja", "ko", "ru-press-service-of-a-place", "ru-according-to", "en-press-service-on-a-day",
         "en-according-to"],
)  # fmt: skip
def test_a_sentence_saying_who_told_it_does_not_break_the_story(text: str, lang: str) -> None:
    verdict = classify(Document("m", "", text, lang=lang, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)


def test_a_sentence_of_places_alone_still_breaks_the_story() -> None:
    text = (
        "В Уссурийске полиция задержала четырех беглецов из КНДР. Уссурийск лежит недалеко от "
        "границы с Китаем. Все ожидают выдворения на родину."
    )
    verdict = classify(Document("m", "", text, lang="ru", date=ON))
    assert verdict.facts.status is Status.ARRESTED


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Pyongyang wants its citizens back",
         "North Korea demanded that Mongolia hand back four North Korean defectors held in "
         "Ulaanbaatar since March, a Seoul-based group said.", "en"),
        ("Pyongyang demands return of escapees held in Laos",
         "Four North Korean escapees have been held in Vientiane since last week, a pastor said.",
         "en"),
        ("КНДР требует вернуть беглецов",
         "Пхеньян требует от Монголии вернуть четверых беглецов из КНДР, задержанных в Улан-Баторе.",
         "ru"),
        ("Triều Tiên đòi Lào trao trả người đào tẩu",
         "Bình Nhưỡng đòi Lào trao trả 4 người đào tẩu Triều Tiên bị bắt ở Viêng Chăn hôm thứ Hai.",
         "vi"),
    ],
    ids=["en-hand-back", "en-return-of-headline", "ru-return", "vi-demand"],
)  # fmt: skip
def test_people_a_government_demands_back_face_a_return_not_made_yet(
    title: str, text: str, lang: str
) -> None:
    assert verdict_of(title, text, lang) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Seven North Korean defectors held in Luang Namtha may be handed over to China, a "
         "missionary said.", "en"),
        ("Лаос может передать семерых беглецов из КНДР Китаю, опасаются правозащитники.", "ru"),
        ("7 người Triều Tiên bị bắt ở Luang Namtha có thể bị trả về Trung Quốc.", "vi"),
    ],
    ids=["en-may-be-handed", "ru-may-hand", "vi-may-be-sent-to-china"],
)  # fmt: skip
def test_a_handover_to_china_still_to_come_is_a_threatened_return(text: str, lang: str) -> None:
    assert verdict_of("", text, lang) == (Tier.ALERT, Status.FACING_REPATRIATION)


def test_concern_for_people_arrested_leaves_their_arrest_asserted_in_vietnamese() -> None:
    text = "Cao ủy LHQ lo ngại về 6 người Triều Tiên bị bắt ở Hà Giang tuần trước."
    assert verdict_of("Tuyên bố của LHQ", text, "vi") == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Освобождение возможно",
         "Трех беглецов из КНДР задержали в Уссурийске в среду, сообщили правозащитники.",
         Status.ARRESTED),
        ("Беглецов из КНДР ждет освобождение",
         "Трех беглецов из КНДР задержали в Уссурийске в среду, сообщили правозащитники.",
         Status.ARRESTED),
        ("Беглецы из КНДР освобождены",
         "Трех беглецов из КНДР, задержанных в Уссурийске, освободили в среду.", Status.RELEASED),
    ],
    ids=["noun-possible", "noun-awaits", "participle-freed"],
)  # fmt: skip
def test_a_russian_release_named_by_its_noun_is_no_release(
    title: str, text: str, status: Status
) -> None:
    assert verdict_of(title, text, "ru") == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Суд освободил беглеца из КНДР",
         "Суд в Хабаровске освободил из-под стражи северокорейца, бежавшего с лесозаготовок. Его "
         "отправят в третью страну, как только будут готовы документы.", Status.RELEASED),
        ("Беглянок из КНДР переправят дальше",
         "Двух северокорейских женщин задержали в Улан-Удэ в понедельник. Правозащитники "
         "говорят, что их переправят в третью страну.", Status.ARRESTED),
    ],
    ids=["freed-then-sent-on", "held-then-sent-on"],
)  # fmt: skip
def test_a_russian_perfective_future_tells_a_move_still_to_come(
    title: str, text: str, status: Status
) -> None:
    assert verdict_of(title, text, "ru") == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ko", "탈북민 북송",
         "중국은 지난주 단둥에서 붙잡힌 탈북민 5명을 북한으로 돌려보냈고, 유엔은 협조 요청을 거부했다."),
        ("ja", "脱北者送還",
         "丹東で先週拘束された脱北者5人を中国が北朝鮮に送還した際、国連軍司令部は協力要請を拒否した。"),
    ],
    ids=["ko", "ja"],
)  # fmt: skip
def test_a_refused_request_is_no_refusal_to_take_the_people_back(
    lang: str, title: str, text: str
) -> None:
    assert verdict_of(title, text, lang) == (Tier.ALERT, Status.REPATRIATED)


def test_a_letter_asking_not_to_send_them_back_threatens_the_people_named_after_it() -> None:
    text = (
        "유엔 특별보고관은 중국 정부에 탈북민들을 북한으로 돌려보내지 말 것을 요청했다. "
        "서한에 따르면 지난달 다롄에서 탈북민 4명이 체포돼 현재 구금 중이다."
    )
    assert verdict_of("유엔, 中에 서한", text, "ko") == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Sáu người Triều Tiên bị bắt ở Lào hôm thứ Hai chuẩn bị được đưa sang Hàn Quốc."),
        ("zh-Hant", "本月初在寮國被捕的6名脫北者可望獲釋。"),
        ("en", "Six North Korean defectors arrested in Laos on Monday are preparing to be flown to "
               "Seoul."),
        ("ru", "Шестеро беглецов из КНДР, задержанных в Лаосе в понедельник, готовятся к "
               "освобождению."),
    ],
    ids=["vi-preparing", "zh-hant-expected", "en-preparing", "ru-preparing"],
)  # fmt: skip
def test_a_release_or_arrival_being_prepared_is_still_to_come(lang: str, text: str) -> None:
    assert verdict_of("", text, lang) == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    "text",
    [
        "Seven North Korean defectors held in Hunchun are on the verge of being sent back to "
        "North Korea, a church worker said.",
        "Two North Korean women detained in Tumen are on the brink of being repatriated, their "
        "relatives said.",
        "Three North Korean defectors caught in Yanji are close to being deported to the North, "
        "a rights group said.",
        "Four North Korean defectors held in Kunming are about to be sent back, an activist said.",
    ],
    ids=["verge", "brink", "close-to-being", "about-to-be"],
)
def test_a_return_that_is_near_is_not_done(text: str) -> None:
    assert verdict_of("Defectors held in China", text, "en") == (
        Tier.ALERT,
        Status.FACING_REPATRIATION,
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("탈북민 3명이 라오스 경찰에 체포됐다. 앰네스티는 \"세 사람을 즉시 석방하고 북한으로 "
         "돌려보내지 말라\"고 요구했다.", "ko"),
        ("탈북민 3명이 라오스 경찰에 체포됐다. 유엔 특별보고관은 라오스 정부가 이들을 석방하고 "
         "북한으로 송환하지 말 것을 촉구했다.", "ko"),
        ("三名脱北者在老挝被警方逮捕。一个团体说：\"立即释放三人，不要把他们交给中国。\"", "zh"),
    ],
    ids=["ko-do-not", "ko-not-to", "zh-at-once"],
)  # fmt: skip
def test_a_release_demanded_with_a_do_not_after_it_frees_nobody(text: str, lang: str) -> None:
    tier, status = verdict_of("", text, lang)
    assert tier is Tier.ALERT
    assert status not in {Status.RELEASED, Status.REACHED_THIRD_COUNTRY, Status.REPATRIATED}


@pytest.mark.parametrize(
    ("title", "text", "lang", "status"),
    [
        ("Seven defectors freed?",
         "Seven North Korean defectors arrested in Vientiane in May are still held by Lao police, "
         "a church worker said.", "en", Status.DETAINED),
        ("Defectors already sent back?",
         "Activists say three North Korean defectors detained in Yanji have not been heard from "
         "since Friday.", "en", Status.FACING_REPATRIATION),
        ("탈북민 4명 석방됐나?", "지난달 선양에서 체포된 탈북민 4명이 여전히 구금돼 있다고 선교사가 전했다.",
         "ko", Status.DETAINED),
        ("脱北者已获释？", "上月在沈阳被捕的4名脱北者仍被关押在看守所。", "zh-Hans", Status.DETAINED),
    ],
    ids=["en-freed", "en-sent-back", "ko-freed", "zh-freed"],
)  # fmt: skip
def test_a_headline_asking_whether_it_happened_asserts_nothing(
    title: str, text: str, lang: str, status: Status
) -> None:
    assert verdict_of(title, text, lang) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    "text",
    [
        "Eight North Korean defectors held in Hunchun are at risk of forced return, a Seoul-based "
        "group said.",
        "UN experts warned of the imminent forcible return of eight North Koreans held in Hunchun.",
    ],
    ids=["at-risk-of-forced-return", "imminent-forcible-return"],
)
def test_a_forced_return_feared_in_the_plain_noun_is_a_threat(text: str) -> None:
    assert verdict_of("North Koreans held in Hunchun", text, "en") == (
        Tier.ALERT,
        Status.FACING_REPATRIATION,
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Deportation looms for three North Korean defectors held in Kunming since March.", "en"),
        ("Правозащитники выразили обеспокоенность возможной депортацией троих граждан КНДР, "
         "содержащихся в Уссурийске.", "ru"),
        ("Эксперты ООН указали на неминуемую принудительную репатриацию троих граждан КНДР, "
         "содержащихся в Уссурийске.", "ru"),
    ],
    ids=["en-looms", "ru-concern", "ru-imminent"],
)  # fmt: skip
def test_a_return_looming_or_worried_about_is_a_threat_to_people_held(
    text: str, lang: str
) -> None:
    assert verdict_of("North Koreans held", text, lang) == (
        Tier.ALERT,
        Status.FACING_REPATRIATION,
    )


def test_people_described_as_held_in_russian_are_held() -> None:
    text = (
        "О судьбе троих беглецов из КНДР, содержащихся в Уссурийске с марта, ничего не известно."
    )
    assert verdict_of("Беглецы из КНДР", text, "ru") == (Tier.ALERT, Status.DETAINED)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Four defectors freed",
         "Four North Korean defectors held in Tumen were set free on Sunday, according to "
         "unconfirmed reports.", "en"),
        ("탈북민 4명 석방", "투먼에 구금됐던 탈북민 4명이 풀려났다는 말이 있으나 사실 여부는 확인되지 않았다.",
         "ko"),
        ("탈북민 4명 석방", "외교부는 투먼에 구금됐던 탈북민 4명이 풀려났다는 소식의 사실관계를 확인하고 "
         "있다고 밝혔다.", "ko"),
        ("4名脱北者获释", "据未经证实的消息，在图们被关押的4名脱北者已获释。", "zh-Hans"),
        ("脱北者4人釈放", "図們で拘束されていた脱北者4人が釈放されたとの情報があるが、確認されていない。",
         "ja"),
    ],
    ids=["en", "ko", "ko-still-being-checked", "zh", "ja"],
)  # fmt: skip
def test_a_headline_release_the_text_calls_unconfirmed_frees_nobody(
    title: str, text: str, lang: str
) -> None:
    tier, status = verdict_of(title, text, lang)
    assert tier is Tier.ALERT
    assert status in (Status.ARRESTED, Status.DETAINED)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("훈춘에서 붙잡힌 탈북 청년 3명은 다음 달 석방될 수도 있다고 현지 변호사가 전했다.",
         Status.ARRESTED),
        ("훈춘에서 붙잡힌 탈북 청년 3명이 이미 북한으로 넘겨졌을지도 모른다고 가족이 말했다.",
         Status.FACING_REPATRIATION),
        ("훈춘에서 붙잡힌 탈북 청년 3명은 이미 북송됐을지도 몰라 가족들이 애를 태우고 있다.",
         Status.FACING_REPATRIATION),
    ],
    ids=["ko-may-be-freed", "ko-may-have-been-handed-over", "ko-may-have-been-returned"],
)  # fmt: skip
def test_a_korean_may_with_its_particle_asserts_nothing(text: str, status: Status) -> None:
    """수도 있다, 지도 모른다: "may", with 도 between the verb and 있다 or 모르다."""
    assert verdict_of("훈춘서 탈북 청년 3명 체포", text, "ko") == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("무단 입국 혐의로 붙잡힌 탈북 모녀 2명은 석방만 손꼽아 기다리고 있다고 목사가 전했다.",
         Status.ARRESTED),
        ("가족들은 무단 입국 혐의로 붙잡힌 탈북 모녀의 석방에 힘을 보태 달라고 했다.",
         Status.ARRESTED),
        ("무단 입국 혐의로 붙잡힌 탈북 모녀 2명은 이르면 다음 주 풀려난다고 변호사가 말했다.",
         Status.ARRESTED),
        ("무단 입국 혐의로 붙잡힌 탈북 모녀 2명의 석방이 임박했다고 현지 교회가 밝혔다.",
         Status.ARRESTED),
        ("무단 입국 혐의로 붙잡힌 탈북 모녀 2명이 풀려나기를 현지 교회가 기도하고 있다.",
         Status.ARRESTED),
        ("무단 입국 혐의로 붙잡힌 탈북 모녀 2명이 지난 8일 석방됐다고 현지 교회가 밝혔다.",
         Status.RELEASED),
        ("현지 교회는 무단 입국 혐의로 붙잡힌 탈북 모녀 2명의 구출에 성공했다고 밝혔다.",
         Status.RELEASED),
        ("무단 입국 혐의로 붙잡힌 탈북 모녀 2명의 석방이 지난 8일 이뤄졌다고 현지 교회가 밝혔다.",
         Status.RELEASED),
    ],
    ids=["ko-awaited", "ko-fought-for", "ko-next-week", "ko-imminent", "ko-prayed-for",
         "ko-done", "ko-rescue-succeeded", "ko-release-took-place"],
)  # fmt: skip
def test_a_korean_release_named_or_still_to_come_frees_nobody(text: str, status: Status) -> None:
    """석방을 기다리다, 석방에 나서다, 곧 풀려난다, 석방이 임박했다: a release as a thing awaited
    or at hand, not one told as done (석방됐다)."""
    assert verdict_of("라오스서 탈북 모녀 체포", text, "ko") == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Defectors in Vientiane",
         "Nine North Korean defectors held in Vientiane are expected to be released next week and "
         "flown to Seoul, a diplomat said."),
        ("Two defectors to be freed", "Two North Korean women jailed in Chiang Rai face no new charges."),
        ("Defectors in Chiang Rai",
         "Two North Korean women jailed in Chiang Rai are due to be freed on Friday."),
    ],
    ids=["expected-to-be-released-and-flown", "headline-to-be-freed", "due-to-be-freed"],
)  # fmt: skip
def test_a_release_or_arrival_still_to_come_is_no_all_clear(title: str, text: str) -> None:
    tier, status = verdict_of(title, text, "en")
    assert tier is Tier.ALERT
    assert status not in (Status.RELEASED, Status.REACHED_THIRD_COUNTRY)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("กลุ่มสิทธิฯ ห่วงผู้ลี้ภัยเกาหลีเหนือถูกส่งกลับ",
         "กลุ่มสิทธิมนุษยชนเรียกร้องให้จีนหยุดการบังคับส่งกลับ หลังผู้ลี้ภัยเกาหลีเหนือ 6 คนถูกจับกุม"
         "ที่เมืองหยานจีเมื่อสัปดาห์ที่แล้ว", Status.FACING_REPATRIATION),
        ("ยูเอ็นเป็นห่วงชาวเกาหลีเหนือ 4 คนถูกส่งตัวกลับ",
         "ผู้รายงานพิเศษของสหประชาชาติส่งหนังสือถึงรัฐบาลจีนเรื่องชาวเกาหลีเหนือ 4 คนที่ถูกจับกุมที่"
         "เมืองตูเหมิน", Status.FACING_REPATRIATION),
        ("นักเคลื่อนไหววิตกชาวเกาหลีเหนือถูกเนรเทศ",
         "ชาวเกาหลีเหนือ 2 คนถูกตำรวจลาวจับกุมที่แขวงหลวงน้ำทาเมื่อวันศุกร์", Status.FACING_REPATRIATION),
        # A return told as done stays done; the worry is about what follows it.
        ("ผู้ลี้ภัยเกาหลีเหนือ 5 คนถูกส่งกลับแล้ว",
         "ผู้ลี้ภัยเกาหลีเหนือ 5 คนที่ถูกจับในจีนถูกส่งกลับเกาหลีเหนือแล้วเมื่อวันที่ 2 มิ.ย. "
         "นักเคลื่อนไหวเป็นห่วงว่าพวกเขาจะถูกลงโทษ", Status.REPATRIATED),
    ],
    ids=["th-rights-group-worried", "th-un-concerned", "th-activists-anxious", "th-return-done"],
)  # fmt: skip
def test_a_thai_headline_return_someone_worries_about_is_a_threat(
    title: str, text: str, status: Status
) -> None:
    assert verdict_of(title, text, "th")[1] is status


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("LHQ quan ngại 3 người Triều Tiên bị cưỡng chế hồi hương",
         "Văn phòng nhân quyền Liên Hợp Quốc gửi thư cho Bắc Kinh về 3 người Triều Tiên đào tẩu bị "
         "bắt ở Trường Xuân hôm 1/6.", Status.FACING_REPATRIATION),
        ("Lo lắng hai mẹ con người Triều Tiên bị trục xuất",
         "Hai mẹ con người Triều Tiên bị công an Trung Quốc bắt ở Hồn Xuân hôm 3/6, theo RFA.",
         Status.FACING_REPATRIATION),
        # A return told as done stays done; the concern is about what follows it.
        ("Trung Quốc trục xuất 5 người Triều Tiên, LHQ quan ngại",
         "Trung Quốc đã trục xuất 5 người đào tẩu Triều Tiên về nước hôm 4/6. Liên Hợp Quốc bày tỏ "
         "quan ngại về số phận của họ.", Status.REPATRIATED),
    ],
    ids=["vi-un-concerned", "vi-worried", "vi-return-done"],
)  # fmt: skip
def test_a_vietnamese_headline_return_someone_worries_about_is_a_threat(
    title: str, text: str, status: Status
) -> None:
    assert verdict_of(title, text, "vi")[1] is status


@pytest.mark.parametrize(
    ("text", "tier", "status"),
    [
        ("Seven North Koreans travelling to Laos are feared to have been detained by Chinese "
         "police in Xishuangbanna, a pastor said.", Tier.ALERT, Status.DETAINED),
        ("Seven North Koreans held in Xishuangbanna are feared to have been repatriated, a pastor "
         "said.", Tier.ALERT, Status.FACING_REPATRIATION),
        ("Activists fear that seven North Korean defectors hiding in Kunming will be arrested by "
         "Chinese police.", Tier.RELATED, None),
    ],
    ids=["feared-detained", "feared-repatriated", "feared-future-arrest"],
)  # fmt: skip
def test_a_fear_about_what_has_happened_is_an_inference(
    text: str, tier: Tier, status: Status | None
) -> None:
    assert verdict_of("Defectors in Yunnan", text, "en") == (tier, status)


def test_a_korean_return_told_as_a_condition_is_only_feared() -> None:
    text = (
        "블라디보스토크의 건설 현장을 이탈한 북한 노동자 1명이 현지 경찰에 체포됐다. 소식통은 "
        '"이 노동자가 북한 영사관에 넘겨질 경우 처벌을 피하기 어렵다"고 말했다.'
    )
    assert verdict_of("러시아서 탈북 노동자 체포", text, "ko") == (
        Tier.ALERT,
        Status.FACING_REPATRIATION,
    )


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ja", "ロシア極東で北朝鮮労働者を拘束",
         "ウラジオストクの建設現場から逃走した北朝鮮の労働者1人が地元警察に拘束された。北朝鮮に"
         "送還されれば処罰は免れないとみられる。"),
        ("ja", "瀋陽で脱北者拘束",
         "瀋陽で脱北者3人が公安に拘束された。北朝鮮に引き渡された場合、厳しい処罰を受ける。"),
        ("ko", "탈북 노동자 체포",
         "블라디보스토크에서 탈북 노동자 1명이 경찰에 체포됐다. 북송되면 처벌을 피할 수 없다."),
        ("vi", "Bắt người Triều Tiên",
         "Công an Lạng Sơn bắt 5 người Triều Tiên vượt biên trái phép. Nếu bị trả về Triều Tiên, "
         "họ sẽ bị trừng phạt nặng."),
        ("th", "จับชาวเกาหลีเหนือ",
         "ตำรวจเชียงรายจับกุมผู้ลี้ภัยเกาหลีเหนือ 5 คนเมื่อวันจันทร์ หากถูกส่งกลับเกาหลีเหนือ "
         "พวกเขาจะถูกลงโทษอย่างหนัก"),
    ],
    ids=["ja-sarereba", "ja-baai", "ko-doemyeon", "vi-neu", "th-hak"],
)  # fmt: skip
def test_a_return_told_as_an_if_is_only_feared(lang: str, title: str, text: str) -> None:
    assert verdict_of(title, text, lang) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "Four defectors caught in Tumen",
         "Chinese border guards caught four North Korean defectors in Tumen last week. The four "
         "will be taken to Dandong, then sent back to North Korea, a source said."),
        ("zh", "图们抓获4名脱北者",
         "中国边防上周在图们抓获4名脱北者。据知情人士透露，4人将被押往丹东，然后遣返朝鲜。"),
        ("zh", "图们抓获4名脱北者",
         "中国边防上周在图们抓获4名脱北者。据知情人士透露，4人将被押往丹东，再遣返朝鲜。"),
        ("zh", "和龙抓获5名脱北者",
         "中国公安上月在和龙抓获5名脱北者。一位当地居民称，他们会先被押到延吉，再移交朝方。"),
    ],
    ids=["en-then", "zh-ranhou", "zh-zai", "zh-hui-xian"],
)  # fmt: skip
def test_a_return_told_after_then_keeps_the_future_of_the_clause_before(
    lang: str, title: str, text: str
) -> None:
    assert verdict_of(title, text, lang) == (Tier.ALERT, Status.FACING_REPATRIATION)


def test_a_return_told_after_then_with_no_future_before_is_done() -> None:
    text = (
        "Chinese border guards caught four North Korean defectors in Tumen last month. The four "
        "were taken to Dandong, then sent back to North Korea, a source said."
    )
    assert verdict_of("Four defectors sent back", text, "en") == (Tier.ALERT, Status.REPATRIATED)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ko", "연락 끊긴 탈북 모자…\"잡혔다면 북송될 것\"",
         "중국 랴오닝성에서 한국행을 준비하던 탈북 여성과 아들의 연락이 닷새째 끊겼다고 지원 단체가 "
         "밝혔다. 단체 대표는 \"이들이 공안에 체포됐다면 곧바로 강제북송될 가능성이 높다\"고 말했다."),
        ("en", "Three North Korean defectors out of contact near the Laos border",
         "Three North Korean defectors have been out of contact for four days near Mengla, a "
         "church group said. If they were arrested by Chinese police, they could be sent back "
         "within weeks, the group's pastor said."),
        ("vi", "Ba người Triều Tiên mất liên lạc gần biên giới",
         "Ba người Triều Tiên đã mất liên lạc bốn ngày nay gần Mông Lạp, một nhóm nhà thờ cho "
         "biết. Nếu bị công an Trung Quốc bắt, họ có thể bị đưa về Triều Tiên trong vài tuần."),
    ],
    ids=["ko", "en", "vi"],
)  # fmt: skip
def test_a_return_that_would_follow_a_supposed_arrest_leaves_people_missing(
    lang: str, title: str, text: str
) -> None:
    assert verdict_of(title, text, lang) == (Tier.ALERT, Status.MISSING)


def test_a_return_feared_after_an_arrest_told_stays_a_threat_beside_a_disappearance() -> None:
    title = "탈북민 1명 체포돼 북송 위기…동행 1명은 연락 두절"
    text = (
        "중국 지린성에서 탈북민 1명이 공안에 체포돼 추방 위기에 놓였다고 한 단체가 밝혔다. "
        "함께 있던 다른 1명은 연락 두절 상태다."
    )
    assert verdict_of(title, text, "ko") == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("zh", "四名脱北者在和龙被抓 随时被遣返",
         "一名传教士说，四名脱北者上周在和龙被边防抓获，现关押在当地拘留所。"),
        ("zh-Hant", "脫北母女延吉落網 隨時遭遣返",
         "救援團體說，一對脫北母女上月在延吉被公安抓獲，目前關押在看守所。"),
        ("zh-Hant", "三個北韓人喺琿春俾公安拉咗",
         "有團體話，三個北韓人上個禮拜喺琿春俾公安拉咗，佢哋好大機會俾遣返北韓。"),
        ("ja", "脱北者4人、図們で拘束",
         "支援団体によると、脱北者4人が先週、図們で公安に拘束された。4人はいつ北朝鮮に送還されても"
         "おかしくない。"),
        ("vi", "Bốn người Triều Tiên bị bắt ở Đồ Môn",
         "Bốn người Triều Tiên bị công an bắt ở Đồ Môn tuần trước. Họ bất cứ lúc nào cũng bị trả "
         "về Triều Tiên."),
    ],
    ids=["zh-suishi-headline", "zh-hant-suishi-headline", "yue-hou-daai-gei-wui", "ja-okashikunai",
         "vi-bat-cu-luc-nao"],
)  # fmt: skip
def test_a_return_that_may_come_at_any_moment_is_a_threat_not_done(
    lang: str, title: str, text: str
) -> None:
    assert verdict_of(title, text, lang) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "Three North Koreans held in Dandong",
         "Three North Korean women were detained in Dandong last week, a pastor said. \"It is only "
         "a matter of weeks before they are sent back to the North,\" he said."),
        ("zh", "三名脱北女性在丹东被抓",
         "一名牧师说，三名脱北女性上周在丹东被公安抓获。他说，她们被遣返回朝鲜只是时间问题。"),
        ("zh-Hant", "兩名脫北者在圖們落網",
         "救援團體說，兩名脫北者上週在圖們被邊防抓獲。他們遭遣返回北韓只是時間問題。"),
        ("vi", "Ba phụ nữ Triều Tiên bị bắt ở Đan Đông",
         "Ba phụ nữ Triều Tiên bị công an bắt ở Đan Đông tuần trước. Một mục sư nói sớm muộn gì họ "
         "cũng bị trả về Triều Tiên."),
        ("th", "ตำรวจจีนจับหญิงเกาหลีเหนือ 3 คนที่ตานตง",
         "หญิงชาวเกาหลีเหนือ 3 คนถูกตำรวจจีนจับกุมที่ตานตงเมื่อสัปดาห์ที่แล้ว "
         "ศิษยาภิบาลกล่าวว่าไม่ช้าก็เร็วพวกเธอถูกส่งกลับเกาหลีเหนือ"),
        ("ko", "단둥서 탈북 여성 3명 체포",
         "탈북 여성 3명이 지난주 단둥에서 공안에 체포됐다. 한 목사는 \"이들은 머지않아 북송된다\"고 "
         "말했다."),
    ],
    ids=["en-matter-of-weeks", "zh-shijian-wenti", "zh-hant-shijian-wenti", "vi-som-muon", "th-mai-cha-ko-reo",
         "ko-meojianha"],
)  # fmt: skip
def test_a_return_only_a_matter_of_time_is_a_threat_not_done(
    lang: str, title: str, text: str
) -> None:
    assert verdict_of(title, text, lang) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Ba phụ nữ Triều Tiên bị tạm giữ ở Cao Bằng",
         "Ba phụ nữ Triều Tiên đang bị tạm giữ tại Cao Bằng từ thứ Hai. Họ cho biết đã trốn sang "
         "Việt Nam nhằm tránh bị đưa về Triều Tiên.", "vi"),
        ("Hai người Triều Tiên bị bắt ở Điện Biên",
         "Hai người Triều Tiên bị bắt ở Điện Biên hôm 8/6. Họ nói đã vượt biên để né tránh bị "
         "cưỡng bức hồi hương.", "vi"),
        ("ควบคุมตัว 3 ชาวเกาหลีเหนือที่หนองคาย",
         "ชาวเกาหลีเหนือ 3 คนถูกควบคุมตัวที่ จ.หนองคาย เมื่อวันที่ 8 มิ.ย. "
         "ทั้งสามให้การว่าหลบหนีมาเพื่อหลีกเลี่ยงการถูกส่งกลับเกาหลีเหนือ", "th"),
    ],
    ids=["vi-nham-tranh", "vi-ne-tranh", "th-leek-liang"],
)  # fmt: skip
def test_a_return_the_people_fled_to_avoid_is_no_return(title: str, text: str, lang: str) -> None:
    # "crossed to avoid being sent back": the return is what they fear, as "avoid being" in English.
    assert verdict_of(title, text, lang) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("ผู้แปรพักตร์ 5 คนถูกจับที่ถูเหมิน",
         "ผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนถูกตำรวจจีนจับกุมที่ถูเหมินเมื่อสัปดาห์ที่แล้ว "
         "พวกเขาถูกส่งกลับเกาหลีเหนือได้ทุกเมื่อ"),
        ("ผู้แปรพักตร์ 5 คนถูกจับที่ถูเหมิน",
         "ผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนถูกตำรวจจีนจับกุมที่ถูเหมินเมื่อสัปดาห์ที่แล้ว "
         "และถูกส่งตัวกลับได้ตลอดเวลา"),
        ("ผู้แปรพักตร์ 5 คนถูกส่งกลับได้ทุกเมื่อ",
         "ผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนถูกตำรวจจีนจับกุมที่ถูเหมินเมื่อสัปดาห์ที่แล้ว"),
    ],
    ids=["th-thuk-muea-north", "th-talot-wela", "th-headline"],
)  # fmt: skip
def test_a_thai_return_that_may_come_at_any_time_after_the_verb_is_a_threat(
    title: str, text: str
) -> None:
    assert verdict_of(title, text, "th") == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    "text",
    [
        "Năm người Triều Tiên bị công an bắt ở Đồ Môn tuần trước. Họ bị trả về Triều Tiên bất cứ "
        "lúc nào.",
        "Năm người Triều Tiên bị công an bắt ở Đồ Môn tuần trước, họ bị cưỡng chế hồi hương bất "
        "kỳ lúc nào.",
    ],
    ids=["vi-tra-ve-bat-cu", "vi-cuong-che-bat-ky"],
)
def test_a_vietnamese_return_at_any_moment_after_the_verb_is_a_threat(text: str) -> None:
    title = "Năm người Triều Tiên bị bắt ở Đồ Môn"
    assert verdict_of(title, text, "vi") == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("中 옌지서 탈북 모녀 붙잡혀…가족 \"제발 석방해달라\"",
         "중국 지린성 옌지에서 탈북 여성 2명이 지난 3일 공안에 체포됐다.", "ko"),
        ("탈북민 3명 中 구류장에…\"석방해 주세요\"",
         "중국 선양에서 탈북민 3명이 지난주 붙잡혀 구류장에 갇혀 있다.", "ko"),
        ("延吉で脱北母娘拘束 家族「釈放してください」",
         "中国吉林省延吉で脱北者の女性2人が3日、公安に拘束された。", "ja"),
        ("两名脱北母女在延吉被捕 家属：请释放她们",
         "两名脱北女子3日在中国吉林省延吉被公安逮捕。", "zh-Hans"),
        ("Hai phụ nữ Triều Tiên bị bắt ở Diên Cát, gia đình: \"Xin hãy thả họ\"",
         "Cảnh sát Trung Quốc đã bắt giữ hai phụ nữ Triều Tiên đào tẩu hôm thứ Ba.", "vi"),
    ],
    ids=["ko-haedalla", "ko-hae-juseyo", "ja-shite-kudasai", "zh-qing", "vi-xin-hay"],
)  # fmt: skip
def test_a_release_pleaded_for_in_the_headline_frees_nobody(
    title: str, text: str, lang: str
) -> None:
    assert verdict_of(title, text, lang)[1] in {Status.ARRESTED, Status.DETAINED}
