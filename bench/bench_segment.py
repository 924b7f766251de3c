"""Throughput of normalise + segment (tokens, clitics, sentences) on SaudiNewsNet.

Runs on one core in this process. Prints tokens/s for the first pass (clitic
cache cold, as for a fresh process) and a second pass over the same articles
(cache warm, as in a long-running ingest), plus lexicon load time.

Usage: python bench/bench_segment.py [--data ../shared/data] [--days 3]
"""

from __future__ import annotations

import time

from corpus import corpus_options, load_articles
from marsad.document import Document
from marsad.pipeline import Pipeline, segment_stage


def run_once(pipeline: Pipeline, texts: list[str]) -> tuple[int, int, float]:
    tokens = characters = 0
    started = time.perf_counter()
    for index, text in enumerate(texts):
        doc = pipeline(Document(id=str(index), text=text))
        tokens += len(doc.tokens)
        characters += len(text)
    return tokens, characters, time.perf_counter() - started


def main() -> None:
    args = corpus_options(__doc__, days=3)

    texts = [text for text, _ in load_articles(args.data / "saudinewsnet", args.days)]
    pipeline = Pipeline(stages=(("segment", segment_stage),))
    started = time.perf_counter()
    _ = pipeline.resources.clitic_splitter
    load_seconds = time.perf_counter() - started

    print(f"articles: {len(texts):,}   lexicon load: {load_seconds * 1000:.0f} ms")
    for label in ("cold clitic cache", "warm clitic cache"):
        tokens, characters, seconds = run_once(pipeline, texts)
        print(
            f"{label}: {tokens:,} tokens, {characters / 1e6:.1f} M chars in {seconds:.2f} s"
            f" = {tokens / seconds:,.0f} tokens/s, {len(texts) / seconds:,.0f} articles/s"
        )


if __name__ == "__main__":
    main()
