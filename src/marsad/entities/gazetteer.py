"""Name lists matched over tokens by their stems, so clitics do not get in the way.

A name is keyed by the stems of its tokens (``الرقة`` → ``رقة``), computed by
the same tokenizer and clitic splitter as the text, so ``وبالرقة`` matches it.
Matching is greedy longest-first from left to right.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from marsad.document import Token
from marsad.resources import read_rows
from marsad.text.clitics import CliticSplitter
from marsad.text.normalise import normalise
from marsad.text.segment import tokenize

# Regular inflections of a nationality adjective: روسي → روسية, روسيون, روسيين ...
# and the accusative ا of لبنانياً (which makes روسيا, a country, a country name
# too: the tagger's LOC wins where both match).
NATIONALITY_ENDINGS = ("", "ة", "ون", "ين", "ان", "تان", "ات", "ا")


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # index of the first token
    end: int  # index after the last token
    labels: frozenset[str]


class Gazetteer:
    def __init__(self, names: dict[tuple[str, ...], frozenset[str]]) -> None:
        self._names = names
        self._first = frozenset(key[0] for key in names)
        self._longest = max((len(key) for key in names), default=0)

    @classmethod
    def from_names(cls, names: Iterable[tuple[str, str]], splitter: CliticSplitter) -> Gazetteer:
        """Build from ``(name, label)`` pairs; a name may carry several labels."""
        labels: dict[tuple[str, ...], set[str]] = {}
        for name, label in names:
            key = stem_key(name, splitter)
            if key:
                labels.setdefault(key, set()).add(label)
        return cls({key: frozenset(values) for key, values in labels.items()})

    def matches(self, stems: list[str]) -> Iterator[Match]:
        """Longest names found in a sequence of token stems, left to right."""
        index, size = 0, len(stems)
        while index < size:
            found = None
            if stems[index] in self._first:
                for length in range(min(self._longest, size - index), 0, -1):
                    labels = self._names.get(tuple(stems[index : index + length]))
                    if labels:
                        found = Match(index, index + length, labels)
                        break
            if found:
                yield found
                index = found.end
            else:
                index += 1


def stem_key(name: str, splitter: CliticSplitter) -> tuple[str, ...]:
    return tuple(token_stem(t) for t in tokenize(normalise(name), splitter))


def token_stem(token: Token) -> str:
    """The stem used for matching: the clitic-free form, ة folded to ه.

    Folding ة/ه lets دولة match دوله, which many writers use interchangeably.
    """
    stem = token.stem
    return stem[:-1] + "ه" if stem.endswith("ة") else stem


def definite(token: Token) -> bool:
    """Does the token carry the article (الجيش, بالجيش, وللجيش)?"""
    return any(segment.kind == "article" for segment in token.segments)


def read_names(filename: str) -> Iterator[tuple[str, str]]:
    """``name<TAB>label`` lines of a resource file."""
    for name, label, *_ in read_rows(filename):
        yield name, label


def read_nationalities() -> Iterator[tuple[str, str]]:
    """``(form, "NAT:<code>")`` for every form in ``nationalities.tsv``."""
    for code, adjectives, *plurals in read_rows("nationalities.tsv"):
        for adjective in adjectives.split(","):
            for ending in NATIONALITY_ENDINGS:
                yield adjective + ending, f"NAT:{code}"
        for plural in plurals[0].split(",") if plurals else ():
            yield plural, f"NAT:{code}"
