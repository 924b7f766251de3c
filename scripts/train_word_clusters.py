"""Train word clusters on unlabelled news, for the entity tagger's features.

Word2vec (gensim) over the clitic-free stems of SaudiNewsNet articles and
ANERcorp train, then k-means (scikit-learn) of the vectors at two
granularities. Words that behave alike (city names, first names, ministries)
land in one cluster, so the tagger generalises beyond the words it was
trained on. Writes ``src/marsad/resources/word_clusters.tsv.gz``:
``stem<TAB>coarse cluster<TAB>fine cluster`` for stems seen ``--min-count`` times.

Needs the build extra: pip install -e '.[build]'
Usage: python scripts/train_word_clusters.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import gzip
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from gensim.models import Word2Vec
from sklearn.cluster import MiniBatchKMeans

from build_clitic_lexicon import anercorp_text, saudinewsnet_texts
from marsad.document import Document
from marsad.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "src" / "marsad" / "resources"
SEED = 13


def texts(data: Path) -> Iterator[str]:
    yield from saudinewsnet_texts(data / "saudinewsnet")
    yield " ".join(anercorp_text(data / "anercorp" / "train.txt"))


def stem_sentences(data: Path) -> list[list[str]]:
    """Each sentence as a list of normalised stems (numbers as one symbol)."""
    pipeline = Pipeline()
    sentences: list[list[str]] = []
    for index, text in enumerate(texts(data)):
        if not text.strip():
            continue
        doc = pipeline(Document(id=str(index), text=text))
        position = 0
        for sentence in doc.sentences:
            stems = []
            while position < len(doc.tokens) and doc.tokens[position].start < sentence.end:
                token = doc.tokens[position]
                stems.append("<num>" if token.norm[0].isdigit() else token.stem)
                position += 1
            sentences.append(stems)
    return sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--coarse", type=int, default=128)
    parser.add_argument("--fine", type=int, default=1024)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    started = time.time()
    sentences = stem_sentences(args.data)
    print(f"{len(sentences):,} sentences in {time.time() - started:.0f} s")
    model = Word2Vec(
        sentences,
        vector_size=100,
        window=5,
        min_count=args.min_count,
        workers=2,
        epochs=5,
        seed=SEED,
    )
    words = model.wv.index_to_key
    vectors = model.wv.vectors / np.linalg.norm(model.wv.vectors, axis=1, keepdims=True)
    print(f"word2vec: {len(words):,} stems in {time.time() - started:.0f} s")
    labels = {}
    for name, k in (("coarse", args.coarse), ("fine", args.fine)):
        kmeans = MiniBatchKMeans(n_clusters=k, random_state=SEED, batch_size=4096, n_init=3)
        labels[name] = kmeans.fit_predict(vectors)
    with gzip.GzipFile(RESOURCES / "word_clusters.tsv.gz", "wb", mtime=0) as out:
        rows = zip(words, labels["coarse"], labels["fine"], strict=True)
        out.write("".join(f"{w}\t{c}\t{f}\n" for w, c, f in sorted(rows)).encode("utf-8"))
    print(f"wrote {len(words):,} clustered stems in {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
