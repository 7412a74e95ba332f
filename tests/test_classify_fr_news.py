"""French reports as the French-language press writes them (AFP, Le Monde, RFI, La Croix,
Radio-Canada, Amnesty France, Portes Ouvertes...): a part of the people freed while the rest
are held, a feared return, a re-arrest, people reaching South Korea.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 11, 20)

ALERTS = [
    # (id, title, text, people, status, country)
    # A part freed, the rest said to be still held: no all-clear.
    ("rest-still-held", "Thaïlande : libération partielle",
     "Trois des neuf Nord-Coréens arrêtés à Nong Khai ont été libérés lundi. Les six autres "
     "sont toujours détenus au centre de rétention.",
     9, Status.DETAINED, "TH"),
    # A return a fear governs (craint, redoute, s'inquiète) is only threatened.
    ("feared-craint", "Chine",
     "Une Nord-Coréenne de 34 ans a été arrêtée à Kunming le 5 novembre. Amnesty International "
     "craint qu'elle ne soit rapatriée de force dans les prochains jours.",
     1, Status.FACING_REPATRIATION, "CN"),
    ("feared-redoute", "Chine",
     "Un Nord-Coréen de 22 ans a été interpellé à Dandong mardi. Sa famille redoute qu'il soit "
     "renvoyé en Corée du Nord.",
     1, Status.FACING_REPATRIATION, "CN"),
    ("feared-inquiete", "Chine",
     "Quatre Nord-Coréens ont été arrêtés à Yanji le 3 novembre. L'ONG s'inquiète qu'ils soient "
     "rapatriés avant la fin du mois.",
     4, Status.FACING_REPATRIATION, "CN"),
    # One person named by who they are, the nationality after the noun.
    ("one-national", "Russie : un ouvrier en fuite condamné à l'expulsion",
     "Le tribunal a ordonné l'expulsion d'un ressortissant nord-coréen de 41 ans, interpellé "
     "en octobre à Khabarovsk.",
     1, Status.FACING_REPATRIATION, "RU"),
    ("one-young-woman", "Chine",
     "Une jeune femme nord-coréenne a été arrêtée à Dandong le 9 octobre.",
     1, Status.ARRESTED, "CN"),
    ("one-sailor", "Russie",
     "Un marin nord-coréen qui avait quitté son navire a été interpellé à Nakhodka.",
     1, Status.ARRESTED, "RU"),
    # Reconduire: the French word for a removal.
    ("reconduites", "Chine",
     "Deux Nord-Coréennes arrêtées à Tumen ont été reconduites en Corée du Nord le 22 novembre.",
     2, Status.REPATRIATED, "CN"),
    ("reconduits-de-force", "Russie : trois Nord-Coréens reconduits de force",
     "Trois Nord-Coréens retenus à Vladivostok ont été reconduits de force mardi, selon leur "
     "avocat.",
     3, Status.REPATRIATED, "RU"),
    # Held again after a release: the later custody decides (a false all-clear).
    ("rearrested-de-nouveau", "Chine",
     "Une Nord-Coréenne relâchée le 3 novembre par la police de Yanji a de nouveau été arrêtée "
     "le 12 novembre.",
     1, Status.ARRESTED, "CN"),
    ("rearrested-a-nouveau", "Thaïlande",
     "Trois Nord-Coréens libérés à Bangkok ont été arrêtés à nouveau à la frontière.",
     3, Status.ARRESTED, "TH"),
    # No news of the people since their arrest: missing.
    ("sans-nouvelles", "Chine",
     "Une Nord-Coréenne de 31 ans a été arrêtée à Longjing le 2 novembre ; sa sœur est sans "
     "nouvelles d'elle depuis.",
     1, Status.MISSING, "CN"),
    ("a-disparu", "Chine",
     "Un Nord-Coréen interpellé à Yanji en octobre a disparu depuis son transfert.",
     1, Status.MISSING, "CN"),
    ("others-still-held", "Thaïlande",
     "La police thaïlandaise a relâché deux Nord-Coréennes mardi, mais les autres restent en "
     "détention à Bangkok.",
     2, Status.DETAINED, "TH"),
]  # fmt: skip

# Reports whose people must not be read as freed.
NOT_RELEASED = [
    ("rest-remain-held", "Thaïlande",
     "La police a relâché deux des huit Nord-Coréennes arrêtées à Chiang Rai. Les six autres "
     "restent détenues à Bangkok."),
]  # fmt: skip

# Near-misses that keep their reading.
GUARDS = [
    # (id, title, text, people, status, country)
    ("all-freed", "Thaïlande",
     "Cinq Nord-Coréens arrêtés à Chiang Rai ont été libérés lundi après avoir payé une amende.",
     5, Status.RELEASED, "TH"),
    # A former soldier among refugees is one of the people.
    ("former-soldier", "Chine",
     "Sept Nord-Coréens, dont deux anciens soldats, ont été arrêtés à Shenyang et risquent "
     "d'être rapatriés.",
     7, Status.FACING_REPATRIATION, "CN"),
    # A return told as done, by the one who learnt of it, stays a return.
    ("learnt-returned", "Chine",
     "Quatre Nord-Coréens ont été arrêtés à Yanji le 3 novembre. L'ONG a appris qu'ils ont été "
     "rapatriés de force le 25 novembre.",
     4, Status.REPATRIATED, "CN"),
    # A denial of something else, in its own sentence, leaves the arrest told after it; a
    # protest quoting the infinitive "nier" denies nothing.
    ("denial-other-sentence", "Chine",
     "La police a démenti avoir maltraité des détenus. Quatre Nord-Coréens ont été arrêtés à "
     "Tumen le 2 novembre.",
     4, Status.ARRESTED, "CN"),
    ("nier-quoted", "Chine",
     "Cinq Nord-Coréens ont été arrêtés à Yanji le 4 novembre. « Nier l'existence de ces "
     "détenus est inacceptable », dit une ONG.",
     5, Status.ARRESTED, "CN"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("title", "text", "people", "status", "country"),
    [row[1:] for row in ALERTS + GUARDS],
    ids=[row[0] for row in ALERTS + GUARDS],
)
def test_a_french_report_is_read_whole(
    title: str, text: str, people: int | None, status: Status, country: str | None
) -> None:
    verdict = classify(Document("f", title, text, "fr", date=ON))
    assert verdict.tier is Tier.ALERT
    assert (verdict.facts.status, verdict.facts.people) == (status, people)
    if country is not None:
        assert verdict.facts.country == country


@pytest.mark.parametrize(
    ("title", "text"), [row[1:] for row in NOT_RELEASED], ids=[row[0] for row in NOT_RELEASED]
)
def test_no_release_of_the_people_is_read(title: str, text: str) -> None:
    verdict = classify(Document("f", title, text, "fr", date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is not Status.RELEASED


TRAPS: list[tuple[str, str, str]] = [
    # The North's regime or its envoy is no one the alert is about.
    ("regime-arrests", "Corée du Nord",
     "Le régime nord-coréen a arrêté un homme d'affaires chinois à Sinuiju."),
    ("other-nationals-reconduits", "Corée du Sud",
     "Trente travailleurs chinois ont été reconduits à la frontière par la police de Jeju."),
    ("envoy-expelled", "Malaisie", "Un diplomate nord-coréen a été expulsé de Malaisie."),
    # A denial cancels the status words after it: the claim it denies is no report.
    ("denial-dement", "Séoul dément toute arrestation de Nord-Coréens au Laos",
     "Le ministère a démenti jeudi des rumeurs selon lesquelles une douzaine de Nord-Coréens "
     "auraient été arrêtés près de Vientiane."),
    ("denial-nie-que", "Chine",
     "Pékin nie que six Nord-Coréens aient été arrêtés à Hunchun le mois dernier."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("title", "text"), [row[1:] for row in TRAPS], ids=[row[0] for row in TRAPS]
)
def test_a_french_trap_is_no_alert(title: str, text: str) -> None:
    verdict = classify(Document("f", title, text, "fr", date=ON))
    assert verdict.tier is not Tier.ALERT


def test_soldiers_captured_at_war_are_no_refugees() -> None:
    verdict = classify(
        Document(
            "p",
            "Ukraine : deux soldats nord-coréens capturés veulent rejoindre Séoul",
            "Deux soldats nord-coréens capturés par l'armée ukrainienne à Koursk ont redit leur "
            "souhait d'être envoyés en Corée du Sud plutôt que d'être renvoyés dans leur pays, a "
            "indiqué jeudi un député.",
            "fr",
            date=ON,
        )
    )
    assert verdict.tier is Tier.IGNORE
