"""Event coding scores on every hand-coded set, each sentence alone and in its article.

For each set prints micro F1, ASSAULT and PROTEST F1, and the source and target
code accuracy on matched events (``marsad.events.evaluation``), twice: "alone"
runs each sentence by itself (as ``marsad eval-events`` does); "in article" runs
the whole SaudiNewsNet article the sentence was drawn from (its title, then its
content, read from the shared data by the sentence's URL) and scores the events
coded in the sentence. AFP sentences have no article and are read alone both
times. The annotators read each article's title, and the article when they
needed it to tell who an actor is (the files' notes say when).

The sets are all tuning data once scored (each was scored blind once, when it
was drawn, and then read while building); ``--sets`` picks some.

Usage: python bench/eval_events.py [--data ../shared/data] [--sets events-dev-heldout16]
"""

from __future__ import annotations

import argparse
import json
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from corpus import SHARED_DATA, first_copies
from marsad.events.evaluation import TYPES, EventScores, coded_sets, evaluate, read_gold
from marsad.pipeline import Pipeline

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def figures(scores: EventScores) -> str:
    """micro F1, ASSAULT F1, PROTEST F1, source and target code accuracy; "-" where a
    set has none of a type, coded or found."""
    parts = []
    for types in (TYPES, ["ASSAULT"], ["PROTEST"]):
        found = sum(scores.true_positive[t] + scores.false_positive[t] for t in types)
        _, _, f1, gold = scores.prf(types)
        parts.append(f"{f1:.3f}" if gold or found else "-")
    for role in ("source", "target"):
        total = scores.roles[f"{role} total"]
        parts.append(f"{scores.roles[f'{role} right'] / total:.3f}" if total else "-")
    return " ".join(f"{p:>6}" for p in parts)


def score_set(name: str, articles: dict[str, str]) -> str:
    sentences = read_gold(DATA / f"{name}.jsonl")
    pipeline = Pipeline()
    alone = evaluate(sentences, pipeline)
    in_article = evaluate(sentences, pipeline, articles)
    return f"{name:<22} {len(sentences):>4} {figures(alone)} | {figures(in_article)}"


def articles_of(names: list[str], data: Path) -> list[dict[str, str]]:
    """For each set, sentence id → the title and content of its SaudiNewsNet article,
    found by the sentence's URL (the zips are read once for all sets)."""
    refs = []
    for name in names:
        lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines if line]
        refs.append({r["id"]: r["ref"] for r in rows if r["source"] == "saudinewsnet"})
    by_url = first_copies(data / "saudinewsnet")
    text = {url: f"{a['title'].strip()}\n{a['content']}" for url, a in by_url.items()}
    return [{id_: text[url] for id_, url in ref.items() if url in text} for ref in refs]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--sets", nargs="*", default=coded_sets(DATA))
    args = parser.parse_args()
    if not (args.data / "saudinewsnet").is_dir():
        parser.error(f"{args.data}: no saudinewsnet folder; give the shared data with --data")
    columns = " ".join(f"{c:>6}" for c in ("micro", "ASSLT", "PROT", "src", "tgt"))
    print(f"{'set':<22} {'sent':>4} {columns} | {columns}")
    print(f"{'':<22} {'':>4} {'sentence alone':^34} | {'in its article':^34}")
    with ProcessPoolExecutor(max_workers=2) as pool:
        for line in pool.map(score_set, args.sets, articles_of(args.sets, args.data)):
            print(line, flush=True)


if __name__ == "__main__":
    main()
