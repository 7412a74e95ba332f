"""German reports as German news outlets write them (dpa, DW, Tagesschau, Spiegel, FAZ, taz,
KNA, epd, IGFM, Open Doors, Amnesty): separable verbs, verb-final clauses, the rest of the people
still held after some went free, denials, and who the people are.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 11, 20)


def _read(title: str, text: str):  # type: ignore[no-untyped-def]
    return classify(Document("d", title, text, "de", date=ON))


# The rest of the people still held or facing return, after a part went free: no all-clear.
# fmt: off
THE_REST = [
    # (id, title, text, people, status)
    ("rest-still-held", "Laos lässt Nordkoreaner teilweise frei",
     "Von den sieben Nordkoreanern, die im November in Laos festgenommen worden waren, sind drei "
     "freigekommen. Die übrigen vier befinden sich weiterhin in Haft.",
     7, Status.DETAINED),
    ("rest-facing", "Zwei Nordkoreaner in Laos frei",
     "Zwei der neun in Laos festgenommenen Nordkoreaner sind am Freitag freigelassen worden. "
     "Den restlichen sieben droht die Abschiebung nach China.",
     9, Status.FACING_REPATRIATION),
]
# fmt: on


@pytest.mark.parametrize(
    ("title", "text", "people", "status"), [r[1:] for r in THE_REST], ids=[r[0] for r in THE_REST]
)
def test_the_rest_still_held_is_no_all_clear(
    title: str, text: str, people: int, status: Status
) -> None:
    verdict = _read(title, text)
    assert verdict.tier is Tier.ALERT
    assert (verdict.facts.status, verdict.facts.people) == (status, people)


def test_a_release_of_all_is_still_a_release() -> None:
    """Guard: "weiterhin" about someone else's demand holds no one."""
    verdict = _read(
        "Laos lässt Nordkoreaner frei",
        "Die sieben in Laos festgenommenen Nordkoreaner sind am Freitag freigelassen worden. "
        "Menschenrechtler fordern weiterhin ein Ende der Abschiebungen.",
    )
    assert verdict.tier is Tier.ALERT
    assert (verdict.facts.status, verdict.facts.people) == (Status.RELEASED, 7)


# A denial of reports that the people were sent back: no return, and the custody that says who
# they are stands (a participle inflected before the people).
# fmt: off
DENIED = [
    # (id, title, text, people, status)
    ("denied-return-reports", "Peking dementiert Abschiebung",
     "China hat Berichte zurückgewiesen, wonach acht in Dandong festgehaltene Nordkoreaner nach "
     "Nordkorea abgeschoben worden seien.",
     8, Status.DETAINED),
    ("denied-with-day-between", "Peking dementiert Abschiebung",
     "Das Außenministerium bestritt am Montag, dass die acht in Dandong festgehaltenen "
     "Nordkoreaner abgeschoben worden seien.",
     8, Status.DETAINED),
]
# fmt: on


@pytest.mark.parametrize(
    ("title", "text", "people", "status"), [r[1:] for r in DENIED], ids=[r[0] for r in DENIED]
)
def test_a_denied_return_is_no_return(title: str, text: str, people: int, status: Status) -> None:
    verdict = _read(title, text)
    assert verdict.tier is Tier.ALERT
    assert (verdict.facts.status, verdict.facts.people) == (status, people)


def test_a_denial_of_something_else_keeps_the_return() -> None:
    """Guard: a denial in a later sentence, about other claims, leaves the return told."""
    verdict = _read(
        "Abschiebung bestätigt",
        "China hat die acht in Dandong festgehaltenen Nordkoreaner nach Nordkorea abgeschoben. "
        "Peking wies Berichte zurück, wonach sie misshandelt worden seien.",
    )
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.REPATRIATED


def test_a_denied_arrest_is_no_arrest() -> None:
    """Guard: a denial covers a custody that is the claim itself, not a participle before them."""
    verdict = _read(
        "Peking dementiert Festnahme",
        "China hat Berichte zurückgewiesen, wonach acht Nordkoreaner in Dandong festgenommen "
        "worden seien.",
    )
    assert verdict.tier is not Tier.ALERT


# Who the people are: named by sex, faith or work, or as one family.
# fmt: off
NAMED = [
    # (id, title, text, people, status)
    ("men-freed", "Vietnam lässt Nordkoreaner frei",
     "Die Behörden in Hanoi haben am Montag zwei nordkoreanische Männer freigelassen, die im "
     "Oktober in Quang Ninh festgenommen worden waren.",
     2, Status.RELEASED),
    ("christian-arrested", "Nordkoreanische Christin in Yanji verhaftet",
     "Die chinesische Polizei hat in Yanji eine nordkoreanische Christin verhaftet.",
     1, Status.ARRESTED),
    ("workers-held", "Drei Nordkoreaner in Chabarowsk festgenommen",
     "Die Polizei in Chabarowsk hat drei geflohene nordkoreanische Bauarbeiter festgenommen.",
     3, Status.ARRESTED),
]
# fmt: on


@pytest.mark.parametrize(
    ("title", "text", "people", "status"), [r[1:] for r in NAMED], ids=[r[0] for r in NAMED]
)
def test_the_people_named_by_who_they_are(
    title: str, text: str, people: int, status: Status
) -> None:
    verdict = _read(title, text)
    assert verdict.tier is Tier.ALERT
    assert (verdict.facts.status, verdict.facts.people) == (status, people)


