"""Training the CRF tagger from a BIO corpus.

Each corpus sentence is rebuilt as text (tokens joined by spaces) and run
through Marsad's own tokenizer, so training sees exactly the tokens the
tagger meets at run time; corpus tags are carried over to those tokens
(a corpus token split in two, like اعتداءات11, gives B then I).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pycrfsuite

from marsad.document import Token
from marsad.entities.bio import BioSentence
from marsad.entities.features import WordClusters, sentence_features
from marsad.entities.gazetteer import Gazetteer
from marsad.text.clitics import CliticSplitter
from marsad.text.normalise import normalise
from marsad.text.segment import tokenize


def project_tags(sentence: BioSentence, tokens: list[Token]) -> list[str]:
    """The corpus tag of the corpus token each of our tokens lies in."""
    offsets = sentence.offsets
    tags: list[str] = []
    corpus_index, previous = 0, -1
    for token in tokens:
        while offsets[corpus_index][1] <= token.start:
            corpus_index += 1
        tag = sentence.tags[corpus_index]
        if corpus_index == previous and tag.startswith("B-"):
            tag = "I-" + tag[2:]
        tags.append(tag)
        previous = corpus_index
    return tags


def train(
    sentences: Iterable[BioSentence],
    model: Path,
    *,
    splitter: CliticSplitter,
    clusters: WordClusters,
    gazetteer: Gazetteer,
    c1: float,
    c2: float,
    max_iterations: int = 150,
) -> None:
    """Train a CRF (L-BFGS, elastic net) and write it to ``model``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        tokens = tokenize(normalise(sentence.text), splitter)
        if tokens:
            trainer.append(
                sentence_features(tokens, clusters, gazetteer), project_tags(sentence, tokens)
            )
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iterations,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(model))
