"""Case-linking quality (B-cubed over `incident_key`) and linking speed.

Usage:
    python bench/cases.py [FILE ...]      # default: ../shared/eval/news_dev.jsonl + news_dev2.jsonl
    python bench/cases.py --failures      # also list wrong merges and splits of the tune half
    python bench/cases.py --speed-only    # just the timing of 10,000 synthetic reports
    python bench/cases.py --noise 40      # also the labelled facts with misreads, over 40 seeds

For the files together and for each file, two runs: "oracle" links the labelled facts of the gold
alert items (the linker judged alone), "real" classifies every item with bot.classify and links
what it calls an alert (the pipeline end to end). Each is also scored on a tune and a check half,
split by incident as the eval README says (alerts whose incident_key hashes even, ignores whose id
does, are the tune half), each half linked on its own. Read failures only in the tune half.

Scoring follows the eval README: B-cubed over the gold alert items' incident_key. A gold alert the
classifier misses gets no case, so it counts as a singleton cluster of its own (it costs recall,
never precision); a false alert is left out of the scoring (it is the classifier's precision, and it
cannot change the clusters of the gold items it is compared against).

"Noisy" links the labelled facts after misreading some of them at random, at about the rates the
classifier misreads them on the check half (country 10%, people 17%, status 20%, place 20%): how
far linking holds up when the classifier errs, measured on no item's particular mistakes. Its figures
are the mean (and the worst) over seeds.

Speed: 10,000 synthetic reports (a few hundred incidents over three years in eight languages, each
told two to six times) are linked in date order, CPU time per 1,000 reports, median of three runs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.cases import BatchResult, link_batch
from bot.commands.cases import parse_line
from bot.domain import Document, Facts, Status, Tier, Verdict
from bot.reference import country_code, gazetteer

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
DEFAULT = [EVAL / "news_dev.jsonl", EVAL / "news_dev2.jsonl"]
Row = dict[str, Any]


def document(row: Row) -> Document:
    doc = parse_line(json.dumps(row), 0)
    assert isinstance(doc, Document), doc
    return doc


def oracle_verdict(row: Row) -> Verdict:
    if row.get("label") != "alert":
        return Verdict(Tier.IGNORE, 0.0)
    countries = row.get("detention_country") or []
    return Verdict(
        Tier.ALERT,
        1.0,
        Facts(
            country=country_code(countries[0]) if countries else None,
            place=row.get("place"),
            people=row.get("num_people"),
            people_text=row.get("num_people_text"),
            groups=tuple(row.get("groups") or ()),
            status=Status(row["status"]) if row.get("status") else None,
            orgs=tuple(row.get("organizations") or ()),
        ),
    )


MISREAD = {"country": 0.10, "people": 0.17, "status": 0.20, "place": 0.20}
COUNTRIES = ("CN", "RU", "VN", "LA", "MN", "TH", "KR")


def misread(facts: Facts, rng: random.Random) -> Facts:
    """The facts as a fallible reader might give them: each field lost or wrong now and then."""
    country, people, status, place = facts.country, facts.people, facts.status, facts.place
    if rng.random() < MISREAD["country"]:
        country = rng.choice([None, *(c for c in COUNTRIES if c != country)])
    if rng.random() < MISREAD["people"]:
        people = rng.choice(
            [None, max(1, (people or 1) + rng.choice((-2, -1, 1, 2))), rng.randint(1, 30)]
        )
    if rng.random() < MISREAD["status"]:
        status = rng.choice([s for s in Status if s is not status])
    if rng.random() < MISREAD["place"]:
        place = None
    return replace(facts, country=country, people=people, status=status, place=place)


def noisy(verdicts: dict[str, Verdict], seed: int) -> dict[str, Verdict]:
    rng = random.Random(seed)
    return {
        i: replace(v, facts=misread(v.facts, rng)) if v.alert else v
        for i, v in sorted(verdicts.items())
    }


def report_noise(name: str, rows: list[Row], oracle: dict[str, Verdict], seeds: int) -> None:
    print(f"\n{name}, labelled facts misread ({seeds} seeds: mean, and the worst F1)")
    tune = [r for r in rows if tune_half(r)]
    check = [r for r in rows if not tune_half(r)]
    for half, part in (("all", rows), ("tune", tune), ("check", check)):
        runs = [bcubed_of(part, noisy(oracle, seed)) for seed in range(seeds)]
        p, r, f = (statistics.fmean(run[k] for run in runs) for k in range(3))
        worst = min(run[2] for run in runs)
        print(f"  noisy  {half:6s} P={p:.3f} R={r:.3f} F1={f:.3f}  (worst F1 {worst:.3f})")


def bcubed_of(rows: list[Row], verdicts: dict[str, Verdict]) -> tuple[float, float, float]:
    docs = [document(r) for r in rows]
    result = link_batch([(d, verdicts[d.id]) for d in docs])
    gold = {r["id"]: r["incident_key"] for r in rows if r.get("label") == "alert"}
    return bcubed(gold, {i: result.case_of[i] or f"missed:{i}" for i in gold})


def bcubed(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_pred: dict[str, set[str]] = defaultdict(set)
    for item, key in gold.items():
        by_gold[key].add(item)
        by_pred[predicted[item]].add(item)
    precision = sum(
        len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_pred[predicted[i]]) for i in gold
    ) / len(gold)
    recall = sum(
        len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in gold
    ) / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def tune_half(row: Row) -> bool:
    key = row["incident_key"] if row.get("label") == "alert" else row["id"]
    return hashlib.sha256(key.encode()).digest()[-1] % 2 == 0


def score(rows: list[Row], verdicts: dict[str, Verdict]) -> tuple[str, BatchResult]:
    docs = [document(r) for r in rows]
    result = link_batch([(d, verdicts[d.id]) for d in docs])
    gold = {r["id"]: r["incident_key"] for r in rows if r.get("label") == "alert"}
    if not gold:
        return "no alerts", result
    predicted = {i: result.case_of[i] or f"missed:{i}" for i in gold}
    p, r, f = bcubed(gold, predicted)
    missed = sum(1 for i in gold if result.case_of[i] is None)
    # The best any linker could do with these alerts: every found report of an incident in one case.
    best = {i: gold[i] if result.case_of[i] else f"missed:{i}" for i in gold}
    ceiling = bcubed(gold, best)[2]
    line = (
        f"P={p:.3f} R={r:.3f} F1={f:.3f}  ({len(gold)} alerts, {len(set(gold.values()))} "
        f"incidents, {len(result.cases)} cases, {missed} missed by the classifier"
        + (f"; F1 ceiling {ceiling:.3f})" if missed else ")")
    )
    return line, result


def report(name: str, rows: list[Row], verdicts: dict[str, dict[str, Verdict]]) -> None:
    print(f"\n{name}")
    for mode, chosen in verdicts.items():
        line, _ = score(rows, chosen)
        print(f"  {mode:6s} all    {line}")
        for half, wanted in (("tune", True), ("check", False)):
            part = [r for r in rows if tune_half(r) is wanted]
            print(f"  {mode:6s} {half:6s} {score(part, chosen)[0]}")


def failures(rows: list[Row], verdicts: dict[str, Verdict], mode: str) -> None:
    """Wrong merges and splits of the tune half, with the linker's reasons."""
    part = [r for r in rows if tune_half(r)]
    _, result = score(part, verdicts)
    by_id = {r["id"]: r for r in part}
    print(f"\nfailures ({mode}, tune half)")
    for case_id, case in result.cases.items():
        keys = {by_id[i].get("incident_key", "(ignore)") for i in case.report_ids}
        if len(keys) > 1:
            print(f"  MERGE {case_id}: {sorted(keys)}")
    by_key: dict[str, set[str | None]] = defaultdict(set)
    for r in part:
        if r.get("label") == "alert" and result.case_of[r["id"]]:
            by_key[r["incident_key"]].add(result.case_of[r["id"]])
    for key, cases in sorted(by_key.items()):
        if len(cases) > 1:
            print(f"  SPLIT {key}: {sorted(c or '' for c in cases)}")
            for r in part:
                if r.get("incident_key") == key and r["id"] in result.decisions:
                    d = result.decisions[r["id"]]
                    print(f"     {r['id'][:55]:55s} -> {d.case_id or 'new'}  {'; '.join(d.why)}")


