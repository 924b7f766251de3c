"""Place resolution cost per article, gazetteer load time and memory, on SaudiNewsNet.

Segments the articles and finds their entities first (not timed), then times
the places stage alone (candidate lookup and resolution of every LOC entity)
on one core. Prints the cost per article and per mention, the time to load the
place gazetteer (the clitic lexicon it keys names with is timed apart), and the
process's peak resident memory.

Usage: python bench/bench_places.py [--data ../shared/data] [--days 1]
"""

from __future__ import annotations

import resource
import time

from corpus import corpus_options, load_articles
from marsad.document import Document
from marsad.pipeline import Pipeline, entities_stage, places_stage, segment_stage


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    args = corpus_options(__doc__, days=1)

    resources = Pipeline().resources
    started = time.perf_counter()
    _ = resources.clitic_splitter
    splitter_seconds = time.perf_counter() - started
    started = time.perf_counter()
    gazetteer = resources.places
    gazetteer_seconds = time.perf_counter() - started
    gazetteer_mb = peak_mb()
    _ = resources.entity_models
    models_mb = peak_mb()

    texts = [text for text, _ in load_articles(args.data / "saudinewsnet", args.days)]
    docs = []
    for number, text in enumerate(texts):
        doc = segment_stage(Document(id=str(number), text=text), resources)
        docs.append(entities_stage(doc, resources))
    mentions = sum(1 for d in docs for e in d.entities if e.label == "LOC")
    started = time.perf_counter()
    places = [places_stage(d, resources).places for d in docs]
    seconds = time.perf_counter() - started
    resolved = sum(1 for found in places for p in found if p.gazetteer_id)

    print(f"load: clitic lexicon {splitter_seconds * 1000:.0f} ms, place gazetteer "
          f"{gazetteer_seconds * 1000:.0f} ms ({len(gazetteer.entries):,} entries, "
          f"{len(gazetteer.index):,} name keys)")  # fmt: skip
    print(f"resolved {resolved:,} of {mentions:,} LOC mentions in {len(docs):,} articles in "
          f"{seconds:.2f} s = {seconds / len(docs) * 1000:.2f} ms per article, "
          f"{seconds / max(mentions, 1) * 1e6:.0f} µs per mention (one core)")  # fmt: skip
    print(f"peak resident memory: {gazetteer_mb:,.0f} MB with the lexicon and place gazetteer, "
          f"{models_mb:,.0f} MB with the entity models too, {peak_mb():,.0f} MB with every "
          "article held in memory")  # fmt: skip


if __name__ == "__main__":
    main()
