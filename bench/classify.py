"""Benchmark and evaluate the classifier.

    python bench/classify.py                     # speed: items/s on one core, synthetic ~1 KB items
                                                 # (median of --rounds passes, default 3)
    python bench/classify.py LABELLED.jsonl      # plus precision/recall/F1 of `alert` and the
                                                 # accuracy of country, people and status
    python bench/classify.py -n 5000 --corpus FILE.jsonl   # speed over items cut from a corpus

Labelled files use the fields of shared/eval (label, detention_country, num_people, status). The
synthetic corpus mixes filler news sentences (English, Korean, Chinese, Japanese, Russian; some
with arrests of other people, some naming North Korea or defectors) with incident and trap
sentences: one item in five carries a topical sentence; each item is about 1 KB of UTF-8.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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
        while len(" ".join(parts).encode()) < 1000:
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(FILLER))
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


def evaluate(classifier: Classifier, path: Path) -> None:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    tp = fp = fn = 0
    country = people = status = 0
    wrong: list[str] = []
    for row in rows:
        verdict = classifier.classify(_document(row))
        truth = row.get("label") == "alert"
        if verdict.alert and truth:
            tp += 1
        elif verdict.alert:
            fp += 1
            wrong.append(f"  false alert   {row['id']} ({row.get('negative_category')})")
        elif truth:
            fn += 1
            wrong.append(f"  missed alert  {row['id']} (tier {verdict.tier.value})")
        if not truth:
            continue
        f = verdict.facts
        expected_country = COUNTRY_ISO.get(((row.get("detention_country") or [""])[0]).lower())
        checks = (
            ("country", f.country, expected_country),
            ("people", f.people, row.get("num_people")),
            ("status", f.status.value if f.status else None, row.get("status")),
        )
        for name, got, want in checks:
            if got == want:
                country += name == "country"
                people += name == "people"
                status += name == "status"
            else:
                wrong.append(f"  wrong {name:8}{row['id']}: got {got!r}, want {want!r}")
    positives = tp + fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / positives if positives else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"evaluation on {path} ({len(rows)} items, {positives} alerts)")
    print(f"  alert: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    if positives:
        print(
            f"  over true alerts: country {country / positives:.3f}  "
            f"people {people / positives:.3f}  status {status / positives:.3f}"
        )
    print("\n".join(wrong) if wrong else "  no errors")


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
    parser.add_argument("labelled", nargs="?", type=Path, help="labelled JSONL to evaluate")
    parser.add_argument("-n", type=int, default=20_000, help="items for the speed run")
    parser.add_argument("--corpus", type=Path, help="JSONL whose texts make the speed corpus")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over the corpus")
    args = parser.parse_args()
    start = time.perf_counter()
    classifier = Classifier.from_lexicons()
    print(f"built classifier in {time.perf_counter() - start:.2f} s")
    docs = corpus_from_file(args.corpus, args.n) if args.corpus else synthetic_corpus(args.n)
    speed(classifier, docs, args.rounds)
    if args.labelled:
        evaluate(classifier, args.labelled)


if __name__ == "__main__":
    main()
