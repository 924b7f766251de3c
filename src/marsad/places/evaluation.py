"""Score place resolution on hand-labelled mentions (``tests/data/places-*.tsv``).

Each context is run through segmentation and the entities stage (for the
nationality adjectives the resolver reads), then its gold mention spans are
resolved together. An answer is correct when it is the gold entry (``nil``:
left unresolved); its country is correct when it matches the gold country
(``-``: none). Separately, a gold mention counts as found by the entities stage
when a LOC entity overlaps it.

With ``in_context``, the entities stage's other LOC spans (those overlapping no
gold mention) are resolved with the gold ones, as the places stage resolves every
LOC span of an article, and only the gold ones are scored: a town named inside a
name the labels leave out (بلدية الخرج, مهرجان صيف جدة) is evidence of the
article's country there too. With ``articles`` as well, the context is the whole
article the sentence was drawn from, as Marsad reads news, and the article's other
places are evidence too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from marsad.document import Document, Place
from marsad.pipeline import Pipeline
from marsad.places.resolve import resolve_spans

NIL = "nil"
NO_COUNTRY = "-"


@dataclass(frozen=True)
class GoldMention:
    context_id: str
    start: int
    end: int
    mention: str
    gold: str  # geonames:<id>, marsad:<slug> or nil
    country: str | None
    context: str


@dataclass
class Score:
    mentions: int = 0
    correct: int = 0
    country_correct: int = 0
    found_by_entities: int = 0
    # wrong entries that answer a gold nil of a country (a place that had no entry when it
    # was labelled) with an entry of that country: right if the gazetteer has since gained it
    nil_given_entry: int = 0
    errors: list[tuple[GoldMention, Place]] = field(default_factory=list)  # wrong entry
    # right entry (both nil) but wrong country: a place the gazetteer lacks, its country missed
    country_errors: list[tuple[GoldMention, Place]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.mentions if self.mentions else 0.0

    @property
    def country_accuracy(self) -> float:
        return self.country_correct / self.mentions if self.mentions else 0.0


def read_gold(path: Path) -> list[GoldMention]:
    mentions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        context_id, start, end, mention, gold, country, _note, context = line.split("\t")
        if context[int(start) : int(end)] != mention:
            raise ValueError(f"{path}: {context_id}: «{mention}» is not at {start}-{end}")
        no_country = country == NO_COUNTRY
        mentions.append(GoldMention(context_id, int(start), int(end), mention, gold,
                                    None if no_country else country, context))  # fmt: skip
    return mentions


def evaluate(
    mentions: list[GoldMention],
    pipeline: Pipeline,
    *,
    in_context: bool = False,
    articles: Mapping[str, str] | None = None,
) -> Score:
    """``pipeline`` must segment and find entities; resolution uses its gazetteer.
    ``articles`` (context id → the article holding the sentence) reads each sentence
    that has one in its article, in context: all the article's LOC spans are resolved
    with the gold ones, as the places stage resolves it."""
    by_context: dict[str, list[GoldMention]] = defaultdict(list)
    for mention in mentions:
        by_context[mention.context_id].append(mention)
    score = Score()
    for context_id, golds in by_context.items():
        text, offset = _text_read(golds[0], (articles or {}).get(context_id))
        doc = pipeline(Document(id=context_id, text=text))
        spans = [(g.start + offset, g.end + offset) for g in golds]
        locations = [(e.start, e.end) for e in doc.entities if e.label == "LOC"]
        others = [span for span in locations if in_context and not _overlaps(span, spans)]
        resolutions = resolve_spans(doc, spans + others, pipeline.resources.places)
        for gold, span, resolution in zip(golds, spans, resolutions[: len(golds)], strict=True):
            place = resolution.place()
            score.mentions += 1
            right = (place.gazetteer_id or NIL) == gold.gold
            score.correct += right
            right_country = place.country == gold.country
            score.country_correct += right_country
            score.found_by_entities += _overlaps(span, locations)
            if not right:
                score.errors.append((gold, place))
                score.nil_given_entry += (
                    gold.gold == NIL and right_country and gold.country is not None
                )
            elif not right_country:
                score.country_errors.append((gold, place))
    return score


def _text_read(gold: GoldMention, article: str | None) -> tuple[str, int]:
    """The sentence, or the article holding it and where the sentence starts there."""
    offset = article.find(gold.context) if article else -1
    return (article, offset) if article and offset >= 0 else (gold.context, 0)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    start, end = span
    return any(s < end and start < e for s, e in spans)
