"""Entity tagging speed, model load time and peak memory on SaudiNewsNet.

Segments the articles first (not timed), then times the entities stage alone
on one core. Prints tokens/s, articles/s, the time to load the tagger and its
resources, and the process's peak resident memory.

Usage: python bench/bench_entities.py [--data ../shared/data] [--days 2]
"""

from __future__ import annotations

import resource
import time

from corpus import corpus_options, load_articles
from marsad.document import Document
from marsad.pipeline import Pipeline, entities_stage, segment_stage


def main() -> None:
    args = corpus_options(__doc__, days=2)

    pipeline = Pipeline()
    started = time.perf_counter()
    _ = pipeline.resources.clitic_splitter
    splitter_seconds = time.perf_counter() - started
    started = time.perf_counter()
    _ = pipeline.resources.entity_models
    model_seconds = time.perf_counter() - started
    loaded_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    texts = [text for text, _ in load_articles(args.data / "saudinewsnet", args.days)]
    docs = [
        segment_stage(Document(id=str(i), text=t), pipeline.resources) for i, t in enumerate(texts)
    ]
    tokens = sum(len(d.tokens) for d in docs)
    started = time.perf_counter()
    entities = sum(len(entities_stage(d, pipeline.resources).entities) for d in docs)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"load: clitic lexicon {splitter_seconds * 1000:.0f} ms, "
          f"tagger + clusters + gazetteers {model_seconds * 1000:.0f} ms")  # fmt: skip
    print(f"tagged {len(docs):,} articles, {tokens:,} tokens, {entities:,} entities "
          f"in {seconds:.2f} s = {tokens / seconds:,.0f} tokens/s, "
          f"{len(docs) / seconds:,.0f} articles/s (one core)")  # fmt: skip
    print(f"peak resident memory: {loaded_mb:,.0f} MB with the models loaded, "
          f"{peak_mb:,.0f} MB with every segmented article held in memory")  # fmt: skip


if __name__ == "__main__":
    main()
