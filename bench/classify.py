"""Benchmark and evaluate the classifier.

    python bench/classify.py                     # speed: items/s on one core, synthetic ~1 KB items
                                                 # (median of --rounds passes, default 3)
    python bench/classify.py FILE.jsonl [...]    # plus the evaluation of each labelled file
    python bench/classify.py --no-speed ../shared/eval/news_dev.jsonl ../shared/eval/news_dev2.jsonl
    python bench/classify.py -n 5000 --corpus FILE.jsonl   # speed over items cut from a corpus
    REPATWATCH_BENCH_INSTALLED=1 VENV/bin/python -P bench/classify.py  # the `bot` installed in
                                                 # VENV (a compiled build: setup.py), not this checkout

Labelled files use the fields of shared/eval (label, lang, incident_key, detention_country,
num_people, status). Each file is split into a *tune* half and a *check* half, so that no incident
sits on both sides: an `alert` item goes by its `incident_key`, any other item by its `id`, and
the key goes to the tune half when `int(sha256(key).hexdigest(), 16) % 2 == 0`, else to the check
half. Read the mistakes of the tune half (listed by default); the check half is only a score. A
change that moves the tune half and not the check half learnt the items, not the language.

For each language and half, and for each file whole: alert precision and recall; over labelled
alerts the accuracy of country (first listed), people (exact) and status (exact); false
all-clears (an alert sent that says released, reached_third_country or repatriated while the label
is arrested, detained, facing_repatriation or missing) over the true alerts sent; and the plain
keyword query (a word for the people AND a word for an arrest, a detention or a return, anywhere
in the report, in the lexicon's own words) for comparison. `--failures all` lists every mistake,
for our own unsplit sets in bench/data. `--headless` reads every labelled report as a third of
the real development items come: no title, the text starting at its lead (a first line that
repeats the title is cut), so a reading that leans on headlines shows.

The synthetic speed corpus mixes filler news sentences (English, Korean, Chinese, Japanese,
Russian; some with arrests of other people, some naming North Korea or defectors) with incident
and trap sentences: one item in five carries a topical sentence; each item is about 1 KB of UTF-8.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

if os.environ.get("REPATWATCH_BENCH_INSTALLED") != "1":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bot.classify.classifier
from bot.classify import Classifier
from bot.domain import Document

COUNTRY_ISO = {
    "china": "CN", "russia": "RU", "vietnam": "VN", "laos": "LA", "mongolia": "MN",
    "thailand": "TH", "cambodia": "KH", "myanmar": "MM", "burma": "MM", "malaysia": "MY",
    "indonesia": "ID", "philippines": "PH", "singapore": "SG", "kazakhstan": "KZ",
    "japan": "JP", "united states": "US", "north korea": "KP", "south korea": "KR",
}  # fmt: skip

FILLER = [
    "The central bank kept its benchmark rate unchanged on Thursday, citing slowing inflation.",
    "Officials said the new bridge would open to traffic before the end of the year.",
    "The team won its third straight match after a late goal in the second half.",
    "Heavy rain is expected across the southern provinces over the weekend.",
    "Shares of the chipmaker rose four percent after it reported strong quarterly sales.",
    "The museum will host an exhibition of contemporary ceramics from next month.",
    "서울시는 다음 달부터 심야 버스 노선을 확대한다고 밝혔다.",
    "기상청은 주말 동안 남부 지방에 많은 비가 내릴 것으로 예보했다.",
    "政府表示，新的高速铁路将于明年年底前通车。",
    "北朝鮮は日本海に向けて弾道ミサイルを発射したと防衛省が発表した。",
    "North Korea test-fired two short-range missiles into the sea, the military said.",
    "The unification ministry said it would expand job training for defectors in Seoul.",
    "Lawmakers approved the budget after a late-night session in the national assembly.",
    "The festival drew more than 200,000 visitors, organisers said on Sunday.",
    "A new study links poor sleep to a higher risk of heart disease in older adults.",
    "The airline will add direct flights to three European cities next spring.",
    "Police said the suspect was arrested at his home after a two-week investigation.",
    "The court sentenced the former mayor to three years in prison for bribery.",
    "Exports rose for the fifth straight month on strong demand for semiconductors.",
    "The storm knocked out power to thousands of homes along the eastern coast.",
    "국회는 본회의에서 내년도 예산안을 통과시켰다.",
    "경찰은 보이스피싱 조직원 12명을 검거했다고 밝혔다.",
    "该公司第三季度净利润同比增长百分之十二。",
    "警方表示，嫌疑人已于周二被逮捕。",
    "東京株式市場は半導体関連株が買われ、反発した。",
    "Власти Москвы объявили о ремонте нескольких станций метро.",
    "The actor returned to the stage for the first time in a decade.",
    "Scientists found traces of water ice near the moon's south pole.",
]
TOPICAL = [
    "Chinese police arrested {n} North Korean defectors in {city} last week, activists said.",
    "{n} North Korean refugees held in {city} face forced repatriation, a rights group said.",
    "중국 공안이 {city}에서 탈북민 {n}명을 체포했다고 인권단체가 밝혔다.",
    "据报道，{n}名脱北者在{city}被捕，可能被遣返朝鲜。",
    "The company plans to repatriate {n} billion dollars of overseas profits next year.",
    "South Korea repatriated {n} North Korean fishermen rescued at sea, the ministry said.",
]
CITIES = ["Shenyang", "Dandong", "Kunming", "Yanji", "Vientiane", "Lang Son", "선양", "沈阳"]


def synthetic_corpus(count: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    docs = []
    for i in range(count):
        parts: list[str] = []
        if rng.random() < 0.2:
            parts.append(rng.choice(TOPICAL).format(n=rng.randint(2, 30), city=rng.choice(CITIES)))
        # The item's UTF-8 size, kept as sentences are added: encoding the growing item again
        # for each one cost a fifth of the instructions a callgrind run of this bench counts.
        size = len(parts[0].encode()) if parts else 0
        while size < 1000:
            at = rng.randrange(len(parts) + 1)
            sentence = rng.choice(FILLER)
            parts.insert(at, sentence)
            size += len(sentence.encode()) + (1 if len(parts) > 1 else 0)
        text = " ".join(parts)
        docs.append(Document(f"s{i}", text[:80], text, date=date(2024, 5, 20)))
    return docs


def corpus_from_file(path: Path, count: int) -> list[Document]:
    items = [_document(json.loads(line)) for line in path.open(encoding="utf-8") if line.strip()]
    cut = [Document(d.id, d.title, d.text[:1000], d.lang, date=d.date) for d in items]
    return [cut[i % len(cut)] for i in range(count)]


def speed(classifier: Classifier, docs: list[Document], rounds: int) -> None:
    classifier.classify(docs[0])  # warm up
    size = sum(len(d.text.encode()) for d in docs) / len(docs)
    rates: list[float] = []
    for round_ in range(1, rounds + 1):
        wall, cpu = time.perf_counter(), time.process_time()
        alerts = sum(classifier.classify(d).alert for d in docs)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        rates.append(len(docs) / cpu)
        # One thread, so CPU time is time on one core; it stays honest on a busy shared machine.
        print(
            f"  round {round_}: {len(docs) / cpu:,.0f} items per CPU-second "
            f"({len(docs) / wall:,.0f}/s wall clock); {alerts} alerts"
        )
    print(
        f"speed: {len(docs)} items (mean {size:.0f} bytes): {statistics.median(rates):,.0f} items "
        f"per CPU-second on one core (median of {rounds} rounds; slowest {min(rates):,.0f})"
    )


def code_origin() -> str:
    """Which classifier runs: the sources, or modules compiled by mypyc (setup.py), and where."""
    module = Path(bot.classify.classifier.__file__ or "?")
    kind = "source" if module.suffix == ".py" else "compiled"
    return f"{kind}, {module.parent}"


ALL_CLEAR = frozenset({"released", "reached_third_country", "repatriated"})
STILL_AT_RISK = frozenset({"arrested", "detained", "facing_repatriation", "missing"})
# The plain keyword query the classifier is compared with: a word for the people and a word for
# an arrest, a detention or a (threatened) return, anywhere in the report, in the lexicon's words.
KEYWORD_PEOPLE = frozenset({"subject", "subject_one", "subject_weak"})
KEYWORD_EVENT = frozenset(
    {"arrest", "apprehend", "detain", "custody", "facing", "repat", "repat_topic"}
)
HALVES = ("tune", "check")


def half_of(row: dict[str, object]) -> str:
    """The documented split: alerts by their incident, the rest by their id (module docstring)."""
    key = (
        str(row.get("incident_key") or row["id"])
        if row.get("label") == "alert"
        else str(row["id"])
    )
    return HALVES[int(hashlib.sha256(key.encode()).hexdigest(), 16) % 2]


@dataclass
class Tally:
    """Counts for one slice (a language, a half, a file): enough for every figure printed."""

    items: int = 0
    alerts: int = 0  # labelled alerts
    tp: int = 0
    fp: int = 0
    country: int = 0
    people: int = 0
    status: int = 0
    all_clear: int = 0  # alerts sent saying released/repatriated/third country while still held
    kw_tp: int = 0
    kw_fp: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self, label: str) -> str:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:5.3f}" if b else "   - "

        return (
            f"  {label:18} {self.items:4} {self.alerts:4} | {ratio(self.tp, self.tp + self.fp)} "
            f"{ratio(self.tp, self.alerts)} | {ratio(self.country, self.alerts)} "
            f"{ratio(self.people, self.alerts)} {ratio(self.status, self.alerts)} | "
            f"{self.all_clear:3}/{self.tp:<3} | {ratio(self.kw_tp, self.kw_tp + self.kw_fp)} "
            f"{ratio(self.kw_tp, self.alerts)}"
        )


HEADER = (
    f"  {'slice':18} items alrt | prec  rec   | cntry peopl statu | allclr  | keyword:prec rec"
)


@dataclass(frozen=True)
class Scored:
    row: dict[str, object]
    half: str
    tally: Tally
    faults: tuple[str, ...]


def score(classifier: Classifier, row: dict[str, object]) -> Scored:
    doc = _document(row)
    verdict = classifier.classify(doc)
    truth = row.get("label") == "alert"
    t = Tally(items=1, alerts=int(truth))
    faults: list[str] = []
    found = {c for h in classifier.scan(f"{doc.title}\n{doc.text}") for c in h.concepts}
    keyword = bool(found & KEYWORD_PEOPLE) and bool(found & KEYWORD_EVENT)
    t.kw_tp, t.kw_fp = int(keyword and truth), int(keyword and not truth)
    if verdict.alert:
        t.tp, t.fp = int(truth), int(not truth)
        if not truth:
            faults.append(f"false alert   ({row.get('negative_category')})")
    elif truth:
        faults.append(f"missed alert  (tier {verdict.tier.value})")
    if truth:
        f = verdict.facts
        want_country = COUNTRY_ISO.get(((row.get("detention_country") or [""])[0]).lower())  # type: ignore[index]
        got_status = f.status.value if f.status else None
        checks = (
            ("country", f.country, want_country),
            ("people", f.people, row.get("num_people")),
            ("status", got_status, row.get("status")),
        )
        for name, got, want in checks:
            if got == want:
                setattr(t, name, 1)
            else:
                faults.append(f"wrong {name:8}got {got!r}, want {want!r}")
        if verdict.alert and got_status in ALL_CLEAR and row.get("status") in STILL_AT_RISK:
            t.all_clear = 1
            faults.append(f"FALSE ALL-CLEAR: says {got_status}, people are {row.get('status')}")
    return Scored(row, half_of(row), t, tuple(faults))


def report(title: str, scored: list[Scored]) -> None:
    """The table for one set of items: per language, per half, and whole."""
    print(f"\n{title} ({len(scored)} items)")
    print(HEADER)
    languages = sorted({str(s.row.get("lang")) for s in scored})
    totals = {half: Tally() for half in (*HALVES, "whole")}
    for lang in languages:
        for half in (*HALVES, "whole"):
            t = Tally()
            for s in scored:
                if s.row.get("lang") == lang and half in (s.half, "whole"):
                    t.add(s.tally)
            totals[half].add(t)
            print(t.row(f"{lang} {half}"))
    for half, t in totals.items():
        print(t.row(f"ALL {half}"))


def without_headline(row: dict[str, object]) -> dict[str, object]:
    """The labelled report with no title, its text from the lead: a repeated headline is cut."""
    title, text = row.get("title"), str(row.get("text") or "")
    if isinstance(title, str) and title and text.startswith(title):
        text = text[len(title) :].lstrip("\n")
    return {**row, "title": None, "text": text}


def evaluate(
    classifier: Classifier, paths: list[Path], failures: str, headless: bool = False
) -> None:
    every: list[Scored] = []
    for path in paths:
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        if headless:
            rows = [without_headline(row) for row in rows]
        scored = [score(classifier, row) for row in rows]
        report(f"evaluation on {path}", scored)
        every.extend(scored)
    if len(paths) > 1:
        report("all files together", every)
    if failures == "none":
        return
    print(f"\nfailures in the {failures} half (the other half is only for scoring):")
    for s in every:
        if failures in (s.half, "all"):
            for fault in s.faults:
                print(f"  {s.row['id']}: {fault}")


def _document(row: dict[str, object]) -> Document:
    raw = row.get("date")
    when = None
    if isinstance(raw, str) and raw:
        for candidate in (raw[:10], f"{raw[:7]}-01", f"{raw[:4]}-01-01"):
            try:
                when = date.fromisoformat(candidate)
                break
            except ValueError:
                continue
    title, lang = row.get("title"), row.get("lang")
    return Document(
        str(row["id"]),
        title if isinstance(title, str) else "",
        str(row.get("text") or ""),
        lang if isinstance(lang, str) else None,
        date=when,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labelled", nargs="*", type=Path, help="labelled JSONL files to evaluate")
    parser.add_argument(
        "--failures",
        choices=("tune", "none", "all"),
        default="tune",
        help="which items' mistakes to list (default: the tune half only)",
    )
    parser.add_argument("--no-speed", action="store_true", help="skip the speed run")
    parser.add_argument(
        "--headless", action="store_true", help="read the labelled reports without their headlines"
    )
    parser.add_argument("-n", type=int, default=20_000, help="items for the speed run")
    parser.add_argument("--corpus", type=Path, help="JSONL whose texts make the speed corpus")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over the corpus")
    args = parser.parse_args()
    start = time.perf_counter()
    classifier = Classifier.from_lexicons()
    print(f"built classifier in {time.perf_counter() - start:.2f} s ({code_origin()})")
    if not args.no_speed:
        docs = corpus_from_file(args.corpus, args.n) if args.corpus else synthetic_corpus(args.n)
        speed(classifier, docs, args.rounds)
    if args.labelled:
        evaluate(classifier, args.labelled, args.failures, args.headless)


if __name__ == "__main__":
    main()
