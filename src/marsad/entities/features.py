"""Token features for the CRF entity tagger.

Arabic names hide behind clitics (وبالرقة) and have no capital letters, so the
features look at the clitic-free stem, its first and last letters, which
clitics were attached, the word's cluster learnt from unlabelled news, and
whether the tokens around it form a name in a gazetteer.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from importlib import resources

from marsad.document import Token
from marsad.entities.gazetteer import Gazetteer, token_stem

GAZETTEER_LABELS = ("LOC", "ORG", "PER", "ACT", "NAT")


@dataclass(frozen=True)
class WordClusters:
    """Stem → (coarse, fine) cluster ids from ``scripts/train_word_clusters.py``."""

    clusters: dict[str, tuple[str, str]]

    @classmethod
    def load(cls) -> WordClusters:
        path = resources.files("marsad.resources").joinpath("word_clusters.tsv.gz")
        with gzip.open(path.open("rb"), "rt", encoding="utf-8") as lines:
            rows = (line.rstrip("\n").split("\t") for line in lines)
            return cls({stem: (coarse, fine) for stem, coarse, fine in rows})


def _shape(norm: str) -> str:
    first = norm[0]
    if first.isdigit():
        return "num"
    if "\u0621" <= first <= "\u06ff":
        return "ar"
    if first.isalpha():
        return "latin"
    return "punct"


def gazetteer_tags(stems: list[str], gazetteer: Gazetteer) -> list[tuple[str, ...]]:
    """Per token, B-/I- tags of the gazetteer names it is part of (``B-LOC``, ``I-NAT``)."""
    tags: list[tuple[str, ...]] = [()] * len(stems)
    for match in gazetteer.matches(stems):
        kinds = sorted({label.split(":")[0] for label in match.labels})
        tags[match.start] = tuple(f"B-{kind}" for kind in kinds)
        for index in range(match.start + 1, match.end):
            tags[index] = tuple(f"I-{kind}" for kind in kinds)
    return tags


def sentence_features(
    tokens: list[Token], clusters: WordClusters, gazetteer: Gazetteer
) -> list[list[str]]:
    """CRFsuite attribute lists, one per token of a sentence."""
    stems = [token_stem(t) for t in tokens]
    gazetteer_marks = gazetteer_tags(stems, gazetteer)
    cluster_of = clusters.clusters.get
    no_cluster = ("-", "-")
    word_clusters = [cluster_of(s, no_cluster) for s in stems]
    size = len(tokens)
    sequence: list[list[str]] = []
    for index, token in enumerate(tokens):
        stem = stems[index]
        coarse, fine = word_clusters[index]
        features = [
            "bias",
            f"w={token.norm}",
            f"s={stem}",
            f"p2={stem[:2]}",
            f"p3={stem[:3]}",
            f"x2={stem[-2:]}",
            f"x3={stem[-3:]}",
            f"shape={_shape(token.norm)}",
            f"len={min(len(stem), 8)}",
            f"c={coarse}",
            f"f={fine}",
        ]
        features.extend(f"clitic={segment.kind}" for segment in token.segments)
        features.extend(f"g={tag}" for tag in gazetteer_marks[index])
        for offset in (-2, -1, 1, 2):
            other = index + offset
            if 0 <= other < size:
                features.append(f"{offset}s={stems[other]}")
                features.append(f"{offset}c={word_clusters[other][0]}")
                if offset in (-1, 1):
                    features.append(f"{offset}f={word_clusters[other][1]}")
                    features.extend(f"{offset}g={tag}" for tag in gazetteer_marks[other])
            else:
                features.append(f"{offset}s=<edge>")
        if index > 0:
            features.append(f"-1s|s={stems[index - 1]}|{stem}")
        sequence.append(features)
    return sequence