def test_a_family_in_the_headline_is_an_alert() -> None:
    verdict = _read(
        "Nordkoreanische Familie in Shenyang festgenommen",
        "Die Polizei hat die Familie am Sonntag in einer Wohnung aufgegriffen.",
    )
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED


def test_workers_sent_home_under_sanctions_are_no_alert() -> None:
    """Guard: workers are the people only where no sanctions are named."""
    verdict = _read(
        "Arbeiter verlassen Russland",
        "Wegen der UN-Sanktionen wurden vierzig nordkoreanische Arbeiter in ihre Heimat "
        "zurückgeschickt.",
    )
    assert verdict.tier is not Tier.ALERT


# A separable verb of a main clause around its object.
# fmt: off
SEPARABLE = [
    # (id, title, text, people, status)
    ("nahm-fest", "Festnahme in Shenyang",
     "Die Polizei in Shenyang nahm acht Nordkoreaner fest.",
     8, Status.ARRESTED),
    ("setzte-fest", "Festnahme in Vietnam",
     "Die vietnamesische Grenzpolizei in Lang Son setzte sechs Nordkoreaner fest.",
     6, Status.ARRESTED),
    ("liess-frei", "Vietnam lässt zwei Nordkoreaner frei",
     "Die Behörden in Hanoi ließen zwei Nordkoreaner frei, die im Oktober in Quang "
     "Ninh festgenommen worden waren.",
     2, Status.RELEASED),
]
# fmt: on


@pytest.mark.parametrize(
    ("title", "text", "people", "status"),
    [r[1:] for r in SEPARABLE],
    ids=[r[0] for r in SEPARABLE],
)
def test_a_separable_verb_around_the_people(
    title: str, text: str, people: int, status: Status
) -> None:
    verdict = _read(title, text)
    assert verdict.tier is Tier.ALERT
    assert (verdict.facts.status, verdict.facts.people) == (status, people)


def test_a_separable_verb_about_something_else_frees_no_one() -> None:
    """Guard: "lässt ... ruhen" is no release, and an arrest stays an arrest."""
    verdict = _read(
        "Festnahme in Dandong",
        "Die Polizei hat in Dandong fünf Nordkoreaner festgenommen. Sie lässt die Ermittlungen "
        "gegen einen Helfer ruhen.",
    )
    assert verdict.facts.status is Status.ARRESTED


# Their trace lost: missing, not nothing.
# fmt: off
MISSING = [
    # (id, title, text)
    ("jede-spur", "Sorge um Nordkoreaner in China",
     "Von drei Nordkoreanerinnen, die im Oktober in Shenyang untergetaucht waren, fehlt seit "
     "zehn Tagen jede Spur."),
    ("spurlos", "Flucht durch China",
     "Vier nordkoreanische Flüchtlinge sind am Montag in Dandong spurlos verschwunden."),
    ("vermisst", "Flucht durch China",
     "Zwei Nordkoreaner gelten seit ihrer Ankunft in Kunming als vermisst."),
]
# fmt: on


@pytest.mark.parametrize(("title", "text"), [r[1:] for r in MISSING], ids=[r[0] for r in MISSING])
def test_a_lost_trace_is_missing(title: str, text: str) -> None:
    verdict = _read(title, text)
    assert verdict.tier is not Tier.IGNORE
    assert verdict.facts.status is Status.MISSING


def test_a_lost_trace_after_a_return_stays_a_return() -> None:
    """Guard: a trace lost after the people were sent back is no milder status."""
    verdict = _read(
        "China schickt Nordkoreaner zurück",
        "Die chinesischen Behörden haben am Montag fünf Nordkoreaner nach Nordkorea "
        "abgeschoben. Seitdem fehlt von ihnen jede Spur.",
    )
    assert verdict.facts.status is Status.REPATRIATED


def test_people_caught_are_arrested() -> None:
    """ "gefasst" with the verb's parts far apart: the people caught, in custody."""
    verdict = _read(
        "Zwei Nordkoreaner an der Grenze gefasst",
        "Die Polizei hat am Sonntag in Hunchun zwei Nordkoreaner gefasst, die über den Tumen "
        "gekommen waren.",
    )
    assert verdict.tier is Tier.ALERT
    assert (verdict.facts.status, verdict.facts.people) == (Status.ARRESTED, 2)


def test_a_decision_taken_catches_no_one() -> None:
    """Guard: "einen Beschluss gefasst" is a decision taken, not an arrest."""
    verdict = _read(
        "Bundestag berät über Flüchtlinge",
        "Der Ausschuss hat einen Beschluss gefasst über Hilfe für nordkoreanische Flüchtlinge.",
    )
    assert verdict.facts.status is None


def test_an_expulsion_a_court_ordered_around_the_people_is_still_to_come() -> None:
    """ "hat die Ausweisung von zwei geflohenen Nordkoreanern angeordnet": the people between
    the noun and the participle; the return is ordered, not done."""
    verdict = _read(
        "Gericht ordnet Ausweisung an",
        "Ein Gericht in Chabarowsk hat die Ausweisung von zwei geflohenen Nordkoreanern "
        "angeordnet.",
    )
    assert verdict.tier is Tier.ALERT
    assert (verdict.facts.status, verdict.facts.people) == (Status.FACING_REPATRIATION, 2)
