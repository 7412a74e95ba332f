"""Russian reports place the people by a town's police or court, when the town's name alone is
also a first name (Артём).

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier

ON = date(2026, 3, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Полиция Артема задержала двоих граждан КНДР, сбежавших со строительного объекта.",
        "Артемовский городской суд постановил выдворить двоих граждан КНДР, сбежавших со стройки.",
    ],
    ids=["its-police", "its-court"],
)
def test_artyoms_police_or_court_place_the_case_in_russia(text: str) -> None:
    verdict = classify(Document("p", "Двоих граждан КНДР задержали", text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.country) == (Tier.ALERT, "RU")
    assert verdict.facts.place is not None and "Арт" in verdict.facts.place


def test_a_man_called_artyom_places_nobody() -> None:
    title = "Северокорейцев задержали"
    text = "Полицейский Артем Ким рассказал, что двоих граждан КНДР задержали на прошлой неделе."
    verdict = classify(Document("p", title, text, "ru", date=ON))
    assert verdict.facts.place is None or "Арт" not in verdict.facts.place


@pytest.mark.parametrize(
    "text",
    [
        "Северокорейца, сбежавшего со стройки, депортировали через пункт пропуска Хасан.",
        "Двоих беглецов из КНДР, сбежавших со стройки, вернули на родину через Хасан.",
    ],
    ids=["border-crossing", "through-khasan"],
)
def test_the_khasan_crossing_or_going_through_khasan_places_the_case_in_russia(text: str) -> None:
    verdict = classify(Document("p", "", text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.country) == (Tier.ALERT, "RU")


def test_a_man_called_hasan_places_nobody() -> None:
    text = "Хасан, сосед беглеца из КНДР, рассказал о его задержании в Китае."
    assert classify(Document("p", "", text, "ru", date=ON)).facts.country != "RU"


@pytest.mark.parametrize(
    ("title", "text", "country"),
    [
        ("Северокорейца сняли с рейса",
         "Гражданина КНДР с чужим паспортом задержали в Пулкове перед вылетом в Стамбул.", "RU"),
        ("Беглеца из КНДР держат в центре для иностранцев",
         "Гражданина КНДР, сбежавшего со стройки, поместили в центр в Сахарове, его могут выслать.",
         "RU"),
        ("Беглец из КНДР ушел с судна в Посьете",
         "В Посьете пограничники задержали северокорейского моряка, сбежавшего с судна.", "RU"),
        ("Северокорейцев задержали после побега",
         "Полиция Холмска задержала двоих граждан КНДР, сбежавших с рыбозавода.", "RU"),
        ("Гражданина КНДР ждет выдворение",
         "В пгт Славянка задержан гражданин КНДР, его поместили в центр до выдворения.", "RU"),
        ("Гражданин КНДР задержан в Алматы",
         "Полиция задержала в Алматы гражданина КНДР, который работал в России. Его могут "
         "депортировать.", "KZ"),
        ("Мосгорсуд отказал северокорейцу",
         "Московский городской суд отказал гражданину КНДР в убежище, его могут выслать в КНДР.",
         "RU"),
    ],
    ids=["pulkovo", "sakharovo", "posyet", "kholmsk", "slavyanka", "almaty", "moscow-court"],
)  # fmt: skip
def test_an_airport_a_centre_a_port_or_a_court_places_the_case(
    title: str, text: str, country: str
) -> None:
    verdict = classify(Document("p", title, text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.country) == (Tier.ALERT, country)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("В Зарубино пограничники задержали гражданина КНДР, сбежавшего с судна.", "Зарубино"),
        ("Гражданина КНДР задержали в Краскино, откуда он хотел уйти в Китай.", "Краскино"),
        ("В порту Ванино задержан гражданин КНДР, работавший без патента.", "Ванино"),
        ("В Советской Гавани задержали двоих граждан КНДР без документов.", "Советск"),
        ("Суд в Биробиджане назначил гражданину КНДР выдворение.", "Биробиджан"),
        ("В Комсомольске-на-Амуре задержаны трое граждан КНДР.", "Комсомольск"),
        ("В Забайкальске задержан гражданин КНДР, пытавшийся уйти в Китай.", "Забайкальск"),
        ("В порту Корсаков задержан гражданин КНДР, сбежавший с рыбозавода.", "Корсаков"),
    ],
    ids=["zarubino", "kraskino", "vanino", "sovetskaya-gavan", "birobidzhan", "komsomolsk",
         "zabaykalsk", "korsakov-port"],
)  # fmt: skip
def test_far_eastern_ports_and_border_towns_place_the_people_in_russia(
    text: str, town: str
) -> None:
    facts = classify(Document("p", "", text, "ru", date=ON)).facts
    assert facts.country == "RU"
    assert facts.place is not None and town in facts.place


def test_the_name_korsakov_alone_places_nobody() -> None:
    text = "Гражданина КНДР задержали во Владивостоке, сообщил следователь Корсаков."
    place = classify(Document("p", "", text, "ru", date=ON)).facts.place
    assert place is None or "Корсаков" not in place


def test_the_word_slavyanka_alone_places_nobody() -> None:
    text = "Гражданина КНДР задержали во Владивостоке, пишет газета «Славянка»."
    place = classify(Document("p", "", text, "ru", date=ON)).facts.place
    assert place is None or "Славянк" not in place
