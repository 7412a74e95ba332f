"""English news copy as wires, broadcasters and specialist outlets write it: people taken into
custody, named again by their number, told of in a habit after the incident, and the like.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Facts, Status, Tier

ON = date(2026, 11, 30)


def read(title: str, text: str) -> tuple[Tier, Facts]:
    verdict = classify(Document("en", title, text, lang="en", date=ON))
    return verdict.tier, verdict.facts


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Seven North Koreans taken into custody in Chiang Rai",
         "Seven North Koreans were taken into custody by Thai police near the Mekong on "
         "Sunday, an officer said."),
        ("Police take five defectors into custody",
         "Chinese police took five North Korean defectors into custody at a bus station in "
         "Kunming on Friday, an activist said."),
        ("Border troops take family into custody",
         "Mongolian border troops took them into custody on Saturday after the six North "
         "Koreans crossed from China, the agency said."),
    ],
    ids=["were-taken-into", "took-into", "took-them-into"],
)  # fmt: skip
def test_taking_people_into_custody_is_their_arrest(title: str, text: str) -> None:
    tier, facts = read(title, text)
    assert (tier, facts.status) == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("Defector taken from a flat in Dalian",
         "A North Korean man was staying at a flat in Dalian when police came on Tuesday and "
         "took him away, a pastor said.", 1),
        ("Defector taken from her room in Hunchun",
         "A North Korean woman was hiding in Hunchun when officers came on Friday and took her "
         "away, her son said.", 1),
    ],
    ids=["took-him-away", "took-her-away"],
)  # fmt: skip
def test_police_taking_people_away_is_their_arrest(title: str, text: str, people: int) -> None:
    tier, facts = read(title, text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.ARRESTED, people)


@pytest.mark.parametrize(
    "habit",
    [
        '"Anyone sent back faces years in a labour camp," the group said.',
        "Anyone forcibly returned is questioned by the security police, activists say.",
        "Those sent back face torture and prison, rights groups say.",
    ],
    ids=["anyone-sent-back", "anyone-forcibly-returned", "those-sent-back-face"],
)
def test_whoever_is_sent_back_is_no_return_of_the_people(habit: str) -> None:
    text = (
        "Chinese police detained four North Korean defectors in Yanji on Monday, and activists "
        f"urged Beijing not to send them back. {habit}"
    )
    tier, facts = read("Four defectors held in Yanji", text)
    assert (tier, facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese border guards handed the three North Korean defectors to the North Korean side "
        "at Tumen on Thursday, a church worker said.",
        "Four North Korean defectors arrested in Dandong were handed over to the North Korean "
        "authorities last week, a source said.",
        "Chinese police in Tumen turned four North Korean defectors over to the North Korean "
        "border guards on Monday, relatives said.",
    ],
    ids=["handed-them-to-the-side", "handed-over-to-the-authorities", "turned-over-to-the"],
)
def test_a_handover_to_the_north_korean_side_is_a_return(text: str) -> None:
    tier, facts = read("Defectors handed back", text)
    assert (tier, facts.status) == (Tier.ALERT, Status.REPATRIATED)


@pytest.mark.parametrize(
    "fear",
    [
        "Activists fear she will be handed to China.",
        "The group said she could be handed over to the Chinese police.",
        "Her family fears she will be returned to China.",
    ],
    ids=["handed-to-china", "handed-over-to-the-chinese", "returned-to-china"],
)
def test_a_handover_to_china_still_to_come_is_a_threat(fear: str) -> None:
    text = (
        "A North Korean woman was detained by Lao police in Luang Namtha on Sunday. She is being "
        f"held at a police station. {fear}"
    )
    tier, facts = read("North Korean woman held in Laos", text)
    assert (tier, facts.status, facts.country) == (Tier.ALERT, Status.FACING_REPATRIATION, "LA")


def test_a_former_soldier_who_fled_is_one_of_the_people() -> None:
    tier, facts = read(
        "Soldier caught after crossing river",
        "A former North Korean soldier who swam across the Tumen River was detained by Russian "
        "border guards on Tuesday, a court said.",
    )
    assert (tier, facts.people, facts.country) == (Tier.ALERT, 1, "RU")


@pytest.mark.parametrize(
    ("lang", "title", "text", "country"),
    [
        ("en", "Police raid flat in Shenyang",
         "Chinese police raided a rented flat in Shenyang on Monday night, a church worker said. "
         "In all, six North Korean defectors were taken away, he said.", "CN"),
        ("ko", "중국 공안, 선양 은신처 급습",
         "중국 공안이 지난 20일 밤 선양 외곽의 은신처를 급습했다. 이 과정에서 탈북민 5명이 "
         "체포됐다고 소식통이 전했다.", "CN"),
    ],
    ids=["en-raid", "ko-raid"],
)  # fmt: skip
def test_a_lead_that_names_only_the_place_gives_the_country(
    lang: str, title: str, text: str, country: str
) -> None:
    verdict = classify(Document("lead", title, text, lang=lang, date=ON))
    assert (verdict.tier, verdict.facts.country) == (Tier.ALERT, country)


def test_a_lead_in_seoul_gives_no_country_abroad() -> None:
    tier, _facts = read(
        "Defectors rally in Seoul",
        "Hundreds of defectors rallied in central Seoul on Saturday. Six North Korean defectors "
        "were arrested last week, speakers said.",
    )
    assert tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("A man, his wife and their daughter were stopped by police in Mae Sai on Sunday. All "
         "three are North Korean and are being held at the district police station.", 3),
        ("The two women stopped at a checkpoint near Boten on Friday are both North Korean and "
         "are being held by Lao police, an official said.", 2),
    ],
    ids=["all-three-are", "are-both"],
)  # fmt: skip
def test_people_said_to_be_north_korean_after_they_are_counted_are_the_people(
    text: str, people: int
) -> None:
    tier, facts = read("Crossing ends at a checkpoint", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.DETAINED, people)


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("en", "North Korean defectors, including two children, were arrested by Chinese police "
               "in Tumen on Monday, activists said.", None),
        ("en", "North Korean defectors — among them three women — were detained by Lao police in "
               "Luang Namtha on Sunday.", None),
        ("ru", "Беглецы из КНДР, в том числе двое детей, были задержаны полицией в Хуньчуне в "
               "понедельник, сообщили правозащитники.", None),
        # A figure of them all before the aside still counts them.
        ("en", "Five North Korean defectors, including two children, were arrested by Chinese "
               "police in Tumen on Monday.", 5),
    ],
    ids=["en-commas", "en-dashes", "ru-commas", "en-counted-before"],
)  # fmt: skip
def test_a_part_set_off_as_an_aside_does_not_count_the_people(
    lang: str, text: str, people: int | None
) -> None:
    verdict = classify(Document("aside", "Defectors held", text, lang=lang, date=ON))
    assert (verdict.tier, verdict.facts.people) == (Tier.ALERT, people)


@pytest.mark.parametrize(
    "text",
    [
        "Five North Korean defectors caught by Chinese police in Shenyang are at risk of being "
        "sent home, an activist said on Wednesday.",
        "Three North Korean defectors detained in Luang Namtha on Sunday could be sent home "
        "within days, a rescue group said.",
    ],
    ids=["at-risk-of-being-sent-home", "could-be-sent-home"],
)
def test_being_sent_home_still_to_come_is_a_threat(text: str) -> None:
    tier, facts = read("Defectors held", text)
    assert (tier, facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)


def test_workers_being_sent_home_under_sanctions_are_no_alert() -> None:
    tier, _facts = read(
        "Workers sent home",
        "North Korean workers in Russia are being sent home under U.N. sanctions, officials said "
        "on Monday.",
    )
    assert tier is Tier.IGNORE


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "Refugees deported to China",
         "Laos deported four North Korean refugees to China on Thursday, where they face being "
         "repatriated to the North, a rights group said."),
        ("ko", "탈북민 4명 중국으로 추방",
         "라오스 당국이 탈북민 4명을 중국으로 추방했다고 인권단체가 27일 밝혔다."),
        ("vi", "Lào trả 4 người Triều Tiên về Trung Quốc",
         "Công an Lào đã trả 4 người Triều Tiên về Trung Quốc hôm thứ Năm."),
    ],
    ids=["en", "ko", "vi"],
)  # fmt: skip
def test_the_country_that_sends_people_to_china_is_where_they_were_held(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("sent", title, text, lang=lang, date=ON))
    assert (verdict.tier, verdict.facts.country) == (Tier.ALERT, "LA")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Two North Korean teenage girls have been held by police in Mongolia since crossing "
         "the border on Nov. 10.", 2),
        ("Three North Korean young women were detained by Lao police in Bokeo on Sunday.", 3),
        ("A North Korean teenage boy was detained by police in Hunchun on Friday.", 1),
    ],
    ids=["teenage-girls", "young-women", "teenage-boy"],
)  # fmt: skip
def test_people_named_with_a_word_of_age_between_are_the_people(text: str, people: int) -> None:
    tier, facts = read("Held after crossing", text)
    assert (tier, facts.people) == (Tier.ALERT, people)


@pytest.mark.parametrize(
    ("place", "country"),
    [("Mohan", "CN"), ("Boten", "LA"), ("Khasan", "RU")],
    ids=["mohan", "boten", "khasan"],
)
def test_border_towns_on_escape_routes_are_in_their_country(place: str, country: str) -> None:
    tier, facts = read(
        "Defectors held at the border",
        f"Two North Korean defectors were detained by police in {place} on Friday, a source said.",
    )
    assert (tier, facts.country) == (Tier.ALERT, country)


@pytest.mark.parametrize(
    "driver",
    [
        "The driver, a Chinese citizen, was questioned and let go.",
        "Their driver was released after questioning, the sources said.",
        "A Lao national who drove them was freed on bail.",
    ],
    ids=["the-driver", "their-driver", "a-lao-national"],
)
def test_the_driver_set_free_frees_none_of_the_people(driver: str) -> None:
    text = (
        "Eight North Korean defectors were arrested at a checkpoint near Mengla on Saturday, two "
        f"people in contact with them said. {driver}"
    )
    tier, facts = read("Eight defectors arrested in Yunnan", text)
    assert (tier, facts.status) == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        ("en", "Minibus stopped on Yunnan highway",
         "Police in Yunnan stopped a minibus carrying North Korean defectors near Mengla on "
         "Saturday, two people in contact with them said. The eight, including three children, "
         "were arrested.", 8),
        ("en", "Aid worker: 'We lost them at Hekou'",
         "An aid worker spent weeks moving a group of North Koreans across southern China. "
         "\"The four people we were guiding were picked up by police in Hekou on the 9th,\" "
         "she said.", 4),
        ("ru", "Микроавтобус остановили на трассе в Юньнани",
         "Полиция провинции Юньнань остановила у Мэнла микроавтобус с северокорейцами в "
         "субботу. Восемь человек были задержаны и доставлены в полицейский участок.", 8),
    ],
    ids=["en-the-eight", "en-quote-the-four-people", "ru-eight"],
)  # fmt: skip
def test_a_figure_opening_the_next_sentence_names_the_people_again(
    lang: str, title: str, text: str, people: int
) -> None:
    verdict = classify(Document("again", title, text, lang=lang, date=ON))
    assert (verdict.tier, verdict.facts.people, verdict.facts.country) == (
        Tier.ALERT,
        people,
        "CN",
    )


def test_a_figure_the_sentence_before_gave_to_others_does_not_name_the_people() -> None:
    tier, _facts = read(
        "Activists questioned",
        "Police in Dandong questioned four South Korean activists about North Korean refugees "
        "they had met. The four were detained overnight and flown to Seoul.",
    )
    assert tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        ("en", "Court fines North Koreans",
         "A court in Chiang Rai on Monday fined nine North Koreans 4,000 baht each for illegal "
         "entry and ordered them held at the immigration detention centre.", Status.DETAINED),
        ("en", "Court fines North Korean",
         "A court in Vladivostok fined a North Korean man 5,000 rubles on Tuesday and ordered "
         "his deportation, his lawyer said.", Status.FACING_REPATRIATION),
        ("ru", "Суд оштрафовал гражданина КНДР",
         "Суд в Хабаровске назначил гражданину КНДР штраф в размере 2000 рублей с "
         "административным выдворением за пределы России.", Status.FACING_REPATRIATION),
        ("vi", "Biên phòng phạt người Triều Tiên",
         "Đồn Biên phòng Chi Ma hôm thứ Ba đã phạt 4 người Triều Tiên nhập cảnh trái phép 20 "
         "triệu đồng và đang tạm giữ họ tại đồn.", Status.DETAINED),
    ],
    ids=["en-baht", "en-rubles", "ru-rubles", "vi-dong"],
)  # fmt: skip
def test_a_fine_in_the_thousands_is_a_sum_not_people_nor_a_year(
    lang: str, title: str, text: str, status: Status
) -> None:
    verdict = classify(Document("fine", title, text, lang=lang, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


def test_people_in_the_thousands_are_still_a_statistic() -> None:
    tier, _facts = read(
        "Arrests rise",
        "Chinese police arrested 1,200 North Korean defectors in the past year, a lawmaker said.",
    )
    assert tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "Arrests rise",
         "Chinese police arrested 2 thousand North Korean defectors last year, a lawmaker said."),
        ("en", "Refugees held",
         "Chinese police detained 1.5 million North Korean refugees near the border."),
        ("ru", "Задержаны беглецы",
         "Пограничники Китая задержали около 2 тысяч беглецов из КНДР."),
        ("ru", "Задержаны беглецы",
         "Пограничники Китая задержали 1,5 тыс. беглецов из КНДР."),
        ("vi", "Người tị nạn bị bắt",
         "Công an Trung Quốc đã bắt 2 nghìn người tị nạn Bắc Triều Tiên tại Đan Đông."),
        ("de", "Flüchtlinge festgenommen",
         "Die chinesische Polizei hat 2 Tausend nordkoreanische Flüchtlinge festgenommen."),
        ("es", "Refugiados detenidos",
         "La policía china detuvo a 2 mil refugiados norcoreanos."),
    ],
    ids=["en-thousand", "en-decimal-million", "ru-tysyach", "ru-tys", "vi-nghin", "de-tausend",
         "es-mil"],
)  # fmt: skip
def test_a_figure_a_scale_word_follows_is_a_statistic_not_a_head_count(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("scale", title, text, lang=lang, date=ON))
    assert verdict.tier is not Tier.ALERT


def test_a_large_number_beside_an_incident_leaves_its_head_count() -> None:
    verdict = classify(
        Document(
            "scale-beside",
            "Five defectors held",
            "Chinese police arrested five North Korean defectors in Shenyang on Monday. Some 2 "
            "thousand have been caught since January, an activist said.",
            lang="en",
            date=ON,
        )
    )
    assert (verdict.tier, verdict.facts.people) == (Tier.ALERT, 5)


@pytest.mark.parametrize(
    "text",
    [
        "A North Korean defector now in South Korea said her sister was arrested by Chinese "
        "police in Yanji last week.",
        "A North Korean defector, now in South Korea, said on Monday that her younger sister had "
        "been arrested by Chinese police in Yanji.",
        "A North Korean defector who is now in South Korea said her sister was arrested by "
        "Chinese police in Yanji last week.",
    ],
    ids=["now-in", "now-in-commas", "who-is-now-in"],
)
def test_a_speaker_now_in_south_korea_is_no_arrival_of_the_people(text: str) -> None:
    tier, facts = read("Sister arrested in Yanji", text)
    assert (tier, facts.status) == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    "text",
    [
        "Five North Korean defectors detained in Thailand are now safe in South Korea, a rescue "
        "group said.",
        "Five North Korean defectors who had been detained in Laos for a month are now in South "
        "Korea, officials said.",
    ],
    ids=["are-now-safe-in", "are-now-in"],
)
def test_people_said_to_be_in_south_korea_now_reached_it(text: str) -> None:
    tier, facts = read("Defectors reach the South", text)
    assert (tier, facts.status) == (Tier.ALERT, Status.REACHED_THIRD_COUNTRY)


@pytest.mark.parametrize(
    "speaker",
    [
        "A North Korean defector who made it to South Korea a decade ago",
        "A North Korean defector who reached Seoul years ago",
    ],
    ids=["a-decade-ago", "years-ago"],
)
def test_a_speakers_arrival_long_ago_is_no_arrival_of_the_people(speaker: str) -> None:
    text = f"{speaker} said her sister was arrested by Chinese police in Yanji last week."
    tier, facts = read("Sister arrested in Yanji", text)
    assert (tier, facts.status) == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Park, a North Korean defector who was himself repatriated twice, said five North Korean "
         "women were arrested in Yanji on Sunday.", Status.ARRESTED),
        ("A former detainee who was released last year said five North Korean women were "
         "arrested in Yanji on Sunday.", Status.ARRESTED),
        ("A North Korean defector who reached Thailand last spring said his brother is being held "
         "by Chinese police in Dandong.", Status.DETAINED),
        ("A North Korean woman who arrived in Seoul last month said her husband was caught by "
         "police in Shenyang on Friday.", Status.ARRESTED),
    ],
    ids=["himself-repatriated", "released-last-year", "reached-thailand", "arrived-in-seoul"],
)  # fmt: skip
def test_a_speakers_own_return_release_or_arrival_is_not_the_peoples(
    text: str, status: Status
) -> None:
    tier, facts = read("Arrests in China", text)
    assert (tier, facts.status) == (Tier.ALERT, status)


def test_workers_who_will_be_sent_home_are_no_alert() -> None:
    tier, _facts = read(
        "North Korean workers will be sent home",
        "Officials in Vladivostok said North Korean workers at the port will be sent home next "
        "month.",
    )
    assert tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("A man who escaped from North Korea in 2019 was deported by Chinese police on Friday, "
         "his sister in Seoul said.", 1),
        ("A 24-year-old woman who defected from the North was caught by police in Kunming while "
         "travelling south, a pastor said.", 1),
        ("Lao police detained six people who escaped from North Korea, and a Chinese driver, in "
         "Bokeo province.", 6),
        ("A woman who had fled from the North was arrested in Yanji with two others.", 3),
    ],
    ids=["a-man-who-escaped-from", "a-woman-who-defected-from", "people-who-escaped-from",
         "one-and-two-others"],
)  # fmt: skip
def test_people_named_by_their_escape_from_the_north_are_the_people(
    text: str, people: int
) -> None:
    tier, facts = read("Escapee held", text)
    assert tier is Tier.ALERT
    assert facts.people == people


@pytest.mark.parametrize(
    ("title", "people", "status"),
    [
        ("North Korean defector family of four caught in Laos", 4, Status.ARRESTED),
        ("Russia to deport North Korean who fled worksite", 1, Status.FACING_REPATRIATION),
    ],
    ids=["family-of-four", "north-korean-who-fled"],
)  # fmt: skip
def test_a_headline_without_its_article_still_counts_the_people(
    title: str, people: int, status: Status
) -> None:
    tier, facts = read(title, "")
    assert (tier, facts.people, facts.status) == (Tier.ALERT, people, status)


@pytest.mark.parametrize(
    ("title", "status", "people"),
    [
        ("Vietnam frees six North Korean teenagers held near Lang Son", Status.RELEASED, 6),
        ("China seizes four North Korean escapees at Yunnan checkpoint", Status.ARRESTED, 4),
        ("Mongolian border unit catches three North Korean defectors", Status.ARRESTED, 3),
        ("Lao police capture 7 North Koreans near Luang Namtha", Status.ARRESTED, 7),
    ],
    ids=["frees", "seizes", "catches", "capture"],
)  # fmt: skip
def test_a_headline_in_the_present_tense_tells_the_event(
    title: str, status: Status, people: int
) -> None:
    tier, facts = read(title, "")
    assert (tier, facts.status, facts.people) == (Tier.ALERT, status, people)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Hunchun seized the accounts of a North Korean trading company on Friday.",
        "Chinese police arrested a North Korean spy in Hunchun on Friday.",
    ],
    ids=["trading-company", "spy"],
)
def test_a_north_korean_firm_or_agent_is_not_one_of_the_people(text: str) -> None:
    assert read("", text)[0] is not Tier.ALERT


def test_helpers_freed_in_the_headline_free_none_of_the_people() -> None:
    title = "China has freed three South Korean pastors held over defectors"
    text = "Six North Korean defectors arrested with them are still held in Hunchun."
    tier, facts = read(title, text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.DETAINED, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Three North Korean women held in Tumen were handed over to North Korean security "
        "officials at the bridge on Monday.",
        "Chinese border police handed three North Korean women over to the Bowibu at the "
        "bridge in Tumen on Monday.",
        "Three North Korean women detained in Mongolia were expelled to North Korea on Monday.",
    ],
    ids=["to-security-officials", "to-the-bowibu", "expelled-to-the-north"],
)
def test_a_handover_to_the_norths_police_or_an_expulsion_there_is_a_return(text: str) -> None:
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.REPATRIATED, 3)


def test_people_kept_in_an_airport_transit_zone_are_held() -> None:
    text = (
        "Two North Korean men have spent ten days in the transit zone of Vladivostok airport "
        "after Russian border guards refused them entry."
    )
    tier, facts = read("Stranded at the airport", text)
    assert (tier, facts.status) == (Tier.ALERT, Status.DETAINED)
    assert (facts.country, facts.people) == ("RU", 2)


def test_a_denied_release_leaves_the_detention_its_people_are_named_by() -> None:
    text = (
        "The interior ministry on Monday rejected reports that it had freed eight North "
        "Korean refugees held in Hunchun. A rights group says the eight, detained in "
        "September, now face deportation."
    )
    tier, facts = read("Ministry denies defectors were freed", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.FACING_REPATRIATION, 8)


def test_a_denied_detention_is_still_denied() -> None:
    text = "The interior ministry on Monday denied that police had detained eight North Koreans."
    assert read("", text)[0] is not Tier.ALERT


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Border guards in Blagoveshchensk detained a 27-year-old North Korean on Sunday.", 1),
        ("A 31-year-old North Korean who had been held in Hunchun since May was freed on "
         "Tuesday, her lawyer said.", 1),
        ("A nine-year-old North Korean girl and her grandmother were detained in Yanji.", 2),
    ],
    ids=["object", "relative-clause", "with-a-relative"],
)  # fmt: skip
def test_a_north_korean_introduced_by_age_is_one_of_the_people(text: str, people: int) -> None:
    tier, facts = read("", text)
    assert (tier, facts.people) == (Tier.ALERT, people)


def test_an_age_keeps_the_noun_that_names_the_person() -> None:
    text = "A 15-year-old North Korean girl was detained by police in Yanji on Sunday."
    tier, facts = read("", text)
    assert tier is Tier.ALERT
    assert facts.people_text is not None and "girl" in facts.people_text


@pytest.mark.parametrize(
    "identity",
    ["All of them are North Korean.", "They are North Korean.", "Both are North Korean."],
)
def test_people_said_to_be_north_korean_after_their_arrest_are_the_people(
    identity: str,
) -> None:
    text = f"Police in Dandong detained two women at a bus station on Sunday. {identity}"
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.DETAINED, 2)


@pytest.mark.parametrize(
    "identity",
    [
        "All of them are North Korean.",
        "They are North Korean escapees, a pastor said.",
    ],
    ids=["all-of-them-are", "they-are"],
)
def test_people_said_who_they_were_after_an_arrest_told_with_they_are_the_people(
    identity: str,
) -> None:
    # "they" in the arrest sentence names no one of its own: the sentence after says who.
    text = (
        "Police in Vientiane detained four people on Sunday soon after they got off a bus "
        f"from the Chinese border. {identity}"
    )
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people, facts.country) == (
        Tier.ALERT,
        Status.DETAINED,
        4,
        "LA",
    )


@pytest.mark.parametrize(
    "escape",
    [
        "The five had fled North Korea last year, their pastor said.",
        "The five had escaped from the North in March and hid in Kunming.",
        "The five had left North Korea in 2024.",
    ],
    ids=["had-fled", "had-escaped-from", "had-left"],
)
def test_people_said_to_have_fled_the_north_after_their_arrest_are_the_people(
    escape: str,
) -> None:
    text = (
        f"Border police in Luang Namtha arrested five people on a jungle path on Friday. {escape}"
    )
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people, facts.country) == (
        Tier.ALERT,
        Status.ARRESTED,
        5,
        "LA",
    )


@pytest.mark.parametrize(
    "handover",
    [
        "They are held at a border post while officials complete procedures to hand them over "
        "to China.",
        "Officials are preparing the paperwork to hand the three to Chinese border police.",
    ],
    ids=["procedures-to-hand-over", "paperwork-to-hand"],
)
def test_a_handover_to_china_still_in_the_papers_is_facing_repatriation(handover: str) -> None:
    text = f"Border guards in Lao Cai detained three North Korean women on Monday. {handover}"
    tier, facts = read("", text)
    assert (tier, facts.status, facts.country) == (Tier.ALERT, Status.FACING_REPATRIATION, "VN")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Five North Korean women were taken by police from a guesthouse in Vientiane on "
         "Saturday.", "LA"),
        ("\"Four North Koreans were taken by the police at a bus station in Mengla,\" said the "
         "pastor who had sheltered them.", "CN"),
    ],
    ids=["taken-by-police", "quote-taken-by-the-police"],
)  # fmt: skip
def test_people_taken_by_police_were_arrested(text: str, country: str) -> None:
    tier, facts = read("", text)
    assert (tier, facts.status, facts.country) == (Tier.ALERT, Status.ARRESTED, country)


@pytest.mark.parametrize("pronoun", ["she and her", "he and his"])
def test_a_pronoun_joined_to_a_relative_counts_two(pronoun: str) -> None:
    text = (
        "A North Korean escapee was arrested in Shenyang in August. "
        f"Activists say {pronoun} daughter were sent back to the North last week."
    )
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.REPATRIATED, 2)


@pytest.mark.parametrize("noun", ["deportation", "expulsion"])
def test_a_return_ordered_with_their_takes_up_the_people_before(noun: str) -> None:
    text = (
        "Three North Korean men were detained in Khabarovsk in July. "
        f"A district court has since ordered their {noun}."
    )
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.FACING_REPATRIATION, 3)


@pytest.mark.parametrize(
    "informant",
    [
        "citing a person who was freed from the centre last month",
        "according to a former detainee who was released in October",
        "a source who was let go last week said",
    ],
)
def test_an_informants_release_frees_none_of_the_people(informant: str) -> None:
    text = f"Police are holding 14 North Korean refugees at a jail in Longjing, {informant}."
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.DETAINED, 14)


@pytest.mark.parametrize(
    "move",
    [
        "were put on a train to the border city of Tumen",
        "were transferred to a border detention centre in Tumen",
        "were moved to the border",
    ],
)
def test_people_moved_to_the_border_face_repatriation(move: str) -> None:
    text = f"Six North Korean women held in Harbin since June {move} on Saturday."
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.FACING_REPATRIATION, 6)


@pytest.mark.parametrize("opening", ["The nine", "All nine"])
def test_a_figure_naming_the_people_counted_just_before_carries_them(opening: str) -> None:
    text = (
        "Nine North Koreans crossed the Mekong into Laos on Sunday night. "
        f"{opening} were detained by police in Bokeo the next morning."
    )
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people, facts.country) == (
        Tier.ALERT,
        Status.DETAINED,
        9,
        "LA",
    )


def test_a_figure_naming_others_counted_just_before_carries_nobody() -> None:
    text = (
        "Police in Yanji questioned three Chinese drivers who had carried North Korean "
        "defectors. The three were detained overnight."
    )
    assert read("", text)[0] is not Tier.ALERT


@pytest.mark.parametrize("charge", ["for illegal entry", "for illegally entering the country"])
def test_people_fined_or_tried_for_their_entry_are_held(charge: str) -> None:
    text = f"A court in Nong Khai on Monday fined seven North Koreans {charge}."
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people, facts.country) == (
        Tier.ALERT,
        Status.DETAINED,
        7,
        "TH",
    )


@pytest.mark.parametrize("object_", ["the six North Korean women", "them"])
def test_a_plea_not_to_return_people_with_the_plain_verb_is_a_feared_return(
    object_: str,
) -> None:
    text = (
        "Six North Korean women were detained in Hunchun on Thursday. "
        f"A church group urged Beijing not to return {object_}."
    )
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.FACING_REPATRIATION, 6)


def test_a_wish_to_return_home_with_the_plain_verb_is_no_return() -> None:
    text = "Six North Korean women detained in Hunchun hope to return to their children in Seoul."
    tier, facts = read("", text)
    assert (tier, facts.status) == (Tier.ALERT, Status.DETAINED)


def test_a_figure_counting_groups_is_no_head_count() -> None:
    text = (
        "Police caught two groups of North Korean defectors near Mengla this week: five on "
        "Monday and four more on Thursday. All nine are being held in Jinghong."
    )
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.DETAINED, 9)


def test_a_return_a_decade_past_is_no_incident() -> None:
    text = (
        "It has been a decade since China sent back seven North Korean teenagers caught in "
        "Laos, and their mothers in Seoul still wait for news."
    )
    assert read("", text)[0] is not Tier.ALERT


def test_a_halted_return_with_the_people_still_held_is_no_release() -> None:
    text = (
        "Beijing has halted the planned repatriation of four North Korean women held in "
        "Hunchun, a church group said. The women remain in detention, it added."
    )
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.DETAINED, 4)


def test_a_halted_return_alone_leaves_them_held() -> None:
    text = "Beijing has halted the repatriation of four North Korean women held in Hunchun."
    tier, facts = read("Beijing halts repatriation of four defectors", text)
    assert (tier, facts.status) == (Tier.ALERT, Status.DETAINED)


def test_people_handed_to_the_un_refugee_agency_are_out_of_police_hands() -> None:
    text = "Mongolian border police handed three North Korean teenagers over to UNHCR on Friday."
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.RELEASED, 3)


def test_a_court_ruling_against_their_return_is_no_threat_of_it() -> None:
    text = (
        "Three North Korean men are held in a detention centre in Khabarovsk. A judge "
        "ruled that they should not be deported to North Korea."
    )
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.DETAINED, 3)


def test_a_headline_halting_a_return_is_no_release_while_the_text_keeps_them_held() -> None:
    title = "Beijing halts repatriation of North Korean women"
    text = (
        "Beijing has halted the planned return of four North Korean women held in Hunchun. "
        "The women remain in detention, a church group said."
    )
    tier, facts = read(title, text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.DETAINED, 4)


@pytest.mark.parametrize("threat", ["face return", "still face return", "are facing return"])
def test_the_rest_facing_return_with_the_plain_noun_is_no_all_clear(threat: str) -> None:
    text = (
        "Nine North Korean women were detained in Tumen last month. Three of the nine were "
        f"freed on Monday. The other six {threat}, a church group said."
    )
    tier, facts = read("", text)
    assert (tier, facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)


def test_a_denied_return_leaves_the_custody_of_a_hyphenated_asylum_seeker() -> None:
    text = (
        "The ministry denied reports that it would deport a North Korean asylum-seeker held in "
        "Kazan, saying her case was still under review."
    )
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people, facts.country) == (
        Tier.ALERT,
        Status.DETAINED,
        1,
        "RU",
    )


@pytest.mark.parametrize(
    "receiver",
    [
        "officers of the North's Ministry of State Security",
        "the North's Ministry of State Security",
    ],
)
def test_a_handover_to_the_norths_state_security_ministry_is_a_return(receiver: str) -> None:
    text = (
        "Chinese border police handed four North Korean women over to "
        f"{receiver} at the Namyang bridge on Friday, a source in Tumen said."
    )
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.REPATRIATED, 4)


def test_a_person_named_with_an_age_and_joined_to_a_relative_counts_two() -> None:
    text = (
        "Pak Song-il, 52, and his daughter were detained by police in Tumen on Sunday. Both are "
        "North Korean defectors."
    )
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.DETAINED, 2)


@pytest.mark.parametrize("source", ["a pastor said", "according to a broker"])
def test_a_helper_who_tells_the_news_is_its_source(source: str) -> None:
    text = (
        f"Pak Song-il, 52, and his daughter were detained by police in Tumen on Sunday, {source}. "
        "Both are North Korean defectors."
    )
    tier, facts = read("", text)
    assert (tier, facts.status, facts.country) == (Tier.ALERT, Status.DETAINED, "CN")


def test_a_headline_denial_without_that_cancels_the_return_it_denies() -> None:
    title = "Mongolia denies it will deport North Korean teenagers"
    text = "Two North Korean teenagers are held at a border post in Zamyn-Uud, officials said."
    tier, facts = read(title, text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.DETAINED, 2)


def test_an_uncertain_fate_after_an_arrest_leaves_the_arrest_told() -> None:
    text = "The six North Koreans face an uncertain fate after being caught by police near Tumen."
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.ARRESTED, 6)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("It is not known whether the seven North Korean women arrested in Yanji in May have "
         "been sent back.", Status.FACING_REPATRIATION),
        ("It is unclear whether the seven North Korean women held in Yanji since May have been "
         "freed.", Status.DETAINED),
    ],
    ids=["return-not-known", "release-unclear"],
)  # fmt: skip
def test_an_event_not_known_to_have_happened_is_not_told(text: str, status: Status) -> None:
    tier, facts = read("", text)
    assert (tier, facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Two citizens of the Democratic People's Republic of Korea were detained by border "
         "troops in Dornod aimag on Sunday.", 2),
        ("Border guards detained three DPRK nationals near Khasan on Tuesday.", 3),
        ("A citizen of the DPRK was detained in Zamiin-Uud on Friday, the agency said.", 1),
    ],
    ids=["citizens-of-the-full-name", "dprk-nationals", "citizen-of-the-dprk"],
)  # fmt: skip
def test_people_named_by_the_state_they_belong_to_are_north_koreans(
    text: str, people: int
) -> None:
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.DETAINED, people)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Five North Koreans detained in Bokeo last month have been handed over to the South "
         "Korean embassy in Vientiane, a source said.", Status.RELEASED),
        ("Lao police handed the five North Koreans over to the South Korean embassy on "
         "Monday.", Status.RELEASED),
        ("The five North Koreans held in Bokeo could be handed over to the South Korean embassy "
         "next week.", Status.DETAINED),
        ("Activists urged Laos to hand the five North Koreans detained in Bokeo over to the "
         "South Korean embassy.", Status.DETAINED),
    ],
    ids=["have-been-handed-over", "handed-them-over", "could-be", "urged-to-hand"],
)  # fmt: skip
def test_people_handed_to_seouls_embassy_are_out_of_the_polices_hands(
    text: str, status: Status
) -> None:
    tier, facts = read("", text)
    assert (tier, facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The ministry said it acts according to law, when asked about a report that 30 North "
         "Koreans held in Jilin had been sent back on Friday.", Status.REPATRIATED),
        ("A police spokesman, asked whether the five North Korean women arrested in Hunchun had "
         "been released, said he had no information.", Status.ARRESTED),
        ("A police spokesman, asked if the five North Korean women arrested in Hunchun had been "
         "sent back, declined to comment.", Status.FACING_REPATRIATION),
        ("Activists asked Beijing not to send back the five North Korean women arrested in "
         "Hunchun.", Status.FACING_REPATRIATION),
    ],
    ids=["asked-about-a-report", "asked-whether-released", "asked-if-sent-back", "plea"],
)  # fmt: skip
def test_a_question_put_to_a_spokesman_is_no_plea_and_asserts_nothing(
    text: str, status: Status
) -> None:
    tier, facts = read("", text)
    assert (tier, facts.status) == (Tier.ALERT, status)


def test_central_asian_migrants_deported_beside_north_korean_workers_are_no_alert() -> None:
    title = "Irkutsk police deport 11 Tajik migrants after market raid"
    text = (
        "Police in Irkutsk detained 25 migrant workers at a market on Monday, and a court "
        "ordered 11 Tajik citizens among them deported. Several North Korean cooks at a nearby "
        "restaurant were not affected, a spokesman said."
    )
    assert read(title, text)[0] is not Tier.ALERT


def test_north_koreans_held_with_central_asian_migrants_stay_an_alert() -> None:
    text = (
        "Police in Irkutsk detained 25 migrants, including nine Uzbek citizens and three North "
        "Korean defectors, on Monday. The three North Koreans face deportation, a lawyer said."
    )
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.FACING_REPATRIATION, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Foreigners who enter Mongolia without visas are prosecuted for illegal entry and then "
        "deported, a border official said on Monday, when asked about North Koreans.",
        "North Koreans who reach Mongolia without papers are usually fined and then deported, a "
        "border official said on Monday.",
        "Under current practice, North Koreans caught in Laos are handed to Chinese police and "
        "then sent back, an activist said on Monday.",
    ],
    ids=["are-prosecuted", "usually-across-and-then", "current-practice"],
)
def test_a_procedure_told_of_everyone_caught_is_no_incident(text: str) -> None:
    assert read("Official describes border procedure", text)[0] is not Tier.ALERT


def test_a_procedure_quoted_in_a_plea_for_a_couple_is_not_their_return() -> None:
    text = (
        "Lawmakers wrote to Beijing on Tuesday, urging it not to send back a North Korean couple "
        'held in Yantai. "Under current practice, North Koreans caught in China are prosecuted '
        'for illegal entry and then deported, whatever danger they face," the letter said.'
    )
    tier, facts = read("Lawmakers urge Beijing to spare couple", text)
    assert (tier, facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    "text",
    [
        "Defectors say Chinese police often raid such flats and detained nine North Koreans in "
        "Yanji on Friday.",
        "Nine North Koreans arrested in Chiang Rai last week are being prosecuted for illegal "
        "entry, police said on Friday.",
    ],
    ids=["habit-then-people-counted", "are-being-prosecuted"],
)
def test_an_incident_told_beside_a_habit_stays_an_alert(text: str) -> None:
    tier, facts = read("", text)
    assert (tier, facts.people) == (Tier.ALERT, 9)


@pytest.mark.parametrize(
    "text",
    [
        "Three North Korean women were released from a prison in Nong Khai on Friday after "
        "serving their sentences. They were immediately transferred to an immigration "
        "detention centre in Bangkok.",
        "Thai police released the three North Korean women on Friday; they were then taken to "
        "an immigration detention centre in Bangkok.",
    ],
    ids=["immediately", "then"],
)
def test_a_custody_told_straight_after_a_release_ends_it(text: str) -> None:
    tier, facts = read("", text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.DETAINED, 3)


def test_a_release_told_then_after_a_custody_stands() -> None:
    text = (
        "Lao police detained three North Korean women in Vientiane on Monday and then released "
        "them to the South Korean embassy on Friday, an official said."
    )
    tier, facts = read("", text)
    assert (tier, facts.status) == (Tier.ALERT, Status.RELEASED)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Students hold vigil for detained defectors",
         "About 300 university students held a vigil in Seoul on Saturday. Organisers said six "
         "North Korean defectors were caught in Yanji last week and face being sent back."),
        ("Lawmakers urge Beijing to spare detained defectors",
         "Twelve members of Congress wrote to Beijing on Monday about six North Korean "
         "defectors detained in Yanji, urging China not to send them back."),
    ],
    ids=["students-vigil", "members-of-congress"],
)  # fmt: skip
def test_people_counted_who_speak_for_the_defectors_are_not_them(title: str, text: str) -> None:
    tier, facts = read(title, text)
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.FACING_REPATRIATION, 6)


def test_north_korean_students_detained_are_the_people() -> None:
    text = "Chinese police detained four North Korean students in Dandong on Friday."
    tier, facts = read("", text)
    assert (tier, facts.people) == (Tier.ALERT, 4)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Laos frees two North Koreans",
         "Lao police released two of the nine North Koreans held in Vientiane on Monday. The "
         "two women were handed to the UN refugee agency. The other seven remain in custody, a "
         "pastor said."),
        ("Mongolia lets four defectors go",
         "Mongolian police freed four of 10 North Korean defectors on Tuesday. The four "
         "defectors spent the night at a guesthouse near the embassy. The remaining six are "
         "still detained in Ulaanbaatar."),
        ("Lao police free teenagers",
         "Lao police released two of the nine North Koreans held in Vientiane on Monday. The "
         "two, both teenagers, met staff of the UN refugee agency. The other seven remain in "
         "custody, a pastor said."),
    ],
    ids=["the-two-women", "the-four-defectors", "the-two-set-off"],
)  # fmt: skip
def test_the_freed_part_described_before_the_rest_still_held_is_no_all_clear(
    title: str, text: str
) -> None:
    tier, facts = read(title, text)
    assert (tier, facts.status) == (Tier.ALERT, Status.DETAINED)


def test_the_people_s_figure_after_a_quote_about_them_still_takes_them_up() -> None:
    tier, facts = read(
        "Three North Koreans held in Cao Bang",
        'Three North Koreans are still held at a border post in Cao Bang, relatives said. "My '
        'brother called and said they were being held in a small room," a woman said. A lawyer '
        "said all three could be handed to China next week.",
    )
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.FACING_REPATRIATION, 3)


def test_a_group_named_against_forced_repatriation_threatens_no_one() -> None:
    tier, facts = read(
        "Teenager held in Vientiane",
        "A North Korean teenager has been held at an immigration jail in Vientiane since "
        "Nov. 22, his father said. The Coalition to Stop Forced Repatriation of North Korean "
        "Refugees confirmed the account on Friday.",
    )
    assert (tier, facts.status) == (Tier.ALERT, Status.DETAINED)


@pytest.mark.parametrize(
    "fear",
    [
        "Church workers fear the five will be sent to China.",
        "Her brother fears they could be taken to China within days.",
        "Rights groups worry the five may be transferred to China.",
    ],
    ids=["will-be-sent", "could-be-taken", "may-be-transferred"],
)
def test_a_feared_move_to_china_after_a_quote_is_facing_repatriation(fear: str) -> None:
    tier, facts = read(
        "Five North Korean defectors held in Vientiane",
        "Lao immigration police detained five North Korean defectors in Vientiane on Thursday. "
        f'"They are being kept at the immigration office," a missionary said. {fear}',
    )
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.FACING_REPATRIATION, 5)


@pytest.mark.parametrize(
    "between",
    [
        "Among them are two teenagers and an elderly man. A Chinese farmer who had hidden them "
        "was also taken away.",
        'A pastor who had sheltered them was questioned and let go. "We had no warning," he said.',
    ],
    ids=["who-they-are-and-a-helper", "a-helper-and-a-quote"],
)
def test_the_people_named_again_by_their_figure_after_an_aside_are_theirs(between: str) -> None:
    tier, facts = read(
        "Nine North Korean defectors caught in Hunchun",
        f"Chinese police arrested nine North Korean defectors in Hunchun on Sunday. {between} "
        "Relatives fear the nine will be sent back to North Korea.",
    )
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.FACING_REPATRIATION, 9)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Family of four held in Laos lands in Seoul",
         "The four North Koreans, arrested in Vientiane in August, were later moved to a "
         "shelter, a rescue group said on Tuesday."),
        ("Two women freed in Thailand reach the South",
         "Two North Korean women detained in Bangkok for three months landed at Incheon "
         "airport on Friday, the Unification Ministry said."),
        ("Women held in Bangkok arrive",
         "Two North Korean women detained in Bangkok for three months arrived at Incheon on "
         "Friday, a lawmaker said."),
    ],
    ids=["lands-in-seoul", "landed-at-incheon", "arrived-at-incheon"],
)  # fmt: skip
def test_landing_at_incheon_or_in_seoul_after_detention_reaches_the_south(
    title: str, text: str
) -> None:
    tier, facts = read(title, text)
    assert (tier, facts.status) == (Tier.ALERT, Status.REACHED_THIRD_COUNTRY)


@pytest.mark.parametrize(
    "habit",
    [
        "Laos hands such people to the Chinese, which sends them back to Pyongyang.",
        "Laos has expelled North Koreans to China, which returns them to the North.",
        "Lao police took him to Boten, on the border with China, which repatriates them.",
    ],
    ids=["which-sends", "which-returns", "which-repatriates"],
)
def test_a_states_habit_told_beside_a_custody_sends_no_one_back(habit: str) -> None:
    tier, facts = read(
        "Lao police hold North Korean teenager",
        f"Police in Luang Prabang are holding a North Korean boy of 16, a church worker said on "
        f"Monday. {habit}",
    )
    assert (tier, facts.status) == (Tier.ALERT, Status.DETAINED)


@pytest.mark.parametrize(
    "title",
    [
        "Man held in Tumen; his wife was sent back from the same town last year",
        "Man held in Tumen, wife repatriated last year",
        "Defector detained in Tumen; brother freed last year",
    ],
    ids=["semicolon", "comma", "freed"],
)
def test_a_relatives_fate_dated_last_year_in_the_headline_is_not_the_status(title: str) -> None:
    tier, facts = read(
        title,
        "A North Korean man is being held at a border detention centre in Tumen, his cousin in "
        "Seoul said.",
    )
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.DETAINED, 1)


def test_a_custody_dated_last_year_still_lets_the_arrival_stand() -> None:
    tier, facts = read(
        "Man held in Laos last year arrives in Seoul",
        "A North Korean man held in Laos for five months last year arrived in Seoul, a lawmaker "
        "said.",
    )
    assert (tier, facts.status) == (Tier.ALERT, Status.REACHED_THIRD_COUNTRY)


@pytest.mark.parametrize(
    "past",
    [
        "Vietnam has in the past deported North Koreans found in its mountains to China, which "
        "sends them back to North Korea.",
        "Vietnam has in the past deported people like them to China.",
    ],
    ids=["deported-which-sends", "people-like-them"],
)
def test_what_a_state_has_done_in_the_past_is_a_habit_not_the_peoples_return(past: str) -> None:
    tier, facts = read(
        "Vietnam holds two North Korean women",
        "Border guards in Cao Bang are holding two North Korean women, a rescue group said on "
        f"Tuesday. {past}",
    )
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.DETAINED, 2)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Mongolia lets two North Korean men leave for Seoul",
         "The two men had been held in Ulaanbaatar since August, an official said on Friday."),
        ("Lao police let mother and son depart for Bangkok",
         "Police in Vientiane let a North Korean woman and her son, held since May, depart for "
         "Bangkok on Monday, a pastor said."),
    ],
    ids=["lets-leave-for", "let-depart"],
)  # fmt: skip
def test_letting_people_held_depart_or_leave_is_their_release(title: str, text: str) -> None:
    tier, facts = read(title, text)
    assert (tier, facts.status) == (Tier.ALERT, Status.RELEASED)


REACTION_FIRST = (
    "Seoul urges Beijing to protect {people}",
    "Seoul urges Beijing to protect {people}. A church group in Seoul said on Tuesday it had "
    "written to the Chinese embassy to plead for mercy. {event}",
)


@pytest.mark.parametrize(
    ("people", "event", "count"),
    [
        ("five North Korean women",
         "The five women were detained on Monday in a raid on a flat in Yanji, a source said.", 5),
        ("a North Korean family of four",
         "A family of four who crossed the river late last month was taken away by border "
         "police from a house in Linjiang, a source said.", 4),
    ],
    ids=["five-women", "family-of-four"],
)  # fmt: skip
def test_the_group_told_again_after_a_reaction_is_the_people(
    people: str, event: str, count: int
) -> None:
    title, text = REACTION_FIRST
    tier, facts = read(title.format(people=people), text.format(people=people, event=event))
    assert (tier, facts.country, facts.people) == (Tier.ALERT, "CN", count)


@pytest.mark.parametrize(
    ("people", "event"),
    [
        ("five North Korean women",
         "Police in Yanji detained five Chinese women on Monday for running a karaoke bar."),
        ("a North Korean family of four",
         "In Yanji, another family of four was arrested on Monday for smuggling."),
        ("a North Korean family of four",
         "A family of five was arrested in Yanji on Monday for smuggling."),
    ],
    ids=["another-nationality", "another-family", "another-figure"],
)  # fmt: skip
def test_another_group_told_after_a_reaction_is_not_the_people(people: str, event: str) -> None:
    title, text = REACTION_FIRST
    tier, _facts = read(title.format(people=people), text.format(people=people, event=event))
    assert tier is not Tier.ALERT


def test_a_group_the_sentence_between_counts_too_is_not_carried() -> None:
    tier, _facts = read(
        "Seoul urges Beijing to protect five North Korean women",
        "Seoul urges Beijing to protect five North Korean women. Police also questioned five "
        "women who had rented them rooms. The five women were detained on Monday in Yanji.",
    )
    assert tier is not Tier.ALERT


HELD_THEN_SOURCE: tuple[str, str] = (
    "Chinese police hold two North Korean women in Yanji",
    "Two North Korean women were arrested by Chinese police in Yanji on Friday, a relative in "
    "Seoul said. The relative said a broker had telephoned her with the news on Saturday. {fear}",
)


@pytest.mark.parametrize(
    "fear",
    [
        "Activists fear they will be repatriated within weeks.",
        '"If they are sent back, my cousin will be sent to a camp," the relative said.',
        "Rights groups say the police are preparing to send them back.",
        "A pastor in Seoul said he feared they had been handed to the North already.",
    ],
    ids=["fear-they-will-be", "if-they-are", "preparing-to-send-them", "feared-they-had-been"],
)
def test_a_cue_holding_their_pronoun_takes_the_people_up_again(fear: str) -> None:
    title, text = HELD_THEN_SOURCE
    tier, facts = read(title, text.format(fear=fear))
    assert (tier, facts.status, facts.people) == (Tier.ALERT, Status.FACING_REPATRIATION, 2)


@pytest.mark.parametrize(
    ("second", "status"),
    [
        ("They were driven to Ulaanbaatar, where they are being held by the immigration agency.",
         Status.DETAINED),
        ("Their relatives say nobody knows where they are being held.", Status.MISSING),
        ("It is unclear where they were taken, a relative said.", Status.MISSING),
    ],
    ids=["where-held", "nobody-knows", "unclear-where"],
)  # fmt: skip
def test_where_they_are_held_is_missing_only_when_nobody_knows(
    second: str, status: Status
) -> None:
    tier, facts = read(
        "Four North Koreans detained after crossing the border",
        f"Mongolian police detained four North Koreans on Sunday, an official said. {second}",
    )
    assert (tier, facts.status, facts.people) == (Tier.ALERT, status, 4)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("Court to hear appeal of brothers",
         "Two brothers from North Korea were detained in Moscow during a document check. They are "
         "held in a deportation centre.", 2),
        ("Sisters held in Vladivostok",
         "Police in Vladivostok detained three sisters from North Korea on Monday. They are held "
         "in a migrant centre.", 3),
    ],
    ids=["two-brothers", "three-sisters"],
)  # fmt: skip
def test_kin_named_by_coming_from_north_korea_are_the_people(
    title: str, text: str, people: int
) -> None:
    tier, facts = read(title, text)
    assert (tier, facts.people, facts.country) == (Tier.ALERT, people, "RU")
