"""The entities stage: CRF tags, curated names on top, nationality adjectives beside.

1. The CRF tags each sentence (PER, ORG, LOC, MISC).
2. Hand-curated names (``curated_entities.tsv``: داعش, الكرملين, البحر المتوسط)
   are high precision: where one matches, it replaces what the CRF said there; a
   phrase curated as no name (O: اتصالا هاتفيا) clears it.
3. Known place names (``known_places.tsv``: عدن, البصرة) fill in where neither found
   anything; they replace nothing (جامعة بغداد stays an organisation).
4. Nationality adjectives (الروسي, الأميركية, الأكراد) that are not part of an
   entity become MISC with ``attributes["nationality"]`` (ISO alpha-3, or a
   CAMEO group code such as KUR), for actor resolution.

An entity starts after leading conjunctions and prepositions (وبالرقة →
الرقة) but keeps the article, which is part of many Arabic names.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.document import Document, Entity, Segment, Token
from marsad.entities.gazetteer import Gazetteer, Match, token_stem
from marsad.entities.tagger import NOT_A_NAME, EntityTagger, TaggedSpan

CURATED_CONFIDENCE = 0.95
LEADING_CLITICS = frozenset({"conjunction", "preposition", "future"})


@dataclass(frozen=True)
class EntityModels:
    tagger: EntityTagger
    curated: Gazetteer
    nationalities: Gazetteer
    known_places: Gazetteer


def recognise_entities(doc: Document, models: EntityModels) -> Document:
    entities: list[Entity] = []
    for tokens in _sentence_tokens(doc):
        entities.extend(_sentence_entities(doc.text, tokens, models))
    doc.entities = entities
    return doc


def _sentence_tokens(doc: Document) -> list[list[Token]]:
    groups: list[list[Token]] = []
    position = 0
    for sentence in doc.sentences:
        group = []
        while position < len(doc.tokens) and doc.tokens[position].start < sentence.end:
            group.append(doc.tokens[position])
            position += 1
        groups.append(group)
    return groups


def _sentence_entities(text: str, tokens: list[Token], models: EntityModels) -> list[Entity]:
    stems = [token_stem(t) for t in tokens]
    spans = models.tagger.tag(tokens)
    for match in models.curated.matches(stems):
        spans = [s for s in spans if not _overlaps(s, match)]
        if NOT_A_NAME not in match.labels:
            label = min(match.labels)
            spans.append(TaggedSpan(label, match.start, match.end - 1, CURATED_CONFIDENCE))
    for match in models.known_places.matches(stems):
        if not any(_overlaps(span, match) for span in spans):
            spans.append(TaggedSpan("LOC", match.start, match.end - 1, CURATED_CONFIDENCE))
    entities = [_entity(text, tokens, span) for span in spans]
    for match in models.nationalities.matches(stems):
        if not any(_overlaps(span, match) for span in spans):
            span = TaggedSpan("MISC", match.start, match.end - 1, CURATED_CONFIDENCE)
            entity = _entity(text, tokens, span)
            entity.attributes = {"nationality": min(match.labels).removeprefix("NAT:")}
            entities.append(entity)
    return sorted(entities, key=lambda e: e.start)


def _overlaps(span: TaggedSpan, match: Match) -> bool:
    return span.first < match.end and match.start <= span.last


def leading_clitic(segment: Segment) -> bool:
    """و ب ل ... and the article whose alef is not written (للروس): not part of a name."""
    elided_article = segment.kind == "article" and segment.text != segment.norm
    return segment.kind in LEADING_CLITICS or elided_article


def _entity(text: str, tokens: list[Token], span: TaggedSpan) -> Entity:
    first = tokens[span.first]
    start = next((s.start for s in first.segments if not leading_clitic(s)), first.start)
    end = tokens[span.last].end
    return Entity(
        start=start,
        end=end,
        text=text[start:end],
        label=span.label,  # type: ignore[arg-type]
        confidence=span.confidence,
    )
