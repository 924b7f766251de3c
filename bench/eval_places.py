"""Accuracy of place resolution on the hand-labelled dev sets, given the gold mention spans.

Prints, for each file: correct entry, correct country, and how many gold
mentions the entities stage found (a LOC entity overlapping). The first two
files are now both tuning data (the first held-out part was read while
labelling); ``places-heldout2.tsv``, drawn later, is the held-out figure.
``--errors`` lists the wrong answers of the tuning files (never of held-out:
that part is not for tuning).

Usage: python bench/eval_places.py [--errors]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from marsad.pipeline import DEFAULT_STAGES, Pipeline
from marsad.places.evaluation import Score, evaluate, read_gold

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
PARTS = {
    "tuning": "places-tuning.tsv",
    "tuning-2": "places-heldout.tsv",  # the first held-out part, read while labelling
    "held-out": "places-heldout2.tsv",
}
TUNING = ("tuning", "tuning-2")


def row(part: str, score: Score) -> str:
    return (
        f"{part:<9} {score.mentions:>8} {score.accuracy:>6.3f} {score.country_accuracy:>8.3f}"
        f" {score.found_by_entities:>5} ({score.found_by_entities / score.mentions:.3f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the tuning files' errors")
    parser.add_argument(
        "--tuning-only", action="store_true", help="leave the held-out file out (while tuning)"
    )
    args = parser.parse_args()
    pipeline = Pipeline([stage for stage in DEFAULT_STAGES if stage[0] in ("segment", "entities")])
    print(f"{'part':<9} {'mentions':>8} {'entry':>6} {'country':>8} {'found by entities':>17}")
    for part, filename in PARTS.items():
        if args.tuning_only and part not in TUNING:
            continue
        score = evaluate(read_gold(DATA / filename), pipeline)
        print(f"{row(part, score)}  {filename}")
        if args.errors and part in TUNING:
            for gold, place in score.errors:
                want = f"{gold.gold} {gold.country}"
                got = f"{place.gazetteer_id} {place.name_en} {place.country}: {place.reason}"
                print(f"  {gold.context_id} «{gold.mention}» gold {want}, got {got}")


if __name__ == "__main__":
    main()
