"""Case-linking quality: B-cubed precision, recall and F1 over `incident_key` of a labelled JSONL file.

Usage: python bench/cases.py [FILE]   (default ../shared/eval/news_dev.jsonl)

Two runs: "oracle" links the labelled facts of the gold alert items (linking judged alone), "real"
classifies every item with bot.classify and links what it calls an alert (the pipeline end to end).
Scoring follows the eval README: B-cubed over the gold alert items' incident_key. A gold alert the
classifier misses gets no case, so it counts as a singleton cluster of its own (it costs recall,
never precision); a false alert is left out of the scoring (it is the classifier's precision, and it
cannot change the clusters of the gold items it is compared against).
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bot.cases import link_batch
from bot.commands.cases import parse_line
from bot.domain import Document, Facts, Status, Tier, Verdict
from bot.reference import country_code

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "news_dev.jsonl"


def document(row: dict[str, Any]) -> Document:
    doc = parse_line(json.dumps(row), 0)
    assert isinstance(doc, Document), doc
    return doc


def oracle_verdict(row: dict[str, Any]) -> Verdict:
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


def run(rows: list[dict[str, Any]], verdicts: list[Verdict], label: str) -> None:
    docs = [document(r) for r in rows]
    started = time.perf_counter()
    result = link_batch(list(zip(docs, verdicts, strict=True)))
    elapsed = time.perf_counter() - started
    gold = {r["id"]: r["incident_key"] for r in rows if r.get("label") == "alert"}
    predicted = {i: result.case_of[i] or f"missed:{i}" for i in gold}
    p, r, f = bcubed(gold, predicted)
    missed = sum(1 for i in gold if result.case_of[i] is None)
    print(
        f"{label:6s} B-cubed P={p:.3f} R={r:.3f} F1={f:.3f}  gold alerts={len(gold)} "
        f"incidents={len(set(gold.values()))} cases={len(result.cases)} missed={missed} "
        f"link time={elapsed * 1000:.1f} ms"
    )
    for case_id, case in result.cases.items():
        keys = sorted({gold.get(i, "(not an alert)") for i in case.report_ids})
        print(f"  {case_id:4s} {case.title:40s} {len(case.report_ids)} reports  {', '.join(keys)}")


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    run(rows, [oracle_verdict(r) for r in rows], "oracle")
    try:
        from bot.classify import classify
    except ImportError as exc:
        print(f"real   skipped: the classifier is not available ({exc})")
        return 0
    run(rows, [classify(document(r)) for r in rows], "real")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
