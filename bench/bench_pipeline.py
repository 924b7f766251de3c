"""Whole-pipeline throughput on SaudiNewsNet, with the time each stage takes.

One core, in this process: every article goes through every stage of
``marsad.pipeline.DEFAULT_STAGES`` (normalise → segment → entities → ... →
events); each stage is timed separately. Resources are loaded first and their
load time is reported apart.

Usage: python bench/bench_pipeline.py [--data ../shared/data] [--days 1]
"""

from __future__ import annotations

import time
from collections import Counter

from corpus import corpus_options, load_articles
from marsad.document import Document
from marsad.pipeline import DEFAULT_STAGES, Pipeline


def main() -> None:
    args = corpus_options(__doc__, days=1)

    articles = load_articles(args.data / "saudinewsnet", args.days)
    pipeline = Pipeline()
    started = time.perf_counter()
    pipeline(Document(id="warm-up", text="قصفت الطائرات مواقع في دير الزور أمس"))
    load_seconds = time.perf_counter() - started

    seconds: Counter[str] = Counter()
    tokens = events = 0
    for index, (text, published) in enumerate(articles):
        doc = Document(id=str(index), text=text, published=published)
        for name, stage in DEFAULT_STAGES:
            began = time.perf_counter()
            doc = stage(doc, pipeline.resources)
            seconds[name] += time.perf_counter() - began
        tokens += len(doc.tokens)
        events += len(doc.events)
    total = sum(seconds.values())
    print(f"resources loaded in {load_seconds:.2f} s")
    print(
        f"{len(articles):,} articles, {tokens:,} tokens, {events:,} events in {total:.1f} s: "
        f"{len(articles) / total:,.0f} articles/s, {tokens / total:,.0f} tokens/s (one core)"
    )
    for name, _ in DEFAULT_STAGES:
        share = seconds[name] / total
        print(f"  {name:10} {seconds[name]:7.2f} s  {share:6.1%}  "
              f"{len(articles) / seconds[name]:8,.0f} articles/s alone")  # fmt: skip


if __name__ == "__main__":
    main()
