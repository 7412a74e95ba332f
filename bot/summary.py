"""Short, deterministic English and Korean texts describing a case, built only from its record.

`summarise` gives the full text (who, where, when, status now, counts per source, status history,
corroboration, sources with links, other incidents mentioned); `headline` one line for lists and
alerts. Plain text: the Telegram layer escapes it. Same record, same text, in either language;
an unknown language falls back to English.

A little over 300 lines, kept whole: every section is written in both languages from the same
wording helpers (counts per source, dates, places), which a split would have to share back.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.cases import CaseRecord, Corroboration, SourceCount
from bot.cases.matching import outlet_key
from bot.cases.places import ancestors, place
from bot.domain import Status, day_or_month
from bot.reference import country_name


@dataclass(frozen=True, slots=True)
class _Words:
    status_done: dict[Status, str]
    status_now: dict[Status, str]
    groups: dict[str, str]
    corroboration: dict[Corroboration, str]


_EN = _Words(
    status_done={
        Status.ARRESTED: "arrested",
        Status.DETAINED: "detained",
        Status.FACING_REPATRIATION: "facing forced repatriation",
        Status.REPATRIATED: "forcibly repatriated",
        Status.RELEASED: "released",
        Status.REACHED_THIRD_COUNTRY: "reached a third country",
        Status.MISSING: "reported missing",
    },
    status_now={
        Status.ARRESTED: "arrested",
        Status.DETAINED: "detained",
        Status.FACING_REPATRIATION: "facing forced repatriation",
        Status.REPATRIATED: "forcibly repatriated",
        Status.RELEASED: "released",
        Status.REACHED_THIRD_COUNTRY: "in a third country",
        Status.MISSING: "missing",
    },
    groups={
        "children": "children",
        "women": "women",
        "elderly": "elderly people",
        "pregnant": "pregnant women",
        "men": "men",
        "family": "a family",
    },
    corroboration={
        Corroboration.SINGLE_REPORT: "single report",
        Corroboration.SEVERAL_OUTLETS: "several outlets",
        Corroboration.CONFIRMED: "confirmed by an NGO or official source",
    },
)
_KO = _Words(
    status_done={
        Status.ARRESTED: "체포",
        Status.DETAINED: "구금",
        Status.FACING_REPATRIATION: "강제북송 위기",
        Status.REPATRIATED: "강제북송",
        Status.RELEASED: "석방",
        Status.REACHED_THIRD_COUNTRY: "제3국 도착",
        Status.MISSING: "실종",
    },
    status_now={},
    groups={
        "children": "어린이",
        "women": "여성",
        "elderly": "노인",
        "pregnant": "임신부",
        "men": "남성",
        "family": "가족",
    },
    corroboration={
        Corroboration.SINGLE_REPORT: "단일 보도",
        Corroboration.SEVERAL_OUTLETS: "복수 매체 보도",
        Corroboration.CONFIRMED: "NGO 또는 공식 확인",
    },
)


def summarise(
    case: CaseRecord,
    lang: str = "en",
    *,
    actors: bool = False,
    archived: frozenset[str] = frozenset(),
) -> str:
    """The case in a few lines of plain text, in English or Korean ("ko").

    An operator's correction reads "set by an operator"; only `actors=True` (the operators' own
    command line) names who made it. The sources whose report ids are in `archived` are marked
    as kept in the source archive.
    """
    if lang == "ko":
        return _summary_ko(case, actors, archived)
    return _summary_en(case, actors, archived)


def headline(case: CaseRecord, lang: str = "en") -> str:
    """One line: who, what, where, and the status now."""
    count = _count_range(case)
    reports = len(case.sources)
    if lang == "ko":
        who = f"탈북민 {count}명" if count else "탈북민"
        what = _KO.status_done[case.timeline[0].status] if case.timeline else "관련 사건"
        now = f" — 현재 {_KO.status_done[case.status]}" if _moved(case) and case.status else ""
        return f"{who} {_where_ko(case)}에서 {what}{now} (보도 {reports}건)"
    who = f"{count} North Korean{'s' if count != '1' else ''}" if count else "North Koreans"
    what = _EN.status_done[case.timeline[0].status] if case.timeline else "in an incident"
    now = f" — now {_EN.status_now[case.status]}" if _moved(case) and case.status else ""
    noun = "report" if reports == 1 else "reports"
    return f"{who} {what}{_in_place_en(case, short=True)}{now} ({reports} {noun})"


def _summary_en(case: CaseRecord, actors: bool, archived: frozenset[str] = frozenset()) -> str:
    lines = [_lead_en(case)]
    if case.counts:
        lines.append("People: " + " / ".join(_count_en(c) for c in case.counts) + ".")
    if case.timeline:
        history = "; ".join(
            f"{_date(c.date)} {_EN.status_done[c.status]} ({_evidence_en(c.source, c.actor, actors)})"
            for c in case.timeline
        )
        lines.append(f"Status history: {history}.")
    lines.append(f"Corroboration: {_EN.corroboration[case.corroboration]}.")
    lines.append(_reach_en(case))
    noun = "report" if len(case.sources) == 1 else "reports"
    lines.append(f"{len(case.sources)} {noun}:")
    lines.extend(
        f"- {s.outlet} ({_date(s.date)}{', ' + s.lang if s.lang else ''}): {s.url or s.title}"
        + (" (archived)" if s.report_id in archived else "")
        for s in case.sources
    )
    if case.other_incidents:
        lines.append("Also mentioned: " + "; ".join(case.other_incidents) + ".")
    if case.closed:
        lines.append("This case is closed.")
    return "\n".join(lines)


def _lead_en(case: CaseRecord) -> str:
    count = _count_range(case)
    who = f"{count} North Korean{'s' if count != '1' else ''}" if count else "North Koreans"
    groups = [_EN.groups.get(g, g) for g in case.groups]
    if groups:
        who += ", including " + _and(groups) + ","
    what = _EN.status_done[case.timeline[0].status] if case.timeline else "involved in an incident"
    when = (
        f"{'in' if case.incident_month_only else 'on'} {_incident_day(case)}"
        if case.incident_date
        else f"first reported {_date(case.first_seen)}"
    )
    lead = f"{who} {what}{_in_place_en(case, short=False)}, {when}"
    if _moved(case) and case.status:
        lead += f"; now {_EN.status_now[case.status]}"
    return lead + "."


def _summary_ko(case: CaseRecord, actors: bool, archived: frozenset[str] = frozenset()) -> str:
    lines = [_lead_ko(case)]
    if case.counts:
        lines.append("인원: " + " / ".join(_count_ko(c) for c in case.counts))
    if case.timeline:
        history = "; ".join(
            f"{_date(c.date)} {_KO.status_done[c.status]} ({_evidence_ko(c.source, c.actor, actors)})"
            for c in case.timeline
        )
        lines.append(f"상태 변화: {history}")
    lines.append(f"확인 수준: {_KO.corroboration[case.corroboration]}")
    lines.append(_reach_ko(case))
    lines.append(f"보도 {len(case.sources)}건:")
    lines.extend(
        f"- {s.outlet} ({_date(s.date)}{', ' + s.lang if s.lang else ''}): {s.url or s.title}"
        + (" (보관됨)" if s.report_id in archived else "")
        for s in case.sources
    )
    if case.other_incidents:
        lines.append("함께 언급된 다른 사건: " + "; ".join(case.other_incidents))
    if case.closed:
        lines.append("종결된 사건입니다.")
    return "\n".join(lines)


def _lead_ko(case: CaseRecord) -> str:
    count = _count_range(case)
    who = f"탈북민 {count}명" if count else "탈북민"
    groups = [_KO.groups.get(g, g) for g in case.groups]
    if groups:
        who += f"({'·'.join(groups)} 포함)"
    what = _KO.status_done[case.timeline[0].status] if case.timeline else "관련 사건"
    when = _incident_day(case) if case.incident_date else f"{_date(case.first_seen)} 최초 보도"
    lead = f"{who}, {_where_ko(case)}에서 {what} ({when})"
    if _moved(case) and case.status:
        lead += f". 현재 상태: {_KO.status_done[case.status]}"
    return lead + "."


LANGUAGE_NAMES = {
    "en": ("English", "영어"),
    "ko": ("Korean", "한국어"),
    "zh": ("Chinese", "중국어"),
    "ja": ("Japanese", "일본어"),
    "ru": ("Russian", "러시아어"),
    "vi": ("Vietnamese", "베트남어"),
    "th": ("Thai", "태국어"),
    "lo": ("Lao", "라오어"),
    "mn": ("Mongolian", "몽골어"),
    "fr": ("French", "프랑스어"),
    "de": ("German", "독일어"),
    "es": ("Spanish", "스페인어"),
}


def reach(case: CaseRecord) -> tuple[int, tuple[str, ...]]:
    """How many outlets reported the case, and in which languages (codes, first seen first).

    Chinese in simplified and traditional script is one language; an outlet is counted once
    however many of its reports or editions ("Radio Free Asia (Korean)") the case holds.
    """
    outlets = {outlet_key(s.outlet, s.url) for s in case.sources}
    languages = dict.fromkeys(s.lang.split("-")[0].lower() for s in case.sources if s.lang)
    return len(outlets), tuple(languages)


def _language(code: str, lang: str) -> str:
    names = LANGUAGE_NAMES.get(code)
    if names is None:
        return code
    return names[1] if lang == "ko" else names[0]


def _reach_en(case: CaseRecord) -> str:
    outlets, languages = reach(case)
    said = f"Reported by {outlets} outlet{'s' if outlets != 1 else ''}"
    if not languages:
        return said + "."
    names = _and([_language(c, "en") for c in languages])
    count = f"{len(languages)} language{'s' if len(languages) != 1 else ''}"
    return f"{said} in {count} ({names})."


def _reach_ko(case: CaseRecord) -> str:
    outlets, languages = reach(case)
    if not languages:
        return f"보도 매체: {outlets}곳"
    names = ", ".join(_language(c, "ko") for c in languages)
    return f"보도 매체: {outlets}곳, {len(languages)}개 언어({names})"


def _moved(case: CaseRecord) -> bool:
    return bool(case.timeline) and case.status is not case.timeline[0].status


def _count_range(case: CaseRecord) -> str | None:
    numbers = sorted({c.people for c in case.counts if c.people is not None})
    if not numbers:
        return None
    if len(numbers) == 1:
        return str(numbers[0])
    return f"{numbers[0]}-{numbers[-1]}"


def _count_en(count: SourceCount) -> str:
    if count.people is None:
        return f"{count.people_text} ({count.outlet})"
    return f"{'about ' if count.approx else ''}{count.people} ({count.outlet})"


def _count_ko(count: SourceCount) -> str:
    if count.people is None:
        return f"{count.people_text} ({count.outlet})"
    return f"{'약 ' if count.approx else ''}{count.people}명 ({count.outlet})"


def _in_place_en(case: CaseRecord, *, short: bool) -> str:
    """ " in Kunming (Yunnan, China)", or " in Kunming, China" when short."""
    country = country_name(case.country)
    if case.place_key:
        name = place(case.place_key).name_en
        region = None if short else _province(case.place_key)
        inside = [p for p in (region, country) if p]
        if not inside:
            return f" in {name}"
        return f" in {name}, {inside[-1]}" if short else f" in {name} ({', '.join(inside)})"
    if case.place:
        return f" in {case.place}" + (f" ({country})" if country else "")
    return f" in {country}" if country else ""


def _where_ko(case: CaseRecord) -> str:
    """ "중국 윈난성 쿤밍": country, province and place, largest first."""
    country = country_name(case.country, "ko")
    if case.place_key:
        province = _province(case.place_key, "ko")
        parts = [country, province, place(case.place_key).name_ko]
    else:
        parts = [country, case.place]
    return " ".join(p for p in parts if p) or "장소 미상"


def _province(key: str, lang: str = "en") -> str | None:
    """The outermost gazetteer place containing `key` (its province), if any."""
    chain = ancestors(key)
    if len(chain) < 2:
        return None
    outer = place(chain[-1])
    return outer.name_ko if lang == "ko" else outer.name_en


def _evidence_en(source: str | None, actor: str | None, named: bool) -> str:
    if actor:
        return f"set by {actor}" if named else "set by an operator"
    return source or "unknown source"


def _evidence_ko(source: str | None, actor: str | None, named: bool) -> str:
    if actor:
        return f"운영자 {actor} 지정" if named else "운영자 지정"
    return source or "출처 미상"


def _incident_day(case: CaseRecord) -> str:
    assert case.incident_date is not None
    return day_or_month(case.incident_date, case.incident_month_only)


def _date(value: object) -> str:
    return str(value) if value is not None else "undated"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
