"""Accuracy of place resolution on the hand-labelled dev sets, given the gold mention spans.

Prints, for each file: correct entry, correct country, and how many gold
mentions the entities stage found (a LOC entity overlapping). The first twenty-four
files are all tuning data now (each held-out part was read or evaluated while
building): ``places-tuning.tsv`` and ``places-heldout.tsv`` to ``places-heldout23.tsv``
(scored blind once each). The held-out figure comes from ``places-heldout24.tsv``
alone, and only when that file exists. ``--errors`` lists the wrong answers of
the tuning files (a wrong entry, or a nil answer with the wrong country), never
of the held-out file: that part is not for tuning.

"in context" resolves the gold spans together with the entities stage's other LOC
spans of the sentence, as the places stage resolves an article, and scores the gold
ones (``marsad.places.evaluation``); "gold spans alone" resolves the gold spans only;
"in article" resolves them with the LOC spans of the whole SaudiNewsNet article the
sentence was drawn from (found in the shared data, ``--data``), as Marsad reads news.
ANERcorp sentences have no article and are read in their sentence there.
The errors listed are those of the gold spans alone.

``nil→entry`` counts the wrong entries that answer a gold ``nil`` of a country
(a place with no gazetteer entry when it was labelled, such as Darfur) with an
entry in that country: they count as wrong until the gold is relabelled with
the entry the gazetteer has since gained.

Usage: python bench/eval_places.py [--errors] [--tuning-only]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from corpus import SHARED_DATA, articles_holding
from marsad.pipeline import DEFAULT_STAGES, Pipeline
from marsad.places.evaluation import Score, evaluate, read_gold

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
TUNING = {
    "tuning": "places-tuning.tsv",
    "tuning-2": "places-heldout.tsv",  # the first held-out part, read while labelling
    "tuning-3": "places-heldout2.tsv",  # the second held-out part, evaluated once
    "tuning-4": "places-heldout3.tsv",  # the third held-out part, evaluated once
    "tuning-5": "places-heldout4.tsv",  # the fourth held-out part, evaluated once
    "tuning-6": "places-heldout5.tsv",  # the fifth held-out part, evaluated once
    "tuning-7": "places-heldout6.tsv",  # the sixth held-out part, evaluated once
    "tuning-8": "places-heldout7.tsv",  # the seventh held-out part, evaluated once
    "tuning-9": "places-heldout8.tsv",  # the eighth held-out part, evaluated once
    "tuning-10": "places-heldout9.tsv",  # the ninth held-out part, evaluated once
    "tuning-11": "places-heldout10.tsv",  # the tenth held-out part, evaluated once
    "tuning-12": "places-heldout11.tsv",  # the eleventh held-out part, evaluated once
    "tuning-13": "places-heldout12.tsv",  # the twelfth held-out part, evaluated once
    "tuning-14": "places-heldout13.tsv",  # the thirteenth held-out part, evaluated once
    "tuning-15": "places-heldout14.tsv",  # the fourteenth held-out part, evaluated once
    "tuning-16": "places-heldout15.tsv",  # the fifteenth held-out part, evaluated once
    "tuning-17": "places-heldout16.tsv",  # the sixteenth held-out part, evaluated once
    "tuning-18": "places-heldout17.tsv",  # the seventeenth held-out part, evaluated once
    "tuning-19": "places-heldout18.tsv",  # the eighteenth held-out part, evaluated once
    "tuning-20": "places-heldout19.tsv",  # the nineteenth held-out part, evaluated once
    "tuning-21": "places-heldout20.tsv",  # the twentieth held-out part, evaluated once
    "tuning-22": "places-heldout21.tsv",  # the twenty-first held-out part, evaluated once
    "tuning-23": "places-heldout22.tsv",  # the twenty-second held-out part, evaluated once
    "tuning-24": "places-heldout23.tsv",  # the twenty-third held-out part, evaluated once
}
HELD_OUT = {"held-out": "places-heldout24.tsv"}  # drawn before the next change is judged


def row(part: str, score: Score, in_context: Score, in_article: Score | None) -> str:
    article = (
        f" {in_article.accuracy:>7.3f} {in_article.country_accuracy:>8.3f}"
        if in_article
        else f" {'-':>7} {'-':>8}"
    )
    return (
        f"{part:<10} {score.mentions:>8} {score.accuracy:>6.3f} {score.country_accuracy:>8.3f}"
        f" {in_context.accuracy:>7.3f} {in_context.country_accuracy:>8.3f}{article}"
        f" {score.found_by_entities:>5} ({score.found_by_entities / score.mentions:.3f})"
        f" {score.nil_given_entry:>10}"
    )


def article_map(data: Path, files: list[str]) -> dict[str, str] | None:
    """Context id → the SaudiNewsNet article holding that sentence, when the shared
    data is there (ANERcorp sentences have no article)."""
    folder = data / "saudinewsnet"
    if not folder.is_dir():
        return None
    golds = [m for name in files for m in read_gold(DATA / name)]
    contents = articles_holding(folder, {m.context for m in golds})
    return {m.context_id: contents[m.context] for m in golds if m.context in contents}


def scores(gold: list, pipeline: Pipeline, articles: dict[str, str] | None) -> tuple:
    """Gold spans alone, in the sentence's context, and in the article's (or None)."""
    in_article = evaluate(gold, pipeline, in_context=True, articles=articles) if articles else None
    return evaluate(gold, pipeline), evaluate(gold, pipeline, in_context=True), in_article


def add(total: Score, score: Score) -> None:
    total.mentions += score.mentions
    total.correct += score.correct
    total.country_correct += score.country_correct
    total.found_by_entities += score.found_by_entities
    total.nil_given_entry += score.nil_given_entry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the tuning files' errors")
    parser.add_argument(
        "--tuning-only", action="store_true", help="leave the held-out file out (while tuning)"
    )
    parser.add_argument("--data", type=Path, default=SHARED_DATA, help="the shared data folder")
    args = parser.parse_args()
    pipeline = Pipeline([stage for stage in DEFAULT_STAGES if stage[0] in ("segment", "entities")])
    held_out = [] if args.tuning_only else [f for f in HELD_OUT.values() if (DATA / f).exists()]
    articles = article_map(args.data, [*TUNING.values(), *held_out])
    print(f"{'':<19} {'gold spans alone':>15} {'in context':>16} {'in article':>16}")
    print(f"{'part':<10} {'mentions':>8} {'entry':>6} {'country':>8} {'entry':>7} {'country':>8} "
          f"{'entry':>7} {'country':>8} {'found by entities':>17} {'nil→entry':>10}")  # fmt: skip
    totals = (Score(), Score(), Score())
    for part, filename in TUNING.items():
        gold = read_gold(DATA / filename)
        score, in_context, in_article = scores(gold, pipeline, articles)
        print(f"{row(part, score, in_context, in_article)}  {filename}")
        for total, one in zip(totals, (score, in_context, in_article or Score()), strict=True):
            add(total, one)
        if args.errors:
            for gold, place in score.errors:
                want = f"{gold.gold} {gold.country}"
                got = f"{place.gazetteer_id} {place.name_en} {place.country}: {place.reason}"
                print(f"  {gold.context_id} «{gold.mention}» gold {want}, got {got}")
            for gold, place in score.country_errors:
                want = f"nil {gold.country or '-'}"
                print(f"  {gold.context_id} «{gold.mention}» gold {want}, got country "
                      f"{place.country or '-'}: {place.reason}")  # fmt: skip
    print(row("all tuning", totals[0], totals[1], totals[2] if articles else None))
    for part, filename in HELD_OUT.items():
        if filename not in held_out:
            continue
        gold = read_gold(DATA / filename)  # its errors are never printed
        print(f"{row(part, *scores(gold, pipeline, articles))}  {filename}")


if __name__ == "__main__":
    main()
