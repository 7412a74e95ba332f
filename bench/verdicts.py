"""A fingerprint of every verdict the classifier gives over a big, varied corpus: a change meant
only to make classifying faster must leave it identical (on the same lexicons).

    python bench/verdicts.py                     # prints a hash per source and one for all
    python bench/verdicts.py --save before.json  # also keeps each item's hash
    python bench/verdicts.py --compare before.json   # says which items changed, by source
    REPATWATCH_BENCH_INSTALLED=1 VENV/bin/python -P bench/verdicts.py   # the `bot` installed in
                                                 # VENV (a compiled build must hash the same)

The corpus: the speed bench's synthetic items (three seeds), every labelled item of
`../shared/eval` and `bench/data` (whole, cut to 1,000 characters as `--corpus` cuts them, with
the headline repeated as the text's first line, and without a date), new items mixing their
sentences at random, the feeds of
`../shared/corpora/real-feeds` as the poller reads them, the texts of `../shared/seeds`, and every
sentence-like string of the classifier's own tests. Each item is classified twice, normally and
`thorough` (the full reading without shortcuts), and the whole Verdict (tier, score, facts with
status, people, country, place and evidence, reasons, secondary facts) goes into the hash.

Only counts, item keys and a changed item's tier, status, people and country are printed, never
texts: the check half of the evaluation sets must not be read. The hashes printed are over the
verdicts alone, as before the fields were saved beside them.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))  # bench/classify.py, which says where `bot` comes from

from classify import _document, code_origin, synthetic_corpus  # noqa: E402

from bot.classify import Classifier  # noqa: E402
from bot.domain import Document  # noqa: E402

Source = tuple[str, list[Document]]


def labelled_sources() -> Iterator[Source]:
    paths = sorted((SHARED / "eval").glob("*.jsonl")) + sorted(
        (ROOT / "bench/data").glob("*.jsonl")
    )
    for path in paths:
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        docs = [_document(row) for row in rows]
        yield path.name, docs
        yield (
            f"{path.name}:cut",
            [Document(d.id, d.title, d.text[:1000], d.lang, date=d.date) for d in docs],
        )
        yield (
            f"{path.name}:repeated",
            [Document(d.id, d.title, f"{d.title}\n{d.text}", d.lang, date=d.date) for d in docs],
        )
        yield f"{path.name}:undated", [Document(d.id, d.title, d.text, d.lang) for d in docs]


def mixed_source() -> Iterator[Source]:
    """New items made of the labelled items' sentences in random mixtures: incidents beside
    traps, "they" after another item's people, a headline from a third."""
    from bot.classify.matcher import sentence_ends

    sentences: list[str] = []
    for _name, docs in labelled_sources():
        if not _name.endswith(".jsonl"):
            continue
        for d in docs:
            start = 0
            for end in sentence_ends(d.text):
                sentences.append(d.text[start:end].strip())
                start = end
    sentences = [s for s in dict.fromkeys(sentences) if s]
    rng = random.Random(5)
    docs = []
    for i in range(3000):
        body = " ".join(rng.sample(sentences, rng.randint(1, 6)))
        title = rng.choice(sentences) if rng.random() < 0.7 else ""
        docs.append(Document(f"m{i}", title, body, date=date(2024, rng.randint(1, 12), 15)))
    yield "mixed", docs


def feed_source() -> Iterator[Source]:
    from bot.domain import FeedError
    from bot.feeds import parse_feed, read_feed_file

    docs: list[Document] = []
    now = datetime(2024, 5, 20, tzinfo=UTC)
    for path in sorted((SHARED / "corpora/real-feeds").glob("*")):
        try:
            items, _warnings = parse_feed(read_feed_file(path, limit=10 << 20), url="", now=now)
        except FeedError:
            continue
        for i, item in enumerate(items):
            docs.append(Document(f"{path.name}#{i}", item.title, item.summary, date=now.date()))
    yield "real-feeds", docs


def seed_source() -> Iterator[Source]:
    docs = [
        Document(p.name, "", p.read_text(encoding="utf-8"), date=date(2024, 5, 20))
        for p in sorted((SHARED / "seeds").glob("*.txt"))
    ]
    yield "seeds", docs


def test_source() -> Iterator[Source]:
    """Every string of the classifier tests long enough to be a sentence, alone and in pairs."""
    texts: list[str] = []
    for path in sorted((ROOT / "tests").glob("test_classify*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and len(value) >= 12 and not value.startswith("test"):
                texts.append(value)
    # Keyed and paired by each text's hash, not its place in the files: a test added, moved or
    # edited changes its own items and its neighbours' pairs, not every item after it.
    texts = sorted(set(texts), key=_text_key)
    docs = [Document(_text_key(t), "", t, date=date(2024, 5, 20)) for t in texts]
    for i, a in enumerate(texts):
        b, c = texts[(i + 1) % len(texts)], texts[(i + 2) % len(texts)]
        docs.append(Document(f"{_text_key(a)}+", a, f"{b} {c}", date=date(2025, 3, 2)))
    yield "tests", docs


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def synthetic_sources() -> Iterator[Source]:
    for seed in (7, 8, 9):
        yield f"synthetic:{seed}", synthetic_corpus(20_000 if seed == 7 else 5_000, seed)


def item_hash(classifier: Classifier, doc: Document) -> str:
    """The hash of the item's whole verdicts, then what a reader checks first: "hash tier status people country"."""
    quick = classifier.classify(doc)
    full = classifier.classify(doc, thorough=True)
    digest = hashlib.sha256(f"{quick!r}\n{full!r}".encode()).hexdigest()[:16]
    facts = quick.facts
    return f"{digest} {quick.tier.value} {facts.status} {facts.people} {facts.country}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="write each item's hash to this JSON file")
    parser.add_argument("--compare", type=Path, help="a file from --save to compare with")
    parser.add_argument("--show", type=int, default=50, help="changed items to list (default 50)")
    args = parser.parse_args()
    classifier = Classifier.from_lexicons()
    print(f"classifier: {code_origin()}")
    started = time.process_time()
    every: dict[str, str] = {}
    total = hashlib.sha256()
    sources = (
        *synthetic_sources(),
        *labelled_sources(),
        *mixed_source(),
        *feed_source(),
        *seed_source(),
        *test_source(),
    )
    for name, docs in sources:
        digest = hashlib.sha256()
        for i, doc in enumerate(docs):
            h = item_hash(classifier, doc)
            every[f"{name}/{doc.id if name == 'tests' else i}"] = h
            digest.update(h.partition(" ")[0].encode())
        total.update(digest.digest())
        print(f"  {name:28} {len(docs):6} items  {digest.hexdigest()[:16]}")
    print(f"all: {len(every)} items, verdict hash {total.hexdigest()[:16]}")
    print(f"({time.process_time() - started:.0f} CPU-s)")
    if args.save:
        args.save.write_text(json.dumps(every))
    if args.compare:
        before = json.loads(args.compare.read_text())
        changed = sorted(k for k in before.keys() | every.keys() if before.get(k) != every.get(k))
        print(f"changed: {len(changed)} items (key: tier status people country, before -> after)")
        for key in changed[: args.show]:
            print(f"  {key}: {_fields(before.get(key))} -> {_fields(every.get(key))}")
    return 0


def _fields(saved: str | None) -> str:
    """The fields part of a saved item ("-" for an item on one side only, "?" for an older file)."""
    if saved is None:
        return "-"
    _, _, fields = saved.partition(" ")
    return fields or "?"


if __name__ == "__main__":
    raise SystemExit(main())
