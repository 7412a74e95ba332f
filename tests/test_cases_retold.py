"""A follow-up years after an incident, read by the classifier and linked: the date it gives the
incident, not the day of its own news, decides which case it joins."""

from __future__ import annotations

from datetime import date

import pytest

from bot.cases import link_batch
from bot.classify import classify
from bot.domain import Document, Verdict


def classified(rid: str, day: date, lang: str, title: str, text: str) -> tuple[Document, Verdict]:
    doc = Document(rid, title, text, lang, f"https://news.example/{rid}", day, "Harbour Times")
    return doc, classify(doc)


ARREST_2021 = [
    classified(
        "a1", date(2021, 3, 4), "en", "Three North Korean defectors arrested in Tumen",
        "Chinese police arrested three North Korean defectors in Tumen on March 2, a rescue "
        "group said. The three face forced repatriation.",
    ),
    classified(
        "a2", date(2021, 3, 5), "ko", "투먼서 탈북민 3명 체포",
        "중국 공안이 지난 2일 투먼에서 탈북민 3명을 체포했다고 구호단체가 밝혔다.",
    ),
]  # fmt: skip
ARREST_2022 = classified(
    "n1", date(2022, 3, 9), "en", "Three North Korean defectors held in Tumen",
    "Chinese police detained three North Korean defectors in Tumen on March 7, a pastor said.",
)  # fmt: skip
RETOLD = {
    "en": classified(
        "r-en", date(2024, 6, 11), "en",
        "China sent back three North Korean defectors held in Tumen",
        "China forcibly sent back three North Korean defectors it had held in Tumen, Seoul "
        "prosecutors said on Monday. The three North Korean defectors were arrested in Tumen "
        "on 2 March 2021.",
    ),
    "ko": classified(
        "r-ko", date(2024, 6, 11), "ko", "중국, 투먼서 붙잡힌 탈북민 3명 강제북송",
        "중국 공안이 투먼에서 붙잡은 탈북민 3명을 북한으로 강제북송한 것으로 10일 확인됐다. "
        "이 탈북민 3명은 2021년 3월 투먼에서 체포됐다.",
    ),
    "zh": classified(
        "r-zh", date(2024, 6, 11), "zh-Hans", "中国将在图们被捕的3名脱北者遣返朝鲜",
        "首尔检方10日证实，中国已将在图们被捕的3名脱北者强制遣返朝鲜。"
        "这3名脱北者于2021年3月2日在图们被捕。",
    ),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(RETOLD))
def test_a_follow_up_years_later_is_dated_by_the_incident_it_retells(lang: str) -> None:
    _, verdict = RETOLD[lang]
    assert verdict.alert
    assert verdict.facts.date is not None
    assert (verdict.facts.date.year, verdict.facts.date.month) == (2021, 3)


@pytest.mark.parametrize("lang", sorted(RETOLD))
def test_a_follow_up_years_later_joins_the_case_of_the_incident_it_dates(lang: str) -> None:
    reports = [*ARREST_2021, ARREST_2022, RETOLD[lang]]
    first, again, other, retold = (link_batch(reports).case_of[doc.id] for doc, _ in reports)
    assert first == again == retold != other


def test_a_report_of_a_new_arrest_that_recalls_an_old_one_keeps_its_own_day() -> None:
    doc, verdict = classified(
        "m1", date(2024, 6, 11), "en", "Five North Korean defectors arrested in Tumen",
        "Chinese police arrested five North Korean defectors in Tumen on Sunday, a rescue group "
        "said. Three North Korean defectors were arrested in Tumen on 2 March 2021.",
    )  # fmt: skip
    assert verdict.facts.date == date(2024, 6, 9)
    assert link_batch([*ARREST_2021, (doc, verdict)]).case_of["m1"] != "C1"


def test_an_undated_report_of_a_new_arrest_is_not_dated_by_an_old_one_of_other_people() -> None:
    doc, verdict = classified(
        "m2", date(2024, 6, 11), "en", "Five North Korean defectors arrested in Tumen",
        "Chinese police arrested five North Korean defectors in Tumen, a rescue group said. "
        "Three North Korean defectors were arrested in Tumen on 2 March 2021.",
    )  # fmt: skip
    assert verdict.alert
    assert verdict.facts.date is None
    assert link_batch([*ARREST_2021, (doc, verdict)]).case_of["m2"] != "C1"
