"""BIO-tagged corpora (ANERcorp, Wojood) as text with entity spans.

ANERcorp has one ``token TAG`` per line, blank lines between sentences and
``-DOCSTART-`` between documents. Wojood has ``token TAG [TAG ...]`` (nested
entities, outermost first) and ``$#$`` lines between sentences; its flat outer
layer is taken after mapping its 21 types onto PER/ORG/LOC/MISC (see
``WOJOOD_TYPES``): the first tag of each token whose type maps to one of ours.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ANERCORP_TYPES = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
# Wojood → ours. GPE (countries, cities) and FAC (buildings, sites) are places;
# NORP (nationalities, religious and political groups) and EVENT are MISC.
# OCC, DATE, TIME, numbers, money, units, LANGUAGE, WEBSITE, LAW, PRODUCT and
# the rest are not named entities here.
WOJOOD_TYPES = {
    "PERS": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
}
SENTENCE_BREAKS = {"", "$#$"}


@dataclass(frozen=True)
class GoldEntity:
    label: str
    first: int  # index of the first token
    last: int  # index of the last token


@dataclass
class BioSentence:
    tokens: list[str]
    tags: list[str]  # B-PER, I-LOC, O ... in our types

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    @property
    def offsets(self) -> list[tuple[int, int]]:
        """Character span of each token in ``text``."""
        spans, at = [], 0
        for token in self.tokens:
            spans.append((at, at + len(token)))
            at += len(token) + 1
        return spans

    def entities(self) -> list[GoldEntity]:
        return spans_from_tags(self.tags)


def spans_from_tags(tags: list[str]) -> list[GoldEntity]:
    """Entities of a BIO sequence; an I- that does not continue starts a new one."""
    found: list[GoldEntity] = []
    label, first = None, 0
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if label is not None and (prefix != "I" or kind != label):
            found.append(GoldEntity(label, first, index - 1))
            label = None
        if prefix in ("B", "I") and label is None:
            label, first = kind, index
    return found


def read_bio(path: Path) -> list[BioSentence]:
    """Sentences of an ANERcorp- or Wojood-style file, tags mapped to our types."""
    sentences: list[BioSentence] = []
    tokens: list[str] = []
    tags: list[str] = []

    def close() -> None:
        if tokens:
            sentences.append(BioSentence(tokens.copy(), tags.copy()))
        tokens.clear()
        tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if not fields or fields[0] in SENTENCE_BREAKS or fields[0] == "-DOCSTART-":
            close()
            continue
        if len(fields) < 2:
            continue
        tokens.append(fields[0])
        tags.append(_our_tag(fields[1:]))
    close()
    return sentences


def _our_tag(tags: list[str]) -> str:
    for tag in tags:
        prefix, _, kind = tag.partition("-")
        ours = ANERCORP_TYPES.get(kind) or WOJOOD_TYPES.get(kind)
        if prefix in ("B", "I") and ours:
            return f"{prefix}-{ours}"
    return "O"
