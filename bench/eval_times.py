"""Time tagging against the hand-annotated SaudiNewsNet dev set.

``tests/data/times-saudinewsnet.jsonl`` holds, per article, every time expression
annotated by hand (see ``tests/data/times-saudinewsnet-README.md``); the article
text is read from the shared SaudiNewsNet zips by URL. For each part prints span
precision/recall/F1, strict (same start and end) and overlapping (any shared
character, one-to-one), then type and value accuracy over the overlapping matches.
Only ``heldout3`` is held out (scored when its lines are present); ``tuning2`` and
``tuning3`` were each held out once and have been tuned on since. ``--errors``
lists the disagreements on the tuning parts only, never on a held-out part.

Usage: python bench/eval_times.py [--data ../shared/data] [--part PART] [--errors]
"""

from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path

from marsad.document import Document, TimeExpression
from marsad.pipeline import Pipeline, segment_stage, times_stage

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "times-saudinewsnet.jsonl"
PARTS = {
    "tuning": "tuning",
    "tuning2": "tuning (held out once as heldout, looked at since)",
    "tuning3": "tuning (held out once as heldout2, looked at since)",
    "heldout3": "HELD OUT: the held-out figure",
}
HELD_OUT = {"heldout3"}


def load_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def load_contents(folder: Path, urls: set[str]) -> dict[str, str]:
    contents: dict[str, str] = {}
    for archive in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(archive) as zipped:
            for name in zipped.namelist():
                for article in json.loads(zipped.read(name)):
                    if article["url"] in urls and article["url"] not in contents:
                        contents[article["url"]] = article["content"]
    return contents


def match(gold: list[dict], predicted: list[TimeExpression]) -> list[tuple[dict, TimeExpression]]:
    """One-to-one pairs of overlapping spans, the largest overlaps first."""
    candidates = sorted(
        (
            (min(g["end"], p.end) - max(g["start"], p.start), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
            if min(g["end"], p.end) > max(g["start"], p.start)
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((gold[gi], predicted[pi]))
    return pairs


def f1(right: int, gold: int, predicted: int) -> str:
    precision = right / predicted if predicted else 0.0
    recall = right / gold if gold else 0.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"P {precision:.3f}  R {recall:.3f}  F1 {score:.3f}"


def evaluate(pipeline: Pipeline, records: list[dict], contents: dict[str, str], errors: bool):
    counts = dict.fromkeys(("gold", "predicted", "strict", "overlap", "type", "value"), 0)
    for record in records:
        doc = pipeline(
            Document(id=record["url"], text=contents[record["url"]], published=record["published"])
        )
        gold, predicted = record["times"], doc.times
        pairs = match(gold, predicted)
        counts["gold"] += len(gold)
        counts["predicted"] += len(predicted)
        counts["overlap"] += len(pairs)
        counts["strict"] += sum(g["start"] == p.start and g["end"] == p.end for g, p in pairs)
        counts["type"] += sum(g["type"] == p.type for g, p in pairs)
        counts["value"] += sum(g["value"] == p.value for g, p in pairs)
        if errors:
            report_errors(record, gold, predicted, pairs)
    return counts


def report_errors(record: dict, gold: list[dict], predicted: list[TimeExpression], pairs) -> None:
    paired_gold = {id(g) for g, _ in pairs}
    paired_predicted = {id(p) for _, p in pairs}
    lines = [
        f"  missed   {g['text']!r} {g['type']} {g['value']}"
        for g in gold
        if id(g) not in paired_gold
    ]
    lines += [
        f"  spurious {p.text!r} {p.type} {p.value}"
        for p in predicted
        if id(p) not in paired_predicted
    ]
    for g, p in pairs:
        if (g["start"], g["end"], g["value"], g["type"]) != (p.start, p.end, p.value, p.type):
            lines.append(
                f"  gold {g['text']!r} {g['type']} {g['value']}  got {p.text!r} {p.type} {p.value}"
            )
    if lines:
        print(f"#{record['draw']} {record['published']} {record['url']}")
        print("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--part", choices=tuple(PARTS), action="append")
    parser.add_argument(
        "--errors", action="store_true", help="list every disagreement on the tuning parts"
    )
    args = parser.parse_args()

    records = load_gold()
    contents = load_contents(args.data / "saudinewsnet", {r["url"] for r in records})
    pipeline = Pipeline(stages=(("segment", segment_stage), ("times", times_stage)))
    for part in args.part or tuple(PARTS):
        chosen = [r for r in records if r["part"] == part]
        if not chosen:
            continue
        c = evaluate(pipeline, chosen, contents, args.errors and part not in HELD_OUT)
        print(
            f"{part} [{PARTS[part]}]: {len(chosen)} articles,"
            f" {c['gold']} gold expressions, {c['predicted']} found"
        )
        print(f"  spans strict:      {f1(c['strict'], c['gold'], c['predicted'])}")
        print(f"  spans overlapping: {f1(c['overlap'], c['gold'], c['predicted'])}")
        matched = c["overlap"] or 1
        print(
            f"  over the {c['overlap']} overlapping matches:"
            f" type accuracy {c['type'] / matched:.3f}, value accuracy {c['value'] / matched:.3f}"
        )


if __name__ == "__main__":
    main()
