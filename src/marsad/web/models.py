"""The API's request and response shapes (they make the OpenAPI document)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from msgspec.structs import asdict
from pydantic import BaseModel, Field

from marsad.document import Document, PloverType

# 200 kB of UTF-8: a long news article is about 30 kB.
MAX_BODY_BYTES = 200_000

Category = Literal["cooperation", "conflict", "neutral"]


class ErrorMessage(BaseModel):
    detail: str = Field(description="What is wrong and what to do, one line.")


class EventSummary(BaseModel):
    """A collapsed event: every report of it by any outlet, as in the ``events`` view."""

    event_id: str
    type: PloverType
    mode: str | None
    cameo: str | None
    source_code: str | None
    source_name: str | None
    source_country: str | None
    target_code: str | None
    target_name: str | None
    target_country: str | None
    place_id: str | None
    place_name: str | None
    place_name_en: str | None
    lat: float | None
    lon: float | None
    country: str | None = Field(description="Where it happened, ISO 3166-1 alpha-2.")
    event_date: date | None
    negated: bool
    confidence: float
    mentions: int
    documents: int
    sources: list[str] = Field(description="Outlets that reported it.")
    first_doc_id: str = Field(description="The article whose sentence is the evidence shown.")
    sentence_text: str | None = Field(description="The evidence sentence.")


class EventPage(BaseModel):
    total: int = Field(description="Events matching the filter, over all pages.")
    limit: int
    offset: int
    events: list[EventSummary]


class Mention(BaseModel):
    """One report of an event: the sentence and the trigger word in one article."""

    doc_id: str
    ordinal: int
    title: str | None
    source: str | None
    url: str | None
    published: date | None
    sentence_text: str | None
    sentence_start: int | None = Field(description="Offset of the sentence in the article.")
    trigger_start: int
    trigger_end: int
    trigger_text: str


class EventDetail(BaseModel):
    event: EventSummary
    evidence: list[Mention]


class Span(BaseModel):
    start: int = Field(description="Code-point offset into the article text.")
    end: int = Field(description="End offset, exclusive.")
    text: str


class EntityAnnotation(Span):
    label: str
    confidence: float
    attributes: dict[str, str]


class TimeAnnotation(Span):
    type: str
    value: str
    confidence: float


class PlaceAnnotation(Span):
    place_id: str | None
    name: str | None
    name_en: str | None
    lat: float | None
    lon: float | None
    feature: str | None
    country: str | None
    confidence: float
    reason: str | None


class ActorAnnotation(Span):
    code: str | None
    country: str | None
    sector: str | None
    name: str | None
    role: str | None
    confidence: float


class EventAnnotation(BaseModel):
    event_id: str | None = Field(description="The collapsed event; absent for /api/extract.")
    type: PloverType
    mode: str | None
    cameo: str | None
    sentence: int
    trigger: Span
    source_code: str | None
    target_code: str | None
    place_id: str | None
    place_name: str | None
    time_value: str | None
    negated: bool
    confidence: float


class Article(BaseModel):
    """An article's text and every annotation, with offsets into ``text``."""

    doc_id: str | None = Field(description="Key in the store; absent for /api/extract.")
    title: str | None
    source: str | None
    url: str | None
    published: date | None
    text: str
    notes: list[str]
    entities: list[EntityAnnotation]
    times: list[TimeAnnotation]
    places: list[PlaceAnnotation]
    actors: list[ActorAnnotation]
    events: list[EventAnnotation]


class SearchHit(BaseModel):
    doc_id: str
    score: float
    title: str | None
    source: str | None
    url: str | None
    published: date | None
    lead: str = Field(description="The start of the text.")


class SearchResults(BaseModel):
    hits: list[SearchHit]


class ActorCount(BaseModel):
    code: str
    name: str | None
    country: str | None
    events: int = Field(description="Matching events with this actor as source or target.")
    as_source: int
    as_target: int


class PlaceCount(BaseModel):
    place_id: str
    name: str | None
    name_en: str | None
    country: str | None
    lat: float
    lon: float
    events: int
    types: dict[str, int] = Field(description="Events by PLOVER type.")


class GraphEdge(BaseModel):
    source: str
    target: str
    type: PloverType
    category: Category
    events: int


class ActorGraph(BaseModel):
    actors: list[ActorCount]
    edges: list[GraphEdge]


class ExtractRequest(BaseModel):
    text: str = Field(
        min_length=1,
        pattern="[\u0621-\u064a]",  # at least one Arabic letter
        description="The article: Arabic text or HTML.",
    )
    published: date | None = Field(
        default=None, description="Publication date; relative times resolve against it."
    )
    title: str | None = Field(default=None, max_length=1000)


def article_from_document(doc: Document) -> Article:
    """A freshly processed document (not stored) in the API's article shape."""
    return Article(
        doc_id=None,
        title=doc.title,
        source=doc.source,
        url=doc.url,
        published=doc.published,
        text=doc.text,
        notes=doc.notes,
        entities=[asdict(entity) for entity in doc.entities],
        times=[asdict(time) for time in doc.times],
        places=[{**asdict(place), "place_id": place.gazetteer_id} for place in doc.places],
        actors=[asdict(actor) for actor in doc.actors],
        events=[
            EventAnnotation(
                event_id=None,
                type=event.type,
                mode=event.mode,
                cameo=event.cameo,
                sentence=event.sentence,
                trigger=asdict(event.trigger),
                source_code=event.source.code if event.source else None,
                target_code=event.target.code if event.target else None,
                place_id=event.place.gazetteer_id if event.place else None,
                place_name=event.place.name if event.place else None,
                time_value=event.time.value if event.time else None,
                negated=event.negated,
                confidence=event.confidence,
            )
            for event in doc.events
        ],
    )
