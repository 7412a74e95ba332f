"""French, German and Spanish reports as the press writes them: numbers past twelve, participles
inflected before their noun (festgenommenen, festgehaltene), a plea not to send people back
(the infinitive a negation governs), and people who reached South Korea.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2024, 5, 20)

ROWS = [
    # (id, language, title, text, people, status, country)
    ("de-numbers", "de", "Festnahme in Dandong",
     "Die Polizei hat in Dandong fünfzehn Nordkoreaner festgenommen.",
     15, Status.ARRESTED, "CN"),
    ("de-inflected-arrest", "de", "",
     "Die von der Polizei festgenommenen elf Nordkoreaner sitzen in einer Haftanstalt in Dandong.",
     11, Status.DETAINED, "CN"),
    ("de-still-held", "de", "Fünf Nordkoreaner in Vietnam festgenommen",
     "Fünf Nordkoreaner wurden in Lang Son festgenommen und sitzen in Haft, sagte ein Helfer.",
     5, Status.DETAINED, "VN"),
    ("de-inflected-return", "de", "",
     "China hat die im Mai in Tumen aufgegriffenen dreizehn Nordkoreaner abgeschoben.",
     13, Status.REPATRIATED, "CN"),
    ("de-plea", "de", "",
     "Aktivisten fordern China auf, die fünfzehn in Shenyang inhaftierten Nordkoreaner nicht "
     "abzuschieben.",
     15, Status.FACING_REPATRIATION, "CN"),
    ("de-third", "de", "",
     "Die im Januar in Vientiane festgehaltenen vier Nordkoreanerinnen sind in Südkorea angekommen.",
     4, Status.REACHED_THIRD_COUNTRY, "LA"),
    ("de-dative-plural", "de", "",
     "Nach der Festnahme von sechs Nordkoreanern in Hunchun fordern Aktivisten ihre Freilassung.",
     6, Status.ARRESTED, "CN"),
    ("de-dative-refugees", "de", "",
     "Die Polizei hat in Hunchun eine Familie mit sechs nordkoreanischen Flüchtlingen "
     "festgenommen.",
     6, Status.ARRESTED, "CN"),
    # A family told by its size in one word, and one person named in the accusative, by age or
    # as a worker who fled.
    ("de-family-size", "de", "",
     "Grenzpolizisten haben in Tumen eine sechsköpfige Familie aus Nordkorea festgenommen.",
     6, Status.ARRESTED, "CN"),
    ("de-family-size-digits", "de", "",
     "In Yanji wurde eine 3-köpfige Familie aus Nordkorea festgenommen.",
     3, Status.ARRESTED, "CN"),
    ("de-one-by-age", "de", "",
     "Die Polizei in Wladiwostok hat den 31-jährigen Nordkoreaner Pak festgenommen.",
     1, Status.ARRESTED, "RU"),
    ("de-one-worker", "de", "",
     "Die russische Polizei hat einen nordkoreanischen Arbeiter festgenommen, der von seiner "
     "Baustelle geflohen war.",
     1, Status.ARRESTED, "RU"),
    # Workers named by their trade name North Korea too, and are counted by it.
    ("de-workers-by-trade", "de", "",
     "Ein Gericht in Wladiwostok hat die Ausweisung von zwei nordkoreanischen Bauarbeitern "
     "angeordnet.",
     2, Status.FACING_REPATRIATION, "RU"),
    # The people taken up again by a noun with its article, over a sentence naming where they
    # came from, or by their age alone ("Der 33-Jährige").
    ("de-the-men-go-on", "de", "Mongolei greift drei Nordkoreaner auf",
     "Mongolische Grenzsoldaten haben am Wochenende drei Nordkoreaner aufgegriffen. Die Männer "
     "seien zu Fuß aus China gekommen. Die drei sind derzeit in Gewahrsam.",
     3, Status.DETAINED, "MN"),
    ("de-told-by-age", "de", "Nordkoreaner in Moskau gefasst",
     "Die Polizei hat in Moskau einen Nordkoreaner festgenommen, der vor einem Jahr seine "
     "Arbeitsstelle verlassen hatte. Der 33-Jährige soll nach Nordkorea abgeschoben werden.",
     1, Status.FACING_REPATRIATION, "RU"),
    # The separable "hält ... fest" around its object is custody.
    ("de-holds-separable", "de", "",
     "Die Mongolei hält seit Freitag vier Nordkoreaner fest, die zu Fuß aus China gekommen "
     "waren.",
     4, Status.DETAINED, "MN"),
    # A return the authorities intend, or one told as a condition, is still to come.
    ("de-intent", "de", "Vier Nordkoreaner in Laos in Haft",
     "Die vier in Luang Namtha festgenommenen Nordkoreaner sitzen in Haft. Die laotischen "
     "Behörden wollen sie nach China abschieben.",
     4, Status.FACING_REPATRIATION, "LA"),
    ("de-condition", "de", "Nordkoreanerin in Yanji verhaftet",
     "In Yanji ist eine Nordkoreanerin verhaftet worden. Sollte sie nach Nordkorea "
     "zurückgebracht werden, drohen ihr Folter und Lagerhaft.",
     1, Status.FACING_REPATRIATION, "CN"),
    # A mother (or father) named by nationality is one person, joined to the children with her,
    # in a headline without its article too.
    ("de-mother-headline", "de", "Nordkoreanische Mutter mit zwei Kindern in Laos festgenommen",
     "Die Frau und ihre Kinder wurden in Vientiane festgenommen.",
     3, Status.ARRESTED, "LA"),
    ("de-mother-with-article", "de", "",
     "In Tumen hat die Polizei eine nordkoreanische Mutter mit zwei Kindern festgenommen.",
     3, Status.ARRESTED, "CN"),
    # A return the authorities intend or plan, one told in the future, and one told as a
    # condition are still to come.
    ("fr-intent", "fr", "",
     "Les autorités vietnamiennes envisagent de renvoyer en Chine les trois Nord-Coréens arrêtés "
     "à Mong Cai.",
     3, Status.FACING_REPATRIATION, "VN"),
    ("es-intent", "es", "",
     "Las autoridades vietnamitas planean devolver a China a los tres norcoreanos detenidos en "
     "Mong Cai.",
     3, Status.FACING_REPATRIATION, "VN"),
    ("fr-future", "fr", "",
     "Trois Nord-Coréens ont été arrêtés à Yanji. Ils seront renvoyés en Corée du Nord.",
     3, Status.FACING_REPATRIATION, "CN"),
    ("fr-condition", "fr", "",
     "Trois Nord-Coréens ont été arrêtés à Yanji. S'ils sont renvoyés en Corée du Nord, ils "
     "iront dans un camp.",
     3, Status.FACING_REPATRIATION, "CN"),
    # The people taken up again by a noun with its article, and a custody said to go on.
    ("fr-the-young-man-still-held", "fr", "",
     "Un Nord-Coréen de 22 ans a été arrêté à Mong Cai le 27 octobre. Le jeune homme est "
     "toujours retenu par les gardes-frontières vietnamiens.",
     1, Status.DETAINED, "VN"),
    ("fr-behind-bars", "fr", "",
     "Quatre Nord-Coréens ont été interpellés à Changbai. Les deux hommes et les deux femmes "
     "sont sous les verrous au poste de police.",
     4, Status.DETAINED, "CN"),
    # A handover to the regime, feared, is a return still to come.
    ("fr-handed-to-the-regime", "fr", "",
     "Quatre Nord-Coréens ont été arrêtés à Changbai. Nous craignons qu'ils soient livrés au "
     "régime nord-coréen, a dit un pasteur.",
     4, Status.FACING_REPATRIATION, "CN"),
    # A North Korean family is the people, counted by its size where the report gives it.
    ("es-family-size", "es", "",
     "La policía china detuvo en Shenyang a una familia norcoreana de cinco miembros.",
     5, Status.ARRESTED, "CN"),
    ("fr-family-size", "fr", "",
     "La police chinoise a arrêté à Changbai une famille nord-coréenne de quatre personnes.",
     4, Status.ARRESTED, "CN"),
    ("fr-family", "fr", "",
     "Une famille nord-coréenne a été interpellée à Changbai. La famille est toujours sous les "
     "verrous.",
     None, Status.DETAINED, "CN"),
    # Relatives named one by one with their article are counted together.
    ("fr-relatives", "fr", "",
     "Une famille nord-coréenne a été arrêtée à Changbai. Le père, la mère et leurs deux enfants "
     "ont été interpellés à la mi-novembre.",
     4, Status.ARRESTED, "CN"),
    ("es-relatives", "es", "",
     "Una familia norcoreana fue detenida en Yanji. El padre, la madre y sus dos hijos fueron "
     "arrestados el domingo.",
     4, Status.ARRESTED, "CN"),
    # A custody said to go on, in an immigration centre, is detention.
    ("es-still-held", "es", "Tres norcoreanos detenidos en Tailandia",
     "Tres norcoreanos arrestados en Chiang Rai permanecen detenidos en un centro de inmigración "
     "de Bangkok.",
     3, Status.DETAINED, "TH"),
    # A day written as an ordinal ("am 3. November") ends no sentence at its period.
    ("de-ordinal-day", "de", "Festnahme in Dandong",
     "Neun Nordkoreaner wurden am 3. November in Dandong festgenommen.",
     9, Status.ARRESTED, "CN"),
    ("de-ordinal-day-return", "de", "Abschiebung",
     "Die seit dem 12. Oktober in Tumen festgehaltenen sechs Nordkoreaner wurden am 2. Dezember "
     "nach Nordkorea abgeschoben.",
     6, Status.REPATRIATED, "CN"),
    # A return against the people's will is forced, not a protest ("gegen" alone is one).
    ("de-against-their-will", "de", "",
     "Vietnam hat die acht in Lang Son gefassten Nordkoreaner gegen ihren Willen nach China "
     "abgeschoben, von wo sie nach Nordkorea zurückgeführt wurden.",
     8, Status.REPATRIATED, "VN"),
    ("fr-against-their-will", "fr", "",
     "La Chine a renvoyé contre leur gré les huit Nord-Coréens arrêtés à Tumen.",
     8, Status.REPATRIATED, "CN"),
    ("es-against-their-will", "es", "",
     "China devolvió en contra de su voluntad a los ocho norcoreanos detenidos en Tumen.",
     8, Status.REPATRIATED, "CN"),
    # A handover to the North is a return; a plea in the subjunctive governs it.
    ("de-separable-return", "de", "Russland schickt drei Nordkoreaner zurück",
     "Die drei waren im Oktober in Chabarowsk gefasst worden.",
     3, Status.REPATRIATED, "RU"),
    ("de-handover", "de", "",
     "Zwei in Chabarowsk festgenommene Nordkoreaner wurden am Freitag den nordkoreanischen "
     "Behörden übergeben.",
     2, Status.REPATRIATED, "RU"),
    ("fr-handover", "fr", "",
     "Deux Nord-Coréens arrêtés à Khabarovsk ont été remis aux autorités nord-coréennes vendredi.",
     2, Status.REPATRIATED, "RU"),
    ("es-handover", "es", "",
     "Dos norcoreanos detenidos en Jabárovsk fueron entregados a las autoridades norcoreanas el "
     "viernes.",
     2, Status.REPATRIATED, "RU"),
    ("es-plea-subjunctive", "es", "",
     "Nueve norcoreanos siguen detenidos en Dandong. Varias ONG pidieron a China que no los "
     "devuelva.",
     9, Status.FACING_REPATRIATION, "CN"),
    # What is about to happen, or told in the infinitive, is threatened: the second participle
    # under the same cue ("… à la Chine puis renvoyés") is no return done.
    ("fr-about-to", "fr", "",
     "Six Nord-Coréens arrêtés à Oudomxay sont sur le point d'être livrés à la Chine puis "
     "renvoyés en Corée du Nord.",
     6, Status.FACING_REPATRIATION, "LA"),
    ("es-about-to", "es", "",
     "Seis norcoreanos detenidos en Oudomxay están a punto de ser entregados a China y "
     "repatriados a Corea del Norte.",
     6, Status.FACING_REPATRIATION, "LA"),
    ("de-about-to", "de", "",
     "Sechs in Oudomxay festgenommene Nordkoreaner stehen kurz davor, an China ausgeliefert "
     "und nach Nordkorea abgeschoben zu werden.",
     6, Status.FACING_REPATRIATION, "LA"),
    # A threat told as a noun: still to come.
    ("de-threat-noun", "de", "",
     "Die vier in Tumen gefassten Nordkoreanerinnen sind von Zwangsrückführung bedroht.",
     4, Status.FACING_REPATRIATION, "CN"),
    ("fr-threat-noun", "fr", "",
     "Quatre Nord-Coréennes arrêtées à Tumen, dont le rapatriement imminent alarme Séoul.",
     4, Status.FACING_REPATRIATION, "CN"),
    ("es-threat-noun", "es", "",
     "Cuatro norcoreanas detenidas en Tumen se enfrentan a la repatriación.",
     4, Status.FACING_REPATRIATION, "CN"),
    # The nationality in the singular names one person joined to a figure.
    ("fr-member-nationality", "fr", "",
     "Une Nord-Coréenne et ses trois fils ont été arrêtés samedi à Hunchun.",
     4, Status.ARRESTED, "CN"),
    ("es-member-nationality", "es", "",
     "Una norcoreana y sus tres hijos fueron arrestados el sábado en Hunchun.",
     4, Status.ARRESTED, "CN"),
    ("de-member-headline", "de", "Nordkoreanerin mit drei Söhnen in Hunchun festgenommen",
     "Die Polizei in Hunchun nahm die Familie am Samstag fest.",
     4, Status.ARRESTED, "CN"),
    # Numbers past fifty as the press writes them: sixty, eighty and their compounds, German
    # compounds in one word, the Spanish twenties and hundreds.
    ("fr-eighty-two", "fr", "",
     "La police chinoise a arrêté quatre-vingt-deux Nord-Coréens à Tonghua.",
     82, Status.ARRESTED, "CN"),
    ("fr-sixty-three", "fr", "",
     "La Chine a renvoyé soixante-trois Nord-Coréens détenus à Tonghua.",
     63, Status.REPATRIATED, "CN"),
    ("de-compound-number", "de", "",
     "Die Polizei hat in Tonghua dreiundzwanzig Nordkoreaner festgenommen.",
     23, Status.ARRESTED, "CN"),
    ("de-hundreds", "de", "",
     "China hat sechshundert in Tonghua inhaftierte Nordkoreaner abgeschoben.",
     600, Status.REPATRIATED, "CN"),
    ("es-twenties", "es", "",
     "La policía china detuvo a veintitrés norcoreanos en Tonghua.",
     23, Status.ARRESTED, "CN"),
    ("es-hundreds", "es", "",
     "China devolvió a seiscientos norcoreanos detenidos en Tonghua.",
     600, Status.REPATRIATED, "CN"),
    # A release in the active voice, or out of custody.
    ("es-release-active", "es", "",
     "La policía mongola puso en libertad a los tres norcoreanos detenidos en Choibalsan.",
     3, Status.RELEASED, "MN"),
    ("fr-release-active", "fr", "",
     "La police mongole a relâché mardi les trois Nord-Coréens détenus à Choibalsan.",
     3, Status.RELEASED, "MN"),
    ("de-release-custody", "de", "",
     "Die drei in Choibalsan inhaftierten Nordkoreaner wurden aus der Haft entlassen.",
     3, Status.RELEASED, "MN"),
    ("fr-numbers", "fr", "",
     "Quatorze transfuges nord-coréens ont été interpellés par la police laotienne.",
     14, Status.ARRESTED, "LA"),
    ("fr-compound-number", "fr", "",
     "La police chinoise a arrêté dix-sept Nord-Coréens à Yanji.",
     17, Status.ARRESTED, "CN"),
    ("fr-plea", "fr", "",
     "Des ONG demandent à la Chine de ne pas rapatrier les sept Nord-Coréens détenus à Yanji.",
     7, Status.FACING_REPATRIATION, "CN"),
    ("fr-third", "fr", "",
     "Les treize Nord-Coréens arrêtés au Vietnam ont été libérés et sont arrivés en Corée du Sud.",
     13, Status.REACHED_THIRD_COUNTRY, "VN"),
    # An arrival told with the day between the verb and the place, or in a headline's present.
    ("fr-third-day", "fr", "",
     "Six Nord-Coréens libérés par la police laotienne sont arrivés jeudi à Séoul.",
     6, Status.REACHED_THIRD_COUNTRY, "LA"),
    ("fr-third-present", "fr", "Huit transfuges relâchés au Laos arrivent à Séoul",
     "Huit Nord-Coréens arrêtés en mai à Vientiane ont été relâchés.",
     8, Status.REACHED_THIRD_COUNTRY, "LA"),
    ("de-third-separable", "de", "",
     "Die in Hanoi festgenommenen sechs Nordkoreaner trafen am Freitag in Seoul ein.",
     6, Status.REACHED_THIRD_COUNTRY, "VN"),
    ("es-third-day", "es", "",
     "Seis norcoreanos detenidos en Laos en marzo llegaron el jueves a Seúl.",
     6, Status.REACHED_THIRD_COUNTRY, "LA"),
    ("es-third-present", "es", "Llegan a Corea del Sur ocho desertores liberados en Laos",
     "Ocho norcoreanos detenidos en Vientiane fueron puestos en libertad en mayo.",
     8, Status.REACHED_THIRD_COUNTRY, "LA"),
    ("es-numbers", "es", "",
     "Once norcoreanos fueron detenidos en la provincia de Lao Cai, en Vietnam.",
     11, Status.ARRESTED, "VN"),
    ("es-plea", "es", "",
     "El ministerio instó a China a no repatriar a siete norcoreanos detenidos en Laos.",
     7, Status.FACING_REPATRIATION, None),
    ("es-third", "es", "",
     "Los trece norcoreanos detenidos en Vietnam fueron liberados y llegaron a Corea del Sur.",
     13, Status.REACHED_THIRD_COUNTRY, "VN"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text", "people", "status", "country"),
    [row[1:] for row in ROWS],
    ids=[row[0] for row in ROWS],
)
def test_a_report_in_french_german_or_spanish_is_read_whole(
    lang: str, title: str, text: str, people: int | None, status: Status, country: str | None
) -> None:
    verdict = classify(Document("e", title, text, lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert (verdict.facts.status, verdict.facts.people) == (status, people)
    if country is not None:
        assert verdict.facts.country == country


HELPERS = [
    # (id, language, text): no release of the people held: a helper freed beside them frees
    # none of them, and a release denied frees no one.
    ("es-guide-freed", "es",
     "Fue liberado un guía chino que acompañaba a cuatro norcoreanos detenidos en Ulan Bator."),
    ("de-smuggler-freed", "de",
     "Ein chinesischer Schleuser wurde freigelassen. Er hatte vier Nordkoreaner nach Ulan Bator "
     "gebracht, die dort inhaftiert sind."),
    ("fr-smuggler-freed", "fr",
     "Un passeur chinois a été libéré. Il avait conduit quatre Nord-Coréens à Oulan-Bator, où "
     "ils sont détenus."),
    # Not freed: the active release denied.
    ("es-not-freed", "es",
     "La policía no liberó a los tres norcoreanos detenidos en Choibalsan, que siguen presos."),
    ("fr-not-freed", "fr", "La police n'a pas relâché les trois Nord-Coréens détenus à Choibalsan."),
    ("de-not-freed", "de",
     "Die drei in Choibalsan inhaftierten Nordkoreaner wurden nicht aus der Haft entlassen."),
]  # fmt: skip


PAPERS = [
    # (id, text): "sich ausweisen" is to show one's papers, not to be expelled: the people
    # were arrested, not sent back.
    ("de-papers-after", "In Dalian wurden acht Nordkoreaner festgenommen, die sich mit gefälschten "
     "Pässen ausgewiesen hatten."),
    ("de-papers-between", "Acht Nordkoreaner, die sich mit gefälschten Papieren ausgewiesen "
     "hatten, wurden in Dalian festgenommen."),
]  # fmt: skip


@pytest.mark.parametrize("text", [row[1] for row in PAPERS], ids=[r[0] for r in PAPERS])
def test_showing_papers_is_no_expulsion(text: str) -> None:
    verdict = classify(Document("p", "Festnahme in Dalian", text, "de", date=ON))
    assert (verdict.facts.status, verdict.facts.people) == (Status.ARRESTED, 8)


@pytest.mark.parametrize(
    ("lang", "text"), [row[1:] for row in HELPERS], ids=[r[0] for r in HELPERS]
)
def test_no_release_of_the_people_is_read(lang: str, text: str) -> None:
    verdict = classify(Document("e", "", text, lang, date=ON))
    assert verdict.facts.status is not Status.RELEASED


WORKERS = [
    # (id, language, text): "une centaine", "un centenar" of workers sent home under sanctions
    # give no head count that would make the statistic an incident.
    ("fr-hundred-workers", "fr",
     "La Russie a renvoyé une centaine d'ouvriers nord-coréens dans leur pays en raison des "
     "sanctions."),
    ("fr-hundreds-workers", "fr",
     "La Russie a renvoyé des centaines d'ouvriers nord-coréens dans leur pays en raison des "
     "sanctions."),
    ("es-hundred-workers", "es",
     "Rusia devolvió a su país a un centenar de trabajadores norcoreanos por las sanciones."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), [row[1:] for row in WORKERS], ids=[r[0] for r in WORKERS]
)
def test_workers_sent_home_in_the_hundreds_are_no_alert(lang: str, text: str) -> None:
    verdict = classify(Document("w", "", text, lang, date=ON))
    assert verdict.tier is not Tier.ALERT


GROUPS = [
    # (id, language, text): the groups among the people (women, children) are named, as in
    # English.
    ("de-groups", "de",
     "Die Polizei hat in Yanji fünf Nordkoreaner festgenommen, darunter zwei Frauen und ein Kind."),
    ("fr-groups", "fr",
     "La police a arrêté cinq Nord-Coréens à Yanji, dont deux femmes et un enfant."),
    ("es-groups", "es",
     "La policía detuvo a cinco norcoreanos en Yanji, entre ellos dos mujeres y un niño."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), [row[1:] for row in GROUPS], ids=[r[0] for r in GROUPS])
def test_the_women_and_children_among_them_are_named(lang: str, text: str) -> None:
    facts = classify(Document("g", "", text, lang, date=ON)).facts
    assert {"women", "children"} <= set(facts.groups)
    assert facts.people == 5


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La policía detuvo a tres desertores norcoreanos cerca de la frontera norcoreana, "
               "en Yanji."),
        ("fr", "La police a arrêté trois transfuges nord-coréens près de la frontière "
               "nord-coréenne, à Yanji."),
    ],
    ids=["es", "fr"],
)  # fmt: skip
def test_a_feminine_adjective_names_no_woman(lang: str, text: str) -> None:
    facts = classify(Document("f", "", text, lang, date=ON)).facts
    assert facts.people == 3
    assert "women" not in facts.groups
