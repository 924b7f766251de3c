"""The CRF entity tagger: features in, BIO tags and their marginals out."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pycrfsuite

from marsad.document import Token
from marsad.entities.bio import GoldEntity, spans_from_tags
from marsad.entities.features import WordClusters, sentence_features
from marsad.entities.gazetteer import Gazetteer, read_names, read_nationalities
from marsad.text.clitics import CliticSplitter

MODEL_FILE = "ner.crfsuite"
NOT_A_NAME = "O"  # the label of a curated phrase that is never a name: اتصالا هاتفيا


@dataclass(frozen=True)
class TaggedSpan:
    label: str
    first: int  # token index
    last: int
    confidence: float


class EntityTagger:
    """A trained CRF with the clusters and gazetteer its features need."""

    def __init__(self, model: Path, clusters: WordClusters, gazetteer: Gazetteer) -> None:
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model))
        self.clusters = clusters
        self.gazetteer = gazetteer

    @classmethod
    def load(cls, splitter: CliticSplitter, model: Path | None = None) -> EntityTagger:
        """The committed model, or ``model`` (a CRFsuite file) if given."""
        path = model or Path(str(resources.files("marsad.resources").joinpath(MODEL_FILE)))
        return cls(path, WordClusters.load(), load_feature_gazetteer(splitter))

    def features(self, tokens: list[Token]) -> list[list[str]]:
        return sentence_features(tokens, self.clusters, self.gazetteer)

    def tag(self, tokens: list[Token]) -> list[TaggedSpan]:
        """Entities in one sentence's tokens, each with its mean tag marginal."""
        if not tokens:
            return []
        tags = self._tagger.tag(self.features(tokens))
        return [
            TaggedSpan(span.label, span.first, span.last, self._confidence(tags, span))
            for span in spans_from_tags(tags)
        ]

    def _confidence(self, tags: list[str], span: GoldEntity) -> float:
        indices = range(span.first, span.last + 1)
        return round(sum(self._tagger.marginal(tags[i], i) for i in indices) / len(indices), 3)


def load_feature_gazetteer(splitter: CliticSplitter) -> Gazetteer:
    """Every name list as tagger features: compiled sources, curated names, nationalities."""
    names = [
        *read_names("gazetteer.tsv.gz"),
        *(
            (name, label)
            for name, label in read_names("curated_entities.tsv")
            if label != NOT_A_NAME
        ),
        *read_nationalities(),
    ]
    return Gazetteer.from_names(names, splitter)
