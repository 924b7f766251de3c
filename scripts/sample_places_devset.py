"""Draw the sentences of a held-out places set (``tests/data/places-heldout*.tsv``).

Each draw is fixed by its seed and leaves out every sentence of the earlier files
given with ``--exclude``. With the defaults (seed 29, 45 + 45 sentences, ids
``anercorp2-``/``saudinewsnet2-``, leaving out ``places-tuning.tsv`` and
``places-heldout.tsv``) it prints the draw of ``places-heldout2.tsv``; the first
dev set used seed 4. ``places-heldout3.tsv`` was drawn with::

    python scripts/sample_places_devset.py --seed 47 --part 3 --anercorp 55 \
        --saudinewsnet 55 --exclude tuning heldout heldout2

The sentences of a draw are:

* ``anercorp`` — N sentences of ANERcorp ``dev.txt`` (sentences are the blank-line
  separated blocks, tokens joined by one space) that have a LOC tag, shuffled, with
  ANERcorp's own B-LOC/I-LOC spans (clitics included, as tagged there);
* ``saudinewsnet`` — N SaudiNewsNet articles (all days, de-duplicated by URL,
  sorted by URL, shuffled), one sentence each: the first sentence of 60–350
  characters (split on ``.``, ``؟``, ``?``, ``!`` and line breaks) holding a word of
  ANERcorp's ``gazetteer-loc.txt`` (after the clitics و/ف and ب/ل/ك). That list is
  a sampling filter only, independent of Marsad's gazetteer; its hits are printed
  as proposals, and the mentions are then marked by hand from reading the sentence.

Both sources are shuffled before the counts are applied, so a larger count with
the same seed and exclusions extends a draw without changing its first sentences.

The output is the TSV of ``tests/data/places-*.tsv`` with empty ``gold`` and
``country`` columns, to be labelled by hand (``--titles`` adds each article's title
as a comment line, to help decide the gold entries).

Usage: python scripts/sample_places_devset.py [--data ../shared/data] [--seed 29] [--part 2]
           [--anercorp 45] [--saudinewsnet 45] [--exclude tuning heldout] [--titles] > drawn.tsv
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from saudinewsnet import all_articles, first_by_url

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
SEED = 29  # the draw of places-heldout2.tsv
PART = "2"
EXCLUDE = ["tuning", "heldout"]
COUNTS = {"anercorp": 45, "saudinewsnet": 45}
MIN_CHARS, MAX_CHARS = 60, 350
SPLITTER = re.compile(r"[.؟?!\n]+")
CLITICS = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?")
Span = tuple[int, int]


def earlier_contexts(paths: list[Path]) -> set[str]:
    """The sentences of the earlier dev set files, which the new draw must not reuse."""
    contexts = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                contexts.add(line.split("\t")[-1])
    return contexts


def anercorp_sentences(path: Path) -> list[tuple[str, list[Span]]]:
    """Every ANERcorp sentence with its LOC spans, in file order."""
    sentences = []
    tokens: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip() and not line.startswith("-DOCSTART-"):
            token, tag = line.rsplit(" ", 1)
            tokens.append((token, tag))
            continue
        if not tokens:
            continue
        text, spans, offset = "", [], 0
        for token, tag in tokens:
            offset = len(text) + (1 if text else 0)
            text = f"{text} {token}" if text else token
            if tag == "B-LOC" or (tag == "I-LOC" and not spans):
                spans.append((offset, offset + len(token)))
            elif tag == "I-LOC":
                spans[-1] = (spans[-1][0], offset + len(token))
        sentences.append((text, spans))
        tokens = []
    return sentences


def proposals(text: str, names: set[str]) -> list[Span]:
    """Spans of the words of ``text`` that are, after clitics, in the ANERcorp LOC list."""
    spans = []
    for match in re.finditer(r"\S+", text):
        word = match.group()
        if word in names or CLITICS.sub("", word) in names:
            spans.append(match.span())
    return spans


def draw(
    data: Path,
    seed: int = SEED,
    counts: dict[str, int] = COUNTS,
    exclude: list[Path] | None = None,
    part: str = PART,
) -> list[tuple[str, str, list[Span], str]]:
    """(context id, sentence, proposed spans, title) of every drawn sentence."""
    rng = random.Random(seed)
    used = earlier_contexts(exclude if exclude is not None else [part_path(p) for p in EXCLUDE])
    drawn: list[tuple[str, str, list[Span], str]] = []
    located = [
        (text, spans)
        for text, spans in anercorp_sentences(data / "anercorp" / "dev.txt")
        if spans and text not in used
    ]
    located = list(dict(located).items())  # one copy of repeated sentences
    rng.shuffle(located)
    for index, (text, spans) in enumerate(located[: counts["anercorp"]]):
        drawn.append((f"anercorp{part}-{index:02d}", text, spans, ""))
    gazetteer = data / "anercorp" / "gazetteer-loc.txt"
    names = {w for w in gazetteer.read_text(encoding="utf-8").split() if not w.startswith("=")}
    articles = first_by_url(all_articles(data / "saudinewsnet"))
    rng.shuffle(articles)
    for article in articles:
        if len(drawn) == sum(counts.values()):
            break
        for piece in SPLITTER.split(article["content"] or ""):
            text = " ".join(piece.split())
            spans = proposals(text, names)
            if MIN_CHARS <= len(text) <= MAX_CHARS and spans and text not in used:
                context_id = f"saudinewsnet{part}-{len(drawn) - counts['anercorp']:02d}"
                drawn.append((context_id, text, spans, article["title"] or ""))
                used.add(text)
                break
    return drawn


def part_path(name: str) -> Path:
    """``tests/data/places-NAME.tsv`` for a bare part name, else the path as given."""
    return Path(name) if name.endswith(".tsv") else DATA / f"places-{name}.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--seed", type=int, default=SEED, help="shuffling seed (29: heldout2)")
    parser.add_argument("--part", default=PART, help="number in the context ids (anercorpN-00)")
    parser.add_argument("--anercorp", type=int, default=COUNTS["anercorp"], help="ANERcorp count")
    parser.add_argument(
        "--saudinewsnet", type=int, default=COUNTS["saudinewsnet"], help="SaudiNewsNet count"
    )
    parser.add_argument(
        "--exclude",
        nargs="*",
        default=EXCLUDE,
        help="earlier files whose sentences are left out: part names (heldout2) or paths",
    )
    parser.add_argument("--titles", action="store_true", help="print article titles too")
    args = parser.parse_args()
    counts = {"anercorp": args.anercorp, "saudinewsnet": args.saudinewsnet}
    exclude = [part_path(name) for name in args.exclude]
    for context_id, text, spans, title in draw(args.data, args.seed, counts, exclude, args.part):
        if args.titles and title:
            print(f"# {context_id} title: {title}")
        for start, end in spans:
            print("\t".join([context_id, str(start), str(end), text[start:end], "", "", "", text]))


if __name__ == "__main__":
    main()
