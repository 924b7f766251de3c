"""Clitic splitting accuracy on hand-labelled ANERcorp dev tokens.

Two hand-labelled files (see their headers): ``clitics-anercorp-dev.tsv`` (210
tokens, the splitter was tuned while looking at it) and
``clitics-anercorp-dev-heldout.tsv`` (150 tokens labelled afterwards, never
tuned on: the figure to report). Each word goes through the real tokenizer and
splitter. Prints, per group (O tokens, entity tokens) and overall: exact-split
accuracy, over-splitting (a cut that is not a clitic boundary, e.g. بغداد →
ب + غداد) and under-splitting (a clitic left attached).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from marsad.document import Document
from marsad.pipeline import Pipeline, segment_stage
from marsad.text.normalise import normalise_word

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
FILES = {"tuning": "clitics-anercorp-dev.tsv", "held out": "clitics-anercorp-dev-heldout.tsv"}


def read_gold(path: Path) -> list[tuple[str, list[str], str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, split, group = line.split("\t")
            pieces = [] if split == "-" else [normalise_word(p) for p in split.split("+")]
            rows.append((word, pieces, group))
    return rows


def predicted_pieces(pipeline: Pipeline, word: str) -> list[str]:
    tokens = pipeline(Document(id="w", text=word)).tokens
    pieces = [s.norm for t in tokens for s in t.segments] if len(tokens) == 1 else []
    return pieces or ([t.norm for t in tokens] if len(tokens) > 1 else [])


def cuts(pieces: list[str]) -> set[int]:
    """Letter offsets of the boundaries between pieces (ل + ال of للرئيس is one letter)."""
    found, at = set(), 0
    for index, piece in enumerate(pieces[:-1]):
        elided = piece == "ال" and index > 0 and pieces[index - 1] == "ل"
        at += 1 if elided else len(piece)
        found.add(at)
    return found


def evaluate(pipeline: Pipeline, path: Path) -> dict[str, Counter[str]]:
    totals: dict[str, Counter[str]] = {}
    for word, gold, group in read_gold(path):
        predicted = predicted_pieces(pipeline, word)
        for name in (group, "all"):
            counts = totals.setdefault(name, Counter())
            counts["tokens"] += 1
            counts["exact"] += predicted == gold
            counts["over"] += bool(cuts(predicted) - cuts(gold))
            counts["under"] += bool(cuts(gold) - cuts(predicted))
        if predicted != gold:
            print(f"  {word}: gold {'+'.join(gold) or '-'}  got {'+'.join(predicted) or '-'}")
    return totals


def main() -> None:
    pipeline = Pipeline(stages=(("segment", segment_stage),))
    for label, name in FILES.items():
        print(f"{label} set ({name}); mistakes:")
        totals = evaluate(pipeline, DATA / name)
        print(f"  {'group':8} {'tokens':>6} {'exact':>7} {'over-split':>11} {'under-split':>12}")
        for group, c in totals.items():
            n = c["tokens"]
            print(
                f"  {group:8} {n:6d} {c['exact'] / n:7.3f}"
                f" {c['over'] / n:11.3f} {c['under'] / n:12.3f}"
            )


if __name__ == "__main__":
    main()
