"""The cases linking compares a new report with: chosen in SQL, read from the cycle's cache.

`bot.cases.link_report` scores every case it is given, and most open cases could never take the
report. The query here leaves out only cases the linker is certain to turn down, by its own rules
(bot.cases.link):
  - a closed or merged case, or one in another country when the report backs its own with a
    place (`country_backed`: another country then rules a case out), unless the case's place of
    the incident is, contains or lies in the report's (`same_place`: then one of the two misread
    the country);
  - a case the report's date, and the incident date it states, are both too far from: for a
    report of the arrest itself, a case first reported more than `WINDOW_DAYS` before or after
    them; for a follow-up (`followed_statuses`: an outcome, or a threat of return after an
    arrest), a case whose reports all lie more than `OUTCOME_WINDOW_DAYS` away. A first poll of
    1,000 feeds (bench/pipeline.py) met 5.6 cases an alert in the wider window for every
    report, 2.5 so;
  - a case in another place: when the report and the case both name specific places and none of
    the report's places or mentions is, contains or lies in any place or mention of the case, the
    linker scores the case at `PLACE_CONFLICT` and stops, unless both name people. So a case stays
    a candidate when the report names no specific place, or the case none, or both name people,
    or some key of the report (its places and mentions, with every place containing one and every
    place inside one: 沈阳, 선양 and Shenyang are one key) is among the case's (`case_places`).
tests/test_case_candidates.py checks that the linker joins the same case from these candidates as
from every open case. Records come from the poll cycle's `CaseCache` while their version holds.

For a report that names a place, the query first gathers the ids the place rule can allow: cases
with a key near the report's, cases whose headline place (`place_key`, their most named place of
the incident) is none or an area, and, when the report names people, cases that do too. A case in
no specific place has such a headline place, so none is missed; read through the indexes, these
few ids make the query's cost that of the cases at the report's place, not of every open case in
its country (1,000 feeds: 0.12 ms of SQLite a query before, 0.04 after). The query runs on the
driver's cursor (bot.store.driver_query): through SQLAlchemy's execution path it cost 0.11 ms an
alert on a first poll of 1,000 feeds, 0.05 ms so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    Table,
    and_,
    bindparam,
    exists,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from bot.cases import CaseRecord, ReportRef
from bot.cases.link import (
    OUTCOME_WINDOW_DAYS,
    WINDOW_DAYS,
    country_backed,
    followed_statuses,
    told_date,
)
from bot.cases.places import ancestors, is_area, kin
from bot.domain import Status
from bot.reference import gazetteer
from bot.store.case_cache import CaseCache
from bot.store.case_rows import Case, CasePlace, load_records
from bot.store.driver_query import DriverQuery

_CASES: Table = Case.__table__  # type: ignore[assignment]
_PLACES: Table = CasePlace.__table__  # type: ignore[assignment]


def candidate_cases(
    session: Session,
    ref: ReportRef,
    when: date,
    cache: CaseCache | None = None,
    unwritten: Mapping[int, CaseRecord] | None = None,
) -> list[CaseRecord]:
    """The open cases `ref` (dated `when`) could join, by id; from `cache` where it holds.
    `unwritten`: cases whose rows are behind their records (bot.store.case_writes), chosen by
    their records as the query would choose them from their rows once written."""
    earliest = min(when, told_date(ref) or when)  # the incident date the report states
    follow_up, arrest = timedelta(days=OUTCOME_WINDOW_DAYS), timedelta(days=WINDOW_DAYS)
    params: dict[str, Any] = {
        "since": earliest - follow_up,
        "until": when + follow_up,
        "arrest_since": earliest - arrest,
        "arrest_until": when + arrest,
    }
    follows = followed_statuses(ref.facts.status)
    placed = frozenset(k for k in ref.places if not is_area(k))
    # A country the report names no place in may be misread: every country's cases stay in.
    country = ref.facts.country if country_backed(ref) else None
    named = bool(ref.facts.names)
    if country:
        params["country"] = country
    near = same_place = frozenset[str]()
    if placed:
        near, same_place = _near(placed | ref.mentions), kin(placed)
        params["near"], params["same_place"] = list(_in_order(near)), list(_in_order(same_place))
    query = _driven(in_country=bool(country), placed=bool(placed), named=named, follows=follows)
    pending = unwritten or {}
    found: dict[int, CaseRecord | None] = {}
    versions = {}
    for case_id, updated_at, report_count in query.rows(session, params):
        if case_id in pending:
            continue
        versions[case_id] = (updated_at, report_count)
        found[case_id] = (
            cache.get(session, case_id, versions[case_id]) if cache is not None else None
        )
    missing = [case_id for case_id, record in found.items() if record is None]
    for case_id, record in load_records(session, missing).items():
        found[case_id] = record
        if cache is not None:
            cache.put(session, case_id, versions[case_id], record)
    for case_id, record in pending.items():
        if _selected(record, params, near, same_place, named=named, follows=follows):
            found[case_id] = record
    return [record for _, record in sorted(found.items()) if record is not None]


def _selected(
    record: CaseRecord,
    params: Mapping[str, Any],
    near: frozenset[str],
    same_place: frozenset[str],
    *,
    named: bool,
    follows: frozenset[Status] | None,
) -> bool:
    """Whether the query selects the case, asked of its record (what its rows will say);
    `near` and `same_place` are the sets behind the lists of that name in `params`."""
    if not record.open or not _in_window(record, params, follows):
        return False
    country = params.get("country")
    other = country and record.country is not None and record.country != country
    if other and same_place.isdisjoint(record.place_keys):
        return False
    if "near" not in params:
        return True
    located = any(key not in _areas() for key in record.place_keys)
    close = not (near.isdisjoint(record.place_keys) and near.isdisjoint(record.mention_keys))
    return not located or close or (named and bool(record.names))


def _in_window(
    record: CaseRecord, params: Mapping[str, Any], follows: frozenset[Status] | None
) -> bool:
    """`_window` asked of a record."""
    first, last = record.first_seen, record.last_seen
    if first is None:
        return True
    if params["arrest_since"] <= first <= params["arrest_until"]:
        return True
    followed = follows is None or record.status in follows
    return followed and first <= params["until"] and (last is None or last >= params["since"])


@cache
def _driven(
    *, in_country: bool, placed: bool, named: bool, follows: frozenset[Status] | None
) -> DriverQuery:
    """The candidate query, run once per alert: SQLAlchemy's execution path (expanding the IN
    lists, the execution context) cost twice what SQLite did (bot.store.driver_query)."""
    query = _query(in_country=in_country, placed=placed, named=named, follows=follows)
    return DriverQuery(query, lists=("near", "same_place"))


@cache
def _query(
    *, in_country: bool, placed: bool, named: bool, follows: frozenset[Status] | None
) -> Select[int, datetime, int]:
    """The candidate query for a report in a country or not, naming a place or people or not,
    following up cases of `follows` (None: of any status)."""
    c = _CASES.c
    query = select(c.id, c.updated_at, c.report_count).where(
        c.merged_into_id.is_(None), c.closed_at.is_(None), _window(follows)
    )
    p = _PLACES.c
    if in_country:
        in_it = [c.country.is_(None), c.country == bindparam("country")]
        if placed:
            at_place = p.key.in_(bindparam("same_place", expanding=True))
            in_it.append(c.id.in_(select(p.case_id).where(p.mention.is_(False), at_place)))
        query = query.where(or_(*in_it))
    if placed:
        located = exists().where(  # the areas written into the query: they never change
            p.case_id == c.id, p.mention.is_(False), *(p.key != area for area in sorted(_areas()))
        )
        near = select(p.case_id).where(p.key.in_(bindparam("near", expanding=True)))
        allowed = [~located, c.id.in_(near)]
        if named:
            allowed.append(c.named)
        query = query.where(or_(*allowed), c.id.in_(_may_be_allowed(near, named=named)))
    return query.order_by(c.id)


def _window(follows: frozenset[Status] | None) -> ColumnElement[bool]:
    """A case first reported near the report's dates (`WINDOW_DAYS`), or, when the report may
    follow it up, reported at all within `OUTCOME_WINDOW_DAYS` of them (the statuses written
    into the query: a handful of queries in all)."""
    c = _CASES.c
    arrest = c.first_seen.between(bindparam("arrest_since"), bindparam("arrest_until"))
    some: list[ColumnElement[bool]] = [c.first_seen.is_(None), arrest]
    if follows is None or follows:
        follow_up: list[ColumnElement[bool]] = [
            c.first_seen <= bindparam("until"),
            or_(c.last_seen.is_(None), c.last_seen >= bindparam("since")),
        ]
        if follows is not None:
            follow_up.append(c.status.in_(sorted(s.value for s in follows)))
        some.append(and_(*follow_up))
    return or_(*some)


def _may_be_allowed(near: Select[int], *, named: bool) -> CompoundSelect[int]:
    """Every case the place rule may allow, found through indexes (see the module docstring)."""
    other = _CASES.alias("other").c
    areas = sorted(_areas())
    unplaced = select(other.id).where(or_(other.place_key.is_(None), other.place_key.in_(areas)))
    some = [near, unplaced]
    if named:
        some.append(select(other.id).where(other.named))
    return union_all(*some)


@lru_cache(maxsize=4096)
def _near(keys: frozenset[str]) -> frozenset[str]:
    """`_related` of a report's places and mentions, worked out once for each set of them."""
    return frozenset(_related(keys))


@lru_cache(maxsize=4096)
def _in_order(keys: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(keys))


def _related(keys: Iterable[str]) -> set[str]:
    """Every key that is, contains or lies in one of `keys` (what `places.related` accepts)."""
    found: set[str] = set()
    for key in keys:
        found.update(ancestors(key))
        found.update(_inside(key))
    return found


@cache
def _inside(key: str) -> frozenset[str]:
    return frozenset(k for k in gazetteer().places if key in ancestors(k))


@cache
def _areas() -> frozenset[str]:
    return frozenset(k for k in gazetteer().places if is_area(k))
