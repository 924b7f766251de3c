"""Build the word-frequency lexicon that guides clitic splitting.

Reads the unlabelled SaudiNewsNet articles and the ANERcorp training tokens
(never ANERcorp dev, which is kept apart for evaluation), counts every
normalised Arabic word, and writes:

- ``src/marsad/resources/word_counts.tsv.gz``: ``word<TAB>count`` for words
  seen at least ``--min-count`` times;
- ``src/marsad/resources/hamza_initial.txt``: normalised words starting with
  ``ال`` that are mostly written with a hamza on the alef (إلغاء, ألف, إلى), so
  their ``ال`` is not the article even where a writer dropped the hamza.

Usage: python scripts/build_clitic_lexicon.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import gzip
import json
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from marsad.text.normalise import normalise
from marsad.text.segment import ARABIC_LETTER, TOKEN_PATTERN

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "src" / "marsad" / "resources"
HAMZA_ALEFS = "أإآ"


def saudinewsnet_texts(folder: Path) -> Iterator[str]:
    for archive in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(archive) as zipped:
            for name in zipped.namelist():
                for article in json.loads(zipped.read(name)):
                    yield article.get("title") or ""
                    yield article.get("content") or ""


def anercorp_text(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word = line.rsplit(" ", 1)[0].strip()
            if word and word != "-DOCSTART-":
                yield word


def count_words(texts: Iterator[str]) -> tuple[Counter[str], Counter[str]]:
    """Counts of normalised words, and of those written with a hamza'd initial alef."""
    counts: Counter[str] = Counter()
    hamza_initial: Counter[str] = Counter()
    for text in texts:
        normalised = normalise(text)
        for match in TOKEN_PATTERN.finditer(normalised.text):
            word = match.group("word")
            if not word or not ARABIC_LETTER.match(word):
                continue
            counts[word] += 1
            if word.startswith("ال"):
                start, _ = normalised.to_original(match.start(), match.end())
                if text[start] in HAMZA_ALEFS:
                    hamza_initial[word] += 1
    return counts, hamza_initial


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args()

    def texts() -> Iterator[str]:
        yield from saudinewsnet_texts(args.data / "saudinewsnet")
        yield from anercorp_text(args.data / "anercorp" / "train.txt")

    counts, hamza_initial = count_words(texts())
    kept = sorted(
        ((word, n) for word, n in counts.items() if n >= args.min_count),
        key=lambda item: (-item[1], item[0]),
    )
    RESOURCES.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the file byte-identical across rebuilds.
    with gzip.GzipFile(RESOURCES / "word_counts.tsv.gz", "wb", mtime=0) as out:
        out.write("".join(f"{word}\t{n}\n" for word, n in kept).encode("utf-8"))
    mostly_hamza = sorted(
        word
        for word, n in hamza_initial.items()
        if counts[word] >= args.min_count and n * 2 > counts[word]
    )
    (RESOURCES / "hamza_initial.txt").write_text(
        "".join(f"{word}\n" for word in mostly_hamza), encoding="utf-8"
    )
    print(
        f"{sum(counts.values()):,} words, {len(counts):,} distinct; "
        f"kept {len(kept):,} seen >= {args.min_count} times; "
        f"{len(mostly_hamza):,} hamza-initial ال words"
    )


if __name__ == "__main__":
    main()
