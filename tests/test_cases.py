"""Linking alert-tier reports into cases: one incident, one case; different incidents stay apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from bot.cases import (
    CaseRecord,
    LinkConstraints,
    ReportRef,
    apply_report,
    corrections,
    link_batch,
    link_report,
    make_ref,
)
from bot.cases.link import score_case
from bot.domain import Document, Facts, Status, Tier, Verdict

NOW = datetime(2024, 12, 1, tzinfo=UTC)


def report(
    rid: str,
    day: date,
    text: str,
    *,
    source: str = "Northwind Radio",
    lang: str = "en",
    country: str | None = "CN",
    place: str | None = None,
    people: int | None = None,
    status: Status | None = Status.ARRESTED,
    names: tuple[str, ...] = (),
    groups: tuple[str, ...] = (),
    secondary: Facts | None = None,
) -> tuple[Document, Verdict]:
    doc = Document(rid, text.split(".")[0], text, lang, f"https://news.example/{rid}", day, source)
    facts = Facts(
        country=country, place=place, people=people, status=status, names=names, groups=groups
    )
    return doc, Verdict(Tier.ALERT, 1.0, facts, secondary=secondary)


def ref(item: tuple[Document, Verdict]) -> ReportRef:
    return make_ref(*item)


def cases_of(items: list[tuple[Document, Verdict]]) -> list[str | None]:
    result = link_batch(items)
    return [result.case_of[doc.id] for doc, _ in items]


SHENYANG_EN = report(
    "a1",
    date(2024, 3, 4),
    "Chinese police detained nine North Korean defectors, two of them children, at a "
    "rented flat in Shenyang on Sunday, a Seoul rescue group said.",
    place="Shenyang",
    people=9,
    groups=("children",),
)
SHENYANG_KO = report(
    "a2",
    date(2024, 3, 5),
    "중국 공안이 선양의 한 임대 주택에서 어린이 2명을 포함한 탈북민 9명을 붙잡았다고 구호단체가 전했다.",
    source="한빛일보",
    lang="ko",
    place="선양",
    people=9,
    groups=("children",),
)
SHENYANG_LATER = report(
    "a3",
    date(2024, 3, 11),
    "The nine North Koreans caught in Liaoning province last week are now at risk of being "
    "sent back, campaigners warned.",
    source="Harbour Times",
    place="Liaoning",
    people=10,
    status=Status.FACING_REPATRIATION,
)


def test_one_incident_reported_by_three_outlets_in_two_languages_is_one_case() -> None:
    found = cases_of([SHENYANG_EN, SHENYANG_KO, SHENYANG_LATER])
    assert found[0] is not None
    assert found == [found[0]] * 3


def test_two_arrests_in_the_same_city_months_apart_are_two_cases() -> None:
    autumn = report(
        "b1",
        date(2024, 8, 20),
        "Six North Koreans were arrested by police in Shenyang as they waited for a bus.",
        source="Harbour Times",
        place="Shenyang",
        people=6,
    )
    first, second = cases_of([SHENYANG_EN, autumn])
    assert first != second


@pytest.mark.parametrize(
    ("other_place", "other_country"),
    [("Kunming", "CN"), ("Lang Son", "VN")],
    ids=["other-city-same-week", "other-country-same-week"],
)
def test_arrests_in_different_places_in_the_same_week_are_two_cases(
    other_place: str, other_country: str
) -> None:
    elsewhere = report(
        "c1",
        date(2024, 3, 6),
        f"Border police in {other_place} held a group of nine North Koreans, activists said.",
        country=other_country,
        place=other_place,
        people=9,
    )
    first, second = cases_of([SHENYANG_EN, elsewhere])
    assert first != second


def test_a_near_copy_without_a_place_joins_the_case_of_its_original() -> None:
    copy = report(
        "d1",
        date(2024, 3, 30),
        SHENYANG_EN[0].text.replace("on Sunday", "last Sunday"),
        source="Syndicated Wire",
        place=None,
        people=None,
    )
    first, second = cases_of([SHENYANG_EN, copy])
    assert first == second


def test_romanisations_of_one_name_link_and_different_names_do_not() -> None:
    def one_man(rid: str, day: int, name: str, text: str) -> tuple[Document, Verdict]:
        return report(
            rid,
            date(2023, 5, day),
            text.format(name=name),
            country="RU",
            place="Vladivostok",
            people=1,
            status=Status.FACING_REPATRIATION,
            names=(name,),
        )

    found = cases_of(
        [
            one_man("e1", 2, "Choe Myong Bok", "{name} fears deportation from Vladivostok."),
            one_man("e2", 5, "Choi Myung-bok", "A court heard the appeal of {name} today."),
            one_man("e3", 6, "Pak Sun Hui", "Migration officers held {name}, a welder."),
        ]
    )
    assert found[0] == found[1] != found[2]


def test_one_person_named_in_two_scripts_is_still_one_case() -> None:
    english = report(
        "n1", date(2023, 5, 2), "Choe Myong Bok fears deportation from Vladivostok.",
        country="RU", place="Vladivostok", people=1, status=Status.FACING_REPATRIATION,
        names=("Choe Myong Bok",),
    )  # fmt: skip
    korean = report(
        "n2", date(2023, 5, 3), "블라디보스토크에서 최명복 씨가 추방 위기에 놓였다.", lang="ko",
        country="RU", place="블라디보스토크", people=1, status=Status.FACING_REPATRIATION,
        names=("최명복",),
    )  # fmt: skip
    first, second = cases_of([english, korean])
    assert first == second


def test_one_woman_named_in_the_norths_and_the_souths_spelling_is_one_case() -> None:
    def one_woman(rid: str, day: int, name: str, text: str) -> tuple[Document, Verdict]:
        return report(
            rid, date(2025, 2, day), text.format(name=name), country="RU", place="Khabarovsk",
            people=1, status=Status.DETAINED, names=(name,),
        )  # fmt: skip

    found = cases_of(
        [
            one_woman("w1", 3, "Pak Un-jong", "{name} is held by immigration police."),
            one_woman("w2", 4, "Park Eunjeong", "Her sister says {name} was a seamstress."),
        ]
    )
    assert found[0] == found[1]


def test_reports_that_are_not_alerts_get_no_case() -> None:
    doc, verdict = SHENYANG_EN
    background = (replace(doc, id="z1"), replace(verdict, tier=Tier.RELATED))
    assert cases_of([SHENYANG_EN, background]) == ["C1", None]


def test_a_report_of_two_incidents_joins_its_main_one_and_notes_the_other() -> None:
    other = Facts(country="CN", place="Dandong", people=4, status=Status.REPATRIATED)
    doc, verdict = SHENYANG_KO
    both = (doc, replace(verdict, secondary=other))
    result = link_batch([SHENYANG_EN, both])
    case = result.cases["C1"]
    assert case.report_ids == ("a1", "a2")
    assert len(case.other_incidents) == 1
    assert "Dandong" in case.other_incidents[0]


def test_a_closed_case_takes_no_new_report() -> None:
    case = corrections.close(apply_report(None, ref(SHENYANG_EN), new_id="C1"))
    decision = link_report(ref(SHENYANG_KO), [case])
    assert decision.case_id is None


def test_a_report_split_out_of_a_case_never_links_back_to_it() -> None:
    case = apply_report(None, ref(SHENYANG_EN), new_id="C1")
    case = apply_report(case, ref(SHENYANG_KO), new_id="C2")
    kept, moved = corrections.split(case, "a2", new_id="C2")
    constraints = LinkConstraints(frozenset({("a2", "C1")}))
    decision = link_report(ref(SHENYANG_KO), [kept], constraints=constraints)
    assert kept.report_ids == ("a1",)
    assert moved.report_ids == ("a2",)
    assert decision.case_id is None


def test_a_merged_case_redirects_and_new_reports_join_the_case_it_was_merged_into() -> None:
    one = apply_report(None, ref(SHENYANG_EN), new_id="C1")
    two = apply_report(None, ref(SHENYANG_LATER), new_id="C2")
    kept, gone = corrections.merge(one, two)
    decision = link_report(ref(SHENYANG_KO), [kept, gone])
    assert gone.merged_into == "C1"
    assert kept.report_ids == ("a1", "a3")
    assert decision.case_id == "C1"


def test_every_decision_explains_itself() -> None:
    case = apply_report(None, ref(SHENYANG_EN), new_id="C1")
    decision = link_report(ref(SHENYANG_KO), [case])
    assert decision.case_id == "C1"
    assert any("same place" in why for why in decision.why)


def test_an_undated_report_needs_more_than_country_to_join_a_case() -> None:
    case = apply_report(None, ref(SHENYANG_EN), new_id="C1")
    same_place = replace(ref(SHENYANG_KO), date=None)
    no_place = replace(same_place, places=frozenset(), mentions=frozenset(), facts=Facts("CN"))
    assert link_report(same_place, [case]).case_id == "C1"
    assert link_report(no_place, [case]).case_id is None
    assert apply_report(case, same_place, new_id="-").last_seen == SHENYANG_EN[0].date


def test_cases_are_numbered_in_the_order_they_open() -> None:
    spring = report(
        "f1", date(2022, 4, 1), "Police in Yanji held three North Koreans.", place="Yanji"
    )
    summer = report(
        "f2", date(2022, 9, 1), "Police in Hunchun held two North Koreans.", place="Hunchun"
    )
    assert cases_of([summer, spring]) == ["C2", "C1"]


def _record(items: list[tuple[Document, Verdict]]) -> CaseRecord:
    result = link_batch(items)
    assert len(result.cases) == 1
    return next(iter(result.cases.values()))


def test_counts_that_disagree_are_kept_per_source_and_never_added() -> None:
    doc, verdict = SHENYANG_KO
    twelve = (doc, replace(verdict, facts=replace(verdict.facts, people=12)))
    case = _record([SHENYANG_EN, twelve])
    assert [(c.outlet, c.people) for c in case.counts] == [
        ("Northwind Radio", 9),
        ("한빛일보", 12),
    ]


def test_an_outcome_months_later_follows_the_case_up_but_a_new_arrest_does_not() -> None:
    facing = report(
        "g1",
        date(2024, 1, 10),
        "Seven North Koreans held in Dandong face forced return, an aid group said.",
        place="Dandong",
        people=7,
        status=Status.FACING_REPATRIATION,
    )
    sent_back = report(
        "g2",
        date(2024, 4, 20),
        "The seven North Koreans detained in Dandong in January were sent back across the river.",
        source="Harbour Times",
        place="Dandong",
        people=7,
        status=Status.REPATRIATED,
    )
    new_arrest = report(
        "g3",
        date(2024, 4, 22),
        "Police in Dandong arrested seven North Korean women at a bus terminal.",
        source="Syndicated Wire",
        place="Dandong",
        people=7,
    )
    assert cases_of([facing, sent_back]) == ["C1", "C1"]
    assert cases_of([facing, new_arrest]) == ["C1", "C2"]


def test_the_linking_core_does_no_io() -> None:
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parents[1] / "bot"
    files = [*sorted((package / "cases").glob("*.py")), package / "summary.py"]
    for file in files:
        tree = ast.parse(file.read_text(encoding="utf-8"))
        roots = {
            (node.module or "").split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
        } | {
            a.name.split(".")[0]
            for n in ast.walk(tree)
            if isinstance(n, ast.Import)
            for a in n.names
        }
        assert not roots & {"sqlalchemy", "httpx", "telegram", "alembic", "feedparser"}, file


def test_a_wire_brief_template_about_another_city_is_another_case() -> None:
    yanji = report(
        "h1", date(2024, 3, 1), "Police in Yanji held five North Koreans.", place="Yanji", people=5
    )
    kunming = report(
        "h2",
        date(2024, 3, 2),
        "Police in Kunming held five North Koreans.",
        place="Kunming",
        people=5,
    )
    assert cases_of([yanji, kunming]) == ["C1", "C2"]


def test_one_person_is_not_linked_to_a_group_of_three_on_country_and_time_alone() -> None:
    three = report(
        "g1", date(2026, 5, 2), "Three North Korean men are held in Khabarovsk.",
        country="RU", place="Khabarovsk", people=3, status=Status.DETAINED,
    )  # fmt: skip
    one = report(
        "g2", date(2026, 5, 20), "A North Korean man is held by migration police.",
        country="RU", place=None, people=1, status=Status.DETAINED,
    )  # fmt: skip
    first, second = cases_of([three, one])
    assert first != second


def test_one_person_a_report_dwells_on_joins_her_groups_case_in_the_same_town_and_week() -> None:
    group = told("o1", date(2026, 9, 7), "Yanji", 12, lang="en", source="Harbour Times")
    # The story follows one woman of the twelve, and the count is read from her.
    one = told("o2", date(2026, 9, 8), "연길", 1, lang="ko", source="한빛일보")
    # One person held in another town of the province that week is someone else.
    elsewhere = told("o3", date(2026, 9, 8), "Tumen", 1, lang="en", source="Northwind")
    linked = cases_of([group, one, elsewhere])
    assert linked[0] == linked[1] != linked[2]


def test_towns_apart_in_one_province_are_two_incidents() -> None:
    tumen = report(
        "t1", date(2026, 4, 8), "Five defectors were arrested in Tumen.",
        place="Tumen", people=5,
    )  # fmt: skip
    jilin = report(
        "t2", date(2026, 4, 12), "Five defectors held in Jilin face repatriation.",
        place="Jilin", people=5, status=Status.FACING_REPATRIATION,
    )  # fmt: skip
    dandong = report(
        "t3", date(2026, 4, 20), "Dozens were sent back from Dandong, near Jilin.",
        place="Dandong, Jilin", people=None, status=Status.REPATRIATED,
    )  # fmt: skip
    first, second, third = cases_of([tumen, jilin, dandong])
    assert first == second != third


def test_a_vague_report_and_a_specific_one_are_not_linked_on_country_and_time_alone() -> None:
    vague = report(
        "v1", date(2026, 2, 27), "China sent back North Korean defectors, activists said.",
        place=None, people=None, status=Status.REPATRIATED,
    )  # fmt: skip
    specific = report(
        "v2", date(2026, 3, 4), "Police in Shenyang arrested seven North Korean defectors.",
        place="Shenyang", people=7,
    )  # fmt: skip
    first, second = cases_of([vague, specific])
    assert first != second


def told(
    rid: str, day: date, place: str, people: int, *, lang: str, source: str, **facts: object
) -> tuple[Document, Verdict]:
    """A report of an arrest in China with the facts the classifier would have read."""
    text = f"Report {rid}: North Koreans held in {place}."
    options: dict[str, object] = {"country": "CN", "status": Status.ARRESTED, **facts}
    doc = Document(rid, text, text, lang, f"https://news.example/{rid}", day, source)
    return doc, Verdict(Tier.ALERT, 1.0, Facts(place=place, people=people, **options))  # type: ignore[arg-type]


def test_one_incident_told_in_four_languages_and_scripts_is_one_case() -> None:
    arrest = date(2026, 9, 14)
    reports = [
        told("e1", date(2026, 9, 16), "Shenyang", 30, lang="en", source="Harbour Times",
             people_approx=True, names=("Choe Un-hui",), date=arrest),
        told("k1", date(2026, 9, 17), "중국 심양", 27, lang="ko", source="한빛일보",
             status=Status.DETAINED, names=("최은희",), date=date(2026, 9, 15)),
        told("z1", date(2026, 9, 17), "遼寧省瀋陽市", 27, lang="zh-Hant", source="東海日報",
             date=arrest),
        told("r1", date(2026, 9, 21), "Шэньяне", 30, lang="ru", source="Восточный вестник",
             people_approx=True, status=Status.FACING_REPATRIATION),
    ]  # fmt: skip
    assert len(set(cases_of(reports))) == 1


def test_two_incidents_in_one_city_a_month_apart_stay_two() -> None:
    first = [
        told("a1", date(2026, 3, 2), "Dandong", 6, lang="en", source="Harbour Times"),
        told("a2", date(2026, 3, 3), "단둥", 6, lang="ko", source="한빛일보"),
    ]
    later = told("b1", date(2026, 4, 2), "丹东", 5, lang="zh-Hans", source="东海日报")
    linked = cases_of([*first, later])
    assert linked[0] == linked[1] != linked[2]


def test_an_ngo_statement_days_after_the_arrest_joins_the_arrests_case() -> None:
    arrest = told(
        "p1", date(2026, 6, 8), "Kunming", 11, lang="en", source="Harbour Times",
        date=date(2026, 6, 7),
    )  # fmt: skip
    statement = told(
        "p2", date(2026, 6, 13), "Yunnan province", 11, lang="en", source="Northwind Radio",
        status=Status.FACING_REPATRIATION, orgs=("Rescue North Korean Refugees",),
        date=date(2026, 6, 12),  # the day the group spoke
    )  # fmt: skip
    first, second = cases_of([arrest, statement])
    assert first == second


def test_an_arrest_in_vietnam_never_joins_a_case_of_an_arrest_in_china() -> None:
    china = told("c1", date(2026, 1, 5), "Pingxiang", 8, lang="en", source="Harbour Times")
    vague = told("c2", date(2026, 1, 6), "the border", 8, lang="en", source="Harbour Times",
                 country=None)  # fmt: skip
    doc, verdict = told("v1", date(2026, 1, 9), "Lang Son", 8, lang="en", source="Harbour Times")
    vietnam = (doc, replace(verdict, facts=replace(verdict.facts, country="VN")))
    linked = cases_of([china, vague, vietnam])
    assert linked[2] not in linked[:2]


def test_one_report_that_misread_the_country_does_not_shut_its_case_to_the_rest() -> None:
    arrest = told("n1", date(2026, 4, 6), "Hunchun", 5, lang="en", source="Harbour Times")
    # The ministry in Seoul spoke, and the classifier took South Korea for the country.
    misread = told("n2", date(2026, 4, 7), "훈춘", 5, lang="ko", source="한빛일보", country="KR")
    unplaced = told("n3", date(2026, 4, 8), "the border", 5, lang="en", source="Northwind")
    assert len(set(cases_of([arrest, misread, unplaced]))) == 1


def test_a_country_the_report_names_no_place_in_is_weighed_not_obeyed() -> None:
    arrest = told("q1", date(2026, 7, 6), "Dandong", 7, lang="en", source="Harbour Times")
    doc, verdict = told("q2", date(2026, 7, 7), "Dandong", 7, lang="ko", source="한빛일보")
    # The Seoul ministry spoke; the classifier read neither the town nor the right country.
    text = "통일부는 단둥에서 탈북민 7명이 붙잡혔다고 밝혔다."
    misread = (
        replace(doc, title="통일부, 탈북민 7명 억류 확인", text=text),
        replace(verdict, facts=replace(verdict.facts, country="KR", place=None)),
    )
    # A group held the same week in a town of Vietnam is another incident all the same.
    doc, verdict = told("q3", date(2026, 7, 8), "Mong Cai", 7, lang="en", source="Northwind")
    vietnam = (doc, replace(verdict, facts=replace(verdict.facts, country="VN")))
    linked = cases_of([arrest, misread, vietnam])
    assert linked[0] == linked[1] != linked[2]
    why = link_batch([arrest, misread]).decisions["q2"].why
    assert "-1.0 another country, named with no place in it" in why


def test_a_place_that_only_names_a_country_does_not_back_a_misread_one() -> None:
    held = told("l1", date(2026, 5, 11), "Vientiane", 6, lang="en", source="Harbour Times",
                country="LA", orgs=("Crossing Borders",))  # fmt: skip
    # The place read is only the country's name; the country read is South Korea's.
    retold = told("l2", date(2026, 5, 12), "라오스", 6, lang="ko", source="한빛일보",
                  country="KR", orgs=("Crossing Borders",))  # fmt: skip
    first, second = cases_of([held, retold])
    assert first == second


def test_the_decision_says_why_a_report_joined_or_opened_a_case() -> None:
    first = told("w1", date(2026, 2, 1), "Yanji", 4, lang="en", source="Harbour Times")
    second = told("w2", date(2026, 2, 3), "연길", 4, lang="ko", source="한빛일보")
    result = link_batch([first, second])
    assert result.decisions["w1"].why[0].startswith("new case")
    joined = result.decisions["w2"]
    assert joined.why[0] == f"joined {result.case_of['w1']} with {joined.score:.1f}"
    assert "+2.0 same place" in joined.why


def test_people_reported_missing_weeks_after_their_arrest_stay_in_its_case() -> None:
    arrest = told("m1", date(2026, 8, 3), "Hunchun", 3, lang="en", source="Harbour Times")
    missing = told(
        "m2", date(2026, 8, 27), "훈춘", 3, lang="ko", source="한빛일보", status=Status.MISSING
    )
    first, second = cases_of([arrest, missing])
    assert first == second


def test_a_follow_up_years_later_that_states_the_arrest_date_joins_the_arrest_case() -> None:
    arrest = date(2021, 3, 2)
    first = [
        told("f1", date(2021, 3, 4), "Tumen", 3, lang="en", source="Harbour Times"),
        told("f2", date(2021, 3, 5), "투먼", 3, lang="ko", source="한빛일보"),
    ]
    inquiry = told(
        "f3", date(2023, 8, 10), "Tumen", 3, lang="en", source="Northwind Radio",
        status=Status.REPATRIATED, date=arrest,  # 'the three held in Tumen on 2 March 2021'
    )  # fmt: skip
    undated = told(
        "f4", date(2023, 8, 10), "Tumen", 3, lang="en", source="Northwind Radio",
        status=Status.REPATRIATED,
    )  # fmt: skip
    assert len(set(cases_of([*first, inquiry]))) == 1
    assert len(set(cases_of([*first, undated]))) == 2
    why = link_batch([*first, inquiry]).decisions["f3"].why
    assert any("told as 2021-03-02" in line for line in why)


def test_a_large_group_counted_alike_in_the_same_city_weeks_later_is_the_same_group() -> None:
    arrest = told("g1", date(2026, 5, 2), "Kunming", 19, lang="en", source="Harbour Times")
    still_held = told(
        "g2", date(2026, 5, 31), "쿤밍", 19, lang="ko", source="한빛일보", status=Status.DETAINED
    )
    first, second = cases_of([arrest, still_held])
    assert first == second


@pytest.mark.parametrize(
    ("people", "told_day"),
    [(3, None), (19, date(2026, 5, 29))],
    ids=["a small group", "a large group held on another day"],
)
def test_a_group_in_the_same_city_weeks_later_is_another_arrest(
    people: int, told_day: date | None
) -> None:
    arrest = told(
        "h1", date(2026, 5, 2), "Kunming", people, lang="en", source="Harbour Times",
        date=date(2026, 5, 1),
    )  # fmt: skip
    later = told(
        "h2", date(2026, 5, 31), "쿤밍", people, lang="ko", source="한빛일보",
        status=Status.DETAINED, date=told_day,
    )  # fmt: skip
    first, second = cases_of([arrest, later])
    assert first != second


def test_a_report_from_a_town_in_vietnam_never_joins_a_case_in_china_it_mentions() -> None:
    kunming = told("k1", date(2026, 10, 5), "Kunming", 7, lang="en", source="Harbour Times")
    doc, verdict = told("k2", date(2026, 10, 9), "Lang Son", 7, lang="en", source="Northwind")
    # The classifier took China for the country: the group had set off from Kunming.
    text = "Seven North Koreans who left Kunming last month were held in Lang Son."
    lang_son = (replace(doc, title=text, text=text), verdict)
    first, second = cases_of([kunming, lang_son])
    assert first != second
    assert "places in different countries" in " ".join(
        link_batch([kunming, lang_son]).decisions["k2"].why
    )


def test_a_report_that_misreads_the_country_still_joins_the_case_of_its_city() -> None:
    arrest = told("d1", date(2026, 11, 2), "Dandong", 6, lang="en", source="Harbour Times")
    # The classifier took South Korea, whose ministry spoke, for the country of detention.
    misread = told("d2", date(2026, 11, 4), "단둥", 6, lang="ko", source="한빛일보", country="KR")
    elsewhere = told("d3", date(2026, 11, 4), "Seoul", 6, lang="en", source="Northwind",
                     country="KR")  # fmt: skip
    linked = cases_of([arrest, misread, elsewhere])
    assert linked[0] == linked[1] != linked[2]
    # Its place's country stands for the misread one.
    assert "+0.5 same country CN" in link_batch([arrest, misread]).decisions["d2"].why


def test_a_warning_weeks_later_dated_the_day_it_was_given_joins_the_arrests_case() -> None:
    arrest = [
        told("y1", date(2026, 2, 2), "Yanji", 6, lang="en", source="Harbour Times",
             date=date(2026, 2, 1)),
        told("y2", date(2026, 2, 3), "연길", 6, lang="ko", source="한빛일보",
             date=date(2026, 2, 1)),
    ]  # fmt: skip
    doc, verdict = told(
        "y3", date(2026, 3, 20), "延吉", 6, lang="zh-Hans", source="东海日报",
        status=Status.FACING_REPATRIATION, date=date(2026, 3, 18),  # the day a group warned
    )  # fmt: skip
    text = "援助团体周三警告，在延吉被抓的脱北者随时可能被遣返。"
    warning = (
        replace(doc, title=text, text=text),
        replace(verdict, facts=replace(verdict.facts, people=None)),
    )
    assert len(set(cases_of([*arrest, warning]))) == 1


def _tumen_arrests(year: int, people: int) -> list[tuple[Document, Verdict]]:
    return [
        told(f"t{year}a", date(year, 3, 4), "Tumen", people, lang="en", source="Harbour Times",
             date=date(year, 3, 2)),
        told(f"t{year}b", date(year, 3, 5), "투먼", people, lang="ko", source="한빛일보"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "place"), [("en", "Tumen"), ("ko", "투먼")], ids=["english", "korean"]
)
def test_a_retelling_years_later_that_names_only_the_month_joins_that_months_case(
    lang: str, place: str
) -> None:
    # 'the three sent back after their arrest in Tumen in March 2021' / '2021년 3월 투먼에서'
    retold = told(
        "r1", date(2023, 8, 10), place, 3, lang=lang, source="Northwind Radio",
        status=Status.REPATRIATED, date=date(2021, 3, 1), date_month_only=True,
    )  # fmt: skip
    result = link_batch([*_tumen_arrests(2021, 3), retold])
    assert len(set(result.case_of.values())) == 1
    assert any("told as 2021-03," in line for line in result.decisions["r1"].why)


@pytest.mark.parametrize(
    ("lang", "place"), [("en", "Tumen"), ("ko", "투먼")], ids=["english", "korean"]
)
def test_a_retelling_years_later_without_a_date_does_not_join_an_old_case_on_place_alone(
    lang: str, place: str
) -> None:
    retold = told(
        "r2", date(2023, 8, 10), place, 3, lang=lang, source="Northwind Radio",
        status=Status.REPATRIATED,
    )  # fmt: skip
    first, _, later = cases_of([*_tumen_arrests(2021, 3), retold])
    assert later != first


def test_a_retelling_joins_the_incident_of_its_month_not_one_in_the_same_city_a_year_before() -> (
    None
):
    retold = told(
        "r3", date(2024, 1, 15), "Tumen", 4, lang="en", source="Northwind Radio",
        status=Status.REPATRIATED, date=date(2022, 3, 1), date_month_only=True,
    )  # fmt: skip
    found = cases_of([*_tumen_arrests(2021, 4), *_tumen_arrests(2022, 4), retold])
    assert found[0] == found[1] != found[2] == found[3] == found[4]


def test_a_month_without_its_day_neither_confirms_nor_contradicts_a_day_in_it() -> None:
    day = told("d1", date(2026, 5, 20), "Hunchun", 6, lang="en", source="Harbour Times",
               date=date(2026, 5, 18))  # fmt: skip
    month = told("d2", date(2026, 5, 22), "훈춘", 6, lang="ko", source="한빛일보",
                 date=date(2026, 5, 1), date_month_only=True)  # fmt: skip
    result = link_batch([day, month])
    assert result.case_of["d1"] == result.case_of["d2"]
    assert not any("incident date" in line for line in result.decisions["d2"].why)


def test_a_loose_area_a_case_names_does_not_make_every_town_in_it_a_neighbour() -> None:
    # A vague first report ("the Russian Far East") and a town joined it; a report of another
    # town in that area is of different towns, not of one the case mentions in passing.
    vague, khabarovsk, vladivostok = (
        report(rid, date(2026, 10, day), f"Police held twenty North Korean workers in {where}.",
               source=source, country="RU", place=where, people=20)
        for rid, day, where, source in (
            ("fe0", 4, "the Russian Far East", "Northwind Radio"),
            ("fe1", 5, "Khabarovsk", "Harbour Times"),
            ("fe2", 6, "Vladivostok", "Syndicated Wire"),
        )
    )  # fmt: skip
    result = link_batch([vague, khabarovsk, vladivostok])
    assert result.case_of["fe0"] == result.case_of["fe1"] != result.case_of["fe2"]
    assert not any("mentioned" in line for line in result.decisions["fe2"].why)


def test_a_case_opened_with_a_misread_country_takes_the_next_report_from_its_place() -> None:
    # The first report names Kunming but was read as South Korea, where the NGO spoke.
    misread = told("k1", date(2026, 11, 2), "Kunming", None, lang="ko", source="한빛일보",
                   country="KR")  # fmt: skip
    right = told("k2", date(2026, 11, 3), "昆明", 11, lang="zh-Hans", source="东海日报")
    first, second = cases_of([misread, right])
    assert first == second
    assert link_batch([misread, right]).cases[first or ""].country == "CN"


def test_a_country_backed_by_a_place_is_kept_whatever_it_mentions() -> None:
    held = told("k3", date(2026, 11, 2), "Vientiane", 6, lang="en", source="Harbour Times",
                country="LA")  # fmt: skip
    assert make_ref(*held).facts.country == "LA"


def test_texts_are_compared_only_for_a_case_that_could_still_beat_the_best_so_far() -> None:
    case = _record([SHENYANG_EN])
    retold = ref(
        report(
            "t1",
            date(2024, 3, 6),
            SHENYANG_EN[0].text.replace("on Sunday", "at the weekend"),
            source="Syndicated Wire",
        )
    )
    alone = score_case(retold, case)
    assert alone is not None and any("text" in why for why in alone[1])
    assert score_case(retold, case, to_beat=alone[0] - 0.5) == alone
    beaten = score_case(retold, case, to_beat=alone[0] + 10.0)
    assert beaten is not None and not any("text" in why for why in beaten[1])
    assert beaten[0] < alone[0]