def synthetic(n: int, seed: int = 7) -> tuple[list[tuple[Document, Verdict]], dict[str, int]]:
    """`n` alert reports of incidents across the gazetteer's places over six years, each told
    two to five times within ten days in eight languages (a sixth report, an outcome, a month
    later); and each report's incident."""
    rng = random.Random(seed)
    places = [p for p in gazetteer().places.values() if p.country not in ("KP", "KR")]
    langs = ["en", "ko", "zh-Hans", "zh-Hant", "ja", "ru", "vi", "th"]
    out: list[tuple[Document, Verdict]] = []
    incident_of: dict[str, int] = {}
    start = date(2020, 1, 1)
    incident = 0
    while len(out) < n:
        incident += 1
        where = rng.choice(places)
        day = start + timedelta(days=rng.randrange(6 * 365))
        people = rng.randrange(1, 60)
        outcome = rng.choice([Status.REPATRIATED, Status.RELEASED, Status.FACING_REPATRIATION])
        # What this incident's reports share beyond the template: a few words of their own.
        story = [f"{w}{rng.randrange(100)}" for w in rng.sample(WORDS, 8)]
        for told in range(rng.randrange(2, 7)):
            lang = rng.choice(langs)
            written = rng.choice(where.spellings).rstrip("*")
            text = (
                f"{rng.choice(['Police', '공안', '警方'])} held {people} North Koreans in {written} "
                f"({lang}). {' '.join(rng.sample(story, 6))}. " + rng.choice(FILLER)
            )
            rid = f"s{len(out)}"
            doc = Document(
                rid,
                text[:60],
                text,
                lang,
                f"https://news.example/{rid}",
                day + timedelta(days=rng.randrange(10) + (30 if told == 5 else 0)),
                f"Outlet {rng.randrange(60)}",
            )
            facts = Facts(
                country=where.country,
                place=written,
                people=max(1, people + rng.randrange(-2, 3)),
                status=outcome if told == 5 else rng.choice([Status.ARRESTED, Status.DETAINED]),
                date=day,
            )
            out.append((doc, Verdict(Tier.ALERT, 1.0, facts)))
            incident_of[rid] = incident
    return out[:n], incident_of


