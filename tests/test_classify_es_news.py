"""Spanish reports written as whole news items, as wires, newspapers, broadcasters and mission
agencies write them: a headline, a lede that often opens on a reaction, the facts later, dropped
subjects and clitics ("los detuvieron"), quotes and background.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 11, 20)


def _read(title: str, text: str) -> tuple[Tier, Status | None, int | None]:
    verdict = classify(Document("r", title, text, "es", date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Tailandia libera a dos de las siete norcoreanas detenidas",
         "Las autoridades tailandesas liberaron el martes a dos de las siete mujeres "
         "norcoreanas detenidas en Chiang Mai. Las cinco restantes siguen recluidas en el "
         "centro de inmigración de Bangkok.", Status.DETAINED),
        ("Liberados tres de los nueve norcoreanos detenidos en Vientián",
         "La policía laosiana liberó el lunes a tres de los nueve norcoreanos detenidos en "
         "Vientián. Los otros seis permanecen detenidos y podrían ser deportados a China.",
         Status.FACING_REPATRIATION),
        ("Mongolia libera a parte de un grupo de norcoreanos",
         "Mongolia puso en libertad a dos de los cinco norcoreanos detenidos en Ulán Bator. "
         "El resto sigue bajo custodia.", Status.DETAINED),
    ],
    ids=["restantes-siguen-recluidas", "los-otros-seis-permanecen", "el-resto-sigue"],
)  # fmt: skip
def test_a_release_of_some_is_no_all_clear_while_the_rest_are_held(
    title: str, text: str, want: Status
) -> None:
    tier, status, _ = _read(title, text)
    assert tier is Tier.ALERT
    assert status is not Status.RELEASED
    assert status in (want, Status.ARRESTED)


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Liberados los siete norcoreanos detenidos en Chiang Mai",
         "Las autoridades tailandesas liberaron el martes a los siete norcoreanos detenidos "
         "en Chiang Mai. Ya se encuentran en la embajada surcoreana.", Status.RELEASED),
        ("Liberadas las cinco norcoreanas",
         "La policía liberó el lunes a dos de las cinco norcoreanas detenidas en Bangkok. "
         "Las tres restantes siguen detenidas. El jueves, las tres restantes también fueron "
         "liberadas.", Status.RELEASED),
    ],
    ids=["all-freed", "the-rest-freed-later"],
)  # fmt: skip
def test_a_release_of_everyone_is_still_read(title: str, text: str, want: Status) -> None:
    tier, status, _ = _read(title, text)
    assert tier is Tier.ALERT
    assert status is want


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Tailandia libera a dos de las siete norcoreanas detenidas",
         "Las autoridades tailandesas liberaron el martes a dos de las siete mujeres "
         "norcoreanas detenidas en Chiang Mai. Las cinco restantes siguen recluidas en el "
         "centro de inmigración de Bangkok. Las dos liberadas, de 19 y 23 años, ya se "
         "encuentran en la embajada surcoreana."),
        ("Liberados tres de los nueve norcoreanos detenidos en Vientián",
         "La policía laosiana liberó el lunes a tres de los nueve norcoreanos detenidos en "
         "Vientián. Los otros seis permanecen detenidos. Los tres fueron liberados bajo la "
         "tutela de la embajada surcoreana."),
    ],
    ids=["las-dos-liberadas", "los-tres-fueron-liberados"],
)  # fmt: skip
def test_the_part_s_release_retold_after_the_rest_is_still_only_the_part_s(
    title: str, text: str
) -> None:
    tier, status, _ = _read(title, text)
    assert tier is Tier.ALERT
    assert status is not Status.RELEASED


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Detienen a un ciudadano norcoreano en Jabárovsk",
         "La policía rusa detuvo el lunes en Jabárovsk a un ciudadano norcoreano de 40 años "
         "que había abandonado su empleo en una obra.", (Status.ARRESTED, 1)),
        ("Un tribunal de Vladivostok ordena deportar a un trabajador norcoreano",
         "Un tribunal de Vladivostok ordenó la expulsión de un trabajador norcoreano detenido en "
         "octubre. Su abogada recurrirá la decisión.", (Status.FACING_REPATRIATION, 1)),
        ("Arrestada en Shenyang una mujer norcoreana",
         "Agentes chinos arrestaron el domingo en Shenyang a una mujer norcoreana que vivía "
         "oculta desde 2020.", (Status.ARRESTED, 1)),
    ],
    ids=["ciudadano", "trabajador", "mujer"],
)  # fmt: skip
def test_one_north_korean_named_by_a_noun_and_the_adjective_is_the_people(
    title: str, text: str, want: tuple[Status, int]
) -> None:
    tier, status, people = _read(title, text)
    assert tier is Tier.ALERT
    assert (status, people) == want


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Ucrania captura a un soldado norcoreano en Kursk",
         "El ejército ucraniano capturó a un soldado norcoreano herido en la región rusa de "
         "Kursk, según Kiev."),
        ("El régimen norcoreano detiene a un turista australiano",
         "El régimen norcoreano detuvo a un turista australiano en Pyongyang, informó "
         "la agencia oficial."),
    ],
    ids=["soldier", "regime"],
)  # fmt: skip
def test_a_soldier_or_the_regime_named_by_the_adjective_is_no_incident(
    title: str, text: str
) -> None:
    tier, _, _ = _read(title, text)
    assert tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Sin noticias de dos norcoreanas detenidas en Dandong",
         "Dos norcoreanas fueron detenidas en octubre en Dandong. Desde entonces se desconoce "
         "su paradero, según su familia en Seúl."),
        ("Activistas pierden el contacto con tres desertores norcoreanos",
         "Una ONG de Seúl ha perdido el contacto con tres desertores norcoreanos que fueron "
         "arrestados el mes pasado en Kunming. Nadie sabe dónde están."),
    ],
    ids=["se-desconoce-su-paradero", "perdido-el-contacto"],
)  # fmt: skip
def test_people_whose_trace_was_lost_after_an_arrest_are_missing(title: str, text: str) -> None:
    tier, status, _ = _read(title, text)
    assert tier is Tier.ALERT
    assert status is Status.MISSING


def test_soldiers_missing_in_the_war_are_no_incident() -> None:
    tier, _, _ = _read(
        "Corea del Norte devuelve restos de soldados desaparecidos",
        "Pyongyang entregó los restos de soldados estadounidenses desaparecidos durante la "
        "guerra de Corea. Se desconoce el paradero de otros 5.000.",
    )
    assert tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Liberadas dos norcoreanas en Tailandia",
         "La policía liberó el martes a dos de las siete norcoreanas detenidas en Chiang Mai. "
         "Las cinco restantes permanecen bajo custodia."),
        ("Mongolia libera a parte de un grupo de norcoreanos",
         "Mongolia puso en libertad a dos de los cinco norcoreanos detenidos en Ulán Bator. "
         "El resto sigue bajo custodia."),
    ],
    ids=["restantes-bajo-custodia", "el-resto-sigue"],
)  # fmt: skip
def test_the_rest_s_custody_says_how_the_people_are_held(title: str, text: str) -> None:
    tier, status, _ = _read(title, text)
    assert tier is Tier.ALERT
    assert status is Status.DETAINED


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Cinco norcoreanos, en un centro de detención de Yanji",
         "Los cinco norcoreanos siguen en un centro de detención de Yanji y podrían ser "
         "enviados de vuelta esta semana.", Status.FACING_REPATRIATION),
        ("Laos entrega a China a cuatro norcoreanos",
         "Laos entregó a la policía china a cuatro norcoreanos detenidos en Vientián. Pasaron "
         "dos semanas en un "
         "centro de detención laosiano. Según sus familias, es probable que Pekín los devuelva "
         "a Corea del Norte pronto.", Status.FACING_REPATRIATION),
        ("Preocupación por diez norcoreanos detenidos en Hunchun",
         "Varias ONG temen que China haya devuelto a Corea del Norte a diez norcoreanos "
         "detenidos en Hunchun.", Status.FACING_REPATRIATION),
        ("Tres norcoreanos detenidos en Dandong",
         "La policía detuvo a tres norcoreanos en Dandong. Pekín podría devolverlos pronto.",
         Status.FACING_REPATRIATION),
        # Guards: a return told plainly is done; a likely arrest stays an arrest.
        ("China devuelve a cinco norcoreanos",
         "Los cinco norcoreanos detenidos en Dandong fueron enviados de vuelta a Corea del "
         "Norte el lunes.", Status.REPATRIATED),
        ("China devuelve a una norcoreana",
         "Pekín ha devuelto a Corea del Norte a una norcoreana detenida en Yanji en marzo.",
         Status.REPATRIATED),
        ("Dos norcoreanos detenidos en Shenyang",
         "Es probable que la policía detuviera a dos norcoreanos en Shenyang el sábado.",
         Status.ARRESTED),
    ],
    ids=["enviados-de-vuelta-hedged", "probable-que-devuelva", "temen-haya-devuelto",
         "podria-devolverlos", "enviados-de-vuelta-done", "ha-devuelto-done",
         "probable-arrest-stays"],
)  # fmt: skip
def test_a_likely_feared_or_hedged_return_is_a_threat(title: str, text: str, want: Status) -> None:
    tier, status, _ = _read(title, text)
    assert tier is Tier.ALERT
    assert status is want
