"""The HTTP API under /api: read-only queries over the store, and extraction of one text.

Errors are ``{"detail": "one line"}`` with a 4xx status.
"""

from __future__ import annotations

import functools
import threading
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from marsad import countries
from marsad.document import PloverType
from marsad.inputs import InputError, make_document
from marsad.pipeline import Pipeline
from marsad.store.query import EventFilter
from marsad.web import models
from marsad.web.reader import StoreReader

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000

ERRORS = {
    422: {"model": models.ErrorMessage, "description": "A parameter has the wrong form."},
}
NOT_FOUND = {404: {"model": models.ErrorMessage, "description": "No such item in the store."}}


# An enumeration, so that the OpenAPI document says which codes are known.
CountryCode = Literal[countries.codes()]  # type: ignore[valid-type]

router = APIRouter(prefix="/api", responses=ERRORS)


def reader(request: Request) -> StoreReader:
    return request.app.state.reader


Reader = Annotated[StoreReader, Depends(reader)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"At most {MAX_LIMIT}.")]


class Filter:
    """The event filter of a request's query parameters."""

    def __init__(
        self,
        type: Annotated[PloverType | None, Query(description="PLOVER event type.")] = None,
        mode: Annotated[
            str | None, Query(max_length=40, description="PLOVER mode, e.g. aerial.")
        ] = None,
        actor: Annotated[
            str | None,
            Query(
                max_length=40,
                pattern=r"^[A-Za-z0-9]+( [A-Za-z0-9]+)*$",
                description="Actor code as source or target; RUS matches RUS and RUS GOV.",
            ),
        ] = None,
        country: Annotated[
            CountryCode | None, Query(description="Where: ISO alpha-2 or alpha-3 code.")
        ] = None,
        place: Annotated[
            str | None,
            Query(max_length=200, description="Gazetteer id or exact Arabic/English name."),
        ] = None,
        since: Annotated[date | None, Query(alias="from", description="On or after.")] = None,
        until: Annotated[date | None, Query(alias="to", description="On or before.")] = None,
    ) -> None:
        self.event_filter = EventFilter(
            type=type, actor=actor, country=country, place=place, since=since, until=until
        )
        self.mode = mode


Filtered = Annotated[Filter, Depends()]


@router.get("/events", summary="List events matching a filter, by date")
def list_events(
    reader: Reader,
    query: Filtered,
    limit: Limit = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    order: Annotated[
        Literal["date", "-date"], Query(description="By date; -date: newest first.")
    ] = "date",
) -> models.EventPage:
    return reader.events(
        query.event_filter, query.mode, limit=limit, offset=offset, newest_first=order == "-date"
    )


@router.get("/events/{event_id}", summary="One event and its evidence", responses=NOT_FOUND)
def get_event(
    reader: Reader, event_id: Annotated[str, Path(pattern=r"^[0-9a-f]{16}$")]
) -> models.EventDetail:
    found = reader.event(event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id} in the store")
    return found


@router.get("/articles/{doc_id}", summary="An article with its annotations", responses=NOT_FOUND)
def get_article(
    reader: Reader, doc_id: Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")]
) -> models.Article:
    found = reader.article(doc_id)
    if found is None:
        raise HTTPException(404, f"no article {doc_id} in the store")
    return found


@router.get("/search", summary="Full-text search over the articles, best first")
def search(
    reader: Reader,
    query: Filtered,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Arabic words.")],
    limit: Limit = 20,
) -> models.SearchResults:
    return reader.search(q, query.event_filter, limit)


@router.get("/actors", summary="Actors of matching events, most frequent first")
def actors(reader: Reader, query: Filtered, limit: Limit = 100) -> list[models.ActorCount]:
    return reader.actors(query.event_filter, query.mode, limit)


@router.get("/places", summary="Places of matching events, with counts by type")
def places(reader: Reader, query: Filtered, limit: Limit = MAX_LIMIT) -> list[models.PlaceCount]:
    return reader.places(query.event_filter, query.mode, limit)


@router.get("/graph", summary="Actors and the typed events between them")
def graph(reader: Reader, query: Filtered, limit: Limit = 200) -> models.ActorGraph:
    return reader.graph(query.event_filter, query.mode, limit)


_pipeline_lock = threading.Lock()


@functools.cache
def _pipeline() -> Pipeline:
    return Pipeline()


@router.post(
    "/extract",
    summary="Run the pipeline over one article's text (nothing is stored)",
    responses={
        413: {"model": models.ErrorMessage, "description": "The body is too large."},
        411: {"model": models.ErrorMessage, "description": "The body has no length."},
    },
)
def extract(body: models.ExtractRequest) -> models.Article:
    try:
        doc = make_document(
            body.text,
            doc_id="extract",
            source="text",
            published=body.published.isoformat() if body.published else None,
            title=body.title,
        )
    except InputError as err:
        raise HTTPException(422, err.message) from None
    # One extraction at a time: the resources load once, on first use, and are shared.
    with _pipeline_lock:
        doc = _pipeline()(doc)
    return models.article_from_document(doc)
