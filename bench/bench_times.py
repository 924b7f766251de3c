"""Cost of time tagging per 1,000 tokens on SaudiNewsNet, segmentation excluded.

Articles are segmented first (not timed); then ``find_times`` runs over all of
them on one core in this process, twice (the second pass shows the warm cost of
the small caches). Prints milliseconds per 1,000 tokens and tokens per second.

Usage: python bench/bench_times.py [--data ../shared/data] [--days 2]
"""

from __future__ import annotations

import time

from corpus import corpus_options, load_articles
from marsad.document import Document
from marsad.pipeline import Pipeline, segment_stage
from marsad.times import find_times


def main() -> None:
    args = corpus_options(__doc__, days=2)

    segment = Pipeline(stages=(("segment", segment_stage),))
    docs = [
        segment(Document(id=str(i), text=text, published=published))
        for i, (text, published) in enumerate(load_articles(args.data / "saudinewsnet", args.days))
    ]
    tokens = sum(len(doc.tokens) for doc in docs)
    print(f"articles: {len(docs):,}   tokens: {tokens:,}")
    for label in ("first pass", "second pass"):
        started = time.perf_counter()
        found = sum(len(find_times(doc)) for doc in docs)
        seconds = time.perf_counter() - started
        print(
            f"{label}: {found:,} time expressions in {seconds:.2f} s"
            f" = {seconds * 1000 / (tokens / 1000):.3f} ms per 1,000 tokens"
            f", {tokens / seconds:,.0f} tokens/s"
        )


if __name__ == "__main__":
    main()
