"""Linking reports of one incident as the news tells it: outlets days apart, in several
languages, each naming the places it knows. Facts are given as the classifier would read them;
the tests assert which reports a user sees in one case."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from bot.cases import apply_report, link_batch, make_ref
from bot.cases.link import score_case
from bot.domain import Document, Facts, Status, Tier, Verdict

START = date(2026, 4, 7)
# Texts of their own for each report, naming no place: only the facts tie reports together.
TEXTS = (
    "Officers stopped a minibus at dawn and took its passengers away for questioning.",
    "A relative abroad said she had lost contact with her sister after a raid on their flat.",
    "Activists urged the authorities to let the group travel on to a country of their choice.",
    "The group had walked for days through hills before a farmer alerted the local police.",
    "Lawyers were refused access, and officials declined to comment on what comes next.",
)


def report(
    rid: str,
    days: int,
    *,
    country: str,
    place: str | None,
    people: int | None,
    status: Status,
    lang: str = "en",
) -> tuple[Document, Verdict]:
    text = TEXTS[sum(map(ord, rid)) % len(TEXTS)]
    day = START + timedelta(days=days)
    doc = Document(rid, text[:40], text, lang, f"https://news.example/{rid}", day, f"Wire {rid}")
    facts = Facts(country=country, place=place, people=people, status=status)
    return doc, Verdict(Tier.ALERT, 1.0, facts)


def cases_of(*items: tuple[Document, Verdict]) -> list[str | None]:
    result = link_batch(list(items))
    return [result.case_of[doc.id] for doc, _ in items]


Told = tuple[str, str, int | None, Status]  # country, place, people, status of one report


def _linked(pair: tuple[Told, Told], days_apart: int) -> bool:
    """Whether two reports, the second `days_apart` after the first, are linked into one case."""
    (c1, p1, n1, s1), (c2, p2, n2, s2) = pair
    first = report("a", 0, country=c1, place=p1, people=n1, status=s1)
    later = report("b", days_apart, country=c2, place=p2, people=n2, status=s2)
    one, two = cases_of(first, later)
    return one == two


def _kept_apart(earlier: list[Told], last: Told) -> bool:
    """Whether a report told on day 3 opens a case apart from the reports told before it."""
    items = [
        report(f"e{i}", i, country=ec, place=ep, people=en, status=es)
        for i, (ec, ep, en, es) in enumerate(earlier)
    ]
    c, p, n, s = last
    items.append(report("x", 3, country=c, place=p, people=n, status=s))
    found = cases_of(*items)
    return found[-1] not in found[:-1]


# A report that names the region of the case's town besides another town (where the people
# were taken, or the capital whose government is urged) is not parted from the case by the
# other town: the rest of the evidence decides.
REGION_AND_ANOTHER_TOWN = {
    "vn-held-in-hanoi": (
        ("VN", "Móng Cái, Quảng Ninh", 4, Status.ARRESTED),
        ("VN", "Hanoi, Quang Ninh", None, Status.FACING_REPATRIATION),
    ),
    "th-moved-to-bangkok": (
        ("TH", "Mae Sai", 6, Status.ARRESTED),
        ("TH", "Bangkok, Chiang Rai", 6, Status.DETAINED),
    ),
}


@pytest.mark.parametrize("key", sorted(REGION_AND_ANOTHER_TOWN))
def test_a_report_naming_the_region_of_the_case_town_joins_the_case(key: str) -> None:
    assert _linked(REGION_AND_ANOTHER_TOWN[key], days_apart=2)


# Guards: a region counts only where the report names it beside a town outside it; a town
# with its own province, or a case whose other report named the province, is not tied so.
KEPT_APART = {
    "town-in-named-province": (
        [("VN", "Móng Cái", 4, Status.ARRESTED)],
        ("VN", "Hạ Long, Quảng Ninh", 4, Status.ARRESTED),
    ),
    "region-elsewhere": (
        [("VN", "Lạng Sơn", 4, Status.ARRESTED)],
        ("VN", "Hanoi, Quang Ninh", 4, Status.ARRESTED),
    ),
    "case-named-province": (
        [("CN", "Yanbian", 3, Status.ARRESTED), ("CN", "Hunchun", 3, Status.ARRESTED)],
        ("CN", "Yanji", 3, Status.ARRESTED),
    ),
}


@pytest.mark.parametrize("key", sorted(KEPT_APART))
def test_another_town_of_a_region_stays_another_case(key: str) -> None:
    assert _kept_apart(*KEPT_APART[key])


# A city's airport, where people flying out are stopped, is the city's in the news: "held at a
# Moscow airport" and "задержаны в Шереметьево" tell one incident, as "Bangkok" and
# "Suvarnabhumi" do, without either report naming the other place.
AIRPORT_AND_CITY = {
    "ru-sheremetyevo": (("RU", "Шереметьево", "ru"), ("RU", "Moscow", "en")),
    "th-suvarnabhumi": (("TH", "สนามบินสุวรรณภูมิ", "th"), ("TH", "Bangkok", "en")),
}


@pytest.mark.parametrize("key", sorted(AIRPORT_AND_CITY))
def test_a_city_and_its_airport_are_one_place(key: str) -> None:
    (c1, p1, l1), (c2, p2, l2) = AIRPORT_AND_CITY[key]
    first = report("a", 0, country=c1, place=p1, people=2, status=Status.DETAINED, lang=l1)
    later = report("b", 2, country=c2, place=p2, people=2, status=Status.DETAINED, lang=l2)
    one, two = cases_of(first, later)
    assert one == two


def test_a_town_near_the_capital_is_not_its_airport() -> None:
    airport = report("a", 0, country="RU", place="Sheremetyevo", people=2, status=Status.DETAINED)
    town = report("b", 2, country="RU", place="Podolsk", people=2, status=Status.DETAINED)
    one, two = cases_of(airport, town)
    assert one != two


# People held in one country who then reach another: one outlet tells the arrival (at a border
# town of the second country) and another the arrest (in the first), in either order. The two
# places lie in two countries, but the report gives the country they were held in for both.
HELD_THEN_ARRIVED = {
    "la-arrival-told-first": (
        ("LA", "Chiang Saen", 8, Status.REACHED_THIRD_COUNTRY),
        ("LA", "Bokeo", 8, Status.FACING_REPATRIATION),
    ),
    "cn-arrival-told-first": (
        ("CN", "Luang Prabang", 3, Status.REACHED_THIRD_COUNTRY),
        ("CN", "Mengla", 3, Status.ARRESTED),
    ),
    "la-arrest-told-first": (
        ("LA", "Bokeo", 8, Status.ARRESTED),
        ("LA", "Chiang Saen", 8, Status.REACHED_THIRD_COUNTRY),
    ),
}


@pytest.mark.parametrize("key", sorted(HELD_THEN_ARRIVED))
def test_an_arrival_abroad_and_the_arrest_before_it_are_one_case(key: str) -> None:
    assert _linked(HELD_THEN_ARRIVED[key], days_apart=4)


# Guards: the arrival does not make every place of the first country the case's. A case that
# names where the people were held keeps another town of that country apart, and a report
# placing people held in Laos in a Thai town tells no journey unless someone arrived.
JOURNEY_KEPT_APART = {
    "case-names-where-held": (
        [
            ("LA", "Chiang Saen", 8, Status.REACHED_THIRD_COUNTRY),
            ("LA", "Luang Prabang", 8, Status.REACHED_THIRD_COUNTRY),
        ],
        ("LA", "Bokeo", 8, Status.ARRESTED),
    ),
    "nobody-arrived": (
        [("LA", "Bokeo", 8, Status.ARRESTED)],
        ("LA", "Chiang Saen", 8, Status.DETAINED),
    ),
}


@pytest.mark.parametrize("key", sorted(JOURNEY_KEPT_APART))
def test_a_town_of_the_country_left_behind_needs_more_than_an_arrival(key: str) -> None:
    assert _kept_apart(*JOURNEY_KEPT_APART[key])


def dated(item: tuple[Document, Verdict], day: int) -> tuple[Document, Verdict]:
    """The report, telling that its incident happened on day `day`."""
    doc, verdict = item
    facts = replace(verdict.facts, date=START + timedelta(days=day))
    return doc, replace(verdict, facts=facts)


# Two arrests in one city three weeks apart: the later report dates its arrest after the first
# case was already in the news, so it cannot be the arrest that case told of.
def test_an_arrest_dated_weeks_after_a_case_began_opens_another_case() -> None:
    first = report("a", 0, country="CN", place="Harbin", people=3, status=Status.ARRESTED)
    later = report("b", 20, country="CN", place="Harbin", people=2, status=Status.ARRESTED)
    one, two = cases_of(first, dated(later, 18))
    assert one != two


# Guards: the rest of a group caught within the week, a report naming the day of the first
# arrest, people missing and then caught, and an outcome dated after the case began still join.
STILL_ONE_CASE = {
    "rest-of-the-group-days-later": (Status.ARRESTED, Status.ARRESTED, 6, 5),
    "arrest-day-told-weeks-later": (Status.ARRESTED, Status.ARRESTED, 25, -1),
    "missing-then-caught": (Status.MISSING, Status.ARRESTED, 12, 10),
    "sent-back-weeks-later": (Status.ARRESTED, Status.REPATRIATED, 25, 24),
}


@pytest.mark.parametrize("key", sorted(STILL_ONE_CASE))
def test_a_later_day_of_the_same_story_stays_in_the_case(key: str) -> None:
    s1, s2, days, told = STILL_ONE_CASE[key]
    first = report("a", 0, country="CN", place="Harbin", people=3, status=s1)
    later = report("b", days, country="CN", place="Harbin", people=3, status=s2)
    one, two = cases_of(first, dated(later, told))
    assert one == two


def test_the_same_count_says_more_than_a_near_one() -> None:
    case = apply_report(
        None,
        make_ref(*report("a", 0, country="CN", place="Harbin", people=3, status=Status.ARRESTED)),
        new_id="C1",
    )
    scores = {}
    for people in (3, 2):
        doc, verdict = report(
            "b", 3, country="CN", place="Harbin", people=people, status=Status.DETAINED
        )
        scored = score_case(make_ref(doc, verdict), case)
        assert scored is not None
        scores[people] = scored[0]
    assert scores[3] > scores[2]


def test_a_roundup_of_arrests_in_several_regions_gives_no_case_its_total_or_date() -> None:
    arrest = report("kunming", 0, country="CN", place="Kunming", people=11, status=Status.ARRESTED)
    doc, verdict = report(
        "roundup", 3, country="CN", place="Kunming, Beijing, Shenyang", people=35,
        status=Status.ARRESTED,
    )  # fmt: skip
    earlier = START - timedelta(days=8)  # the day one of the other groups was caught
    roundup = (doc, replace(verdict, facts=replace(verdict.facts, date=earlier)))
    result = link_batch([arrest, roundup])
    case = result.cases[result.case_of["kunming"]]
    assert result.case_of["roundup"] == case.id  # it still tells of the Kunming arrest
    assert [c.people for c in case.counts] == [11]
    assert case.incident_date != earlier


def test_a_group_moved_between_two_regions_keeps_its_count() -> None:
    arrest = report("held", 0, country="CN", place="Kunming", people=9, status=Status.ARRESTED)
    moved = report("moved", 3, country="CN", place="Kunming, Shenyang", people=9,
                   status=Status.FACING_REPATRIATION)  # fmt: skip
    result = link_batch([arrest, moved])
    case = result.cases[result.case_of["held"]]
    assert result.case_of["moved"] == case.id
    assert [c.people for c in case.counts] == [9, 9]