WORDS = [
    "apartment",
    "raid",
    "broker",
    "church",
    "smuggler",
    "bus",
    "train",
    "station",
    "hotel",
    "farm",
    "factory",
    "market",
    "river",
    "mountain",
    "checkpoint",
    "passport",
    "mother",
    "daughter",
    "son",
    "father",
    "brother",
    "grandmother",
    "pastor",
    "missionary",
    "guide",
    "taxi",
    "truck",
    "night",
    "morning",
    "winter",
    "summer",
    "rain",
    "snow",
    "hospital",
    "school",
    "family",
    "group",
    "women",
    "children",
    "border",
    "crossing",
    "boat",
    "forest",
    "village",
    "town",
    "detention",
]
FILLER = (
    "Rights groups urged the government not to send them back.",
    "The group had crossed the border weeks earlier.",
    "관계자는 이들이 강제북송될 위기에 처했다고 말했다.",
    "据消息人士透露，他们被关押在当地看守所。",
    "関係者によると、一行は国境付近で拘束された。",
    "Правозащитники обратились к властям с просьбой не высылать их.",
)


def speed(n: int = 10_000, rounds: int = 3) -> None:
    items, incident_of = synthetic(n)
    times = []
    for _ in range(rounds):
        started = time.process_time()
        result = link_batch(items)
        times.append(time.process_time() - started)
    median = statistics.median(times)
    print(
        f"\nspeed: {n:,} synthetic reports ({len(set(incident_of.values())):,} incidents) linked "
        f"into {len(result.cases):,} cases in {median:.2f} s CPU (median of {rounds}; slowest "
        f"{max(times):.2f} s): {median / n * 1000 * 1000:.0f} ms per 1,000 reports"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--failures", action="store_true", help="list tune-half mistakes")
    parser.add_argument("--speed-only", action="store_true")
    parser.add_argument("--noise", type=int, default=0, metavar="SEEDS", help="misread facts too")
    args = parser.parse_args(argv[1:])
    if not args.speed_only:
        sets = {
            p.name: [json.loads(line) for line in p.read_text("utf-8").splitlines() if line]
            for p in args.files
        }
        rows = [r for part in sets.values() for r in part]
        from bot.classify import classify

        verdicts = {
            "oracle": {r["id"]: oracle_verdict(r) for r in rows},
            "real": {r["id"]: classify(document(r)) for r in rows},
        }
        if len(sets) > 1:
            report(" + ".join(sets), rows, verdicts)
        for name, part in sets.items():
            report(name, part, verdicts)
        if args.noise:
            report_noise(" + ".join(sets), rows, verdicts["oracle"], args.noise)
        if args.failures:
            for mode, chosen in verdicts.items():
                failures(rows, chosen, mode)
    speed()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
